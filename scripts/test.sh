#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian machine, then runs every test.
# The README's second set-up command, and what CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

# Browser tests: Debian's Chromium and a Chinese font (never a downloaded browser).
if ! command -v chromium >/dev/null || ! fc-list 2>/dev/null | grep -qi "wenquanyi zen hei"; then
  apt_get() { if [ "$(id -u)" = 0 ]; then apt-get "$@"; else sudo apt-get "$@"; fi; }
  apt_get update -qq
  DEBIAN_FRONTEND=noninteractive apt_get install -y -qq chromium fonts-wqy-zenhei >/dev/null
fi
python3 -m pip install -q -e '.[test]'
# Pagefind (search), pinned in package-lock.json.
npm ci --no-audit --no-fund --loglevel=error
python3 -m pytest -q -p no:cacheprovider "$@"
