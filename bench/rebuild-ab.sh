#!/usr/bin/env bash
# Full rebuilds of two packaged builds compared fairly on a shared machine: both services run at once, each on its own
# fresh data directory with the benchmark's generated corpus, and their rebuilds alternate (A, B, A, B, ...), so a
# neighbour's load falls on both alike instead of on whichever ran second. Prints each rebuild's time (the service's
# own start and end), the CPU seconds of the JVM and of its PostgreSQL meanwhile, and the load average; then the mean
# time of each build from its second rebuild on (the first runs partly before the JIT has compiled the analysis).
# Compare CPU seconds too: under load a rebuild's time swings by seconds, its CPU hardly.
# Usage: bench/rebuild-ab.sh APP_A APP_B [DOCS=100000] [PAIRS=8]   (APP_*: copies of target/quarkus-app)
# Needs curl, psql and python3; the corpus generator comes from this checkout's target/test-classes.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/service.sh
APP_A=$1
APP_B=$2
DOCS=${3:-100000}
PAIRS=${4:-8}

declare -A TIMES
start_pair "$APP_A" "$APP_B" "$DOCS"

for pair in $(seq 1 "$PAIRS"); do
    for build in A B; do
        use_build $build
        before=$(cpu_ticks)
        curl -sf -u "admin:$PASSWORD" -X POST "$BASE/api/v1/search/index/rebuild" > /dev/null
        sleep 0.5
        while curl -sf "$BASE/api/v1/search/index" | grep -q '"running":true'; do sleep 0.2; done
        after=$(cpu_ticks)
        seconds=$(curl -sf "$BASE/api/v1/search/index" | python3 -c 'import json, sys
r = json.load(sys.stdin)["rebuild"]
print("%.2f" % ((r["finished_at_millis"] - r["started_at_millis"]) / 1000))')
        [ "$pair" = 1 ] || TIMES[$build]="${TIMES[$build]:-} $seconds"
        echo "$build $pair: rebuild $seconds s; CPU JVM $(awk -v b="$before" -v a="$after" -v hz="$(getconf CLK_TCK)" \
            'BEGIN {split(b, x, " "); split(a, y, " "); printf "%.2f s, PostgreSQL %.2f s", (y[1] - x[1]) / hz, (y[2] - x[2]) / hz}'); load $(cut -d' ' -f1 /proc/loadavg)"
    done
done
for build in A B; do
    echo "$build from the second rebuild on: mean $(echo "${TIMES[$build]:-}" | awk '{for (i = 1; i <= NF; i++) s += $i; if (NF) printf "%.2f s of %d", s / NF, NF}')"
done
