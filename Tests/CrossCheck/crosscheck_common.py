"""Helpers shared by the cross-check scripts in this folder.

- `Checks` prints one line per check (`ok` or `FAIL`, with the figure compared) and counts them.
- `read_csv` reads an exported CSV the way a spreadsheet user would (UTF-8, RFC 4180).
- `query_exports` lists the `export` statements of a .query file, in order, with their options.
- `same_value` compares one expected value with one CSV cell, by column kind.

These scripts are cross-checks only; nothing here is part of the product.
"""

from __future__ import annotations

import csv
import io
import math
import pathlib
import re
from dataclasses import dataclass, field

REPO = pathlib.Path(__file__).resolve().parents[2]
QUERIES = REPO / "Queries"
QUERY_NAMES = ("pfd-custody-report", "occupancy-ranking", "informe-trimestral")

REL_TOL = 1e-9
# Values that should be 0 (a Wilson bound at 0 successes) may come out as 1e-17 from
# one implementation and 0 from another; relative tolerance alone cannot accept that.
ABS_TOL = 1e-12

# Text cells starting with one of these must be written to CSV with a leading "'" (OWASP).
INJECTION_STARTS = ("=", "+", "-", "@", "\t", "\r")


class Checks:
    """Prints `ok`/`FAIL` lines and remembers how many of each there were."""

    def __init__(self, script: str):
        self.script = script
        self.passed = 0
        self.failed = 0

    def check(self, condition: bool, name: str, detail: str) -> bool:
        if condition:
            self.ok(name, detail)
        else:
            self.fail(name, detail)
        return condition

    def ok(self, name: str, detail: str = "") -> None:
        self.passed += 1
        print(f"ok   {name}: {detail}" if detail else f"ok   {name}")

    def fail(self, name: str, detail: str = "") -> None:
        self.failed += 1
        print(f"FAIL {name}: {detail}" if detail else f"FAIL {name}")

    def finish(self) -> int:
        print(f"{self.script}: {self.passed} passed, {self.failed} failed")
        return 1 if self.failed else 0


def read_csv(path: pathlib.Path) -> tuple[list[str], list[list[str]]]:
    """The header and the rows of a CSV file, every cell as text ('' for an empty cell)."""
    text = path.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    return rows[0], rows[1:]


@dataclass
class Export:
    """One `export` statement of a query file."""

    table: str
    sheet: str
    title: str
    description: str
    percent: list[str] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    chart: str | None = None
    x: str | None = None
    y: str | None = None


EXPORT_LINE = re.compile(r'^export\s+(\w+)\s+to\s+sheet\s+"([^"]*)"(.*)$')


def query_exports(query_name: str) -> list[Export]:
    """The export statements of Queries/<query_name>.query, in file order."""
    exports = []
    for line in (QUERIES / f"{query_name}.query").read_text(encoding="utf-8").splitlines():
        match = EXPORT_LINE.match(line.strip())
        if not match:
            continue
        table, sheet, rest = match.groups()
        options = dict(re.findall(r'(\w+):"([^"]*)"', rest))
        percent = re.search(r"percent:\{([^}]*)\}", rest)
        headers = re.search(r"headers:\{([^}]*)\}", rest)
        chart = re.search(r"chart:(\w+)\s+x:(\w+)\s+y:(\w+)", rest)
        exports.append(Export(
            table=table, sheet=sheet, title=options.get("title", ""),
            description=options.get("description", ""),
            percent=[p.strip() for p in percent.group(1).split(",")] if percent else [],
            headers=dict(re.findall(r'(\w+)\s*=\s*"([^"]*)"', headers.group(1))) if headers else {},
            chart=chart.group(1) if chart else None,
            x=chart.group(2) if chart else None,
            y=chart.group(3) if chart else None))
    return exports


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=ABS_TOL)


def csv_text(value: str) -> str:
    """How a text value must appear in a CSV cell: formula-like text gets a leading "'"."""
    return "'" + value if value.startswith(INJECTION_STARTS) else value


def same_value(expected, cell: str, kind: str) -> bool:
    """Whether CSV cell text `cell` holds `expected` for a column of kind int/float/date/text."""
    if expected is None:
        return cell == ""
    if cell == "":
        return False
    if kind == "int":
        return re.fullmatch(r"-?\d+", cell) is not None and int(cell) == int(expected)
    if kind == "float":
        try:
            value = float(cell)
        except ValueError:
            return False
        return math.isfinite(value) and close(float(expected), value)
    if kind == "date":
        return cell == expected.isoformat()
    return cell == csv_text(str(expected))


