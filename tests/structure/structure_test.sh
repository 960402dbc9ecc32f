#!/bin/bash
# The house rules of issue 13, checked on every test run:
#  - no file under lib/ over 500 lines, no function over 80 (function extents from ctags);
#  - reconcile/ and report/ include nothing from extract/, lang/ or data/;
#  - public headers include nothing from io/ (lib/io) and only the reader and writer headers
#    name input/output.
# usage: structure_test.sh SOURCE_DIR   (exit 77 = skipped: universal-ctags missing)
set -u
src=${1:-.}
cd "$src" || exit 2
fail=0
while read -r n f; do
  [ "$f" = total ] && continue
  if [ "$n" -gt 500 ]; then echo "file over 500 lines: $f ($n)"; fail=1; fi
done < <(find lib -name '*.cc' -o -name '*.h' | sort | xargs wc -l)
if ! ctags --version 2>/dev/null | grep -q Universal; then
  echo "universal-ctags not found: function sizes not checked" >&2; exit 77
fi
long=$(find lib -name '*.cc' -o -name '*.h' | sort | xargs ctags --fields=+ne --kinds-c++=f -o - |
  awk -F'\t' '{ln=""; en=""; for (i = 4; i <= NF; i++) { if ($i ~ /^line:/) ln = substr($i, 6);
               if ($i ~ /^end:/) en = substr($i, 5) }
               if (en != "" && en - ln + 1 > 80) print $2 ":" ln " " $1 " (" en - ln + 1 " lines)" }')
if [ -n "$long" ]; then echo "functions over 80 lines:"; echo "$long"; fail=1; fi
bad=$(grep -rnE '#include "lib/(extract|lang|data)/' lib/reconcile lib/report 2>/dev/null)
if [ -n "$bad" ]; then echo "reconcile/report reach into extraction or language data:"; echo "$bad"; fail=1; fi
bad=$(grep -rnE '#include "(lib/io/|crosscheck/(reader|writer|store|claims_io)\.h)' include/crosscheck |
      grep -vE '^include/crosscheck/(reader|writer|store|claims_io|crosscheck)\.h:')
if [ -n "$bad" ]; then echo "public headers include input/output:"; echo "$bad"; fail=1; fi
exit $fail
