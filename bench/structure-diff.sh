#!/usr/bin/env bash
# What a change does to every paste the tests hold: bench/structure-diff.sh REV builds the code at REV (a commit, a
# branch) in a temporary worktree and the working tree's code, runs the structure stage of both on every .txt paste
# under generator/src/test/resources (files of cases split at their ===== lines), and prints the pastes whose title,
# dek, authors, date, publisher or kept blocks differ, line by line ('-' at REV, '+' now), then how many. A set held
# out for its first reading (its README says "Nobody has run the structure stage on them") is left out. Run from
# anywhere; needs git and Maven (offline once the dependencies are in the local repository).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rev="${1:?usage: bench/structure-diff.sh REV}"
work="$(mktemp -d "${TMPDIR:-/tmp}/briefwright-diff.XXXXXX")"
cleanup() { git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
git -C "$root" worktree add --detach "$work/base" "$rev" >/dev/null 2>&1
cd "$root"
mvn -B -q -pl generator test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench.classpath >/dev/null
deps="$(cat generator/target/bench.classpath)"
(cd "$work/base" && mvn -B -q -pl generator compile >/dev/null)
# the tool is the working tree's; the code under it is REV's, then the working tree's
java -cp "generator/target/test-classes:$work/base/generator/target/classes:$deps" \
    io.github.briefwright.bench.PasteSets --dump generator/src/test/resources > "$work/before.txt"
java -cp "generator/target/test-classes:generator/target/classes:$deps" \
    io.github.briefwright.bench.PasteSets --dump generator/src/test/resources > "$work/after.txt"
python3 - "$work/before.txt" "$work/after.txt" <<'PY'
import difflib, sys
def load(path):
    pastes, name = {}, None
    for line in open(path, encoding="utf-8"):
        if line.startswith("### "):
            name = line[4:].strip()
            pastes[name] = []
        elif name is not None:
            pastes[name].append(line.rstrip("\n"))
    return pastes
before, after = load(sys.argv[1]), load(sys.argv[2])
changed = 0
for name in sorted(set(before) | set(after)):
    a, b = before.get(name, []), after.get(name, [])
    if a != b:
        changed += 1
        print("=====", name)
        for line in difflib.unified_diff(a, b, lineterm="", n=0):
            if not line.startswith(("---", "+++", "@@")):
                print(line[:170])
print(f"{changed} of {len(after)} pastes and cases differ")
PY
