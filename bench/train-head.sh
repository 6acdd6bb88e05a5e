#!/usr/bin/env bash
# Fits the weights of the title candidates on the dev half of ../shared/extraction-corpus (outside the repo) and
# writes generator/src/main/resources/io/github/briefwright/structure/head-title.properties, when they beat the
# hand weights in a cross-validation on dev by publisher. Deterministic; run from anywhere: bench/train-head.sh [--out FILE]
set -euo pipefail
exec "$(dirname "$0")/java.sh" io.github.briefwright.corpus.HeadTrainer "$@"
