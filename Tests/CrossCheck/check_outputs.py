#!/usr/bin/env python3
"""Read the engine's outputs back with independent readers and check EXPORT.md §3–§6.

Usage: python3 Tests/CrossCheck/check_outputs.py OUTPUT_DIR

For each bundled query (Queries/*.query) and its folder OUTPUT_DIR/<query>/:

xlsx (read with openpyxl 3.1.5, and as a zip of XML parts)
- sheet order: Cover, Contents, Notes (Portada, Contenido, Notas in Spanish), then one sheet per
  `export`, in the query's order;
- a title in A1 of every sheet (the export's title on data sheets, its description in A2);
- one Excel table per data sheet, table names unique in the workbook (case-insensitively),
  header names equal to the CSV header (or the export's `headers:` labels), the table covering every CSV row;
- the header row frozen (`freeze_panes` is the cell below it); no merged cells;
- number formats: `0.0%` on the columns the export lists under `percent:`, `#,##0` on integer
  counts, a date format on date columns whose cells are real dates (not text);
- every cell equal to the CSV cell; no NaN or Inf anywhere (neither as a cell value nor as
  `NAN`/`INF` in the sheet XML);
- one chart (xlsx chart part) per `chart:` export, of the right kind, on the right sheet,
  plotting the export's x and y columns over every data row.

Vega-Lite (`<table>.vl.json`, one per chart)
- parses with `json.loads(..., parse_constant=reject)`, so NaN/Infinity fail; UTF-8, no BOM;
- validates against the Vega-Lite v5 JSON schema shipped by altair 5.5.0 (jsonschema);
- `data.values` holds one record per CSV row, with the CSV's columns and the same values;
- the mark and the x/y fields are the export's; a date field on an axis (the quarterly chart)
  is temporal with `timeUnit` `{"unit": ..., "utc": true}`; object keys are sorted.

CSV (one per export, nothing else)
- UTF-8, RFC 4180 (CRLF record ends, quoting only where needed and well-formed, equal field
  counts); text starting with = + - @ TAB CR is escaped with a leading "'", numbers are not.

Why: the workbook and the chart specs are what readers open; a second reader catches files
that the writer's own tests accept but that Excel, openpyxl or a Vega-Lite viewer would
mis-read (dates as text, NaN cells, quarters shifted by the viewer's time zone).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import math
import pathlib
import re
import sys
import zipfile

import jsonschema
import openpyxl
from openpyxl.utils import get_column_letter

from crosscheck_common import (INJECTION_STARTS, QUERIES, QUERY_NAMES, Checks, Export, close, csv_text,
                               query_exports, read_csv)

# The front sheets and the cover's generation label, by the report's `language:`.
FRONT = {
    "en": {"cover": "Cover", "contents": "Contents", "notes": "Notes", "generated": "Generated at"},
    "es": {"cover": "Portada", "contents": "Contenido", "notes": "Notas", "generated": "Generado el"},
}


def front(query: str) -> dict:
    text = (QUERIES / f"{query}.query").read_text(encoding="utf-8")
    match = re.search(r'^report\s.*language:"(\w+)"', text, re.M)
    return FRONT[match.group(1) if match else "en"]
INT_CELL = re.compile(r"-?\d+")
DATE_CELL = re.compile(r"\d{4}-\d{2}-\d{2}")


# ---------------------------------------------------------------- column kinds from the CSV

def column_kinds(header: list[str], rows: list[list[str]]) -> dict[str, str]:
    """int, float, date, text or empty for each CSV column, from its non-empty cells."""
    kinds = {}
    for index, name in enumerate(header):
        cells = [r[index] for r in rows if r[index] != ""]
        if not cells:
            kinds[name] = "empty"
        elif all(INT_CELL.fullmatch(c) for c in cells):
            kinds[name] = "int"
        elif all(DATE_CELL.fullmatch(c) for c in cells):
            kinds[name] = "date"
        elif all(is_number(c) for c in cells):
            kinds[name] = "float"
        else:
            kinds[name] = "text"
    return kinds


def is_number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def report_title(query: str) -> str:
    text = (QUERIES / f"{query}.query").read_text(encoding="utf-8")
    match = re.search(r'^report\s+title:"([^"]*)"', text, re.M)
    return match.group(1) if match else ""


# ---------------------------------------------------------------- xlsx

def check_workbook(checks: Checks, folder: pathlib.Path, query: str, exports: list[Export], csvs: dict) -> None:
    path = folder / f"{query}.xlsx"
    if not checks.check(path.exists(), f"{query}.xlsx exists", str(path)):
        return
    check_raw_xml(checks, path, query, exports)
    try:
        workbook = openpyxl.load_workbook(path)
    except Exception as error:  # openpyxl refuses invalid XML such as NAN cells
        checks.fail(f"{query}.xlsx opens in openpyxl", repr(error))
        return
    checks.ok(f"{query}.xlsx opens in openpyxl", f"{len(workbook.sheetnames)} sheets")
    names = front(query)
    expected_sheets = [names["cover"], names["contents"], names["notes"]] + [e.sheet for e in exports]
    checks.check(workbook.sheetnames == expected_sheets, f"{query}.xlsx sheet order",
                 f"{workbook.sheetnames}" if workbook.sheetnames == expected_sheets
                 else f"expected {expected_sheets}, found {workbook.sheetnames}")
    check_titles(checks, workbook, query, exports)
    check_contents(checks, workbook, query, exports)
    check_created(checks, path, workbook, query)
    check_table_names(checks, workbook, query)
    for export in exports:
        if export.sheet in workbook.sheetnames and export.table in csvs:
            check_data_sheet(checks, workbook[export.sheet], query, export, *csvs[export.table])


def check_raw_xml(checks: Checks, path: pathlib.Path, query: str, exports: list[Export]) -> None:
    """NaN/Inf written as cell text, and the number of chart parts, read from the zip itself."""
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        sheets = [n for n in names if n.startswith("xl/worksheets/sheet")]
        bad = [n for n in sheets if re.search(rb"<v>-?(NAN|INF|nan|inf)", archive.read(n), re.I)]
        charts = sorted(n for n in names if re.fullmatch(r"xl/charts/chart\d+\.xml", n))
    checks.check(not bad, f"{query}.xlsx no NaN/Inf in sheet XML", f"{len(sheets)} sheets scanned"
                 + (f"; NAN/INF in {bad}" if bad else ""))
    wanted = sum(1 for e in exports if e.chart)
    checks.check(len(charts) == wanted, f"{query}.xlsx chart parts", f"expected {wanted}, found {charts}")


def check_titles(checks: Checks, workbook, query: str, exports: list[Export]) -> None:
    titles = {front(query)["cover"]: report_title(query)} | {e.sheet: e.title for e in exports}
    for sheet in workbook.worksheets:
        a1 = sheet["A1"].value
        wanted = titles.get(sheet.title)
        good = isinstance(a1, str) and a1.strip() != "" and (wanted is None or a1 == wanted)
        checks.check(good, f"{query}.xlsx '{sheet.title}'!A1 title",
                     f"{a1!r}" + ("" if good or wanted is None else f", expected {wanted!r}"))
        checks.check(not sheet.merged_cells.ranges, f"{query}.xlsx '{sheet.title}' no merged cells",
                     f"{len(sheet.merged_cells.ranges)} merged ranges")


def check_contents(checks: Checks, workbook, query: str, exports: list[Export]) -> None:
    """The Contents sheet lists every sheet, in order, with each data sheet's title."""
    contents = front(query)["contents"]
    if contents not in workbook.sheetnames or table_of(workbook[contents]) is None:
        checks.fail(f"{query}.xlsx Contents lists the sheets", "no Contents table")
        return
    sheet = workbook[contents]
    first_col, first_row, _, last_row = openpyxl.utils.cell.range_boundaries(table_of(sheet).ref)
    listed = [(sheet.cell(r, first_col).value, sheet.cell(r, first_col + 1).value)
              for r in range(first_row + 1, last_row + 1)]
    titles = {e.sheet: e.title for e in exports}
    good = [name for name, _ in listed] == workbook.sheetnames and \
        all(title == titles[name] for name, title in listed if name in titles)
    checks.check(good, f"{query}.xlsx Contents lists the sheets", f"{[name for name, _ in listed]}")


