#!/usr/bin/env python3
"""Recompute every table of the Spanish quarterly report independently and compare with the engine.

Usage: python3 Tests/CrossCheck/recompute_informe.py OUTPUT_DIR [--data DIR]

OUTPUT_DIR is what `oversight run Queries/informe-trimestral.query --out OUTPUT_DIR` (or
`oversight run Queries/ --out OUTPUT_DIR`) wrote; the tables are read from
OUTPUT_DIR/informe-trimestral/<table>.csv. The inputs are the synthetic CSVs in Queries/data/
(or in DIR, for a run of a copy of the query on other data under the same file names).

Every table of Queries/informe-trimestral.query is rebuilt from the raw CSVs without the engine:

- statuses are mapped to the canonical vocabulary with this script's own table of the
  spellings the generator writes (an unknown spelling is a failed check, as it stops the
  report), and unit names to SPF ids with this script's own normaliser (case, accents,
  punctuation and spacing ignored; "Complejo Penitenciario Federal", "C.P.F." and "CPF"
  are one designator; arabic and roman numbers are one number; a trailing place name is
  dropped). Unit display names come from this script's own table;
- counts, rates, ranks, ages, buckets, quarters and the backlog are DuckDB SQL written from
  the query's definitions (due date = fecha_limite or issue + 60 days; assessable = not
  withdrawn/not applicable and due by the as-of date; competition rank with a minimum of 20
  assessable; closing date = first status event with a closed status);
- Wilson intervals come from statsmodels (`proportion_confint(method="wilson")`); the
  empirical-Bayes shrunken rate by unit is the beta-binomial posterior mean with the prior fitted
  here by the method of moments (numpy mean and sample variance of the units' rates), and the
  95 % funnel limits use scipy's normal quantile around Σ complied / Σ assessable;
- the quarterly trend's changes on the previous quarter and on the same quarter a year before,
  and the rolling four-quarter rate (sums of numerators and denominators over four quarters),
  come from pandas (`shift`, `rolling(4).sum()`);
- recommendations per 1,000 prisoners: the last twelve months' recommendations per unit joined
  to the population count in force at the as-of date with pandas' `merge_asof`;
- the Kaplan–Meier table comes from lifelines (`KaplanMeierFitter`: survival, at risk,
  events, censored), with Greenwood's variance and the `log` interval (R survival's default;
  lifelines' own interval is log-log) computed here; the same table and the median with its
  interval are also taken from R's `survival::survfit(conf.type = "log")` through Rscript,
  so the engine is compared with two implementations.

Comparison, as in recompute_analyses.py: the same header, the same number of rows in the same
order (the query's sort keys, then input order; rows tied on every key compared as a set),
integers exactly, doubles to 1e-9 relative, dates as ISO strings, nulls as empty cells. The
figures the notes quote (totals, unassigned, missing due dates, excluded, not yet due,
assessable, the median time to compliance with its interval) are checked in the xlsx
"Notas" sheet.

Why: a second implementation on other engines, written from the query text and the domain
definitions, catches wrong semantics (status or unit mapping, nulls, ties, buckets, quarter
filling, running sums, censoring, interval transform) that unit tests written alongside the
engine would share with it. Each check prints one `ok`/`FAIL` line and the last line is
`N passed, M failed`; the exit status is non-zero if any check fails.
"""

from __future__ import annotations

import csv
import math
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

import duckdb
import numpy as np
import pandas as pd
from lifelines import KaplanMeierFitter
from scipy.stats import norm
from statsmodels.stats.proportion import proportion_confint

from crosscheck_common import (QUERIES, Checks, check_note_text, close, compare_csv_rows,
                               kind_of_duckdb_type, notes_sheet)

QUERY = "informe-trimestral"
RECS_FILE = "recomendaciones_sinteticas.csv"
EVENTS_FILE = "eventos_sinteticos.csv"
POPULATION_FILE = "poblacion_sintetica.csv"

# Parameters, as declared with `let` in the query.
AS_OF = "2024-12-31"
WINDOW_DAYS = 60
MIN_RANKED = 20
PARTIAL_WEIGHT = 0.5
BUCKETS = [(0, 30, "0–29"), (30, 90, "30–89"), (90, 180, "90–179"), (180, 365, "180–364"), (365, None, "365+")]
NO_UNIT = "(estructurales)"

# ---------------------------------------------------------------- vocabularies (this script's own)

STATUS = {
    "Cumplida": "complied", "cumplida": "complied", "CUMPLIDA": "complied",
    "Cumplida parcialmente": "partially_complied", "Parcialmente cumplida": "partially_complied",
    "cumplida parcialmente": "partially_complied",
    "En trámite": "in_progress", "En proceso": "in_progress", "en tramite": "in_progress",
    "Incumplida": "not_complied", "No cumplida": "not_complied", "Sin regularización": "not_complied",
    "Sin respuesta": "no_response", "sin respuesta": "no_response",
    "Desistida": "withdrawn", "Sin efecto": "withdrawn",
    "No corresponde": "not_applicable", "No aplica": "not_applicable",
}
CLOSED = ("complied", "withdrawn", "not_applicable")
EXCLUDED = ("withdrawn", "not_applicable")

