#!/usr/bin/env bash
# Restores a backup made by backup.sh into an EMPTY database (create it first, owned by the service's role):
#
#   createdb -O lumbung lumbung          # as the PostgreSQL superuser, or your provider's console
#   PGHOST=... PGUSER=lumbung PGPASSWORD=... PGDATABASE=lumbung deploy/backup/restore.sh lumbung.dump
#
# All or nothing (one transaction). The nodes notice the new database by themselves (its identity changed)
# and rebuild their search indexes; new nodes build theirs at start. See docs/operations.md, "Backups".
set -euo pipefail
in=${1:?usage: restore.sh <file.dump>}
PG_BIN=${PG_BIN:-}
restore=${PG_BIN:+$PG_BIN/}pg_restore
psql=${PG_BIN:+$PG_BIN/}psql
"$restore" --no-owner --no-privileges --exit-on-error --single-transaction --dbname="${PGDATABASE:-lumbung}" "$in"
# Outbox positions are transaction ids of the database they were written in: start the restored one afresh.
"$psql" --no-psqlrc -q -v ON_ERROR_STOP=1 -c "update search_outbox_horizon set pruned_below = 0"
echo "restored: $in"
