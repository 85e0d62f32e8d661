#!/usr/bin/env python3
"""Writes relational_expected.json: small frames with nulls, ties, accents and empty groups,
and what DuckDB (polars for as-of joins forward and nearest) computes for the relational
operators of the Frame library: joins of every kind, as-of joins, distinct, slices,
concatenation by name, the grouped aggregates, pivots both ways and the column summary.

Each case names its input frames, the operation and its parameters, and the expected frame;
RelationalFixtureTests.swift replays them. Row order is spelled out in the SQL (ORDER BY the
row numbers) as the engine documents it.

    python3 make_relational_fixtures.py           # rewrite the fixture
    python3 make_relational_fixtures.py --check   # recompute and compare; non-zero on a difference
"""
import datetime, json, math, os, sys, warnings
import duckdb
import polars as pl

warnings.simplefilter("ignore")  # polars cannot check sortedness within by-groups; the frames are sorted
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "relational_expected.json")
D = datetime.date

# name: (columns with DuckDB types, rows)
TABLES = {
    "L": ({"k": "BIGINT", "s": "VARCHAR", "a": "DOUBLE"}, [
        (1, "Güemes", 1.5), (2, "Ñandú", None), (None, "Güemes", 3.0), (1, "U.12", 4.0),
        (3, None, 5.0), (2, "Ñandú", 6.0), (4, "Córdoba", 7.0)]),
    "R": ({"k": "BIGINT", "s": "VARCHAR", "b": "BIGINT", "a": "VARCHAR"}, [
        (1, "Güemes", 10, "x"), (2, "Ñandú", 20, "y"), (2, "Ñandú", 21, None), (None, "Güemes", 30, "z"),
        (5, "Salta", 50, "w"), (3, None, 60, "v"), (1, "U.12", None, "u")]),
    "EMPTY": ({"k": "BIGINT", "s": "VARCHAR", "b": "BIGINT"}, []),
    # As-of: events on the left, readings on the right (unique per facility and day).
    "EV": ({"f": "VARCHAR", "d": "DATE", "n": "BIGINT", "x": "DOUBLE"}, [
        ("Güemes", D(2024, 1, 10), 10, 1.0), ("Güemes", D(2024, 3, 1), 61, 2.5), ("Salta", D(2024, 2, 1), 32, 3.0),
        ("Güemes", D(2023, 12, 1), -30, 4.0), (None, D(2024, 2, 1), 32, 5.0), ("Salta", None, None, None),
        ("Córdoba", D(2024, 1, 1), 1, 6.0), ("Güemes", D(2024, 2, 5), 36, 7.25), ("Salta", D(2024, 6, 30), 182, 8.0)]),
    "RD": ({"f": "VARCHAR", "d": "DATE", "n": "BIGINT", "x": "DOUBLE", "v": "VARCHAR"}, [
        ("Güemes", D(2024, 1, 1), 1, 0.5, "g1"), ("Güemes", D(2024, 2, 1), 32, 2.0, "g2"), ("Salta", D(2024, 1, 15), 15, 3.5, "s1"),
        ("Güemes", D(2024, 3, 1), 61, 6.0, "g3"), ("Salta", D(2024, 5, 1), 122, 7.0, "s2"), (None, D(2023, 11, 20), -41, 4.5, "n1"),
        ("Salta", None, None, None, "s0"), ("Güemes", D(2024, 2, 9), 40, 7.75, "g4")]),
    # Right keys that repeat: backward takes the last such row, forward the first (polars).
    "T": ({"t": "BIGINT"}, [(5,), (10,), (15,), (25,), (None,)]),
    "TDUP": ({"t": "BIGINT", "v": "VARCHAR"}, [(10, "a"), (10, "b"), (20, "c"), (0, "d"), (20, "e")]),
    # Grouped aggregates.
    "G": ({"g": "VARCHAR", "x": "BIGINT", "y": "DOUBLE", "b": "BOOLEAN", "s": "VARCHAR", "st": "VARCHAR"}, [
        ("Güemes", 3, 1.5, True, "uno", "cumplida"), ("Ñandú", None, 2.0, False, "dos", "pendiente"),
        ("Güemes", 3, None, None, None, "pendiente"), (None, 7, 8.0, True, "tres", "cumplida"),
        ("Güemes", 5, 4.5, False, "uno", "cumplida"), ("solo", 9, 9.5, True, "único", "cumplida"),
        ("Ñandú", 1, 2.0, False, "dos", "cumplida"), ("vacío", None, None, None, None, "pendiente"),
        ("Güemes", -2, 10.25, True, "cuatro", "en trámite"), (None, 7, -1.0, None, None, "pendiente"),
        ("Ñandú", 4, 2.0, False, "tres", "pendiente"), ("Güemes", 0, 3.0, None, "uno", "en trámite")]),
    "A": ({"id": "BIGINT", "s": "VARCHAR", "v": "BIGINT"}, [(1, "a", 10), (2, None, 20)]),
    "B": ({"v": "DOUBLE", "extra": "DATE", "id": "BIGINT"}, [(2.5, D(2024, 1, 2), 3), (None, None, None)]),
    "W": ({"f": "VARCHAR", "y2023": "BIGINT", "y2024": "DOUBLE"}, [("Güemes", 3, 4.5), ("Salta", None, 1.0), (None, 2, None)]),
}

