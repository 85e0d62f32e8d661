#!/usr/bin/env python3
"""Expected values for the oversight statistics, from independent implementations.

- Wilson 95 % and 90 % intervals: statsmodels' proportion_confint(method="wilson").
- Ageing buckets: pandas.cut with right=False (half-open [a, b)) and the default breaks.
- Quarter starts and labels: pandas Period('Q-DEC').
Writes `stats_expected.json` beside this script; `--check` compares instead of writing.
"""
import json, os, sys
import pandas as pd
from statsmodels.stats.proportion import proportion_confint

HERE = os.path.dirname(os.path.abspath(__file__))

wilson = []
for x, n in [(18, 20), (4, 20), (4, 200), (190, 200), (1, 30), (0, 30), (30, 30), (7, 46), (10, 26), (3, 7), (1, 1), (0, 1)]:
    for level in (0.95, 0.90):
        lo, hi = proportion_confint(x, n, alpha=1 - level, method="wilson")
        wilson.append({"successes": x, "trials": n, "confidence": level, "lower": float(lo), "upper": float(hi)})

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

data = {"wilson": wilson, "buckets": buckets, "quarters": quarters}
text = json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
path = os.path.join(HERE, "stats_expected.json")
if "--check" in sys.argv:
    same = open(path, encoding="utf-8").read() == text
    print(f"{int(same)} passed, {int(not same)} failed")
    sys.exit(0 if same else 1)
open(path, "w", encoding="utf-8").write(text)
