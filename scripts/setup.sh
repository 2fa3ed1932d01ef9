#!/usr/bin/env bash
# Installs what building and testing kommunematch needs, and only what is missing, so a second run
# installs nothing: the wasm32 target, clippy and rustfmt; wasm-bindgen-cli at the version Cargo.lock pins;
# Debian's Chromium, ChromeDriver, Firefox ESR, WebKitGTK's WebDriver, Xvfb and poppler (pdftotext); geckodriver;
# openpyxl (the questionnaires' independent reader); the npm tools (wasm-opt from binaryen, playwright-core).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
sudo_if_needed() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

# The test command's build output peaks at about 2.9 GB (target/, fuzz/target/; measured on a clean clone), the
# tools take about 0.5 GB.
free_mb=$(df -Pm . | awk 'NR==2 {print $4}')
if [[ $free_mb =~ ^[0-9]+$ ]] && ((free_mb < 4000)); then
  say "warning: only ${free_mb} MB free on $(df -P . | awk 'NR==2 {print $6}'); the tests need about 3,500 MB for build output and tools"
fi

installed_targets=$(rustup target list --installed)
grep -qx wasm32-unknown-unknown <<<"$installed_targets" || { say "adding the wasm32 target"; rustup target add wasm32-unknown-unknown; }
installed_components=$(rustup component list --installed)
for c in clippy rustfmt; do
  grep -q "^$c" <<<"$installed_components" || { say "adding $c"; rustup component add "$c"; }
done

# The wasm-bindgen CLI must equal the crate version exactly (Cargo.toml pins it with =).
wb_version=$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)
if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wb_version" ]]; then
  say "installing wasm-bindgen-cli $wb_version (about 2 minutes)"
  # Not --locked: its lock file names a crate version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$wb_version"
fi

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
# pdftotext and pdftoppm read the printed summary back in the tests.
command -v pdftotext >/dev/null || missing+=(poppler-utils)
# The main path is also tested in Firefox ESR and in WebKitGTK (Safari's engine), each through its WebDriver,
# WebKitGTK's in a virtual display.
command -v firefox-esr >/dev/null || missing+=(firefox-esr)
command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null || missing+=(xvfb xauth)
if ((${#missing[@]})); then
  say "installing ${missing[*]} from Debian"
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Firefox's WebDriver, from crates.io (about 3 minutes to build, once).
command -v geckodriver >/dev/null || { say "installing geckodriver (about 3 minutes)"; cargo install --locked geckodriver; }

# openpyxl fills and reads the questionnaires' spreadsheets in the tests, independently of the program: PyPI's
# for the python3 on the path, else Debian's.
if ! python3 -c 'import openpyxl' 2>/dev/null; then
  say "installing openpyxl"
  python3 -m pip install --quiet --user openpyxl 2>/dev/null || python3 -m pip install --quiet --break-system-packages --user openpyxl 2>/dev/null || {
    sudo_if_needed apt-get update -qq
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-openpyxl >/dev/null
  }
  python3 -c 'import openpyxl' || { say "openpyxl could not be installed"; exit 1; }
fi

if [[ ! -x node_modules/.bin/wasm-opt || ! -d node_modules/playwright-core ]] || ! cmp -s package-lock.json node_modules/.package-lock.json.copy 2>/dev/null; then
  say "installing npm tools (binaryen for wasm-opt, playwright-core)"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.package-lock.json.copy
fi
say "ready"
