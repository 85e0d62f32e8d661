#!/usr/bin/env python3
"""Expected values for the Frame core, from independent implementations.

- Day numbers and invalid ISO dates: Python's datetime.date (proleptic Gregorian).
- Adding months with end-of-month clamping: DuckDB `date + INTERVAL n MONTH`.
- Medians: DuckDB quantile_cont(x, 0.5), which ignores nulls.
- Ranks with ties: pandas Series.rank (min, dense, average, max, first), nulls kept as nulls.
- Stable multi-key sorts: DuckDB ORDER BY with explicit NULLS FIRST/LAST, the row number last.
- Long sums: math.fsum (exact) and Python's left-to-right sum (naive).
Writes `frame_expected.json` beside this script; `--check` compares instead of writing.
"""
import json, math, os, random, sys
from datetime import date

import duckdb
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
EPOCH = date(1970, 1, 1)
con = duckdb.connect()

day_texts = [
    "1970-01-01", "1969-12-31", "1900-03-01", "1900-02-28", "2000-02-29", "2000-03-01",
    "0001-01-01", "9999-12-31", "1600-02-29", "2022-07-14", "2038-01-19", "1582-10-15",
]
days = [{"date": d, "days": (date.fromisoformat(d) - EPOCH).days} for d in day_texts]

invalid_dates = []
for text in ["1900-02-29", "2021-02-29", "2022-04-31", "2022-13-01", "2022-00-10", "2022-01-00",
             "2022-1-01", "22-01-01", "2022/01/01", "2022-01-32"]:
    try:
        date.fromisoformat(text)
    except ValueError:
        invalid_dates.append(text)

add_months = []
for d, n in [("2024-01-31", 1), ("2023-01-31", 1), ("2000-03-31", -1), ("2020-02-29", 12),
             ("2020-02-29", -12), ("1999-12-31", 2), ("2024-01-31", -13), ("2021-08-31", 3),
             ("1900-01-31", 1), ("0001-03-31", -2), ("9999-10-31", 2), ("2022-07-14", 0),
             ("1969-12-15", 1), ("2000-05-31", 1200), ("2019-10-31", -20)]:
    result = con.execute(f"SELECT CAST(DATE '{d}' + INTERVAL ({n}) MONTH AS DATE)").fetchall()[0][0]
    add_months.append({"date": d, "months": n, "result": result.isoformat()})

median_lists = [
    [3.0], [1.0, 2.0], [5.0, 1.0, 4.0, 2.0], [7.0, None, 1.0, 3.0], [None, None], [],
    [-2.5, 10.0, 0.25, 8.0, 8.0, -1.0], [1e16, 1.0, -1e16], [0.1, 0.2, 0.3, 0.4],
]
medians = []
for values in median_lists:
    if values:
        median = con.execute("SELECT quantile_cont(x, 0.5) FROM (SELECT unnest(?::DOUBLE[]) AS x)", [values]).fetchall()[0][0]
    else:
        median = None
    medians.append({"values": values, "median": median})

rank_cases = [
    {"type": "int64", "values": [10, 20, 20, 30, None, 20, 5], "descending": False},
    {"type": "int64", "values": [10, 20, 20, 30, None, 20, 5], "descending": True},
    {"type": "double", "values": [0.5, 0.5, None, 0.25, 0.75, 0.25, 0.5], "descending": True,
     "eligible": [True, False, True, True, True, True, None]},
    {"type": "int64", "values": [4, 4, 4, 4], "descending": False},
    {"type": "string", "values": ["b", "a", "b", None, "É", "e", "Z"], "descending": False},
]
methods = {"competition": "min", "dense": "dense", "average": "average", "max": "max", "ordinal": "first"}
ranks = []
for case in rank_cases:
    series = pd.Series(case["values"], dtype="object" if case["type"] == "string" else "float64")
    if "eligible" in case:
        series = series.where(pd.Series([e is True for e in case["eligible"]]))
    expected = dict(case)
    for name, method in methods.items():
        ranked = series.rank(method=method, ascending=not case["descending"], na_option="keep")
        expected[name] = [None if pd.isna(r) else float(r) for r in ranked]
    ranks.append(expected)

rng = random.Random(20220714)
texts = ["a", "Z", "e", "é", "É", "ä", "b", None]
sort_rows = [{"a": rng.choice([1, 2, 3, None]), "b": rng.choice(texts),
              "c": rng.choice([0.5, -1.0, 2.25, None])} for _ in range(40)]
frame = pd.DataFrame(sort_rows).astype({"a": "Int64", "c": "Float64"})
frame["row"] = range(len(frame))
con.register("t", frame)
sort_orders = [
    [("a", False, False), ("b", True, False)],
    [("c", True, True), ("a", False, False), ("b", False, True)],
    [("b", False, False)],
]
sorts = []
for keys in sort_orders:
    clause = ", ".join(f"{c} {'DESC' if d else 'ASC'} NULLS {'FIRST' if f else 'LAST'}" for c, d, f in keys)
    order = [r[0] for r in con.execute(f"SELECT row FROM t ORDER BY {clause}, row").fetchall()]
    sorts.append({"keys": [{"column": c, "descending": d, "nulls_first": f} for c, d, f in keys], "order": order})

pattern, repeats = [1e16, 1.0, -1e16], 1000
sequence = pattern * repeats
naive = 0.0
for x in sequence:
    naive += x
long_sum = {"pattern": pattern, "repeats": repeats, "fsum": math.fsum(sequence), "naive": naive}

data = {"days": days, "invalid_dates": invalid_dates, "add_months": add_months, "medians": medians,
        "ranks": ranks, "sort_rows": sort_rows, "sorts": sorts, "long_sum": long_sum}
text = json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
path = os.path.join(HERE, "frame_expected.json")
if "--check" in sys.argv:
    same = open(path, encoding="utf-8").read() == text
    print(f"{int(same)} passed, {int(not same)} failed")
    sys.exit(0 if same else 1)
open(path, "w", encoding="utf-8").write(text)