TYPES = {"BIGINT": "int64", "INTEGER": "int64", "HUGEINT": "int64", "DOUBLE": "double", "BOOLEAN": "bool", "DATE": "date", "VARCHAR": "string"}


def connect():
    con = duckdb.connect()
    for name, (columns, rows) in TABLES.items():
        spec = ", ".join(f'"{c}" {t}' for c, t in columns.items())
        con.execute(f"CREATE TABLE {name}_raw ({spec})")
        if rows:
            con.executemany(f"INSERT INTO {name}_raw VALUES ({', '.join('?' * len(columns))})", rows)
        con.execute(f"CREATE TABLE {name} AS SELECT row_number() OVER () - 1 AS _row, * FROM {name}_raw")
    return con


def cell(value, type_):
    if value is None:
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if type_ == "date":
        return value.isoformat()
    return value


def frame_json(names, types, rows):
    return [{"name": n, "type": t, "values": [cell(r[i], t) for r in rows]} for i, (n, t) in enumerate(zip(names, types))]


def query(con, sql):
    cursor = con.execute(sql)
    names = [d[0] for d in cursor.description]
    types = [TYPES[str(d[1]).split("(")[0]] for d in cursor.description]
    return frame_json(names, types, cursor.fetchall())


def table(name):
    columns, rows = TABLES[name]
    return frame_json(list(columns), [TYPES[t] for t in columns.values()], rows)


def cols(name, alias, skip=()):
    return [f'{alias}."{c}"' for c in TABLES[name][0] if c not in skip]


def join_sql(left, right, keys, kind):
    on = " AND ".join(f'l."{a}" = r."{b}"' for a, b in keys)
    if kind in ("semi", "anti"):
        return f"SELECT {', '.join(cols(left, 'l'))} FROM {left} l {kind.upper()} JOIN {right} r ON {on} ORDER BY l._row"
    left_names = list(TABLES[left][0])
    right_keys = {b for _, b in keys}
    select = []
    for c in left_names:
        key = next((b for a, b in keys if a == c), None)
        if key is not None and kind in ("right", "full"):
            select.append(f'CASE WHEN l._row IS NULL THEN r."{key}" ELSE l."{c}" END AS "{c}"')
        else:
            select.append(f'l."{c}"')
    for c in TABLES[right][0]:
        if c not in right_keys:
            select.append(f'r."{c}" AS "{c + "_right" if c in left_names else c}"')
    sql_kind = {"inner": "JOIN", "left": "LEFT JOIN", "right": "RIGHT JOIN", "full": "FULL JOIN"}[kind]
    return (f"SELECT {', '.join(select)} FROM {left} l {sql_kind} {right} r ON {on} "
            "ORDER BY l._row IS NULL, l._row, r._row")


