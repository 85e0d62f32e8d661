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
