#!/usr/bin/env bash
# Regenerates analysis/docs/report-screenshot.png from the demo's own report, in headless Chromium:
#   ./scalebench demo && scripts/report-screenshot.sh [REPORT_HTML] [PNG] [HEIGHT_PX]
# The flags keep Chromium off the network (this machine's closed network refuses it at every start).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
report=${1:-$root/results/runs/demo/report.html}
png=${2:-$root/analysis/docs/report-screenshot.png}
height=${3:-2400}
[ -f "$report" ] || { echo "report-screenshot: no report at $report; run ./scalebench demo first" >&2; exit 2; }
command -v chromium >/dev/null || { echo "report-screenshot: chromium is not installed (apt-get install chromium)" >&2; exit 2; }
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars \
  --window-size=1280,"$height" --virtual-time-budget=5000 --screenshot="$png.tmp.png" \
  "file://$(realpath "$report")" 2>/dev/null
mv -f "$png.tmp.png" "$png"
echo "report-screenshot: wrote $png from $report"
