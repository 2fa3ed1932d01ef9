#!/usr/bin/env bash
# Builds the web app into dist/: the wasm (profile web, wasm-bindgen, wasm-opt -Oz), index.html and static/, each
# with brotli and gzip copies beside it.
# Expects the tools of scripts/setup.sh. KEEP_NAMES=1 keeps the wasm's function names (for a profile:
# bench/profile.mjs), which makes it some 300 KB larger.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-dist}
name=kommunematch-web

cargo build --quiet --profile web --target wasm32-unknown-unknown --bin "$name"
rm -rf "$out"
mkdir -p "$out/pkg"
wasm-bindgen --target web --no-typescript --out-dir "$out/pkg" "target/wasm32-unknown-unknown/web/$name.wasm"
node_modules/.bin/wasm-opt -Oz ${KEEP_NAMES:+-g} --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/pkg/${name}_bg.wasm" -o "$out/pkg/${name}_bg.wasm"
cp index.html manifest.webmanifest "$out/"
cp -r static "$out/"
# The service worker at the top (its scope is the app), its cache named after this build's files.
version=$(cat "$out/index.html" "$out/manifest.webmanifest" "$out"/static/* "$out"/pkg/* | sha256sum | cut -c1-16)
sed "s/^const VERSION = 'dev';/const VERSION = '$version';/" static/sw.js > "$out/sw.js"
rm "$out/static/sw.js"
# Compressed copies beside each file, as a static host serves them (scripts/serve.mjs does).
node scripts/compress.mjs "$out"
printf '[build] %s: wasm %s KB\n' "$out" "$(( $(stat -c %s "$out/pkg/${name}_bg.wasm") / 1024 ))"