def asof_duckdb(left, right, on, by, tolerance):
    cond = " AND ".join([f'l."{a}" = r."{b}"' for a, b in by] + [f'l."{on[0]}" >= r."{on[1]}"'])
    right_cols = [c for c in TABLES[right][0] if c not in {b for _, b in by}]
    left_names = list(TABLES[left][0])
    within = "TRUE" if tolerance is None else f'l."{on[0]}" - r."{on[1]}" <= {tolerance}'
    select = cols(left, "l") + [
        f'CASE WHEN {within} THEN r."{c}" END AS "{c + "_right" if c in left_names else c}"' for c in right_cols]
    return f"SELECT {', '.join(select)} FROM {left} l ASOF LEFT JOIN {right} r ON {cond} ORDER BY l._row"


def asof_polars(left, right, on, by, direction, tolerance):
    """Polars' join_asof on the rows with keys; nearest is taken from backward and forward so
    that a tie goes to the backward match, as the engine documents."""
    if direction == "nearest":
        back = asof_polars(left, right, on, by, "backward", tolerance)
        fwd = asof_polars(left, right, on, by, "forward", tolerance)
        key = next(c for c in back if c["name"] == on[1] + ("_right" if on[1] in TABLES[left][0] else ""))
        fkey = next(c for c in fwd if c["name"] == key["name"])
        lkey = next(c for c in back if c["name"] == on[0])["values"]
        def dist(a, b):
            if a is None or b is None:
                return None
            if isinstance(a, str):
                return abs((D.fromisoformat(a) - D.fromisoformat(b)).days)
            return abs(a - b)
        result = []
        for column_b, column_f in zip(back, fwd):
            values = []
            for i in range(len(lkey)):
                db, df = dist(lkey[i], key["values"][i]), dist(lkey[i], fkey["values"][i])
                use_forward = db is None or (df is not None and df < db)
                values.append(column_f["values"][i] if use_forward else column_b["values"][i])
            result.append({**column_b, "values": values})
        return result
    columns, rows = TABLES[left]
    lf = pl.DataFrame([dict(zip(columns, r)) for r in rows], schema={c: pl_type(t) for c, t in columns.items()}, orient="row")
    rcolumns, rrows = TABLES[right]
    rf = pl.DataFrame([dict(zip(rcolumns, r)) for r in rrows], schema={c: pl_type(t) for c, t in rcolumns.items()}, orient="row")
    lf = lf.with_row_index("_row")
    by_right = [b for _, b in by]
    renames = {c: c + "_right" for c in rcolumns if c in columns and c not in by_right}
    rf = rf.rename(renames).with_columns(pl.col(renames.get(on[1], on[1])).alias("_key"))
    keyed = lf.drop_nulls([on[0]] + [a for a, _ in by]).sort(on[0], maintain_order=True)
    rf = rf.drop_nulls(["_key"] + by_right).sort("_key", maintain_order=True)
    tol = tolerance
    if tol is not None and columns[on[0]] == "DATE":
        tol = datetime.timedelta(days=tolerance)
    joined = keyed.join_asof(rf, left_on=on[0], right_on="_key", by_left=[a for a, _ in by] or None,
                             by_right=by_right or None, strategy=direction, tolerance=tol)
    joined = lf.join(joined.select(["_row"] + [renames.get(c, c) for c in rcolumns if c not in by_right]),
                     on="_row", how="left").sort("_row")
    names = list(columns) + [renames.get(c, c) for c in rcolumns if c not in by_right]
    types = [TYPES[t] for t in columns.values()] + [TYPES[rcolumns[c]] for c in rcolumns if c not in by_right]
    return frame_json(names, types, joined.select(names).rows())


