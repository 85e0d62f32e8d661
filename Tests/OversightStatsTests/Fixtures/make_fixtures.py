#!/usr/bin/env python3
"""Expected values for the oversight statistics, from independent implementations.

- Wilson 95 % and 90 % intervals: statsmodels' proportion_confint(method="wilson").
- Clopper-Pearson and Jeffreys at 90/95/99 %: statsmodels' proportion_confint(method="beta" and
  "jeffreys"); for Jeffreys the bound at x = 0 (lower) and x = n (upper) is set to 0 and 1 (Brown,
  Cai & DasGupta 2001), which statsmodels does not do. The rows of oracles/binom_ci.md are added as
  they are printed (10 decimals).
- Kaplan-Meier: R survival::survfit (conf.type log, log-log, plain at 95 % and 90 %, median and its
  interval from quantile()), lifelines' KaplanMeierFitter (log-log), and the rows of oracles/km.md.
- Empirical-Bayes shrinkage: the method-of-moments beta-binomial of oracles/shrink.py, recomputed here,
  and the rows of oracles/shrink.md.
- Funnel limits: scipy.stats norm.ppf (normal) and binom.ppf/cdf (exact, Spiegelhalter's interpolation).
- Ageing buckets: pandas.cut with right=False (half-open [a, b)) and the default breaks.
- Period labels (year, quarter, month, ISO week; English and Spanish; calendar and a July fiscal
  year): pandas Period('Q-DEC', 'Q-JUN', 'Y-JUN') and Timestamp.isocalendar().
- Quarter starts and labels: pandas Period('Q-DEC'); fiscal quarters: pandas Period('Q-JUN', 'Q-SEP',
  'Q-MAR', 'Q-OCT') and the whole table of oracles/quarters.md.
- Published figures: the recomputable rows of published_figures_test_vectors.csv ($DATA, by default
  ../shared/data beside the repository), with Python's decimal module deciding which published percentages truncation
  or rounding reproduces.
Writes `stats_expected.json` beside this script; `--check` recomputes and compares every value instead
(relative tolerance 1e-12), printing `N passed, M failed` and exiting 1 on any difference.
Needs numpy, scipy, pandas, statsmodels, lifelines and Rscript with the survival package.
The oracle folder is $ORACLES, by default ../shared/reference/oracles beside the repository.
"""
import csv, decimal, io, json, math, os, re, subprocess, sys
import numpy as np
import pandas as pd
from scipy import stats
from statsmodels.stats.proportion import proportion_confint

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared"))
ORACLES = os.environ.get("ORACLES", os.path.join(SHARED, "reference", "oracles"))
DATA = os.environ.get("DATA", os.path.join(SHARED, "data"))


def oracle_table(name, heading=None):
    """The rows of the markdown table in an oracle file (after `heading` when given)."""
    lines = open(os.path.join(ORACLES, name), encoding="utf-8").read().splitlines()
    if heading is not None:
        lines = lines[next(i for i, line in enumerate(lines) if heading in line):]
    rows, started = [], False
    for line in lines:
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if started and not set(cells[0]) <= {"-"}:
                rows.append(cells)
            started = True
        elif started and rows:
            break
    return rows


# Wilson ---------------------------------------------------------------------------------------
wilson = []
for x, n in [(18, 20), (4, 20), (4, 200), (190, 200), (1, 30), (0, 30), (30, 30), (7, 46), (10, 26), (3, 7), (1, 1), (0, 1)]:
    for level in (0.95, 0.90):
        lo, hi = proportion_confint(x, n, alpha=1 - level, method="wilson")
        wilson.append({"successes": x, "trials": n, "confidence": level, "lower": float(lo), "upper": float(hi)})

