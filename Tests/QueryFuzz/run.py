#!/usr/bin/env python3
"""Differential testing of the query engine against DuckDB.

    python3 Tests/QueryFuzz/run.py N SEED [--bin .build/debug/oversight] [--jobs 2]

Generates N random cases (tables and a pipeline, see generate.py) from SEED. For each, the
engine runs the pipeline (`oversight query … --format csv`, optimised), and DuckDB runs the SQL
the engine writes for it (`oversight sql`); the two results must agree row for row, in order.
When `prqlc` (PyPI) is installed and the pipeline stays within PRQL's core, DuckDB also runs
prqlc's own SQL, compared as a multiset since SQL leaves that order open.

A mismatch is shrunk (fewer stages, then fewer rows) and printed with its data; the exit
status is the number of mismatches, capped at 100. Case i of a run uses seed SEED * 100003 + i,
so `--case i` repeats one.
"""
import argparse, concurrent.futures, csv, datetime, io, math, os, subprocess, sys, tempfile

import duckdb

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate  # noqa: E402

try:
    import prqlc
except ImportError:  # the PRQL comparison is optional
    prqlc = None


def render(value):
    """A DuckDB value as the engine's CSV writes it, for comparison."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return "" if not math.isfinite(value) else repr(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def same_cell(a, b):
    if a == b:
        return True
    try:
        x, y = float(a), float(b)
    except ValueError:
        return False
    return abs(x - y) <= 1e-9 * max(1.0, abs(x), abs(y))


def same_rows(got, want):
    return len(got) == len(want) and all(
        len(g) == len(w) and all(same_cell(a, b) for a, b in zip(g, w)) for g, w in zip(got, want))


class Case:
    """One generated case, written to a folder and run both ways."""

    def __init__(self, binary, left, right, stages, join_text):
        self.binary, self.left, self.right, self.stages, self.join_text = binary, left, right, stages, join_text

    def text(self):
        return self.join_text + "\n".join(self.stages) + "\n"

    def write(self, folder):
        for table in (self.left, self.right):
            with open(os.path.join(folder, table.name + ".csv"), "w", encoding="utf-8") as f:
                f.write(table.csv())
        with open(os.path.join(folder, "case.query"), "w", encoding="utf-8") as f:
            f.write(self.text())

    def ours(self, folder):
        run = subprocess.run([self.binary, "query", self.text(), "--format", "csv"], cwd=folder,
                             capture_output=True, text=True)
        if run.returncode != 0:
            return None, "\n".join(run.stderr.strip().splitlines()[:4])
        rows = list(csv.reader(io.StringIO(run.stdout)))
        # A row of one null cell is an empty line, which the csv module reads as no cells.
        return (rows[0] if rows else []), [row or [""] for row in rows[1:]]

    def duckdb(self, folder):
        # The query's absolute path makes the SQL's data paths absolute too.
        run = subprocess.run([self.binary, "sql", os.path.join(folder, "case.query")], capture_output=True, text=True)
        if run.returncode != 0:
            return None, "sql: " + run.stderr.strip()
        statement = run.stdout.split("\n-- result\n", 1)[-1]
        con = duckdb.connect()
        con.execute("SET threads = 1")
        try:
            cursor = con.execute(statement)
            names = [d[0] for d in cursor.description]
            return names, [[render(v) for v in row] for row in cursor.fetchall()]
        except Exception as error:  # DuckDB refusing our SQL is a finding too
            return None, "\n".join(str(error).splitlines()[:3])

    def compare(self):
        """`None` when both agree, else a description of the difference."""
        with tempfile.TemporaryDirectory() as folder:
            self.write(folder)
            names, rows = self.ours(folder)
            want_names, want_rows = self.duckdb(folder)
            if names is None or want_names is None:
                return f"engine: {rows if names is None else 'ok'}\nduckdb: {want_rows if want_names is None else 'ok'}"
            if names != want_names or not same_rows(rows, want_rows):
                return f"engine: {names}\n" + "\n".join(map(str, rows)) + f"\nduckdb: {want_names}\n" + "\n".join(map(str, want_rows))
            return None

    def shrunk(self):
        """The smallest case found that still fails: fewer stages, then fewer rows."""
        best = self
        for length in range(2, len(self.stages) + 1):
            candidate = Case(self.binary, self.left, self.right, self.stages[:length], self.join_text)
            if candidate.compare():
                best = candidate
                break
        index = 1
        while index < len(best.stages):
            candidate = Case(best.binary, best.left, best.right, best.stages[:index] + best.stages[index + 1:], best.join_text)
            if candidate.binds() and candidate.compare():
                best = candidate
            else:
                index += 1
        for table in ("left", "right"):
            row = 0
            while row < len(getattr(best, table).rows):
                original = getattr(best, table)
                smaller = generate.Table(original.name, original.types, original.rows[:row] + original.rows[row + 1:])
                candidate = Case(best.binary, best.left, best.right, best.stages, best.join_text)
                setattr(candidate, table, smaller)
                if candidate.compare():
                    best = candidate
                else:
                    row += 1
        return best

    def binds(self):
        with tempfile.TemporaryDirectory() as folder:
            self.write(folder)
            return subprocess.run([self.binary, "check", "case.query"], cwd=folder, capture_output=True).returncode == 0

    def report(self, seed, difference):
        lines = [f"== mismatch, seed {seed}", "-- query", self.text().rstrip(), "-- t1.csv", self.left.csv().rstrip()]
        if self.join_text:
            lines += ["-- t2.csv", self.right.csv().rstrip()]
        return "\n".join(lines + ["-- results", difference])


def prql_core(pipeline):
    """The pipeline as PRQL, when it stays within what prqlc and the engine mean alike."""
    if pipeline.uses_join or pipeline.replaces or pipeline.windows_unsafe:
        return None
    allowed_heads = ("filter", "derive", "select", "group", "aggregate", "sort", "window")
    body = pipeline.stages[1:]
    # PRQL's sum of no values is 0 (ours is null, as SQL's); the others are not PRQL functions.
    banned = ["rank", "count_if", "median", "//", "%", "**", " / ", "f\"", "case", "contains", "least", "greatest",
              "round", "abs", "add_", "days_between", "quarter", "year", "month", "text_length", "lower", "upper",
              "count ", "??", "nulls:", "sum ", "count_distinct", "quantile", "variance", "stddev", "first ", "last ",
              "any ", "all ", "string_agg", "corr "]
    for stage in body:
        if not stage.startswith(allowed_heads) or any(word in stage for word in banned):
            return None
        # prqlc 0.13 drops an aggregate that only a constant column follows.
        if stage.startswith("select") and " = " in stage:
            return None
    body = [stage.replace("mean ", "average ") for stage in body]
    text = "\n".join(["from t1"] + body + [""])
    text = text.replace("count this", "std.count this")
    return "prql target:sql.duckdb\n" + text


def check_prql(case, pipeline):
    """`None` when prqlc's SQL agrees (or does not apply), else the difference."""
    if prqlc is None:
        return None
    source = prql_core(pipeline)
    if source is None:
        return None
    try:
        sql = prqlc.compile(source, prqlc.CompileOptions(signature_comment=False, format=False))
    except Exception:
        return None
    with tempfile.TemporaryDirectory() as folder:
        case.write(folder)
        names, rows = case.ours(folder)
        con = duckdb.connect()
        columns = ", ".join(f"'{c}': '{ {'int64': 'BIGINT', 'double': 'DOUBLE', 'bool': 'BOOLEAN', 'date': 'DATE', 'string': 'VARCHAR'}[t] }'"
                            for c, t in case.left.types.items())
        con.execute(f"CREATE TABLE t1 AS SELECT * FROM read_csv('{folder}/t1.csv', header = true, columns = {{{columns}}}, nullstr = ['', 'NA'])")
        try:
            cursor = con.execute(sql)
        except Exception:
            return None
        want = [[render(v) for v in row] for row in cursor.fetchall()]
        want_names = [d[0] for d in cursor.description]
        if names is None:
            return f"engine failed: {rows}\nprqlc: {sql}"
        if names != want_names or not same_rows(sorted(rows), sorted(want)):
            return f"prqlc SQL:\n{sql}\nengine: {names} {rows}\nprqlc/duckdb: {want_names} {want}"
    return None


