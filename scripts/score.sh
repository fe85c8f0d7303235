#!/usr/bin/env bash
# Score the podium parser against the gold annotations.
#
#   scripts/score.sh ['PODIUM COMMAND WITH {}']
#
# The command is run from the repository root; `{}` is replaced by the path of each raw
# document and the command must print the JSON on stdout.  Default:
#   .build/release/podium parse --format json {}
# Nothing is built: run `swift build -c release` first when using the default.
#
# Three tables are printed:
#   1. the shared development set (../shared/corpus, gold in ../shared/corpus/gold);
#   2. the project's own gold (eval/gold in this repository), scored against the raw documents
#      of ../shared/corpus (bulk/, extra/, zoo/ and the top-level files) through a temporary
#      directory of symlinks;
#   3. the transcripts written for the project (eval/written, raw files beside their gold).
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$SCRIPT_DIR/.." && pwd)"
SHARED="$REPO/../shared"
SCORER="$SHARED/eval/score.py"
CORPUS="$SHARED/corpus"
PROJECT_GOLD="$REPO/eval/gold"

DEFAULT_CMD='.build/release/podium parse --format json {}'
CMD="${*:-$DEFAULT_CMD}"

if [ ! -d "$SHARED" ] || [ ! -f "$SCORER" ] || [ ! -d "$CORPUS" ]; then
    echo "score.sh: ../shared (scorer and corpus) not found next to the repository; nothing to score."
    exit 0
fi
SHARED="$(cd "$SHARED" && pwd)"
SCORER="$SHARED/eval/score.py"
CORPUS="$SHARED/corpus"

if ! command -v python3 >/dev/null 2>&1; then
    echo "score.sh: python3 is required to run $SCORER" >&2
    exit 1
fi

cd "$REPO"
status=0

echo "== Development set: $CORPUS (gold: $CORPUS/gold)"
echo "   command: $CMD"
echo
python3 "$SCORER" --corpus "$CORPUS" --cmd "$CMD" || status=$?
echo

shopt -s nullglob
gold_files=("$PROJECT_GOLD"/*.json)
if [ ${#gold_files[@]} -eq 0 ]; then
    echo "== Project gold: no files in $PROJECT_GOLD, skipped."
    exit "$status"
fi

TMP="$(mktemp -d "${TMPDIR:-/tmp}/podium-score.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT

mkdir "$TMP/gold"
cp "${gold_files[@]}" "$TMP/gold/"
for sub in bulk extra zoo; do
    if [ -e "$CORPUS/$sub" ]; then
        ln -s "$CORPUS/$sub" "$TMP/$sub"
    fi
done
for f in "$CORPUS"/*; do
    name="$(basename "$f")"
    if [ -f "$f" ] && [ "$name" != "README.md" ]; then
        ln -s "$f" "$TMP/$name"
    fi
done

echo "== Project gold: $PROJECT_GOLD (${#gold_files[@]} documents, raw files from $CORPUS)"
echo "   command: $CMD"
echo
python3 "$SCORER" --corpus "$TMP" --cmd "$CMD" || status=$?

# Transcripts written for the project, raw files beside their gold (eval/written/README.md).
WRITTEN="$REPO/eval/written"
if [ -d "$WRITTEN/gold" ]; then
    echo
    echo "== Written transcripts: $WRITTEN"
    echo "   command: $CMD"
    echo
    python3 "$SCORER" --corpus "$WRITTEN" --cmd "$CMD" || status=$?
fi

exit "$status"
