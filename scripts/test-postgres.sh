#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the register's tests, on a loopback port, and prints the
# connection URL (the tests read it from GOVSCORE_TEST_PG_URL). Debian's postgresql package: initdb
# and pg_ctl run as the postgres user into a folder under /tmp; trust authentication on 127.0.0.1
# only. Usage: eval "$(scripts/test-postgres.sh start)"; scripts/test-postgres.sh stop
set -euo pipefail
PORT="${GOVSCORE_TEST_PG_PORT:-54329}"
DIR="${GOVSCORE_TEST_PG_DIR:-/tmp/govscore-test-pg}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if [ -z "$BIN" ]; then echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; fi
as_postgres() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "${1:-start}" in
  start)
    if [ ! -f "$DIR/data/PG_VERSION" ]; then
      mkdir -p "$DIR"
      [ "$(id -u)" = "0" ] && chown postgres:postgres "$DIR"
      as_postgres "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    if ! as_postgres "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
      as_postgres "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$DIR -c fsync=off" start >/dev/null
    fi
    as_postgres "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = 'govscore_test'" | grep -q 1 ||
      as_postgres "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres govscore_test
    echo "export GOVSCORE_TEST_PG_URL=postgres://postgres@127.0.0.1:$PORT/govscore_test"
    ;;
  stop)
    as_postgres "$BIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null 2>&1 || true
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
