#!/usr/bin/env bash
# Starts the terminal in demo mode. Without a display it says so, runs the terminal under Xvfb, saves a
# screenshot of its first screen and stops, so a headless newcomer can still see that it works.
#   bash tools/run-demo.sh [BUILD_DIR] [SCREENSHOT.png]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/debug}"
terminal="$build/app/ssc-terminal"
[ -x "$terminal" ] || { echo "no terminal built at $terminal: run bash tools/setup.sh run" >&2; exit 1; }

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$terminal" --demo --mode kiosk
fi

shot="${2:-$build/screenshots/demo-start.png}"
mkdir -p "$(dirname "$shot")"
echo "No display found: running the terminal under Xvfb (1280x800) and saving a screenshot of its first screen."
export SSC_TERMINAL="$terminal" SSC_SHOT="$(realpath -m "$shot")"
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    "$SSC_TERMINAL" --demo --mode kiosk &
    pid=$!
    for _ in $(seq 1 100); do   # wait up to 10 s for the window to be mapped
        xwininfo -root -tree 2>/dev/null | grep -q "ssc-terminal\|社保" && break
        sleep 0.1
    done
    sleep 1.5                   # let the first frame paint
    /usr/bin/import -window root "$SSC_SHOT"
    kill "$pid"; wait "$pid" 2>/dev/null || true
'
echo "Screenshot of the first screen: $shot"
