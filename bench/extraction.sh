#!/usr/bin/env bash
# Extraction quality on real pages (../shared/extraction-corpus, outside the repo): body words, noise lines,
# title, author and date, for the test and dev halves, article-area and whole-page pastes.
# Run from anywhere: bench/extraction.sh [--worst N] [--whole] [--baseline FILE]
# --worst N lists the N worst dev pages (never test pages); --baseline writes the gate's baseline.
set -euo pipefail
exec "$(dirname "$0")/java.sh" io.github.briefwright.corpus.ExtractionReport "$@"
