#!/usr/bin/env bash
# Exercises the backup runbook end to end on this machine and fails unless everything comes back identical:
# a PostgreSQL (Debian's postgresql package), one node of the packaged service with the demo catalogue and some
# edits; back up (backup.sh); destroy (drop the database, delete the node's data directory with its index);
# restore (restore.sh) into a new empty database; start a node on it; compare the catalogue exports, the
# replications and a set of searches before and after.
#
#   ./mvnw -B package -DskipTests && deploy/backup/backup-restore-check.sh
#
# Needs a JDK 21+ (JAVA_HOME), curl, jq and PostgreSQL's server binaries (PG_BIN, default
# /usr/lib/postgresql/15/bin). BackupRestoreIT runs it in `./mvnw verify`.
set -euo pipefail
cd "$(dirname "$0")/../.."
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAR=${LUMBUNG_JAR:-target/quarkus-app/quarkus-run.jar}
ADMIN_PASSWORD=Sandi-Induk-Cadangan-2024
DB_PASSWORD=sandi-basis-data-cadangan
[ -x "$PG_BIN/postgres" ] || { echo "PostgreSQL binaries not found in $PG_BIN (apt-get install postgresql)"; exit 2; }
[ -f "$JAR" ] || { echo "$JAR missing: run ./mvnw -B package -DskipTests first"; exit 2; }

mkdir -p target
WORK=$(mktemp -d "$PWD/target/backup-check-XXXXXX")
chmod 755 "$WORK"
AS_PG=()
if [ "$(id -u)" = 0 ]; then
  chown postgres "$WORK"
  AS_PG=(runuser -u postgres --)   # PostgreSQL refuses to run as root
fi
free_port() {
  local port
  while :; do
    port=$(( 20000 + RANDOM % 30000 ))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}
