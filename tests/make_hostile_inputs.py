#!/usr/bin/env python3
"""Writes the hostile inputs into DIR: names whose case mapping changes their length (the Kelvin sign,
dotted capital I, ligatures, combining marks, zero-width and bidi controls) in real exports, and JSON input
made to skip the limits (120,000 distinct keys, 5 million cells, 100,000 levels of nesting, 20,000-character
values and keys). Also writes DIR/expected.json: file name -> the English words its error must contain, or ""
for a file that must be read. Used by tests/cli.rs and tests/e2e/robustness.test.mjs.

    python3 tests/make_hostile_inputs.py DIR
"""
import json
import os
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
here = os.path.dirname(os.path.abspath(__file__))
expected = {}


def put(name, text, says=""):
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    expected[name] = says


with open(os.path.join(here, "fixtures/offers_en_googleforms_12.csv"), encoding="utf-8", newline="") as f:
    offers = f.read()
with open(os.path.join(here, "fixtures/samples/demo/potreby_hromad_googleforms.csv"), encoding="utf-8", newline="") as f:
    needs = f.read()

# Every municipality's name (the first cell of each row) followed by a suffix written with such characters.
for i, suffix in enumerate([" \u212Aommune", " \u0130\u0130 KOMMUNE", "\u200B\u202E HERAD", " \uFB01 \u01C5 Herad"]):
    head, *rows = offers.split("\n")
    put(f"offers_case_mapping_{i}.csv", "\n".join([head] + [r.replace(",", suffix + ",", 1) if r else r for r in rows]))
# Every community's name ending in "громада" written with such characters.
for i, suffix in enumerate([" \u0130ромада", " ГРОМАДА\u0301", "\uFB01 \u212AOMMUNITY", " \u0390\u0345 hromada"]):
    put(f"needs_case_mapping_{i}.csv", needs.replace(" громада,", suffix + ","))

# 2,000 rows of 60 distinct keys each: 120,000 columns (took 56 s and 5.7 GB before the limits applied).
rows = [{f"k{r}_{k}": "v" for k in range(60)} for r in range(2000)]
put("json_120000_keys.json", json.dumps({"kommunematch_input": 1, "side": "offers", "rows": rows}),
    "columns, more than the 1,000")
# 1,000 keys over 5,100 rows: within the columns and rows limits, over the cells limit.
rows = [{f"k{r % 999}": "v", "municipality_name": "x"} for r in range(5100)]
put("json_5_million_cells.json", json.dumps({"kommunematch_input": 1, "rows": rows}), "more than 5,000,000 cells")
put("json_nested_100000_deep.json",
    '{"kommunematch_input":1,"rows":[{"a":' + "[" * 100_000 + "1" + "]" * 100_000 + "}]}",
    "nested more than 32 levels")
put("json_a_20000_character_name.json",
    json.dumps({"kommunematch_input": 1, "rows": [{"municipality_name": "\u212A" * 20_000, "areas": "INF-WAT"}]},
               ensure_ascii=False),
    "longer than 10,000 characters")
put("json_a_20000_character_key.json",
    json.dumps({"kommunematch_input": 1, "rows": [{"k" * 20_000: 1, "b": 2}]}), "longer than 10,000 characters")

with open(os.path.join(out, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=1)
