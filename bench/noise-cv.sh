#!/usr/bin/env bash
# The page-furniture classifier cross-validated by publisher on the dev half of ../shared/extraction-corpus
# (outside the repo): every threshold triple of the trainer's grid, both pastes, beside the rules alone. Models are
# fitted on the article-area paste (as bench/train-noise.sh does) or, with --pastes both, on both pastes.
# Deterministic; reads no test page. Run from anywhere: bench/noise-cv.sh [--pastes article|both]
set -euo pipefail
exec "$(dirname "$0")/java.sh" io.github.briefwright.corpus.NoiseCrossValidation "$@"
