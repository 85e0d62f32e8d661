#!/usr/bin/env python3
"""Small test workbooks for the .xlsx reader, and the values openpyxl reads from them.

    make_workbooks.py --workbooks   rewrite the .xlsx files (xlsxwriter, openpyxl, a handmade zip)
    make_workbooks.py               rewrite expected.json from the committed .xlsx files
    make_workbooks.py --check       fail if expected.json differs from what openpyxl reads now

expected.json lists, for each workbook and sheet, the header row and each column: its name,
the type the reader should infer, and every body value. Values come from openpyxl
(data_only=True, so formulas count by their cached value); dates are ISO text. Types follow
the reader's rules, written again here: int64 if every value is a whole number, double if
every value is a number, date if every value is a date, bool if every value is a boolean,
else string (values shown as text). Empty rows are left out. The real data file
seaprj_boletim_efetivo_example.xlsx is cross-checked with pandas.read_excel.
"""
import datetime
import json
import math
import sys
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import xlsxwriter

HERE = Path(__file__).resolve().parent
REAL = Path("/work/shared/data/seaprj_boletim_efetivo_example.xlsx")

# (workbook, sheet, header row): the tables to read.
TABLES = [
    ("types.xlsx", "Types", 1),
    ("dates1904.xlsx", "Dates", 1),
    ("inline.xlsx", "Sheet1", 1),
    ("titles.xlsx", "Efetivo", 4),
    ("titles.xlsx", "Notes", 1),
    ("handmade.xlsx", "Hand", 1),
]


