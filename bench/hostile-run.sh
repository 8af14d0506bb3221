#!/usr/bin/env bash
# The full hostile-input run: 10 000 seeded inputs (search, JSON writes, NDJSON imports, paths, headers) against the
# service in a test application with its own embedded PostgreSQL. Prints the status counts per kind of input; fails
# on any answer >= 500 or any row changed by a refused import. The default test run sends a 1 200-input slice.
#   bench/hostile-run.sh [inputs] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
inputs=${1:-10000}
seed=${2:-18}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -B test -Dtest=HostileInputTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dhostile.inputs="$inputs" -Dhostile.seed="$seed" 2>&1 | tee target/hostile-run.log \
    | grep -E 'Hostile run|Tests run:|FAIL|failures' || true
grep -q 'Tests run: 1, Failures: 0, Errors: 0' target/hostile-run.log