def check_created(checks: Checks, path: pathlib.Path, workbook, query: str) -> None:
    """docProps/core.xml `created` is fixed (not the clock) and equals the cover's 'Generated at'
    (EXPORT.md §1.5), which is what makes two runs byte-identical."""
    with zipfile.ZipFile(path) as archive:
        core = archive.read("docProps/core.xml").decode("utf-8")
    match = re.search(r"<dcterms:created[^>]*>([^<]*)<", core)
    created = match.group(1) if match else None
    names = front(query)
    cover = {row[0]: row[1] for row in workbook[names["cover"]].iter_rows(values_only=True) if row and len(row) > 1}
    generated = cover.get(names["generated"])
    checks.check(created is not None and created == generated, f"{query}.xlsx created time",
                 f"core.xml {created!r}, cover 'Generated at' {generated!r}")


def check_table_names(checks: Checks, workbook, query: str) -> None:
    names = [t.name for sheet in workbook.worksheets for t in sheet.tables.values()]
    folded = [n.casefold() for n in names]
    checks.check(len(set(folded)) == len(folded), f"{query}.xlsx table names unique", f"{names}")


def table_of(sheet):
    tables = list(sheet.tables.values())
    return tables[0] if len(tables) == 1 else None


def check_data_sheet(checks: Checks, sheet, query: str, export: Export, header, rows) -> None:
    name = f"{query}.xlsx '{sheet.title}'"
    a2 = sheet["A2"].value
    checks.check(a2 == export.description, f"{name}!A2 description", f"{a2!r}")
    table = table_of(sheet)
    if not checks.check(table is not None, f"{name} Excel table", f"{len(sheet.tables)} tables on the sheet"):
        return
    columns = [c.name for c in table.tableColumns]
    # The workbook shows the export's `headers:` labels; the CSV keeps the column names.
    shown = [export.headers.get(column, column) for column in header]
    checks.check(columns == shown, f"{name} table {table.name} headers",
                 f"{columns}" + ("" if columns == shown else f", expected {shown}"))
    first_col, first_row, last_col, last_row = openpyxl.utils.cell.range_boundaries(table.ref)
    cells_header = [sheet.cell(first_row, first_col + i).value for i in range(len(header))]
    checks.check(cells_header == shown, f"{name} header cells", f"{cells_header}")
    checks.check(last_row - first_row == len(rows), f"{name} table {table.ref} rows",
                 f"{last_row - first_row} data rows, CSV has {len(rows)}")
    freeze = f"{get_column_letter(first_col)}{first_row + 1}"
    checks.check(sheet.freeze_panes == freeze, f"{name} freeze panes",
                 f"expected {freeze} (below the header), found {sheet.freeze_panes}")
    kinds = column_kinds(header, rows)
    for index, column in enumerate(header):
        cells = [sheet.cell(first_row + 1 + r, first_col + index) for r in range(len(rows))]
        csv_cells = [row[index] for row in rows]
        check_column_format(checks, f"{name} {column}", cells, kinds[column], column in export.percent)
        check_column_values(checks, f"{name} {column}", cells, csv_cells)
    if export.chart:
        check_chart(checks, sheet, name, export, header, first_col, first_row, len(rows))
    else:
        checks.check(not sheet._charts, f"{name} no chart", f"{len(sheet._charts)} charts")


