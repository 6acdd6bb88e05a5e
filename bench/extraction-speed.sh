#!/usr/bin/env bash
# CPU time of structuring, parsing and analysis of the 351 pages of ../shared/extraction-corpus (outside the
# repo), in each paste variant, after warm-up: the pastes are made first (not timed), then warm-up passes, then
# timed runs on one thread; prints median and best of thread CPU, process CPU and wall time, and the load average.
# Run from anywhere: bench/extraction-speed.sh [--warmup N] [--runs N]   (defaults 3 and 5)
# JAVA_OPTS sets the JVM options (default -Xmx2g); add -XX:StartFlightRecording=filename=x.jfr to profile.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl generator test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench.classpath >/dev/null
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
# shellcheck disable=SC2086
java ${JAVA_OPTS:--Xmx2g} -cp "generator/target/test-classes:generator/target/classes:$(cat generator/target/bench.classpath)" \
    io.github.briefwright.bench.ExtractionSpeed "$@"
