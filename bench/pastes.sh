#!/usr/bin/env bash
# Reads a set of pastes as its test does, paste by paste: bench/pastes.sh FOLDER prints each paste's misses and the
# set's figures (a set by other hands, with expected.tsv and heads.tsv: titles, authors, dates, text lost, page kept
# after the text; an adversarial set, with cases.tsv: phrases kept and gone, authors). For a new set's first reading,
# once, before any change. bench/pastes.sh --dump ROOT prints what the structure stage makes of every .txt paste
# under ROOT (see bench/structure-diff.sh). FOLDER is e.g.
# generator/src/test/resources/io/github/briefwright/core/structure/pastes-by-other-hands-9. Run from anywhere.
set -euo pipefail
exec "$(dirname "$0")/java.sh" io.github.briefwright.bench.PasteSets "$@"