PG_PORT=$(free_port)
HTTP_PORT=$(free_port)
NODE_PID=
cleanup() {
  [ -n "$NODE_PID" ] && kill "$NODE_PID" 2>/dev/null && wait "$NODE_PID" 2>/dev/null || true
  "${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

sql() { "${AS_PG[@]}" "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -qAt -v ON_ERROR_STOP=1 -c "$1"; }
PSQL_BIN=$PG_BIN
[ -x "$PSQL_BIN/psql" ] || PSQL_BIN=/usr/bin

echo "== PostgreSQL on port $PG_PORT"
"${AS_PG[@]}" "$PG_BIN/initdb" -D "$WORK/pg" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$WORK/initdb.log"
cat >>"$WORK/pg/postgresql.conf" <<EOF
port = $PG_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
EOF
printf 'host all postgres 127.0.0.1/32 trust\nhost all all 127.0.0.1/32 scram-sha-256\n' >"$WORK/pg/pg_hba.conf"
"${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/postgres.log" -w start >/dev/null
sql "create role lumbung login password '$DB_PASSWORD'"
sql "create database lumbung owner lumbung encoding 'UTF8' template template0"

start_node() {
  QUARKUS_HTTP_PORT=$HTTP_PORT LUMBUNG_DATA_DIR="$WORK/$1" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/lumbung" QUARKUS_DATASOURCE_USERNAME=lumbung \
  QUARKUS_DATASOURCE_PASSWORD=$DB_PASSWORD LUMBUNG_BOOTSTRAP_ADMIN_PASSWORD=$ADMIN_PASSWORD \
  LUMBUNG_SESSION_KEY=backup-check-session-key-not-secret-0123456789 \
    "$JAVA" --add-modules jdk.incubator.vector -jar "$JAR" >>"$WORK/$1.log" 2>&1 &
  NODE_PID=$!
  for _ in $(seq 1 600); do
    if curl -fs -o /dev/null "http://127.0.0.1:$HTTP_PORT/q/health/ready"; then return 0; fi
    kill -0 "$NODE_PID" 2>/dev/null || { tail -40 "$WORK/$1.log"; echo "node exited"; exit 1; }
    sleep 0.5
  done
  tail -40 "$WORK/$1.log"; echo "node not ready"; exit 1
}
stop_node() { kill "$NODE_PID"; wait "$NODE_PID" 2>/dev/null || true; NODE_PID=; }
api() { curl -fsS -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' "$@"; }

# What must come back: every entry (published and not), replications, and what searches find, in order.
snapshot() {
  local base="http://127.0.0.1:$HTTP_PORT/api/v1"
  {
    for status in published draft in_review archived; do
      api "$base/innovations/export?format=ndjson&status=$status"
    done
    curl -fsS "$base/replications/export?format=ndjson"
    for q in 'gerakan tengok bawah' 'kemiskinan ekstrim Kalbar' 'stunting' 'UMKM perempuan' 'cadangan pangan desa' 'jatim puspa'; do
      curl -fsS -G "$base/search" --data-urlencode "q=$q" --data-urlencode limit=20 | jq -c '{total, hits: [.hits[].slug]}'
    done
    curl -fsS "$base/search?limit=1" | jq -c '{total}'
  } >"$1"
}

echo "== a node with the demo catalogue and a few edits"
start_node node-before
api -X POST "http://127.0.0.1:$HTTP_PORT/api/v1/innovations?wait_for=indexed&confirm_duplicate=true" -o /dev/null -d \
  '{"slug":"cadangan-pangan-desa-uji","name":"Cadangan Pangan Desa Uji","region_code":"33.14","level":"kabupaten","themes":["kemiskinan"],"summary":"Lumbung cadangan pangan desa untuk keluarga miskin.","status":"published"}'
api -X POST "http://127.0.0.1:$HTTP_PORT/api/v1/innovations?confirm_duplicate=true" -o /dev/null -d \
  '{"slug":"draf-belum-terbit","name":"Draf Belum Terbit","region_code":"61.04","level":"kabupaten","themes":["kemiskinan"],"summary":"Rancangan yang belum diterbitkan."}'
api -X POST "http://127.0.0.1:$HTTP_PORT/api/v1/innovations/gertak-trenggalek/transitions?wait_for=indexed" -o /dev/null \
  -d '{"status":"archived"}'
# Scores count deleted documents until Lucene merges them away: compare a freshly built index with the restored
# node's freshly built one, so that equal scores mean equal order.
api -X POST "http://127.0.0.1:$HTTP_PORT/api/v1/search/index/rebuild" -o /dev/null
until curl -fsS "http://127.0.0.1:$HTTP_PORT/api/v1/search/index" | jq -e '.rebuild.running == false and .ready' >/dev/null; do
  sleep 0.2
done
snapshot "$WORK/before.txt"
for expected in '"slug":"draf-belum-terbit"' '"slug":"cadangan-pangan-desa-uji"' '"slug":"gertak-trenggalek"' '"hits":["'; do
  grep -qF "$expected" "$WORK/before.txt" || { echo "the snapshot lacks $expected"; exit 1; }
done

echo "== back up"
PGHOST=127.0.0.1 PGPORT=$PG_PORT PGUSER=lumbung PGPASSWORD=$DB_PASSWORD PGDATABASE=lumbung PG_BIN=$PSQL_BIN \
  deploy/backup/backup.sh "$WORK/lumbung.dump"

echo "== destroy: the database is dropped, the node's data directory (its index) deleted"
stop_node
sql "drop database lumbung"
rm -rf "$WORK/node-before"

echo "== restore into a new empty database, then start a node with an empty data directory"
sql "create database lumbung owner lumbung encoding 'UTF8' template template0"
PGHOST=127.0.0.1 PGPORT=$PG_PORT PGUSER=lumbung PGPASSWORD=$DB_PASSWORD PGDATABASE=lumbung PG_BIN=$PSQL_BIN \
  deploy/backup/restore.sh "$WORK/lumbung.dump"
start_node node-after
snapshot "$WORK/after.txt"

lines=$(wc -l <"$WORK/before.txt")
if diff -q "$WORK/before.txt" "$WORK/after.txt" >/dev/null; then
  echo "== identical: $lines lines of exports and searches match after backup, destruction and restore"
else
  diff "$WORK/before.txt" "$WORK/after.txt" | head -40
  echo "== DIFFERENT after restore"
  exit 1
fi
