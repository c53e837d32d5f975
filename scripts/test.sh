#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian machine, then runs every test.
# The README's second set-up command, and what CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

# Browser tests: Debian's Chromium and a Chinese font (never a downloaded browser); Node.js and npm
# for Pagefind (search). Only what is missing is installed.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "wenquanyi zen hei" || missing+=(fonts-wqy-zenhei)
command -v npm >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  apt_get() { if [ "$(id -u)" = 0 ]; then apt-get "$@"; else sudo apt-get "$@"; fi; }
  apt_get update -qq
  DEBIAN_FRONTEND=noninteractive apt_get install -y -qq "${missing[@]}" >/dev/null
fi
python3 -m pip install -q -e '.[test]'
# Pagefind (search), pinned in package-lock.json.
npm ci --no-audit --no-fund --loglevel=error
python3 -m pytest -q -p no:cacheprovider "$@"
