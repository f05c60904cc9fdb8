#!/usr/bin/env bash
# The CI's sanitizer stage (issue 23): the unit, driver and platform tests that build no screens (ctest label
# `sanitizer`, tests/CMakeLists.txt) under AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer.
# The `sanitize` preset (clang 14) builds them and the libFuzzer targets from the same objects, so
# tools/fuzz-all.sh after this builds nothing more. Platform tests run on SQLite here: their PostgreSQL twins
# run in the README's test command, and the code of ours the sanitizers watch is the same.
#   bash tools/sanitizers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/ccache-env.sh
echo "==> building with ASan + UBSan (preset sanitize: the sanitizer tests and the fuzz targets)"
cmake --preset sanitize >/dev/null
cmake --build --preset sanitize -- -j"$(nproc)"
echo "==> unit, driver and platform tests under ASan + UBSan"
ctest --preset sanitize -j"$(nproc)"
