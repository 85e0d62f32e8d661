#!/usr/bin/env python3
"""Recompute every table of the two bundled analyses independently and compare with the engine.

Usage: python3 Tests/CrossCheck/recompute_analyses.py OUTPUT_DIR

OUTPUT_DIR is what `oversight run Queries/ --out OUTPUT_DIR` wrote. The tables of
Queries/pfd-custody-report.query and Queries/occupancy-ranking.query are rebuilt from the raw
CSVs in Queries/data/ with DuckDB SQL written from the queries' definitions (the Wilson interval
comes from statsmodels), and compared with OUTPUT_DIR/<query>/<table>.csv:

- the same header, the same number of rows, and the rows in the same order. The order is the
  query's sort with the query's tie-breakers plus the input row order (the engine's sort is
  stable); rows that still tie on every sort key are compared as a set;
- integer columns exactly, doubles to 1e-9 relative, text exactly (formula-like text carries a
  leading "'" in CSV), dates as ISO strings, nulls as empty cells.

It also recomputes the figures the notes quote (reports without an addressee count, capped
responses, unit-semesters left out) and checks that each appears in the xlsx Notes sheet.

Why: a second implementation on a different engine, written from the query text and the domain
definitions, catches wrong semantics (nulls, ties, bins, joins) that unit tests written
alongside the engine would share with it. Each check prints one `ok`/`FAIL` line; the exit
status is non-zero if any check fails.
"""

from __future__ import annotations

import pathlib
import sys

import duckdb
import openpyxl
from statsmodels.stats.proportion import proportion_confint

from crosscheck_common import QUERIES, Checks, close, compare_csv_rows, kind_of_duckdb_type, read_csv

DATA = QUERIES / "data"
PFD_CSV = DATA / "pfd_state_custody_subset.csv"
SISDEPEN_CSV = DATA / "sisdepen_2019_facility_extract.csv"

# Parameters, as declared with `let` in the two query files.
AS_OF = "2022-07-14"
RESPONSE_WINDOW = 56
MIN_REPORTS = 5
LATEST_SEMESTER = "2019-12-31"
PREVIOUS_SEMESTER = "2019-06-30"
MIN_CAPACITY = 10
MAX_OCCUPANCY = 10
BUCKETS = ["0–29", "30–89", "90–179", "180–364", "365+"]

MALE_PLACES = '"1.3 Capacidade do estabelecimento | Masculino | Total"'
FEMALE_PLACES = '"1.3 Capacidade do estabelecimento | Feminino | Total"'
POPULATION = '"4.1 População prisional | Total"'
UNIT_TYPE = '"1.2 Tipo de estabelecimento - originalmente destinado"'


# ---------------------------------------------------------------- PFD: coroners' reports

def load_reports(con: duckdb.DuckDBPyConnection) -> None:
    """The `reports` pipeline: rows up to the as-of date, with due date, sent, answered, open.

    `rn` is the row's position in the file (DuckDB keeps insertion order), used as the last
    tie-breaker because the engine's sort is stable. Counts are written `6.0` in the file and
    read as integers. `least` is null when either side is null (DuckDB's `least` would skip
    the null, so it is spelled out).
    """
    con.execute(f"CREATE TABLE pfd_raw AS SELECT * FROM read_csv('{PFD_CSV}', all_varchar = true, header = true)")
    con.execute(f"""
        CREATE TABLE reports AS
        WITH typed AS (
            SELECT rowid AS rn, ref, coroner_area,
                   CAST(strptime(date_of_report, '%d %B %Y') AS DATE) AS issued_on,
                   CAST(CAST(sent_count AS DOUBLE) AS BIGINT) AS sent,
                   CAST(CAST(responses AS DOUBLE) AS BIGINT) AS responses
            FROM pfd_raw
        ), derived AS (
            SELECT *, issued_on + {RESPONSE_WINDOW} AS due_on,
                   CASE WHEN responses IS NULL OR sent IS NULL THEN NULL ELSE least(responses, sent) END AS answered
            FROM typed
            WHERE issued_on <= DATE '{AS_OF}'
        )
        SELECT *, coalesce((sent IS NOT NULL AND answered < sent) OR (sent IS NULL AND responses = 0), false) AS open
        FROM derived""")


def pfd_counts_are_whole(con) -> bool:
    """Whether every sent_count and responses value is a whole number (`6.0`)."""
    bad = con.execute("""
        SELECT count(*) FROM pfd_raw
        WHERE CAST(sent_count AS DOUBLE) <> floor(CAST(sent_count AS DOUBLE))
           OR CAST(responses AS DOUBLE) <> floor(CAST(responses AS DOUBLE))""").fetchone()[0]
    return bad == 0


