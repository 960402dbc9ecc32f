// The grammar rules a language uses, by name, from its grammar.tsv ("decimal_mark ,",
// "ordinal_dot"). The rules themselves are code, shared by every language that names them
// (lib/extract/<dimension>/, with rules first read in one language in its de.cc or en.cc);
// a new language picks the ones its writing follows. Every rule, with what it means, is in
// kGrammarRules (grammar.cc); a name not there is an error naming file and line.
#ifndef CROSSCHECK_LIB_LANG_GRAMMAR_H_
#define CROSSCHECK_LIB_LANG_GRAMMAR_H_

#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "lib/lang/table.h"

namespace crosscheck::internal {

struct Grammar {
  // Numbers.
  char decimal_mark = '.';  // decimal_mark: "," for "3,5" and "1.200", "." for "3.5" and "1,200".
  // number_compounds: how number words join below a thousand.
  enum class Compounds {
    kNone,
    kJoined,      // joined: one word ("dreiundzwanzig", "zweihundertfünfzig"): numbers/de.cc.
    kHyphenated,  // hyphenated: "twenty-five", "nine-thousand": numbers/en.cc.
  } number_compounds = Compounds::kNone;
  // spelling: letters a writer may spell out ("ue" for "ü"): a number word spelled so is read too.
  std::vector<std::pair<std::string, std::string>> spellings;
  bool one_word_numbers = false;  // A number below a million is one word: "zwölf zwei" is two.
  bool ordinal_dot = false;       // Ordinals are digits and a full stop: "25. Oktober", "2. Weltkrieg".

  // Nouns.
  bool capitalised_nouns = false;     // Nouns are capitalised, so a capitalised word is no name.
  bool lowercase_adjectives = false;  // A lower-case word with an adjective ending modifies a noun.
  bool compound_nouns = false;        // A noun may modify the counted noun: "police officers".
  std::string plural_suffix;          // plural_suffix: the ending of a plural noun ("s").
  // Verbs. participle: how a past participle begins and ends ("ge", "t": "getötet",
  // "verletzt"), so that an auxiliary that also makes the future ("wird") is read as a
  // passive when one follows (modality.tsv's "infinitive" rows).
  std::string participle_prefix, participle_suffix;
  // perfect: an auxiliary that, closing a clause after a participle, makes a perfect
  // infinitive ("getötet worden sein", "erschossen haben"): a hearsay modal before it reports a
  // past fact instead of a forecast (modality.tsv's "present" rows).
  std::vector<std::string> perfect_auxiliaries;
  // past_modal: a past modal verb ("mussten") that governs a passive infinitive closing its
  // clause ("ins Krankenhaus eingeliefert werden"): what it tells has happened, no future.
  std::vector<std::string> past_modals;
  // strong_participle: the ending of participles without the usual ones ("erschossen"), read
  // only before a perfect auxiliary, where an infinitive cannot stand.
  std::string strong_participle_suffix;

  // Dates.
  enum class NumericOrder { kDayMonth, kMonthDay } numeric_order = NumericOrder::kDayMonth;
  bool day_month = false;           // "25 October 2024", "25th of October": dates/en.cc.
  bool month_day = false;           // "October 25", "Oct. 25, 2024": dates/en.cc.
  bool ordinal_word_month = false;  // "am zweiten Mai": dates/de.cc.
  bool month_range_word = false;    // "Nov-Feb 2017": dates/en.cc.
  bool capitalised_months = false;  // A lower-case month name needs a cue ("in april").
  bool weekday_week_direct = false; // "Montag nächster Woche": no word between.

  // The rules of `table` (rows: rule name, then its values).
  static absl::StatusOr<Grammar> FromTable(const Table& table);
  static TableSchema Schema();
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_LANG_GRAMMAR_H_
