#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 60) with cargo-fuzz (libFuzzer), on the stable toolchain
# (RUSTC_BOOTSTRAP lets it take the sanitizer flags), built like the release that ships (-O: no overflow
# checks in dependencies, see the calamine note in Cargo.toml). Seeds: fuzz/corpus/TARGET (kept in the repository);
# new inputs go to a temporary folder, so the repository does not grow. A crash leaves its input in
# fuzz/artifacts/TARGET and fails the script. Installs cargo-fuzz if it is missing.
#
# scripts/fuzz.sh runs=N instead runs N inputs per target from a fixed seed: the same inputs on every
# machine, so the test command's short run is reproducible.
set -euo pipefail
cd "$(dirname "$0")/.."
arg=${1:-60}
if [[ $arg == runs=* ]]; then
  limit=(-runs="${arg#runs=}" -seed=1)
  what="${arg#runs=} inputs (seed 1)"
else
  limit=(-max_total_time="$arg")
  what="${arg}s"
fi
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --version 0.13.2
export RUSTC_BOOTSTRAP=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for target in read_survey read_xlsx json_input results_json engine; do
  mkdir -p "$work/$target"
  echo "[fuzz] $target: $what"
  cargo fuzz run -O --fuzz-dir fuzz "$target" "$work/$target" "fuzz/corpus/$target" -- \
    "${limit[@]}" -print_final_stats=1 2>&1 | grep -E "stat::number_of_executed_units|stat::new_units_added|cov:|ERROR|panicked|SUMMARY" | tail -4
done
