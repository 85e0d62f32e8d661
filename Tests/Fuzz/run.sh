#!/usr/bin/env bash
# Builds one libFuzzer target and runs it for a while:
#
#     Tests/Fuzz/run.sh CSVReader|CSVSniffer|XLSXReader SECONDS [extra libFuzzer flags…]
#
# Frame and FrameIO are built by SwiftPM with coverage instrumentation and AddressSanitizer in
# their own scratch folder (so a plain `swift build` is untouched); the target's main.swift is
# then compiled and linked against them with swiftc. New inputs go to a scratch corpus seeded
# from Tests/Fuzz/Corpus/TARGET; a crash is saved under $FUZZ_OUT/artifacts/ and the script
# fails. Turn every crash into a regression test, and add its input to the seed corpus.
set -euo pipefail
cd "$(dirname "$0")/../.."

target=${1:?usage: Tests/Fuzz/run.sh TARGET SECONDS}
seconds=${2:?usage: Tests/Fuzz/run.sh TARGET SECONDS}
shift 2
[[ -f Tests/Fuzz/$target/main.swift ]] || { echo "no fuzz target Tests/Fuzz/$target" >&2; exit 64; }

out=${FUZZ_OUT:-/tmp/oversight-fuzz}
build=$out/build
mkdir -p "$out/bin" "$out/corpus/$target" "$out/artifacts/$target"

swift build --scratch-path "$build" --target FrameIO \
    -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp \
    -Xswiftc -enable-testing 2>&1 | tail -3
debug=$build/debug
support=()
[[ $target == XLSXReader ]] && support=(Tests/TestSupport/ZipBuilder.swift Tests/TestSupport/MinimalWorkbook.swift Tests/TestSupport/FuzzWorkbook.swift)
swiftc -sanitize=fuzzer,address -parse-as-library -module-name "${target}Fuzz" \
    -I "$debug/Modules" -Xcc -fmodule-map-file=Sources/CMinizip/module.modulemap \
    "Tests/Fuzz/$target/main.swift" "${support[@]}" \
    "$debug"/Frame.build/*.o "$debug"/FrameIO.build/*.o \
    -lminizip -lm -o "$out/bin/$target" 2> >(grep -v "Cannot export local symbol" >&2)

"$out/bin/$target" "$out/corpus/$target" "Tests/Fuzz/Corpus/$target" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="$out/artifacts/$target/" -print_final_stats=1 "$@"
