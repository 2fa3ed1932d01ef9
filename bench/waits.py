#!/usr/bin/env python3
"""The coordinator's waits against OR-Tools, measured in the same run (docs/benchmarks.md).

usage: python3 bench/waits.py [RUNS] [BROWSER.json]
  Builds nothing: run `cargo build --release` first (and, for the browser figures,
  `scripts/build.sh && node bench/browser.mjs dist 7 BROWSER.json`).

Times, on the national sample (357 offers, 1,302 needs), medians of RUNS (default 15):
  - OR-Tools 9.15 SimpleMinCostFlow: the solve alone, on the same network and scores as kommunematch;
  - the CLI's whole `match`: start the process, read both files, resolve them in the gazetteer, score,
    solve, every explanation with its exact rise_needed, write the JSON;
and prints each wait as a multiple of the OR-Tools solve, with the issue's goals (CLI within 2.5x;
browser drop -> pairs within 6x). Needs `pip install ortools`.
"""
import csv
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from compare_solvers import ortools_network

S = "tests/fixtures/samples/scale"
CLI = "target/release/kommunematch"
FILES = ["--offers", f"{S}/tilbud_alle_357.csv", "--needs", f"{S}/potreby_vsi_hromady.csv"]


def ortools_solve_ms(rows, caps, wants):
    mcf, arcs = ortools_network(rows, caps, wants)
    t = time.perf_counter()
    status = mcf.solve()
    ms = (time.perf_counter() - t) * 1000
    assert status == mcf.OPTIMAL, status
    return ms, sum(rows[k][2] for k, a in enumerate(arcs) if mcf.flow(a) > 0)


def main(runs=15, browser=None):
    tmp = Path(tempfile.mkdtemp())
    subprocess.run([CLI, "scores", *FILES, "-o", tmp / "scores.csv"], check=True, stderr=subprocess.DEVNULL)
    subprocess.run([CLI, "match", "--no-tie-locks", *FILES, "-o", tmp / "free.json"], check=True, stderr=subprocess.DEVNULL)
    with open(tmp / "scores.csv", newline="", encoding="utf-8") as f:
        rows = [(r["offer_id"], r["need_id"], int(r["score"])) for r in csv.DictReader(f)]
    free = json.loads((tmp / "free.json").read_text(encoding="utf-8"))
    caps = {o["id"]: o["capacity"] for o in free["offers"]}
    wants = {n["id"]: n["partners_wanted"] for n in free["needs"]}
    ortools, cli = [], []
    for _ in range(runs):  # interleaved, so that both see the same load
        ms, total = ortools_solve_ms(rows, caps, wants)
        assert total == free["objective"], (total, free["objective"])
        ortools.append(ms)
        t = time.perf_counter()
        subprocess.run([CLI, "match", *FILES, "-o", tmp / "r.json"], check=True, stderr=subprocess.DEVNULL)
        cli.append((time.perf_counter() - t) * 1000)
    med = statistics.median
    base = med(ortools)
    print(f"OR-Tools SimpleMinCostFlow solve: median {base:.1f} ms (min {min(ortools):.1f}, max {max(ortools):.1f}), "
          f"same optimum {free['objective']}")
    print(f"CLI whole match: median {med(cli):.1f} ms (min {min(cli):.1f}, max {max(cli):.1f}) "
          f"= {med(cli) / base:.1f}x OR-Tools (goal 2.5x)")
    if browser:
        b = json.loads(Path(browser).read_text(encoding="utf-8"))
        w = b["waits"]
        print(f"browser drop -> pairs shown: {w['drop_to_pairs']:.0f} ms = {w['drop_to_pairs'] / base:.1f}x (goal 6x); "
              f"veto {w['veto']:.0f} ms, lock {w['lock']:.0f} ms (goal 150); correction {w['correct']:.0f} ms (goal 50); "
              f"longest task while reading {b['longest_task']['read']:.0f} ms, matching {b['longest_task']['run']:.0f} ms (goal 50)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 15, sys.argv[2] if len(sys.argv) > 2 else None)
