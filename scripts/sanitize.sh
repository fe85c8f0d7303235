#!/usr/bin/env bash
# Runs the whole test suite under a sanitizer, then the binary over real input. Not part of CI.
#
#   scripts/sanitize.sh address     # AddressSanitizer + LeakSanitizer, scratch path .build-asan
#   scripts/sanitize.sh thread      # ThreadSanitizer, scratch path .build-tsan
#
# Under ThreadSanitizer the binary also reads the shared corpus with two jobs and a 1 MB generated
# document, large enough that its blocks and turns are shared across the cores (SharedWork).
set -euo pipefail
cd "$(dirname "$0")/.."
kind=${1:?usage: scripts/sanitize.sh address|thread}
case $kind in
  address) scratch=.build-asan ;;
  thread) scratch=.build-tsan ;;
  *) echo "sanitize.sh: address or thread, not $kind" >&2; exit 64 ;;
esac
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan-suppressions.txt:print_suppressions=0"

swift build --sanitize="$kind" --scratch-path "$scratch"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A sanitizer report fails the run even where the process's exit code would not show it.
swift test --sanitize="$kind" --scratch-path "$scratch" > "$work/test.out" 2>&1 || { tail -n 60 "$work/test.out" >&2; exit 1; }
if grep -q "Sanitizer" "$work/test.out"; then grep -A 30 "Sanitizer" "$work/test.out" >&2; exit 1; fi
grep "Test run with" "$work/test.out"

podium="$scratch/debug/podium"
if [[ -d ../shared/corpus ]]; then
  # Some corpus files are not transcripts and fail with exit code 65; only a sanitizer report fails the run.
  "$podium" parse ../shared/corpus --format jsonl --jobs 2 > /dev/null 2> "$work/corpus.err" || true
  if grep -q "Sanitizer" "$work/corpus.err"; then cat "$work/corpus.err" >&2; exit 1; fi
  tail -n 1 "$work/corpus.err"
fi
if [[ -f ../shared/bench/make_bench.py ]]; then
  python3 ../shared/bench/make_bench.py Samples/zh_scio_miit_presser_2022-04-19.md "$work" 1 > /dev/null
  "$podium" parse --format json "$work/zh-big.md" > /dev/null
  echo "1 MB document: parsed"
fi
