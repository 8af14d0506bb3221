#!/usr/bin/env bash
# The import through the API of two packaged builds compared fairly on a shared machine: both run at once (heap 1g,
# each on its own fresh data directory with embedded PostgreSQL), each importing the benchmark's generated corpus in
# files of 5 000 lines (`allow_duplicates=true`, admin Basic auth), so a neighbour's load falls on both alike. Prints
# per build the import's lines/s, the time until its index holds every document, and the CPU of its JVM and of its
# PostgreSQL from the first file to the complete index, per line; and the load average. Under load the times swing,
# the CPU per line much less.
# Usage: bench/import-ab.sh APP_A APP_B [DOCS=100000]   (APP_*: copies of target/quarkus-app)
# Needs curl, psql and python3; the corpus generator comes from this checkout's target/test-classes.
set -euo pipefail
cd "$(dirname "$0")/.."
APP_A=$1
APP_B=$2
DOCS=${3:-100000}

run() { # run NAME APP: one build's import, in a subshell of its own (service.sh keeps one service per shell)
    (
        APP=$2
        source bench/service.sh
        JVM_OPTS="-Xmx1g -XX:+ExitOnOutOfMemoryError"
        start_service false
        $JAVA -cp "target/test-classes:target/classes:$APP/lib/main/*" id.lumbung.bench.CorpusGenerator "$DOCS" \
            | split -l 5000 - "$DATA/corpus-"
        read -r jvm0 pg0 <<< "$(cpu_ticks)"
        start=$(date +%s%N)
        for file in "$DATA"/corpus-*; do
            curl -sf -u "admin:$PASSWORD" -H 'Content-Type: application/x-ndjson' --data-binary "@$file" \
                "$BASE/api/v1/innovations/import?allow_duplicates=true" > /dev/null
        done
        imported=$(( ($(date +%s%N) - start) / 1000000 ))
        await_index "$DOCS"
        indexed=$(( ($(date +%s%N) - start) / 1000000 ))
        read -r jvm1 pg1 <<< "$(cpu_ticks)"
        hz=$(getconf CLK_TCK)
        echo "$1 ($2): import $DOCS lines in $imported ms = $(( DOCS * 1000 / imported )) lines/s; index holds all after" \
            "$indexed ms; CPU per line: JVM $(( (jvm1 - jvm0) * 1000000 / hz / DOCS )) µs, PostgreSQL" \
            "$(( (pg1 - pg0) * 1000000 / hz / DOCS )) µs; load $(cut -d' ' -f1-3 /proc/loadavg)"
    )
}

echo "machine: $(nproc) cores; load at start $(cut -d' ' -f1-3 /proc/loadavg)"
run A "$APP_A" &
a=$!
run B "$APP_B" &
b=$!
wait $a $b
