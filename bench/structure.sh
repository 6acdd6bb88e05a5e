#!/usr/bin/env bash
# Structuring, and structuring with analysis, of one raw paste of 1, 2.5 and 5 million characters (or the sizes
# given as arguments): best of three. Linear work shows as a flat MB/s column. Run from anywhere: bench/structure.sh [chars...]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl generator test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench.classpath >/dev/null
java -Xmx2g -cp "generator/target/test-classes:generator/target/classes:$(cat generator/target/bench.classpath)" \
    io.github.briefwright.bench.StructureBenchmark "$@"
