#!/usr/bin/env bash
# The packaged service on its own, as `java -jar` runs it, loaded with the benchmark's generated corpus:
# import time, full rebuilds, and search throughput from wrk (8 connections, the benchmark's 30 queries) after a
# warm-up. Usage: bench/standalone-throughput.sh [DOCS=100000] [WARMUP_SECONDS=150]
# Needs wrk and curl; a free port and a fresh data directory that it deletes afterwards (NO_BUILD=1: no packaging).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/service.sh
DOCS=${1:-100000}
WARMUP=${2:-150}

package_service
start_service false
import_corpus "$DOCS"

for i in 1 2 3 4 5 6; do
    curl -sf -u "admin:$PASSWORD" -X POST "$BASE/api/v1/search/index/rebuild" > /dev/null
    sleep 0.5
    while curl -sf "$BASE/api/v1/search/index" | grep -q '"running":true'; do sleep 0.2; done
    curl -sf "$BASE/api/v1/search/index" | python3 -c 'import json, sys
r = json.load(sys.stdin)["rebuild"]
n, s = r["documents_indexed"], (r["finished_at_millis"] - r["started_at_millis"]) / 1000
print("full reindex: %d docs in %.2f s (%.0f docs/s)" % (n, s, n / s))'
done

SCRIPT="$DATA/queries.lua"
query_script "$SCRIPT"
searches_per_second "$WARMUP" "$SCRIPT" > /dev/null
for i in 1 2 3; do
    echo "throughput, 8 connections from wrk after $WARMUP s of warm-up: $(searches_per_second 20 "$SCRIPT") searches/s"
done
