#!/usr/bin/env bash
# Exit codes and basic behaviour of the crosscheck program.
set -u
bin=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass=0 fail=0
expect() {  # expect NAME WANT_CODE CMD...
  local name=$1 want=$2
  shift 2
  "$@" >"$work/out" 2>"$work/err"
  local got=$?
  if [ "$got" -eq "$want" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL $name: exit $got, want $want"; head -5 "$work/out" "$work/err"
  fi
}
expect_grep() {  # expect_grep NAME PATTERN FILE
  if grep -q -- "$2" "$3"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $1: no '$2' in $3"; fi
}

printf 'Der Minister sagte am Montag, man werde helfen.\n' >"$work/a.txt"
printf 'The minister said on Monday that they would help.\n' >"$work/b.txt"
printf '\xff\xfe bad' >"$work/bad.txt"

expect help 0 "$bin" --help
expect version 0 "$bin" --version
expect_grep version_text "crosscheck 0" "$work/out"
expect no_args 2 "$bin"
expect unknown_command 2 "$bin" frobnicate x
expect unknown_option 2 "$bin" check --bogus "$work/a.txt"
expect bad_format 2 "$bin" check --format xml "$work/a.txt"
expect bad_lang 2 "$bin" check --lang fr "$work/a.txt"
expect no_input 2 "$bin" check
expect missing_file 2 "$bin" check "$work/nope.txt"
expect_grep missing_file_named "nope.txt" "$work/out"
expect clean_check 0 "$bin" check "$work/a.txt" "$work/b.txt"
expect_grep summary "2 documents" "$work/out"
expect bad_input_still_reads_others 2 "$bin" check --format json "$work/a.txt" "$work/bad.txt"
expect_grep bad_named "bad.txt" "$work/out"
expect_grep good_read '"id":"a"' "$work/out"
expect stdin_text 0 "$bin" extract - <"$work/a.txt"
expect_grep stdin_id "stdin" "$work/out"
printf '{"id":"x","text":"Hallo Welt, das ist ein Test.","lang":"de"}\n' >"$work/in.jsonl"
expect stdin_jsonl 0 "$bin" extract --format json - <"$work/in.jsonl"
expect_grep stdin_jsonl_id '"id":"x"' "$work/out"
expect json_check 0 "$bin" check --format json "$work/a.txt"
expect_grep json_schema '"schema":"crosscheck/1"' "$work/out"
expect store_first 0 "$bin" check --store "$work/news.db" "$work/a.txt"
expect store_again 0 "$bin" check --store "$work/news.db" "$work/b.txt"
expect_grep store_summary "1 documents" "$work/out"
expect_not_skip() {  # expect_not_skip NAME CMD...: exit 0 or 1 (findings), never 2 (a skip)
  local name=$1
  shift
  "$@" >"$work/out" 2>"$work/err"
  local got=$?
  if [ "$got" -le 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $name: exit $got"; head -5 "$work/out" "$work/err"; fi
}
# The store never replaces an article: the same text again is noted, a changed one is a new version.
expect store_same_text 0 "$bin" check --format json --store "$work/news.db" "$work/a.txt"
expect_grep store_same_text_noted 'stored already with this text; checked, not stored again","skipped":false' "$work/out"
mkdir -p "$work/v2"
printf 'Der Minister sagte am Dienstag, man werde nicht helfen.\n' >"$work/v2/a.txt"
expect_not_skip store_new_version "$bin" check --format json --store "$work/news.db" "$work/v2/a.txt"
expect_grep store_new_version_id '"id":"a@v2"' "$work/out"
expect_grep store_new_version_noted 'stored as version 2' "$work/out"
expect store_with_extract 2 "$bin" extract --store "$work/news.db" "$work/b.txt"
printf 'not a database at all, just some text in a file' >"$work/bad.db"
expect store_bad_file 2 "$bin" check --store "$work/bad.db" "$work/a.txt"
expect_grep store_bad_named "bad.db" "$work/err"
"$bin" extract --format jsonl "$work/a.txt" >"$work/claims.jsonl"
expect reconcile_jsonl 0 "$bin" reconcile "$work/claims.jsonl"
expect reconcile_missing 2 "$bin" reconcile "$work/missing.jsonl"
expect html 0 "$bin" check --format html "$work/a.txt"
expect_grep html_doctype "<!doctype html>" "$work/out"
if [ -d "$root/examples/corpus" ]; then
  "$bin" check "$root/examples/corpus" >"$work/out" 2>&1
  code=$?
  if [ "$code" -le 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL corpus: exit $code"; fi
fi
# Two files of one name in different folders are two articles, each named by its path.
mkdir -p "$work/same/x" "$work/same/y"
printf 'Die Armee schickte 400 Soldaten nach Kursk.\n' >"$work/same/x/a.txt"
printf 'Die Armee schickte 400 Soldaten nach Kursk.\n' >"$work/same/y/a.txt"
expect same_name_two_folders 0 "$bin" check --format json "$work/same"
expect_grep same_name_first '"id":"x/a.txt"' "$work/out"
expect_grep same_name_second '"id":"y/a.txt"' "$work/out"
expect_grep same_name_counted '"inputs":2,"documents":2,"skipped":0' "$work/out"
# Claims JSON Lines hold the JSON report's claim object, and the former flat claims still read.
"$bin" extract --lang de --format jsonl "$work/same/x/a.txt" >"$work/troops.jsonl"
expect_grep claims_jsonl_report_object '"claim":{"id":"a#1","kind":"quantity",' "$work/troops.jsonl"
printf '%s\n' '{"document":"o","lang":"de","claim":{"kind":"quantity","key":"k","low":5,"high":"inf","unit":"troops"}}' >"$work/flat.jsonl"
expect reconcile_flat_jsonl 0 "$bin" reconcile --format json "$work/flat.jsonl"
expect_grep reconcile_flat_read '"low":5,"high":null' "$work/out"
# Stories: figures of articles that name different stories never meet, unless --one-story.
printf '%s\n' '{"id": "p", "lang": "de", "story": "x", "text": "Die Armee schickte 400 Soldaten nach Kursk."}' \
  '{"id": "q", "lang": "de", "story": "y", "text": "Die Armee schickte 9.000 Soldaten nach Kursk."}' >"$work/s.jsonl"
expect stories_apart 0 "$bin" check "$work/s.jsonl"
expect stories_one 1 "$bin" check --one-story "$work/s.jsonl"
expect stories_json 0 "$bin" check --format json "$work/s.jsonl"
expect_grep stories_listed '"stories":\[{"id":"x","documents":\["p"\]}' "$work/out"
# Language data from the command line: antonyms, measure nouns, aliases; bad files are usage errors.
printf 'Minister Tom Hale spoke in Kyiv.\n“The outlook for the harvest is bullish,” Hale said.\n' >"$work/q1.txt"
printf 'Minister Tom Hale spoke in Odesa.\n“The outlook for the harvest is bearish,” Hale said.\n' >"$work/q2.txt"
printf '# term\topposite\nbullish\tbearish\n' >"$work/antonyms.tsv"
expect antonyms_absent 0 "$bin" check "$work/q1.txt" "$work/q2.txt"
expect antonyms_given 1 "$bin" check --antonyms "$work/antonyms.tsv" "$work/q1.txt" "$work/q2.txt"
expect_grep antonyms_explained "bullish" "$work/out"
printf 'Die Armee verlor 40 Kampfwagen.\n' >"$work/m.txt"
printf 'kampfwagen\ttanks\n' >"$work/measures.tsv"
expect measures_given 0 "$bin" extract --lang de --measures "$work/measures.tsv" "$work/m.txt"
expect_grep measures_used "/tanks" "$work/out"
printf 'tommy hale\ttom_hale\n' >"$work/aliases.tsv"
expect aliases_given 1 "$bin" check --aliases "$work/aliases.tsv" --antonyms "$work/antonyms.tsv" "$work/q1.txt" "$work/q2.txt"
expect antonyms_missing 2 "$bin" check --antonyms "$work/nope.tsv" "$work/a.txt"
expect_grep antonyms_missing_named "nope.tsv" "$work/err"
printf 'bullish bearish\n' >"$work/bad_pairs.tsv"
expect antonyms_malformed 2 "$bin" check --antonyms "$work/bad_pairs.tsv" "$work/a.txt"
expect_grep antonyms_malformed_line "bad_pairs.tsv:1" "$work/err"
# A language added from a folder of tables (README "Adding a language"), repeatable; --lang
# takes its code then. A folder that is not there is a usage error naming it.
printf 'Selon le ministère, 3 000 soldats sont arrivés le 25 octobre 2024.\n' >"$work/fr.txt"
expect lang_dir 0 "$bin" extract --lang-dir "$root/tests/lang/fr" --lang fr "$work/fr.txt"
expect_grep lang_dir_read "_/troops" "$work/out"
expect_grep lang_dir_date "25 octobre 2024" "$work/out"
expect lang_dir_detected 0 "$bin" extract --format json --lang-dir "$root/tests/lang/fr" "$work/fr.txt"
expect_grep lang_dir_detected_fr '"lang":"fr"' "$work/out"
mkdir -p "$work/more/xx"
cp "$root/tests/lang/fr/"*.tsv "$work/more/xx/"
expect lang_dir_twice 0 "$bin" extract --lang-dir "$root/tests/lang/fr" --lang-dir "$work/more/xx" --lang xx "$work/fr.txt"
expect_grep lang_dir_twice_read "_/troops" "$work/out"
expect lang_dir_missing 2 "$bin" check --lang-dir "$work/nope/fr" "$work/a.txt"
expect_grep lang_dir_missing_named "nope/fr: no such folder" "$work/err"
expect lang_dir_no_value 2 "$bin" check "$work/a.txt" --lang-dir

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
