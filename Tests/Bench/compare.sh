#!/usr/bin/env bash
# Times oversight-bench against DuckDB and polars on one group-by file, in one run, and prints
# seconds, the ratios ours/DuckDB and ours/polars per step, the geometric mean of q1-q10 and the
# peak memory of each process (load + q1-q10; /usr/bin/time -v, "Maximum resident set size").
#
# Usage: Tests/Bench/compare.sh FILE.csv
#   PYTHON   a Python with duckdb, polars, pandas, pyarrow (default /tmp/peers/bin/python)
#   PEERS    the peers to run (default "duckdb polars")
#   THREADS  threads for every engine (default 2; the peers' script fixes 2)
set -euo pipefail
file=${1:?usage: compare.sh FILE.csv}
python=${PYTHON:-/tmp/peers/bin/python}
peers=${PEERS:-duckdb polars}
threads=${THREADS:-2}
root=$(cd "$(dirname "$0")/../.." && pwd)
scratch=${SCRATCH:-/tmp/build-bench}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c release --package-path "$root" --scratch-path "$scratch" --product oversight-bench >&2
bench="$scratch/release/oversight-bench"

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -v "$bench" "$file" --threads "$threads" > "$work/oversight.tsv" 2> "$work/oversight.time"
for peer in $peers; do
    /usr/bin/time -v "$python" /work/shared/bench/peers_groupby.py "$file" "$peer" > "$work/$peer.tsv" 2> "$work/$peer.time"
done

"$python" - "$work" oversight $peers <<'PY'
import math, os, re, sys
work, engines = sys.argv[1], sys.argv[2:]
times, peaks = {}, {}
for engine in engines:
    for line in open(os.path.join(work, engine + ".tsv")):
        parts = line.rstrip("\n").split("\t")
        if len(parts) == 3 and re.fullmatch(r"load|q\d+", parts[1]):
            times[(engine, parts[1])] = float(parts[2])
    text = open(os.path.join(work, engine + ".time")).read()
    peaks[engine] = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) // 1024
steps = ["load"] + [f"q{i}" for i in range(1, 11)]
peers = engines[1:]
header = ["step"] + engines + [f"ours/{p}" for p in peers]
rows = []
for step in steps:
    row = [step] + [f"{times[(e, step)]:.3f}" if (e, step) in times else "-" for e in engines]
    for p in peers:
        ours, theirs = times.get(("oversight", step)), times.get((p, step))
        row.append(f"{ours / theirs:.2f}" if ours and theirs else "-")
    rows.append(row)
def geo(engine):
    values = [times[(engine, f"q{i}")] for i in range(1, 11) if (engine, f"q{i}") in times]
    return math.exp(sum(math.log(max(v, 1e-4)) for v in values) / len(values)) if len(values) == 10 else None
means = {e: geo(e) for e in engines}
row = ["geomean q1-q10"] + [f"{means[e]:.3f}" if means[e] else "-" for e in engines]
row += [f"{means['oversight'] / means[p]:.2f}" if means['oversight'] and means[p] else "-" for p in peers]
rows.append(row)
row = ["peak MB"] + [str(peaks[e]) for e in engines] + [f"{peaks['oversight'] / peaks[p]:.2f}" for p in peers]
rows.append(row)
widths = [max(len(r[i]) for r in [header] + rows) for i in range(len(header))]
print(" | ".join(h.ljust(w) for h, w in zip(header, widths)))
print("-|-".join("-" * w for w in widths))
for r in rows:
    print(" | ".join(c.ljust(w) for c, w in zip(r, widths)))
PY
