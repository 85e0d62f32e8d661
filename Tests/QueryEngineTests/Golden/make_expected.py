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
CREATE TABLE e AS SELECT row_number() OVER () AS _row, * FROM read_csv('{os.path.join(HERE, "expressions.csv")}', header=true,
  columns={{'id':'BIGINT','name':'VARCHAR','code':'VARCHAR','seen':'DATE','n':'BIGINT','x':'DOUBLE','raw':'VARCHAR'}});
CREATE TABLE s AS SELECT row_number() OVER () AS _row, * FROM read_csv('{os.path.join(HERE, "statuses.csv")}', header=true,
  columns={{'id':'BIGINT','estado':'VARCHAR','unidad':'VARCHAR','issued_on':'DATE','days':'BIGINT','closed':'BOOLEAN'}});
"""

# Oversight functions: the status and unit spellings of statuses.csv, looked up under a key
# that ignores case, accents, spacing and punctuation; z of the 95 % and 90 % intervals.
STATUS_KEYS = """(VALUES ('cumplida', 'complied'), ('entramite', 'in_progress'), ('cumplidaparcialmente', 'partially_complied'),
  ('hecha', 'complied'), ('sinrespuesta', 'no_response'), ('nocorresponde', 'not_applicable'), ('desistida', 'withdrawn'),
  ('naocumprida', 'not_complied'), ('parcialmentecumplida', 'partially_complied'), ('withdrawn', 'withdrawn'),
  ('closedimplemented', 'complied')) k(key, status)"""
UNIT_IDS = """(VALUES ('U.12', 'U-12'), ('Unidad N° 12', 'U-12'), ('CPF1', 'CPF-I'), ('C.P.F. I', 'CPF-I'),
  ('Complejo Penitenciario Federal Nº 1 de Ezeiza', 'CPF-I'), ('ex-U.31', 'CPF-VII'), ('Devoto', 'CPF-CABA'), ('(U-6)', 'U-6'),
  ('unidad 007', 'U-7'), ('CPF-CABA', 'CPF-CABA'), ('Güemes', 'CPF-III'), ('UNIDAD IV', 'U-4')) u(spelling, id)"""
UNIT_NAMES = """(VALUES ('U-12', 'Unidad 12 (Viedma)'), ('CPF-I', 'Complejo Penitenciario Federal I (Ezeiza)'),
  ('CPF-VII', 'Complejo Penitenciario Federal VII (ex-Unidad 31, mujeres, Ezeiza)'),
  ('CPF-CABA', 'Complejo Penitenciario Federal de la Ciudad Autónoma de Buenos Aires (Devoto)'), ('U-6', 'Unidad 6 (Rawson)'),
  ('U-7', 'Unidad 7 (Resistencia)'), ('CPF-III', 'Complejo Penitenciario Federal III (NOA, Güemes, Salta)'),
  ('U-4', 'Unidad 4 (Santa Rosa)')) m(id, name)"""
Z95, Z90 = 1.959963984540054, 1.6448536269514722


def wilson(x, n, z, upper):
    p = f"({x}::DOUBLE / {n})"
    centre = f"({p} + {z * z} / (2 * {n}))"
    half = f"{z} * sqrt({p} * (1 - {p}) / {n} + {z * z} / (4 * {n} * {n}))"
    bound = (f"CASE WHEN {x} = {n} THEN 1 ELSE least(1, ({centre} + {half}) / (1 + {z * z} / {n})) END" if upper
             else f"CASE WHEN {x} = 0 THEN 0 ELSE greatest(0, ({centre} - {half}) / (1 + {z * z} / {n})) END")
    return f"CASE WHEN {n} > 0 AND {x} >= 0 AND {x} <= {n} THEN {bound} END"


# One row per distinct duration of statuses.csv (rows with a null duration or flag left out).
KAPLAN_MEIER = """WITH t AS (SELECT days::DOUBLE AS time, closed FROM s WHERE days IS NOT NULL AND closed IS NOT NULL),
  g AS (SELECT time, count(*) AS n_here, count(*) FILTER (WHERE closed) AS events, count(*) FILTER (WHERE NOT closed) AS censored
        FROM t GROUP BY time),
  r AS (SELECT time, (SELECT count(*) FROM t WHERE t.time >= g.time) AS at_risk, events, censored FROM g),
  k AS (SELECT *, CASE WHEN min(at_risk - events) FILTER (WHERE events > 0) OVER w = 0 THEN 0
          ELSE exp(coalesce(sum(ln(1 - events / at_risk)) FILTER (WHERE events > 0) OVER w, 0)) END AS survival,
        sum(CASE WHEN events = 0 THEN 0 WHEN events < at_risk THEN events / (at_risk * (at_risk - events)) ELSE 'inf'::DOUBLE END)
          OVER w AS greenwood
        FROM r WINDOW w AS (ORDER BY time ROWS UNBOUNDED PRECEDING)),
  km AS (SELECT time, at_risk, events, censored, survival,
    CASE WHEN isfinite(greenwood) THEN survival * sqrt(greenwood) END AS std_error,
    CASE WHEN survival > 0 AND isfinite(greenwood) THEN survival * exp(-1.959963984540054 * sqrt(greenwood)) END AS lower,
    CASE WHEN survival > 0 AND isfinite(greenwood) THEN least(1, survival * exp(1.959963984540054 * sqrt(greenwood))) END AS upper
    FROM k)"""

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

 "window_rows": ("""
