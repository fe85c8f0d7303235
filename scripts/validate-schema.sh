#!/usr/bin/env bash
# Validate `podium parse` JSON of every sample and corpus file against docs/transcript.schema.json.
#   scripts/validate-schema.sh            (needs a release build and python3 with jsonschema)
set -euo pipefail
cd "$(dirname "$0")/.."
python3 - <<'PY'
import glob, json, os, subprocess, sys
import jsonschema
validator = jsonschema.Draft202012Validator(json.load(open("docs/transcript.schema.json")))
files = sorted(glob.glob("Samples/*"))
if os.path.isdir("../shared/corpus"):
    files += sorted(f for f in glob.glob("../shared/corpus/**/*", recursive=True)
                    if os.path.isfile(f) and "/gold/" not in f and not f.endswith("README.md"))
checked = invalid = 0
for path in files:
    run = subprocess.run([".build/release/podium", "parse", path], capture_output=True)
    if run.returncode != 0:
        continue
    checked += 1
    errors = list(validator.iter_errors(json.loads(run.stdout)))
    if errors:
        invalid += 1
        print(f"{path}: {errors[0].message[:200]} at {list(errors[0].path)}")
print(f"{checked} transcripts checked, {invalid} invalid")
sys.exit(1 if invalid else 0)
PY
