#!/usr/bin/env bash
# Clean and no-change builds of N generated articles (default 1,000) without and with the cache of analysed
# seeds, with the time of each stage. Run from anywhere: bench/cache.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-1000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 ../shared/bench/gen-corpus.py "$count" "$work/seeds" >/dev/null
mvn -B -q -pl generator test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench.classpath >/dev/null
java -Xmx2g -cp "generator/target/test-classes:generator/target/classes:$(cat generator/target/bench.classpath)" \
    io.github.briefwright.bench.CacheBenchmark "$work/seeds" "$work/work" 3
