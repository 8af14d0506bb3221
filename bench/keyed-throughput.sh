#!/usr/bin/env bash
# Keyed against anonymous search on the packaged service (`java -jar`, fresh data directory, embedded PostgreSQL):
# the same 30 queries from `wrk -t2 -c8`, without and with an X-API-Key, in alternating runs after a warm-up of
# both. Prints each run, the sums and keyed/anonymous. DOCS=0 searches the demo catalogue (122 entries), otherwise
# the benchmark's generated corpus of DOCS entries imported through the API.
# Usage: bench/keyed-throughput.sh [DOCS=100000] [WARMUP_SECONDS=120] [ROUNDS=3] [RUN_SECONDS=30]
# Needs wrk, curl and python3 (NO_BUILD=1: use the jar already packaged).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/service.sh
DOCS=${1:-100000}
WARMUP=${2:-120}
ROUNDS=${3:-3}
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
        rate=$(searches_per_second "$SECONDS_PER_RUN" "$DATA/$kind.lua")
        echo "round $round, $kind: $rate searches/s"
        echo "$kind $rate" >> "$DATA/rates"
    done
done
awk -v rounds="$ROUNDS" -v run="$SECONDS_PER_RUN" '{sum[$1] += $2} END {
    printf "anonymous: %.1f searches/s on average over %d runs of %d s\n", sum["anonymous"] / rounds, rounds, run
    printf "keyed:     %.1f searches/s on average\n", sum["keyed"] / rounds
    printf "keyed / anonymous: %.1f %%\n", 100 * sum["keyed"] / sum["anonymous"]
}' "$DATA/rates"