from "recommendations.csv"
sort {issued_on}
window rows:-2..0 (derive {avg3 = mean score, n3 = count this, low3 = min score})
window rolling:2 (derive {pair = sum sent})
window expanding:true (derive {so_far = sum responses, latest_status = last status})
window rows:1..2 (derive {next_two = max score})
select {id, avg3, n3, low3, pair, so_far, latest_status, next_two}
""", """SELECT id,
  avg(score) OVER (ORDER BY issued_on, _row ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS avg3,
  count(*) OVER (ORDER BY issued_on, _row ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS n3,
  min(score) OVER (ORDER BY issued_on, _row ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS low3,
  sum(sent) OVER (ORDER BY issued_on, _row ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS pair,
  sum(responses) OVER (ORDER BY issued_on, _row ROWS UNBOUNDED PRECEDING) AS so_far,
  last_value(status IGNORE NULLS) OVER (ORDER BY issued_on, _row ROWS UNBOUNDED PRECEDING) AS latest_status,
  max(score) OVER (ORDER BY issued_on, _row ROWS BETWEEN 1 FOLLOWING AND 2 FOLLOWING) AS next_two
FROM r ORDER BY issued_on, _row"""),

 "window_range": ("""
from "recommendations.csv"
sort {-issued_on}
window range:-89..0 (derive {later_sent = sum sent, later_count = count this})
sort {issued_on}
window range:-89..0 (derive {sent90 = sum sent, mean90 = mean score})
select {id, issued_on, later_sent, later_count, sent90, mean90}
""", """SELECT id, issued_on,
  sum(sent) OVER (ORDER BY issued_on DESC RANGE BETWEEN 89 PRECEDING AND CURRENT ROW) AS later_sent,
  count(*) OVER (ORDER BY issued_on DESC RANGE BETWEEN 89 PRECEDING AND CURRENT ROW) AS later_count,
  sum(sent) OVER (ORDER BY issued_on RANGE BETWEEN INTERVAL 89 DAYS PRECEDING AND CURRENT ROW) AS sent90,
  avg(score) OVER (ORDER BY issued_on RANGE BETWEEN INTERVAL 89 DAYS PRECEDING AND CURRENT ROW) AS mean90
FROM r ORDER BY issued_on, _row"""),

 "group_window": ("""
from "recommendations.csv"
group {facility} (sort {issued_on} | derive {
  nth = row_number this,
  previous = lag 1 score,
  following = lead 1 id default:0,
  half = ntile 2,
  best = rank score descending:true,
  share = percent_rank score,
  spread = cume_dist score,
  total = sum sent,
})
select {id, facility, nth, previous, following, half, best, share, spread, total}
""", """SELECT id, facility,
  row_number() OVER w AS nth, lag(score, 1) OVER w AS previous, lead(id, 1, 0) OVER w AS following,
  ntile(2) OVER w AS half,
  CASE WHEN score IS NOT NULL THEN rank() OVER (PARTITION BY facility, score IS NULL ORDER BY score DESC) END AS best,
  CASE WHEN score IS NOT NULL THEN percent_rank() OVER (PARTITION BY facility, score IS NULL ORDER BY score) END AS share,
  CASE WHEN score IS NOT NULL THEN cume_dist() OVER (PARTITION BY facility, score IS NULL ORDER BY score) END AS spread,
  sum(sent) OVER (PARTITION BY facility) AS total
FROM r WINDOW w AS (PARTITION BY facility ORDER BY issued_on, _row) ORDER BY _row"""),

 "group_window_frame": ("""
from "recommendations.csv"
group {facility} (sort {-issued_on} | window rows:-1..1 (derive {near = mean sent, first_score = first score, last_score = last score}))
select {id, facility, near, first_score, last_score}
""", """SELECT id, facility, avg(sent) OVER w AS near, first_value(score IGNORE NULLS) OVER w AS first_score,
  last_value(score IGNORE NULLS) OVER w AS last_score
FROM r WINDOW w AS (PARTITION BY facility ORDER BY issued_on DESC, _row ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) ORDER BY _row"""),

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

 "join_full_and_right": ("""
let complied = (
  from "recommendations.csv"
  filter status == "complied"
  group {facility} (aggregate {complied = count this})
)
let right_side = (
  from "recommendations.csv"
  filter sent >= 3
  join side:right complied (==facility)
  select {id, facility, complied}
)
from "recommendations.csv"
filter sent >= 3
join side:full complied (==facility)
join side:left right_side (==id)
select {id, facility, sent, complied, facility_right, complied_right}
""", """WITH c AS (SELECT facility, count(*) AS complied, min(_row) AS _first FROM r WHERE status = 'complied' GROUP BY facility),
  l AS (SELECT * FROM r WHERE sent >= 3),
  f AS (SELECT CASE WHEN l._row IS NULL THEN c.facility ELSE l.facility END AS facility, l.id, l.sent, c.complied,
          row_number() OVER (ORDER BY l._row NULLS LAST, c._first) AS _pos FROM l FULL JOIN c ON l.facility = c.facility),
  rs AS (SELECT l.id, CASE WHEN l._row IS NULL THEN c.facility ELSE l.facility END AS facility, c.complied,
          row_number() OVER (ORDER BY l._row NULLS LAST, c._first) AS _pos FROM l RIGHT JOIN c ON l.facility = c.facility)
SELECT f.id, f.facility, f.sent, f.complied, rs.facility AS facility_right, rs.complied AS complied_right
FROM f LEFT JOIN rs ON f.id = rs.id ORDER BY f._pos, rs._pos"""),

 "join_semi": ("""
let answered = (
  from "recommendations.csv"
  filter responses > 0
  select {facility}
)
from "recommendations.csv"
join side:semi answered (==facility)
select {id, facility}
""", """SELECT r.id, r.facility FROM r SEMI JOIN (SELECT facility FROM r WHERE responses > 0) a ON r.facility = a.facility
ORDER BY r._row"""),

 "join_anti": ("""
let answered = (
  from "recommendations.csv"
  filter responses > 0
  select {place = facility}
)
from "recommendations.csv"
join side:anti answered (this.facility == that.place)
select {id, facility, status}
""", """SELECT r.id, r.facility, r.status FROM r ANTI JOIN (SELECT facility FROM r WHERE responses > 0) a ON r.facility = a.facility
ORDER BY r._row"""),

 "append_by_name": ("""
let late = (
  from "recommendations.csv"
  filter responses < sent
  select {facility, id, score = sent}
)
from "recommendations.csv"
filter status == "complied"
select {id, facility, score, status}
append late
""", """SELECT id, facility, score, status FROM (
  SELECT 1 AS _part, _row, id, facility, score, status FROM r WHERE status = 'complied'
  UNION ALL BY NAME
  SELECT 2 AS _part, _row, facility, id, sent AS score FROM r WHERE responses < sent
) ORDER BY _part, _row"""),

 "aggregates_extended": ("""
from "recommendations.csv"
group {facility} (aggregate {
  statuses = count_distinct status,
  q90 = quantile score p:0.9,
  q25 = quantile sent p:0.25,
  spread = variance score,
  sd = stddev sent,
  first_status = first status,
  last_score = last score,
  any_urgent = any urgent,
  all_urgent = all urgent,
  listed = string_agg status sep:"; ",
  r = corr sent responses,
})
""", """SELECT facility, count(DISTINCT status) AS statuses, quantile_cont(score, 0.9) AS q90, quantile_cont(sent, 0.25) AS q25,
  var_samp(score) AS spread, stddev_samp(sent) AS sd, any_value(status ORDER BY _row) AS first_status,
  any_value(score ORDER BY _row DESC) AS last_score, bool_or(urgent) AS any_urgent, bool_and(urgent) AS all_urgent,
  string_agg(status, '; ' ORDER BY _row) AS listed, CASE WHEN isfinite(corr(sent, responses)) THEN corr(sent, responses) END AS r
FROM r GROUP BY facility ORDER BY min(_row)"""),

 "aggregates_over_relation": ("""
from "recommendations.csv"
filter score >= (quantile score p:0.75) || (first urgent) == urgent
derive {kinds = count_distinct status, everyone = string_agg facility sep:"/"}
select {id, score, kinds, everyone}
""", """WITH kept AS (SELECT * FROM r WHERE score >= (SELECT quantile_cont(score, 0.75) FROM r)
    OR urgent = (SELECT any_value(urgent ORDER BY _row) FROM r))
SELECT id, score, (SELECT count(DISTINCT status) FROM kept) AS kinds,
  (SELECT string_agg(facility, '/' ORDER BY _row) FROM kept) AS everyone FROM kept ORDER BY _row"""),

 "distinct_columns": ("""
from "recommendations.csv"
distinct {urgent, facility}
""", "SELECT urgent, facility FROM r GROUP BY urgent, facility ORDER BY min(_row)"),

 "join_asof_backward": ("""
let inspections = (
  from "recommendations.csv"
  filter urgent
  select {facility, inspected_on = issued_on, inspection = id}
)
from "recommendations.csv"
join_asof inspections (==facility && this.issued_on >= that.inspected_on) tolerance:200
select {id, facility, issued_on, inspected_on, inspection}
""", """WITH i AS (SELECT facility, issued_on AS inspected_on, id AS inspection FROM r WHERE urgent)
SELECT r.id, r.facility, r.issued_on,
  CASE WHEN r.issued_on - i.inspected_on <= 200 THEN i.inspected_on END AS inspected_on,
  CASE WHEN r.issued_on - i.inspected_on <= 200 THEN i.inspection END AS inspection
FROM r ASOF LEFT JOIN i ON r.facility = i.facility AND r.issued_on >= i.inspected_on ORDER BY r._row"""),

 "join_asof_nearest": ("""
let inspections = (
  from "recommendations.csv"
  filter urgent
  select {inspected_on = issued_on, inspection = id}
)
from "recommendations.csv"
join_asof inspections (this.issued_on <= that.inspected_on) direction:nearest
select {id, issued_on, inspected_on, inspection}
""", """WITH i AS (SELECT issued_on AS inspected_on, id AS inspection FROM r WHERE urgent),
  p AS (SELECT r._row, r.id, r.issued_on, b.inspected_on AS b_on, b.inspection AS b_id, f.inspected_on AS f_on, f.inspection AS f_id
        FROM r ASOF LEFT JOIN i b ON r.issued_on >= b.inspected_on ASOF LEFT JOIN i f ON r.issued_on <= f.inspected_on)
SELECT id, issued_on,
  CASE WHEN f_on IS NOT NULL AND (b_on IS NULL OR f_on - issued_on < issued_on - b_on) THEN f_on ELSE b_on END AS inspected_on,
  CASE WHEN f_on IS NOT NULL AND (b_on IS NULL OR f_on - issued_on < issued_on - b_on) THEN f_id ELSE b_id END AS inspection
FROM p ORDER BY _row"""),

 "text": ("""
from "expressions.csv"
derive {
  low = lower name, high = upper name, plain = strip_accents name, folded = fold name,
  trimmed = trim (concat "  " name " "), left = trim_start (concat " " name " "), right = trim_end (concat " " name " "),
  size = length name, old_size = text_length name, empty_size = length (substring name 1 0),
  has_u = contains code "U", starts = starts_with code "U", ends = ends_with name "z", any = contains name "",
  has_own = contains name code, swapped = replace code "-" "_", dropped = replace name "e" "",
  first3 = substring name 1 3, tail = substring name -2 5, before = substring name 0 2, back = substring name 3 -2,
  moving = substring name n 2, part2 = split_part code "-" 2, last_part = split_part code "-" -1,
  nth_part = split_part code "-" n, second_char = split_part name "" 2, joined = concat name "/" code,
}
select {id, low, high, plain, folded, trimmed, left, right, size, old_size, empty_size, has_u, starts, ends, any,
  has_own, swapped, dropped, first3, tail, before, back, moving, part2, last_part, nth_part, second_char, joined}
""", """SELECT id, lower(name) AS low, upper(name) AS high, strip_accents(name) AS plain,
  lower(strip_accents(name)) AS folded, trim('  ' || name || ' ') AS trimmed, ltrim(' ' || name || ' ') AS "left",
  rtrim(' ' || name || ' ') AS "right", length(name) AS size, length(name) AS old_size,
  length(substring(name, 1, 0)) AS empty_size, contains(code, 'U') AS has_u, starts_with(code, 'U') AS starts,
  ends_with(name, 'z') AS ends, contains(name, '') AS "any", contains(name, code) AS has_own,
  replace(code, '-', '_') AS swapped, replace(name, 'e', '') AS dropped, substring(name, 1, 3) AS first3,
  substring(name, -2, 5) AS tail, substring(name, 0, 2) AS before, substring(name, 3, -2) AS back,
  substring(name, n, 2) AS moving, split_part(code, '-', 2) AS part2, split_part(code, '-', -1) AS last_part,
  split_part(code, '-', n) AS nth_part, split_part(name, '', 2) AS second_char, name || '/' || code AS joined
FROM e ORDER BY _row"""),

 "dates_calendar": ("""
from "expressions.csv"
derive {
  y = year seen, q = quarter seen, m = month seen, d = day seen, doy = dayofyear seen, wk = week seen,
  iy = isoyear seen, iso_dow = isodow seen, dow = dayofweek seen,
  next_month = add_months seen 1, last_month = add_months seen -1, next_year = add_months seen 12,
  shifted = add_months seen n, later = add_days seen n,
  days = date_diff day @2024-01-01 seen, months = date_diff month @2024-01-31 seen,
  quarters = date_diff quarter @2024-03-31 seen, years = date_diff "year" seen @2024-01-01,
  weeks = date_diff week seen @2024-01-01,
  week_start = date_trunc week seen, month_start = date_trunc month seen,
  quarter_start = date_trunc quarter seen, year_start = date_trunc year seen,
  fiscal_quarter = date_trunc quarter seen fiscal_start:7, fiscal_year = date_trunc year seen fiscal_start:7,
  october_quarter = date_trunc "quarter" seen fiscal_start:10,
}
select {id, seen, y, q, m, d, doy, wk, iy, iso_dow, dow, next_month, last_month, next_year, shifted, later,
  days, months, quarters, years, weeks, week_start, month_start, quarter_start, year_start, fiscal_quarter,
  fiscal_year, october_quarter}
""", """SELECT id, seen, year(seen) AS y, quarter(seen) AS q, month(seen) AS m, day(seen) AS d,
  dayofyear(seen) AS doy, week(seen) AS wk, isoyear(seen) AS iy, isodow(seen) AS iso_dow,
  dayofweek(seen) AS dow, CAST(seen + INTERVAL 1 MONTH AS DATE) AS next_month,
  CAST(seen - INTERVAL 1 MONTH AS DATE) AS last_month, CAST(seen + INTERVAL 12 MONTH AS DATE) AS next_year,
  CAST(seen + to_months(CAST(n AS INTEGER)) AS DATE) AS shifted, seen + CAST(n AS INTEGER) AS later,
  date_diff('day', DATE '2024-01-01', seen) AS days, date_diff('month', DATE '2024-01-31', seen) AS months,
  date_diff('quarter', DATE '2024-03-31', seen) AS quarters, date_diff('year', seen, DATE '2024-01-01') AS years,
  date_diff('week', seen, DATE '2024-01-01') AS weeks,
  CAST(date_trunc('week', seen) AS DATE) AS week_start, CAST(date_trunc('month', seen) AS DATE) AS month_start,
  CAST(date_trunc('quarter', seen) AS DATE) AS quarter_start, CAST(date_trunc('year', seen) AS DATE) AS year_start,
  CAST(date_trunc('quarter', seen - INTERVAL 6 MONTH) + INTERVAL 6 MONTH AS DATE) AS fiscal_quarter,
  CAST(date_trunc('year', seen - INTERVAL 6 MONTH) + INTERVAL 6 MONTH AS DATE) AS fiscal_year,
  CAST(date_trunc('quarter', seen - INTERVAL 9 MONTH) + INTERVAL 9 MONTH AS DATE) AS october_quarter
FROM e ORDER BY _row"""),

 "casts": ("""
from "expressions.csv"
derive {
  n_text = as text n, x_text = (x | as text), seen_text = as text seen, flag_text = as string (n > 0),
  x_int = as int x, n_float = as float n, flag_int = as int (n > 0), x_double = as double x,
  raw_int = try_as int raw, raw_float = try_as float raw, raw_date = try_as date raw,
  code_int = try_as int code, name_text = (name | as text),
}
select {id, n_text, x_text, seen_text, flag_text, x_int, n_float, flag_int, x_double, raw_int, raw_float, raw_date,
  code_int, name_text}
""", """SELECT id, CAST(n AS VARCHAR) AS n_text, CAST(x AS VARCHAR) AS x_text, CAST(seen AS VARCHAR) AS seen_text,
  CAST(n > 0 AS VARCHAR) AS flag_text, CAST(x AS BIGINT) AS x_int, CAST(n AS DOUBLE) AS n_float,
  CAST(n > 0 AS BIGINT) AS flag_int, x AS x_double, TRY_CAST(raw AS BIGINT) AS raw_int,
  TRY_CAST(raw AS DOUBLE) AS raw_float, TRY_CAST(raw AS DATE) AS raw_date, TRY_CAST(code AS BIGINT) AS code_int,
  name AS name_text
FROM e ORDER BY _row"""),

 "membership": ("""
from "expressions.csv"
derive {
  listed = (n | in [0, 1, 3]), or_unknown = (n | in [1, null]), as_double = (x | in [2.5, 100]),
  named = (name | in ["Güemes", "Łódź", "guemes"]), prefix_form = in ["U.12", "-"] code,
  not_listed = !(n | in [0, 1, 3]), ranged = (n | in 1..12), up_to = (n | in ..0), from_three = (n | in 3..),
  this_year = (seen | in @2024-01-01..@2024-12-31), middle = between x -1 3, by_column = between n 0 id,
}
select {id, listed, or_unknown, as_double, named, prefix_form, not_listed, ranged, up_to, from_three, this_year,
  middle, by_column}
""", """SELECT id, n IN (0, 1, 3) AS listed, n IN (1, NULL) AS or_unknown, x IN (2.5, 100) AS as_double,
  name IN ('Güemes', 'Łódź', 'guemes') AS named, code IN ('U.12', '-') AS prefix_form,
  NOT (n IN (0, 1, 3)) AS not_listed, n BETWEEN 1 AND 12 AS ranged, n <= 0 AS up_to, n >= 3 AS from_three,
  seen BETWEEN DATE '2024-01-01' AND DATE '2024-12-31' AS this_year, x BETWEEN -1 AND 3 AS middle,
  n BETWEEN 0 AND id AS by_column
FROM e ORDER BY _row"""),

 "status_vocabulary": ("""
from "statuses.csv"
derive {
  canonical = status estado aliases:["Hecha=complied"],
  closed_default = is_closed estado aliases:["hecha=complied"],
  closed_listed = is_closed estado aliases:["HECHA=complied"] closed:["complied", "not_applicable"],
}
select {id, canonical, closed_default, closed_listed}
""", f"""SELECT id, k.status AS canonical, k.status IN ('complied', 'withdrawn', 'not_applicable') AS closed_default,
  k.status IN ('complied', 'not_applicable') AS closed_listed
FROM s LEFT JOIN {STATUS_KEYS} ON k.key = regexp_replace(lower(strip_accents(s.estado)), '[^a-z0-9]', '', 'g') ORDER BY s._row"""),

 "facility_names": ("""
from "statuses.csv"
derive {unit = facility_id unidad}
derive {name = replace (facility_name unit) "," ";", as_given = replace (facility_name unidad) "," ";"}
select {id, unit, name, as_given}
""", f"""SELECT s.id, u.id AS unit, replace(m.name, ',', ';') AS name, replace(coalesce(g.name, s.unidad), ',', ';') AS as_given
FROM s LEFT JOIN {UNIT_IDS} ON u.spelling = s.unidad LEFT JOIN {UNIT_NAMES} ON m.id = u.id
  LEFT JOIN (SELECT * FROM {UNIT_NAMES}) g ON g.id = s.unidad ORDER BY s._row"""),

 "interval_bounds": ("""
from "recommendations.csv"
derive {
  low = wilson_low responses sent,
  high = wilson_high responses sent,
  low90 = ci_low responses sent confidence:0.9,
  high90 = ci_high responses sent method:"wilson" confidence:0.9,
}
select {id, low, high, low90, high90}
""", f"""SELECT id, {wilson("responses", "sent", Z95, False)} AS low, {wilson("responses", "sent", Z95, True)} AS high,
  {wilson("responses", "sent", Z90, False)} AS low90, {wilson("responses", "sent", Z90, True)} AS high90 FROM r ORDER BY _row"""),

 "fiscal_quarters_buckets": ("""
from "statuses.csv"
derive {
  fiscal_start = fiscal_quarter_start issued_on start_month:7,
  fiscal_label = fiscal_quarter_label issued_on start_month:7 letter:"T",
  calendar_label = fiscal_quarter_label issued_on,
  age = bucket (days * 10),
  age_order = bucket_order (days * 10),
  short = bucket days breaks:[5, 10, 30],
  short_order = bucket_order days breaks:[5, 10, 30],
}
select {id, fiscal_start, fiscal_label, calendar_label, age, age_order, short, short_order}
""", """SELECT id, CAST(date_trunc('quarter', issued_on - INTERVAL 6 MONTH) + INTERVAL 6 MONTH AS DATE) AS fiscal_start,
  CAST(year(issued_on - INTERVAL 6 MONTH) + 1 AS VARCHAR) || '-T' || quarter(issued_on - INTERVAL 6 MONTH) AS fiscal_label,
  year(issued_on) || '-Q' || quarter(issued_on) AS calendar_label,
  CASE WHEN days * 10 >= 365 THEN '365+' WHEN days * 10 >= 180 THEN '180–364' WHEN days * 10 >= 90 THEN '90–179'
       WHEN days * 10 >= 30 THEN '30–89' WHEN days * 10 >= 0 THEN '0–29' END AS age,
  CASE WHEN days * 10 >= 365 THEN 5 WHEN days * 10 >= 180 THEN 4 WHEN days * 10 >= 90 THEN 3
       WHEN days * 10 >= 30 THEN 2 WHEN days * 10 >= 0 THEN 1 END AS age_order,
  CASE WHEN days >= 30 THEN '30+' WHEN days >= 10 THEN '10–29' WHEN days >= 5 THEN '5–9' END AS short,
  CASE WHEN days >= 30 THEN 3 WHEN days >= 10 THEN 2 WHEN days >= 5 THEN 1 END AS short_order
FROM s ORDER BY _row"""),

 "kaplan_meier_table": ("""
from "statuses.csv"
kaplan_meier days closed
""", KAPLAN_MEIER + "\nSELECT * FROM km ORDER BY time"),

 "kaplan_meier_median": ("""
from "statuses.csv"
kaplan_meier_median days closed
""", KAPLAN_MEIER + """
SELECT (SELECT count(*) FROM t) AS recommendations, (SELECT count(*) FILTER (WHERE closed) FROM t) AS events,
  min(time) FILTER (WHERE events > 0 AND survival <= 0.5 + 1e-12) AS median,
  min(time) FILTER (WHERE events > 0 AND lower <= 0.5 + 1e-12) AS median_lower,
  min(time) FILTER (WHERE events > 0 AND upper <= 0.5 + 1e-12) AS median_upper FROM km"""),
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
        if body.startswith("let "):
            # The main pipeline of a golden case is the last relation, named `result`.
            start = body.rindex('\nfrom "')
            body = body[:start] + "\nlet result = (" + body[start:] + ")\n"
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
