#!/usr/bin/env bash
# Times the Spanish quarterly report at national scale: `oversight run` of
# Queries/informe-trimestral.query against informe_pandas.py (pandas + XlsxWriter), on the
# 1,000,000-recommendation data set of generate.sh. Each side runs RUNS times (default 2)
# under /usr/bin/time -v; the script prints wall time and peak RSS ("Maximum resident set
# size") of every run, the best of each side, the ratios, and whether the issue's targets hold
# (ours at least 10x faster, and at most 1/3 of pandas' peak memory). Then check_agreement.py
# checks that both produced the same tables (compliance by unit, ranking, ageing, trend, by
# topic, by issuer, Kaplan–Meier; the overdue listing on its count and first rows).
#
# Why: the engine claims to replace the script an analyst would otherwise write; this measures
# that claim on the same input, the same definitions and the same kind of output (.xlsx).
# What each side does: ours reads the CSVs, computes every table and writes the .xlsx report
# (cover, contents, notes, formats, two charts), one CSV per table and two Vega-Lite specs;
# pandas reads the same CSVs, computes the same tables and writes one plain .xlsx.
#
# Usage: Tests/Bench/informe/compare.sh [DATA_DIR]
#   DATA_DIR       the 1M data (default /tmp/oversight-informe-bench/data; generated when missing)
#   OVERSIGHT_BIN  an oversight binary; otherwise `swift build -c release` builds one
#   SCRATCH        the build's scratch path (default: the package's .build)
#   RUNS           runs of each side (default 2)
# python3 is taken from PATH and needs pandas, numpy, statsmodels, lifelines, xlsxwriter and
# openpyxl. Prints one ok/FAIL line per check and `N passed, M failed`; exits non-zero on failure.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
data=${1:-/tmp/oversight-informe-bench/data}
runs=${RUNS:-2}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ -n "${OVERSIGHT_BIN:-}" ]; then
    bin=$OVERSIGHT_BIN
else
    scratch_args=()
    [ -n "${SCRATCH:-}" ] && scratch_args=(--scratch-path "$SCRATCH")
    swift build -c release --package-path "$root" "${scratch_args[@]}" --product oversight >&2
    bin=$(swift build -c release --package-path "$root" "${scratch_args[@]}" --show-bin-path)/oversight
fi
if [ ! -s "$data/recomendaciones_sinteticas.csv" ] || [ ! -s "$data/eventos_sinteticos.csv" ]; then
    OVERSIGHT_BIN=$bin "$here/generate.sh" "$data" >&2
fi
data=$(cd "$data" && pwd)

# A copy of the bundled query next to a data/ folder that holds the big files under the same names.
mkdir -p "$work/query"
cp "$root/Queries/informe-trimestral.query" "$root/Queries/informe-definiciones.query" "$work/query/"
ln -s "$data" "$work/query/data"

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# data: $data ($(($(wc -l < "$data/recomendaciones_sinteticas.csv") - 1)) recommendations, $(($(wc -l < "$data/eventos_sinteticos.csv") - 1)) status events)"
status=0
for run in $(seq 1 "$runs"); do
    /usr/bin/time -v "$bin" run "$work/query/informe-trimestral.query" --out "$work/ours-$run" \
        > "$work/ours-$run.log" 2> "$work/ours-$run.time" || { echo "FAIL oversight run $run: exit $?"; tail -5 "$work/ours-$run.time"; status=1; }
    /usr/bin/time -v python3 "$here/informe_pandas.py" "$data" "$work/pandas-$run.xlsx" \
        > "$work/pandas-$run.log" 2> "$work/pandas-$run.time" || { echo "FAIL pandas run $run: exit $?"; tail -5 "$work/pandas-$run.time"; status=1; }
done
[ "$status" -eq 0 ] || { echo "0 passed, 1 failed"; exit 1; }

python3 - "$work" "$runs" > "$work/targets.log" <<'PY' || status=1
import re, sys
work, runs = sys.argv[1], int(sys.argv[2])
def measure(path):
    text = open(path).read()
    clock = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", text)
    seconds = int(clock.group(1) or 0) * 3600 + int(clock.group(2)) * 60 + float(clock.group(3))
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) / 1024
    return seconds, peak
rows = {side: [measure(f"{work}/{side}-{run}.time") for run in range(1, runs + 1)] for side in ("ours", "pandas")}
print(f"{'run':<6}{'oversight s':>13}{'oversight MB':>14}{'pandas s':>11}{'pandas MB':>11}")
for run in range(runs):
    (os_, om), (ps, pm) = rows["ours"][run], rows["pandas"][run]
    print(f"{run + 1:<6}{os_:>13.2f}{om:>14.0f}{ps:>11.2f}{pm:>11.0f}")
best_ours, best_pandas = min(t for t, _ in rows["ours"]), min(t for t, _ in rows["pandas"])
peak_ours, peak_pandas = max(m for _, m in rows["ours"]), max(m for _, m in rows["pandas"])
speedup, memory = best_pandas / best_ours, peak_ours / peak_pandas
print(f"best wall time: oversight {best_ours:.2f} s, pandas {best_pandas:.2f} s -> pandas/oversight = {speedup:.2f}x")
print(f"peak RSS: oversight {peak_ours:.0f} MB, pandas {peak_pandas:.0f} MB -> oversight/pandas = {memory:.2f}")
checks = [(speedup >= 10, "target speed", f"oversight {speedup:.2f}x faster than pandas (target >= 10x)"),
          (memory <= 1 / 3, "target memory", f"oversight uses {memory:.2f} of pandas' peak (target <= 0.33)")]
for good, name, detail in checks:
    print(f"{'ok  ' if good else 'FAIL'} {name}: {detail}")
failed = sum(1 for good, _, _ in checks if not good)
sys.exit(1 if failed else 0)
PY
cat "$work/targets.log"

python3 "$here/check_agreement.py" "$work/ours-1/informe-trimestral" "$work/pandas-1.xlsx" > "$work/agreement.log" || status=1
cat "$work/agreement.log"
passed=$(cat "$work/targets.log" "$work/agreement.log" | grep -c '^ok ' || true)
failed=$(cat "$work/targets.log" "$work/agreement.log" | grep -c '^FAIL ' || true)
[ "$failed" -eq 0 ] || status=1
echo "$passed passed, $failed failed"
exit "$status"