# Clopper-Pearson and Jeffreys -------------------------------------------------------------------
binomial = []
cases = [(18, 20), (4, 20), (4, 200), (190, 200), (1, 30), (0, 30), (30, 30), (81, 263), (15, 148), (0, 20),
         (1, 29), (0, 10), (10, 10), (7, 7), (5, 100), (1, 1), (0, 1), (7, 46), (10, 26), (3, 7), (1, 2),
         (0, 1000), (1, 1000), (999, 1000), (500, 1000), (2, 5000), (4999, 5000), (46, 46), (13, 17)]
for x, n in cases:
    for level in (0.90, 0.95, 0.99):
        cp = proportion_confint(x, n, alpha=1 - level, method="beta")
        jf = list(proportion_confint(x, n, alpha=1 - level, method="jeffreys"))
        if x == 0: jf[0] = 0.0
        if x == n: jf[1] = 1.0
        binomial.append({"successes": x, "trials": n, "confidence": level,
                         "clopperPearson": [float(cp[0]), float(cp[1])], "jeffreys": [float(jf[0]), float(jf[1])]})
binomial_oracle = [{"successes": int(r[0]), "trials": int(r[1]),
                    "clopperPearson": [float(r[5]), float(r[6])], "jeffreys": [float(r[7]), float(r[8])]}
                   for r in oracle_table("binom_ci.md")]

# Kaplan-Meier -----------------------------------------------------------------------------------
rng = np.random.default_rng(20240701)
synthetic_t = [int(v) for v in rng.integers(1, 400, size=60)]
synthetic_e = [int(v) for v in rng.random(60) < 0.6]
km_sets = {
    "freireich6MP": ([6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 32, 34, 35],
                     [1, 1, 1, 0, 1, 0, 1, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0]),
    "amlMaintained": ([9, 13, 13, 18, 23, 28, 31, 34, 45, 48, 161], [1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0]),
    "amlNonmaintained": ([5, 5, 8, 8, 12, 16, 23, 27, 30, 33, 43, 45], [1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1]),
    "censoredFirst": ([2, 3, 3, 4, 5, 6, 7, 8], [0, 1, 1, 1, 0, 1, 1, 0]),
    "synthetic60": (synthetic_t, synthetic_e),
}


def r_survfit(t, e, conf_type, level):
    script = f"""suppressMessages(library(survival))
t <- c({",".join(map(str, t))}); e <- c({",".join(map(str, e))})
f <- survfit(Surv(t, e) ~ 1, conf.type = "{conf_type}", conf.int = {level!r})
options(digits = 17)
write.csv(data.frame(time = f$time, atRisk = f$n.risk, events = f$n.event, censored = f$n.censor,
  survival = f$surv, se = f$std.err * f$surv, lower = f$lower, upper = f$upper), stdout(), row.names = FALSE)
q <- quantile(f, 0.5)
cat("median", q$quantile, q$lower, q$upper, "\\n")
"""
    out = subprocess.run(["Rscript", "-e", script], capture_output=True, text=True, check=True).stdout
    table, _, median_line = out.rpartition("median")
    num = lambda s: None if s in ("NA", "NaN", "") else float(s)
    rows = [{k: num(v) for k, v in row.items()} for row in csv.DictReader(io.StringIO(table))]
    for row in rows:
        for k in ("atRisk", "events", "censored"):
            row[k] = int(row[k])
    median = [num(v) for v in median_line.split()]
    return rows, {"time": median[0], "lower": median[1], "upper": median[2]}


def lifelines_fit(t, e, level):
    from lifelines import KaplanMeierFitter
    from lifelines.utils import median_survival_times
    kmf = KaplanMeierFitter(alpha=1 - level).fit(t, e)
    ci = kmf.confidence_interval_survival_function_
    med_ci = median_survival_times(kmf.confidence_interval_)
    finite = lambda v: None if not np.isfinite(v) else float(v)
    rows = []
    for time in sorted(set(t)):
        rows.append({"time": float(time), "survival": float(kmf.survival_function_.loc[time].iloc[0]),
                     "lower": float(ci.loc[time].iloc[0]), "upper": float(ci.loc[time].iloc[1])})
    return rows, {"time": finite(kmf.median_survival_time_), "lower": finite(med_ci.iloc[0, 0]),
                  "upper": finite(med_ci.iloc[0, 1])}


