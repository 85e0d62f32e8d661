#!/usr/bin/env bash
# Run the engine twice on Queries/ and check that the outputs are byte-identical.
#
# Usage: Tests/CrossCheck/check_determinism.sh
#
# What is checked, and why: the same inputs and as-of date must give byte-identical .xlsx
# files on the same machine (EXPORT.md §1.5 and §4.9: the workbook's `created` time comes from
# the input, never the wall clock), and identical CSV and Vega-Lite JSON. The two runs are a
# couple of seconds apart so that anything taken from the clock shows up. Both runs must
# produce the same list of files. When two workbooks differ, the XML parts that differ are
# named. One `ok`/`FAIL` line per file; the exit status is non-zero on any failure.
#
# The engine: $OVERSIGHT_BIN if set, otherwise it is built with
# `swift build --scratch-path "${OVERSIGHT_SCRATCH:-<repo>/.build}"`.

set -u

repo=$(cd "$(dirname "$0")/../.." && pwd)
passed=0
failed=0

ok()   { echo "ok   $1: $2"; passed=$((passed + 1)); }
fail() { echo "FAIL $1: $2"; failed=$((failed + 1)); }

finish() {
    echo "check_determinism: $passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    exit $?
}

engine_binary() {
    if [ -n "${OVERSIGHT_BIN:-}" ]; then
        echo "$OVERSIGHT_BIN"
        return 0
    fi
    local scratch=${OVERSIGHT_SCRATCH:-$repo/.build}
    swift build --package-path "$repo" --scratch-path "$scratch" >"$build_log" 2>&1 \
        || { tail -20 "$build_log" >&2; return 1; }
    echo "$(swift build --package-path "$repo" --scratch-path "$scratch" --show-bin-path)/oversight"
}

run_engine() {  # run_engine OUT_DIR: the engine's messages are shown only when it fails
    (cd "$repo" && "$bin" run Queries/ --out "$1" >"$run_log" 2>&1) || { cat "$run_log" >&2; return 1; }
}

# Names the zip entries whose contents differ between two workbooks.
differing_parts() {
    python3 - "$1" "$2" <<'EOF'
import sys, zipfile
a, b = (zipfile.ZipFile(p) for p in sys.argv[1:3])
names = sorted(set(a.namelist()) | set(b.namelist()))
diff = [n for n in names if n not in a.namelist() or n not in b.namelist() or a.read(n) != b.read(n)]
print(", ".join(diff) if diff else "no part differs (only the zip bytes)")
EOF
}

compare_file() {  # compare_file RELATIVE_PATH
    local rel=$1 first=$run1/$1 second=$run2/$1
    if cmp -s "$first" "$second"; then
        ok "determinism $rel" "identical, sha256 $(sha256sum "$first" | cut -c1-16)"
    elif [[ $rel == *.xlsx ]]; then
        fail "determinism $rel" "bytes differ; parts: $(differing_parts "$first" "$second")"
    else
        fail "determinism $rel" "bytes differ: $(diff <(cat "$first") <(cat "$second") | head -3 | tr '\n' ' ')"
    fi
}

run1=$(mktemp -d)
run2=$(mktemp -d)
build_log=$(mktemp)
run_log=$(mktemp)
trap 'rm -rf "$run1" "$run2" "$build_log" "$run_log"' EXIT

bin=$(engine_binary) || { fail "determinism build" "the engine did not build"; finish; }

run_engine "$run1" || { fail "determinism first run" "the engine failed"; finish; }
sleep 2
run_engine "$run2" || { fail "determinism second run" "the engine failed"; finish; }

files1=$(cd "$run1" && find . -type f | sort)
files2=$(cd "$run2" && find . -type f | sort)
if [ "$files1" = "$files2" ]; then
    ok "determinism file list" "$(echo "$files1" | wc -l) files in both runs"
else
    fail "determinism file list" "$(diff <(echo "$files1") <(echo "$files2") | tr '\n' ' ')"
fi

count=0
while IFS= read -r rel; do
    [ -n "$rel" ] || continue
    compare_file "${rel#./}"
    count=$((count + 1))
done <<<"$(cd "$run1" && find . -type f \( -name '*.xlsx' -o -name '*.csv' -o -name '*.json' \) | sort)"
[ "$count" -gt 0 ] || fail "determinism outputs" "no .xlsx, .csv or .json written"

finish
