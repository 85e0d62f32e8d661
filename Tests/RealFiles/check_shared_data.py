#!/usr/bin/env python3
"""Reads every CSV and TSV file of the shared data folder with `oversight` and with pandas, and
compares each column's kind (number, boolean, date, text) and every value.

    /tmp/peers/bin/python Tests/RealFiles/check_shared_data.py [--oversight PATH] [--data DIR]

`oversight` reads every file with its defaults: no file needs a `from` option. pandas needs
the options listed in FILES (its defaults know neither percentages, nor Portuguese booleans, nor
dates). Exits 1 on the first file that differs, after printing the differences.
"""
import argparse
import json
import math
import os
import subprocess
import sys
from decimal import Decimal

import pandas as pd

# What pandas needs to read each file as oversight documents it: the separator, the words of a
# boolean column, which columns are dates (and their format), and which hold percentages.
FILES = {
    "clarin_condenados_procesados.tsv": {"sep": "\t"},
    "clarin_estadisticas_jurisdiccionales.tsv": {
        "sep": "\t",
        "percent": ["Reincidencia", "No_Trabaja", "No_Tuvo_Capacitación_Laboral", "No_Estudia"],
    },
    "dnsp_cndh_scores_transcribed.csv": {},
    "marshall_prison_populations.csv": {"dates": {"as_of_date": "%m/%d/%Y"}},
    "pfd_sent_and_response_4001_sanitized.csv": {
        "dates": {"date_of_report": "mixed", "date_time": "%Y-%m-%d"},
    },
    "pfd_state_custody_subset.csv": {"dates": {"date_of_report": "mixed", "date_time": "%Y-%m-%d"}},
    "published_figures_test_vectors.csv": {},
    "sisdepen_2019_facility_extract.csv": {
        "dates": {"periodo_referencia": "%Y-%m-%d"},
        "true": ["Sim"],
        "false": ["Não"],
    },
    "ucla_KS-historical-data.csv": {"dates": {"Date": "%Y-%m-%d"}},
}


def pandas_columns(path, spec):
    """The file as pandas reads it with the options it needs: [(kind, values)] by position."""
    frame = pd.read_csv(
        path, sep=spec.get("sep", ","), keep_default_na=False, na_values=["", "NA"],
        true_values=spec.get("true"), false_values=spec.get("false"), dtype_backend="numpy_nullable")
    columns = []
    for index, name in enumerate(frame.columns):
        series = frame[name]
        if name in spec.get("dates", {}):
            fmt = spec["dates"][name]
            days = pd.to_datetime(series, format=fmt)
            columns.append(("date", [None if pd.isna(d) else d.strftime("%Y-%m-%d") for d in days]))
        elif name in spec.get("percent", []):
            values = [None if pd.isna(v) else float(Decimal(v.rstrip("% ").replace(",", ".")) / 100) for v in series]
            columns.append(("number", values))
        else:
            columns.append(kind_and_values(series))
    return columns


def kind_and_values(series):
    values = [None if pd.isna(v) else v for v in series]
    present = [v for v in values if v is not None]
    if not present:
        return ("null", values)
    if pd.api.types.is_bool_dtype(series) or all(isinstance(v, (bool,)) for v in present):
        return ("bool", [None if v is None else bool(v) for v in values])
    if pd.api.types.is_numeric_dtype(series):
        return ("number", [None if v is None else float(v) for v in values])
    return ("text", [None if v is None else str(v) for v in values])


KINDS = {"int64": "number", "double": "number", "bool": "bool", "date": "date", "string": "text"}


def oversight_columns(binary, path):
    """The file as `oversight` reads it with its defaults: [(kind, values)] by position."""
    described = subprocess.run([binary, "describe", path, "--format", "json"], capture_output=True, text=True)
    if described.returncode != 0:
        sys.exit(f"{path}: oversight describe failed:\n{described.stderr}")
    types = [column["type"] for column in json.loads(described.stdout)["columns"]]
    queried = subprocess.run(
        [binary, "query", f'from "{path}"', "--format", "json"], capture_output=True, text=True)
    if queried.returncode != 0:
        sys.exit(f"{path}: oversight query failed:\n{queried.stderr}")
    rows = json.loads(queried.stdout)
    names = list(rows[0].keys()) if rows else []
    columns = []
    for index, type_name in enumerate(types):
        values = [row[names[index]] for row in rows]
        kind = KINDS[type_name]
        if all(v is None for v in values):
            kind = "null"
        columns.append((kind, values))
    return columns


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b or a == b and type(a) is type(b)
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b or math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-300)
    return a == b


def compare(name, ours, theirs):
    problems = []
    if len(ours) != len(theirs):
        return [f"{name}: oversight reads {len(ours)} columns, pandas {len(theirs)}"]
    for index, ((our_kind, our_values), (their_kind, their_values)) in enumerate(zip(ours, theirs)):
        where = f"{name}: column {index + 1}"
        if our_kind != their_kind:
            problems.append(f"{where}: oversight reads {our_kind}, pandas {their_kind}")
            continue
        if len(our_values) != len(their_values):
            problems.append(f"{where}: {len(our_values)} rows against {len(their_values)}")
            continue
        for row, (a, b) in enumerate(zip(our_values, their_values)):
            if not same(a, b):
                problems.append(f"{where}, row {row + 1}: oversight {a!r}, pandas {b!r}")
                break
    return problems


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parser = argparse.ArgumentParser()
    parser.add_argument("--oversight", default=os.path.join(root, ".build/debug/oversight"))
    parser.add_argument("--data", default=os.path.join(os.path.dirname(root), "shared/data"))
    args = parser.parse_args()
    names = sorted(f for f in os.listdir(args.data) if f.endswith((".csv", ".tsv")))
    failed = False
    for name in names:
        spec = FILES.get(name)
        if spec is None:
            print(f"{name}: not listed in FILES; add the options pandas needs to read it")
            failed = True
            continue
        path = os.path.join(args.data, name)
        problems = compare(name, oversight_columns(args.oversight, path), pandas_columns(path, spec))
        print(f"{name}: {'differs' if problems else 'same'}")
        for problem in problems:
            print("  " + problem)
        failed = failed or bool(problems)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
