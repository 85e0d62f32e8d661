#!/usr/bin/env python3
"""Writes value_formats.json: small CSV texts in the number, boolean, null and date forms the
reader decides per column, each with the columns pandas reads from it when told the options
that settle the form (decimal=",", thousands=".", true_values, dayfirst formats, …).
CSVValueFormatTests reads the JSON, so `swift test` needs no Python.

    /tmp/peers/bin/python Tests/RealFiles/value_formats.py          # rewrite the JSON
    /tmp/peers/bin/python Tests/RealFiles/value_formats.py --check  # exit 1 if it is stale

Percentages are not a pandas form: their expected value is the decimal text divided by 100
with Python's `decimal`, rounded once to a double. Spanish and Portuguese month names are not a
pandas form either: they are translated to English with the table below before pandas reads them.
"""
import io
import json
import os
import sys
from decimal import Decimal

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
OUTPUT = os.path.join(HERE, "value_formats.json")
MONTHS = {"enero": "January", "marzo": "March", "março": "March", "dezembro": "December", "diciembre": "December"}


def dates(series, fmt):
    days = pd.to_datetime(series, format=fmt)
    return [None if pd.isna(d) else d.strftime("%Y-%m-%d") for d in days]


def numbers(series):
    return [None if pd.isna(v) else float(v) for v in series]


def percent(series):
    return [None if pd.isna(v) else float(Decimal(v.rstrip("% ").replace(",", ".")) / 100) for v in series]


def read(text, **options):
    return pd.read_csv(io.StringIO(text), keep_default_na=False, na_values=["", "NA"], **options)


CASES = []


def case(name, csv, columns, options=None):
    CASES.append({"name": name, "csv": csv, "options": options or {}, "columns": columns})


def build():
    text = "a;b\n1.234,56;2,5\n-12,0;1.000.000\n0,5;3\n"
    frame = read(text, sep=";", decimal=",", thousands=".")
    case("decimal comma, thousands dot", text,
         {"a": ["double", numbers(frame.a)], "b": ["double", numbers(frame.b)]}, {"delimiter": ";"})

    text = 'x,y\n"1,234.56",12\n"12,000",7\n7.5,"1,000,000"\n'
    frame = read(text, thousands=",")
    case("thousands comma", text, {"x": ["double", numbers(frame.x)], "y": ["int64", numbers(frame.y)]})

    text = "x;y\n1.234;1,5\n12.500;2\n"
    frame = read(text, sep=";", decimal=",", thousands=".")
    case("file-wide decimal comma", text,
         {"x": ["int64", numbers(frame.x)], "y": ["double", numbers(frame.y)]},
         {"delimiter": ";", "decimal": ","})

    text = "p;q\n77,00%;12.5 %\n5%;0.5%\n"
    frame = read(text, sep=";", dtype=str)
    case("percentages", text, {"p": ["double", percent(frame.p)], "q": ["double", percent(frame.q)]}, {"delimiter": ";"})

    text = "en,es,pt\nTRUE,Sí,sim\nfalse,no,NÃO\nTrue,SI,nao\n"
    frame = read(text, true_values=["TRUE", "True", "Sí", "SI", "sim"], false_values=["false", "no", "NÃO", "nao"])
    case("booleans in three languages", text, {c: ["bool", [bool(v) for v in frame[c]]] for c in ["en", "es", "pt"]})

    text = "n,d,s\n1,2022-01-02,a\n-,s/d,-\nN/A,n/d,b\n#N/A,sin datos,c\n3,S/D,d\n"
    missing = ["-", "s/d", "S/D", "N/A", "n/d", "#N/A", "sin datos"]
    frame = pd.read_csv(io.StringIO(text), keep_default_na=False, na_values={"n": missing, "d": missing})
    case("missing tokens in typed columns", text, {
        "n": ["int64", numbers(frame.n)], "d": ["date", dates(frame.d, "%Y-%m-%d")],
        "s": ["string", list(read(text, dtype=str).s)]})

    for name, text, fmt in [
        ("day first with slashes", "d\n18/03/2022\n01/02/2022\n", "%d/%m/%Y"),
        ("month first with dashes", "d\n03-18-2022\n12-01-2021\n", "%m-%d-%Y"),
        ("day first with dots", "d\n18.03.2022\n1.2.2022\n", "%d.%m.%Y"),
        ("English month names", "d\n\"March 18, 2022\"\n18-mar-2022\n1 Sept 2021\n31st October 2013\n", "mixed"),
        ("midnight times", "d\n2022-03-18 00:00:00\n2022-03-19T00:00\n2022-03-20\n", "mixed"),
    ]:
        frame = read(text, dtype=str)
        case(name, text, {"d": ["date", dates(frame.d, fmt if "midnight" not in name else None)]}
             if "midnight" not in name else {"d": ["date", dates(pd.to_datetime(frame.d, format="ISO8601").dt.normalize(), None)]})

    # pandas#19402: 10/09 and 30/09 in one column are both September, never read row by row.
    text = "d\n10/09/2022\n30/09/2022\n"
    case("one order for the whole column", text, {"d": ["date", dates(read(text, dtype=str).d, "%d/%m/%Y")]})

    text = "d\n18 de marzo de 2022\n1 de enero de 2021\n18 de março de 2022\n3 de dezembro de 2020\n"
    frame = read(text, dtype=str)
    english = frame.d.str.replace(" de ", " ").map(lambda s: " ".join(MONTHS.get(w, w) for w in s.split()))
    case("Spanish and Portuguese month names", text, {"d": ["date", dates(english, "%d %B %Y")]})

    text = "fecha,otra\n01/02/2022,13/02/2022\n03/04/2022,01/12/2022\n"
    frame = read(text, dtype=str)
    case("date order set for one column", text, {
        "fecha": ["date", dates(frame.fecha, "%d/%m/%Y")], "otra": ["date", dates(frame.otra, "%d/%m/%Y")]},
        {"dates": {"fecha": "dd/mm/yyyy"}})
    case("date order set for the file", text, {
        "fecha": ["date", dates(frame.fecha, "%m/%d/%Y")], "otra": ["string", list(frame.otra)]},
        {"date_format": "mm/dd/yyyy"})

    text = "t\n2022-03-18 14:30\n2022-03-19 00:00\n"
    case("times of day keep text", text, {"t": ["string", list(read(text, dtype=str).t)]})


def main():
    build()
    text = json.dumps(CASES, ensure_ascii=False, indent=1) + "\n"
    if "--check" in sys.argv:
        with open(OUTPUT, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit(f"{OUTPUT} is stale: run {sys.argv[0]} to rewrite it")
        print(f"{OUTPUT}: up to date")
        return
    with open(OUTPUT, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
