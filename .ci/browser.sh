#!/usr/bin/env bash
# Installs Debian's headless browser for the web app's end-to-end tests (idempotent; needs root).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
need=()
for pkg in chromium chromium-driver; do
  dpkg -s "$pkg" > /dev/null 2>&1 || need+=("$pkg")
done
if (( ${#need[@]} )); then
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${need[@]}"
fi
echo "browser: $(chromium --version 2>/dev/null || echo missing), driver: $(chromedriver --version 2>/dev/null | head -1 || echo missing)"
