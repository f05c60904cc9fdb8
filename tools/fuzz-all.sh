#!/usr/bin/env bash
# Every libFuzzer target for a fixed time, each from its checked-in corpus (the CI's fuzz stage, issue 23).
#   bash tools/fuzz-all.sh [SECONDS_PER_TARGET]     (default 20)
# Builds the `fuzz` preset (clang, ASan + UBSan + libFuzzer) for the fuzz targets only. New inputs found on the
# way go to a temporary folder; a crash is written into the target's corpus folder
# (tests/fuzz/corpus/<target>/crash-…) and fails the run: commit that file with the fix, and the `fuzz` replay
# test of every build keeps it fixed. Prints the executions per target (docs/reliability.md).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
export CCACHE_DIR="${CCACHE_DIR:-/var/cache/ssc-terminal-ccache}"
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-5G}"
echo "==> building the fuzz targets (preset fuzz)"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target fuzzers -- -j"$(nproc)"

failed=0
printf '%-24s %12s %8s\n' target executions seconds
for corpus in tests/fuzz/corpus/*/; do
    target=$(basename "$corpus")
    binary="build/fuzz/tests/fuzz/$target"
    if [ ! -x "$binary" ]; then
        echo "$target: no fuzz target of that name (tests/fuzz/CMakeLists.txt)" >&2
        failed=1
        continue
    fi
    found=$(mktemp -d)
    log=$(mktemp)
    # -rss_limit_mb: the parsers refuse what would need more; a target growing past it is a finding too.
    if ! "$binary" -max_total_time="$seconds" -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$corpus/crash-" "$found" "$corpus" >"$log" 2>&1; then
        echo "$target: FAILED; the input is in $corpus (crash-…); its log:" >&2
        tail -40 "$log" >&2
        failed=1
    fi
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    printf '%-24s %12s %8s\n' "$target" "${executions:-?}" "$seconds"
    rm -rf "$found" "$log"
done
exit "$failed"
