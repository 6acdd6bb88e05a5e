#!/usr/bin/env bash
# Runs a main class of the generator's test code (benchmarks, reports, trainers) with the test class path, after
# compiling it: bench/java.sh CLASS [ARGS...]. JAVA_OPTS sets the JVM options (default -Xmx2g). Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
main="${1:?usage: bench/java.sh CLASS [ARGS...]}"
shift
mvn -B -q -pl generator test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench.classpath >/dev/null
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:--Xmx2g} -cp "generator/target/test-classes:generator/target/classes:$(cat generator/target/bench.classpath)" \
    "$main" "$@"