UNIT_NAMES = {
    "CPF-I": "Complejo Penitenciario Federal I (Ezeiza)",
    "CPF-II": "Complejo Penitenciario Federal II (Marcos Paz)",
    "CPF-III": "Complejo Penitenciario Federal III (NOA, Güemes, Salta)",
    "CPF-IV": "Complejo Penitenciario Federal IV (mujeres, Ezeiza)",
    "CPF-V": "Complejo Penitenciario Federal V (Senillosa, Neuquén)",
    "CPF-VI": "Complejo Penitenciario Federal VI (Cuyo, Mendoza)",
    "CPF-VII": "Complejo Penitenciario Federal VII (ex-Unidad 31, mujeres, Ezeiza)",
    "CPF-CABA": "Complejo Penitenciario Federal de la Ciudad Autónoma de Buenos Aires (Devoto)",
    "CFJA": "Complejo Federal para Jóvenes Adultos (Marcos Paz)",
    "U-4": "Unidad 4 (Santa Rosa)", "U-5": "Unidad 5 (General Roca)", "U-6": "Unidad 6 (Rawson)",
    "U-7": "Unidad 7 (Resistencia)", "U-8": "Unidad 8 (Jujuy)", "U-10": "Unidad 10 (Formosa)",
    "U-11": "Unidad 11 (Presidencia Roque Sáenz Peña)", "U-12": "Unidad 12 (Viedma)",
    "U-13": "Unidad 13 (Santa Rosa, mujeres)", "U-14": "Unidad 14 (Esquel)",
    "U-15": "Unidad 15 (Río Gallegos)", "U-16": "Unidad 16 (Salta)", "U-17": "Unidad 17 (Candelaria)",
    "U-19": "Unidad 19 (Colonia Penal de Ezeiza)", "U-22": "Unidad 22 (Jujuy)",
    "U-25": "Unidad 25 (General Pico)", "U-28": "Unidad 28 (Alcaidía del Palacio de Tribunales)",
    "U-30": "Unidad 30 (Jóvenes Adultos, La Pampa)", "U-34": "Unidad 34 (Campo de Mayo)",
    "U-35": "Unidad 35 (Colonia Pinto, Santiago del Estero)",
}
ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV", "5": "V", "6": "VI", "7": "VII"}
# Place names that may follow a complex's designator ("CPF I – Ezeiza", "... Nº 1 de Ezeiza").
PLACES = {"", "ezeiza", "marcos paz", "guemes", "salta", "noa", "senillosa", "neuquen", "cuyo", "mendoza"}


def unit_key(text: str) -> str:
    """Lower case, no accents, ordinal signs and punctuation as spaces, single spaces."""
    text = text.replace("º", " ").replace("°", " ")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())


def unit_id(name: str | None) -> str | None:
    """The SPF id of a unit name as written in the source; None for no name; ValueError when
    the name matches no unit."""
    if name is None or name.strip() == "":
        return None
    key = unit_key(name)
    key = re.sub(r"^complejo penitenciario federal\b|^c p f\b", "cpf", key)
    if key in ("cfja", "complejo federal para jovenes adultos", "complejo federal de jovenes adultos"):
        return "CFJA"
    match = re.fullmatch(r"(?:u|unidad)(?: n)? ?(\d+)", key)
    if match:
        number = str(int(match.group(1)))
        if f"U-{number}" in UNIT_NAMES:
            return f"U-{number}"
        raise ValueError(f"unknown unit {name!r}")
    match = re.fullmatch(r"cpf ?(?:n )?(?:de la )?(caba|[1-7]|i|ii|iii|iv|v|vi|vii)\b(?: de)? ?(.*)", key)
    if match and match.group(2) in PLACES:
        designator = match.group(1)
        designator = ROMAN.get(designator, designator.upper())
        return f"CPF-{designator}"
    raise ValueError(f"unknown unit {name!r}")


# The spellings DOMAIN.md lists for two units; the normaliser must give each one id.
DOCUMENTED_SPELLINGS = {
    "U-12": ["U-12", "U.12", "(U.12)", "Unidad 12", "UNIDAD N° 12"],
    "CPF-I": ["CPF I", "CPF1", "C.P.F. I", "Complejo Penitenciario Federal I – Ezeiza",
              "COMPLEJO PENITENCIARIO FEDERAL Nº 1 DE EZEIZA"],
}


