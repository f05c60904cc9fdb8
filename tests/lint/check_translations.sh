#!/usr/bin/env bash
# Fails when a .ts file has a message without a finished translation: every UI string in both languages.
set -euo pipefail
status=0
for ts in "$@"; do
    total=$(grep -c '<source>' "$ts" || true)
    open=$(grep -cE '<translation type="(unfinished|vanished|obsolete)"|<translation/>|<translation></translation>' "$ts" || true)
    echo "$(basename "$ts"): $total messages, $open not translated"
    if [ "$total" -eq 0 ] || [ "$open" -ne 0 ]; then
        grep -B3 -E '<translation type="(unfinished|vanished|obsolete)"|<translation/>|<translation></translation>' "$ts" \
            | grep '<source>' | head -20 || true
        status=1
    fi
done
exit $status
