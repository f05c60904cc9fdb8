#!/usr/bin/env bash
# The mixed load of ssc-loadgen through haproxy to one ssc-platform on SQLite, then to 1, 2 and 3 instances on one
# throwaway PostgreSQL cluster (docs/performance.md, "Load of terminals"), one after another in one run, each on a
# fresh database.
#   tools/loadgen/instances-bench.sh BUILD_DIR [TERMINALS] [SECONDS] [ssc-loadgen options…]
# (default options: --certify 0). Everything on loopback; the cluster, the instances and haproxy are stopped at
# the end.
set -euo pipefail
build=$(realpath "$1"); terminals=${2:-50}; seconds=${3:-20}
shift $(($# < 3 ? $# : 3))
loadgen_options=("$@")
[ ${#loadgen_options[@]} -gt 0 ] || loadgen_options=(--certify 0)
here=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/ssc-instances.XXXXXX)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    bash "$here/tests/platform/postgres.sh" stop "$work/pg" >/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
bash "$here/tests/platform/postgres.sh" start "$work/pg" >/dev/null
admin=$(cat "$work/pg/url")
limits=(--terminal-rate 100000,100000 --account-rate 100000,100000 --max-connections 2048,2048)
for run in sqlite 1 2 3; do
    state="$work/state$run"; mkdir -p "$state"
    if [ "$run" = sqlite ]; then
        instances=1; url="$state/platform.db"; what="1 instance on SQLite"
    else
        instances=$run; db="bench$run"; what="$run instance(s) on PostgreSQL"
        psql -q "$admin" -c "CREATE DATABASE $db"
        url=$(echo "$admin" | sed "s#/postgres?#/$db?#")
    fi
    servers=""
    for i in $(seq 1 "$instances"); do
        "$build/platform/ssc-platform" --db "$url" --demo --port 0 --tls-dir "$state/tls" \
            --key-store "file:$state/keys" --issuer-key "$state/issuer.key" "${limits[@]}" \
            >"$state/out$i" 2>"$state/err$i" &
        pids+=($!)
        until grep -qs listening "$state/out$i"; do sleep 0.2; done
        port=$(grep -o '127.0.0.1:[0-9]*' "$state/out$i" | cut -d: -f2)
        servers+="    server i$i 127.0.0.1:$port"$'\n'
    done
    pin=$(grep -o 'sha256:[0-9a-f]*' "$state/out1" | cut -d: -f2)
    front=$((20000 + RANDOM % 10000))
    # maxconn: haproxy's own default follows the open-file limit (1,024 here), about 500 terminals' worth of
    # client and server connections; past it, terminals' connections went unanswered (seen with 1,000).
    cat >"$state/haproxy.cfg" <<CFG
global
    maxconn 8192
defaults
    mode tcp
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    retries 3
    option redispatch
frontend terminals
    bind 127.0.0.1:$front
    default_backend instances
backend instances
    balance roundrobin
    option httpchk GET /api/v1/health/ready
    http-check expect status 200
    timeout check 2s
    default-server check check-ssl verify none inter 300 fall 2 rise 2
$servers
CFG
    /usr/sbin/haproxy -f "$state/haproxy.cfg" -db 2>"$state/haproxy.log" &
    pids+=($!)
    sleep 2
    echo "== $what behind haproxy"
    "$build/tools/loadgen/ssc-loadgen" --url "https://127.0.0.1:$front" --pin "$pin" --terminals "$terminals" \
        --seconds "$seconds" "${loadgen_options[@]}" 2>/dev/null
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    pids=()
done
