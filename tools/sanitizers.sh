#!/usr/bin/env bash
# The unit, driver and platform tests again under AddressSanitizer and UndefinedBehaviorSanitizer (the `asan`
# preset; the CI's sanitizer stage, issue 23). Platform tests run on SQLite here: the PostgreSQL twin of each
# runs in the README's test command, and the code paths the sanitizers watch are the same.
#   bash tools/sanitizers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export CCACHE_DIR="${CCACHE_DIR:-/var/cache/ssc-terminal-ccache}"
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-5G}"
echo "==> building with ASan + UBSan (preset asan)"
cmake --preset asan >/dev/null
cmake --build --preset asan -- -j"$(nproc)"
echo "==> unit, driver and platform tests under ASan + UBSan"
ctest --preset asan -L '^(unit|driver|platform)$' -E '\.postgresql$' -j"$(nproc)"
