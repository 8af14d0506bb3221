#!/usr/bin/env bash
# National scale on the packaged service (`java -jar`, heap HEAP, fresh data directory, embedded PostgreSQL): the
# benchmark's generated corpus grows through the import API to each of SIZES, and at each size prints the import
# time, full rebuilds, the JVM's resident memory, search latency with the API's defaults (facets, highlights) as
# one user sees it and the server's took_ms, throughput from `wrk -t2 -c8`, suggest, the pages /cari and
# /daerah/35.03, the export of the whole catalogue (its time and the JVM's peak memory meanwhile), the time to
# ready of a restart on the existing index, and of a new node with an empty data directory on the same database.
# Ends with a table of every figure by size. Needs wrk, curl, psql and python3 (NO_BUILD=1: the jar as packaged).
# Usage: HEAP=1g bench/scale.sh ["10000 100000 1000000"] [WARMUP_SECONDS=60] [RUN_SECONDS=20]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/service.sh
SIZES=${1:-"10000 100000 1000000"}
WARMUP=${2:-60}
RUN=${3:-20}
HEAP=${HEAP:-1g}
JVM_OPTS="-Xmx$HEAP -XX:+ExitOnOutOfMemoryError"
FIGURES=$(mktemp)
NODE=

package_service
start_service false
trap 'kill $SERVICE ${NODE:-} 2>/dev/null; wait $SERVICE ${NODE:-} 2>/dev/null || true; rm -rf "$DATA" "${NODE_DATA:-}"' EXIT
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $($JAVA -version 2>&1 | head -1); heap -Xmx$HEAP"

figure() { # figure SIZE NAME VALUE: printed now, tabled at the end
    echo "[$1] $2: $3"
    printf '%s\t%s\t%s\n' "$1" "$2" "$3" >> "$FIGURES"
}

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }

millis_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

postgres_port() { sed -n 4p "$DATA/postgres/postmaster.pid"; }

# The corpus of the largest size, once, in files of 5 000 lines named in order.
largest=$(echo "$SIZES" | tr ' ' '\n' | sort -n | tail -1)
mkdir "$DATA/corpus"
$JAVA -cp "target/test-classes:target/classes:$APP/lib/main/*" id.lumbung.bench.CorpusGenerator "$largest" \
    | split -l 5000 -d -a 5 - "$DATA/corpus/part-"
mapfile -t PARTS < <(ls "$DATA/corpus")

# Request paths of the benchmark's queries and suggestions (SearchBenchmark's lists) for latency.py and wrk.
list() { sed -n "/$1 = List.of(/,/);/p" src/test/java/id/lumbung/bench/SearchBenchmark.java | grep -o '"[^"]*"' | tr -d '"'; }
list QUERIES | sed 's|^|/api/v1/search?|' > "$DATA/search.paths"
list SUGGEST | sed 's|^|/api/v1/search/suggest?q=|' > "$DATA/suggest.paths"
list QUERIES | sed 's|^|/cari?|' > "$DATA/pages.paths"
echo /daerah/35.03 > "$DATA/region.paths"
query_script "$DATA/search.lua"

imported=0
import_seconds_total=0
for size in $SIZES; do
    start=$(date +%s%N)
    first=$(( imported / 5000 ))
    last=$(( size / 5000 - 1 ))
    for part in $(seq "$first" "$last"); do
        curl -sf -u "admin:$PASSWORD" -H 'Content-Type: application/x-ndjson' --data-binary "@$DATA/corpus/${PARTS[$part]}" \
            "$BASE/api/v1/innovations/import?allow_duplicates=true" > /dev/null
    done
    took=$(millis_since "$start")
    import_seconds_total=$(python3 -c "print(round($import_seconds_total + $took / 1000, 1))")
    figure "$size" "import via API, the entries added" "$(python3 -c "print('%d in %.1f s, %.0f docs/s' % ($size - $imported, $took / 1000, ($size - $imported) * 1000 / $took))")"
    figure "$size" "import via API, every entry so far (summed)" "$size in $import_seconds_total s"
    imported=$size
    await_index "$size"
    psql -h 127.0.0.1 -p "$(postgres_port)" -U postgres -d lumbung -qc 'vacuum (analyze)'

    for i in 1 2 3; do
        curl -sf -u "admin:$PASSWORD" -X POST "$BASE/api/v1/search/index/rebuild" > /dev/null
        sleep 0.5
        while curl -sf "$BASE/api/v1/search/index" | grep -q '"running":true'; do sleep 0.2; done
        figure "$size" "full rebuild $i" "$(curl -sf "$BASE/api/v1/search/index" | python3 -c 'import json, sys
