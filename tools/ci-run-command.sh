#!/usr/bin/env bash
# CI's check of the README's run command (`bash tools/setup.sh run`), as a newcomer without a display runs it: it
# builds the demo preset, starts the demo platform, the acquirer and the terminal under Xvfb, saves a screenshot of
# the first screen and stops. The screenshot must be there and be a screen, not a blank or one-colour frame.
set -euo pipefail
cd "$(dirname "$0")/.."
test_command=$(grep -E '^    bash tools/setup.sh run$' README.md | sed 's/^    //')
[ -n "$test_command" ] || { echo "README.md no longer has the run command 'bash tools/setup.sh run'" >&2; exit 1; }
shot=build/demo/screenshots/demo-start.png
rm -f "$shot"
env -u DISPLAY -u WAYLAND_DISPLAY bash -c "$test_command"
[ -s "$shot" ] || { echo "the run command saved no screenshot at $shot" >&2; exit 1; }
colours=$(identify -format '%k' "$shot")
echo "first screen: $shot, $(identify -format '%wx%h' "$shot"), $colours colours"
# The start screen (header, card, QR code, Chinese text) has thousands of colours; an empty Xvfb frame has one.
[ "$colours" -ge 200 ] || { echo "the first screen looks empty ($colours colours)" >&2; exit 1; }