kaplan_meier = []
for name, (t, e) in km_sets.items():
    for conf_type, transform in (("log", "log"), ("log-log", "logLog"), ("plain", "plain")):
        for level in (0.95, 0.90):
            rows, median = r_survfit(t, e, conf_type, level)
            kaplan_meier.append({"name": name, "durations": t, "complied": e, "transform": transform,
                                 "confidence": level, "source": "R survival", "rows": rows, "median": median})
    rows, median = lifelines_fit(t, e, 0.95)
    kaplan_meier.append({"name": name, "durations": t, "complied": e, "transform": "logLog",
                         "confidence": 0.95, "source": "lifelines", "rows": rows, "median": median})

kaplan_meier_oracle = []
for name, heading in (("freireich6MP", "Freireich"), ("amlMaintained", "Maintained (n=11")):
    rows = []
    for r in oracle_table("km.md", heading):
        bounds = [[float(v) for v in r[i].split("–")] for i in (6, 7, 8)]
        rows.append({"time": float(r[0]), "atRisk": int(r[1]), "events": int(r[2]), "censored": int(r[3]),
                     "survival": float(r[4]), "se": float(r[5]), "plain": bounds[0], "log": bounds[1], "logLog": bounds[2]})
    text = open(os.path.join(ORACLES, "km.md"), encoding="utf-8").read()
    median = float(re.search(re.escape(heading) + r"[\s\S]*?median survival time = (\d+)", text).group(1))
    kaplan_meier_oracle.append({"name": name, "rows": rows, "median": median})

# Empirical-Bayes shrinkage ----------------------------------------------------------------------
def method_of_moments(xs, ns):
    p = [x / n for x, n in zip(xs, ns) if n > 0]
    m = sum(p) / len(p)
    v = sum((q - m) ** 2 for q in p) / (len(p) - 1)
    common = m * (1 - m) / v - 1
    a, b = m * common, (1 - m) * common
    return a, b, [(x + a) / (n + a + b) for x, n in zip(xs, ns)]


shrinkage = []
for name, xs, ns in (("toy", [3, 45, 7, 120, 0, 30, 9, 55], [4, 60, 20, 150, 2, 50, 10, 100]),
                     ("withEmpty", [2, 95, 10, 0, 33], [2, 100, 40, 0, 60])):
    a, b, rates = method_of_moments(xs, ns)
    shrinkage.append({"name": name, "successes": xs, "trials": ns, "alpha": a, "beta": b, "rates": rates})
shrink_md = open(os.path.join(ORACLES, "shrink.md"), encoding="utf-8").read()
alpha0, beta0 = (float(v) for v in re.search(r"alpha0=([\d.]+) beta0=([\d.]+)", shrink_md).groups())
shrinkage_oracle = {"alpha": alpha0, "beta": beta0,
                    "rows": [{"successes": int(r[1]), "trials": int(r[2]), "rate": float(r[4])}
                             for r in oracle_table("shrink.md", "Beta-binomial")]}

# Funnel limits ----------------------------------------------------------------------------------
def spiegelhalter(q, n, p):
    r = stats.binom.ppf(q, n, p)
    alpha = (stats.binom.cdf(r, n, p) - q) / (stats.binom.cdf(r, n, p) - stats.binom.cdf(r - 1, n, p))
    return min(1.0, max(0.0, float((r - alpha) / n)))


funnel = []
for p0 in (0.05, 0.1522, 0.35, 0.8):
    for n in (1, 5, 20, 46, 100, 1000, 12000):
        for level in (0.95, 0.998):
            tail = (1 - level) / 2
            half = stats.norm.ppf(1 - tail) * math.sqrt(p0 * (1 - p0) / n)
            funnel.append({"target": p0, "trials": n, "level": level,
                           "normal": [max(0.0, p0 - half), min(1.0, p0 + half)],
                           "exactBinomial": [spiegelhalter(tail, n, p0), spiegelhalter(1 - tail, n, p0)]})