def write_types(path):
    book = xlsxwriter.Workbook(path, {"strings_to_numbers": False})
    book.set_properties({"created": datetime.datetime(2024, 1, 1)})
    sheet = book.add_worksheet("Types")
    iso = book.add_format({"num_format": "yyyy-mm-dd"})
    builtin = book.add_format({"num_format": 14})
    red = book.add_format({"num_format": "[Red]0.00"})
    quoted = book.add_format({"num_format": '0 "dias"'})
    bold = book.add_format({"bold": True})
    headers = ["day", "builtin", "count", "ratio", "flag", "name", "mixed", "red", "quoted", "id_text"]
    for column, name in enumerate(headers):
        sheet.write_string(0, column, name)
    days = [datetime.date(1900, 1, 15), datetime.date(1900, 3, 1), datetime.date(2020, 8, 11), datetime.date(2024, 2, 29)]
    for row, day in enumerate(days, start=1):
        sheet.write_datetime(row, 0, datetime.datetime.combine(day, datetime.time()), iso)
        sheet.write_datetime(row, 1, datetime.datetime.combine(day, datetime.time(13, 30)), builtin)
    for row, value in enumerate([3, -12, 0, 9007199254740993 // 1024], start=1):
        sheet.write_number(row, 2, value)
    for row, value in enumerate([0.25, 1.0, -3.5e-7, 12345.678], start=1):
        sheet.write_number(row, 3, value)
    for row, value in enumerate([True, False, None, True], start=1):
        if value is not None:
            sheet.write_boolean(row, 4, value)
    sheet.write_rich_string(1, 5, "Presídio ", bold, "Ary", " Franco")
    sheet.write_string(2, 5, "Água & <Santa> \"x\"")
    sheet.write_string(3, 5, "NA")
    sheet.write_string(4, 5, "  spaced  ")
    for row, value in enumerate([7, "SUBTOTAL", 2.5, True], start=1):
        sheet.write(row, 6, value)
    for row, value in enumerate([1.5, 2, 3, 4], start=1):
        sheet.write_number(row, 7, value, red)
        sheet.write_number(row, 8, row * 10, quoted)
    for row, value in enumerate(["007", "12", "x", "4"], start=1):
        sheet.write_string(row, 9, value)
    book.close()


def write_1904(path):
    book = xlsxwriter.Workbook(path, {"date_1904": True})
    book.set_properties({"created": datetime.datetime(2024, 1, 1)})
    sheet = book.add_worksheet("Dates")
    dated = book.add_format({"num_format": "dd/mm/yyyy"})
    sheet.write_string(0, 0, "day")
    sheet.write_string(0, 1, "n")
    for row, day in enumerate([datetime.date(1904, 1, 2), datetime.date(1999, 12, 31), datetime.date(2026, 12, 3)], start=1):
        sheet.write_datetime(row, 0, datetime.datetime.combine(day, datetime.time()), dated)
        sheet.write_number(row, 1, row)
    book.close()


def write_inline(path):
    # In constant-memory mode xlsxwriter writes strings inline (t="inlineStr").
    book = xlsxwriter.Workbook(path, {"constant_memory": True})
    book.set_properties({"created": datetime.datetime(2024, 1, 1)})
    sheet = book.add_worksheet()
    for column, name in enumerate(["unit", "", "count", "note", "unit"]):
        if name:
            sheet.write_string(0, column, name)
    sheet.write_string(1, 0, "Alpha")
    sheet.write_number(1, 2, 10)
    sheet.write_string(2, 0, "Beta")
    sheet.write_number(2, 2, 20)
    sheet.write_string(2, 3, "late")
    # Row 4 is empty; row 5 skips columns.
    sheet.write_string(4, 0, "Gamma")
    sheet.write_number(4, 1, 1.5)
    sheet.write_string(4, 4, "dup")
    book.close()


def write_titles(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Efetivo"
    sheet["A1"] = "EFETIVO CARCERÁRIO DE 11/08/2020"
    sheet["A2"] = "Fonte: SEAP"
    sheet.append([])
    sheet.append(["ID", "Nome", "Regime", "Capacidade", "Efetivo", "Taxa"])
    rows = [
        [1, "Presídio A", "Fechado", 100, 120, "=E5/D5"],
        [2, "Presídio B", "Fechado", 50, 40, "=E6/D6"],
        ["SUBTOTAL", None, None, 150, 160, None],
        ["UNIDADES FEMININAS"],
        [3, "Penitenciária C", "Semiaberto", 0, 7, "=E9/D9"],
        ["TOTAL GERAL", None, None, 150, 167, None],
    ]
    for row in rows:
        sheet.append(row)
    notes = book.create_sheet("Notes")
    notes.append(["when", "ok"])
    notes.append([datetime.datetime(2021, 5, 4), True])
    notes.append([datetime.datetime(2021, 5, 5, 8, 0), False])
    book.save(path)
    # openpyxl stores formulas without values; give them the values Excel would cache,
    # including the #DIV/0! of a zero capacity.
    cached = {"E5/D5": "<v>1.2</v>", "E6/D6": "<v>0.8</v>", "E9/D9": "<v>#DIV/0!</v>"}
    rewrite(path, "xl/worksheets/sheet1.xml", lambda xml: cache_formulas(xml, cached))


def cache_formulas(xml, cached):
    for formula, value in cached.items():
        kind = ' t="e"' if value.startswith("<v>#") else ""
        old = f"><f>{formula}</f><v></v></c>"
        if old not in xml:
            old = f"><f>{formula}</f><v /></c>"
        assert old in xml, formula
        xml = xml.replace(old, f"{kind}><f>{formula}</f>{value}</c>")
    return xml


def rewrite(path, part, change):
    with zipfile.ZipFile(path) as source:
        items = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in items:
            if info.filename == part:
                data = change(data.decode()).encode()
            target.writestr(info, data)


HANDMADE_SHEET = """<?xml version="1.0" encoding="UTF-8"?>
<!-- written by hand: prefixed names, no r= references, rich and phonetic runs -->
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<x:sheetData>
<x:row><x:c t="inlineStr"><x:is><x:t>label</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>value</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>when</x:t></x:is></x:c></x:row>
<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c><x:v>1E3</x:v></x:c><x:c t="d"><x:v>2021-03-04T00:00:00</x:v></x:c></x:row>
<x:row r="4"><x:c r="A4" t="str"><x:f>"a"&amp;"b"</x:f><x:v>ab</x:v></x:c><x:c r="B4"><x:v>-2</x:v></x:c><x:c r="C4" t="d"><x:v>1999-12-31</x:v></x:c></x:row>
<x:row><x:c t="inlineStr"><x:is><x:r><x:t>x</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve"> &amp; y</x:t></x:r></x:is></x:c><x:c><x:v>0.5</x:v></x:c></x:row>
</x:sheetData>
</x:worksheet>
"""

HANDMADE_STRINGS = """<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">
<si><r><t>東京</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>
</sst>
"""


def write_handmade(path):
    parts = {
        "[Content_Types].xml": """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/book/main.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/book/cells/one.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/book/strings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
</Types>""",
        "_rels/.rels": """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="book/main.xml"/>
</Relationships>""",
        "book/main.xml": """<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Hand" sheetId="1" r:id="rIdA"/></sheets></workbook>""",
        "book/_rels/main.xml.rels": """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdA" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="cells/one.xml"/>
<Relationship Id="rIdB" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/book/strings.xml"/>
</Relationships>""",
        "book/cells/one.xml": HANDMADE_SHEET,
        "book/strings.xml": HANDMADE_STRINGS,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            archive.writestr(info, text.encode(), zipfile.ZIP_DEFLATED)


def text_of(value):
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def column_type(values):
    present = [v for v in values if v is not None]
    if not present:
        return "string"
    def is_number(v):
        return isinstance(v, (int, float)) and not isinstance(v, bool)
    if all(is_number(v) and float(v).is_integer() for v in present):
        return "int64"
    if all(is_number(v) for v in present):
        return "double"
    if all(isinstance(v, datetime.datetime) for v in present):
        return "date"
    if all(isinstance(v, bool) for v in present):
        return "bool"
    return "string"


def cell_value(cell):
    value = cell.value
    if isinstance(value, str) and (value == "" or value == "NA"):
        return None
    if isinstance(value, str) and cell.data_type == "e":
        return None
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        value = datetime.datetime.combine(value, datetime.time())
    return value


def table(path, sheet_name, header_row):
    book = openpyxl.load_workbook(path, data_only=True, rich_text=False)
    sheet = book[sheet_name]
    rows = [row for row in sheet.iter_rows(min_row=header_row) if any(cell_value(c) is not None or c.data_type == "e" for c in row)]
    header, body = rows[0], rows[1:]
    first = min(c.column for row in rows for c in row if cell_value(c) is not None or c.data_type == "e")
    last = max(c.column for row in rows for c in row if cell_value(c) is not None or c.data_type == "e")
    columns = []
    for column in range(first, last + 1):
        def at(row):
            return next((c for c in row if c.column == column), None)
        name_cell = at(header)
        name = text_of(name_cell.value).strip() if name_cell is not None and name_cell.value is not None else ""
        values = [cell_value(at(row)) if at(row) is not None else None for row in body]
        kind = column_type(values)
        if kind == "date":
            shown = [v.date().isoformat() if v is not None else None for v in values]
        elif kind == "string":
            shown = [text_of(v) if v is not None else None for v in values]
        elif kind == "int64":
            shown = [int(v) if v is not None else None for v in values]
        else:
            shown = values
        columns.append({"name": name, "letter": openpyxl.utils.get_column_letter(column), "type": kind, "values": shown})
    return {"workbook": path.name, "sheet": sheet_name, "header_row": header_row, "rows": len(body), "columns": columns}


def real_file():
    """The unit rows of the real bulletin, as pandas reads them: the rows with a unit name."""
    frame = pd.read_excel(REAL, sheet_name="Efetivo Completo", header=5).dropna(how="all")
    units = frame[frame["Nome "].notna()]
    return {
        "workbook": REAL.name,
        "body_rows": len(frame),
        "unit_rows": len(units),
        "capacity_of_units": int(units["Cap. Atual"].sum()),
        "first_unit": units["Nome "].iloc[0].strip(),
        "last_unit": units["Nome "].iloc[-1].strip(),
    }


def expected():
    out = {"tables": [table(HERE / book, sheet, header) for book, sheet, header in TABLES]}
    if REAL.exists():
        out["real"] = real_file()
    elif (HERE / "expected.json").exists():
        # Without the data folder the real file's figures are kept as committed.
        out["real"] = json.loads((HERE / "expected.json").read_text()).get("real")
    return json.dumps(out, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main():
    target = HERE / "expected.json"
    if "--workbooks" in sys.argv:
        write_types(str(HERE / "types.xlsx"))
        write_1904(str(HERE / "dates1904.xlsx"))
        write_inline(str(HERE / "inline.xlsx"))
        write_titles(str(HERE / "titles.xlsx"))
        write_handmade(str(HERE / "handmade.xlsx"))
    text = expected()
    if "--check" in sys.argv:
        if target.read_text() != text:
            sys.exit(f"{target} is out of date: run {Path(__file__).name} and review the change")
        print(f"{target.name}: up to date")
        return
    target.write_text(text)


if __name__ == "__main__":
    main()
