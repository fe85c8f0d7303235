# Sourced by scripts/convokit-check.sh and scripts/spark-check.sh: what both need before they check.
#
#   source scripts/check-setup.sh NAME VENV MODULE REQUIREMENT
#
# Sets REPO (and goes there), CORPUS (../shared/corpus; when it is absent, says so and exits 0), PODIUM
# (the release binary, built here, unless PODIUM is set already) and PYTHON, the Python of the virtual
# environment VENV, created with REQUIREMENT from PyPI unless it can already import MODULE.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
CORPUS="$REPO/../shared/corpus"
if [ ! -d "$CORPUS" ]; then
    echo "$1: $CORPUS is absent; nothing to check."
    exit 0
fi

if [ -z "${PODIUM:-}" ]; then
    swift build -c release --product podium >/dev/null
    PODIUM="$REPO/.build/release/podium"
fi

PYTHON="$REPO/$2/bin/python"
if ! "$PYTHON" -c "import $3" 2>/dev/null; then
    python3 -m venv "$REPO/$2"
    "$REPO/$2/bin/pip" install --quiet --disable-pip-version-check "$4"
fi