def check_unit_normaliser(checks: Checks) -> None:
    wrong = {s: unit_id(s) for want, spellings in DOCUMENTED_SPELLINGS.items() for s in spellings
             if unit_id(s) != want}
    checks.check(not wrong, "unit normaliser on the documented spellings",
                 f"{sum(map(len, DOCUMENTED_SPELLINGS.values()))} spellings give U-12 or CPF-I" if not wrong
                 else f"wrong ids: {wrong}")


# ---------------------------------------------------------------- loading

def load(con: duckdb.DuckDBPyConnection, checks: Checks, data: pathlib.Path) -> None:
    """The `recomendaciones` pipeline and the status events, with the mappings as tables."""
    for table, file in (("recs_raw", RECS_FILE), ("events_raw", EVENTS_FILE)):
        con.execute(f"""CREATE TABLE {table} AS SELECT * FROM read_csv('{data / file}', all_varchar = true,
                        header = true, nullstr = ['', 'NA'])""")
    spellings = {s for (s,) in con.execute(
        "SELECT DISTINCT estado FROM recs_raw UNION SELECT DISTINCT estado FROM events_raw").fetchall()}
    unknown = sorted(s for s in spellings if s not in STATUS)
    checks.check(not unknown, "status spellings known",
                 f"{len(spellings)} spellings, all in the table" if not unknown else f"unknown: {unknown}")
    con.execute("CREATE TABLE status_map (spelling VARCHAR, canonical VARCHAR)")
    con.executemany("INSERT INTO status_map VALUES (?, ?)", list(STATUS.items()))

    names = [n for (n,) in con.execute("SELECT DISTINCT unidad FROM recs_raw WHERE unidad IS NOT NULL").fetchall()]
    mapped, bad = [], []
    for name in names:
        try:
            mapped.append((name, unit_id(name)))
        except ValueError:
            bad.append(name)
    ids = {i for _, i in mapped}
    checks.check(not bad, "unit names known",
                 f"{len(names)} spellings of {len(ids)} units" if not bad else f"unknown: {sorted(bad)}")
    con.execute("CREATE TABLE unit_map (spelling VARCHAR, unidad_id VARCHAR)")
    con.executemany("INSERT INTO unit_map VALUES (?, ?)", mapped)
    con.execute("CREATE TABLE unit_names (unidad_id VARCHAR, nombre VARCHAR)")
    con.executemany("INSERT INTO unit_names VALUES (?, ?)", list(UNIT_NAMES.items()))

    closed = ", ".join(f"'{s}'" for s in CLOSED)
    excluded = ", ".join(f"'{s}'" for s in EXCLUDED)
    con.execute(f"""
        CREATE TABLE recs AS
        WITH typed AS (
            SELECT r.rowid AS rn, r.id, CAST(r.fecha_emision AS DATE) AS fecha_emision, r.emisor, r.unidad,
                   r.tema, CAST(r.fecha_limite AS DATE) AS fecha_limite, r.estado,
                   CAST(r.fecha_estado AS DATE) AS fecha_estado,
                   s.canonical AS estado_canonico, u.unidad_id
            FROM recs_raw r
            LEFT JOIN status_map s ON s.spelling = r.estado
            LEFT JOIN unit_map u ON u.spelling = r.unidad
        ), due AS (
            SELECT *, coalesce(fecha_limite, fecha_emision + {WINDOW_DAYS}) AS vencimiento,
                   estado_canonico IN ({closed}) AS cerrada,
                   estado_canonico IN ({excluded}) AS excluida
            FROM typed WHERE fecha_emision <= DATE '{AS_OF}'
        )
        SELECT *, NOT excluida AND vencimiento <= DATE '{AS_OF}' AS evaluable,
               estado_canonico = 'complied' AS cumplida,
               estado_canonico = 'partially_complied' AS parcial
        FROM due ORDER BY rn""")
    con.execute(f"""
        CREATE TABLE closings AS
        SELECT e.recomendacion_id, min(CAST(e.fecha AS DATE)) AS cierre
        FROM events_raw e JOIN status_map s ON s.spelling = e.estado
        WHERE CAST(e.fecha AS DATE) <= DATE '{AS_OF}' AND s.canonical IN ({closed})
        GROUP BY e.recomendacion_id""")


def fetch(relation) -> tuple[list[str], list[str], list[dict]]:
    """Column names, kinds (int/float/date/text) and rows (dicts) of a DuckDB result."""
    columns = [d[0] for d in relation.description]
    kinds = [kind_of_duckdb_type(str(d[1])) for d in relation.description]
    return columns, kinds, [dict(zip(columns, values)) for values in relation.fetchall()]


def wilson(successes: int, trials: int) -> tuple[float | None, float | None]:
    if not trials:
        return None, None
    low, high = proportion_confint(successes, trials, alpha=0.05, method="wilson")
    return float(low), float(high)


# ---------------------------------------------------------------- tables