def check_column_format(checks: Checks, name: str, cells, kind: str, percent: bool) -> None:
    filled = [c for c in cells if c.value is not None]
    if not filled:
        checks.ok(f"{name} format", "no values to format")
        return
    formats = sorted({c.number_format for c in filled})
    if percent:
        good, wanted = formats == ["0.0%"], "0.0%"
    elif kind == "int":
        good, wanted = formats == ["#,##0"], "#,##0"
    elif kind == "date":
        good = all(isinstance(c.value, dt.datetime) and c.is_date for c in filled) and \
            all(re.search(r"y", f, re.I) and re.search(r"d", f, re.I) for f in formats)
        wanted = "real dates with a date format"
    else:
        return  # text and non-percent doubles: no required format
    checks.check(good, f"{name} format", f"expected {wanted}, found {formats}"
                 + (f" on {type(filled[0].value).__name__} cells" if kind == "date" else ""))


def xlsx_matches_csv(value, cell: str) -> bool:
    """Whether an openpyxl cell value and a CSV cell hold the same datum."""
    if value is None:
        return cell == ""
    if isinstance(value, bool):
        return cell.lower() == str(value).lower()
    if isinstance(value, dt.datetime):
        return cell == value.date().isoformat()
    if isinstance(value, (int, float)):
        return math.isfinite(value) and is_number(cell) and close(float(value), float(cell))
    return cell == csv_text(str(value))


