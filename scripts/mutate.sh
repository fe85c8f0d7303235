#!/usr/bin/env bash
# Break the parser on purpose, one rule at a time, and see whether the tests notice.
#
#   scripts/mutate.sh [--list FILE] [--only ID[,ID…]] [--scratch DIR]
#
# Each line of scripts/mutations.tsv (or --list FILE) names a file, a text to find there exactly once and
# what to put instead. The script copies the working tree (uncommitted changes included; .build and .git
# left out) to a scratch folder beside a link to ../shared, runs the whole suite there once unbroken, then
# for each break: patches the copy, builds, runs `swift test`, and puts the file back. A break is caught
# when a test fails that did not fail unbroken (a crash or a timeout counts as caught); the suite is
# stopped there, so only a break that survives costs a whole run. The working tree is never touched.
#
# The scratch folder (default ${TMPDIR:-/tmp}/podium-mutate) keeps its .build between runs, so only the
# first run builds from nothing. Logs of every run are left in DIR/logs.
#
# Prints one row per break and exits 1 when a break survives, does not apply or does not compile.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LIST="$REPO/scripts/mutations.tsv" ONLY="" SCRATCH="${TMPDIR:-/tmp}/podium-mutate"
TEST_TIMEOUT="${PODIUM_MUTATE_TIMEOUT:-900}"

while [ $# -gt 0 ]; do
    case "$1" in
        --list) LIST="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift 2 ;;
        --only) ONLY="$2"; shift 2 ;;
        --scratch) SCRATCH="$2"; shift 2 ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        *) echo "mutate.sh: unknown argument $1" >&2; exit 64 ;;
    esac
done

for tool in python3 tar swift setsid; do
    command -v "$tool" >/dev/null || { echo "mutate.sh: $tool is required" >&2; exit 1; }
done
if [ ! -d "$REPO/../shared/corpus" ]; then
    echo "mutate.sh: ../shared/corpus is absent; the suite would skip the tests that catch most breaks" >&2
    exit 1
fi

