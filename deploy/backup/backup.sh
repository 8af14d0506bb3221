#!/usr/bin/env bash
# Backs up Lumbung's database: a pg_dump in custom format (compressed, restorable table by table).
#
#   PGHOST=db.internal PGPORT=5432 PGUSER=lumbung PGPASSWORD=... PGDATABASE=lumbung \
#       deploy/backup/backup.sh /backups/lumbung-$(date +%F).dump
#
# The search index is not backed up: every node rebuilds it from the database. For the same reason the
# outbox and the node registry are left out (schema kept, rows not): they describe the running nodes, not the
# catalogue. pg_dump takes a consistent snapshot while the service runs; no node needs to stop.
set -euo pipefail
out=${1:?usage: backup.sh <file.dump>}
PG_BIN=${PG_BIN:-}
dump=${PG_BIN:+$PG_BIN/}pg_dump
"$dump" --format=custom --no-owner --no-privileges \
    --exclude-table-data=search_outbox --exclude-table-data=search_node \
    --file="$out"
echo "backup written: $out ($(du -h "$out" | cut -f1))"
