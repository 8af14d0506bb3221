#!/usr/bin/env bash
# Search cost of two packaged builds compared fairly on a shared machine: both services run at once on the
# benchmark's generated corpus, and 20-second wrk runs (-t2 -c8) alternate between them, first with the benchmark's
# 30 queries, then with bench/typo-queries.txt (a misspelt word or two each, which the spelling alternatives look
# up). Prints each run's searches/s, microseconds of JVM and PostgreSQL CPU per search and the load average, then
# each build's mean CPU per search by query set. CPU per search is the figure to compare: the rate follows the load.
# Usage: bench/search-ab.sh APP_A APP_B [DOCS=100000] [ROUNDS=4] [WARMUP_SECONDS=60]
# Needs wrk, curl, psql and python3; the corpus generator comes from this checkout's target/test-classes.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/service.sh
DOCS=${3:-100000}
ROUNDS=${4:-4}
WARMUP=${5:-60}

start_pair "$1" "$2" "$DOCS"
SCRIPTS=$(mktemp -d)
trap 'stop_pair; rm -rf "$SCRIPTS"' EXIT
query_script "$SCRIPTS/benchmark.lua"
typo_query_script "$SCRIPTS/typos.lua"

for build in A B; do
    use_build $build
    for set in benchmark typos; do searches_per_second "$WARMUP" "$SCRIPTS/$set.lua" > /dev/null; done
done

declare -A CPU
for round in $(seq 1 "$ROUNDS"); do
    for set in benchmark typos; do
        for build in A B; do
            use_build $build
            read -r rate jvm pg _ <<< "$(measure 20 "$SCRIPTS/$set.lua")"
            [[ "$jvm" =~ ^[0-9]+$ ]] || { echo "$build round $round, $set queries: no measurement ($rate $jvm $pg)" >&2; exit 1; }
            CPU[$build.$set]="${CPU[$build.$set]:-} $jvm"
            echo "$build round $round, $set queries: $rate searches/s; CPU per search JVM $jvm µs, PostgreSQL $pg µs; load $(cut -d' ' -f1 /proc/loadavg)"
        done
    done
done
for set in benchmark typos; do
    for build in A B; do
        echo "$build, $set queries: JVM CPU per search $(echo "${CPU[$build.$set]}" | awk '{for (i = 1; i <= NF; i++) {s += $i; if (!min || $i < min) min = $i; if ($i > max) max = $i}
            printf "mean %.0f µs (%d–%d) of %d runs", s / NF, min, max, NF}')"
    done
done
