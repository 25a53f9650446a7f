#!/usr/bin/env bash
# The main job on the built-in demo: installs what it needs, then checks the sample batch
# against the sample school site and writes demo-out/report.html, report.xlsx, results.jsonl,
# spravka.docx and recommendations.docx.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec evidence-check demo --out "${1:-demo-out}"
