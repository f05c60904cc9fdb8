#!/usr/bin/env bash
# Runs tools/run-demo.sh with no display and checks the screenshot: right size, real content (many colours,
# not a blank or single-colour screen).
set -euo pipefail
source_dir="$1"; build_dir="$2"
shot="$build_dir/screenshots/e2e-demo-start.png"
rm -f "$shot"
unset DISPLAY WAYLAND_DISPLAY
bash "$source_dir/tools/run-demo.sh" "$build_dir" "$shot"
[ -s "$shot" ] || { echo "no screenshot at $shot"; exit 1; }
size=$(/usr/bin/identify -format '%wx%h' "$shot")
colours=$(/usr/bin/identify -format '%k' "$shot")
echo "screenshot $shot: $size, $colours colours"
[ "$size" = "1280x800" ] || { echo "expected 1280x800"; exit 1; }
[ "$colours" -gt 200 ] || { echo "too few colours: the window did not paint"; exit 1; }
# The terminal reached the embedded platform over pinned HTTPS.
grep -q "platform reachable in" "$build_dir/demo-data/terminal.log" || { cat "$build_dir/demo-data/terminal.log"; exit 1; }
