#!/usr/bin/env bash
# Builds the app as one self-contained HTML file, dist-single/kommunematch.html, that works opened from
# disk (file://) with no network: the file to send by e-mail. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh dist
node scripts/build-single.mjs dist "${1:-dist-single/kommunematch.html}"
