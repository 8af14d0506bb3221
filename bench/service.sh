# Sourced by the bench/ scripts: the packaged service on a fresh data directory (embedded PostgreSQL), the
# benchmark's generated corpus imported through the API, and wrk's script of the benchmark's 30 queries.
# Needs curl, python3, psql and wrk. Everything listens on 127.0.0.1; the service and its data go away on exit.

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

# start_service [DEMO=false]: starts the jar with limits high enough for a load test (JVM_OPTS: more JVM options,
# e.g. -Xmx1g); sets SERVICE, DATA and BASE, and returns once the service is ready (its index has caught up).
start_service() {
    local demo=${1:-false}
    DATA=$(mktemp -d)
    BASE=http://127.0.0.1:$(free_port)
    DEMO=$demo
    # The JVM stops its embedded PostgreSQL; `|| true`, because under `set -e` the failed wait (143) ended the trap.
    trap 'kill $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null || true; rm -rf "$DATA"' EXIT
    launch_service
}

# launch_service: starts the jar on DATA and BASE's port (again, after stop_service) and returns once it is ready.
launch_service() {
    LUMBUNG_DATA_DIR=$DATA LUMBUNG_BOOTSTRAP_ADMIN_PASSWORD=$PASSWORD LUMBUNG_ANONYMOUS_PER_MINUTE=100000000 \
    LUMBUNG_ACCESS_RATE_LIMIT_SEARCH_PAGE_PER_MINUTE=100000000 LUMBUNG_MAX_BODY_SIZE=64M \
    LUMBUNG_DEMO_DATA_ENABLED=${DEMO:-false} QUARKUS_HTTP_PORT=${BASE##*:} QUARKUS_HTTP_HOST=127.0.0.1 \
        $JAVA ${JVM_OPTS:-} --add-modules jdk.incubator.vector -jar "$APP/quarkus-run.jar" >> "$DATA/service.log" 2>&1 &
    SERVICE=$!
    until curl -sf "$BASE/q/health/ready" > /dev/null; do
        kill -0 $SERVICE 2>/dev/null || { cat "$DATA/service.log"; exit 1; }
        sleep 0.2
    done
}

# stop_service: stops the service as an operator does (SIGTERM; the JVM stops its embedded PostgreSQL).
stop_service() {
    kill $SERVICE
    wait $SERVICE 2>/dev/null || true
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

# cpu_ticks: CPU time (clock ticks) used so far by the service's JVM, and by its embedded PostgreSQL: the postmaster,
# its live processes and those it has reaped. Busy neighbours slow a run down but hardly change these.
cpu_ticks() {
    local postmaster
    postmaster=$(head -1 "$DATA/postgres/postmaster.pid")
    printf '%s ' "$(awk '{print $14 + $15}' "/proc/$SERVICE/stat")"
    { awk '{print $14 + $15 + $16 + $17}' "/proc/$postmaster/stat"
      for child in $(ps -o pid= --ppid "$postmaster"); do awk '{print $14 + $15}' "/proc/$child/stat" 2>/dev/null || true; done
    } | awk '{sum += $1} END {print sum}'
}

# pg_transactions: transactions the embedded PostgreSQL's catalogue database has run so far (its statistics, which
# the backends report within seconds).
pg_transactions() {
    psql -h 127.0.0.1 -p "$(sed -n 4p "$DATA/postgres/postmaster.pid")" -U postgres -d lumbung -Atc \
        "select xact_commit + xact_rollback from pg_stat_database where datname = current_database()"
}

# measure SECONDS SCRIPT: wrk -t2 -c8 for SECONDS; prints searches/s, the microseconds of JVM and of PostgreSQL CPU
# per search, and PostgreSQL transactions per 1 000 searches (warns on any non-2xx answer).
measure() {
    local before after transactions
    before="$(cpu_ticks) $(pg_transactions)"
    wrk -t2 -c8 -d"$1s" -s "$2" "$BASE" > "$DATA/wrk.out"
    after="$(cpu_ticks) $(pg_transactions)"
    grep 'Non-2xx' "$DATA/wrk.out" | sed 's/^/  (!) /' >&2 || true
    awk -v before="$before" -v after="$after" -v hz="$(getconf CLK_TCK)" '
        /requests in/ {requests = $1} /Requests\/sec/ {rate = $2}
        END {split(before, b, " "); split(after, a, " ")
             printf "%s %.0f %.0f %.1f\n", rate, (a[1] - b[1]) * 1e6 / hz / requests, (a[2] - b[2]) * 1e6 / hz / requests,
                 (a[3] - b[3]) * 1000 / requests}' "$DATA/wrk.out"
}

# start_pair APP_A APP_B DOCS: both builds at once, each on its own fresh data directory with the generated corpus,
# ready and indexed; sets PIDS, DIRS and BASES by build (A, B) and stops both on exit. Comparing two builds this way
# lets a neighbour's load fall on both alike instead of on whichever ran second.
declare -gA PIDS DIRS BASES
start_pair() {
    trap stop_pair EXIT
    local build
    for build in A B; do
        APP=$([ $build = A ] && echo "$1" || echo "$2")
        DATA=$(mktemp -d)
        DIRS[$build]=$DATA
        BASE=http://127.0.0.1:$(free_port)
        DEMO=false
        launch_service
        PIDS[$build]=$SERVICE BASES[$build]=$BASE
        echo "$build: $APP"
        import_corpus "$3"
    done
    for build in A B; do
        BASE=${BASES[$build]}
        await_index "$3"
    done
}

stop_pair() {
    local build
    for build in A B; do
        if [ -n "${PIDS[$build]:-}" ]; then
            kill "${PIDS[$build]}" 2>/dev/null || true
            wait "${PIDS[$build]}" 2>/dev/null || true
        fi
        rm -rf "${DIRS[$build]:-}"
    done
}

# use_build A|B: points SERVICE, DATA and BASE at one of the pair.
use_build() {
    SERVICE=${PIDS[$1]} DATA=${DIRS[$1]} BASE=${BASES[$1]}
}

# typo_query_script FILE: wrk cycles through bench/typo-queries.txt, queries with a misspelt word or two, each
# connection from a random one.
typo_query_script() {
    {
        printf 'local q = {'
        python3 -c 'import sys, urllib.parse
print(",".join("\"/api/v1/search?q=%s\"" % urllib.parse.quote(l.strip()) for l in open(sys.argv[1]) if l.strip()))' \
            bench/typo-queries.txt
        printf '}\nlocal i = 0\n'
        printf 'init = function(args) i = math.random(0, #q - 1) end\n'
        printf 'request = function() i = i + 1; return wrk.format("GET", q[(i %% #q) + 1]) end\n'
    } > "$1"
}
