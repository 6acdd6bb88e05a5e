#!/usr/bin/env bash
# Fits the weights of the title candidates on the dev half of ../shared/extraction-corpus (outside the repo) and
# writes generator/src/main/resources/io/github/briefwright/structure/head-title.properties, when they beat the
# hand weights in a cross-validation on dev by publisher. Deterministic; run from anywhere: bench/train-head.sh [--out FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl generator test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench.classpath >/dev/null
java -Xmx2g -cp "generator/target/test-classes:generator/target/classes:$(cat generator/target/bench.classpath)" \
    io.github.briefwright.corpus.HeadTrainer "$@"
