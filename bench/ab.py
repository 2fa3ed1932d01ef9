#!/usr/bin/env python3
"""A/B timing of CLI binaries on the national sample (docs/benchmarks.md).

usage: python3 bench/ab.py BINARY_A BINARY_B [...] [--runs N] [--inspect]
  Runs each binary's whole `match` N times (default 40), interleaved so that every binary sees the same load,
  and prints each one's median, first quartile and minimum in milliseconds. With --inspect, `inspect` of the
  national needs file instead (reading alone). Copy a build aside (`cp target/release/kommunematch /tmp/km_a`)
  before building the change.
"""
import statistics
import subprocess
import sys
import time

S = "tests/fixtures/samples/scale"


def main(argv):
    runs = 40
    if "--runs" in argv:
        i = argv.index("--runs")
        runs = int(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    inspect = "--inspect" in argv
    argv = [a for a in argv if a != "--inspect"]
    times = {b: [] for b in argv}
    for _ in range(runs):
        for b in argv:
            t = time.perf_counter()
            if inspect:
                subprocess.run([b, "inspect", f"{S}/potreby_vsi_hromady.csv"], check=True, stdout=subprocess.DEVNULL)
            else:
                subprocess.run([b, "match", "--offers", f"{S}/tilbud_alle_357.csv", "--needs",
                                f"{S}/potreby_vsi_hromady.csv", "-o", "/dev/null"], check=True, stderr=subprocess.DEVNULL)
            times[b].append((time.perf_counter() - t) * 1000)
    for b, xs in times.items():
        print(f"{b}: median {statistics.median(xs):.1f} ms, first quartile {statistics.quantiles(xs)[0]:.1f}, "
              f"min {min(xs):.1f} over {runs} runs")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