def treatment(con) -> dict:
    """The figures the note 'Reports without an addressee count' and its neighbour quote."""
    row = con.execute("""
        SELECT count(*), count_if(sent IS NULL), count_if(sent IS NULL AND responses = 0),
               count_if(responses > sent)
        FROM reports""").fetchone()
    return dict(zip(("rows", "no_sent", "no_sent_open", "capped"), row))


def response_by_quarter(con):
    """Known-addressee reports by calendar quarter of issue, every quarter between the first and
    last present (missing ones as zeros), with the Wilson 95 % interval from statsmodels."""
    frame = con.execute("""
        WITH grouped AS (
            SELECT CAST(date_trunc('quarter', issued_on) AS DATE) AS quarter_start,
                   count(*) AS reports, sum(sent) AS sent, sum(answered) AS answered
            FROM reports WHERE sent IS NOT NULL GROUP BY 1
        ), quarters AS (
            SELECT CAST(unnest(generate_series(CAST(min(quarter_start) AS TIMESTAMP),
                                               CAST(max(quarter_start) AS TIMESTAMP),
                                               INTERVAL 3 MONTH)) AS DATE) AS quarter_start
            FROM grouped
        )
        SELECT year(q.quarter_start) || '-Q' || quarter(q.quarter_start) AS quarter,
               q.quarter_start,
               CAST(coalesce(g.reports, 0) AS BIGINT) AS reports,
               CAST(coalesce(g.sent, 0) AS BIGINT) AS sent,
               CAST(coalesce(g.answered, 0) AS BIGINT) AS answered,
               CASE WHEN coalesce(g.sent, 0) > 0 THEN g.answered / g.sent END AS response_rate,
               CAST(NULL AS DOUBLE) AS ci_low, CAST(NULL AS DOUBLE) AS ci_high
        FROM quarters q LEFT JOIN grouped g USING (quarter_start)
        ORDER BY q.quarter_start""")
    columns, types, rows = fetch(frame)
    for row in rows:
        if row["sent"] > 0:
            row["ci_low"], row["ci_high"] = proportion_confint(row["answered"], row["sent"], alpha=0.05, method="wilson")
    return columns, types, rows


def overdue_sql() -> str:
    buckets = " ".join(
        f"WHEN days_overdue >= {low} AND days_overdue < {high} THEN '{label}'"
        for (low, high), label in zip([(0, 30), (30, 90), (90, 180), (180, 365)], BUCKETS))
    return f"""
        WITH o AS (
            SELECT rn, ref, issued_on, due_on, coroner_area, sent, answered,
                   sent - answered AS awaiting,
                   DATE '{AS_OF}' - issued_on AS days_open,
                   DATE '{AS_OF}' - due_on AS days_overdue
            FROM reports
            WHERE open AND due_on < DATE '{AS_OF}'
        )
        SELECT *, CASE {buckets} WHEN days_overdue >= 365 THEN '{BUCKETS[-1]}' END AS bucket FROM o"""


def overdue(con):
    """Open reports past their due date, most days overdue first, then by ref."""
    return fetch(con.execute(f"""
        SELECT ref, issued_on, due_on, coroner_area, sent, answered, awaiting, days_open, days_overdue, bucket
        FROM ({overdue_sql()}) ORDER BY days_overdue DESC NULLS LAST, ref NULLS LAST, rn"""))


def ageing(con):
    """Overdue reports per bucket; every bucket listed in order, missing ones with zero counts.

    A bucket that exists keeps SQL's sum over its rows (null when every `awaiting` is null);
    a bucket added by `complete ... zero:{reports, awaiting}` gets 0 in those two columns and
    no oldest age (null).
    """
    order = ", ".join(f"('{label}', {i})" for i, label in enumerate(BUCKETS))
    return fetch(con.execute(f"""
        WITH wanted(bucket, position) AS (VALUES {order}),
        grouped AS (
            SELECT bucket, min(rn) AS first_rn, count(*) AS reports, sum(awaiting) AS awaiting,
                   max(days_overdue) AS oldest_days_overdue
            FROM ({overdue_sql()}) GROUP BY bucket
        )
        SELECT coalesce(w.bucket, g.bucket) AS bucket,
               CAST(coalesce(g.reports, 0) AS BIGINT) AS reports,
               CAST(CASE WHEN g.reports IS NULL THEN 0 ELSE g.awaiting END AS BIGINT) AS awaiting,
               CAST(g.oldest_days_overdue AS BIGINT) AS oldest_days_overdue
        FROM wanted w FULL JOIN grouped g USING (bucket)
        ORDER BY coalesce(w.position, 99), g.first_rn"""))


