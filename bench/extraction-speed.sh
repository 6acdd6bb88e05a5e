#!/usr/bin/env bash
# CPU time of structuring, parsing and analysis of the 351 pages of ../shared/extraction-corpus (outside the
# repo), in each paste variant, after warm-up: the pastes are made first (not timed), then warm-up passes, then
# timed runs on one thread; prints median and best of thread CPU, process CPU and wall time, and the load average.
# Run from anywhere: bench/extraction-speed.sh [--warmup N] [--runs N]   (defaults 3 and 5)
# bench/extraction-speed.sh --against REV [--warmup N] [--pairs N] compares the working tree's code with REV's (a
# commit, a branch; built in a temporary worktree) in one process, their passes alternated (defaults 5 and 12):
# each build's median and best, and the median ratio of the pairs, which the machine's drift between launches
# does not move.
# JAVA_OPTS sets the JVM options (default -Xmx2g); add -XX:StartFlightRecording=filename=x.jfr to profile.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl generator test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench.classpath >/dev/null
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
deps="$(cat generator/target/bench.classpath)"
if [ "${1:-}" = "--against" ]; then
    rev="${2:?usage: bench/extraction-speed.sh --against REV [--warmup N] [--pairs N]}"
    shift 2
    root="$(pwd)"
    work="$(mktemp -d "${TMPDIR:-/tmp}/briefwright-speed.XXXXXX")"
    cleanup() { git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"; }
    trap cleanup EXIT
    git worktree add --detach "$work/base" "$rev" >/dev/null 2>&1
    (cd "$work/base" && mvn -B -q -pl generator compile >/dev/null)
    # shellcheck disable=SC2086
    java ${JAVA_OPTS:--Xmx3g} -cp "generator/target/test-classes:$deps" \
        io.github.briefwright.bench.ExtractionSpeedComparison --base "$work/base/generator/target/classes" \
        --head generator/target/classes --deps "$deps" "$@"
    exit
fi
# shellcheck disable=SC2086
java ${JAVA_OPTS:--Xmx2g} -cp "generator/target/test-classes:generator/target/classes:$deps" \
    io.github.briefwright.bench.ExtractionSpeed "$@"
