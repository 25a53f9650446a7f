#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs what it needs, starts Redis and
# PostgreSQL where they are not running, then runs pytest. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/services.sh
exec python3 -m pytest -q -p no:cacheprovider "$@"
