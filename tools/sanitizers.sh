#!/usr/bin/env bash
# The CI's sanitizer stages (issue 23, docs/reliability.md). Each preset builds only the tests it runs:
#   bash tools/sanitizers.sh sanitize   the unit, driver and platform tests that build no screens (ctest label
#                                       `sanitizer`, tests/CMakeLists.txt) under AddressSanitizer,
#                                       LeakSanitizer and UndefinedBehaviorSanitizer (clang 14). The same build
#                                       makes the libFuzzer targets, so tools/fuzz-all.sh after it builds nothing
#                                       more. Platform tests run on SQLite here: their PostgreSQL twins run in the
#                                       README's test command, and the code of ours the sanitizers watch is the same.
#   bash tools/sanitizers.sh tsan       the tests of the parts that start threads (label `threads`: USB scanner and
#                                       card reader, camera, the face pipeline's thread, printing, outbox)
#                                       under ThreadSanitizer (gcc 12). Debian's Qt is not built with TSan; what is
#                                       suppressed because its synchronisation happens inside Qt is listed, with
#                                       the reason, in tests/tsan.supp.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:?which preset: sanitize or tsan}"
case "$preset" in
sanitize | tsan) ;;
*) echo "unknown sanitizer preset '$preset': sanitize or tsan" >&2; exit 2 ;;
esac
source tools/ccache-env.sh
echo "==> building the tests of preset $preset"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -- -j"$(nproc)"
echo "==> running the tests of preset $preset"
# Two slots a core, as in the README's tests: a test takes two, one that mostly waits one (tests/CMakeLists.txt).
ctest --preset "$preset" -j"$((2 * $(nproc)))"
