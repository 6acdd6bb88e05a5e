#!/usr/bin/env bash
# What a user waits for once a site of N generated articles (default 1,000) is built: a clean build that fills
# the cache, a no-change rebuild in a new JVM (as a new mvn run), and in the preview server the time from saving
# an edited seed to the rebuilt site. Each in a JVM of its own, with JAVA_OPTS (default -Xmx1500m).
# Run from anywhere: bench/incremental.sh [N] [CORPUS_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-1000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
corpus="${2:-$work/seeds}"
if [ ! -f ../shared/bench/gen-corpus.py ]; then
  echo "The corpus generator ../shared/bench/gen-corpus.py is missing (beside this repository)." >&2
  exit 2
fi
if [ "$(find "$corpus" -name '*.md' 2>/dev/null | wc -l)" -ne "$count" ]; then
  rm -rf "$corpus"
  python3 ../shared/bench/gen-corpus.py "$count" "$corpus" >/dev/null
fi
seeds="$work/corpus"
cp -a "$corpus" "$seeds"   # the serve run edits seeds, never the kept corpus; times kept, as a user's seeds are old
mvn -B -q -pl generator test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench.classpath >/dev/null
classpath="generator/target/test-classes:generator/target/classes:$(cat generator/target/bench.classpath)"
run() {
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:--Xmx1500m} -cp "$classpath" io.github.briefwright.bench.IncrementalBenchmark "$@"
}
echo "$count articles, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
run fill "$seeds" "$work/work"
start=$(date +%s%N)
run again "$seeds" "$work/work"
echo "again  whole JVM run: $(( ($(date +%s%N) - start) / 1000000 )) ms"
run serve "$seeds" "$work/work" "${EDITS:-5}"