def area_ranking_sql() -> str:
    return f"""
        WITH grouped AS (
            SELECT coroner_area, min(rn) AS first_rn, count(*) AS reports,
                   sum(sent) AS sent, sum(answered) AS answered
            FROM reports WHERE sent IS NOT NULL GROUP BY coroner_area
        ), rated AS (
            SELECT *, CASE WHEN sent <> 0 THEN answered / sent END AS response_rate,
                   reports >= {MIN_REPORTS} AND sent <> 0 AS eligible
            FROM grouped
        ), ranked AS (
            SELECT *, CASE WHEN eligible THEN rank() OVER (PARTITION BY eligible ORDER BY response_rate DESC) END AS rank
            FROM rated
        )
        SELECT CAST(rank AS BIGINT) AS rank, coroner_area, reports, CAST(sent AS BIGINT) AS sent,
               CAST(answered AS BIGINT) AS answered, response_rate,
               CASE WHEN rank IS NOT NULL THEN 'ranked'
                    ELSE 'too few to rank (under {MIN_REPORTS} reports)' END AS standing,
               first_rn
        FROM ranked"""


def area_ranking(con):
    """Coroner areas by response rate (competition ranks among areas with enough reports)."""
    return fetch(con.execute(f"""
        SELECT * EXCLUDE (first_rn) FROM ({area_ranking_sql()})
        ORDER BY rank NULLS LAST, reports DESC NULLS LAST, coroner_area NULLS LAST, first_rn"""))


def top_areas(con):
    """The first 20 ranked areas, in the ranking's order."""
    return fetch(con.execute(f"""
        SELECT rank, coroner_area, reports, sent, answered, response_rate FROM ({area_ranking_sql()})
        WHERE rank IS NOT NULL
        ORDER BY rank NULLS LAST, reports DESC NULLS LAST, coroner_area NULLS LAST, first_rn
        LIMIT 20"""))


# ---------------------------------------------------------------- SISDEPEN: occupancy

def load_units(con) -> None:
    """The `units` pipeline: capacity, population, occupancy and the plausibility rule."""
    con.execute(f"CREATE TABLE sis_raw AS SELECT * FROM read_csv('{SISDEPEN_CSV}', all_varchar = true, header = true)")
    con.execute(f"""
        CREATE TABLE units AS
        WITH typed AS (
            SELECT rowid AS rn, CAST(periodo_referencia AS DATE) AS semester,
                   "Nome do Estabelecimento" AS unit, UF AS state, "Município" AS municipality,
                   {UNIT_TYPE} AS unit_type,
                   coalesce(CAST({MALE_PLACES} AS BIGINT), 0) + coalesce(CAST({FEMALE_PLACES} AS BIGINT), 0) AS capacity,
                   CAST({POPULATION} AS BIGINT) AS population
            FROM sis_raw
        ), derived AS (
            SELECT *, CASE WHEN capacity <> 0 THEN population / capacity END AS occupancy,
                   contains(lower(unit_type), 'monitora') OR contains(lower(unit), 'monitora') AS monitoring
            FROM typed
        )
        SELECT rn, semester, state, municipality, unit, unit_type, capacity, population, occupancy,
               CASE WHEN capacity = 0 THEN 'no places reported'
                    WHEN monitoring THEN 'electronic monitoring: people are not held in the unit''s places'
                    WHEN capacity < {MIN_CAPACITY} THEN 'fewer than {MIN_CAPACITY} places reported (a placeholder value)'
                    WHEN occupancy > {MAX_OCCUPANCY} THEN 'occupancy over 1,000 % (implausible; check the source)'
               END AS exclusion
        FROM derived""")
    con.execute(f"CREATE VIEW latest AS SELECT * FROM units WHERE semester = DATE '{LATEST_SEMESTER}' AND exclusion IS NULL")
    con.execute(f"CREATE VIEW previous AS SELECT * FROM units WHERE semester = DATE '{PREVIOUS_SEMESTER}' AND exclusion IS NULL")


def competition_rank(value: str) -> str:
    """SQL for a descending competition rank that leaves nulls unranked."""
    return (f"CASE WHEN {value} IS NOT NULL THEN rank() OVER "
            f"(PARTITION BY {value} IS NULL ORDER BY {value} DESC) END")


