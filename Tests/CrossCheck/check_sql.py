#!/usr/bin/env python3
"""Run the SQL that `oversight sql` prints for every bundled query in DuckDB, and compare.

Usage: OVERSIGHT_BIN=.build/release/oversight python3 Tests/CrossCheck/check_sql.py OUTPUT_DIR

OUTPUT_DIR is what `oversight run Queries/ --out OUTPUT_DIR` wrote. For each Queries/*.query
(except a file that another one only includes), `oversight sql` prints one DuckDB statement
per table; each statement runs in DuckDB (the `read_csv` paths are the query's data paths
joined to the folder of the query file as given, so the query file is passed by its absolute
path), and a table the run wrote as OUTPUT_DIR/<query>/<table>.csv is compared with it: the
same header, the same rows in the same order, integers and text exactly (formula-like text
carries a leading "'" in CSV), doubles to 1e-9 relative, dates as ISO, nulls as empty cells.
A table without a CSV only has to run.

Why: the SQL translation is a second statement of every table's meaning, executed by a
different engine; a function or transform whose translation drifts from the engine's
semantics (statuses, unit names, intervals, quarters, Kaplan–Meier) shows up here.
Prints one `ok`/`FAIL` line per table and `check_sql: N passed, M failed`; the exit status
is non-zero if any check fails.
"""

from __future__ import annotations

import datetime as dt
import os
import pathlib
import re
import subprocess
import sys

import duckdb

from crosscheck_common import QUERIES, REPO, Checks, close, csv_text, read_csv

STATEMENT_HEADER = re.compile(r"^-- (\S+)$", re.MULTILINE)


def statements(binary: str, query: pathlib.Path) -> list[tuple[str, str]]:
    """The (table, SQL) pairs `oversight sql` prints for a query file."""
    printed = subprocess.run([binary, "sql", str(query)], capture_output=True, text=True, check=True).stdout
    parts = STATEMENT_HEADER.split(printed)
    return [(parts[i], parts[i + 1].strip()) for i in range(1, len(parts), 2)]


def included_files() -> set[str]:
    """Query files that some other query file includes."""
    names = set()
    for query in QUERIES.glob("*.query"):
        names.update(re.findall(r'^include\s+"([^"]+)"', query.read_text(encoding="utf-8"), re.MULTILINE))
    return {pathlib.Path(n).name for n in names}


def cell_of(value) -> str:
    """How the engine writes a value in CSV, for values other than doubles."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    return csv_text(str(value))


def same_cell(value, cell: str) -> bool:
    if isinstance(value, float):
        try:
            return cell != "" and close(value, float(cell))
        except ValueError:
            return False
    return cell_of(value) == cell


def compare(checks: Checks, name: str, names: list[str], rows: list[tuple], path: pathlib.Path) -> None:
    header, cells = read_csv(path)
    if header != names:
        checks.fail(name, f"columns differ: SQL {names}, CSV {header}")
        return
    if len(rows) != len(cells):
        checks.fail(name, f"{len(rows)} rows from SQL, {len(cells)} in the CSV")
        return
    for index, (row, line) in enumerate(zip(rows, cells)):
        wrong = [(column, value, cell) for column, value, cell in zip(names, row, line) if not same_cell(value, cell)]
        if wrong:
            column, value, cell = wrong[0]
            checks.fail(name, f"row {index + 1}, column {column}: SQL {value!r}, CSV {cell!r}"
                              + (f" (and {len(wrong) - 1} more cells in the row)" if len(wrong) > 1 else ""))
            return
    checks.ok(name, f"{len(rows)} rows x {len(names)} columns match")


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not pathlib.Path(argv[1]).is_dir():
        print(f"usage: {argv[0]} OUTPUT_DIR   (OVERSIGHT_BIN names the oversight binary)", file=sys.stderr)
        return 64
    out_dir = pathlib.Path(argv[1])
    binary = os.environ.get("OVERSIGHT_BIN", str(REPO / ".build" / "release" / "oversight"))
    checks = Checks("check_sql")
    skipped = included_files()
    for query in sorted(QUERIES.glob("*.query")):
        if query.name in skipped:
            continue
        try:
            pairs = statements(binary, query.resolve())
        except subprocess.CalledProcessError as error:
            checks.fail(f"{query.stem} sql", error.stderr.strip())
            continue
        for table, sql in pairs:
            name = f"{query.stem}/{table}"
            try:
                cursor = duckdb.connect().execute(sql)
                names = [d[0] for d in cursor.description]
                rows = cursor.fetchall()
            except duckdb.Error as error:
                checks.fail(name, f"DuckDB: {str(error).splitlines()[0]}")
                continue
            path = out_dir / query.stem / f"{table}.csv"
            if path.exists():
                compare(checks, name, names, rows, path)
            else:
                checks.ok(name, f"runs ({len(rows)} rows; no CSV to compare)")
    return checks.finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
