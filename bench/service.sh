# Sourced by the bench/ scripts: the packaged service on a fresh data directory (embedded PostgreSQL), the
# benchmark's generated corpus imported through the API, and wrk's script of the benchmark's 30 queries.
# Needs curl, python3 and wrk. Everything listens on 127.0.0.1; the service and its data go away on exit.

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# The packaged service to run (APP=another copy of target/quarkus-app compares two builds).
APP=${APP:-target/quarkus-app}
PASSWORD=standalone-bench-pass

package_service() {
    [ "${NO_BUILD:-}" = 1 ] || ./mvnw -B -q package -DskipTests
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# start_service [DEMO=false]: starts the jar with limits high enough for a load test; sets SERVICE, DATA and BASE,
# and returns once the service is ready (its index has caught up).
start_service() {
    local demo=${1:-false}
    local port
    port=$(free_port)
    DATA=$(mktemp -d)
    BASE=http://127.0.0.1:$port
    LUMBUNG_DATA_DIR=$DATA LUMBUNG_BOOTSTRAP_ADMIN_PASSWORD=$PASSWORD LUMBUNG_ANONYMOUS_PER_MINUTE=100000000 \
    LUMBUNG_MAX_BODY_SIZE=64M LUMBUNG_DEMO_DATA_ENABLED=$demo QUARKUS_HTTP_PORT=$port QUARKUS_HTTP_HOST=127.0.0.1 \
        $JAVA --add-modules jdk.incubator.vector -jar "$APP/quarkus-run.jar" > "$DATA/service.log" 2>&1 &
    SERVICE=$!
    trap 'kill $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null; rm -rf "$DATA"' EXIT
    until curl -sf "$BASE/q/health/ready" > /dev/null; do
        kill -0 $SERVICE 2>/dev/null || { cat "$DATA/service.log"; exit 1; }
        sleep 1
    done
}

# import_corpus DOCS: the benchmark's deterministic corpus, through the import API in files of 5 000 lines.
import_corpus() {
    $JAVA -cp "target/test-classes:target/classes:$APP/lib/main/*" id.lumbung.bench.CorpusGenerator "$1" \
        | split -l 5000 - "$DATA/corpus-"
    local start
    start=$(date +%s%N)
    for file in "$DATA"/corpus-*; do
        curl -sf -u "admin:$PASSWORD" -H 'Content-Type: application/x-ndjson' --data-binary "@$file" \
            "$BASE/api/v1/innovations/import?allow_duplicates=true" > /dev/null
    done
    echo "import via API: $1 documents in $(( ($(date +%s%N) - start) / 1000000 )) ms"
}

# await_index DOCS: until the index holds at least DOCS documents (the indexer works through an import's outbox).
await_index() {
    until curl -sf "$BASE/api/v1/search/index" | python3 -c 'import json, sys
sys.exit(0 if json.load(sys.stdin)["documents"] >= int(sys.argv[1]) else 1)' "$1"; do
        sleep 1
    done
}

# query_script FILE [API_KEY]: wrk cycles through SearchBenchmark's 30 queries, each connection from a random one.
query_script() {
    {
        printf 'local q = {'
        sed -n '/QUERIES = List.of(/,/);/p' src/test/java/id/lumbung/bench/SearchBenchmark.java \
            | grep -o '"[^"]*"' | sed 's|^"|"/api/v1/search?|' | paste -sd, -
        printf '}\nlocal headers = {%s}\nlocal i = 0\n' "${2:+[\"X-API-Key\"] = \"$2\"}"
        printf 'init = function(args) i = math.random(0, #q - 1) end\n'
        printf 'request = function() i = i + 1; return wrk.format("GET", q[(i %% #q) + 1], headers) end\n'
    } > "$1"
}

# searches_per_second SECONDS SCRIPT: runs wrk -t2 -c8 and prints its requests/s (warns on any non-2xx answer).
searches_per_second() {
    wrk -t2 -c8 -d"$1s" -s "$2" "$BASE" | awk '/Requests\/sec/ {rate = $2} /Non-2xx/ {print "  " $0 " (!)" > "/dev/stderr"}
        END {print rate}'
}
