#!/usr/bin/env python3
"""Side-by-side run of established solvers on the same scores as kommunematch (docs/benchmarks.md).

usage: python3 bench/compare_solvers.py SCORES.csv RESULTS.json
  SCORES.csv   from `kommunematch scores --offers ... --needs ... -o SCORES.csv`
  RESULTS.json from `kommunematch match --no-tie-locks ... -o RESULTS.json` (for capacities and the objective)

Runs OR-Tools' SimpleMinCostFlow on the same network (source -> municipality -> community -> sink, each
candidate pair an arc of capacity 1 and cost -score, plus an unused-capacity arc per municipality), and
SciPy's linear_sum_assignment on the slot expansion (a municipality with capacity c becomes c rows, a
community wanting d partners d columns; that model may pair the same two twice, so its total is an upper
bound). Prints each solver's total and time next to kommunematch's. Needs `pip install ortools scipy`.
"""
import csv
import json
import sys
import time

import numpy as np
from ortools.graph.python import min_cost_flow
from scipy.optimize import linear_sum_assignment


def ortools_network(rows, caps, wants):
    """OR-Tools' SimpleMinCostFlow on kommunematch's network: source -> municipality (its capacity) -> community
    (each candidate pair, capacity 1, cost -score) -> sink (what it wants), plus an unused-capacity arc per
    municipality. Returns the solver and the arc of each pair, in the order of `rows`."""
    oi = {k: i for i, k in enumerate(caps)}
    ni = {k: i for i, k in enumerate(wants)}
    no, nn = len(oi), len(ni)
    mcf = min_cost_flow.SimpleMinCostFlow()
    src, snk = no + nn, no + nn + 1
    total = sum(caps.values())
    for o, i in oi.items():
        mcf.add_arc_with_capacity_and_unit_cost(src, i, caps[o], 0)
        mcf.add_arc_with_capacity_and_unit_cost(i, snk, caps[o], 0)  # unused capacity
    pair_arcs = [mcf.add_arc_with_capacity_and_unit_cost(oi[o], no + ni[n], 1, -s) for o, n, s in rows]
    for n, j in ni.items():
        mcf.add_arc_with_capacity_and_unit_cost(no + j, snk, wants[n], 0)
    mcf.set_node_supply(src, total)
    mcf.set_node_supply(snk, -total)
    return mcf, pair_arcs


def main(scores_path, results_path):
    with open(scores_path, newline="", encoding="utf-8") as f:
        rows = [(r["offer_id"], r["need_id"], int(r["score"])) for r in csv.DictReader(f)]
    results = json.load(open(results_path, encoding="utf-8"))
    caps = {o["id"]: o["capacity"] for o in results["offers"]}
    wants = {n["id"]: n["partners_wanted"] for n in results["needs"]}
    oi = {k: i for i, k in enumerate(caps)}
    ni = {k: i for i, k in enumerate(wants)}
    no, nn = len(oi), len(ni)

    # OR-Tools min-cost flow on the same network.
    t = time.perf_counter()
    mcf, pair_arcs = ortools_network(rows, caps, wants)
    built = time.perf_counter()
    status = mcf.solve()
    ortools_s = time.perf_counter() - t
    ortools_solve_s = time.perf_counter() - built
    assert status == mcf.OPTIMAL, status
    ortools_total = sum(rows[k][2] for k, a in enumerate(pair_arcs) if mcf.flow(a) > 0)

    # SciPy on the slot expansion.
    t = time.perf_counter()
    row_of = [oi[o] for o in caps for _ in range(caps[o])]
    col_of = [ni[n] for n in wants for _ in range(wants[n])]
    score = np.zeros((no, nn))
    for o, n, s in rows:
        score[oi[o], ni[n]] = s
    m = score[np.ix_(row_of, col_of)]
    r, c = linear_sum_assignment(m, maximize=True)
    scipy_s = time.perf_counter() - t
    scipy_total = int(m[r, c].sum())

    print(f"candidate pairs: {len(rows)}; municipalities {no}, communities {nn}")
    print(f"kommunematch objective: {results['objective']}")
    print(f"OR-Tools SimpleMinCostFlow: objective {ortools_total}, solve {ortools_solve_s * 1000:.1f} ms "
          f"({ortools_s * 1000:.1f} ms with building the network from Python)")
    print(f"SciPy linear_sum_assignment on {len(row_of)}x{len(col_of)} slots: objective {scipy_total} (upper bound), {scipy_s * 1000:.1f} ms")


if __name__ == "__main__":
    main(*sys.argv[1:3])
