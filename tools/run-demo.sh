#!/usr/bin/env bash
# Starts the embedded demo platform (ssc-platform --demo: SQLite and a self-signed, pinned HTTPS certificate in
# a data folder, on loopback) and the terminal in demo mode connected to it. Without a display it says so, runs
# the terminal under Xvfb, saves a screenshot of its first screen and stops, so a headless newcomer can still
# see that it works.
#   bash tools/run-demo.sh [BUILD_DIR] [SCREENSHOT.png]
set -euo pipefail
cd "$(dirname "$0")/.."
# The run command's build (the demo preset), or the test command's when only that one is there.
build="${1:-build/demo}"
[ -n "${1:-}" ] || [ -x "$build/app/ssc-terminal" ] || build=build/debug
terminal="$build/app/ssc-terminal"
platform="$build/platform/ssc-platform"
acquirer="$build/paydemo/ssc-paydemo"
for binary in "$terminal" "$platform" "$acquirer"; do
    [ -x "$binary" ] || { echo "not built: $binary (run bash tools/setup.sh run)" >&2; exit 1; }
done

data="${SSC_DEMO_DATA:-$build/demo-data}"
mkdir -p "$data"
# Waits until a service started in the background printed "listening on" in OUT, or stops with its LOG.
wait_listening() {
    local out="$1" pid="$2" log="$3"
    for _ in $(seq 1 300); do
        grep -q "listening on" "$out" 2>/dev/null && return 0
        kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
        sleep 0.1
    done
}
# The demo acquirer residents pay their contributions through (docs/payments.md): its own process and
# database; the merchant key it makes on first start is the platform's --payment-key-file.
(umask 077 && exec "$acquirer" --db "$data/acquirer.db" --key-file "$data/merchant.key" --port 0 \
    >"$data/acquirer.out" 2>"$data/acquirer.log") &
acquirer_pid=$!
trap 'kill $acquirer_pid 2>/dev/null || true' EXIT
wait_listening "$data/acquirer.out" $acquirer_pid "$data/acquirer.log"
acquirer_url=$(sed -nE 's#.*listening on (http://[^ ]+).*#\1#p' "$data/acquirer.out")
# The platform's log files private like everything it makes (docs/security.md, "Keys": files).
(umask 077 && exec "$platform" --demo --db "$data/platform.db" --tls-dir "$data/tls" \
    --issuer-key "$data/issuer-master.key" --key-store "file:$data/keys" --listen 127.0.0.1 --port 0 \
    --payment-url "$acquirer_url" --payment-key-file "$data/merchant.key" \
    >"$data/platform.out" 2>"$data/platform.log") &
platform_pid=$!
trap 'kill $platform_pid $acquirer_pid 2>/dev/null || true' EXIT
wait_listening "$data/platform.out" $platform_pid "$data/platform.log"
line=$(grep "listening on" "$data/platform.out") || { echo "the demo platform did not start" >&2; exit 1; }
url=$(sed -E 's#.*listening on (https?://[^ ]+).*#\1#' <<<"$line")
pin=$(sed -nE 's#.*pin sha256:([0-9a-f]+).*#\1#p' <<<"$line")
echo "Demo platform: $url (data in $data); demo acquirer: $acquirer_url"
# A private CUPS server with a PDF printer: what the demo prints lands in $data/printed (never the system's
# printers) and stays there after the demo stops. Without cupsd (not installed) the demo terminal simply has
# no printer.
printing=""
if command -v cupsd >/dev/null && tools/private-cups.sh start "$data/cups" "$data/printed" >"$data/cups.log" 2>&1; then
    trap 'kill $platform_pid $acquirer_pid 2>/dev/null || true; tools/private-cups.sh stop "$data/cups" >/dev/null 2>&1 || true' EXIT
    printing="[printing]
server=$(cat "$data/cups/server")
queue=PDF"
    echo "Demo printer: PDF files in $(cat "$data/cups/out")"
fi
cat >"$data/terminal.ini" <<INI
[platform]
url=$url
certificatePin=$pin
terminalId=demo-kiosk
terminalSecret=demo-kiosk-demo-secret
$printing
INI
export SSC_USER_CONFIG="$data/terminal.ini"

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    "$terminal" --demo --mode kiosk
    exit $?
fi

shot="${2:-$build/screenshots/demo-start.png}"
mkdir -p "$(dirname "$shot")"
echo "No display found: running the terminal under Xvfb (1280x800) and saving a screenshot of its first screen."
export SSC_TERMINAL="$terminal" SSC_SHOT="$(realpath -m "$shot")" SSC_TERMINAL_LOG="$data/terminal.log"
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    "$SSC_TERMINAL" --demo --mode kiosk 2>"$SSC_TERMINAL_LOG" &
    pid=$!
    for _ in $(seq 1 100); do   # wait up to 10 s for the window to be mapped
        xwininfo -root -tree 2>/dev/null | grep -q "ssc-terminal\|社保" && break
        sleep 0.1
    done
    sleep 1.5                   # let the first frame paint and the platform check answer
    /usr/bin/import -window root "$SSC_SHOT"
    kill "$pid"; wait "$pid" 2>/dev/null || true
'
echo "Screenshot of the first screen: $shot"
echo "Terminal log: $data/terminal.log"
