#!/bin/bash
# The Debian packages from this build folder (docs/installation.md): packed by CPack without building anything,
# their control fields, maintainer scripts and files, lintian, and a real dpkg install into a throwaway root
# (dpkg --root with the maintainer scripts run outside it, DPKG_ROOT set: they honour it): users, modes, the
# packaged binaries run, the units verified by systemd-analyze, then an upgrade that keeps settings and data, a
# remove that keeps them and a purge that deletes them.
# usage: test_packages.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$(realpath "$1")
src=$(realpath "$2")
work=$(mktemp -d /tmp/ssc-packages.XXXXXX)
trap 'rm -rf "$work"' EXIT
SECONDS=0

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $* (${SECONDS} s)"; }

# --- pack --------------------------------------------------------------------------------------------------
step "cpack"
touch "$work/before-cpack"
cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack"; }
# CPack runs the install step of the build folder: it must not have compiled or linked anything (without
# CMAKE_SKIP_INSTALL_ALL_DEPENDENCY it would build every target first, the tests included).
built=$(find "$build" -newer "$work/before-cpack" \( -name '*.o' -o -name '*.a' -o -type f -perm -u+x \) \
    -not -path "$build/_CPack_Packages/*" -not -path "$build/Testing/*" | head -5)
[ -z "$built" ] || fail "cpack built: $built"
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
terminal_deb="$work/out/ssc-terminal_${version}_amd64.deb"
platform_deb="$work/out/ssc-platform_${version}_amd64.deb"
model_deb="$work/out/ssc-face-model_${version}_all.deb"
for deb in "$terminal_deb" "$platform_deb" "$model_deb"; do
    [ -f "$deb" ] || { ls "$work/out"; fail "no $(basename "$deb")"; }
done

# --- control fields and maintainer scripts ------------------------------------------------------------------
step "control fields"
field() { dpkg-deb -f "$1" "$2"; }
# Depends: what dpkg-shlibdeps found in the binaries, and the data packages they need at run time.
expect_depends() {
    local deb=$1; shift
    local depends; depends=$(field "$deb" Depends)
    for package in "$@"; do
        grep -Eq "(^|, )${package}( |,|$)" <<<"$depends" || fail "$(basename "$deb"): Depends lacks $package: $depends"
    done
}
expect_depends "$terminal_deb" libc6 libqt6core6 libqt6widgets6 libqt6svgwidgets6 libqt6pdf6 libqt6multimedia6 \
    libqt6texttospeech6 libusb-1.0-0 libcups2 'libzxing[0-9]+' 'libopencv-core[0-9.]+' \
    libgooglepinyin0 'libzip[0-9]+' 'libqpdf[0-9]+' fonts-droid-fallback opencv-data libdlib-data espeak-ng \
    qt6-speech-flite-plugin
expect_depends "$platform_deb" libc6 libqt6core6 libqt6httpserver6 libqt6sql6 'libssl[0-9]+' \
    libqt6sql6-sqlite libqt6sql6-psql opencv-data libdlib-data ssc-face-model
[ "$(field "$model_deb" Architecture)" = all ] || fail "ssc-face-model is not Architecture: all"
field "$terminal_deb" Recommends | grep -q 'cage, xwayland, qt6-wayland' || fail "ssc-terminal does not recommend cage"
scripts() { dpkg-deb --ctrl-tarfile "$1" | tar -t | sed 's|^\./||' | sort | tr '\n' ' '; }
for script in postinst prerm postrm; do
    for deb in "$terminal_deb" "$platform_deb"; do
        scripts "$deb" | grep -qw "$script" || fail "$(basename "$deb") has no $script"
    done
done
scripts "$terminal_deb" | grep -qw conffiles || fail "ssc-terminal has no conffiles"

# --- the files docs/installation.md names -------------------------------------------------------------------
step "files"
# The table in docs/installation.md, "What the packages install": | `path` | package | what |
documented=$(sed -n '/^## What the packages install/,/^## /p' "$src/docs/installation.md" |
    sed -n 's/^| `\(\/[^`]*\)` | \(ssc-[a-z-]*\) |.*/\2 \1/p')
[ "$(wc -l <<<"$documented")" -ge 15 ] || fail "docs/installation.md lists too few files: $documented"
while read -r package path; do
    [ "$path" = "${path#/var/}" ] || continue # made by postinst, checked after the install
    [ "$path" = "${path#/etc/ssc-}" ] || continue
    dpkg-deb -c "$work/out/${package}_${version}_"*.deb | awk '{print $6}' | grep -qx ".$path" ||
        fail "$package does not hold $path (docs/installation.md)"
done <<<"$documented"

