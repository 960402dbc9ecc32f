// Days whose year the text leaves open: "am 25. Oktober" in an article with no publication
// date keeps its month and day with year kUnknownYear (a leap year, so "29. Februar" exists),
// written "--10-25" as ISO 8601 writes a day without its year.
#ifndef CROSSCHECK_LIB_BASE_DAYS_H_
#define CROSSCHECK_LIB_BASE_DAYS_H_

#include <cstdio>
#include <string>

#include "absl/time/civil_time.h"

namespace crosscheck::internal {

inline constexpr int kUnknownYear = 0;

inline bool YearKnown(absl::CivilDay d) { return d.year() != kUnknownYear; }

// "2024-10-25", or "--10-25" for a day of unknown year.
inline std::string FormatDay(absl::CivilDay d) {
  if (YearKnown(d)) return absl::FormatCivilTime(d);
  char s[16];
  std::snprintf(s, sizeof s, "--%02d-%02d", d.month(), d.day());
  return s;
}

// Reads what FormatDay writes.
inline bool ParseDay(const std::string& s, absl::CivilDay* d) {
  if (s.size() == 7 && s.compare(0, 2, "--") == 0) {
    int month = 0, day = 0;
    if (std::sscanf(s.c_str(), "--%2d-%2d", &month, &day) != 2) return false;
    *d = absl::CivilDay(kUnknownYear, month, day);
    return d->month() == month && d->day() == day;
  }
  return absl::ParseCivilTime(s, d);
}

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_BASE_DAYS_H_
