#!/usr/bin/env bash
# ConvoKit check: exports the development corpus and bulk/ of ../shared/corpus with
# `podium export convokit`, loads each export with convokit.Corpus(filename=...) and checks its
# conversations, utterances, speakers and reply links against `podium parse` (scripts/convokit_check.py).
#
#   scripts/convokit-check.sh
#
# Builds the release binary, and creates .venv-convokit/ with convokit from PyPI the first time
# (pip pulls in torch through sentence-transformers: about 6.5 GB and 5 minutes; later runs reuse it).
# PODIUM=path/to/podium uses that binary instead of building. Exits 0 when every set checks out,
# 1 when one differs; says so and exits 0 when ../shared/corpus is absent.
source "$(dirname "${BASH_SOURCE[0]}")/check-setup.sh" convokit-check .venv-convokit convokit "convokit==5.0.0"

OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
# The development set: the transcripts at the top of the corpus (not its README).
DEV="$(find "$CORPUS" -maxdepth 1 -type f \( -name '*.md' -o -name '*.txt' \) ! -name README.md | sort | paste -sd, -)"
"$PYTHON" scripts/convokit_check.py "$PODIUM" "$OUT" "dev=$DEV" "bulk=$CORPUS/bulk"
