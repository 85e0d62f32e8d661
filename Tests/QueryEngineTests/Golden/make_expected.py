#!/usr/bin/env python3
"""Computes the expected result of every golden query with DuckDB, from the same input.

Each case pairs a query in the engine's language (`<name>.query`) with the SQL that means the
same thing; DuckDB runs the SQL on `recommendations.csv` and its result is written to
`<name>.expected.csv`, which `swift test` compares with the engine's output. Run it again to
regenerate the fixtures; `--check` only compares and exits non-zero on a difference.

Semantics the SQL spells out where DuckDB's defaults differ from the engine's documented ones:
division by zero gives NULL (NULLIF), groups come in order of first appearance (ORDER BY the
first row number), nulls are never ranked, nulls sort last.
"""
import csv, io, math, os, sys
import duckdb

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "recommendations.csv")
PREAMBLE = f"""
CREATE TABLE r AS SELECT row_number() OVER () AS _row, * FROM read_csv('{SOURCE}', header=true,
  columns={{'id':'BIGINT','facility':'VARCHAR','issued_on':'DATE','status':'VARCHAR','sent':'BIGINT',
            'responses':'BIGINT','score':'DOUBLE','urgent':'BOOLEAN'}});
"""

CASES = {
 "filter_sort": ("""
from "recommendations.csv"
filter sent > 2 && status != "withdrawn"
sort {-score, id}
select {id, facility, score}
""", "SELECT id, facility, score FROM r WHERE sent > 2 AND status <> 'withdrawn' ORDER BY score DESC NULLS LAST, id"),

 "group_aggregates": ("""
from "recommendations.csv"
group {facility} (aggregate {
  n = count this,
  scored = count score,
  sent = sum sent,
  mean_score = mean score,
  low = min score,
  high = max score,
  middle = median score,
  urgent = count_if urgent,
  first_issue = min issued_on,
  last_status = max status,
})
""", """SELECT facility, count(*) AS n, count(score) AS scored, sum(sent) AS sent, avg(score) AS mean_score,
  min(score) AS low, max(score) AS high, quantile_cont(score, 0.5) AS middle,
  count(*) FILTER (WHERE urgent) AS urgent, min(issued_on) AS first_issue, max(status) AS last_status
FROM r GROUP BY facility ORDER BY min(_row)"""),

 "aggregate_without_keys": ("""
from "recommendations.csv"
aggregate {n = count this, total = sum responses, average = mean score, latest = max issued_on}
""", "SELECT count(*) AS n, sum(responses) AS total, avg(score) AS average, max(issued_on) AS latest FROM r"),

 "arithmetic_nulls": ("""
from "recommendations.csv"
derive {
  rate = responses / sent,
  gap = sent - responses,
  half = sent // 2,
  rest = sent % 3,
  scaled = score * 2 + 1,
  power = sent ** 2,
}
select {id, rate, gap, half, rest, scaled, power}
""", """SELECT id, responses / NULLIF(sent, 0) AS rate, sent - responses AS gap, sent // 2 AS half,
  sent % 3 AS rest, score * 2 + 1 AS scaled, pow(sent, 2) AS power FROM r ORDER BY _row"""),

 "logic_three_valued": ("""
from "recommendations.csv"
derive {
  both = urgent && sent > 2,
  either = urgent || sent > 2,
  neither = !(urgent || sent > 2),
  missing = score == null,
  present = score != null,
}
select {id, both, either, neither, missing, present}
""", """SELECT id, urgent AND sent > 2 AS both, urgent OR sent > 2 AS either, NOT (urgent OR sent > 2) AS neither,
  score IS NULL AS missing, score IS NOT NULL AS present FROM r ORDER BY _row"""),

 "coalesce_case": ("""
from "recommendations.csv"
derive {
  answered = responses ?? 0,
  best = coalesce score responses 0,
  band = case [score >= 7 => "high", score >= 3 => "middle", true => "low"],
  maybe = case [urgent => sent],
}
select {id, answered, best, band, maybe}
""", """SELECT id, coalesce(responses, 0) AS answered, coalesce(score, responses, 0) AS best,
  CASE WHEN score >= 7 THEN 'high' WHEN score >= 3 THEN 'middle' ELSE 'low' END AS band,
  CASE WHEN urgent THEN sent END AS maybe FROM r ORDER BY _row"""),

 "string_order": ("""
from "recommendations.csv"
sort {facility, id}
select {id, facility}
""", "SELECT id, facility FROM r ORDER BY facility NULLS LAST, id"),

 "sort_descending_nulls_first": ("""
from "recommendations.csv"
sort {-responses, -id} nulls:first
select {id, responses}
""", "SELECT id, responses FROM r ORDER BY responses DESC NULLS FIRST, id DESC"),

 "take_range": ("""
from "recommendations.csv"
sort {id}
take 3..5
select {id}
""", "SELECT id FROM r ORDER BY id LIMIT 3 OFFSET 2"),

 "rank_methods": ("""
from "recommendations.csv"
derive {
  competition = rank score ties:competition descending:true,
  dense = rank score ties:dense descending:true,
  ordinal = rank score ties:ordinal descending:true,
  top = rank score ties:max descending:true,
  average = rank score ties:average descending:true,
  ascending = rank score,
}
select {id, score, competition, dense, ordinal, top, average, ascending}
""", """SELECT id, score,
  CASE WHEN score IS NOT NULL THEN rank() OVER (PARTITION BY score IS NULL ORDER BY score DESC) END AS competition,
  CASE WHEN score IS NOT NULL THEN dense_rank() OVER (PARTITION BY score IS NULL ORDER BY score DESC) END AS dense,
  CASE WHEN score IS NOT NULL THEN row_number() OVER (PARTITION BY score IS NULL ORDER BY score DESC, _row) END AS ordinal,
  CASE WHEN score IS NOT NULL THEN (rank() OVER (PARTITION BY score IS NULL ORDER BY score DESC)
       + count(*) OVER (PARTITION BY score IS NULL, score) - 1) END AS top,
  CASE WHEN score IS NOT NULL THEN (rank() OVER (PARTITION BY score IS NULL ORDER BY score DESC)
       + (count(*) OVER (PARTITION BY score IS NULL, score) - 1) / 2.0) END AS average,
  CASE WHEN score IS NOT NULL THEN rank() OVER (PARTITION BY score IS NULL ORDER BY score) END AS ascending
FROM r ORDER BY _row"""),

 "rank_eligible": ("""
from "recommendations.csv"
derive {place = rank score ties:competition descending:true where:(sent >= 3)}
select {id, place}
""", """SELECT id, CASE WHEN score IS NOT NULL AND sent >= 3 THEN
  rank() OVER (PARTITION BY score IS NOT NULL AND sent >= 3 ORDER BY score DESC) END AS place FROM r ORDER BY _row"""),

 "dates": ("""
from "recommendations.csv"
derive {
  due_on = add_days issued_on 56,
  later = add_months issued_on 1,
  age = days_between issued_on @2024-07-01,
  q = quarter_start issued_on,
  label = quarter_label issued_on,
  etiqueta = quarter_label issued_on letter:"T",
  y = year issued_on,
  m = month issued_on,
}
select {id, due_on, later, age, q, label, etiqueta, y, m}
""", """SELECT id, issued_on + 56 AS due_on, CAST(issued_on + INTERVAL 1 MONTH AS DATE) AS later,
  DATE '2024-07-01' - issued_on AS age, CAST(date_trunc('quarter', issued_on) AS DATE) AS q,
  strftime(issued_on, '%Y') || '-Q' || quarter(issued_on) AS label,
  strftime(issued_on, '%Y') || '-T' || quarter(issued_on) AS etiqueta,
  year(issued_on) AS y, month(issued_on) AS m FROM r ORDER BY _row"""),

 "fill_quarters": ("""
from "recommendations.csv"
group {q = quarter_start issued_on} (aggregate {issued = count this, answered = sum responses})
fill_quarters q
""", """WITH g AS (SELECT CAST(date_trunc('quarter', issued_on) AS DATE) AS q, count(*) AS issued, sum(responses) AS answered FROM r GROUP BY 1),
  s AS (SELECT CAST(unnest(generate_series(min(q), max(q), INTERVAL 3 MONTH)) AS DATE) AS q FROM g)
SELECT s.q, coalesce(g.issued, 0) AS issued, CASE WHEN g.q IS NULL THEN 0 ELSE g.answered END AS answered
FROM s LEFT JOIN g USING (q) ORDER BY s.q"""),

 "whole_relation_aggregate": ("""
from "recommendations.csv"
filter (score == (max score) || score == (min score))
select {id, score}
""", "SELECT id, score FROM r WHERE score = (SELECT max(score) FROM r) OR score = (SELECT min(score) FROM r) ORDER BY _row"),

 "text_functions": ("""
from "recommendations.csv"
derive {low = lower facility, high = upper facility, has_u = contains facility "U", size = text_length facility}
select {id, low, high, has_u, size}
""", """SELECT id, lower(facility) AS low, upper(facility) AS high, contains(facility, 'U') AS has_u,
  length(facility) AS size FROM r ORDER BY _row"""),

 "running_sum": ("""
from "recommendations.csv"
sort {issued_on}
derive {issued = running_sum sent, answered = running_sum responses, points = running_sum score}
select {id, issued, answered, points}
""", """SELECT id, sum(sent) OVER w AS issued, sum(responses) OVER w AS answered, sum(score) OVER w AS points
FROM r WINDOW w AS (ORDER BY issued_on, _row ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) ORDER BY issued_on, _row"""),

 "join_inner_and_left": ("""
let totals = (
  from "recommendations.csv"
  group {facility} (aggregate {facility_sent = sum sent})
)
from "recommendations.csv"
join side:left totals (==facility)
select {id, facility, facility_sent}
""", """WITH t AS (SELECT facility, sum(sent) AS facility_sent FROM r GROUP BY facility)
SELECT r.id, r.facility, t.facility_sent FROM r LEFT JOIN t ON r.facility = t.facility ORDER BY r._row"""),
}