TREE="$SCRATCH/tree"
LOGS="$SCRATCH/logs"
mkdir -p "$TREE" "$LOGS"
rm -f "$LOGS"/*.log
# Everything but .build is replaced (dependencies stay built); the copies get new times so the build
# cannot mistake one for what it compiled last.
find "$TREE" -mindepth 1 -maxdepth 1 ! -name .build -exec rm -rf {} +
(cd "$REPO" && tar -cf - --exclude=./.build --exclude=./.git --exclude=./.swiftpm .) | (cd "$TREE" && tar -xmf -)
ln -sfn "$(cd "$REPO/../shared" && pwd)" "$SCRATCH/shared"
# CI's setting: a missing corpus or binary fails a test rather than hiding one.
export PODIUM_REQUIRE_CORPUS=1

# breaks.py reads the list (a tab-separated file whose replacement may be empty, which bash's `read`
# would merge with the next field) and checks or applies one break on the scratch tree.
BREAKS="$SCRATCH/breaks.py"
cat >"$BREAKS" <<'PY'
import sys
def rows(path):
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 6:
            sys.exit(f"{path}: {len(cells)} fields instead of 6 in: {line}")
        yield dict(zip(["id", "area", "file", "search", "replacement", "description"], cells))
command, path = sys.argv[1:3]
if command == "ids":
    only = set(filter(None, sys.argv[3].split(","))) if len(sys.argv) > 3 else set()
    for row in rows(path):
        if not only or row["id"] in only:
            print(row["id"])
    sys.exit(0)
row = next((r for r in rows(path) if r["id"] == sys.argv[3]), None)
if row is None:
    sys.exit(f"no break {sys.argv[3]} in {path}")
if command == "field":
    print(row[sys.argv[4]])
    sys.exit(0)
target = sys.argv[4] + "/" + row["file"]
try:
    text = open(target, encoding="utf-8").read()
except OSError:
    print(f"{row['file']} does not exist", end="")
    sys.exit(1)
count = text.count(row["search"])
if count != 1:
    print(f"{row['file']}: search text " + (f"found {count} times" if count else "not found"), end="")
    sys.exit(1)
if command == "apply":
    open(target, "w", encoding="utf-8").write(text.replace(row["search"], row["replacement"]))
PY

# The failures of a run, one line each: the test and its arguments, without the source line.
failures() {
    grep -a '^✘ Test .* recorded an issue' "$1" | sed -e 's/ at [^ ]*\.swift:[0-9]*:[0-9]*: .*$//' | sort -u || true
}

# run_suite LOG [early]: builds and tests the scratch tree; prints "ok", "failed", "caught", "crashed",
# "timeout" or "build". With `early`, the suite is stopped as soon as a test fails that did not fail
# unbroken ("caught"): most breaks fail a gold document within seconds, and only survivors run to the end.
run_suite() {
    local log="$1" early="${2:-}"
    if ! (cd "$TREE" && swift build --build-tests) </dev/null >"$log" 2>&1; then
        echo build
        return
    fi
    # A session of its own, so that stopping it stops swift-test and the test process under it.
    setsid bash -c 'cd "$1" && exec swift test --skip-build' _ "$TREE" </dev/null >>"$log" 2>&1 &
    local leader=$! waited=0 status=0
    while kill -0 "$leader" 2>/dev/null; do
        sleep 2
        waited=$((waited + 2))
        if [ -n "$early" ] && [ -n "$(failures "$log" | comm -23 - "$LOGS/baseline.failures")" ]; then
            kill -- "-$leader" 2>/dev/null || true
            wait "$leader" 2>/dev/null || true
            echo caught
            return
        fi
        if [ "$waited" -ge "$TEST_TIMEOUT" ]; then
            kill -- "-$leader" 2>/dev/null || true
            wait "$leader" 2>/dev/null || true
            echo timeout
            return
        fi
    done
    wait "$leader" || status=$?
    # Swift Testing's last line starts with ✔, ✘, or ━ when known issues were recorded.
    if grep -aq '^[✘✔━] Test run with' "$log"; then
        [ "$status" -eq 0 ] && echo ok || echo failed
    else
        echo crashed
    fi
}

echo "mutate.sh: scratch copy in $TREE; running the unbroken suite first"
: >"$LOGS/baseline.failures"
baseline="$(run_suite "$LOGS/baseline.log")"
case "$baseline" in
    ok|failed) ;;
    *) echo "mutate.sh: the unbroken suite did not run ($baseline); see $LOGS/baseline.log" >&2; exit 1 ;;
esac
failures "$LOGS/baseline.log" >"$LOGS/baseline.failures"
if [ -s "$LOGS/baseline.failures" ]; then
    echo "mutate.sh: failing before any break (not counted against the breaks):"
    sed 's/^/    /' "$LOGS/baseline.failures"
fi

survivors=0
problems=0
total=0
report="$LOGS/report.txt"
printf '%-26s %-13s %-9s %s\n' "break" "area" "result" "first new failure, or what the break undoes" >"$report"
for id in $(python3 "$BREAKS" ids "$LIST" "$ONLY" | tr '\n' ' '); do
    total=$((total + 1))
    area="$(python3 "$BREAKS" field "$LIST" "$id" area)"
    file="$(python3 "$BREAKS" field "$LIST" "$id" file)"
    target="$TREE/$file"
    log="$LOGS/$id.log"
    if ! why="$(python3 "$BREAKS" check "$LIST" "$id" "$TREE" 2>&1)"; then
        result="no-apply"
        detail="$why; update $(basename "$LIST")"
        problems=$((problems + 1))
    else
        cp "$target" "$SCRATCH/unbroken"
        python3 "$BREAKS" apply "$LIST" "$id" "$TREE"
        outcome="$(run_suite "$log" early)"
        # Written back in place and touched: a file put back with an older time than the broken build
        # would not be compiled again, and the break would leak into every later run.
        cat "$SCRATCH/unbroken" >"$target"
        touch "$target"
        new="$(failures "$log" | comm -23 - "$LOGS/baseline.failures")"
        case "$outcome" in
            build) result="no-build"; detail="does not compile: see $log"; problems=$((problems + 1)) ;;
            timeout|crashed) result="caught"; detail="suite $outcome" ;;
            *)
                if [ -n "$new" ]; then
                    result="caught"
                    detail="first new failure: $(printf '%s\n' "$new" | head -1 | sed -e 's/^✘ Test //' -e 's/ recorded an issue//' | cut -c1-100)"
                else
                    result="SURVIVED"
                    detail="$(python3 "$BREAKS" field "$LIST" "$id" description)"
                    survivors=$((survivors + 1))
                fi
                ;;
        esac
    fi
    printf '%-26s %-13s %-9s %s\n' "$id" "$area" "$result" "$detail" | tee -a "$report"
done

echo
cat "$report"
echo
echo "mutate.sh: $total breaks, $survivors survived, $problems did not apply or build (logs: $LOGS)"
[ "$survivors" -eq 0 ] && [ "$problems" -eq 0 ]
