#!/usr/bin/env python3
"""Check that the engine's quarterly report and the pandas peer's workbook hold the same tables.

Usage: python3 Tests/Bench/informe/check_agreement.py ENGINE_DIR PANDAS.xlsx

ENGINE_DIR is the folder `oversight run informe-trimestral.query --out OUT` wrote
(OUT/informe-trimestral); PANDAS.xlsx is what informe_pandas.py wrote from the same data.

Why: a benchmark only means something when both sides compute the same report. For each
table the engine exports, the sheet of the same name in the pandas workbook must have the
same columns and rows in the same order: integers exactly, doubles to 1e-9 relative, dates as
ISO dates, nulls as empty cells. Every row is compared for compliance by unit, the ranking,
the ageing matrix, the quarterly trend, by topic, by issuer and the Kaplan–Meier table; the
overdue listing (hundreds of thousands of rows at national scale, slow to read back from
xlsx) is compared on its row count and its first 2,000 rows. The figures of the pandas
"Notas" sheet (totals, excluded, assessable, Kaplan–Meier counts) must appear in the engine's
notes. Prints one `ok`/`FAIL` line per check and `N passed, M failed`; exits non-zero on failure.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import pathlib
import sys

import openpyxl

SHEETS = {  # engine table -> sheet in both workbooks
    "cumplimiento_por_unidad": "Cumplimiento por unidad",
    "ranking_grafico": "Ranking",
    "vencidas": "Vencidas",
    "antiguedad": "Antigüedad",
    "tendencia": "Tendencia trimestral",
    "tiempo_hasta_cumplimiento": "Tiempo hasta cumplimiento",
    "por_tema": "Por tema",
    "por_emisor": "Por emisor",
}
HEAD_ROWS = {"vencidas": 2000}


class Checks:
    def __init__(self) -> None:
        self.passed = self.failed = 0

    def check(self, condition: bool, name: str, detail: str) -> bool:
        if condition:
            self.passed += 1
            print(f"ok   {name}: {detail}")
        else:
            self.failed += 1
            print(f"FAIL {name}: {detail}")
        return condition


def same(cell: str, value) -> bool:
    """Whether an engine CSV cell holds the pandas workbook value."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return cell == ""
    if isinstance(value, dt.datetime):
        return cell == value.date().isoformat()
    if isinstance(value, bool):
        return cell.lower() == str(value).lower()
    if isinstance(value, (int, float)):
        try:
            number = float(cell)
        except ValueError:
            return False
        if isinstance(value, int) and number.is_integer():
            return int(number) == value
        return math.isclose(number, value, rel_tol=1e-9, abs_tol=1e-12)
    return cell == str(value)


def compare(checks: Checks, table: str, csv_path: pathlib.Path, sheet) -> None:
    with open(csv_path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    limit = HEAD_ROWS.get(table)
    sheet_rows = sheet.max_row - 1 if sheet.max_row else 0
    checks.check(sheet_rows == len(body), f"{table} rows", f"engine {len(body)}, pandas {sheet_rows}")
    values = sheet.iter_rows(values_only=True, max_row=(limit + 1) if limit else None)
    columns = list(next(values))
    # The pandas script computes the columns it had when it was written; columns the engine adds
    # later (recomputed independently by Tests/CrossCheck/recompute_informe.py) are named, not compared.
    extra = [name for name in header if name not in columns]
    in_order = [name for name in header if name in columns]
    if not checks.check(in_order == columns, f"{table} columns",
                        f"{columns}" + (f"; engine only, not compared here: {extra}" if extra else "")
                        if in_order == columns else f"engine {header}, pandas {columns}"):
        return
    positions = [header.index(name) for name in columns]
    wrong = []
    compared = 0
    for index, (cells, value_row) in enumerate(zip(body, values)):
        compared += 1
        for column, position, value in zip(columns, positions, value_row):
            cell = cells[position]
            if not same(cell, value):
                wrong.append(f"row {index + 1} {column}: engine {cell!r}, pandas {value!r}")
    scope = f"first {compared} rows" if limit else f"all {compared} rows"
    checks.check(not wrong, f"{table} values", f"{scope} agree" if not wrong
                 else f"{len(wrong)} cells differ in the {scope} ({'; '.join(wrong[:5])})")


def check_figures(checks: Checks, engine_book: pathlib.Path, notes_sheet) -> None:
    """Each figure of the pandas 'Notas' sheet appears in the engine's notes, written with
    thousands separators (or a dash for a median that is not reached)."""
    figures = {row[0]: row[1] for row in notes_sheet.iter_rows(min_row=2, values_only=True) if row[0]}
    book = openpyxl.load_workbook(engine_book, read_only=True)
    text = " ".join(str(v) for row in book["Notas"].iter_rows(values_only=True) for v in row if v)
    for name, value in figures.items():
        if value is None or (isinstance(value, float) and math.isnan(value)):
            checks.check("—" in text, f"figure {name}", "not reached in both (a dash in the notes)")
            continue
        value = int(value) if float(value).is_integer() else value
        # English or Spanish grouping (1,000,000 or 1.000.000), or none.
        forms = [f"{value:,}", f"{value:,}".replace(",", "."), str(value)]
        found = any(form in text for form in forms)
        checks.check(found, f"figure {name}", f"{forms[0]} in the engine's notes" if found
                     else f"{forms[0]} not found in the engine's notes")


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__.splitlines()[2], file=sys.stderr)
        return 64
    engine_dir, pandas_xlsx = pathlib.Path(argv[1]), pathlib.Path(argv[2])
    checks = Checks()
    book = openpyxl.load_workbook(pandas_xlsx, read_only=True)
    for table, sheet in SHEETS.items():
        path = engine_dir / f"{table}.csv"
        if not checks.check(path.exists() and sheet in book.sheetnames, f"{table} present",
                            f"{path.name} and sheet '{sheet}'"):
            continue
        compare(checks, table, path, book[sheet])
    if "Notas" in book.sheetnames:
        check_figures(checks, engine_dir / "informe-trimestral.xlsx", book["Notas"])
    print(f"check_agreement: {checks.passed} passed, {checks.failed} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
