#!/usr/bin/env bash
# A throwaway PostgreSQL primary and its streaming-replication standby on loopback TCP, for the failover test
# (tst_failover; docs/scaling.md shows the same steps for a province).
#   postgres-pair.sh start STATE_DIR      primary, pg_basebackup -R, hot standby; writes STATE_DIR/url and
#                                         STATE_DIR/ports ("PRIMARY STANDBY")
#   postgres-pair.sh failover STATE_DIR   stops the primary as a crash would (-m immediate), then promotes
#                                         the standby (pg_ctl promote)
#   postgres-pair.sh restore STATE_DIR    a base backup of the new primary (-X none) restored, replaying the
#                                         archived WAL (recovery.signal, restore_command), and started on a
#                                         port of its own; writes STATE_DIR/restored-port
#   postgres-pair.sh stop STATE_DIR       stops every cluster and removes them
# Replication is synchronous (synchronous_standby_names): a commit is acknowledged only once the standby has
# it, so nothing a terminal was told was filed is lost with the primary. As postgres.sh: the clusters belong
# to the postgres user when run as root.
set -euo pipefail
action="$1"; state="$2"
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
start_cluster() { # data-dir port log
    as_postgres "$pgbin/pg_ctl" -D "$1" -l "$3" -w -t 30 start \
        -o "-k $cluster/sock -p $2 -c listen_addresses=127.0.0.1" >/dev/null
}
case "$action" in
start)
    "$0" stop "$state" 2>/dev/null || true
    mkdir -p "$state"
    cluster=$(mktemp -d /tmp/ssc-pgpair.XXXXXX)
    mkdir -p "$cluster/sock" "$cluster/archive"
    [ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$cluster"
    chmod 755 "$cluster"
    echo "$cluster" >"$state/cluster"
    primary=$(free_port); standby=$(free_port)
    as_postgres "$pgbin/initdb" -D "$cluster/primary" -U postgres -A trust --no-sync -E UTF8 \
        --locale=C.UTF-8 >"$cluster/initdb.log"
    # WAL archiving as a province would keep it (here a folder; there another machine), and one standby
    # that must confirm every commit. A segment already archived counts as done when it is the same: the
    # promoted standby archives again the segments the old primary had (never overwritten).
    cat >>"$cluster/primary/postgresql.conf" <<CONF
fsync = off
max_connections = 200
wal_level = replica
max_wal_senders = 5
archive_mode = on
archive_command = 'cmp -s %p $cluster/archive/%f || (test ! -f $cluster/archive/%f && cp %p $cluster/archive/%f)'
synchronous_standby_names = 'standby'
CONF
    start_cluster "$cluster/primary" "$primary" "$cluster/primary.log"
    # -R writes standby.signal and primary_conninfo; cluster_name names it to the primary (application_name).
    as_postgres "$pgbin/pg_basebackup" -h 127.0.0.1 -p "$primary" -U postgres -D "$cluster/standby" -R \
        -X stream --no-sync >/dev/null
    echo "cluster_name = 'standby'" >>"$cluster/standby/postgresql.conf"
    echo "hot_standby = on" >>"$cluster/standby/postgresql.conf"
    start_cluster "$cluster/standby" "$standby" "$cluster/standby.log"
    for _ in $(seq 50); do
        sync=$(as_postgres "$pgbin/psql" -h 127.0.0.1 -p "$primary" -U postgres -Atc \
            "SELECT sync_state FROM pg_stat_replication WHERE application_name = 'standby'")
        [ "$sync" = sync ] && break
        sleep 0.1
    done
    [ "$sync" = sync ] || { echo "the standby did not become synchronous" >&2; exit 1; }
    echo "$primary $standby" >"$state/ports"
    echo "postgresql://postgres@127.0.0.1:$primary,127.0.0.1:$standby/postgres?target_session_attrs=read-write" \
        >"$state/url"
    echo "PostgreSQL primary :$primary, standby :$standby"
    ;;
failover)
    cluster=$(cat "$state/cluster")
    as_postgres "$pgbin/pg_ctl" -D "$cluster/primary" -m immediate -w stop >/dev/null
    sleep "${FAILOVER_DELAY:-1}" # the moment an operator (or a monitor) takes to decide
    as_postgres "$pgbin/pg_ctl" -D "$cluster/standby" -w -t 30 promote >/dev/null
    # The new primary has no standby yet: it must not wait for one to confirm commits.
    as_postgres "$pgbin/psql" -h "$cluster/sock" -p "$(cut -d' ' -f2 "$state/ports")" -U postgres -qAtc \
        "ALTER SYSTEM SET synchronous_standby_names = ''" -c "SELECT pg_reload_conf()" >/dev/null
    ;;
restore)
    cluster=$(cat "$state/cluster")
    port=$(free_port)
    # -X none: the WAL the backup needs is left to the archive, which recovery reads (restore_command) up to
    # its end. --checkpoint=fast: the default spread checkpoint took a minute here before the copy began.
    as_postgres "$pgbin/pg_basebackup" -h 127.0.0.1 -p "$(cut -d' ' -f2 "$state/ports")" -U postgres \
        -D "$cluster/restored" -X none --checkpoint=fast --no-sync >/dev/null
    echo "restore_command = 'cp $cluster/archive/%f %p'" >>"$cluster/restored/postgresql.conf"
    echo "cluster_name = 'restored'" >>"$cluster/restored/postgresql.conf"
    echo "archive_mode = off" >>"$cluster/restored/postgresql.conf"
    as_postgres touch "$cluster/restored/recovery.signal"
    start_cluster "$cluster/restored" "$port" "$cluster/restored.log"
    echo "$port" >"$state/restored-port"
    ;;
stop)
    [ -f "$state/cluster" ] || exit 0
    cluster=$(cat "$state/cluster")
    for data in primary standby restored; do
        [ -d "$cluster/$data" ] && as_postgres "$pgbin/pg_ctl" -D "$cluster/$data" -m immediate -w stop \
            >/dev/null 2>&1 || true
    done
    rm -rf "$cluster" "$state/cluster" "$state/url" "$state/ports" "$state/restored-port"
    ;;
*) echo "usage: $0 start|failover|restore|stop STATE_DIR" >&2; exit 2 ;;
esac