def pl_type(t):
    return {"BIGINT": pl.Int64, "DOUBLE": pl.Float64, "BOOLEAN": pl.Boolean, "DATE": pl.Date, "VARCHAR": pl.Utf8}[t]


AGGREGATES = [  # name in the fixture, function spec, DuckDB SQL
    ("n", {"function": "count", "columns": ["x"]}, "count(*)"),
    ("distinct_x", {"function": "count_distinct", "columns": ["x"]}, "count(DISTINCT x)"),
    ("distinct_s", {"function": "count_distinct", "columns": ["s"]}, "count(DISTINCT s)"),
    ("q10_y", {"function": "quantile", "p": 0.1, "columns": ["y"]}, "quantile_cont(y, 0.1)"),
    ("q90_y", {"function": "quantile", "p": 0.9, "columns": ["y"]}, "quantile_cont(y, 0.9)"),
    ("q25_x", {"function": "quantile", "p": 0.25, "columns": ["x"]}, "quantile_cont(x, 0.25)"),
    ("q0_x", {"function": "quantile", "p": 0.0, "columns": ["x"]}, "quantile_cont(x, 0.0)"),
    ("q100_y", {"function": "quantile", "p": 1.0, "columns": ["y"]}, "quantile_cont(y, 1.0)"),
    ("var_y", {"function": "variance", "columns": ["y"]}, "var_samp(y)"),
    ("var_x", {"function": "variance", "columns": ["x"]}, "var_samp(x)"),
    ("sd_x", {"function": "stddev", "columns": ["x"]}, "stddev_samp(x)"),
    ("first_x", {"function": "first", "columns": ["x"]}, "any_value(x ORDER BY _row)"),
    ("first_s", {"function": "first", "columns": ["s"]}, "any_value(s ORDER BY _row)"),
    ("last_y", {"function": "last", "columns": ["y"]}, "any_value(y ORDER BY _row DESC)"),
    ("last_b", {"function": "last", "columns": ["b"]}, "any_value(b ORDER BY _row DESC)"),
    ("any_b", {"function": "any", "columns": ["b"]}, "bool_or(b)"),
    ("all_b", {"function": "all", "columns": ["b"]}, "bool_and(b)"),
    ("texts", {"function": "string_agg", "sep": " | ", "columns": ["s"]}, "string_agg(s, ' | ' ORDER BY _row)"),
    ("corr_xy", {"function": "corr", "columns": ["x", "y"]}, "corr(x, y)"),
]


def aggregate_sql(source, keys, where="TRUE"):
    selected = [f'"{k}"' for k in keys] + [f'{sql} AS "{name}"' for name, _, sql in AGGREGATES]
    group = f" GROUP BY {', '.join(keys)} ORDER BY min(_row)" if keys else ""
    return f"SELECT {', '.join(selected)} FROM {source} WHERE {where}{group}"


def pivot_sql(con, index, names, values, function, totals):
    sql_function = {"count": "count(*){f}", "sum": "sum({x}){f}", "mean": "avg({x}){f}", "median": "quantile_cont({x}, 0.5){f}"}[function]
    titles = [r[0] for r in con.execute(f"SELECT {names} FROM G GROUP BY {names} ORDER BY min(_row)").fetchall()]
    def cell_sql(title):
        condition = f"{names} IS NULL" if title is None else f"{names} = '{title}'"
        return sql_function.format(x=values, f=f" FILTER (WHERE {condition})")
    def name(title):
        return "null" if title is None else title
    cells = [f'{cell_sql(t)} AS "{name(t)}"' for t in titles]
    total = [f'{sql_function.format(x=values, f="")} AS "Total"'] if "column" in totals else []
    body = (f"SELECT 0 AS _part, min(_row) AS _first, {', '.join(index + cells + total)} FROM G GROUP BY {', '.join(index)}")
    if "row" in totals:
        labels = ["'Total'" if i == 0 else "NULL" for i in range(len(index))]
        body += f" UNION ALL SELECT 1, 0, {', '.join([f'{l} AS {c}' for l, c in zip(labels, index)] + cells + total)} FROM G"
    return f"SELECT * EXCLUDE (_part, _first) FROM ({body}) ORDER BY _part, _first"


