#!/usr/bin/env bash
# Run every cross-check on an output folder and print the totals.
#
# Usage: Tests/CrossCheck/run_all.sh OUTPUT_DIR
#
# OUTPUT_DIR is what `oversight run Queries/ --out OUTPUT_DIR` wrote. Runs, in order:
#   recompute_analyses.py OUTPUT_DIR   every table recomputed with DuckDB and compared;
#   recompute_informe.py OUTPUT_DIR    the Spanish quarterly report recomputed with DuckDB,
#                                      statsmodels, lifelines and R survival (Rscript), compared;
#   check_outputs.py OUTPUT_DIR        xlsx, Vega-Lite and CSV read back and checked;
#   check_sql.py OUTPUT_DIR            `oversight sql` of every report run in DuckDB, compared;
#   check_determinism.sh               two fresh runs give byte-identical files.
# Needs python3 on PATH with duckdb, pandas, numpy, openpyxl==3.1.5, jsonschema, altair==5.5.0,
# statsmodels and lifelines, and Rscript with R's survival package. The last line is exactly
# `N passed, M failed` (the form CI recognises); the exit status is non-zero when any check
# fails or any script stops early.

set -u

if [ $# -ne 1 ] || [ ! -d "$1" ]; then
    echo "usage: $0 OUTPUT_DIR   (a folder written by: oversight run Queries/ --out OUTPUT_DIR)" >&2
    exit 64
fi
out_dir=$1
here=$(cd "$(dirname "$0")" && pwd)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0

run() {  # run NAME COMMAND...: runs a script, keeps its output, notes an abnormal exit
    local name=$1
    shift
    echo "== $name"
    "$@" 2>&1 | tee -a "$log"
    local code=${PIPESTATUS[0]}
    if [ "$code" -ne 0 ]; then
        status=1
        if ! grep -q "^$name: .* passed, .* failed$" "$log"; then
            echo "FAIL $name: exited with status $code before finishing" | tee -a "$log"
        fi
    fi
}

run recompute_analyses python3 "$here/recompute_analyses.py" "$out_dir"
run recompute_informe python3 "$here/recompute_informe.py" "$out_dir"
run check_outputs python3 "$here/check_outputs.py" "$out_dir"
run check_sql python3 "$here/check_sql.py" "$out_dir"
run check_determinism bash "$here/check_determinism.sh"

passed=$(grep -c '^ok ' "$log")
failed=$(grep -c '^FAIL ' "$log")
[ "$failed" -eq 0 ] || status=1
echo "$passed passed, $failed failed"
exit "$status"
