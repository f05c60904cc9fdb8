#!/usr/bin/env bash
# The udev rules grant access to exactly the devices of the known-device table: no more, no fewer.
set -euo pipefail
table="$1"; rules="$2"
from_table=$(grep -oE '"vid": *"[0-9a-f]{4}", *"pid": *"[0-9a-f]{4}"' "$table" | sed -E 's/.*"([0-9a-f]{4})".*"([0-9a-f]{4})"/\1:\2/' | sort)
from_rules=$(grep -oE 'idVendor}=="[0-9a-f]{4}", ATTR\{idProduct}=="[0-9a-f]{4}"' "$rules" | sed -E 's/.*"([0-9a-f]{4})".*"([0-9a-f]{4})"/\1:\2/' | sort)
echo "table: $(echo "$from_table" | wc -l) devices, udev rules: $(echo "$from_rules" | wc -l) devices"
if [ "$from_table" != "$from_rules" ]; then
    diff <(echo "$from_table") <(echo "$from_rules") || true
    exit 1
fi
