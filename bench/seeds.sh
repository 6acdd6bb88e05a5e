#!/usr/bin/env bash
# CPU time of the per-seed stages (loading, structuring, parsing, analysis) of a folder of seeds on one thread,
# after warm-up: bench/seeds.sh FOLDER [COUNT]. For the generated corpus: python3 ../shared/bench/gen-corpus.py
# 1000 /tmp/corpus-1000, then bench/seeds.sh /tmp/corpus-1000. JAVA_OPTS sets the JVM options (default -Xmx2g).
# Run from anywhere.
set -euo pipefail
exec "$(dirname "$0")/java.sh" io.github.briefwright.bench.SeedsBenchmark "$@"