# --- lintian ------------------------------------------------------------------------------------------------
if command -v lintian >/dev/null; then
    step "lintian"
    lintian --fail-on error "$terminal_deb" "$platform_deb" "$model_deb" \
        >"$work/lintian.log" 2>&1 || { cat "$work/lintian.log"; fail "lintian found errors"; }
    cat "$work/lintian.log"
else
    echo "lintian is not installed (tools/packages.txt lists it): not run"
    fail "lintian missing"
fi

# --- install into a throwaway root --------------------------------------------------------------------------
step "install"
root="$work/root"
mkdir -p "$root/etc" "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
# No dependencies in an empty root: the binaries run below use the host's libraries.
dpkg_root() {
    dpkg --root="$root" --force-script-chrootless --force-depends --no-triggers --log="$work/dpkg.log" "$@" \
        >>"$work/dpkg.out" 2>&1 || { cat "$work/dpkg.out"; fail "dpkg $*"; }
}
dpkg_root -i "$model_deb" "$terminal_deb" "$platform_deb"

mode_of() { stat -c '%a %U %G' "$1"; }
owner_ids() { stat -c '%a %u %g' "$1"; }
id_in_root() { awk -F: -v name="$2" '$1 == name { print $3 }' "$root/etc/$1"; }
kiosk_uid=$(id_in_root passwd ssc-kiosk)
platform_uid=$(id_in_root passwd ssc-platform)
terminal_gid=$(id_in_root group ssc-terminal)
[ -n "$kiosk_uid" ] && [ -n "$platform_uid" ] && [ -n "$terminal_gid" ] || fail "users: $(cat "$root/etc/passwd")"
grep -q '^ssc-terminal:x:[0-9]*:.*ssc-kiosk' "$root/etc/group" || fail "ssc-kiosk is not in group ssc-terminal"
# The group the udev rules give the devices to exists now.
for group in $(sed -n 's/.*GROUP="\([^"]*\)".*/\1/p' "$root/lib/udev/rules.d/70-ssc-terminal.rules" | sort -u); do
    [ -n "$(id_in_root group "$group")" ] || fail "the udev rules' group $group was not made"
done
[ "$(owner_ids "$root/etc/ssc-terminal/terminal.ini")" = "640 0 $terminal_gid" ] ||
    fail "terminal.ini: $(owner_ids "$root/etc/ssc-terminal/terminal.ini")"
[ "$(owner_ids "$root/etc/ssc-platform/platform.env")" = "600 0 0" ] ||
    fail "platform.env: $(owner_ids "$root/etc/ssc-platform/platform.env")"
[ "$(owner_ids "$root/var/lib/ssc-platform")" = "700 $platform_uid $platform_uid" ] || fail "/var/lib/ssc-platform"
[ "$(owner_ids "$root/var/lib/ssc-kiosk")" = "750 $kiosk_uid $kiosk_uid" ] || fail "/var/lib/ssc-kiosk"
cmp -s "$root/etc/ssc-terminal/terminal.ini" "$src/installer/terminal.ini.example" ||
    fail "the default system settings are not the generated example"
# Every documented file is in place, the ones postinst makes too.
while read -r package path; do
    [ -e "$root$path" ] || fail "$path ($package) is missing after the install"
done <<<"$documented"

# The unit points the platform's face matcher at the packaged model, the pinned file (the matcher checks the hash
# at every load).
model=$(sed -n 's/^Environment=SSC_FACE_MODEL=//p' "$root/lib/systemd/system/ssc-platform.service")
pinned=$(sed -n 's/^FACE_MODEL_SHA256=//p' "$src/tools/face-model/pins.env")
[ -n "$model" ] && [ "$(sha256sum <"$root$model" | cut -d' ' -f1)" = "$pinned" ] ||
    fail "the unit's SSC_FACE_MODEL ($model) is not the pinned model"

step "packaged binaries"
# The stripped binaries from the packages run (on the host's libraries).
"$root/usr/bin/ssc-ctl" id check 11010519491231002X >"$work/ctl.out" || { cat "$work/ctl.out"; fail "ssc-ctl"; }
# The packaged terminal shows its first screen (its Qt plugins, fonts and resources found), offscreen.
mkdir -p "$work/home"
HOME="$work/home" XDG_RUNTIME_DIR="$work/home" QT_QPA_PLATFORM=offscreen SSC_SYSTEM_CONFIG="$root/etc/ssc-terminal/terminal.ini" \
    SSC_USER_CONFIG="$work/home/terminal.ini" timeout 60 "$root/usr/bin/ssc-terminal" --mode kiosk \
    --screenshot "$work/first-screen.png" >"$work/terminal.out" 2>&1 || { cat "$work/terminal.out"; fail "ssc-terminal"; }