r = json.load(sys.stdin)["rebuild"]
n, s = r["documents_indexed"], (r["finished_at_millis"] - r["started_at_millis"]) / 1000
print("%.1f s (%d docs, %.0f docs/s)" % (s, n, n / s))')"
    done

    searches_per_second "$WARMUP" "$DATA/search.lua" > /dev/null
    figure "$size" "search, one user" "$(python3 bench/latency.py "$BASE" search "$DATA/search.paths" 1500 | cut -d: -f2-)"
    wrk -t2 -c8 -d"${RUN}s" --latency -s "$DATA/search.lua" "$BASE" > "$DATA/wrk.out"
    figure "$size" "search, 8 connections" "$(awk '/Requests\/sec/ {rate = $2} $1 == "50%" {p50 = $2} $1 == "99%" {p99 = $2}
        /Non-2xx/ {bad = " (!) " $0} END {print rate " searches/s, client p50 " p50 ", p99 " p99 bad}' "$DATA/wrk.out")"
    figure "$size" "suggest" "$(python3 bench/latency.py "$BASE" suggest "$DATA/suggest.paths" 1500 | cut -d: -f2-)"
    figure "$size" "page /cari" "$(python3 bench/latency.py "$BASE" cari "$DATA/pages.paths" 600 | cut -d: -f2-)"
    figure "$size" "page /daerah/35.03" "$(python3 bench/latency.py "$BASE" daerah "$DATA/region.paths" 200 | cut -d: -f2-)"
    figure "$size" "JVM resident memory after searching" "$(rss_mb $SERVICE) MB"

    peak=$(rss_mb $SERVICE)
    start=$(date +%s%N)
    curl -sf "$BASE/api/v1/innovations/export?format=ndjson" -o "$DATA/export.ndjson" &
    exporter=$!
    while kill -0 $exporter 2>/dev/null; do
        now=$(rss_mb $SERVICE)
        [ "$now" -gt "$peak" ] && peak=$now
        sleep 0.1
    done
    wait $exporter
    figure "$size" "export (ndjson, whole catalogue)" "$(wc -l < "$DATA/export.ndjson") lines, $(( $(stat -c %s "$DATA/export.ndjson") / 1048576 )) MB in $(( $(millis_since "$start") / 1000 )) s; JVM peak resident $peak MB"
    rm "$DATA/export.ndjson"

    # A new node: an empty data directory, the same PostgreSQL; ready once its index caught up with the database.
    NODE_DATA=$(mktemp -d)
    start=$(date +%s%N)
    node_port=$(free_port)
    LUMBUNG_DATA_DIR=$NODE_DATA QUARKUS_HTTP_PORT=$node_port QUARKUS_HTTP_HOST=127.0.0.1 \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$(postgres_port)/lumbung" QUARKUS_DATASOURCE_USERNAME=postgres \
    QUARKUS_DATASOURCE_PASSWORD=unused LUMBUNG_DEMO_DATA_ENABLED=false \
        $JAVA $JVM_OPTS --add-modules jdk.incubator.vector -jar "$APP/quarkus-run.jar" > "$NODE_DATA/node.log" 2>&1 &
    NODE=$!
    until curl -sf "http://127.0.0.1:$node_port/q/health/ready" > /dev/null; do
        kill -0 $NODE 2>/dev/null || { tail -50 "$NODE_DATA/node.log"; exit 1; }
        sleep 0.2
    done
    figure "$size" "new node, empty data directory: ready" "$(( $(millis_since "$start") / 1000 )) s, $(curl -sf "http://127.0.0.1:$node_port/api/v1/search/index" | python3 -c 'import json, sys; print(json.load(sys.stdin)["documents"])') documents; resident $(rss_mb $NODE) MB"
    kill $NODE; wait $NODE 2>/dev/null || true
    NODE=
    rm -rf "$NODE_DATA"

    stop_service
    start=$(date +%s%N)
    launch_service
    figure "$size" "restart on the existing index: ready" "$(python3 -c "print('%.1f s' % ($(millis_since "$start") / 1000))"); resident $(rss_mb $SERVICE) MB"
    grep -q OutOfMemoryError "$DATA/service.log" && figure "$size" "(!) out of memory" "see the service's log"
done

echo
echo "=== National scale: figures by size (heap -Xmx$HEAP) ==="
python3 - "$FIGURES" <<'EOF'
import sys
rows, sizes, names = {}, [], []
for line in open(sys.argv[1]):
    size, name, value = line.rstrip('\n').split('\t')
    if size not in sizes: sizes.append(size)
    if name not in names: names.append(name)
    rows[(name, size)] = value
print('| figure | ' + ' | '.join(sizes) + ' |')
print('|---|' + '---|' * len(sizes))
for name in names:
    print(f'| {name} | ' + ' | '.join(rows.get((name, s), '') for s in sizes) + ' |')
EOF
