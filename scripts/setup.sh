#!/usr/bin/env bash
# One set-up script for a fresh machine (Debian bookworm, root): system packages, then the
# project with its dev tools. Idempotent: a second run only checks what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(tesseract-ocr tesseract-ocr-rus tesseract-ocr-eng catdoc antiword poppler-utils
              unrtf fonts-dejavu-core chromium chromium-driver redis-server
              libreoffice-writer-nogui)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing system packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
stamp=".setup-stamp"
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] || ! command -v evidence-check >/dev/null; then
  echo "setup: installing Python packages"
  $PY -m pip install -q -e '.[dev]'
  echo "$want" > "$stamp"
fi
echo "setup: ready"
