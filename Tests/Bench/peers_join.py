#!/usr/bin/env python3
"""Time the five db-benchmark join questions in DuckDB (2 threads, best of 2) on the tables
gen_join.py wrote, as oversight-bench --join asks them. Prints engine<TAB>step<TAB>seconds.
Usage: peers_join.py JOIN_DIR ROWS (ROWS as 1e7)"""
import sys, time
import duckdb

directory, n = sys.argv[1], int(float(sys.argv[2]))
e = lambda k: f"1e{len(str(k)) - 1}"
con = duckdb.connect()
con.execute("SET threads=2")
start = time.perf_counter()
for table, size in (("x", "NA"), ("small", e(n // 10**6)), ("medium", e(n // 10**3)), ("big", e(n))):
    con.execute(f"CREATE TABLE {table} AS SELECT * FROM read_csv('{directory}/J1_{e(n)}_{size}_0_0.csv')")
print(f"duckdb\tjoin_load\t{time.perf_counter() - start:.3f}")
questions = {
    "j1": "SELECT x.*, small.id4 AS small_id4, v2 FROM x JOIN small USING (id1)",
    "j2": "SELECT x.*, medium.id1 AS medium_id1, medium.id4 AS medium_id4, medium.id5 AS medium_id5, v2 FROM x JOIN medium USING (id2)",
    "j3": "SELECT x.*, medium.id1 AS medium_id1, medium.id4 AS medium_id4, medium.id5 AS medium_id5, v2 FROM x LEFT JOIN medium USING (id2)",
    "j4": "SELECT x.*, medium.id1 AS medium_id1, medium.id2 AS medium_id2, medium.id4 AS medium_id4, v2 FROM x JOIN medium USING (id5)",
    "j5": "SELECT x.*, big.id1 AS big_id1, big.id2 AS big_id2, big.id4 AS big_id4, big.id5 AS big_id5, big.id6 AS big_id6, v2 FROM x JOIN big USING (id3)",
}
for name, sql in questions.items():
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        con.execute(f"CREATE OR REPLACE TABLE ans AS {sql}")
        best = min(best, time.perf_counter() - start)
    print(f"duckdb\t{name}\t{best:.3f}", flush=True)
