#!/usr/bin/env bash
# Builds the release binary and prints, in one run, the three ratios of issue 6 side by side:
#   podium parse --format json / xmllint --html --noout   on the 10 MB document (target ≤ 2, aim 1.5)
#   podium parse --format json / peer_lxml.py             on the 10 MB document (target ≤ 1/3)
#   --jobs 1 / --jobs 2                                    on the 1,000-document corpus (target ≥ 1.7)
# and peak memory against input size (target ≤ 4), on the 10 MB document and, with --large, a 200 MB one;
# then, when ../shared/corpus is there, a table per layout (one job): MB/s next to the seed layout's, and
# peak memory, for the White House briefings (Markdown), Taiwanese transcripts (Markdown), MFA pressers
# (plain text), the earnings calls and the zoo (many layouts); and the speed issue's two generated shapes: a
# White House briefing repeated to 10 MB (scripts/make_markdown_bench.py; target ≤ 3× xmllint, memory ≤ 4×) and
# 200,000 short plain-text turns (scripts/make_short_turns.py; target ≥ half the seed's MB/s, memory ≤ 4×).
#
#   scripts/compare.sh              # RUNS=3 runs each, the median by wall-clock time is shown
#   scripts/compare.sh --large      # also the 200 MB document (takes a minute more and ~1 GB of memory)
#   SCRATCH=.build-perf BENCH=../shared/bench RUNS=5 scripts/compare.sh
#   STATIC=0 scripts/compare.sh     # the binary with the shared Swift runtime (swift build -c release)
#
# The binary measured is the one to install: `swift build -c release --static-swift-stdlib`, the Swift
# runtime linked in, as Swift command-line tools are shipped for Linux. It starts with 11 MB of memory
# instead of 15 MB and calls into the runtime directly; STATIC=0 measures the plain release build.
#
# The inputs come from ../shared/bench/make_bench.py and the seed sample; they are written to a temporary
# folder and removed afterwards. xmllint and GNU time come from Debian and lxml from PyPI (.venv-bench/), installed
# the first time they are missing. docs/performance.md records a run.
set -euo pipefail
cd "$(dirname "$0")/.."

SCRATCH=${SCRATCH:-.build-perf}
BENCH=${BENCH:-../shared/bench}
RUNS=${RUNS:-3}
LARGE=0
[[ ${1:-} == --large ]] && LARGE=1
SEED=Samples/zh_scio_miit_presser_2022-04-19.md

STATIC=${STATIC:-1}
linking=()
if (( STATIC )); then linking=(--static-swift-stdlib); SCRATCH=$SCRATCH-static; fi
# Only the command is built: the test-support target imports Testing, which the static SDK lacks. A failed build
# stops the script rather than measure a binary left from an earlier build.
log=$(mktemp)
if ! swift build -c release --product podium "${linking[@]}" --scratch-path "$SCRATCH" >"$log" 2>&1; then
  grep -E "error" "$log" >&2
  echo "compare.sh: the release build failed" >&2
  exit 1