[ "$(head -c 8 "$work/first-screen.png" | od -An -tx1 | tr -d ' ')" = 89504e470d0a1a0a ] || fail "no first screen"
# The packaged platform opens its database in the packaged data folder (migrations are in the binary).
timeout 60 "$root/usr/bin/ssc-platform" --data-dir "$root/var/lib/ssc-platform" --port 0 >"$work/platform.out" 2>&1 &
platform_pid=$!
for _ in $(seq 600); do
    grep -q 'listening on' "$work/platform.out" && break
    kill -0 "$platform_pid" 2>/dev/null || break
    sleep 0.1
done
grep -q 'listening on' "$work/platform.out" || { cat "$work/platform.out"; fail "the packaged platform did not start"; }
kill "$platform_pid"
wait "$platform_pid" || true
[ -s "$root/var/lib/ssc-platform/platform.db" ] || fail "no database in /var/lib/ssc-platform"

step "systemd-analyze verify"
# verify checks the units' syntax and that their programs are executables: the packaged ones, in the root.
mkdir -p "$work/units"
for unit in ssc-kiosk.service ssc-platform.service; do
    sed -e "s|/usr/bin/ssc-|$root/usr/bin/ssc-|g" -e "s|/etc/ssc-platform/|$root/etc/ssc-platform/|g" \
        "$root/lib/systemd/system/$unit" >"$work/units/$unit"
done
(cd "$work/units" && systemd-analyze verify ssc-kiosk.service ssc-platform.service) >"$work/verify.out" 2>&1 ||
    { cat "$work/verify.out"; fail "systemd-analyze verify"; }
cat "$work/verify.out"

# --- upgrade, remove, purge ---------------------------------------------------------------------------------
step "upgrade"
# A hall's settings and the platform's data before the upgrade...
printf '\n[platform]\nurl=https://platform.hall.example:8443\n' >>"$root/etc/ssc-terminal/terminal.ini"
echo 'SSC_PLATFORM_OPTIONS="--listen 10.0.0.5 --tls-dir /var/lib/ssc-platform/tls"' >>"$root/etc/ssc-platform/platform.env"
chmod 0644 "$root/etc/ssc-terminal/terminal.ini" # loosened by hand: configure puts the secret's mode back
sha256sum "$root/etc/ssc-terminal/terminal.ini" "$root/etc/ssc-platform/platform.env" \
    "$root/var/lib/ssc-platform/platform.db" >"$work/kept.sha256"
# ...then a newer build: the same packages with a higher version (dpkg runs the upgrade paths of the scripts).
newer="${version}+1"
for deb in "$terminal_deb" "$platform_deb" "$model_deb"; do
    name=$(basename "$deb" .deb)
    dpkg-deb -R "$deb" "$work/$name"
    sed -i "s/^Version: .*/Version: $newer/; s/ssc-face-model (= $version)/ssc-face-model (= $newer)/" \
        "$work/$name/DEBIAN/control"
    dpkg-deb -b -Znone --root-owner-group "$work/$name" "$work/$name-newer.deb" >/dev/null # uncompressed: quicker
done
dpkg_root -i "$work"/*-newer.deb
for package in ssc-terminal ssc-platform ssc-face-model; do
    [ "$(dpkg-query --admindir="$root/var/lib/dpkg" -W -f '${Version}' "$package")" = "$newer" ] ||
        fail "$package was not upgraded"
done
sha256sum -c --quiet "$work/kept.sha256" || fail "the upgrade changed settings or data"
[ "$(owner_ids "$root/etc/ssc-terminal/terminal.ini")" = "640 0 $terminal_gid" ] || fail "terminal.ini mode after upgrade"

step "remove"
dpkg_root -r ssc-terminal ssc-platform ssc-face-model
for gone in /usr/bin/ssc-terminal /usr/bin/ssc-platform /lib/systemd/system/ssc-kiosk.service; do
    [ ! -e "$root$gone" ] || fail "remove left $gone"
done
sha256sum -c --quiet "$work/kept.sha256" || fail "remove changed settings or data"
[ -d "$root/var/lib/ssc-kiosk" ] && [ -e "$root/etc/pam.d/ssc-kiosk" ] || fail "remove deleted the kiosk's data or conffile"

step "purge"
dpkg_root -P ssc-terminal ssc-platform ssc-face-model
for gone in /etc/ssc-terminal /etc/ssc-platform /var/lib/ssc-platform /var/lib/ssc-kiosk /etc/pam.d/ssc-kiosk; do
    [ ! -e "$root$gone" ] || fail "purge left $gone"
done

step "passed"
