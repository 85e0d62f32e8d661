#!/usr/bin/env python3
"""Write the db-benchmark join tables J1_<N>_NA_0_0 (x) and J1_<N>_<N/1e6|N/1e3|N>_0_0 (small,
medium, big) into DIR, following h2oai/db-benchmark _data/join-datagen.R (no NAs, random order).

Each key space is split into 90 % shared keys, 10 % only on the left and 10 % only on the right,
so 90 % of x's keys match. id4/id5/id6 are the text forms "id<k>" of id1/id2/id3; v1 and v2 are
uniform on [0, 100) rounded to 6 decimals. numpy's generator replaces R's, so the rows differ
from the published files but the shapes, cardinalities and match rates are the same.
Usage: gen_join.py N DIR [seed]"""
import os, sys
import numpy as np
import pandas as pd

n = int(float(sys.argv[1]))
out = sys.argv[2]
rng = np.random.default_rng(int(sys.argv[3]) if len(sys.argv) > 3 else 108)
assert n >= 10_000_000 and n % 10_000_000 == 0, "the spec needs N >= 1e7 (small has N/1e6 rows)"

def pretty(x):
    return f"1e{len(str(int(x))) - 1}"

def split_xlr(k):
    key = rng.permutation(int(k * 1.1)) + 1
    return {"x": key[: int(k * 0.9)], "l": key[int(k * 0.9) : k], "r": key[k : int(k * 1.1)]}

def sample_all(keys, size):
    """Every key at least once, the rest drawn with replacement, shuffled."""
    extra = rng.choice(keys, size=max(size - len(keys), 0), replace=True)
    return rng.permutation(np.concatenate([keys, extra]))

def write(cols, name):
    frame = pd.DataFrame(cols)
    for num, text in (("id1", "id4"), ("id2", "id5"), ("id3", "id6")):
        if num in frame:
            frame[text] = "id" + frame[num].astype(str)
    order = [c for c in frame.columns if c not in ("v1", "v2")] + [c for c in ("v1", "v2") if c in frame]
    frame[order].to_csv(os.path.join(out, name + ".csv"), index=False, float_format="%.6f")

key1, key2, key3 = split_xlr(n // 10**6), split_xlr(n // 10**3), split_xlr(n)
lhs = lambda k: np.concatenate([k["x"], k["l"]])
rhs = lambda k: np.concatenate([k["x"], k["r"]])
write({"id1": sample_all(lhs(key1), n), "id2": sample_all(lhs(key2), n), "id3": sample_all(lhs(key3), n),
       "v1": np.round(rng.uniform(0, 100, n), 6)}, f"J1_{pretty(n)}_NA_0_0")
m = n // 10**6
write({"id1": sample_all(rhs(key1), m), "v2": np.round(rng.uniform(0, 100, m), 6)}, f"J1_{pretty(n)}_{pretty(m)}_0_0")
m = n // 10**3
write({"id1": sample_all(rhs(key1), m), "id2": sample_all(rhs(key2), m),
       "v2": np.round(rng.uniform(0, 100, m), 6)}, f"J1_{pretty(n)}_{pretty(m)}_0_0")
write({"id1": sample_all(rhs(key1), n), "id2": sample_all(rhs(key2), n), "id3": sample_all(rhs(key3), n),
       "v2": np.round(rng.uniform(0, 100, n), 6)}, f"J1_{pretty(n)}_{pretty(n)}_0_0")