def check_column_values(checks: Checks, name: str, cells, csv_cells: list[str]) -> None:
    nonfinite = [c.coordinate for c in cells if isinstance(c.value, float) and not math.isfinite(c.value)]
    wrong = [(c.coordinate, c.value, v) for c, v in zip(cells, csv_cells) if not xlsx_matches_csv(c.value, v)]
    shown = "; ".join(f"{coord}: xlsx {x!r}, CSV {v!r}" for coord, x, v in wrong[:5])
    problems = ([f"{len(wrong)} differ ({shown})"] if wrong else []) + \
        ([f"non-finite at {nonfinite[:5]}"] if nonfinite else [])
    checks.check(not problems, f"{name} values",
                 f"{len(cells)} cells equal the CSV" if not problems else "; ".join(problems))


def check_chart(checks: Checks, sheet, name: str, export: Export, header, first_col, first_row, n_rows) -> None:
    kinds = {"bar": "BarChart", "line": "LineChart"}
    charts = sheet._charts
    if not checks.check(len(charts) == 1, f"{name} chart", f"{len(charts)} charts on the sheet"):
        return
    chart = charts[0]
    checks.check(type(chart).__name__ == kinds.get(export.chart), f"{name} chart kind",
                 f"expected {export.chart}, found {type(chart).__name__}")
    if not chart.series:
        checks.fail(f"{name} chart series", "no series")
        return
    series = chart.series[0]
    cat = series.cat and ((series.cat.numRef and series.cat.numRef.f) or (series.cat.strRef and series.cat.strRef.f))
    val = series.val and series.val.numRef and series.val.numRef.f
    checks.check(same_range(cat, data_range(sheet.title, header, export.x, first_col, first_row, n_rows)),
                 f"{name} chart categories", f"{cat} (column {export.x})")
    checks.check(same_range(val, data_range(sheet.title, header, export.y, first_col, first_row, n_rows)),
                 f"{name} chart values", f"{val} (column {export.y})")


def same_range(found: str | None, wanted: str | None) -> bool:
    """Equal cell ranges; Excel quotes a sheet name only when it needs to ('By state' but Ranking)."""
    unquote = lambda ref: re.sub(r"^'([A-Za-z_][A-Za-z0-9_.]*)'!", r"\1!", ref) if ref else ref
    return found is not None and unquote(found) == unquote(wanted)


def data_range(sheet: str, header, column: str, first_col: int, first_row: int, n_rows: int) -> str | None:
    if column not in header:
        return None
    letter = get_column_letter(first_col + header.index(column))
    return f"'{sheet}'!${letter}${first_row + 1}:${letter}${first_row + n_rows}"


# ---------------------------------------------------------------- Vega-Lite

def reject_constant(name):
    raise ValueError(f"non-standard JSON constant {name}")