def counts(con) -> dict:
    """The `conteos` figures the notes quote."""
    row = con.execute(f"""
        SELECT count(*), count_if(unidad_id IS NULL), count_if(fecha_limite IS NULL), count_if(excluida),
               count_if(NOT excluida AND vencimiento > DATE '{AS_OF}'), count_if(evaluable)
        FROM recs""").fetchone()
    return dict(zip(("total", "sin_unidad", "sin_fecha_limite", "excluidas", "no_vencidas", "evaluables"), row))


def by_unit(con):
    """Compliance by unit: counts, rates, Wilson interval, competition rank among the units with
    at least MIN_RANKED assessable (rate descending; equal rates share the best rank)."""
    columns, kinds, rows = fetch(con.execute(f"""
        WITH g AS (
            SELECT unidad_id, count(*) AS recomendaciones, count_if(evaluable) AS evaluables,
                   count_if(evaluable AND cumplida) AS cumplidas, count_if(evaluable AND parcial) AS parciales
            FROM recs WHERE unidad_id IS NOT NULL GROUP BY unidad_id
        ), r AS (
            SELECT *, CASE WHEN evaluables > 0 THEN cumplidas / evaluables END AS tasa,
                   CASE WHEN evaluables > 0 THEN (cumplidas + {PARTIAL_WEIGHT} * parciales) / evaluables END AS tasa_ponderada,
                   evaluables >= {MIN_RANKED} AND evaluables > 0 AS elegible
            FROM g
        ), k AS (
            SELECT *, CASE WHEN elegible THEN rank() OVER (PARTITION BY elegible ORDER BY tasa DESC) END AS puesto FROM r
        )
        SELECT CAST(puesto AS BIGINT) AS puesto, k.unidad_id, n.nombre AS unidad,
               CAST(recomendaciones AS BIGINT) AS recomendaciones, CAST(evaluables AS BIGINT) AS evaluables,
               CAST(cumplidas AS BIGINT) AS cumplidas, CAST(parciales AS BIGINT) AS parciales,
               tasa, tasa_ponderada, CAST(NULL AS DOUBLE) AS ic_inferior, CAST(NULL AS DOUBLE) AS ic_superior,
               CAST(NULL AS DOUBLE) AS tasa_ajustada, CAST(NULL AS DOUBLE) AS embudo_inferior,
               CAST(NULL AS DOUBLE) AS embudo_superior, CAST(NULL AS VARCHAR) AS embudo,
               CASE WHEN puesto IS NOT NULL THEN 'en el ranking'
                    ELSE 'pocas evaluables (menos de {MIN_RANKED})' END AS situacion
        FROM k LEFT JOIN unit_names n USING (unidad_id)
        ORDER BY puesto NULLS LAST, evaluables DESC, k.unidad_id"""))
    for row in rows:
        row["ic_inferior"], row["ic_superior"] = wilson(row["cumplidas"], row["evaluables"])
    shrink_and_funnel(rows)
    return columns, kinds, rows


def shrink_and_funnel(rows: list[dict]) -> None:
    """Fills the shrunken rate and the 95 % funnel limits of every unit.

    Shrinkage: Beta(α, β) fitted by the method of moments to the rates of the units with at
    least one assessable recommendation (mean m, sample variance v: α + β = m(1 − m)/v − 1,
    α = m(α + β)), each unit's rate becoming (complied + α) / (assessable + α + β). Funnel:
    p ± z·√(p(1 − p)/n), cut to [0, 1], with p = Σ complied / Σ assessable over all units."""
    rates = np.array([r["cumplidas"] / r["evaluables"] for r in rows if r["evaluables"]])
    m, v = float(rates.mean()), float(rates.var(ddof=1))
    total = m * (1 - m) / v - 1
    alpha, beta = m * total, (1 - m) * total
    p = sum(r["cumplidas"] for r in rows) / sum(r["evaluables"] for r in rows)
    z = float(norm.ppf(0.975))
    for row in rows:
        n = row["evaluables"]
        row["tasa_ajustada"] = (row["cumplidas"] + alpha) / (n + alpha + beta) if total > 0 else None
        if n > 0:
            half = z * math.sqrt(p * (1 - p) / n)
            row["embudo_inferior"], row["embudo_superior"] = max(0.0, p - half), min(1.0, p + half)
        rate = row["tasa"]
        row["embudo"] = (None if rate is None else "por debajo" if rate < row["embudo_inferior"]
                         else "por encima" if rate > row["embudo_superior"] else "dentro")


def ranking_chart(table):
    columns, kinds, rows = table
    keep = ["puesto", "unidad", "evaluables", "cumplidas", "tasa"]
    return keep, [kinds[columns.index(c)] for c in keep], [{c: r[c] for c in keep} for r in rows if r["puesto"] is not None]


def bucket_sql(days: str) -> str:
    arms = " ".join(f"WHEN {days} >= {low} AND {days} < {high} THEN '{label}'" if high else
                    f"WHEN {days} >= {low} THEN '{label}'" for low, high, label in BUCKETS)
    return f"CASE {arms} END"


