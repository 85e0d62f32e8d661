#!/usr/bin/env python3
"""Expected values of the Frame window functions, from DuckDB's window functions.

Each case is a small table (a partition key with accents and nulls, an order column, a value
column) and a window: partition keys and one order key. For every function the script asks
DuckDB for `f(...) OVER (PARTITION BY … ORDER BY …, row ROWS/RANGE BETWEEN …)`, the row number
last so ties keep their row order, as the engine's stable order does. Float sums and means are
checked against the exact sum of each frame's values (math.fsum), as the engine compensates
and DuckDB does not. Ranks never rank a null:
the SQL puts null rows in a partition of their own and blanks their rank, as the engine does.
`first_value`/`last_value` are the values skipping nulls (`IGNORE NULLS`), the engine's
`first` and `last` aggregates over a frame.

Writes `window_expected.json` beside this script; `--check` recomputes and compares instead,
exiting non-zero on a difference.
"""
import datetime, json, math, os, sys

import duckdb

HERE = os.path.dirname(os.path.abspath(__file__))
OUTPUT = os.path.join(HERE, "window_expected.json")
SQL_TYPES = {"int64": "BIGINT", "double": "DOUBLE", "string": "VARCHAR", "date": "DATE"}

D = lambda text: text  # dates travel as ISO text

TABLES = {
    "mixed": {
        "k": ("string", ["Güemes", "U.12", "Güemes", None, "U.12", "Ñandú", "Güemes", None, "U.12", "Güemes"]),
        "d": ("date", [D("2024-01-01"), D("2024-01-05"), D("2024-01-05"), D("2024-02-01"), None, D("2024-03-30"),
                       D("2024-04-15"), D("2024-02-01"), D("2024-01-05"), None]),
        "x": ("double", [1.5, None, 2.25, -4.0, 8.0, 0.1, 0.1, None, 16.0, 3.0]),
        "n": ("int64", [3, 1, 3, None, 7, 2, 3, 5, None, 0]),
    },
    "ties": {
        "k": ("string", ["a", "a", "a", "a", "b", "b", "b", "a"]),
        "d": ("int64", [10, 20, 20, 30, 5, 5, None, 20]),
        "x": ("int64", [1, 2, 3, 4, 5, None, 7, 8]),
        "n": ("int64", [1, 1, 2, 2, 3, 3, 4, 4]),
    },
    "all_null": {
        "k": ("string", ["é", "é", "e", "é"]),
        "d": ("double", [None, None, None, None]),
        "x": ("double", [None, None, None, None]),
        "n": ("int64", [None, None, None, None]),
    },
    "one_row_partitions": {
        "k": ("string", ["Córdoba", "Zürich", "São Paulo"]),
        "d": ("int64", [3, 1, 2]),
        "x": ("double", [1e16, 1.0, -1e16]),
        "n": ("int64", [1, 2, 3]),
    },
    "empty": {
        "k": ("string", []), "d": ("int64", []), "x": ("double", []), "n": ("int64", []),
    },
    "long_sums": {
        "k": ("string", ["s"] * 12),
        "d": ("int64", list(range(12))),
        "x": ("double", [1e16, 1.0, 1.0, -1e16, 0.1, 0.2, 0.3, 1e-3, 100.5, -100.5, 2.5, 1e16]),
        "n": ("int64", list(range(12))),
    },
}

WINDOWS = [
    {"partition": ["k"], "order": {"column": "d", "descending": False, "nulls_first": False}},
    {"partition": [], "order": {"column": "d", "descending": True, "nulls_first": False}},
    {"partition": ["k"], "order": {"column": "d", "descending": False, "nulls_first": True}},
    {"partition": ["k"], "order": None},
]

ROWS_FRAMES = [(-2, 0), (-1, 1), (None, 0), (1, None), (2, 3), (-3, -1), (None, None)]
RANGE_FRAMES = [(-89, 0), (-5, 5), (-10, -1), (0, None), (None, -3)]


def bound(offset, lower):
    if offset is None:
        return "UNBOUNDED PRECEDING" if lower else "UNBOUNDED FOLLOWING"
    if offset == 0:
        return "CURRENT ROW"
    return f"{abs(offset)} {'PRECEDING' if offset < 0 else 'FOLLOWING'}"


def frame_sql(kind, lower, upper):
    return f"{kind} BETWEEN {bound(lower, True)} AND {bound(upper, False)}"


def exact_sum(values, mean):
    present = [v for v in values or [] if v is not None]
    if not present:
        return None
    total = math.fsum(present)
    return total / len(present) if mean else total


def to_json(value):
    if isinstance(value, datetime.date):
        return value.isoformat()
    if hasattr(value, "is_integer") and not isinstance(value, float):  # Decimal
        return float(value)
    return value


