#!/usr/bin/env bash
# Structuring, and structuring with analysis, of one raw paste of 1, 2.5 and 5 million characters (or the sizes
# given as arguments): best of three. Linear work shows as a flat MB/s column. Run from anywhere: bench/structure.sh [chars...]
set -euo pipefail
exec "$(dirname "$0")/java.sh" io.github.briefwright.bench.StructureBenchmark "$@"
