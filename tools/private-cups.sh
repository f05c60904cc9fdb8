#!/usr/bin/env bash
# A private CUPS server, never the system's one: for the printing tests (ctest fixture "cups") and the demo.
#   private-cups.sh start STATE_DIR [OUT_DIR]   cupsd on a unix socket with four queues; writes STATE_DIR/server
#                                               and STATE_DIR/out (the folder the PDF queue prints into)
#   private-cups.sh stop STATE_DIR              stop it and remove everything it made, except OUT_DIR
# Without OUT_DIR the PDF queue prints into a temporary folder that stop removes (tests); with it (the demo)
# the printed PDFs are kept there after the server stops.
# Queues: PDF (cups-pdf: prints into STATE_DIR/out), PaperOut (a backend that reports an empty paper tray,
# so CUPS stops the queue with media-empty-error), Stuck (takes jobs, never finishes), Paused (stopped with cupsdisable), Rejecting (cupsreject).
set -euo pipefail
action="$1"; state="$(realpath -m "$2")"
keep="${3:+$(realpath -m "$3")}"
case "$action" in
start)
    "$0" stop "$state" 2>/dev/null || true
    root=$(mktemp -d /tmp/ssc-cups.XXXXXX)
    chmod 755 "$root"
    mkdir -p "$root"/{spool,cache,state,log,out,bin/backend}
    chmod 1777 "$root/spool" "$root/out"
    # ServerBin: the system's filters and drivers, plus our own backend directory.
    for d in /usr/lib/cups/*; do [ "$(basename "$d")" = backend ] || ln -s "$d" "$root/bin/"; done
    for b in /usr/lib/cups/backend/*; do ln -s "$b" "$root/bin/backend/"; done
    cat >"$root/bin/backend/paperout" <<'BACKEND'
#!/bin/sh
# A printer whose paper tray is empty: report it the way real backends do and ask CUPS to stop the queue.
[ $# -eq 0 ] && { echo 'direct paperout "Unknown" "Empty paper tray (test)"'; exit 0; }
echo "STATE: +media-empty-error" >&2
echo "ERROR: Out of paper" >&2
exit 4
BACKEND
    cat >"$root/bin/backend/stuck" <<'BACKEND'
#!/bin/sh
# A printer that takes the job and never finishes it.
[ $# -eq 0 ] && { echo 'direct stuck "Unknown" "Never finishes (test)"'; exit 0; }
cat >/dev/null
sleep 600
BACKEND
    chmod 755 "$root/bin/backend/paperout" "$root/bin/backend/stuck"
    suffix="ssc$(basename "$root" | tr -cd 'A-Za-z0-9')"
    out="$root/out"
    if [ -n "$keep" ]; then
        mkdir -p "$keep"
        chmod 1777 "$keep"
        out="$keep"
    fi
    echo "Out $out" >"/etc/cups/cups-pdf-$suffix.conf"
    cat >"$root/cups-files.conf" <<CONF
ServerRoot $root
ServerBin $root/bin
RequestRoot $root/spool
CacheDir $root/cache
StateDir $root/state
AccessLog $root/log/access_log
ErrorLog $root/log/error_log
PageLog $root/log/page_log
Printcap $root/printcap
SystemGroup root lpadmin
CONF
    cat >"$root/cupsd.conf" <<CONF
Listen $root/cups.sock
Browsing No
WebInterface No
LogLevel warn
<Location />
  Order allow,deny
  Allow localhost
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
CONF
    cupsd -t -c "$root/cupsd.conf" -s "$root/cups-files.conf" >"$root/log/config-check" 2>&1 || { cat "$root/log/config-check"; exit 1; }
    cupsd -f -c "$root/cupsd.conf" -s "$root/cups-files.conf" >"$root/log/cupsd.out" 2>&1 &
    echo $! >"$root/pid"
    export CUPS_SERVER="$root/cups.sock"
    for _ in $(seq 100); do lpstat -r >/dev/null 2>&1 && break; sleep 0.05; done
    lpstat -r >/dev/null
    # A queue is added until it is there: a cupsd that has only just started can drop the first connections
    # ("Unable to connect to server: Bad file descriptor", seen once on a fresh machine).
    add_queue() {
        for _ in $(seq 20); do
            lpadmin -p "$1" -E -v "$2" -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd \
                -o pdftops-renderer-default=pdftocairo 2>&1 | grep -v deprecated || true
            lpstat -p "$1" >/dev/null 2>&1 && return 0
            sleep 0.2
        done
        echo "queue $1 could not be added" >&2
        return 1
    }
    add_queue PDF "cups-pdf:/$suffix"
    for q in PaperOut:paperout:/tray Stuck:stuck:/forever Paused:cups-pdf:/$suffix Rejecting:cups-pdf:/$suffix; do
        add_queue "${q%%:*}" "${q#*:}"
    done
    cupsdisable -r "Paused by the test" Paused
    cupsreject -r "Not accepting jobs (test)" Rejecting
    lpadmin -d PDF
    mkdir -p "$state"
    echo "$root" >"$state/root"
    echo "$root/cups.sock" >"$state/server"
    echo "$out" >"$state/out"
    echo "$suffix" >"$state/suffix"
    echo "CUPS test server up: $CUPS_SERVER"
    ;;
stop)
    [ -f "$state/root" ] || exit 0
    root=$(cat "$state/root")
    if [ -f "$root/pid" ]; then
        pid=$(cat "$root/pid")
        kill "$pid" 2>/dev/null || true
        # cupsd writes its state on the way out: let it finish before its folder goes.
        for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
    fi
    rm -f "/etc/cups/cups-pdf-$(cat "$state/suffix").conf"
    rm -rf "$root" "$state/root" "$state/server" "$state/out" "$state/suffix"
    ;;
*) echo "usage: $0 start|stop STATE_DIR" >&2; exit 2 ;;
esac
