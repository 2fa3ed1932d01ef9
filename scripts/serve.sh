#!/usr/bin/env bash
# Installs what is missing, builds the app and serves it on http://127.0.0.1:${PORT:-8080}/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh dist
exec node scripts/serve.mjs dist "${PORT:-8080}"
