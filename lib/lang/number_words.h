// The words numbers and money are written with (lib/extract/numbers/, lib/extract/money/):
// number words, scale words, hedges, vague plurals, the words that shape a number
// (numeral_words.tsv) and currencies.
#ifndef CROSSCHECK_LIB_LANG_NUMBER_WORDS_H_
#define CROSSCHECK_LIB_LANG_NUMBER_WORDS_H_

#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "lib/base/hash_filter.h"
#include "lib/base/string_map.h"
#include "lib/extract/phrase_table.h"
#include "lib/lang/grammar.h"
#include "lib/lang/role_table.h"
#include "lib/lang/table.h"

namespace crosscheck::internal {

class LanguageFolder;

// Roles of numeral_words.tsv (the language's and common/numeral_words.tsv). The tables'
// headers say what each means.
enum NumeralRole : int {
  kDecimal, kMinus, kFraction, kSeveral, kUnit, kPlural, kRatio, kVulgar, kChange, kYearCue,
  kAfter, kDeterminer, kHalf, kHalfA, kIndefinite, kAndAHalf, kAnd, kHundred, kThousand, kDozen,
  kArticleOne, kPronounOne, kOneDeterminer, kCompoundAnd, kHalfSuffix, kPlacePrep,
  kNotCountAfter, kTimeLetter, kRangeTo, kBetween, kDollarPrefix, kCurrencyVerb, kWeight,
  kWeightOf, kOf, kVagueVon, kScore, kScoreVerb, kCountCue, kBearing, kChargeIn, kSuperlative,
  kBearingFrom, kNumeralRoles
};

struct NumberWords {
  StringMap<double> words;  // numbers.tsv: "zwölf" -> 12.
  // The two-byte beginnings of the number words (also as spelled out, "fuenf"): a word of two
  // bytes or more beginning otherwise cannot be a number word or compound, and most words
  // are rejected with one bit test instead of hash lookups and compound splitting.
  LeadingBytes starts;
  PhraseTable scales;  // Multiplier, and when the form counts ("glued": only written on).
  PhraseTable hedges, vague;
  RoleTable roles;
  StringSet labels;  // Nouns after which a number is a label ("Artikel 4").
  // The forms of the roles number compounds are made of ("hundert", "tausend", "und",
  // "einhalb"), for the compound rules (lib/extract/numbers/de.cc, en.cc).
  std::string hundred, thousand, compound_and, half_suffix;
  // The last two bytes (reversed) of the number words and of hundred, thousand and
  // half_suffix: every compound the rules read ends as one of these does.
  LeadingBytes ends;

  NumberWords();
  absl::Status Load(const LanguageFolder& folder, const Grammar& grammar);

  // False when `folded` is certainly no number word or compound: one bit test.
  bool MayBeNumberWord(std::string_view folded) const {
    return folded.size() < 2 || starts.MayLead(folded);
  }
  // False when `folded` certainly ends no number word or compound: one bit test.
  bool MayEndNumberWord(std::string_view folded) const {
    if (folded.size() < 2) return true;
    const char last[2] = {folded.back(), folded[folded.size() - 2]};
    return ends.MayLead(std::string_view(last, 2));
  }
};

struct MoneyWords {
  PhraseTable currencies;  // ISO 4217 code, and the multiplier a form carries ("musd").
  PhraseTable purposes;    // What an amount is for: the money claim's measure.
  absl::Status Load(const LanguageFolder& folder);
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_LANG_NUMBER_WORDS_H_
