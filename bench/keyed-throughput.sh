#!/usr/bin/env bash
# Keyed against anonymous search on the packaged service (`java -jar`, fresh data directory, embedded PostgreSQL):
# the same 30 queries from `wrk -t2 -c8`, without and with an X-API-Key, in alternating runs after a warm-up of
# both. Prints each run (searches/s; the CPU per search of the JVM and of PostgreSQL, which busy neighbours change
# less; PostgreSQL's transactions per 1 000 searches, which they do not change), the averages and keyed/anonymous.
# DOCS=0 searches the demo catalogue (122 entries), otherwise the benchmark's generated corpus of DOCS entries
# imported through the API. An even number of rounds lets each kind go first equally often (throughput still climbs
# for a while after the warm-up). Needs wrk, curl, psql and python3 (NO_BUILD=1: use the jar already packaged).
# Usage: bench/keyed-throughput.sh [DOCS=100000] [WARMUP_SECONDS=180] [ROUNDS=4] [RUN_SECONDS=30]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/service.sh
DOCS=${1:-100000}
WARMUP=${2:-180}
ROUNDS=${3:-4}
SECONDS_PER_RUN=${4:-30}

package_service
if [ "$DOCS" = 0 ]; then
    start_service true
else
    start_service false
    import_corpus "$DOCS"
    await_index "$DOCS"
fi
# The highest limit a key may have (100 000 a minute): above what two cores serve, so no keyed search is refused.
KEY=$(curl -sf -u "admin:$PASSWORD" -H 'Content-Type: application/json' "$BASE/api/v1/api-keys" \
    -d '{"name":"bench","owner":"bench","rate_limit_per_minute":100000}' | python3 -c 'import json, sys; print(json.load(sys.stdin)["key"])')
query_script "$DATA/anonymous.lua"
query_script "$DATA/keyed.lua" "$KEY"

searches_per_second $(( WARMUP / 2 )) "$DATA/anonymous.lua" > /dev/null
searches_per_second $(( WARMUP / 2 )) "$DATA/keyed.lua" > /dev/null
for round in $(seq "$ROUNDS"); do
    # Alternate which goes first, so a machine getting busier or quieter favours neither.
    order=$([ $(( round % 2 )) = 1 ] && echo "anonymous keyed" || echo "keyed anonymous")
    for kind in $order; do
        read -r rate jvm postgres transactions <<< "$(measure "$SECONDS_PER_RUN" "$DATA/$kind.lua")"
        echo "round $round, $kind: $rate searches/s; CPU per search: JVM $jvm µs, PostgreSQL $postgres µs;" \
            "$transactions PostgreSQL transactions per 1 000 searches"
        echo "$kind $rate $jvm $postgres $transactions" >> "$DATA/rates"
    done
done
awk -v rounds="$ROUNDS" -v run="$SECONDS_PER_RUN" '{rate[$1] += $2; jvm[$1] += $3; pg[$1] += $4; tx[$1] += $5} END {
    split("anonymous keyed", kinds, " ")
    for (i = 1; i <= 2; i++) {
        k = kinds[i]
        printf "%-10s %.1f searches/s on average over %d runs of %d s; CPU per search: JVM %.0f µs, PostgreSQL %.0f µs;" \
            " %.1f PostgreSQL transactions per 1 000 searches\n", k ":", rate[k] / rounds, rounds, run, jvm[k] / rounds,
            pg[k] / rounds, tx[k] / rounds
    }
    printf "keyed / anonymous: %.1f %% of the throughput, %.1f %% of the JVM CPU per search\n",
        100 * rate["keyed"] / rate["anonymous"], 100 * jvm["keyed"] / jvm["anonymous"]
}' "$DATA/rates"
