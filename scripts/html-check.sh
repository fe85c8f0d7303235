#!/usr/bin/env bash
# HTML briefing check: renders `podium brief --format html` of the seed (and, when ../shared/corpus is
# there, of the Psaki briefing, the FOMC post and an MFA presser), checks that each page loads nothing
# from anywhere (no <script>, <link>, src= or url()), then has headless Chromium (Debian's `chromium`
# package) render each page to a PNG and fails on any console message: the page has no script, so a
# console line is an error (a blocked load, a parse error).
#
#   scripts/html-check.sh [OUTDIR]
#
# Writes OUTDIR/NAME.html and OUTDIR/NAME.png (default: a temporary folder, removed at the end).
# PODIUM=path/to/podium uses that binary instead of building the debug one; CHROMIUM=path chooses the
# browser. With DOCS=1 the seed's screenshot is copied to docs/images/briefing-html.png for the README.
# Exits 0 when every page passes, 1 when one fails, 2 when Chromium is missing
# (`apt-get install -y chromium fonts-noto-cjk`).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
CHROMIUM="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
if [ -z "$CHROMIUM" ]; then
    echo "html-check: chromium is not installed (apt-get install -y chromium fonts-noto-cjk)" >&2
    exit 2
fi
if [ -z "${PODIUM:-}" ]; then
    swift build --product podium >/dev/null
    PODIUM="$REPO/.build/debug/podium"
fi
if [ -n "${1:-}" ]; then
    OUT="$1"
    mkdir -p "$OUT"
else
    OUT="$(mktemp -d)"
    trap 'rm -rf "$OUT"' EXIT
fi

DOCUMENTS=("Samples/zh_scio_miit_presser_2022-04-19.md")
CORPUS="$REPO/../shared/corpus"
for name in en_wh_briefing_psaki_2021-01-20.md en_jekyll_fomc_presser_2023-12-13.md "bulk/mfa/2026-03-02-毛宁.txt"; do
    if [ -f "$CORPUS/$name" ]; then DOCUMENTS+=("$CORPUS/$name"); fi
done

failed=0
for document in "${DOCUMENTS[@]}"; do
    base="$(basename "${document%.*}")"
    html="$OUT/$base.html"
    "$PODIUM" brief --format html "$document" -o "$html"
    if grep -Eiq '<script|<link|<img|<iframe|\bsrc=|url\(' "$html"; then
        echo "html-check: $base: the page loads something from outside" >&2
        failed=1
    fi
    log="$OUT/$base.log"
    timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars --enable-logging=stderr --v=0 \
        --window-size=1000,1400 --screenshot="$OUT/$base.png" "file://$html" 2>"$log" >/dev/null || {
        echo "html-check: $base: chromium failed (see $log)" >&2
        failed=1
        continue
    }
    if grep -q 'CONSOLE' "$log"; then
        echo "html-check: $base: console messages:" >&2
        grep 'CONSOLE' "$log" >&2
        failed=1
    fi
    if [ ! -s "$OUT/$base.png" ]; then
        echo "html-check: $base: no screenshot" >&2
        failed=1
    fi
    echo "html-check: $base: $(wc -c <"$html") bytes of HTML, screenshot $OUT/$base.png"
done

if [ "${DOCS:-}" = 1 ] && [ "$failed" = 0 ]; then
    mkdir -p docs/images
    cp "$OUT/zh_scio_miit_presser_2022-04-19.png" docs/images/briefing-html.png
fi
if [ "$failed" = 0 ]; then echo "html-check: every page passed"; fi
exit "$failed"
