#!/usr/bin/env bash
# Renders the HTML report of the example corpus in headless Chromium with the network cut off,
# checks the rendered page (every finding, the marked terms) and takes a screenshot.
# Skips (exit 77) where Chromium is not installed: `bash cmake/install-deps.sh --browser`.
set -euo pipefail
bin=$1 src=$2 work=$3
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "SKIP: chromium not installed"
  exit 77
fi
mkdir -p "$work"
html="$work/report.html"
set +e
"$bin" check --format html "$src/examples/corpus" > "$html"
status=$?
"$bin" check --format json "$src/examples/corpus" > "$work/report.json"
set -e
[ "$status" -eq 1 ] || { echo "FAIL: check exited $status, want 1 (contradictions)"; exit 1; }
# No network: every host resolves to nothing and the proxy is a closed local port.
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run
       --user-data-dir="$work/profile" --proxy-server=127.0.0.1:9
       --host-resolver-rules="MAP * ~NOTFOUND" --window-size=1280,2400)
timeout 120 "$browser" "${flags[@]}" --dump-dom "file://$html" > "$work/dom.html" 2> "$work/chromium.log"
timeout 120 "$browser" "${flags[@]}" --screenshot="$work/report.png" "file://$html" \
  >> "$work/chromium.log" 2>&1
fail=0
want=$(grep -o '"explanation":' "$work/report.json" | wc -l)
got=$(grep -o '<section class="finding"' "$work/dom.html" | wc -l)
if [ "$want" -eq 0 ] || [ "$got" -ne "$want" ]; then
  echo "FAIL: the rendered page has $got findings, the JSON report $want"
  fail=1
fi
for needle in '<h1>crosscheck report</h1>' '<b class="term">Einbahnstraße</b>' \
              '<b class="term">two-way</b>' 'Claims by article'; do
  grep -qF "$needle" "$work/dom.html" || { echo "FAIL: rendered page lacks $needle"; fail=1; }
done
# A PNG of the requested size, and not a blank page (a blank 1280x2400 PNG is a few KB).
if [ "$(head -c 8 "$work/report.png" | od -An -tx1 | tr -d ' \n')" != "89504e470d0a1a0a" ]; then
  echo "FAIL: no PNG screenshot"
  fail=1
else
  size=$(od -An -tu1 -j16 -N8 "$work/report.png" | tr -s ' ' | sed 's/^ //')
  read -r w1 w2 w3 w4 h1 h2 h3 h4 <<< "$size"
  width=$(( (w1 << 24) | (w2 << 16) | (w3 << 8) | w4 ))
  height=$(( (h1 << 24) | (h2 << 16) | (h3 << 8) | h4 ))
  bytes=$(wc -c < "$work/report.png")
  echo "screenshot: $work/report.png (${width}x${height}, $bytes bytes)"
  if [ "$width" -ne 1280 ] || [ "$height" -ne 2400 ] || [ "$bytes" -lt 50000 ]; then
    echo "FAIL: screenshot is ${width}x${height} with $bytes bytes"
    fail=1
  fi
fi
[ "$fail" -eq 0 ] && echo "browser test: $got findings rendered, screenshot taken"
exit "$fail"
