#!/usr/bin/env bash
# Regenerates the screenshot gallery: docs/screens.md and docs/gallery/. Every kiosk screen the conformance test
# opens (tests/platform/tst_conformance and tst_conformancestaff: the real terminal windows against a real
# ssc-platform with the demo population), in {zh_CN, en} x {standard, elder} x {1280x800, 1080x1920}, with the
# tests' verdict on each.
#   bash tools/gallery.sh [PRESET [SCREEN...]]        (default: debug, every screen)
# With SCREENs (names as docs/screens.md has them, e.g. counter-service-my-card), only their pictures are
# replaced and the others kept; the verdicts in docs/screens.md are all from this run either way.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-debug}"
only=("${@:2}")
build="build/$preset"
cmake --build --preset "$preset" --target tst_conformance tst_conformancestaff >/dev/null
shots=$(mktemp -d /tmp/ssc-gallery.XXXXXX)
trap 'rm -rf "$shots"' EXIT
status=0
for test in tst_conformance tst_conformancestaff; do
    QT_QPA_PLATFORM=offscreen SSC_TEST_DATABASE=sqlite SSC_SCREENSHOT_DIR="$shots" \
        "$build/tests/platform/$test" >>"$shots/conformance.txt" 2>&1 || status=$?
done
[ -d "$shots/gallery" ] || { cat "$shots/conformance.txt" >&2; echo "no pictures were taken" >&2; exit 1; }
# A rule broken: which screen and widget, and why, before the log goes with the temporary folder.
[ "$status" -eq 0 ] || grep -A4 '^FAIL!' "$shots/conformance.txt" >&2 || true
[ ${#only[@]} -gt 0 ] || rm -rf docs/gallery
mkdir -p docs/gallery
for png in "$shots"/gallery/*.png; do
    screen=$(basename "$png" | sed -E 's/-(zh_CN|en)-(standard|elder)-[0-9]+x[0-9]+\.png$//')
    if [ ${#only[@]} -gt 0 ] && ! printf '%s\n' "${only[@]}" | grep -qxF -- "$screen"; then
        continue
    fi
    # Half size as JPEG: every picture still reads, and the gallery stays a few megabytes.
    /usr/bin/convert "$png" -resize 50% -quality 75 "docs/gallery/$(basename "${png%.png}").jpg"
done
python3 - "$shots/conformance.txt" "$status" <<'PY'
import os, re, sys
log = open(sys.argv[1], encoding="utf-8", errors="replace").read()
status = int(sys.argv[2])
listed = set(re.findall(r"QINFO  : TestConformance\w*::\S+ (\S+) is listed as not yet conforming", log))
failed = set(re.findall(r"FAIL!  : TestConformance\w*::\S+ 'found.isEmpty\(\)' returned FALSE. \((\S+)", log))
pictures = sorted(os.listdir("docs/gallery"))
screens = []
for name in pictures:
    screen = re.sub(r"-(zh_CN|en)-(standard|elder)-\d+x\d+\.jpg$", "", name)
    if screen not in screens:
        screens.append(screen)
out = ["# Screens", "",
       "Every kiosk screen the conformance test opens, as it drew them, in both languages, both themes and both screen",
       "sizes (landscape 1280x800, portrait 1080x1920). Regenerate with `bash tools/gallery.sh` (docs/design-system.md",
       "explains the rules). Generated; do not edit by hand.", ""]
if status:
    out += ["**The conformance test failed when this gallery was made** (exit status %d)." % status, ""]
for screen in screens:
    key = screen.replace("service-", "service:", 1)
    verdict = ("not yet conforming (listed in the test)" if key in listed
               else "breaks a rule" if key in failed else "passes every rule")
    out += ["## %s" % screen, "", "Conformance: %s." % verdict, "",
            "| | 1280x800 | 1080x1920 |", "|---|---|---|"]
    for lang in ("zh_CN", "en"):
        for theme in ("standard", "elder"):
            cells = []
            for size in ("1280x800", "1080x1920"):
                f = "%s-%s-%s-%s.jpg" % (screen, lang, theme, size)
                cells.append("![%s %s %s %s](gallery/%s)" % (screen, lang, theme, size, f) if f in pictures else "—")
            out.append("| %s, %s | %s |" % (lang, theme, " | ".join(cells)))
    out.append("")
open("docs/screens.md", "w", encoding="utf-8").write("\n".join(out))
print("docs/screens.md: %d screens, %d pictures" % (len(screens), len(pictures)))
PY
exit "$status"
