// The words dates are written with (lib/extract/dates/): months, weekdays, relative days,
// the events a date belongs to, and the small words of date grammar (date_words.tsv).
#ifndef CROSSCHECK_LIB_LANG_DATE_WORDS_H_
#define CROSSCHECK_LIB_LANG_DATE_WORDS_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "lib/base/hashed_map.h"
#include "lib/extract/phrase_table.h"
#include "lib/lang/role_table.h"

namespace crosscheck::internal {

class LanguageFolder;
struct TableSchema;

// The schemas of months.tsv and weekdays.tsv, which speaker search reads too.
const TableSchema& MonthsSchema();
const TableSchema& WeekdaysSchema();

// Roles of date_words.tsv (the language's and common/date_words.tsv, whose header says what
// each means).
enum DateRole : int {
  kAgo, kCountBack, kCountAhead, kYearPrep, kYearList, kRangeFrom, kDateRangeTo, kDateAnd,
  kRangeToArticle, kDateBetween, kPercent, kShortDatePrep, kSlashDatePrep, kFractionOf,
  kLowercaseWord, kFullMonth, kShortWeekday, kOrdinal, kOrdinalTens, kOrdinalStem,
  kOrdinalEnding, kOrdinalSuffix, kDateOf, kArticle, kWeekWeekdayPrep, kPeriodOf, kAfterNext,
  kWeekendPrep, kWeekendArticle, kMonthPart, kLowercaseMonthPrep, kMonthPrep, kWeekdayArticle,
  kPrepLeft, kDeadline, kYearLink, kNight, kNightInto, kMonthArticle, kMonthNoun, kDateRoles
};

struct DateWords {
  PhraseTable months, weekdays, relative_days, events;
  RoleTable roles;
  // The words a date can start with, so that the parser runs only at them and at numbers.
  HashedMap<bool> start_words;
  bool any_start = false;  // The tables have stems: every word may start a date.
  std::vector<std::string> ordinal_endings;  // The forms of role ordinal_ending.
  // Whether a word of four bytes or more may end with a first word of `events`: no compound
  // whose last four bytes end none has an event as its head (IncidentHead asked the table for
  // every ending). Always true where the table has stems.
  bool MayEndInEvent(std::string_view word) const {
    if (event_tails.empty()) return true;
    const uint32_t b = TailBit(word);
    return (event_tails[b >> 6] >> (b & 63)) & 1;
  }

  DateWords();
  absl::Status Load(const LanguageFolder& folder);

 private:
  // One of 4,096 bits by the last four bytes of `w`, which has at least four.
  static constexpr int kTailShift = 20;
  static uint32_t TailBit(std::string_view w) {
    uint32_t q;
    std::memcpy(&q, w.data() + w.size() - 4, 4);
    return (q * 0x9E3779B1u) >> kTailShift;
  }
  std::vector<uint64_t> event_tails;  // A bit per TailBit of the events' first words.
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_LANG_DATE_WORDS_H_
