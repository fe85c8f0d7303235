#!/usr/bin/env bash
# A real Spark run: every file of ../shared/corpus (extra/, bulk/, zoo/, gold/ and README files included)
# as JSON Lines through RDD.pipe("podium parse --stdin-jsonl --jobs 1") in local[2], each result checked
# against `podium parse FILE --format jsonl` (error lines against its errors), then the same corpus timed
# with `podium parse --jobs 1` and `--jobs 2` (scripts/spark_check.py).
#
#   scripts/spark-check.sh
#
# Builds the release binary, and creates .venv-spark/ with pyspark from PyPI the first time (about 500 MB
# and 2 minutes); needs Java 17 or later on the PATH. PODIUM=path/to/podium uses that binary instead of
# building. Exits 0 when every result matches, 1 otherwise; says so and exits 0 when ../shared/corpus is
# absent.
source "$(dirname "${BASH_SOURCE[0]}")/check-setup.sh" spark-check .venv-spark pyspark "pyspark==4.3.0"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
"$PYTHON" scripts/spark_check.py "$PODIUM" "$CORPUS" "$WORK"