# Ageing buckets and calendar quarters ------------------------------------------------------------
breaks = [0, 30, 90, 180, 365, float("inf")]
labels = ["0–29", "30–89", "90–179", "180–364", "365+"]
ages = [0, 1, 29, 30, 89, 90, 179, 180, 364, 365, 3205]
cut = pd.cut(pd.Series(ages), bins=breaks, right=False, labels=labels)
buckets = [{"age": a, "bucket": str(b)} for a, b in zip(ages, cut)]

days = ["2012-03-26", "2012-12-31", "2019-01-01", "2020-02-29", "2024-07-01", "2024-09-30", "1999-12-31"]
quarters = []
for d in days:
    p = pd.Period(d, freq="Q-DEC")
    quarters.append({"date": d, "start": str(p.start_time.date()), "label": f"{p.year}-Q{p.quarter}"})

# Fiscal quarters: pandas names a fiscal year by the month it ends in (Q-JUN = July start).
fiscal_quarters = []
ends = {1: "Q-DEC", 7: "Q-JUN", 10: "Q-SEP", 4: "Q-MAR", 11: "Q-OCT"}
fiscal_days = [r[0] for r in oracle_table("quarters.md")] + ["2024-07-01", "2024-09-30", "2000-02-29", "1999-11-01"]
for d in fiscal_days:
    for start_month, freq in ends.items():
        p = pd.Period(d, freq=freq)
        fiscal_quarters.append({"date": d, "startMonth": start_month, "source": "pandas", "fiscalYear": p.qyear,
                                "quarter": p.quarter, "start": str(p.start_time.date())})
for r in oracle_table("quarters.md"):
    year, q = r[1].split("Q")
    fiscal_quarters.append({"date": r[0], "startMonth": 1, "source": "oracle", "fiscalYear": int(year),
                            "quarter": int(q), "start": r[2]})
    for cell, start_month in zip(r[3:7], (7, 10, 4, 11)):
        fy, q, start = re.fullmatch(r"FY(\d{4}) Q(\d) \(starts (\S+)\)", cell).groups()
        fiscal_quarters.append({"date": r[0], "startMonth": start_month, "source": "oracle",
                                "fiscalYear": int(fy), "quarter": int(q), "start": start})

# Published figures ------------------------------------------------------------------------------
with open(os.path.join(DATA, "published_figures_test_vectors.csv"), encoding="utf-8") as f:
    vectors = list(csv.DictReader(f))


def published(body, context, metric, period=None):
    return next(r["value"] for r in vectors if r["body"] == body and r["context"].startswith(context)
                and r["metric"] == metric and (period is None or r["period"] == period))


def percent(numerator, denominator, rounding):
    value = decimal.Decimal(100) * numerator / decimal.Decimal(denominator)
    return float(value.quantize(decimal.Decimal("0.01"), rounding=rounding))


agn = "Follow-up audit of SPF"
cedh = "Follow-up of 2022 recommendations"
published_figures = {
    "recommendations": [
        {"source": "AGN 2017-2019", "total": int(published("AGN", agn, "recommendations_total")),
         "complied": int(published("AGN", agn, "recommendations_complied")),
         "partiallyComplied": int(published("AGN", agn, "recommendations_partially_complied")),
         "notComplied": int(published("AGN", agn, "recommendations_not_regularized")), "reportedPercent": None},
        {"source": "CEDH Nuevo León 2023", "total": int(published("CEDH Nuevo Leon", cedh, "recommendations_total")),
         "complied": int(published("CEDH Nuevo Leon", cedh, "recommendations_complied")),
         "partiallyComplied": int(published("CEDH Nuevo Leon", cedh, "recommendations_partially_complied")),
         "notComplied": int(published("CEDH Nuevo Leon", cedh, "recommendations_not_complied")),
         "reportedPercent": float(published("CEDH Nuevo Leon", cedh, "pct_complied_reported"))},
    ],
    "legalStatus": [],
    "meanScores": [],
}
for period in ("2017-12-31", "2018-12-31", "2019-12-31"):
    p, c = (int(published("AGN", "SPF population by legal status", m, period)) for m in ("procesados", "condenados"))
    reported = float(published("AGN", "SPF population by legal status", "pct_procesados_reported", period))
    published_figures["legalStatus"].append({
        "period": period, "procesados": p, "condenados": c, "reportedPercent": reported,
        "truncated": percent(p, p + c, decimal.ROUND_DOWN), "rounded": percent(p, p + c, decimal.ROUND_HALF_UP)})