def run_case(con, table_name, table, window):
    partition = ", ".join(window["partition"])
    order = window["order"]
    order_sql = "_row"
    if order:
        direction = " DESC" if order["descending"] else " ASC"
        nulls = " NULLS FIRST" if order["nulls_first"] else " NULLS LAST"
        order_sql = f"{order['column']}{direction}{nulls}, _row"
    over = lambda frame="", by=order_sql: f"OVER ({'PARTITION BY ' + partition if partition else ''} ORDER BY {by} {frame})"
    results = []

    def ask(spec, expression):
        rows = con.execute(f"SELECT {expression} FROM {table_name} ORDER BY _row").fetchall()
        results.append(dict(spec, expected=[to_json(r[0]) for r in rows]))

    ask({"function": "row_number"}, f"row_number() {over()}")
    for buckets in (1, 3, 4, 20):
        ask({"function": "ntile", "buckets": buckets}, f"ntile({buckets}) {over()}")
    if order:
        c = order["column"]
        ranked_over = (f"OVER (PARTITION BY {partition + ', ' if partition else ''}{c} IS NULL "
                       f"ORDER BY {c}{' DESC' if order['descending'] else ''})")
        tied = f"count(*) OVER (PARTITION BY {partition + ', ' if partition else ''}{c} IS NULL, {c})"
        ranks = {
            "competition": f"rank() {ranked_over}", "dense": f"dense_rank() {ranked_over}",
            "ordinal": f"row_number() {ranked_over[:-1]}, _row)",
            "max": f"rank() {ranked_over} + {tied} - 1", "average": f"rank() {ranked_over} + ({tied} - 1) / 2.0",
            "percent_rank": f"percent_rank() {ranked_over}", "cume_dist": f"cume_dist() {ranked_over}",
        }
        for name, sql in ranks.items():
            ask({"function": name}, f"CASE WHEN {c} IS NOT NULL THEN {sql} END")
    for column in ("x", "n", "k", "d"):
        for offset in ((1, 2) if column in ("x", "n") else (1,)):
            ask({"function": "lag", "column": column, "offset": offset}, f"lag({column}, {offset}) {over()}")
            ask({"function": "lead", "column": column, "offset": offset}, f"lead({column}, {offset}) {over()}")
    ask({"function": "lag", "column": "n", "offset": 1, "default": -1}, f"lag(n, 1, -1) {over()}")
    ask({"function": "lead", "column": "k", "offset": 3, "default": "—"}, f"lead(k, 3, '—') {over()}")
    frames = [("rows", lo, hi) for lo, hi in ROWS_FRAMES]
    if order:
        frames += [("range", lo, hi) for lo, hi in RANGE_FRAMES]
    for kind, lo, hi in frames:
        frame = {"kind": kind, "lower": lo, "upper": hi}
        # A range is measured on the order column alone; the row number would be a second key.
        window_sql = over(frame_sql(kind.upper(), lo, hi), order_sql.removesuffix(", _row") if kind == "range" else order_sql)
        ask({"function": "count", "frame": frame}, f"count(*) {window_sql}")
        for column in ("x", "n"):
            for function, sql in (("sum", "sum"), ("mean", "avg"), ("min", "min"), ("max", "max"), ("count_valid", "count")):
                ask({"function": function, "column": column, "frame": frame}, f"{sql}({column}) {window_sql}")
                if column == "x" and function in ("sum", "mean"):
                    # DuckDB adds doubles without compensation; the exact sum of the frame's
                    # values (math.fsum over DuckDB's list of them) is the reference.
                    members = con.execute(f"SELECT list(x) {window_sql} FROM {table_name} ORDER BY _row").fetchall()
                    exact = [exact_sum(m[0], function == "mean") for m in members]
                    results[-1]["expected"] = exact
        for column in ("k", "d") if window is WINDOWS[0] else ():
            for function in ("min", "max"):
                ask({"function": function, "column": column, "frame": frame}, f"{function}({column}) {window_sql}")
        for column in ("x", "k") if window is WINDOWS[0] else ("x",):
            ask({"function": "first", "column": column, "frame": frame}, f"first_value({column}) {window_sql}")
            ask({"function": "last", "column": column, "frame": frame}, f"last_value({column}) {window_sql}")
        ask({"function": "first_value", "column": "x", "frame": frame}, f"first_value(x IGNORE NULLS) {window_sql}")
        ask({"function": "last_value", "column": "x", "frame": frame}, f"last_value(x IGNORE NULLS) {window_sql}")
    return results


def build():
    con = duckdb.connect()
    cases = []
    for table_name, table in TABLES.items():
        names = list(table)
        columns = ", ".join(f"{n} {SQL_TYPES[table[n][0]]}" for n in names)
        con.execute(f"CREATE TABLE {table_name} (_row BIGINT, {columns})")
        count = len(table["k"][1])
        for row in range(count):
            con.execute(f"INSERT INTO {table_name} VALUES (?, {', '.join('?' for _ in names)})",
                        [row] + [table[n][1][row] for n in names])
        # The small edge-case tables need only the first two windows.
        for window in WINDOWS if table_name in ("mixed", "ties") else WINDOWS[:2]:
            cases.append({
                "table": table_name,
                "columns": [{"name": n, "type": table[n][0], "values": table[n][1]} for n in names],
                "partition": window["partition"], "order": window["order"],
                "results": run_case(con, table_name, table, window),
            })
    return {"cases": cases}


def main():
    cases = [json.dumps(case, ensure_ascii=False, separators=(",", ":")) for case in build()["cases"]]
    text = '{"cases":[\n' + ",\n".join(cases) + "\n]}\n"
    if "--check" in sys.argv:
        with open(OUTPUT, encoding="utf-8") as f:
            same = f.read() == text
        print("window_expected.json " + ("matches DuckDB" if same else "differs from DuckDB"))
        sys.exit(0 if same else 1)
    with open(OUTPUT, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
