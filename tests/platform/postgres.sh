#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the platform tests (ctest fixture "postgres").
#   postgres.sh start STATE_DIR   initdb + pg_ctl start on a unix socket; writes STATE_DIR/url
#   postgres.sh stop STATE_DIR    pg_ctl stop, remove the cluster
# initdb refuses to run as root, so the cluster belongs to the postgres user (Debian's postgresql package).
set -euo pipefail
action="$1"; state="$2"
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$action" in
start)
    "$0" stop "$state" 2>/dev/null || true
    mkdir -p "$state"
    cluster=$(mktemp -d /tmp/ssc-pg.XXXXXX)
    mkdir -p "$cluster/sock"
    [ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$cluster"
    chmod 755 "$cluster"
    port=$((55000 + RANDOM % 5000))
    as_postgres "$pgbin/initdb" -D "$cluster/data" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >"$cluster/initdb.log"
    as_postgres "$pgbin/pg_ctl" -D "$cluster/data" -l "$cluster/pg.log" -w -t 30 start \
        -o "-k $cluster/sock -p $port -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c max_connections=200" >/dev/null
    echo "$cluster" >"$state/cluster"
    echo "postgresql://postgres@/postgres?host=$cluster/sock&port=$port" >"$state/url"
    echo "PostgreSQL test cluster up: $(cat "$state/url")"
    ;;
stop)
    [ -f "$state/cluster" ] || exit 0
    cluster=$(cat "$state/cluster")
    as_postgres "$pgbin/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$cluster" "$state/cluster" "$state/url"
    ;;
*) echo "usage: $0 start|stop STATE_DIR" >&2; exit 2 ;;
esac