def most_overcrowded(con):
    return fetch(con.execute(f"""
        WITH r AS (SELECT *, {competition_rank('occupancy')} AS rank FROM latest)
        SELECT CAST(rank AS BIGINT) AS rank, unit, state, municipality, population, capacity, occupancy FROM r
        ORDER BY rank NULLS LAST, state NULLS LAST, unit NULLS LAST, rn
        LIMIT 20"""))


def by_state(con):
    return fetch(con.execute(f"""
        WITH g AS (
            SELECT state, count(*) AS units, sum(population) AS population, sum(capacity) AS capacity
            FROM latest GROUP BY state
        ), o AS (SELECT *, CASE WHEN capacity <> 0 THEN population / capacity END AS occupancy FROM g),
        r AS (SELECT *, {competition_rank('occupancy')} AS rank FROM o)
        SELECT CAST(rank AS BIGINT) AS rank, state, units, CAST(population AS BIGINT) AS population,
               CAST(capacity AS BIGINT) AS capacity, occupancy
        FROM r ORDER BY rank NULLS LAST, state NULLS LAST"""))


def change(con):
    """Units plausible in both semesters, matched on state, municipality and name (an inner
    join: a null key matches nothing), largest increase in occupancy first."""
    return fetch(con.execute("""
        SELECT l.unit, l.state, l.municipality,
               p.population AS population_before, p.capacity AS capacity_before, p.occupancy AS occupancy_before,
               l.population, l.capacity, l.occupancy, l.occupancy - p.occupancy AS occupancy_change
        FROM latest l JOIN previous p
          ON l.state = p.state AND l.municipality = p.municipality AND l.unit = p.unit
        ORDER BY occupancy_change DESC NULLS LAST, l.state NULLS LAST, l.unit NULLS LAST, l.rn, p.rn"""))


def excluded(con):
    return fetch(con.execute("""
        SELECT semester, state, municipality, unit, unit_type, capacity, population, occupancy, exclusion
        FROM units WHERE exclusion IS NOT NULL
        ORDER BY semester NULLS LAST, state NULLS LAST, unit NULLS LAST, rn"""))


def unit_counts(con) -> dict:
    row = con.execute(f"""
        SELECT count(*), count_if(semester = DATE '{LATEST_SEMESTER}'),
               count_if(semester = DATE '{LATEST_SEMESTER}' AND exclusion IS NOT NULL),
               count_if(exclusion IS NOT NULL)
        FROM units""").fetchone()
    return dict(zip(("rows", "latest_rows", "excluded_latest", "excluded_all"), row))


# ---------------------------------------------------------------- comparison

def fetch(relation):
    """Column names, column kinds (int/float/date/text) and rows (dicts) of a DuckDB result."""
    columns = [d[0] for d in relation.description]
    kinds = [kind_of_duckdb_type(str(d[1])) for d in relation.description]
    rows = [dict(zip(columns, values)) for values in relation.fetchall()]
    return columns, kinds, rows


def compare_table(checks: Checks, out_dir: pathlib.Path, query: str, table: str, result, sort_keys) -> None:
    """Compares a recomputed table with OUTPUT_DIR/<query>/<table>.csv, column by column."""
    columns, kinds, expected = result
    compare_csv_rows(checks, f"{query}/{table}", out_dir / query / f"{table}.csv", columns, kinds, expected, sort_keys)


# ---------------------------------------------------------------- notes

def notes_text(out_dir: pathlib.Path, query: str) -> dict[str, str] | None:
    """The Notes sheet of the query's workbook as {indicator: definition}."""
    path = out_dir / query / f"{query}.xlsx"
    if not path.exists():
        return None
    sheet = openpyxl.load_workbook(path, read_only=True)["Notes"]
    notes = {}
    for row in sheet.iter_rows(values_only=True):
        if row and isinstance(row[0], str) and len(row) > 1 and isinstance(row[1], str):
            notes[row[0]] = row[1]
    return notes


def number_forms(n: int) -> set[str]:
    """An integer as a note may print it: 2847 or 2,847."""
    return {str(n), f"{n:,}"}


def check_note(checks: Checks, notes, query: str, indicator: str, template: str, figures: dict) -> None:
    """Checks that the note `indicator` contains `template` filled with `figures`, with each
    integer written plainly or with thousands separators."""
    name = f"{query} note '{indicator}'"
    if notes is None or indicator not in notes:
        checks.fail(name, "note not found in the Notes sheet")
        return
    candidates = {template.format(**figures)} | {
        template.format(**{k: f"{v:,}" if isinstance(v, int) else v for k, v in figures.items()})}
    text = notes[indicator]
    found = any(c in text for c in candidates)
    expected = sorted(candidates)[0]
    checks.check(found, name, f"contains {expected!r}" if found else f"expected {expected!r}; the note reads {text!r}")