OVERDUE = f"""
    SELECT rn, id, fecha_emision, vencimiento, unidad_id, tema, emisor, estado_canonico,
           CAST(DATE '{AS_OF}' - fecha_emision AS BIGINT) AS dias_abierta,
           CAST(DATE '{AS_OF}' - vencimiento AS BIGINT) AS dias_vencida,
           {bucket_sql(f"(DATE '{AS_OF}' - vencimiento)")} AS tramo
    FROM recs WHERE NOT cerrada AND vencimiento < DATE '{AS_OF}'"""


def overdue(con):
    """Open (not closed) recommendations past due, most days overdue first, then by id."""
    return fetch(con.execute(f"""
        SELECT * EXCLUDE (rn) FROM ({OVERDUE}) ORDER BY dias_vencida DESC, id, rn"""))


def ageing(con):
    """Overdue recommendations per unit (no unit: '(estructurales)') and bucket."""
    cells = ", ".join(f"CAST(count_if(tramo = '{label}') AS BIGINT) AS {name}"
                      for (_, _, label), name in zip(BUCKETS, ("d0_29", "d30_89", "d90_179", "d180_364", "d365")))
    return fetch(con.execute(f"""
        SELECT coalesce(unidad_id, '{NO_UNIT}') AS unidad, {cells}, CAST(count(*) AS BIGINT) AS total
        FROM ({OVERDUE}) GROUP BY 1 ORDER BY total DESC, unidad"""))


def trend(con):
    """Issued, closed (first closed status event up to the as-of date), backlog (running
    issued − running closed) and cohort compliance per calendar quarter of issue; the quarters
    between the first and last with issued recommendations all listed (missing ones as zeros).
    Closings are attached to the quarters that have issued recommendations (a left join
    before the quarters are filled, as in the query)."""
    return fetch(con.execute(f"""
        WITH issued AS (
            SELECT CAST(date_trunc('quarter', fecha_emision) AS DATE) AS q, count(*) AS emitidas,
                   count_if(evaluable) AS evaluables, count_if(evaluable AND cumplida) AS cumplidas
            FROM recs GROUP BY 1
        ), closed AS (
            SELECT CAST(date_trunc('quarter', cierre) AS DATE) AS q, count(*) AS cerradas FROM closings GROUP BY 1
        ), joined AS (
            SELECT i.*, c.cerradas FROM issued i LEFT JOIN closed c USING (q)
        ), quarters AS (
            SELECT CAST(unnest(generate_series(CAST(min(q) AS TIMESTAMP), CAST(max(q) AS TIMESTAMP),
                                               INTERVAL 3 MONTH)) AS DATE) AS q FROM issued
        ), filled AS (
            SELECT qs.q, coalesce(j.emitidas, 0) AS emitidas, coalesce(j.cerradas, 0) AS cerradas,
                   coalesce(j.evaluables, 0) AS evaluables, coalesce(j.cumplidas, 0) AS cumplidas
            FROM quarters qs LEFT JOIN joined j USING (q)
        )
        SELECT year(q) || '-T' || quarter(q) AS trimestre, q AS trimestre_inicio,
               CAST(emitidas AS BIGINT) AS emitidas, CAST(cerradas AS BIGINT) AS cerradas,
               CAST(sum(emitidas) OVER w - sum(cerradas) OVER w AS BIGINT) AS pendientes,
               CAST(evaluables AS BIGINT) AS evaluables, CAST(cumplidas AS BIGINT) AS cumplidas,
               CASE WHEN evaluables > 0 THEN cumplidas / evaluables END AS tasa_cohorte
        FROM filled
        WINDOW w AS (ORDER BY q ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
        ORDER BY q"""))


def trend_with_changes(con):
    """The trend plus, with pandas, the change of the cohort rate on the previous quarter and
    on the same quarter a year before (every quarter is listed, so 4 rows back is a year), and
    the rate of the last four quarters: Σ complied / Σ assessable over them, missing until four
    quarters exist."""
    columns, kinds, rows = trend(con)
    frame = pd.DataFrame(rows, columns=columns)
    rate = frame["tasa_cohorte"].astype(float)
    frame["variacion_trimestral"] = rate - rate.shift(1)
    frame["variacion_interanual"] = rate - rate.shift(4)
    frame["cumplidas_4t"] = frame["cumplidas"].rolling(4).sum()
    frame["evaluables_4t"] = frame["evaluables"].rolling(4).sum()
    frame["tasa_4t"] = frame["cumplidas_4t"] / frame["evaluables_4t"]
    added = ["variacion_trimestral", "variacion_interanual", "cumplidas_4t", "evaluables_4t", "tasa_4t"]
    expected = []
    for row, record in zip(rows, frame.to_dict("records")):
        for c in added:
            value = record[c]
            row[c] = None if pd.isna(value) else (int(value) if c.endswith("s_4t") else float(value))
        expected.append(row)
    return columns + added, kinds + ["float", "float", "int", "int", "float"], expected