def kind_of_duckdb_type(type_name: str) -> str:
    """int, float, date or text for a DuckDB column type name."""
    name = type_name.upper()
    if name in {"BIGINT", "INTEGER", "HUGEINT", "SMALLINT", "TINYINT", "UBIGINT"}:
        return "int"
    if name in {"DOUBLE", "FLOAT", "REAL"} or name.startswith("DECIMAL"):
        return "float"
    if name == "DATE":
        return "date"
    return "text"


# ---------------------------------------------------------------- table and note comparison
# Generic forms of the comparison in recompute_analyses.py, for scripts whose expected rows
# come from pandas or Python as well as from DuckDB: the caller gives the column kinds.

def row_matches_cells(expected: dict, cells: list[str], columns: list[str], kinds: list[str]) -> bool:
    return all(same_value(expected[c], cell, k) for c, k, cell in zip(columns, kinds, cells))


def align_tied_rows(expected: list[dict], actual: list[list[str]], tie_key, columns, kinds) -> int:
    """Reorders, in place, each run of expected rows that tie on every sort key so that it
    follows the actual order when the run holds the same rows; returns how many runs moved."""
    moved = 0
    start = 0
    while start < len(expected):
        end = start + 1
        while end < len(expected) and tie_key(expected[end]) == tie_key(expected[start]):
            end += 1
        if end - start > 1 and end <= len(actual):
            pool = expected[start:end]
            ordered = []
            for cells in actual[start:end]:
                match = next((r for r in pool if row_matches_cells(r, cells, columns, kinds)), None)
                if match is None:
                    break
                pool.remove(match)
                ordered.append(match)
            if not pool and ordered != expected[start:end]:
                expected[start:end] = ordered
                moved += 1
        start = end
    return moved


def compare_csv_rows(checks: Checks, name: str, path: pathlib.Path, columns: list[str], kinds: list[str],
                     expected: list[dict], sort_keys: list[str]) -> None:
    """Compares expected rows (dicts keyed by column) with the CSV at `path`: the header, the
    row count, then each column over every row (one check per column). Rows that tie on every
    sort key are compared as a set (the engine's sort is stable, so such runs keep input order)."""
    if not path.exists():
        checks.fail(f"{name} exists", f"{path} is missing")
        return
    header, actual = read_csv(path)
    if not checks.check(header == columns, f"{name} header",
                        f"{len(columns)} columns {columns}" if header == columns
                        else f"expected {columns}, found {header}"):
        return
    if not checks.check(len(actual) == len(expected), f"{name} rows",
                        f"expected {len(expected)}, found {len(actual)}"):
        return
    moved = align_tied_rows(expected, actual, lambda r: tuple(r[k] for k in sort_keys), columns, kinds)
    if moved:
        print(f"     ({name}: {moved} group(s) of rows tied on {sort_keys} compared as sets)")
    for index, (column, kind) in enumerate(zip(columns, kinds)):
        wrong = [(i, row[column], cells[index]) for i, (row, cells) in enumerate(zip(expected, actual))
                 if not same_value(row[column], cells[index], kind)]
        if wrong:
            shown = "; ".join(f"row {i + 1}: expected {v!r}, engine {c!r}" for i, v, c in wrong[:5])
            checks.fail(f"{name}.{column}", f"{len(wrong)} of {len(expected)} {kind} values differ ({shown})")
        else:
            checks.ok(f"{name}.{column}", f"{len(expected)} {kind} values match")


def notes_sheet(xlsx: pathlib.Path, sheet: str) -> dict[str, str] | None:
    """The notes sheet `sheet` ("Notes", "Notas") of a workbook as {indicator: definition};
    None when the workbook or the sheet is missing."""
    import openpyxl  # only the scripts that read notes need it

    if not xlsx.exists():
        return None
    book = openpyxl.load_workbook(xlsx, read_only=True)
    if sheet not in book.sheetnames:
        return None
    notes = {}
    for row in book[sheet].iter_rows(values_only=True):
        if row and isinstance(row[0], str) and len(row) > 1 and isinstance(row[1], str):
            notes[row[0]] = row[1]
    return notes


def check_note_text(checks: Checks, name: str, notes: dict[str, str] | None, indicator: str,
                    candidates: list[str]) -> None:
    """Checks that the note `indicator` contains one of `candidates` (the same figure written
    in the forms a note may use: 4510 or 4,510; 0.5 or 0,5)."""
    if notes is None or indicator not in notes:
        checks.fail(name, f"note '{indicator}' not found in the notes sheet")
        return
    text = notes[indicator]
    found = next((c for c in candidates if c in text), None)
    checks.check(found is not None, name,
                 f"contains {found!r}" if found else f"expected {candidates[0]!r}; the note reads {text!r}")
