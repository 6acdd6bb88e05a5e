#!/usr/bin/env bash
# Extraction quality on real pages (../shared/extraction-corpus, outside the repo): body words, noise lines,
# title, author and date, for the test and dev halves, article-area and whole-page pastes.
# Run from anywhere: bench/extraction.sh [--dev] [--worst N] [--whole] [--baseline FILE]
# --dev scores and prints the dev half alone (for work on the rules: test is neither computed nor shown);
# --worst N lists the N worst dev pages (never test pages); --baseline writes the gate's baseline.
set -euo pipefail
exec "$(dirname "$0")/java.sh" io.github.briefwright.corpus.ExtractionReport "$@"