def per_population(con, data: pathlib.Path):
    """Recommendations issued to each unit in the twelve months up to the as-of date, per
    1,000 people in the unit's latest population count at or before the as-of date (pandas'
    merge_asof), highest first."""
    recs = con.execute("SELECT unidad_id, fecha_emision FROM recs WHERE unidad_id IS NOT NULL ORDER BY rn").df()
    start = pd.Timestamp(AS_OF) - pd.DateOffset(months=12)
    issued = (recs[pd.to_datetime(recs["fecha_emision"]) > start].groupby("unidad_id", sort=False)
              .size().rename("emitidas").reset_index())
    issued["corte"] = pd.Timestamp(AS_OF)
    population = pd.read_csv(data / POPULATION_FILE, parse_dates=["fecha"])
    population["fecha"] = population["fecha"].astype("datetime64[ns]")
    issued["corte"] = issued["corte"].astype("datetime64[ns]")
    joined = pd.merge_asof(issued.sort_values("corte"), population.sort_values("fecha"), left_on="corte",
                           right_on="fecha", by="unidad_id", direction="backward")
    joined["por_mil"] = joined["emitidas"] * 1000 / joined["poblacion"]
    joined = joined.sort_values(["por_mil", "unidad_id"], ascending=[False, True], kind="stable")
    columns = ["unidad_id", "unidad", "emitidas", "poblacion", "fecha_poblacion", "por_mil"]
    rows = [{"unidad_id": r.unidad_id, "unidad": UNIT_NAMES.get(r.unidad_id, r.unidad_id), "emitidas": int(r.emitidas),
             "poblacion": int(r.poblacion), "fecha_poblacion": r.fecha.date(), "por_mil": float(r.por_mil)}
            for r in joined.itertuples()]
    return columns, ["text", "text", "int", "int", "date", "float"], rows


def by_column(con, column: str):
    """Recommendations, assessable, complied, rate and Wilson interval per `column`, largest first."""
    columns, kinds, rows = fetch(con.execute(f"""
        SELECT {column}, CAST(count(*) AS BIGINT) AS recomendaciones, CAST(count_if(evaluable) AS BIGINT) AS evaluables,
               CAST(count_if(evaluable AND cumplida) AS BIGINT) AS cumplidas,
               CASE WHEN count_if(evaluable) > 0 THEN count_if(evaluable AND cumplida) / count_if(evaluable) END AS tasa,
               CAST(NULL AS DOUBLE) AS ic_inferior, CAST(NULL AS DOUBLE) AS ic_superior
        FROM recs GROUP BY {column} ORDER BY recomendaciones DESC, {column} NULLS LAST"""))
    for row in rows:
        row["ic_inferior"], row["ic_superior"] = wilson(row["cumplidas"], row["evaluables"])
    return columns, kinds, rows


# ---------------------------------------------------------------- Kaplan–Meier

KM_COLUMNS = ["time", "at_risk", "events", "censored", "survival", "std_error", "lower", "upper"]
KM_KINDS = ["float", "int", "int", "int", "float", "float", "float", "float"]


def survival_data(con) -> tuple[np.ndarray, np.ndarray]:
    """Days from issue to compliance (event) or to the as-of date (censored), excluded statuses left out."""
    rows = con.execute(f"""
        SELECT CASE WHEN cumplida THEN fecha_estado - fecha_emision ELSE DATE '{AS_OF}' - fecha_emision END,
               cumplida
        FROM recs WHERE NOT excluida ORDER BY rn""").fetchall()
    return np.array([r[0] for r in rows], dtype=float), np.array([bool(r[1]) for r in rows])


