#!/usr/bin/env bash
# Writes the national-scale synthetic data set for the quarterly-report benchmark: 1,000,000
# recommendations (seed 7) with their status events and the population snapshots, under the
# file names Queries/informe-trimestral.query reads (recomendaciones_sinteticas.csv,
# eventos_sinteticos.csv, poblacion_sintetica.csv). About 260 MB. The same seed gives the same
# files, so two machines benchmark the same input.
#
# Usage: Tests/Bench/informe/generate.sh [DIR]     (default /tmp/oversight-informe-bench/data)
#   OVERSIGHT_BIN  an oversight binary to use; otherwise `swift build -c release` builds one
#   SCRATCH        the build's scratch path (default: the package's .build)
#   RECOMMENDATIONS, SEED  override 1000000 and 7
# Checks that the three files exist and that the recommendations file has the expected number
# of rows, prints one ok/FAIL line per check and `N passed, M failed`, and exits non-zero on failure.
set -euo pipefail
dir=${1:-/tmp/oversight-informe-bench/data}
count=${RECOMMENDATIONS:-1000000}
seed=${SEED:-7}
root=$(cd "$(dirname "$0")/../../.." && pwd)

if [ -n "${OVERSIGHT_BIN:-}" ]; then
    bin=$OVERSIGHT_BIN
else
    scratch_args=()
    [ -n "${SCRATCH:-}" ] && scratch_args=(--scratch-path "$SCRATCH")
    swift build -c release --package-path "$root" "${scratch_args[@]}" --product oversight >&2
    bin=$(swift build -c release --package-path "$root" "${scratch_args[@]}" --show-bin-path)/oversight
fi

mkdir -p "$dir"
"$bin" generate --recommendations "$count" --seed "$seed" --out "$dir" >&2

passed=0
failed=0
for file in recomendaciones_sinteticas.csv eventos_sinteticos.csv poblacion_sintetica.csv; do
    if [ -s "$dir/$file" ]; then
        echo "ok   $file: $(du -h "$dir/$file" | cut -f1)"; passed=$((passed + 1))
    else
        echo "FAIL $file: missing or empty in $dir"; failed=$((failed + 1))
    fi
done
rows=$(($(wc -l < "$dir/recomendaciones_sinteticas.csv") - 1))
if [ "$rows" -eq "$count" ]; then
    echo "ok   recommendations: $rows rows"; passed=$((passed + 1))
else
    echo "FAIL recommendations: $rows rows, expected $count"; failed=$((failed + 1))
fi
echo "generate: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
