#!/usr/bin/env bash
# The CI's fuzz stage (issue 23): every libFuzzer target for a fixed time, each from its checked-in corpus,
# as many at once as there are cores.
#   bash tools/fuzz-all.sh [SECONDS_PER_TARGET]     (default 20)
# The targets come from the `sanitize` preset (clang, ASan + UBSan + libFuzzer), the same build as
# tools/sanitizers.sh sanitize. New inputs found on the way go to a temporary folder; a crash is written into the
# target's corpus folder (tests/fuzz/corpus/<target>/crash-…) and fails the run: commit that file with the fix,
# and the replay test of every other build (`<target>.replay`, label fuzz) keeps it fixed. Prints the
# executions per target (docs/reliability.md).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
source tools/ccache-env.sh
echo "==> building the fuzz targets (preset sanitize)"
cmake --preset sanitize >/dev/null
cmake --build --preset sanitize --target fuzzers -- -j"$(nproc)"

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

# One target: its executions (or FAILED and the log's tail) in $results/<target>.
fuzz_one() {
    local corpus="$1" target binary found log
    target=$(basename "$corpus")
    binary="build/sanitize/tests/fuzz/$target"
    if [ ! -x "$binary" ]; then
        echo "no fuzz target of that name (tests/fuzz/CMakeLists.txt)" >"$results/$target.failed"
        return
    fi
    found=$(mktemp -d)
    log="$results/$target.log"
    # -rss_limit_mb: the parsers refuse what would need more; a target growing past it is a finding too.
    if ! "$binary" -max_total_time="$seconds" -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$corpus/crash-" "$found" "$corpus" >"$log" 2>&1; then
        tail -40 "$log" >"$results/$target.failed"
    fi
    sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1 >"$results/$target.executions"
    rm -rf "$found"
}

running=0
for corpus in tests/fuzz/corpus/*/; do
    fuzz_one "${corpus%/}" &
    running=$((running + 1))
    if [ "$running" -ge "$(nproc)" ]; then
        wait -n || true
        running=$((running - 1))
    fi
done
wait

failed=0
printf '%-24s %12s %8s\n' target executions seconds
for corpus in tests/fuzz/corpus/*/; do
    target=$(basename "$corpus")
    executions=$(cat "$results/$target.executions" 2>/dev/null || true)
    printf '%-24s %12s %8s\n' "$target" "${executions:-?}" "$seconds"
    if [ -e "$results/$target.failed" ]; then
        echo "$target: FAILED; a crashing input is in $corpus (crash-…); the log's end:" >&2
        cat "$results/$target.failed" >&2
        failed=1
    fi
done
exit "$failed"
