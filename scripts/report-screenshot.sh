#!/usr/bin/env bash
# Renders the HTML report in headless Chromium to a PNG and fails when the
# page logs console errors or the rendered DOM lacks the charts or the
# highlighted article.
#
# Usage: scripts/report-screenshot.sh [REPORT.html] [OUT.png]
#   Without REPORT.html: builds kiemdiem, runs it on corpus/ into a temporary
#   database and screenshots that report.
# Needs the Debian package `chromium` (installed with apt-get when missing).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
html="${1:-}"
png="${2:-$root/report.png}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if ! command -v chromium >/dev/null 2>&1; then
    echo "report-screenshot: installing chromium (Debian package)" >&2
    if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null
    else sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; fi
fi

if [ -z "$html" ]; then
    (cd "$root" && swift build --product kiemdiem >&2)
    (cd "$root" && "$root/.build/debug/kiemdiem" run corpus --db "$work/k.sqlite" --report "$work/report.html" >&2)
    html="$work/report.html"
fi
[ -f "$html" ] || { echo "report-screenshot: $html: no such file" >&2; exit 1; }
html="$(cd "$(dirname "$html")" && pwd)/$(basename "$html")"

flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --no-default-browser-check
       --user-data-dir="$work/profile" --disable-extensions --disable-background-networking
       --enable-logging=stderr --v=0)

# 1. The screenshot (tall enough for the overview, a chart and the first article).
chromium "${flags[@]}" --window-size=1280,2400 --screenshot="$png" "file://$html" 2>"$work/shot.log" >/dev/null || true
[ -s "$png" ] || { echo "report-screenshot: no PNG written" >&2; cat "$work/shot.log" >&2; exit 1; }

# 1b. The article views: a copy of the page with the other sections hidden, so
#     the first article (articles with findings come first) is on top.
article_png="${png%.png}-article.png"
sed 's|</head>|<style>#overview,#charts,#findings{display:none}</style></head>|' "$html" >"$work/articles.html"
chromium "${flags[@]}" --window-size=1280,1400 --screenshot="$article_png" "file://$work/articles.html" 2>>"$work/shot.log" >/dev/null || true

# 2. The DOM after rendering, with the console log on stderr.
chromium "${flags[@]}" --dump-dom "file://$html" >"$work/dom.html" 2>"$work/dom.log" || true

status=0
if grep -E 'CONSOLE\(|Uncaught|console.error' "$work/shot.log" "$work/dom.log" | grep -viE 'dbus|gcm|fontconfig' >"$work/console.txt"; then
    echo "report-screenshot: console errors:" >&2; cat "$work/console.txt" >&2; status=1
fi
for want in '<svg' '<rect' 'class="h-rating' 'id="findings"'; do
    grep -q "$want" "$work/dom.html" || { echo "report-screenshot: rendered page lacks $want" >&2; status=1; }
done
echo "report-screenshot: $png ($(wc -c <"$png") bytes), $article_png, DOM $(wc -c <"$work/dom.html") bytes, console clean: $([ $status = 0 ] && echo yes || echo no)"
exit $status
