#!/usr/bin/env bash
# The same clean build of N generated articles several times in one JVM (bench/repeated-builds.sh N [BUILDS]
# [CORPUS_DIR], default 5 builds): the first build pays the JIT compilers' warm-up, as a clean "mvn site" does; the
# last shows what the build's own work costs with the code compiled. Compare with Hugo's time from bench/speed.sh.
# JAVA_OPTS sets the JVM options (default -Xmx3g). Run from anywhere.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:?usage: bench/repeated-builds.sh N [BUILDS] [CORPUS_DIR]}"
builds="${2:-5}"
work="$(mktemp -d "${TMPDIR:-/tmp}/briefwright-repeated.XXXXXX")"
trap 'rm -rf "$work"' EXIT
corpus="${3:-$work/corpus}"
if [ "$(find "$corpus" -maxdepth 1 -name '*.md' 2>/dev/null | wc -l)" -ne "$n" ]; then
    [ -f "$root/../shared/bench/gen-corpus.py" ] || { echo "bench/repeated-builds.sh: ../shared/bench/gen-corpus.py" \
        "is missing; the shared bench folder must be beside the project" >&2; exit 1; }
    rm -rf "$corpus"
    python3 "$root/../shared/bench/gen-corpus.py" "$n" "$corpus" >/dev/null
fi
corpus="$(cd "$corpus" && pwd)"
JAVA_OPTS="${JAVA_OPTS:--Xmx3g} -Dorg.freemarker.loggerLibrary=none" \
    "$root/bench/java.sh" io.github.briefwright.bench.RepeatedBuildBenchmark "$corpus" "$work/site" "$builds"
