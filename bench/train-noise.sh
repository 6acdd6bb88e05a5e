#!/usr/bin/env bash
# Fits the page-furniture classifier on the dev half of ../shared/extraction-corpus (outside the repo) and
# writes generator/src/main/resources/io/github/briefwright/structure/page-furniture.properties.
# Deterministic; run from anywhere: bench/train-noise.sh [--out FILE]
set -euo pipefail
exec "$(dirname "$0")/java.sh" io.github.briefwright.corpus.NoiseTrainer "$@"
