#!/usr/bin/env bash
# Render an HTML report to a PNG of the whole page (1,280 px wide, as tall as the page) in headless
# Chromium (Debian `chromium`) and fail on a page error or a blank page (docs/reports.md "HTML report").
# Usage: tools/report_png.sh REPORT.html OUT.png
# Exit: 0 = rendered with content; 1 = a page error (any console message: the report has no script,
# so every console message is an error) or a blank page; 2 = usage / Chromium could not render.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 REPORT.html OUT.png" >&2; exit 2; }
html=$(realpath "$1")
png=$(realpath -m "$2")
[ -f "$html" ] || { echo "report_png: $1: no such file" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
profile=$(mktemp -d)
log=$(mktemp)
trap 'rm -rf "$profile" "$log"' EXIT
rm -f "$png"
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
  --disable-component-update --disable-sync --user-data-dir="$profile")
# The whole page, not only its top: measure the page's height at 1,280 px first (a copy of the page
# with a script that writes its height into the DOM), then render a window that tall.
measure=$(mktemp --suffix=.html)
trap 'rm -rf "$profile" "$log" "$measure"' EXIT
sed 's#</body>#<script>document.body.insertAdjacentHTML("beforeend","<pre id=page-height>"+document.documentElement.scrollHeight+"</pre>")</script></body>#' \
  "$html" >"$measure"
height=$(chromium "${flags[@]}" --window-size=1280,1000 --dump-dom "file://$measure" 2>/dev/null |
  sed -n 's#.*<pre id="page-height">\([0-9]*\)</pre>.*#\1#p' | head -1)
[ -n "$height" ] || height=2000
[ "$height" -ge 400 ] || height=400
chromium "${flags[@]}" --enable-logging=stderr --v=0 \
  --screenshot="$png" --window-size=1280,"$height" --hide-scrollbars "file://$html" >/dev/null 2>"$log" || true
[ -s "$png" ] || { echo "report_png: Chromium wrote no PNG:" >&2; grep -v dbus "$log" >&2 || true; exit 2; }
if grep -E ':CONSOLE[:(]|Failed to load resource|Uncaught' "$log" >&2; then
  echo "report_png: page error(s) in $1 (above)" >&2
  exit 1
fi
/usr/bin/python3 "$here/png_check.py" "$png" || { echo "report_png: $png is a blank page" >&2; exit 1; }
