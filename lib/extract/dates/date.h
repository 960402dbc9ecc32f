// Dates and date ranges (issue 3): "am 25. Oktober", "27.-28. Oktober", "25.10.2024", "22.04.",
// "Oct. 25, 2024", "Oct. 27-28", "July 1st", "10/1/2018", "2024-10-25", "im Dezember",
// "bis Dezember", "Anfang November", "mid-November", "im Jahr 2012", "seit 2014", ranges
// ("zwischen dem 3. und dem 12. September", "vom 12. Januar bis zum 22.01.2016", "from March
// to May", "2014-2018"), "am Mittwoch", "am Dienstag, dem 5. November", "nächsten Donnerstag",
// "am Montag vergangener Woche", "gestern", "vor drei Tagen", "last week", "nächstes Jahr",
// "im Juli letzten Jahres", "am Wochenende"; resolved against the publication date, else
// against the first full date the article itself gives, else left unresolved with the reason.
// The words come from the language pack (months.tsv, weekdays.tsv, relative_days.tsv,
// date_words.tsv), the rules it follows from its grammar.tsv.
#ifndef CROSSCHECK_LIB_EXTRACT_DATES_DATE_H_
#define CROSSCHECK_LIB_EXTRACT_DATES_DATE_H_

#include "lib/extract/context.h"

namespace crosscheck::internal {

class DateRecognizer {
 public:
  // Appends date claims to ctx.claims, read with ctx.pack. Deadlines ("bis Dezember", "by
  // December") get event "deadline" and no key: they are time frames for other claims, not
  // events. Thread-safe.
  void Run(DocContext& ctx) const;
  // After the quantities, figures of an incident: its clock times ("um 18:10 Uhr", see
  // clock.h), and a duration with no subject ("in nur vier Minuten") near an incident word
  // becomes the incident's ("theft/duration"), so that durations of one event compare.
  void EventFigures(DocContext& ctx) const;
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_DATES_DATE_H_