def check_pfd_notes(checks: Checks, notes, figures: dict) -> None:
    query = "pfd-custody-report"
    check_note(checks, notes, query, "Reports without an addressee count",
               "{no_sent} of {rows} reports give no number of addressees", figures)
    check_note(checks, notes, query, "Reports without an addressee count",
               "Of them, {no_sent_open} received no response at all", figures)
    check_note(checks, notes, query, "More responses than addressees",
               "{capped} reports record more responses than addressees", figures)
    check_note(checks, notes, query, "As-of date", "at the end of {as_of}.", {"as_of": AS_OF})
    check_note(checks, notes, query, "Due date", "plus {days} days", {"days": RESPONSE_WINDOW})
    check_note(checks, notes, query, "Ranking", "fewer than {n} reports", {"n": MIN_REPORTS})


def check_occupancy_notes(checks: Checks, notes, figures: dict) -> None:
    query = "occupancy-ranking"
    check_note(checks, notes, query, "Plausibility rule",
               "{excluded_all} of {rows} unit-semesters are left out "
               "({excluded_latest} of {latest_rows} in the latest semester)", figures)
    check_note(checks, notes, query, "Plausibility rule", "fewer than {n} places", {"n": MIN_CAPACITY})
    check_note(checks, notes, query, "Plausibility rule", "occupancy is above {n} (1,000 %)", {"n": MAX_OCCUPANCY})


# ---------------------------------------------------------------- main

def check_pfd(checks: Checks, con, out_dir: pathlib.Path) -> None:
    query = "pfd-custody-report"
    load_reports(con)
    checks.check(pfd_counts_are_whole(con), f"{query} input counts", "every sent_count and responses is a whole number")
    figures = treatment(con)
    print(f"     ({query}: recomputed {figures})")
    compare_table(checks, out_dir, query, "response_by_quarter", response_by_quarter(con), ["quarter_start"])
    compare_table(checks, out_dir, query, "overdue", overdue(con), ["days_overdue", "ref"])
    compare_table(checks, out_dir, query, "ageing", ageing(con), ["bucket"])
    compare_table(checks, out_dir, query, "area_ranking", area_ranking(con), ["rank", "reports", "coroner_area"])
    compare_table(checks, out_dir, query, "top_areas", top_areas(con), ["rank", "reports", "coroner_area"])
    check_wilson_matches_rate(checks, out_dir / query / "response_by_quarter.csv")
    check_pfd_notes(checks, notes_text(out_dir, query), figures)


def check_wilson_matches_rate(checks: Checks, path: pathlib.Path) -> None:
    """Sanity of the engine's interval: ci_low <= response_rate <= ci_high on every row."""
    if not path.exists():
        return
    header, rows = read_csv(path)
    rate, low, high = (header.index(c) for c in ("response_rate", "ci_low", "ci_high"))
    bad = [r for r in rows if r[rate] and not (float(r[low]) <= float(r[rate]) <= float(r[high])
                                               or close(float(r[low]), float(r[rate]))
                                               or close(float(r[high]), float(r[rate])))]
    checks.check(not bad, "pfd-custody-report/response_by_quarter interval", f"ci_low <= response_rate <= ci_high on {len(rows) - len(bad)} of {len(rows)} rows")


def check_occupancy(checks: Checks, con, out_dir: pathlib.Path) -> None:
    query = "occupancy-ranking"
    load_units(con)
    figures = unit_counts(con)
    print(f"     ({query}: recomputed {figures})")
    compare_table(checks, out_dir, query, "most_overcrowded", most_overcrowded(con), ["rank", "state", "unit"])
    compare_table(checks, out_dir, query, "by_state", by_state(con), ["rank", "state"])
    compare_table(checks, out_dir, query, "change", change(con), ["occupancy_change", "state", "unit"])
    compare_table(checks, out_dir, query, "excluded", excluded(con), ["semester", "state", "unit"])
    check_occupancy_notes(checks, notes_text(out_dir, query), figures)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.splitlines()[2], file=sys.stderr)
        return 64
    out_dir = pathlib.Path(argv[1])
    checks = Checks("recompute_analyses")
    con = duckdb.connect()
    con.execute("SET threads = 1")  # keeps insertion order, so rowid is the file's row order
    check_pfd(checks, con, out_dir)
    check_occupancy(checks, con, out_dir)
    return checks.finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