def run_sql(sql):
    con = duckdb.connect()
    con.execute(PREAMBLE)
    cursor = con.execute(sql)
    names = [d[0] for d in cursor.description]
    return names, cursor.fetchall()


def render(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    return str(value)


def expected_csv(names, rows):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(names)
    for row in rows:
        writer.writerow([render(v) for v in row])
    return out.getvalue()


def main():
    check = "--check" in sys.argv
    failures = 0
    for name, (query, sql) in CASES.items():
        body = query.strip() + "\n"
        if name == "join_inner_and_left":
            # The main pipeline of a golden case is the last relation, named `result`.
            body = body.replace('\nfrom "recommendations.csv"\njoin', '\nlet result = (\nfrom "recommendations.csv"\njoin', 1) + ")\n"
        else:
            body = "let result = (\n" + body + ")\n"
        text = expected_csv(*run_sql(sql))
        paths = {".query": body, ".expected.csv": text}
        for suffix, content in paths.items():
            path = os.path.join(HERE, name + suffix)
            if check:
                with open(path, encoding="utf-8") as f:
                    same = f.read() == content
                print(("ok  " if same else "FAIL") + f" {name}{suffix}")
                failures += not same
            else:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(content)
    if check:
        print(f"{len(CASES) * 2 - failures} passed, {failures} failed")
        sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
