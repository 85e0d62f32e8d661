#!/usr/bin/env python3
"""Compare the answers oversight-bench wrote with --check DIR against DuckDB's on the same file.
Rows are compared order-insensitively (both sides sorted); text and integers must be equal,
doubles equal to 1e-9 relative (or 1e-12 absolute, for
results such as r² that cancel to noise near zero); nulls must match. Join answers (j1..j5) are checked when DIR has
them and JOIN_DIR (the --join folder) is given.
Usage: check_results.py DIR FILE.csv [JOIN_DIR]. Exit status 1 if any answer differs."""
import os, sys
import duckdb
import numpy as np
import pandas as pd

directory, path = sys.argv[1], sys.argv[2]
join_dir = sys.argv[3] if len(sys.argv) > 3 else None
con = duckdb.connect()
con.execute("SET threads=2")
con.execute(f"CREATE TABLE x AS SELECT * FROM read_csv('{path}')")

# (sql, key columns to sort on; None sorts on every column)
GROUPBY = {
    "q1": ("SELECT id1, sum(v1) AS v1 FROM x GROUP BY id1", 1),
    "q2": ("SELECT id1, id2, sum(v1) AS v1 FROM x GROUP BY id1, id2", 2),
    "q3": ("SELECT id3, sum(v1) AS v1, avg(v3) AS v3 FROM x GROUP BY id3", 1),
    "q4": ("SELECT id4, avg(v1) AS v1, avg(v2) AS v2, avg(v3) AS v3 FROM x GROUP BY id4", 1),
    "q5": ("SELECT id6, sum(v1) AS v1, sum(v2) AS v2, sum(v3) AS v3 FROM x GROUP BY id6", 1),
    "q6": ("SELECT id4, id5, quantile_cont(v3, 0.5) AS median_v3, stddev(v3) AS sd_v3 FROM x GROUP BY id4, id5", 2),
    "q7": ("SELECT id3, max(v1)-min(v2) AS range_v1_v2 FROM x GROUP BY id3", 1),
    "q8": ("SELECT id6, unnest(max(v3, 2)) AS largest2_v3 FROM x WHERE v3 IS NOT NULL GROUP BY id6", None),
    "q9": ("SELECT id2, id4, pow(corr(v1, v2), 2) AS r2 FROM x GROUP BY id2, id4", 2),
    "q10": ("SELECT id1, id2, id3, id4, id5, id6, sum(v3) AS v3, count(*) AS count FROM x GROUP BY id1, id2, id3, id4, id5, id6", 6),
}
JOIN = {
    "j1": "SELECT x.*, small.id4 AS small_id4, v2 FROM x JOIN small USING (id1)",
    "j2": "SELECT x.*, medium.id1 AS medium_id1, medium.id4 AS medium_id4, medium.id5 AS medium_id5, v2 FROM x JOIN medium USING (id2)",
    "j3": "SELECT x.*, medium.id1 AS medium_id1, medium.id4 AS medium_id4, medium.id5 AS medium_id5, v2 FROM x LEFT JOIN medium USING (id2)",
    "j4": "SELECT x.*, medium.id1 AS medium_id1, medium.id2 AS medium_id2, medium.id4 AS medium_id4, v2 FROM x JOIN medium USING (id5)",
    "j5": "SELECT x.*, big.id1 AS big_id1, big.id2 AS big_id2, big.id4 AS big_id4, big.id5 AS big_id5, big.id6 AS big_id6, v2 FROM x JOIN big USING (id3)",
}

def same(expected: pd.DataFrame, ours: pd.DataFrame, keys):
    if list(expected.shape) != list(ours.shape):
        return f"shape {ours.shape}, DuckDB {expected.shape}"
    ours.columns = expected.columns  # compared by position: the names differ for joins
    floats = [c for c in expected.columns if expected[c].dtype.kind == "f"]
    order = list(expected.columns[:keys]) if keys else [c for c in expected.columns if c not in floats] + floats
    a = expected.sort_values(order, kind="stable").reset_index(drop=True)
    b = ours.sort_values(order, kind="stable").reset_index(drop=True)
    for column in expected.columns:
        x, y = a[column], b[column]
        if (x.isna() != y.isna()).any():
            return f"nulls differ in {column}"
        x, y = x[~x.isna()], y[~y.isna()]
        if column in floats or y.dtype.kind == "f":
            bad = ~np.isclose(y.astype(float), x.astype(float), rtol=1e-9, atol=1e-12)
        else:
            bad = x.astype(str).to_numpy() != y.astype(str).to_numpy()
        if bad.any():
            i = int(np.flatnonzero(np.asarray(bad))[0])
            return f"{column} differs, e.g. ours {y.iloc[i]!r}, DuckDB {x.iloc[i]!r} (sorted row {i})"
    return None

failures = 0
def check(name, sql, keys):
    global failures
    file = os.path.join(directory, name + ".csv")
    if not os.path.exists(file):
        return
    expected = con.execute(sql).df()
    ours = pd.read_csv(file, keep_default_na=False, na_values=[""])
    problem = same(expected, ours, keys)
    failures += problem is not None
    print(f"{name}\t{'ok' if problem is None else 'DIFFERS: ' + problem}\t{len(expected)} rows")

for name, (sql, keys) in GROUPBY.items():
    check(name, sql, keys)
if join_dir:
    n = con.execute("SELECT count(*) FROM x").fetchone()[0]
    e = lambda k: f"1e{len(str(k)) - 1}"
    con.execute("DROP TABLE x")
    for table, size in (("x", "NA"), ("small", e(n // 10**6)), ("medium", e(n // 10**3)), ("big", e(n))):
        con.execute(f"CREATE TABLE {table} AS SELECT * FROM read_csv('{join_dir}/J1_{e(n)}_{size}_0_0.csv')")
    for name, sql in JOIN.items():
        check(name, sql, None)
sys.exit(1 if failures else 0)