def run_one(binary, seed):
    left, right, pipeline = generate.random_case(seed)
    join_text = pipeline.text()[: -len("\n".join(pipeline.stages) + "\n")]
    case = Case(binary, left, right, pipeline.stages, join_text)
    difference = case.compare()
    if difference:
        small = case.shrunk()
        return "mismatch", small.report(seed, small.compare() or difference)
    prql = check_prql(case, pipeline)
    if prql:
        return "prql", case.report(seed, prql)
    return ("prql-ok" if prqlc and prql_core(pipeline) else "ok"), None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("count", type=int)
    parser.add_argument("seed", type=int)
    parser.add_argument("--bin", default=".build/debug/oversight")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--case", type=int, help="run only case i of the seed")
    args = parser.parse_args()
    binary = os.path.abspath(args.bin)
    indices = [args.case] if args.case is not None else range(args.count)
    seeds = [args.seed * 100003 + i for i in indices]
    counts = {"ok": 0, "prql-ok": 0, "mismatch": 0, "prql": 0}
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for seed, (status, text) in zip(seeds, pool.map(lambda s: run_one(binary, s), seeds)):
            counts[status] += 1
            if text:
                print(text, flush=True)
    total = sum(counts.values())
    print(f"{total} queries: {counts['ok'] + counts['prql-ok']} agree with DuckDB "
          f"({counts['prql-ok']} also with prqlc's SQL), {counts['mismatch']} mismatches, "
          f"{counts['prql']} disagreements with prqlc")
    sys.exit(min(100, counts["mismatch"] + counts["prql"]))


if __name__ == "__main__":
    main()