def km_lifelines(days: np.ndarray, events: np.ndarray) -> list[dict]:
    """One row per distinct time (event or censoring) from lifelines' event table and survival
    function; Greenwood's variance Σ d/(n(n−d)) and the log interval S·exp(±z·√var) (upper
    bound capped at 1) computed here, as R survival does with conf.type = "log"."""
    fitter = KaplanMeierFitter().fit(days, event_observed=events)
    table = fitter.event_table
    table = table[table["removed"] > 0]  # lifelines adds a row at time 0 when nothing happens there
    survival = fitter.survival_function_.iloc[:, 0].reindex(table.index).to_numpy()
    n = table["at_risk"].to_numpy(dtype=float)
    d = table["observed"].to_numpy(dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        greenwood = np.cumsum(np.where(d > 0, d / (n * (n - d)), 0.0))
    se_log = np.sqrt(greenwood)
    z = norm.ppf(0.975)
    rows = []
    for i, t in enumerate(table.index):
        s = float(survival[i])
        finite = math.isfinite(se_log[i])
        rows.append({
            "time": float(t), "at_risk": int(n[i]), "events": int(d[i]), "censored": int(table["censored"].iloc[i]),
            "survival": s,
            "std_error": s * se_log[i] if finite else None,
            "lower": s * math.exp(-z * se_log[i]) if finite else None,
            "upper": min(1.0, s * math.exp(z * se_log[i])) if finite else None,
        })
    return rows


def km_median(rows: list[dict], column: str):
    """R's rule for a survival quantile: the first time where the curve (or an interval bound)
    is at or below 0.5; where it equals 0.5 exactly, halfway to the next time it drops."""
    for i, row in enumerate(rows):
        value = row[column]
        if value is None or value > 0.5 + 1e-12:
            continue
        if abs(value - 0.5) <= 1e-12:
            later = [r["time"] for r in rows[i + 1:] if r[column] is not None and r[column] < value - 1e-12]
            return (row["time"] + later[0]) / 2 if later else row["time"]
        return row["time"]
    return None


R_SCRIPT = r"""
suppressMessages(library(survival))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1])
fit <- survfit(Surv(dias, evento) ~ 1, data = d, conf.type = "log", conf.int = 0.95)
s <- summary(fit, censored = TRUE)
out <- data.frame(time = s$time, at_risk = s$n.risk, events = s$n.event, censored = s$n.censor,
                  survival = s$surv, std_error = s$std.err, lower = s$lower, upper = s$upper)
write.csv(out, args[2], row.names = FALSE, na = "")
q <- quantile(fit, probs = 0.5)
m <- data.frame(median = q$quantile[1], lower = q$lower[1], upper = q$upper[1], n = fit$n, events = sum(fit$n.event))
write.csv(m, args[3], row.names = FALSE, na = "")
"""


def km_r(days: np.ndarray, events: np.ndarray) -> tuple[list[dict], dict] | str:
    """The same table and the median from R survival; an error message when R cannot run."""
    if shutil.which("Rscript") is None:
        return "Rscript not found on PATH"
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp)
        with open(folder / "in.csv", "w", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(["dias", "evento"])
            writer.writerows(zip(days.astype(int).tolist(), events.astype(int).tolist()))
        (folder / "km.R").write_text(R_SCRIPT)
        done = subprocess.run(["Rscript", str(folder / "km.R"), str(folder / "in.csv"), str(folder / "table.csv"),
                               str(folder / "median.csv")], capture_output=True, text=True)
        if done.returncode != 0:
            return f"Rscript failed: {done.stderr.strip()[-300:]}"
        with open(folder / "table.csv") as f:
            table = [{k: (None if v in ("", "NA") else float(v)) for k, v in row.items()} for row in csv.DictReader(f)]
        with open(folder / "median.csv") as f:
            median = {k: (None if v in ("", "NA") else float(v)) for k, v in next(csv.DictReader(f)).items()}
    for row in table:
        for key in ("at_risk", "events", "censored"):
            row[key] = int(row[key])
    return table, median


# ---------------------------------------------------------------- notes

def int_forms(n: int) -> list[str]:
    return [f"{n:,}", str(n), f"{n:,}".replace(",", ".")]


def number_forms(x) -> list[str]:
    """A median or bound as a note may print it: 1234, 1234.0, 1,234 or a dash when not reached."""
    if x is None:
        return ["—"]
    if float(x) == int(x):
        return int_forms(int(x)) + [f"{float(x)}"]
    return [f"{x}", f"{x:.1f}", f"{x:.1f}".replace(".", ",")]


def check_notes(checks: Checks, notes, figures: dict, median: dict) -> None:
    name = f"{QUERY} note"
    check_note_text(checks, f"{name} 'Datos sintéticos'", notes, "Datos sintéticos",
                    [f"usa {n} recomendaciones" for n in int_forms(figures["total"])])
    check_note_text(checks, f"{name} 'Fecha de corte'", notes, "Fecha de corte", [f"del día {AS_OF}"])
    check_note_text(checks, f"{name} 'Unidades'", notes, "Unidades",
                    [f"{n} recomendaciones estructurales no tienen unidad" for n in int_forms(figures["sin_unidad"])])
    check_note_text(checks, f"{name} 'Vencimiento'", notes, "Vencimiento",
                    [f"si falta ({n} recomendaciones), la fecha de emisión más {WINDOW_DAYS} días"
                     for n in int_forms(figures["sin_fecha_limite"])])
    check_note_text(checks, f"{name} 'Evaluables'", notes, "Evaluables",
                    [f"no corresponden ({a}) y las aún no vencidas a la fecha de corte ({b}). Evaluables: {c}."
                     for a, b, c in zip(int_forms(figures["excluidas"]), int_forms(figures["no_vencidas"]),
                                        int_forms(figures["evaluables"]))])
    check_note_text(checks, f"{name} 'Tasa ponderada'", notes, "Tasa ponderada",
                    [f"cuentan {PARTIAL_WEIGHT}", f"cuentan {str(PARTIAL_WEIGHT).replace('.', ',')}"])
    check_note_text(checks, f"{name} 'Ranking'", notes, "Ranking", [f"menos de {MIN_RANKED} recomendaciones evaluables"])
    check_note_text(checks, f"{name} 'Tiempo hasta el cumplimiento' median", notes, "Tiempo hasta el cumplimiento",
                    [f"Mediana: {m} días (IC 95 %: {lo} a {hi};"
                     for m in number_forms(median["median"]) for lo in number_forms(median["lower"])
                     for hi in number_forms(median["upper"])])
    check_note_text(checks, f"{name} 'Tiempo hasta el cumplimiento' counts", notes, "Tiempo hasta el cumplimiento",
                    [f"sobre {n} recomendaciones con {e} cumplimientos"
                     for n, e in zip(int_forms(median["n"]), int_forms(median["events"]))])


# ---------------------------------------------------------------- main

def compare(checks: Checks, out: pathlib.Path, table: str, result, sort_keys: list[str]) -> None:
    columns, kinds, rows = result
    compare_csv_rows(checks, f"{QUERY}/{table}", out / f"{table}.csv", columns, kinds, rows, sort_keys)


def check_km(checks: Checks, con, out: pathlib.Path) -> dict:
    """Compares the engine's Kaplan–Meier table with lifelines (+ Greenwood/log computed here)
    and with R survival; returns the median figures for the note (R's when R ran)."""
    days, events = survival_data(con)
    ours = km_lifelines(days, events)
    compare_csv_rows(checks, f"{QUERY}/tiempo_hasta_cumplimiento", out / "tiempo_hasta_cumplimiento.csv",
                     KM_COLUMNS, KM_KINDS, ours, ["time"])
    median = {"median": km_median(ours, "survival"), "lower": km_median(ours, "upper"),
              "upper": km_median(ours, "lower"), "n": len(days), "events": int(events.sum())}
    from_r = km_r(days, events)
    if isinstance(from_r, str):
        checks.fail(f"{QUERY}/tiempo_hasta_cumplimiento (R survival)", from_r)
        return median
    table, r_median = from_r
    compare_csv_rows(checks, f"{QUERY}/tiempo_hasta_cumplimiento (R survival)", out / "tiempo_hasta_cumplimiento.csv",
                     KM_COLUMNS, KM_KINDS, table, ["time"])
    r_fig = {"median": r_median["median"], "lower": r_median["lower"], "upper": r_median["upper"],
             "n": int(r_median["n"]), "events": int(r_median["events"])}
    same = all((median[k] is None and r_fig[k] is None) or
               (median[k] is not None and r_fig[k] is not None and close(median[k], r_fig[k])) for k in median)
    checks.check(same, f"{QUERY} median time to compliance: lifelines-based and R agree",
                 f"median {median['median']} (IC {median['lower']} a {median['upper']}), {median['n']} recommendations, "
                 f"{median['events']} events" + ("" if same else f"; R says {r_fig}"))
    return r_fig


def main(argv: list[str]) -> int:
    args = argv[1:]
    data = QUERIES / "data"
    if len(args) == 3 and args[1] == "--data":
        data = pathlib.Path(args[2])
        args = args[:1]
    if len(args) != 1:
        print(__doc__.splitlines()[2], file=sys.stderr)
        return 64
    out = pathlib.Path(args[0]) / QUERY
    checks = Checks("recompute_informe")
    con = duckdb.connect()
    con.execute("SET threads = 1")  # keeps insertion order, so rowid is the file's row order
    check_unit_normaliser(checks)
    load(con, checks, data)
    figures = counts(con)
    print(f"     ({QUERY}: recomputed {figures})")
    units = by_unit(con)
    compare(checks, out, "cumplimiento_por_unidad", units, ["puesto", "evaluables", "unidad_id"])
    compare(checks, out, "ranking_grafico", ranking_chart(units), ["puesto", "evaluables"])
    compare(checks, out, "vencidas", overdue(con), ["dias_vencida", "id"])
    compare(checks, out, "antiguedad", ageing(con), ["total", "unidad"])
    compare(checks, out, "tendencia", trend_with_changes(con), ["trimestre_inicio"])
    compare(checks, out, "tasa_por_poblacion", per_population(con, data), ["por_mil", "unidad_id"])
    compare(checks, out, "por_tema", by_column(con, "tema"), ["recomendaciones", "tema"])
    compare(checks, out, "por_emisor", by_column(con, "emisor"), ["recomendaciones", "emisor"])
    median = check_km(checks, con, out)
    check_notes(checks, notes_sheet(out / f"{QUERY}.xlsx", "Notas"), figures, median)
    return checks.finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
