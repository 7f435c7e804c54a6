#!/usr/bin/env bash
# Render an HTML report to a PNG in headless Chromium (Debian `chromium`) and fail on a page error
# or a blank page (docs/reports.md "HTML report").
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
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --enable-logging=stderr --v=0 \
  --screenshot="$png" --window-size=1280,2000 "file://$html" >/dev/null 2>"$log" || true
[ -s "$png" ] || { echo "report_png: Chromium wrote no PNG:" >&2; grep -v dbus "$log" >&2 || true; exit 2; }
if grep -E ':CONSOLE[:(]|Failed to load resource|Uncaught' "$log" >&2; then
  echo "report_png: page error(s) in $1 (above)" >&2
  exit 1
fi
/usr/bin/python3 "$here/png_check.py" "$png" || { echo "report_png: $png is a blank page" >&2; exit 1; }
