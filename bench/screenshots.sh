#!/usr/bin/env bash
# Builds the example site from seeds/ and writes screenshots of the home page, a briefing, an entity page and
# the timeline at 1400×900 (wide) and 390×844 (phone) to docs/screenshots/, with headless Chromium.
# Run from anywhere: bench/screenshots.sh   (CHROMIUM=/path/to/chromium to use another binary)
set -euo pipefail
cd "$(dirname "$0")/.."
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
command -v "$CHROMIUM" >/dev/null || { echo "Chromium not found at $CHROMIUM (apt-get install chromium)" >&2; exit 1; }
mvn -B -q -pl generator test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench.classpath ${MVN_OPTS:-} >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -cp "generator/target/test-classes:generator/target/classes:$(cat generator/target/bench.classpath)" \
    io.github.briefwright.bench.ExampleSite seeds "$work/site"
mkdir -p docs/screenshots
shoot() { # name page width height
    "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
        --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$work/profile" \
        --screenshot="docs/screenshots/$1-$3x$4.png" --window-size="$3,$4" "file://$work/site/$2" 2>/dev/null
    echo "docs/screenshots/$1-$3x$4.png"
}
for size in "1400 900" "390 844"; do
    set -- $size
    shoot home index.html "$1" "$2"
    shoot briefing briefings/us-iraq-ties-after-soleimani/index.html "$1" "$2"
    shoot entity entities/iraq/index.html "$1" "$2"
    shoot timeline timeline/index.html "$1" "$2"
done
