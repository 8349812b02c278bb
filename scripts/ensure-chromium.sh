#!/usr/bin/env bash
# Installs Debian's Chromium for PDF output and browser tests when it is missing.
# Never downloads a browser build of its own: only the distribution package.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "Chromium ontbreekt: installeer het Debian-pakket 'chromium' (apt-get install chromium) als root." >&2
  exit 1
fi
echo "Chromium ontbreekt; installeren via apt (Debian-pakket chromium)…" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq chromium fonts-dejavu-core poppler-utils >&2
