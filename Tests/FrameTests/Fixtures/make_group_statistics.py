#!/usr/bin/env python3
"""Write group_statistics_expected.json: a small table with null keys and null values, and
DuckDB's answers for the grouped aggregates the engine implements (sum, avg, min, max,
quantile_cont, stddev, corr, count, the two largest values per group).
Run with a Python that has duckdb: python3 make_group_statistics.py (writes next to itself)."""
import json, os, random
import duckdb

random.seed(7)
n = 400
rows = []
for i in range(n):
    g = random.choice(["a", "b", "c", "d", None])
    h = random.choice([1, 2, 3, None])
    x = None if random.random() < 0.1 else random.randint(-50, 50)
    y = None if random.random() < 0.1 else round(random.uniform(-10, 10), 3)
    rows.append((g, h, x, y))
# A group with one value (no stddev or corr) and a group whose y is constant (no corr).
rows += [("solo", 9, 5, 1.5), ("flat", 8, 1, 2.0), ("flat", 8, 2, 2.0), ("flat", 8, 3, 2.0)]

con = duckdb.connect()
con.execute("CREATE TABLE t (g VARCHAR, h BIGINT, x BIGINT, y DOUBLE)")
con.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", rows)
con.execute("CREATE TABLE r AS SELECT row_number() OVER () - 1 AS row, * FROM t")
# Groups in order of first appearance, as the engine numbers them.
groups = con.execute("""
    SELECT g, h, sum(x), avg(x), min(x), max(y), quantile_cont(y, 0.5), stddev(y), corr(x, y),
           count(*), min(row) AS first
    FROM r GROUP BY g, h ORDER BY first""").fetchall()
top = con.execute("""
    SELECT g, h, list(row ORDER BY y DESC, row) FILTER (WHERE y IS NOT NULL) FROM r
    GROUP BY g, h ORDER BY min(row)""").fetchall()
clean = lambda v: None if v is None or (isinstance(v, float) and v != v) else v
expected = {
    "rows": [list(r) for r in rows],
    "groups": [
        {"g": g, "h": h, "sum_x": s, "mean_x": m, "min_x": lo, "max_y": hi, "median_y": clean(med),
         "sd_y": clean(sd), "corr_xy": clean(c), "count": cnt, "first_row": first,
         "top2_y_rows": (t[2] or [])[:2]}
        for (g, h, s, m, lo, hi, med, sd, c, cnt, first), t in zip(groups, top)
    ],
}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "group_statistics_expected.json"), "w") as f:
    json.dump(expected, f, indent=1)
