#!/usr/bin/env bash
# Installs what is missing and runs every check and test: formatting, clippy (native and wasm32),
# native tests (unit, integration, doc), browser unit tests in headless Chromium (wasm-bindgen-test),
# a short fuzz run of every fuzz target, end-to-end tests (playwright-core driving Chromium against the built
# app), and the main path in Chromium, Firefox ESR and WebKitGTK, each through its WebDriver.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }

# On CI (a throwaway checkout, CI set), build output is kept small: no incremental caches, and the fuzz
# targets' sanitizer build (about 0.9 GB) removed once they have run. A machine with little disk failed here.
if [[ -n ${CI:-} ]]; then export CARGO_INCREMENTAL=0; fi

step "setup"
scripts/setup.sh

step "format"
cargo fmt --all -- --check

step "clippy"
cargo clippy --quiet --all-targets -- -D warnings
cargo clippy --quiet --target wasm32-unknown-unknown --lib --bins --tests -- -D warnings

step "native tests"
cargo test

step "browser unit tests (headless Chromium)"
CHROMEDRIVER=$(command -v chromedriver) cargo test --target wasm32-unknown-unknown --test browser

step "fuzzing (cargo-fuzz, 30,000 inputs per target from a fixed seed)"
scripts/fuzz.sh runs=30000
if [[ -n ${CI:-} ]]; then rm -rf fuzz/target; fi

step "end-to-end tests (playwright-core + Chromium)"
scripts/build.sh build/e2e-dist
E2E_DIST=build/e2e-dist node --test --test-reporter=spec tests/e2e/

step "the main path in three engines (Chromium, Firefox ESR, WebKitGTK; WebDriver)"
E2E_DIST=build/e2e-dist xvfb-run -a node --test --test-reporter=spec tests/engines/