def vega_lite_validator():
    spec = importlib.util.find_spec("altair")
    found = sorted((pathlib.Path(spec.origin).parent / "vegalite").glob("v5/schema/vega-lite-schema.json"))
    schema = json.loads(found[-1].read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(schema)


def check_vega_lite(checks: Checks, validator, folder: pathlib.Path, query: str, exports, csvs) -> None:
    wanted = {f"{e.table}.vl.json" for e in exports if e.chart}
    present = {p.name for p in folder.glob("*.vl.json")}
    checks.check(present == wanted, f"{query} Vega-Lite files",
                 f"{sorted(present)}" if present == wanted else f"expected {sorted(wanted)}, found {sorted(present)}")
    for export in exports:
        path = folder / f"{export.table}.vl.json"
        if export.chart and path.exists() and export.table in csvs:
            check_spec(checks, validator, path, f"{query}/{path.name}", export, *csvs[export.table])


def check_spec(checks: Checks, validator, path: pathlib.Path, name: str, export: Export, header, rows) -> None:
    raw = path.read_bytes()
    checks.check(not raw.startswith(b"\xef\xbb\xbf"), f"{name} no BOM", f"{len(raw)} bytes")
    try:
        spec = json.loads(raw.decode("utf-8"), parse_constant=reject_constant)
    except ValueError as error:
        checks.fail(f"{name} parses", str(error))
        return
    checks.ok(f"{name} parses", "strict JSON, no NaN/Infinity")
    errors = sorted(validator.iter_errors(spec), key=lambda e: list(e.path))
    checks.check(not errors, f"{name} Vega-Lite v5 schema",
                 "valid" if not errors else "; ".join(f"/{'/'.join(map(str, e.path))}: {e.message[:120]}" for e in errors[:3]))
    checks.check(str(spec.get("$schema", "")).startswith("https://vega.github.io/schema/vega-lite/v5"),
                 f"{name} $schema", f"{spec.get('$schema')!r}")
    checks.check(keys_sorted(spec), f"{name} keys sorted", "every object's keys in sorted order")
    check_spec_data(checks, spec, name, header, rows)
    check_spec_encoding(checks, spec, name, export, column_kinds(header, rows))


def keys_sorted(node) -> bool:
    if isinstance(node, dict):
        return list(node) == sorted(node) and all(keys_sorted(v) for v in node.values())
    if isinstance(node, list):
        return all(keys_sorted(v) for v in node)
    return True


def json_matches_csv(value, cell: str) -> bool:
    if value is None:
        return cell == ""
    if isinstance(value, bool):
        return cell.lower() == str(value).lower()
    if isinstance(value, (int, float)):
        return is_number(cell) and close(float(value), float(cell))
    return isinstance(value, str) and cell == csv_text(value)


def check_spec_data(checks: Checks, spec, name: str, header, rows) -> None:
    values = (spec.get("data") or {}).get("values")
    if not checks.check(isinstance(values, list) and len(values) == len(rows), f"{name} data.values rows",
                        f"expected {len(rows)} records, found {len(values) if isinstance(values, list) else values!r}"):
        return
    bad_keys = [i for i, record in enumerate(values) if set(record) != set(header)]
    checks.check(not bad_keys, f"{name} data.values fields",
                 f"every record has the CSV columns {header}" if not bad_keys
                 else f"record {bad_keys[0] + 1} has {sorted(values[bad_keys[0]])}")
    wrong = [(i, c, record.get(c), row[j]) for i, (record, row) in enumerate(zip(values, rows))
             for j, c in enumerate(header) if not json_matches_csv(record.get(c), row[j])]
    shown = "; ".join(f"record {i + 1} {c}: JSON {v!r}, CSV {t!r}" for i, c, v, t in wrong[:5])
    checks.check(not wrong, f"{name} data.values equal the CSV",
                 f"{len(rows) * len(header)} values" if not wrong else f"{len(wrong)} differ ({shown})")


def check_spec_encoding(checks: Checks, spec, name: str, export: Export, kinds: dict) -> None:
    mark = spec.get("mark")
    mark_type = mark.get("type") if isinstance(mark, dict) else mark
    checks.check(mark_type == export.chart, f"{name} mark", f"expected {export.chart}, found {mark_type!r}")
    encoding = spec.get("encoding") or {}
    fields = {channel: enc.get("field") for channel, enc in encoding.items() if isinstance(enc, dict)}
    for column in (export.x, export.y):
        checks.check(column in fields.values(), f"{name} encodes {column}", f"encoding fields {fields}")
    for column in (export.x, export.y):
        if kinds.get(column) == "date":
            check_temporal(checks, name, column, encoding)


def check_temporal(checks: Checks, name: str, column: str, encoding: dict) -> None:
    """A date on an axis must be temporal and binned in UTC, or a viewer west of Greenwich
    sees the previous quarter (EXPORT.md §3.3); a quarter-start column bins by yearquarter."""
    channels = [(ch, enc) for ch, enc in encoding.items() if isinstance(enc, dict) and enc.get("field") == column]
    if not channels:
        checks.fail(f"{name} {column} timeUnit utc", "the date field is on no encoding channel")
        return
    for channel, enc in channels:
        unit = enc.get("timeUnit")
        good = enc.get("type") == "temporal" and isinstance(unit, dict) and unit.get("utc") is True \
            and bool(unit.get("unit"))
        if "quarter" in column:
            good = good and unit.get("unit") == "yearquarter"
        checks.check(good, f"{name} {channel} timeUnit utc",
                     f"field {column}: type {enc.get('type')!r}, timeUnit {unit!r}")


# ---------------------------------------------------------------- CSV

def rfc4180_problems(raw: bytes) -> list[str]:
    """Departures from RFC 4180 in a CSV file's bytes (UTF-8, CRLF, minimal well-formed quoting)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return [f"not UTF-8: {error}"]
    text = text.removeprefix("\ufeff")
    problems, counts = [], set()
    record, field, position, line = [], "", 0, 1
    while position < len(text):
        char = text[position]
        if char == '"' and field == "":
            end = position + 1
            while True:
                end = text.find('"', end)
                if end < 0:
                    return problems + [f"line {line}: unterminated quoted field"]
                if text.startswith('""', end):
                    end += 2
                    continue
                break
            field = text[position + 1:end].replace('""', '"')
            if not re.search(r'[",\r\n]', field) and field != "":
                problems.append(f"line {line}: needless quotes around {field!r}")
            position = end + 1
            if position < len(text) and text[position] not in ",\r":
                problems.append(f"line {line}: text after a closing quote")
            continue
        if char == ",":
            record.append(field)
            field = ""
        elif char == "\r" and text.startswith("\r\n", position):
            record.append(field)
            counts.add(len(record))
            record, field, line = [], "", line + 1
            position += 1
        elif char in '\r\n"':
            problems.append(f"line {line}: bare {char!r} in an unquoted field (records must end with CRLF)")
        else:
            field += char
        position += 1
    if record or field:
        problems.append("the last record does not end with CRLF")
    if len(counts) > 1:
        problems.append(f"records have different field counts {sorted(counts)}")
    return list(dict.fromkeys(problems))[:5]


def check_csv_file(checks: Checks, path: pathlib.Path, name: str, kinds: dict, header, rows) -> None:
    raw = path.read_bytes()
    problems = rfc4180_problems(raw)
    bom = " (with a UTF-8 BOM)" if raw.startswith(b"\xef\xbb\xbf") else ""
    checks.check(not problems, f"{name} RFC 4180 / UTF-8", f"{len(rows) + 1} records{bom}" if not problems
                 else "; ".join(problems))
    escaped, unsafe = 0, []
    for row_index, row in enumerate(rows):
        for column, cell in zip(header, row):
            if cell.startswith("'") and cell[1:].startswith(INJECTION_STARTS):
                escaped += 1
            elif cell.startswith(INJECTION_STARTS) and not (kinds[column] in ("int", "float") and is_number(cell)):
                unsafe.append(f"row {row_index + 1} {column}: {cell[:30]!r}")
    checks.check(not unsafe, f"{name} formula-like text escaped",
                 f"{escaped} escaped cells, negative numbers left as numbers" if not unsafe
                 else f"unescaped: {unsafe[:5]}")


def load_csvs(checks: Checks, folder: pathlib.Path, query: str, exports: list[Export]) -> dict:
    """{table: (header, rows)} for every exported table, checking each file on the way."""
    wanted = {f"{e.table}.csv" for e in exports}
    present = {p.name for p in folder.glob("*.csv")}
    checks.check(present == wanted, f"{query} CSV files",
                 f"{sorted(present)}" if present == wanted else f"expected {sorted(wanted)}, found {sorted(present)}")
    csvs = {}
    for export in exports:
        path = folder / f"{export.table}.csv"
        if not path.exists():
            continue
        try:
            header, rows = read_csv(path)
        except Exception as error:  # undecodable or malformed: report, go on
            checks.fail(f"{query}/{path.name} reads", repr(error))
            continue
        csvs[export.table] = (header, rows)
        check_csv_file(checks, path, f"{query}/{path.name}", column_kinds(header, rows), header, rows)
    return csvs


# ---------------------------------------------------------------- main

def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.splitlines()[2], file=sys.stderr)
        return 64
    out_dir = pathlib.Path(argv[1])
    checks = Checks("check_outputs")
    validator = vega_lite_validator()
    for query in QUERY_NAMES:
        folder = out_dir / query
        exports = query_exports(query)
        if not checks.check(folder.is_dir() and bool(exports), f"{query} output folder",
                            f"{folder}, {len(exports)} exports in the query"):
            continue
        csvs = load_csvs(checks, folder, query, exports)
        check_workbook(checks, folder, query, exports, csvs)
        check_vega_lite(checks, validator, folder, query, exports, csvs)
    return checks.finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
