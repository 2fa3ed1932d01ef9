#!/usr/bin/env bash
# Runs the fuzz targets with cargo-fuzz (libFuzzer + AddressSanitizer) on the stable toolchain (RUSTC_BOOTSTRAP
# lets it take the sanitizer flags), built like the release that ships (-O: no overflow checks in dependencies,
# see the calamine note in Cargo.toml). Seeds: fuzz/corpus/TARGET (kept in the repository). A crash leaves its
# input in fuzz/artifacts/TARGET and fails the script; so does an input that takes more than 10 s (a hang, which
# would freeze the page). Installs cargo-fuzz if it is missing.
#
#   scripts/fuzz.sh                 every target for 60 s
#   scripts/fuzz.sh 600             every target for 600 s
#   scripts/fuzz.sh runs=30000      every target on 30,000 inputs from a fixed seed (survey_text on a tenth: each of
#                                   its inputs is a whole read-match-report run) (the test command's short run;
#                                   the mutations start the same everywhere, though coverage feedback may
#                                   differ where code iterates hash maps)
#   scripts/fuzz.sh quiet=600       every target until it has found no new coverage edge for 600 s (at most
#                                   FUZZ_MAX seconds, default 3600); prints a line of figures per target
#   scripts/fuzz.sh MODE TARGET...  only these targets
#
# New inputs go to FUZZ_WORK/TARGET (default: a temporary folder, removed at the end; set FUZZ_WORK to keep a
# corpus between runs), so the repository does not grow.
set -euo pipefail
cd "$(dirname "$0")/.."
arg=${1:-60}
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(read_survey read_xlsx sheet_xml json_input results_json engine survey_text)
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --version 0.13.2
export RUSTC_BOOTSTRAP=1
if [[ -n ${FUZZ_WORK:-} ]]; then
  work=$FUZZ_WORK
  mkdir -p "$work"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi

if [[ $arg != quiet=* ]]; then
  if [[ $arg == runs=* ]]; then
    limit=(-runs="${arg#runs=}" -seed=1)
    what="${arg#runs=} inputs (seed 1)"
  else
    limit=(-max_total_time="$arg")
    what="${arg}s"
  fi
  for target in "${targets[@]}"; do
    mkdir -p "$work/$target"
    run_limit=("${limit[@]}") run_what=$what
    # survey_text reads, matches and reports two whole surveys per input (about 70 inputs/s under the
    # sanitizer, against thousands for the readers): a tenth of the inputs keeps its share of the time alike.
    if [[ $arg == runs=* && $target == survey_text ]]; then
      n=$(( ${arg#runs=} / 10 ))
      run_limit=(-runs="$n" -seed=1) run_what="$n inputs (seed 1; a tenth, as each input is a whole run)"
    fi
    echo "[fuzz] $target: $run_what"
    cargo fuzz run -O --fuzz-dir fuzz "$target" "$work/$target" "fuzz/corpus/$target" -- \
      "${run_limit[@]}" -timeout=10 -print_final_stats=1 2>&1 |
      grep -E "stat::number_of_executed_units|stat::new_units_added|cov:|ERROR|ALARM|panicked|SUMMARY|^error" | tail -8
  done
  exit 0
fi

# Until quiet: the fuzzer runs directly (not under cargo) so that it can be stopped with SIGINT, after which
# libFuzzer prints its final figures. The log is polled every 5 s for the coverage figure ("cov: N").
quiet=${arg#quiet=}
max=${FUZZ_MAX:-3600}
cargo fuzz build -O --fuzz-dir fuzz
triple=$(rustc -vV | sed -n 's/^host: //p')
printf '%-13s %12s %8s %9s %8s %15s %s\n' target executions seconds "cov(edges)" features "last new edge" result
for target in "${targets[@]}"; do
  mkdir -p "$work/$target" "fuzz/artifacts/$target"
  log="$work/$target.log"
  start=$(date +%s)
  "fuzz/target/$triple/release/$target" -artifact_prefix="fuzz/artifacts/$target/" -max_total_time="$max" \
    -timeout=10 -print_final_stats=1 "$work/$target" "fuzz/corpus/$target" >"$log" 2>&1 &
  pid=$!
  last_cov="" last_change=$start stopped=""
  while kill -0 "$pid" 2>/dev/null; do
    sleep 5
    cov=$(grep -aoE 'cov: [0-9]+' "$log" | tail -1 | cut -d' ' -f2 || true)
    now=$(date +%s)
    if [[ -n $cov && $cov != "$last_cov" ]]; then last_cov=$cov last_change=$now; fi
    if ((now - last_change >= quiet)); then
      kill -INT "$pid" 2>/dev/null || true
      stopped="quiet"
      break
    fi
  done
  status=0
  wait "$pid" || status=$?
  end=$(date +%s)
  execs=$(grep -aoE 'stat::number_of_executed_units: [0-9]+' "$log" | tail -1 | awk '{print $2}')
  ft=$(grep -aoE 'ft: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
  if grep -aqE 'ERROR: |panicked|ALARM: ' "$log"; then
    result="FINDING (see $log and fuzz/artifacts/$target)"
  elif [[ -n $stopped ]]; then
    result="stopped: no new edge for ${quiet}s"
  elif ((status == 0)); then
    result="stopped: ${max}s limit"
  else
    result="exit $status (see $log)"
  fi
  printf '%-13s %12s %8s %9s %8s %15s %s\n' "$target" "${execs:-?}" "$((end - start))" "${last_cov:-?}" \
    "${ft:-?}" "$((last_change - start))s" "$result"
  [[ $result != FINDING* ]] || exit 1
done
