#!/usr/bin/env bash
# bench/speed.sh N [CORPUS_DIR] -- one clean build of N generated articles with Briefwright (one JVM, wall time,
# time per stage, peak RSS) and with Hugo, in the same run, and the ratio. The corpus generator and the Hugo
# build are the shared ones in <root>/../shared/bench/ (gen-corpus.py, hugo.sh). A corpus folder given and
# already holding N articles is reused (generating 10,000 takes a while). Run from anywhere.
# JAVA_OPTS sets the JVM options (default -Xmx3g; add -Dbench.cache=true to build as Maven does after "mvn clean",
# into an empty cache folder, which lets the build drop briefings when memory runs short, e.g. with -Xmx1g);
# set BRIEFWRIGHT_ONLY=1 to skip Hugo. The machines are shared
# and noisy: compare the ratio, and the CPU seconds, of one run, not seconds from different runs.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="$root/../shared/bench"
n="${1:?usage: bench/speed.sh N [CORPUS_DIR]}"
for tool in gen-corpus.py hugo.sh; do
    [ -f "$shared/$tool" ] || { echo "bench/speed.sh: $shared/$tool is missing; the shared bench folder" \
        "must be beside the project (../shared/bench/)" >&2; exit 1; }
done
work="$(mktemp -d "${TMPDIR:-/tmp}/briefwright-speed.XXXXXX")"
trap 'rm -rf "$work"' EXIT
corpus="${2:-$work/corpus}"
if [ "$(find "$corpus" -maxdepth 1 -name '*.md' 2>/dev/null | wc -l)" -ne "$n" ]; then
    rm -rf "$corpus"
    python3 "$shared/gen-corpus.py" "$n" "$corpus" >/dev/null
fi
cd "$root"
mvn -B -q -pl generator test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench.classpath >/dev/null
cp="generator/target/test-classes:generator/target/classes:$(cat generator/target/bench.classpath)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "corpus: $n articles, $(du -sh "$corpus" | cut -f1)"
# shellcheck disable=SC2086
/usr/bin/time -v -o "$work/time.txt" java ${JAVA_OPTS:--Xmx3g} -Dorg.freemarker.loggerLibrary=none -cp "$cp" io.github.briefwright.bench.SpeedBenchmark \
    "$corpus" "$work/site" | tee "$work/briefwright.txt"
bw=$(awk '/^briefwright seconds/ {print $3}' "$work/briefwright.txt")
cpu() { awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.1f s", u + s}' "$1"; }
echo "briefwright process: $(awk -F': ' '/Elapsed/ {print $2}' "$work/time.txt") elapsed (with JVM start)," \
    "CPU $(cpu "$work/time.txt"), max RSS $(awk -F': ' '/Maximum resident/ {printf "%d MB", $2/1024}' "$work/time.txt")"
rm -rf "$work/site"
if [ -n "${BRIEFWRIGHT_ONLY:-}" ]; then
    exit 0
fi
/usr/bin/time -v -o "$work/hugo-time.txt" "$shared/hugo.sh" "$corpus" "$work/hugo" > "$work/hugo.txt"
hugo=$(tail -1 "$work/hugo.txt")
echo "hugo seconds $hugo, CPU $(cpu "$work/hugo-time.txt") (with copying the corpus), max RSS $(awk -F': ' '/Maximum resident/ {printf "%d MB", $2/1024}' "$work/hugo-time.txt")"
python3 -c "import sys; print('ratio briefwright/hugo %.1fx' % (float(sys.argv[1]) / float(sys.argv[2])))" "$bw" "$hugo"