def cases(con):
    out = []
    for keys in ([["k", "k"]], [["s", "s"]], [["k", "k"], ["s", "s"]]):
        for kind in ("inner", "left", "right", "full", "semi", "anti"):
            out.append({"name": f"join_{kind}_{'_'.join(a for a, _ in keys)}", "op": "join", "inputs": ["L", "R"],
                        "keys": keys, "kind": kind, "expected": query(con, join_sql("L", "R", keys, kind))})
    for kind in ("inner", "left", "right", "full", "semi", "anti"):
        out.append({"name": f"join_{kind}_empty_right", "op": "join", "inputs": ["L", "EMPTY"], "keys": [["k", "k"]],
                    "kind": kind, "expected": query(con, join_sql("L", "EMPTY", [["k", "k"]], kind))})
    for on, tolerance in ((["d", "d"], None), (["d", "d"], 20), (["n", "n"], None), (["x", "x"], 1.0)):
        for by in ([["f", "f"]], []):
            for direction in ("backward", "forward", "nearest"):
                if direction == "backward":
                    expected = query(con, asof_duckdb("EV", "RD", on, by, tolerance))
                else:
                    expected = asof_polars("EV", "RD", on, by, direction, tolerance)
                out.append({"name": f"asof_{direction}_{on[0]}_{len(by)}_{tolerance}", "op": "asof", "inputs": ["EV", "RD"],
                            "on": on, "by": by, "direction": direction, "tolerance": tolerance, "expected": expected})
    for direction in ("backward", "forward", "nearest"):
        out.append({"name": f"asof_{direction}_repeated_keys", "op": "asof", "inputs": ["T", "TDUP"], "on": ["t", "t"],
                    "by": [], "direction": direction, "tolerance": None,
                    "expected": asof_polars("T", "TDUP", ["t", "t"], [], direction, None)})
    for columns in (None, ["g"], ["g", "b"], ["s"]):
        partition = ", ".join(columns or list(TABLES["G"][0]))
        out.append({"name": f"distinct_{'_'.join(columns or ['all'])}", "op": "distinct", "inputs": ["G"], "columns": columns,
                    "expected": query(con, f"SELECT * EXCLUDE (_row, _n) FROM (SELECT *, row_number() OVER "
                                           f"(PARTITION BY {partition} ORDER BY _row) AS _n FROM G) WHERE _n = 1 ORDER BY _row")})
    for offset, count in ((0, 3), (10, 5), (2, 0), (3, 100)):
        out.append({"name": f"slice_{offset}_{count}", "op": "slice", "inputs": ["G"], "offset": offset, "count": count,
                    "expected": query(con, f"SELECT * EXCLUDE (_row) FROM G ORDER BY _row LIMIT {count} OFFSET {offset}")})
    out.append({"name": "tail_4", "op": "tail", "inputs": ["G"], "count": 4,
                "expected": query(con, "SELECT * EXCLUDE (_row) FROM G ORDER BY _row LIMIT 4 OFFSET 8")})
    out.append({"name": "concatenate_by_name", "op": "concatenate", "inputs": ["A", "B", "A"],
                "expected": query(con, "SELECT * FROM (SELECT 1 AS _f, _row, * EXCLUDE (_row) FROM A UNION ALL BY NAME "
                                       "SELECT 2 AS _f, _row, * EXCLUDE (_row) FROM B UNION ALL BY NAME "
                                       "SELECT 3 AS _f, _row, * EXCLUDE (_row) FROM A) ORDER BY _f, _row")})
    out[-1]["expected"] = [c for c in out[-1]["expected"] if c["name"] not in ("_f", "_row")]
    specs = [dict(spec, name=name) for name, spec, _ in AGGREGATES]
    out.append({"name": "aggregate_by_g", "op": "aggregate", "inputs": ["G"], "keys": ["g"], "aggregates": specs,
                "expected": query(con, aggregate_sql("G", ["g"]))})
    out.append({"name": "aggregate_whole", "op": "aggregate", "inputs": ["G"], "keys": [], "aggregates": specs,
                "expected": query(con, aggregate_sql("G", []))})
    out.append({"name": "aggregate_no_rows", "op": "aggregate", "inputs": ["G"], "filter_empty": True, "keys": [],
                "aggregates": specs, "expected": query(con, aggregate_sql("G", [], where="FALSE"))})
    for function, totals in (("count", []), ("mean", ["row", "column"]), ("sum", ["row"]), ("median", ["column"]),
                             ("count", ["row", "column"])):
        values = "x" if function != "mean" else "y"
        out.append({"name": f"pivot_wider_{function}_{'_'.join(totals) or 'plain'}", "op": "pivot_wider", "inputs": ["G"],
                    "index": ["g"], "names": "st", "values": values, "function": function, "totals": totals,
                    "expected": query(con, pivot_sql(con, ["g"], "st", values, function, totals))})
    out.append({"name": "pivot_longer", "op": "pivot_longer", "inputs": ["W"], "columns": ["y2023", "y2024"],
                "names_to": "year", "values_to": "sent",
                "expected": query(con, "SELECT f, year, sent FROM W UNPIVOT INCLUDE NULLS (sent FOR year IN (y2023, y2024)) "
                                       "ORDER BY _row, year")})
    for descending in (True, False):
        order = "DESC" if descending else "ASC"
        out.append({"name": f"top_rows_{order.lower()}", "op": "top_rows", "inputs": ["G"], "column": "y", "group_keys": ["g"],
                    "count": 2, "descending": descending,
                    "expected": query(con, f"""SELECT * EXCLUDE (_row, _n, _first) FROM (
                        SELECT *, row_number() OVER (PARTITION BY g ORDER BY y {order}, _row) AS _n,
                               (SELECT min(_row) FROM G AS o WHERE o.g IS NOT DISTINCT FROM G.g) AS _first
                        FROM G WHERE y IS NOT NULL) WHERE _n <= 2 ORDER BY _first, _n""")})
    summary = " UNION ALL ".join(
        f"SELECT {i} AS _i, '{c}' AS \"column\", '{TYPES[t]}' AS \"type\", count(\"{c}\") AS \"count\", "
        f"count(*) - count(\"{c}\") AS nulls, count(DISTINCT \"{c}\") AS \"distinct\", CAST(min(\"{c}\") AS VARCHAR) AS \"min\", "
        f"CAST(max(\"{c}\") AS VARCHAR) AS \"max\", "
        + (f"avg(\"{c}\") AS mean, stddev_samp(\"{c}\") AS std" if t in ("BIGINT", "DOUBLE") else "CAST(NULL AS DOUBLE) AS mean, CAST(NULL AS DOUBLE) AS std")
        + " FROM G" for i, (c, t) in enumerate(TABLES["G"][0].items()))
    out.append({"name": "summary", "op": "summary", "inputs": ["G"],
                "expected": query(con, f"SELECT * EXCLUDE (_i) FROM ({summary}) ORDER BY _i")})
    return out


def main():
    con = connect()
    fixture = {"frames": {name: table(name) for name in TABLES}, "cases": cases(con)}
    text = json.dumps(fixture, indent=1, ensure_ascii=False) + "\n"
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            same = f.read() == text
        print("ok  relational_expected.json" if same else "FAIL relational_expected.json differs from a fresh computation")
        sys.exit(0 if same else 1)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {OUT}: {len(fixture['cases'])} cases")


if __name__ == "__main__":
    main()
