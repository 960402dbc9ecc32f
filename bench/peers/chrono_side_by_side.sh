#!/usr/bin/env bash
# crosscheck (all dimensions) against chrono-node (dates only) on the same text, one core each,
# in one run. chrono-node is installed with npm into a temporary folder; without npm the
# script says so and exits 0. Text: generated German and English news-like text (256 KiB each,
# as BM_Extract_De/En), or the files given as LANG=FILE arguments (e.g. de=article.txt).
# usage: bench/peers/chrono_side_by_side.sh [BUILD_DIR] [de=FILE] [en=FILE]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
shift || true
peer=$build/bench/peer_extract
[ -x "$peer" ] || { echo "build $peer first (bash cmake/build.sh)" >&2; exit 2; }
if ! command -v npm >/dev/null || ! command -v node >/dev/null; then
  echo "npm or node not found: chrono-node side by side skipped"; exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm install --silent --no-audit --no-fund chrono-node@2 >/dev/null 2>&1) ||
  { echo "npm install chrono-node failed: skipped"; exit 0; }
cp "$here/chrono_time.js" "$tmp/"
version=$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$tmp/node_modules/chrono-node/package.json" | head -1)
declare -A files=()
for arg in "$@"; do files[${arg%%=*}]=${arg#*=}; done
printf '%-4s %-34s %-34s %s\n' lang "crosscheck (all claims)" "chrono-node $version (dates)" ratio
for lang in de en; do
  file=${files[$lang]:-}
  if [ -z "$file" ]; then file=$tmp/$lang.txt; "$peer" write "$file" $lang 262144; fi
  ours=$("$peer" time "$file" $lang)
  theirs=$(cd "$tmp" && node chrono_time.js "$file" $lang)
  ratio=$(awk -v a="${ours%% *}" -v b="${theirs%% *}" 'BEGIN { printf "%.2f", a / b }')
  printf '%-4s %-34s %-34s %s\n' $lang "$ours" "$theirs" "$ratio"
done
