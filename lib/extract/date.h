// Dates and date ranges (issue 3): "am 25. Oktober", "27.-28. Oktober", "25.10.2024", "22.04.",
// "Oct. 25, 2024", "Oct. 27-28", "July 1st", "10/1/2018", "2024-10-25", "im Dezember",
// "bis Dezember", "Anfang November", "mid-November", "im Jahr 2012", "seit 2014", ranges
// ("zwischen dem 3. und dem 12. September", "vom 12. Januar bis zum 22.01.2016", "from March
// to May", "2014-2018"), "am Mittwoch", "am Dienstag, dem 5. November", "nächsten Donnerstag",
// "am Montag vergangener Woche", "gestern", "vor drei Tagen", "last week", "nächstes Jahr",
// "im Juli letzten Jahres", "am Wochenende"; resolved against the publication date, else
// against the first full date the article itself gives, else left unresolved with the reason.
// The words come from lib/data/<lang>/months.tsv, weekdays.tsv and relative_days.tsv.
#ifndef CROSSCHECK_LIB_EXTRACT_DATE_H_
#define CROSSCHECK_LIB_EXTRACT_DATE_H_

#include "crosscheck/options.h"
#include "lib/extract/context.h"
#include "lib/extract/lexicon.h"
#include "lib/base/hashed_map.h"

namespace crosscheck::internal {

class DateRecognizer {
 public:
  explicit DateRecognizer(const ExtractOptions& options);
  // Appends date claims to ctx.claims. Deadlines ("bis Dezember", "by December") get event
  // "deadline" and no key: they are time frames for other claims, not events. Thread-safe.
  void Run(DocContext& ctx) const;

 private:
  // Words a date can start with, so that the parser runs only at them and at numbers.
  struct StartWords {
    HashedMap<bool> words;
    bool any = false;  // The tables have stems: every word may start a date.
    bool german = false;  // German ordinal words ("am zweiten Mai") precede a month.
    uint64_t ago_hash = HashString("ago");
    static StartWords Of(const Lexicon& lex);
  };
  bool MayStartDate(const std::vector<Token>& t, size_t i, const StartWords& starts) const;

  const ExtractOptions& options_;
  Lexicon de_, en_;
  StartWords de_starts_, en_starts_;
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_DATE_H_
