#!/usr/bin/env bash
# Large inputs of issue 4, run through the release binary: a 10 MB single line (three shapes) and a
# 200 MB file. Prints the exit code, wall time and peak memory of each run. Too slow for the debug
# test suite, so it is a script; docs/reliability.md records the last run.
#
#   scripts/large-input.sh            # builds the release binary into .build-rel if needed
#   PODIUM=path/to/podium scripts/large-input.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PODIUM=${PODIUM:-.build-rel/release/podium}
if [[ ! -x $PODIUM ]]; then
  swift build -c release --scratch-path .build-rel >/dev/null
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import sys, os
d = sys.argv[1]
open(os.path.join(d, "line-sentences.txt"), "w").write("主持人：" + "这是一个很长的句子，没有换行。" * (10_000_000 // 45))
open(os.path.join(d, "line-commas.txt"), "w").write("主持人：" + "这是一个很长的句子，没有换行，" * (10_000_000 // 45) + "。\n\n新华社记者：请问？")
open(os.path.join(d, "line.html"), "w").write("<p>主持人：" + "很长的一行文字。" * (10_000_000 // 24) + "</p><p>新华社记者：请问？</p>")
block = "新华社记者：请问今年的进展如何？\n\n省交通运输厅副厅长张明远：谢谢提问。我们一是加快建设，二是优化服务。\n\n"
with open(os.path.join(d, "200mb.txt"), "w") as f:
    chunk = block * 1000
    size = 0
    while size < 200_000_000:
        f.write(chunk)
        size += len(chunk.encode())
PY

for file in line-sentences.txt line-commas.txt line.html 200mb.txt; do
  size=$(stat -c %s "$work/$file")
  set +e
  /usr/bin/time -f "%e s, peak %M KB" -o "$work/time" "$PODIUM" parse --compact "$work/$file" >/dev/null 2>"$work/err"
  status=$?
  set -e
  printf '%-20s %11s bytes  exit %-3s %s  %s\n' "$file" "$size" "$status" "$(cat "$work/time" | tail -1)" "$(head -c 200 "$work/err")"
done