durango = [float(published("CNDH (DNSP)", "Durango state average score", "dnsp_score", str(y))) for y in range(2011, 2018)]
mean = sum(decimal.Decimal(str(v)) for v in durango) / len(durango)
published_figures["meanScores"].append({
    "source": "CNDH DNSP Durango 2011-2017", "scores": durango,
    "reportedMean": float(published("CNDH (DNSP)", "Durango state average score", "dnsp_score_mean_reported")),
    "truncated": float(mean.quantize(decimal.Decimal("0.01"), rounding=decimal.ROUND_DOWN))})

# Period labels: pandas Periods (Q-DEC, Q-JUN for a July fiscal start; Y-JUN for its year) and
# ISO weeks from Timestamp.isocalendar(); Spanish writes T for quarters and S for weeks.
period_labels = []
for text in ("2019-12-30", "2020-12-31", "2021-01-01", "2021-01-04", "2024-02-29", "2024-03-01",
             "2024-06-30", "2024-07-01", "2024-12-31", "2026-12-28"):
    day = pd.Timestamp(text)
    iso = day.isocalendar()
    calendar, fiscal = pd.Period(day, freq="Q-DEC"), pd.Period(day, freq="Q-JUN")
    for start_month, q in ((1, calendar), (7, fiscal)):
        year = q.qyear if start_month == 7 else day.year
        period_labels.append({"date": text, "startMonth": start_month, "labels": {
            "year": [str(pd.Period(day, freq="Y-JUN").year if start_month == 7 else year)] * 2,
            "quarter": [f"{q.qyear}-Q{q.quarter}", f"{q.qyear}-T{q.quarter}"],
            "month": [day.strftime("%Y-%m")] * 2,
            "week": [f"{iso[0]}-W{iso[1]:02d}", f"{iso[0]}-S{iso[1]:02d}"]}})

data = {"wilson": wilson, "buckets": buckets, "quarters": quarters, "binomial": binomial,
        "binomialOracle": binomial_oracle, "kaplanMeier": kaplan_meier, "kaplanMeierOracle": kaplan_meier_oracle,
        "shrinkage": shrinkage, "shrinkageOracle": shrinkage_oracle, "funnel": funnel,
        "fiscalQuarters": fiscal_quarters, "periodLabels": period_labels, "publishedFigures": published_figures}
path = os.path.join(HERE, "stats_expected.json")


def leaves(value, prefix=""):
    """Every scalar in a JSON value, keyed by its path."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from leaves(v, f"{prefix}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from leaves(v, f"{prefix}[{i}]")
    else:
        yield prefix, value


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return abs(a - b) <= 1e-12 * max(1.0, abs(a), abs(b))
    return a == b


if "--check" in sys.argv:
    stored = dict(leaves(json.load(open(path, encoding="utf-8"))))
    fresh = dict(leaves(json.loads(json.dumps(data))))
    failed = sorted(k for k in stored.keys() | fresh.keys() if k not in stored or k not in fresh or not same(stored[k], fresh[k]))
    for k in failed[:20]:
        print(f"differs: {k}: stored {stored.get(k)!r}, recomputed {fresh.get(k)!r}")
    print(f"{len(stored.keys() | fresh.keys()) - len(failed)} passed, {len(failed)} failed")
    sys.exit(1 if failed else 0)
open(path, "w", encoding="utf-8").write(json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n")