fi
rm -f "$log"
PODIUM="$SCRATCH/release/podium"
[[ -x $PODIUM ]] || { echo "compare.sh: the release build failed" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$BENCH/make_bench.py" "$SEED" "$work" 10
# The HTML body of the 10 MB document, the part xmllint can read.
awk '/^<p/' "$work/zh-big.md" > "$work/zh-big.html"

# What the comparison runs beside podium: xmllint and GNU time from Debian, lxml for peer_lxml.py in a virtual
# environment from PyPI (.venv-bench), each installed the first time it is missing.
missing=()
command -v xmllint > /dev/null || missing+=(libxml2-utils)
[[ -x /usr/bin/time ]] || missing+=(time)
if (( ${#missing[@]} )); then
  if command -v apt-get > /dev/null && [[ $(id -u) == 0 ]]; then
    apt-get install -y "${missing[@]}" > /dev/null 2>&1 || { apt-get update > /dev/null 2>&1 && apt-get install -y "${missing[@]}" > /dev/null 2>&1; } || true
  fi
  command -v xmllint > /dev/null || echo "compare.sh: xmllint is missing and could not be installed (apt-get install libxml2-utils); its row is left out" >&2
  [[ -x /usr/bin/time ]] || { echo "compare.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }
fi
PY=""
for candidate in python3 /usr/bin/python3 .venv-bench/bin/python; do
  if "$candidate" -c 'import lxml.html' 2>/dev/null; then PY=$candidate; break; fi
done
if [[ -z $PY ]] && python3 -m venv .venv-bench > /dev/null 2>&1 \
  && .venv-bench/bin/pip install --quiet --disable-pip-version-check lxml > /dev/null 2>&1; then
  PY=.venv-bench/bin/python
fi
[[ -n $PY ]] || echo "compare.sh: lxml could not be installed (python3 -m venv, pip install lxml); peer_lxml.py's row is left out" >&2

# measure LABEL COMMAND...: runs RUNS times, keeps the run with the median wall-clock time,
# prints "wall cpu peak-kb" into $work/LABEL.
measure() {
  local label=$1; shift
  : > "$work/$label.runs"
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > /dev/null 2>&1 || true
    tail -1 "$work/time" | awk '{ printf "%.3f %.3f %d\n", $1, $2 + $3, $4 }' >> "$work/$label.runs"
  done
  sort -n "$work/$label.runs" | awk -v n="$RUNS" 'NR == int((n + 1) / 2)' > "$work/$label"
}
field() { awk -v f="$2" '{ print $f }' "$work/$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.0f MB", k / 1024 }'; }

measure podium "$PODIUM" parse --format json "$work/zh-big.md"
if command -v xmllint > /dev/null; then measure xmllint xmllint --html --noout "$work/zh-big.html"; fi
if [[ -n $PY ]]; then measure peer "$PY" "$BENCH/peer_lxml.py" "$work/zh-big.md"; fi
measure jobs1 "$PODIUM" parse --format jsonl --jobs 1 "$work/zh-many"
measure jobs2 "$PODIUM" parse --format jsonl --jobs 2 "$work/zh-many"
measure baseline "$PODIUM" --version

input_kb=$(( $(stat -c %s "$work/zh-big.md") / 1024 ))
cores=$(nproc)
cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
memory=$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)

echo
echo "machine: $cores cores ($cpu), $memory; $(swift --version 2>/dev/null | head -1)"
echo "binary: $PODIUM ($(if (( STATIC )); then echo "Swift runtime linked in"; else echo "shared Swift runtime"; fi))"
echo "runs: median of $RUNS by wall-clock time; CPU is user + system"
echo
printf '%-44s %9s %9s %10s\n' "10 MB document ($(mb "$input_kb"))" "wall (s)" "CPU (s)" "peak RSS"
for row in podium:"podium parse --format json" xmllint:"xmllint --html --noout (HTML body)" peer:"peer_lxml.py"; do
  key=${row%%:*}; name=${row#*:}
  if [[ -s $work/$key ]]; then
    printf '%-44s %9s %9s %10s\n' "$name" "$(field "$key" 1)" "$(field "$key" 2)" "$(mb "$(field "$key" 3)")"
  else
    printf '%-44s %9s\n' "$name" "n/a"
  fi
done
echo
printf '%-44s %9s %9s\n' "1,000 seed documents ($(du -sm "$work/zh-many" | cut -f1) MB)" "wall (s)" "CPU (s)"
printf '%-44s %9s %9s\n' "podium parse --format jsonl --jobs 1" "$(field jobs1 1)" "$(field jobs1 2)"
printf '%-44s %9s %9s\n' "podium parse --format jsonl --jobs 2" "$(field jobs2 1)" "$(field jobs2 2)"
echo
echo "ratios                                          measured   target"
podium_wall=$(field podium 1)
if [[ -s $work/xmllint ]]; then
  printf '%-44s %9s   %s\n' "podium / xmllint (wall)" "$(ratio "$podium_wall" "$(field xmllint 1)")" "≤ 2 (aim 1.5)"
fi
if [[ -s $work/peer ]]; then
  printf '%-44s %9s   %s\n' "podium / peer_lxml.py (wall)" "$(ratio "$podium_wall" "$(field peer 1)")" "≤ 0.33"
fi
printf '%-44s %9s   %s\n' "--jobs 1 / --jobs 2 (wall)" "$(ratio "$(field jobs1 1)" "$(field jobs2 1)")" "≥ 1.7"
printf '%-44s %9s   %s\n' "peak RSS / input, 10 MB" "$(ratio "$(field podium 3)" "$input_kb")" "≤ 4"
printf '%-44s %9s   %s\n' "(peak RSS - empty run's RSS) / input, 10 MB" \
  "$(ratio "$(( $(field podium 3) - $(field baseline 3) ))" "$input_kb")" "(the runtime alone: $(mb "$(field baseline 3)"))"

# Per layout, one job each: the 1,000 seed documents are the seed layout's speed.
CORPUS=${CORPUS:-../shared/corpus}
if [[ -d $CORPUS/bulk ]]; then
  mkdir -p "$work/earnings"
  cp "$CORPUS"/en_earnings_*.txt "$work/earnings/" 2>/dev/null || true
  seed_mb=$(du -sk "$work/zh-many" | awk '{ print $1 / 1024 }')
  echo
  printf '%-34s %8s %9s %8s %10s %10s\n' "layout, one job" "MB" "wall (s)" "MB/s" "÷ seed" "peak RSS"
  seed_rate=$(awk -v m="$seed_mb" -v t="$(field jobs1 1)" 'BEGIN { printf "%.2f", m / t }')
  printf '%-34s %8.1f %9s %8s %10s %10s\n' "seed (1,000 documents, HTML)" "$seed_mb" "$(field jobs1 1)" "$seed_rate" "1.00" "$(mb "$(field jobs1 3)")"
  for row in "wh:$CORPUS/bulk/wh-briefings:White House briefings (Markdown)" "tw:$CORPUS/bulk/tw-transcripts:Taiwan transcripts (Markdown)" \
    "mfa:$CORPUS/bulk/mfa:MFA pressers (plain text)" "earnings:$work/earnings:earnings calls (plain text)" "zoo:$CORPUS/zoo:zoo (27 layouts)"; do
    key=${row%%:*}; rest=${row#*:}; dir=${rest%%:*}; name=${rest#*:}
    [[ -d $dir ]] || continue
    measure "layout-$key" "$PODIUM" parse --format jsonl --jobs 1 "$dir"
    # What a directory walk reads: transcript extensions, no README.
    size_mb=$(find -L "$dir" -type f \( -name '*.md' -o -name '*.txt' -o -name '*.htm' -o -name '*.html' -o -name '*.markdown' \
      -o -name '*.text' -o -name '*.xhtml' \) ! -iname 'README*' -printf '%s\n' | awk '{ s += $1 } END { print s / 1048576 }')
    rate=$(awk -v m="$size_mb" -v t="$(field "layout-$key" 1)" 'BEGIN { if (t > 0) printf "%.2f", m / t; else print "n/a" }')
    printf '%-34s %8.1f %9s %8s %10s %10s\n' "$name" "$size_mb" "$(field "layout-$key" 1)" "$rate" "$(ratio "$rate" "$seed_rate")" \
      "$(mb "$(field "layout-$key" 3)")"
  done
  echo "(target of the speed issue: every layout ≥ 0.50 of the seed's MB/s)"

  # The two generated shapes of the speed issue: one long English Markdown briefing (a White House briefing repeated
  # to 10 MB) against xmllint on the 10 MB HTML body, and 200,000 two-line plain-text turns against the seed's speed.
  briefing=$(find "$CORPUS/bulk/wh-briefings" -name '2021-06-04-press-briefing-*.md' | head -1)
  if [[ -n $briefing ]]; then
    python3 scripts/make_markdown_bench.py "$briefing" "$work/wh-big.md" 10
    python3 scripts/make_short_turns.py "$work/short-turns.txt" 200000
    measure whbig "$PODIUM" parse --format json "$work/wh-big.md"
    measure short "$PODIUM" parse --format json "$work/short-turns.txt"
    whbig_kb=$(( $(stat -c %s "$work/wh-big.md") / 1024 ))
    short_kb=$(( $(stat -c %s "$work/short-turns.txt") / 1024 ))
    short_rate=$(awk -v k="$short_kb" -v t="$(field short 1)" 'BEGIN { if (t > 0) printf "%.2f", k / 1024 / t; else print "n/a" }')
    echo
    printf '%-44s %9s %9s %10s\n' "generated shapes" "wall (s)" "CPU (s)" "peak RSS"
    printf '%-44s %9s %9s %10s\n' "White House briefing repeated ($(mb "$whbig_kb"))" "$(field whbig 1)" "$(field whbig 2)" "$(mb "$(field whbig 3)")"
    printf '%-44s %9s %9s %10s\n' "200,000 short turns ($(mb "$short_kb"))" "$(field short 1)" "$(field short 2)" "$(mb "$(field short 3)")"
    echo "ratios                                          measured   target"
    if [[ -s $work/xmllint ]]; then
      printf '%-44s %9s   %s\n' "briefing / xmllint on the seed's body (wall)" "$(ratio "$(field whbig 1)" "$(field xmllint 1)")" "≤ 3"
    fi
    printf '%-44s %9s   %s\n' "peak RSS / input, briefing" "$(ratio "$(field whbig 3)" "$whbig_kb")" "≤ 4"
    printf '%-44s %9s   %s\n' "short turns MB/s ÷ seed ($short_rate MB/s)" "$(ratio "$short_rate" "$seed_rate")" "≥ 0.50"
    printf '%-44s %9s   %s\n' "peak RSS / input, short turns" "$(ratio "$(field short 3)" "$short_kb")" "≤ 4"
  fi
fi

if (( LARGE )); then
  mkdir -p "$work/big200"
  python3 "$BENCH/make_bench.py" "$SEED" "$work/big200" 200
  rm -rf "$work/big200/zh-many"
  large_kb=$(( $(stat -c %s "$work/big200/zh-big.md") / 1024 ))
  RUNS=1 measure large "$PODIUM" parse --format json "$work/big200/zh-big.md"
  printf '%-44s %9s   %s\n' "peak RSS / input, $(mb "$large_kb") ($(mb "$(field large 3)"), $(field large 1) s)" \
    "$(ratio "$(field large 3)" "$large_kb")" "≤ 4"
fi
