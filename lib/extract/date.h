// Dates and date ranges (issue 3): "am 25. Oktober", "27.-28. Oktober", "25.10.2024",
// "Oct. 25, 2024", "Oct. 27-28", "im Dezember", "bis Dezember", "Anfang November",
// "am Mittwoch", "gestern", "last week"; resolved against the publication date, else against
// the first full date the article itself gives, else left unresolved with the reason.
#ifndef CROSSCHECK_LIB_EXTRACT_DATE_H_
#define CROSSCHECK_LIB_EXTRACT_DATE_H_

#include "crosscheck/options.h"
#include "lib/extract/context.h"
#include "lib/extract/lexicon.h"

namespace crosscheck::internal {

class DateRecognizer {
 public:
  explicit DateRecognizer(const ExtractOptions& options);
  // Appends date claims to ctx.claims. Deadlines ("bis Dezember", "by December") get event
  // "deadline" and no key: they are time frames for other claims, not events. Thread-safe.
  void Run(DocContext& ctx) const;

 private:
  const ExtractOptions& options_;
  Lexicon de_, en_;
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_DATE_H_
