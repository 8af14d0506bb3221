#!/usr/bin/env bash
# The packaged service on its own, as `java -jar` runs it, loaded with the benchmark's generated corpus:
# import time, full rebuilds, and search throughput from wrk (8 connections, the benchmark's 30 queries) after a
# warm-up. Usage: bench/standalone-throughput.sh [DOCS=100000] [WARMUP_SECONDS=150]
# Needs wrk and curl; uses port 8099 and a fresh data directory that it deletes afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
DOCS=${1:-100000}
WARMUP=${2:-150}
PORT=8099
PASSWORD=standalone-bench-pass
DATA=$(mktemp -d)
BASE=http://localhost:$PORT

./mvnw -B -q package -DskipTests
LUMBUNG_DATA_DIR=$DATA LUMBUNG_BOOTSTRAP_ADMIN_PASSWORD=$PASSWORD LUMBUNG_ANONYMOUS_PER_MINUTE=100000000 \
LUMBUNG_MAX_BODY_SIZE=64M LUMBUNG_DEMO_DATA_ENABLED=false QUARKUS_HTTP_PORT=$PORT \
    "${JAVA_HOME:+$JAVA_HOME/bin/}java" --add-modules jdk.incubator.vector -jar target/quarkus-app/quarkus-run.jar > "$DATA/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -sf "$BASE/q/health/ready" > /dev/null; do
    kill -0 $SERVICE 2>/dev/null || { cat "$DATA/service.log"; exit 1; }
    sleep 1
done

"${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "target/test-classes:target/classes:target/quarkus-app/lib/main/*" id.lumbung.bench.CorpusGenerator "$DOCS" \
    | split -l 5000 - "$DATA/corpus-"
START=$(date +%s%N)
for file in "$DATA"/corpus-*; do
    curl -sf -u "admin:$PASSWORD" -H 'Content-Type: application/x-ndjson' --data-binary "@$file" \
        "$BASE/api/v1/innovations/import?allow_duplicates=true" > /dev/null
done
echo "import via API: $DOCS documents in $(( ($(date +%s%N) - START) / 1000000 )) ms"

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
{
    printf 'local q = {'
    sed -n '/QUERIES = List.of(/,/);/p' src/test/java/id/lumbung/bench/SearchBenchmark.java \
        | grep -o '"[^"]*"' | sed 's|^"|"/api/v1/search?|' | paste -sd, -
    printf '}\nlocal i = 0\ninit = function(args) i = math.random(0, #q - 1) end\n'
    printf 'request = function() i = i + 1; return wrk.format("GET", q[(i %% #q) + 1]) end\n'
} > "$SCRIPT"
wrk -t2 -c8 -d"${WARMUP}s" -s "$SCRIPT" "$BASE" > /dev/null
for i in 1 2 3; do
    wrk -t2 -c8 -d20s -s "$SCRIPT" "$BASE" | awk -v w="$WARMUP" '/Requests\/sec/ {print "throughput, 8 connections from wrk after " w " s of warm-up: " $2 " searches/s"} /Non-2xx/ {print "  " $0 " (!)"}'
done
