#!/usr/bin/env bash
# The demo's printed PDFs stay where the README says after the printer server stops (issue 17): a private
# cupsd started with an output folder, one job printed on its PDF queue, the server stopped, the PDF still there.
set -euo pipefail
tools="$1"
work=$(mktemp -d /tmp/ssc-kept.XXXXXX)
trap '"$tools/private-cups.sh" stop "$work/state" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
"$tools/private-cups.sh" start "$work/state" "$work/printed" >/dev/null
[ "$(cat "$work/state/out")" = "$work/printed" ] || { echo "the PDF queue does not print into the folder given"; exit 1; }
export CUPS_SERVER="$(cat "$work/state/server")"
printf 'kept after stop\n' >"$work/page.txt"
lp -d PDF "$work/page.txt" >/dev/null
for _ in $(seq 200); do
    ls "$work/printed"/*.pdf >/dev/null 2>&1 && break
    sleep 0.1
done
ls "$work/printed"/*.pdf >/dev/null 2>&1 || { echo "nothing was printed into $work/printed"; exit 1; }
"$tools/private-cups.sh" stop "$work/state"
pdf=$(ls "$work/printed"/*.pdf | head -1)
[ -s "$pdf" ] || { echo "the printed PDF is gone after the server stopped"; exit 1; }
pdftotext "$pdf" - | grep -q "kept after stop" || { echo "the kept PDF does not hold what was printed"; exit 1; }
echo "kept: $pdf"
