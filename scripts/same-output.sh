#!/usr/bin/env bash
# Checks that a change leaves every output byte-identical: builds the release binary of a base revision (default
# HEAD, so the working tree's uncommitted change is what is checked) and of the working tree, runs both on every
# input with every output the command has, and lists the outputs that differ. Exit status 1 when any differs.
#
#   scripts/same-output.sh              # the working tree against HEAD
#   scripts/same-output.sh main~3       # the working tree against another revision
#   KEEP=1 scripts/same-output.sh       # keep the two output folders to read the differences (path printed)
#
# Inputs: every file of ../shared/corpus (its gold annotations left out) when it is there, Samples/, and the
# transcripts under Tests/PodiumTests/Fixtures (their top level and Formats/, Layouts/). Outputs per input: parse as
# JSON and Markdown, brief as Markdown, HTML and --full, speakers as Markdown and CSV, qa as Markdown and CSV, and
# check; standard error and the exit status are compared too. A refactoring must report nothing; a parsing change
# reports the files it meant to change, and the commit says which.
set -euo pipefail
cd "$(dirname "$0")/.."

BASE=${1:-HEAD}
SHARED=${SHARED:-../shared/corpus}
# The base revision is checked out and built in .build-same/ (kept between runs, so the next build is incremental).
base_tree=$PWD/.build-same/tree
outputs=$(mktemp -d)
cleanup() {
  if [[ ${KEEP:-0} == 1 ]]; then echo "outputs kept in $outputs"; else rm -rf "$outputs"; fi
}
trap cleanup EXIT

if [[ ! -d $base_tree ]]; then
  git worktree prune
  git worktree add --detach --quiet "$base_tree" "$BASE"
else
  git -C "$base_tree" checkout --detach --quiet "$(git rev-parse "$BASE")"
fi
echo "building $BASE ($(git rev-parse --short "$BASE")) and the working tree (release)…"
(cd "$base_tree" && swift build -c release --scratch-path "$base_tree/../build" --product podium 2>&1 | grep -E "error" || true)
swift build -c release --product podium 2>&1 | grep -E "error" || true
base_binary=$base_tree/../build/release/podium
new_binary=.build/release/podium
[[ -x $base_binary && -x $new_binary ]] || { echo "same-output.sh: a release build failed" >&2; exit 2; }

inputs=()
if [[ -d $SHARED ]]; then
  while IFS= read -r file; do inputs+=("$file"); done < <(
    find "$SHARED" -type f ! -path '*/gold/*' ! -name README.md ! -name expected.tsv | sort)
else
  echo "note: $SHARED is not there; checking the samples and fixtures only"
fi
while IFS= read -r file; do inputs+=("$file"); done < <(
  find Samples Tests/PodiumTests/Fixtures -maxdepth 2 -type f \( -name '*.md' -o -name '*.txt' -o -name '*.html' \) \
    ! -name README.md ! -path '*/Snapshots/*' | sort)

commands=(
  "parse --format json" "parse --format markdown" "brief" "brief --format html" "brief --full"
  "speakers" "speakers --format csv" "qa" "qa --format csv" "check"
)

# Outputs go to a folder per input, numbered (paths are too long for file names); inputs.tsv names them.
run_all() {
  local binary=$1 folder=$2 number=0
  for input in "${inputs[@]}"; do
    number=$((number + 1))
    mkdir -p "$folder/$number"
    for command in "${commands[@]}"; do
      local out="$folder/$number/${command// /_}"
      # shellcheck disable=SC2086 # the command's words are meant to split
      "$binary" $command "$input" >"$out.out" 2>"$out.err" && echo 0 >"$out.status" || echo $? >"$out.status"
    done
  done
}

echo "running ${#commands[@]} outputs on ${#inputs[@]} inputs with each binary…"
run_all "$base_binary" "$outputs/base"
run_all "$new_binary" "$outputs/new"

differing=$(diff -rq "$outputs/base" "$outputs/new" | sed -E "s|^Files $outputs/base/([^ ]*) and .*|\1|" || true)
total=$(find "$outputs/new" -type f | wc -l)
if [[ -z $differing ]]; then
  echo "same output: all $total files identical"
else
  # NUMBER/COMMAND.out → the input's path and the command.
  while IFS=/ read -r number output; do
    echo "${inputs[$((number - 1))]}  ${output}"
  done <<<"$differing"
  echo "$(echo "$differing" | wc -l) of $total output files differ"
  exit 1
fi
