// Scores the date recognizer against Recognizers-Text's DateTime specification files (MIT
// licensed, another project's test suite) in ../shared/conformance when that folder exists;
// skips cleanly when it does not. Every case runs through crosscheck::Checker with the case's
// reference day as the document's publication date. In scope are the cases whose every result
// is a date or a date range, and the cases without results (a negative passes when no date
// claim is found). Times, datetimes, durations, sets, time zones and a few kinds of date a news
// checker does not need are counted by reason and left out of the rate.
//
// A case passes on value when the resolved date claims, as a set, are the wanted intervals (any
// of a result's readings, e.g. the past and the future one). The spec's range ends are
// exclusive; a range it gives by two end points ("vom 3. bis 12. September", "from March to
// May") ends where the last end point starts, while a news reader, and this project, include
// the last end point: both readings pass. A range open on one side ("seit Oktober", "bis März
// 2008") passes when the claim names the period that bounds it (claims have two ends; a
// deadline claim names the period it runs to). Results the spec leaves unresolved ("30/2")
// want no resolved claim. The span rate counts cases whose claim words equal the results'
// Text; claims carry their preposition ("am 2. Oktober") where the spec's Text mostly does not,
// so a second span rate drops one leading preposition. The asserted floor sits a few points
// under the value rate measured when it was set.
#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "crosscheck/checker.h"
#include "fmt/format.h"
#include "gtest/gtest.h"
#include "lib/data/embedded.h"
#include "lib/extract/tokens.h"
#include "lib/io/json.h"
#include "tests/extract/spec_json.h"

namespace crosscheck {
namespace {

using testing_spec::Str;

using internal::Fold;
using internal::JsonObject;
using internal::JsonValue;

const std::string kSpecs =
    std::string(CROSSCHECK_SHARED_DIR) + "/conformance/recognizers-text/Specs/DateTime";



const JsonObject* Obj(const JsonObject& o, std::string_view key) {
  auto it = o.find(key);
  return it != o.end() ? it->second.object() : nullptr;
}

const internal::JsonArray* Arr(const JsonObject& o, std::string_view key) {
  auto it = o.find(key);
  return it != o.end() ? it->second.array() : nullptr;
}

std::optional<absl::CivilDay> Day(std::string_view iso) {
  absl::CivilDay d;
  if (iso.size() < 10 || !absl::ParseCivilTime(std::string(iso.substr(0, 10)), &d))
    return std::nullopt;
  return d;
}

bool Has(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80; }

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  std::string w;
  for (char c : text) {
    if (IsAlpha(c) || IsDigit(c) || c == '\'') {
      w += c;
    } else if (!w.empty()) {
      out.push_back(std::move(w));
      w.clear();
    }
  }
  if (!w.empty()) out.push_back(std::move(w));
  return out;
}

bool HasWord(const std::vector<std::string>& words, std::initializer_list<std::string_view> any) {
  for (const std::string& w : words) {
    for (std::string_view a : any) {
      if (w == a) return true;
    }
  }
  return false;
}

bool HasWordPrefix(const std::vector<std::string>& words,
                   std::initializer_list<std::string_view> any) {
  for (const std::string& w : words) {
    for (std::string_view a : any) {
      if (w.rfind(a, 0) == 0) return true;
    }
  }
  return false;
}

const std::vector<std::string_view>& MonthWords() {
  static const auto* m = new std::vector<std::string_view>{
      "jan",  "january", "januar", "jänner",   "feb", "february", "februar",   "mar",     "march",
      "märz", "apr",     "april",  "may",      "mai", "jun",      "june",      "juni",    "jul",
      "july", "juli",    "aug",    "august",   "sep", "sept",     "september", "oct",     "october",
      "okt",  "oktober", "nov",    "november", "dec", "december", "dez",       "dezember"};
  return *m;
}

bool IsMonthWord(std::string_view w) {
  const auto& m = MonthWords();
  return std::find(m.begin(), m.end(), w) != m.end();
}

// A month name glued to digits ("oct/2", "dec-2018", "05-aug-2016", "23/sep", "dec31"); a
// range of months or days ("jan-feb", "nov 18-dec 19") is not.
bool MonthGluedToDigits(std::string_view text) {
  auto digit_at = [&](size_t at) { return at < text.size() && IsDigit(text[at]); };
  for (size_t i = 0; i < text.size();) {
    if (!IsAlpha(text[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && IsAlpha(text[j])) ++j;
    if (IsMonthWord(text.substr(i, j - i))) {
      const bool sep_after = j < text.size() && (text[j] == '/' || text[j] == '-');
      if (digit_at(j) || (sep_after && digit_at(j + 1))) return true;
      if (i >= 2 && IsDigit(text[i - 2]) && text[i - 1] == '/') return true;
      if (i >= 2 && IsDigit(text[i - 2]) && text[i - 1] == '-') {
        size_t k = i - 2;
        while (k > 0 && IsDigit(text[k - 1])) --k;
        if (sep_after || (k > 0 && (text[k - 1] == '-' || text[k - 1] == '/'))) return true;
      }
    }
    i = j;
  }
  return false;
}

// Whether `first` is directly followed by `second` among the words.
bool WordPair(const std::vector<std::string>& words, std::initializer_list<std::string_view> first,
              std::string_view second) {
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    if (words[i + 1] != second) continue;
    for (std::string_view f : first) {
      if (words[i] == f) return true;
    }
  }
  return false;
}

// Why a result's words are out of scope for a news checker, or "".
std::string OutOfScopeText(const std::string& text, const std::string& lang) {
  const std::vector<std::string> w = Words(text);
  // Holidays and named days: a calendar of feasts is not what a news checker tracks.
  if (HasWordPrefix(w, {"easter", "christmas", "halloween", "thanksgiving", "ostern", "weihnacht",
                        "pfingst", "karsamstag", "palmsonntag", "fastnacht", "allerheiligen",
                        "erntedank", "ewigkeitssonntag", "herbstanfang", "johannistag",
                        "barbaratag", "weltkindertag", "friedensfest", "eid"}) ||
      Has(text, "independence day") || Has(text, "labor day") || Has(text, "earth day") ||
      Has(text, "black friday") || Has(text, "new year") || Has(text, "saint patrick") ||
      Has(text, "workers' day") || Has(text, "drei könige") || Has(text, "peter und paul") ||
      Has(text, "tag der arbeit") || Has(text, "fourth of july") || Has(text, "4th of july")) {
    return "holidays";
  }
  if (HasWord(w, {"q1", "q2", "q3", "q4", "h1", "h2", "quarter", "quarters", "quartal", "fiscal",
                  "cy", "sy", "cy18", "sy18", "fy"}) ||
      Has(text, "school year") || Has(text, "calendar year") || Has(text, "-q") ||
      Has(text, "-h2")) {
    return "reporting periods (quarters, half-years, fiscal, school and calendar years)";
  }
  if (HasWord(w, {"century", "decade", "decades", "nineties", "jahrhundert", "jahrzehnt"}) ||
      (text.size() >= 2 && text.back() == 's' && IsDigit(text[text.size() - 2])) ||
      Has(text, "0 s")) {
    return "decades and centuries";
  }
  if (HasWord(w, {"otd", "eoy", "tmrw"})) return "chat abbreviations (otd, EOY, tmrw)";
  // Query language rather than prose: "> = 2019", "greater than 2015", "2012 or later".
  if (Has(text, ">") || Has(text, "<") || Has(text, "=") || Has(text, "greater") ||
      Has(text, "or later") || Has(text, "and later") || Has(text, "and after") ||
      Has(text, "later than") || text.rfind("before", 0) == 0 || text.rfind("after", 0) == 0 ||
      text.rfind("vor ", 0) == 0 || text.rfind("nach ", 0) == 0 || text.rfind("no later", 0) == 0 ||
      text.rfind("as late as", 0) == 0 || text.rfind("as early as", 0) == 0 ||
      text.rfind("more than", 0) == 0 || text.rfind("less than", 0) == 0) {
    return "open bounds (before 2010, after Feb, 2012 or later): a bound, not a date";
  }
  if (HasWord(
          w, {"earlier", "later", "früher", "später", "remaining", "around", "couple", "within"}) ||
      Has(text, "to date") || Has(text, "till date") || Has(text, "current date") ||
      Has(text, "rest of") || Has(text, " früh")) {
    return "fuzzy spans (earlier this month, later this year, to date, around the 21st)";
  }
  if (HasWordPrefix(w, {"arbeitswoche", "werktag", "workweek", "business"}) ||
      Has(text, "working week") || Has(text, "unter der woche")) {
    return "work weeks and business days";
  }
  if (WordPair(w, {"week", "weeks", "month", "months", "day", "days"}, "of") ||
      WordPair(w, {"woche"}, "im") || WordPair(w, {"woche"}, "des") || Has(text, "w/c") ||
      Has(text, "week beginning") || Has(text, "week starting") || Has(text, "week commencing") ||
      HasWordPrefix(w, {"kalenderwoche"})) {
    return "weeks, months and days counted within a period (week 31, the first week of 2015)";
  }
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    if ((w[i] == "week" || w[i] == "woche") && IsDigit(w[i + 1][0])) {
      return "weeks, months and days counted within a period (week 31, the first week of 2015)";
    }
  }
  // Anaphora: which year, week or day is meant is said elsewhere.
  for (std::string_view a :
       {"the year", "the month", "the week", "the day", "the fortnight", "das jahr", "dem jahr",
        "des jahres", "the day before", "the day after"}) {
    if (text == a) return "anaphoric references (the year, the same week, that weekend)";
  }
  if (text.rfind("same ", 0) == 0 || text.rfind("that ", 0) == 0) {
    return "anaphoric references (the year, the same week, that weekend)";
  }
  // Parts of a period: where "Ende Dezember" or "mid-2000" starts is a convention, and the
  // spec's (halves, months from the 16th) differs from the project's (thirds of a month).
  if (HasWord(w, {"early", "mid", "middle", "late", "anfang", "mitte", "ende", "end"}) ||
      WordPair(w, {"beginning", "start"}, "of")) {
    return "parts of a period (early, mid, late; Anfang, Mitte, Ende): conventional bounds";
  }
  // Counts of units: "in 3 Wochen" and "two days ago" stay in scope; spans of a count ("the
  // next 3 days", "the last 3 months") and offsets from another date ("3 days after January
  // 12th", "two weeks from tomorrow", "3 weeks later") do not.
  static const std::initializer_list<std::string_view> kUnits = {
      "day",    "days",      "week",   "weeks",   "month", "months", "year",
      "years",  "fortnight", "tag",    "tage",    "tagen", "tg",     "woche",
      "wochen", "monat",     "monate", "monaten", "jahr",  "jahre",  "jahren"};
  bool count_unit = false;
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    const bool unit = std::find(kUnits.begin(), kUnits.end(), w[i + 1]) != kUnits.end();
    const bool count =
        IsDigit(w[i][0]) ||
        HasWord({w[i]}, {"a", "one", "two", "three", "four", "five", "ten", "forty", "eleven",
                         "seven", "drei", "zwei", "beiden", "vier", "fünf"});
    if (unit && count) count_unit = true;
    if (i + 2 < w.size() &&
        (IsDigit(w[i][0]) || HasWord({w[i]}, {"two", "three", "five", "ten"})) &&
        HasWord({w[i + 1]},
                {"next", "last", "past", "previous", "upcoming", "coming", "following"}) &&
        std::find(kUnits.begin(), kUnits.end(), w[i + 2]) != kUnits.end()) {
      count_unit = true;  // "the 5 upcoming years", "the 3 next weeks".
    }
    if (HasWord({w[i]}, {"next", "last", "past", "previous", "upcoming", "coming", "following"}) &&
        i + 2 < w.size() && std::find(kUnits.begin(), kUnits.end(), w[i + 2]) != kUnits.end() &&
        (IsDigit(w[i + 1][0]) ||
         HasWord({w[i + 1]}, {"two", "three", "four", "five", "ten", "forty"}))) {
      count_unit = true;
    }
  }
  if (count_unit) {
    if (HasWord(w, {"after", "before", "from", "later", "since", "später", "nach", "starting"})) {
      return "offsets from another date (3 days after January 12th, two weeks from today)";
    }
    if (!HasWord(w, {"ago", "in"}) || HasWord(w, {"next", "last", "past", "previous", "upcoming",
                                                  "nächsten", "letzten", "for"})) {
      return "spans of a count of units (the next 3 days, the last 3 months)";
    }
  }
  if (HasWord(w, {"thousand", "hundred", "nineteen"})) {
    return "years in words (nineteen eighty six, two thousand and fifteen)";
  }
  if (MonthGluedToDigits(text) || Has(text, "~")) {
    return "numeric forms news text does not use (2020/23/Sep, Oct/2, 05-Aug-2016, dec31)";
  }
  {
    // Compact and spaced numeric dates, numeric year-months: "20161016", "2016 10 16",
    // "2015-12", "12-2015".
    size_t groups = 0, longest = 0, run = 0;
    bool only_digits_and_seps = true;
    for (size_t i = 0; i <= text.size(); ++i) {
      if (i < text.size() && IsDigit(text[i])) {
        ++run;
        continue;
      }
      if (run) ++groups;
      longest = std::max(longest, run);
      run = 0;
      if (i < text.size() && text[i] != '-' && text[i] != ' ') only_digits_and_seps = false;
    }
    if (longest >= 8 || (only_digits_and_seps && groups == 3 && Has(text, " ")) ||
        (only_digits_and_seps && groups == 2 && longest == 4 && Has(text, "-") &&
         text.size() <= 7)) {
      return "numeric forms news text does not use (20161016, 2016 10 16, 2015-12)";
    }
  }
  if (lang == "en") {
    // "on 5.12", "Friday 7.6": two-part dotted numbers read as decimals in English.
    for (size_t i = 1; i + 1 < text.size(); ++i) {
      if (text[i] == '.' && IsDigit(text[i - 1]) && IsDigit(text[i + 1])) {
        return "two-part dotted numbers in English (5.12 is a decimal)";
      }
    }
  }
  if (lang == "de") {
    // "der siebte vierte", "siebter 4.", "7. vierter": a month as an ordinal number.
    bool month_name = false;
    for (const std::string& x : w) month_name = month_name || IsMonthWord(x);
    if (!month_name &&
        HasWordPrefix(w, {"erste", "zweite", "dritte", "vierte", "fünfte", "sechste", "siebte",
                          "siebente", "achte", "neunte", "zehnte", "elfte", "zwölfte", "siebter",
                          "siebten", "zwölfter", "siebenundzwanzigsten"})) {
      return "months written as ordinals (der siebte vierte, siebter 4.)";
    }
  }
  return "";
}

// One acceptable reading of a result.
struct Want {
  enum Kind { kClosed, kFrom, kUntil } kind = kClosed;
  absl::CivilDay begin, end;              // Inclusive.
  std::optional<absl::CivilDay> end_alt;  // A news reader's end for two-end-point ranges.
};

struct Result {
  std::string text;
  std::vector<Want> readings;
  bool unresolved = false;  // The spec gives no value.
};

absl::CivilDay LastDayOfUnit(absl::CivilDay start, char unit) {
  switch (unit) {
    case 'W':
      return start + 6;
    case 'M':
      return absl::CivilDay(absl::CivilMonth(start) + 1) - 1;
    case 'Y':
      return absl::CivilDay(absl::CivilYear(start) + 1) - 1;
    default:
      return start;
  }
}

std::optional<Result> ReadResult(const JsonObject& o) {
  Result r;
  r.text = Fold(Str(o, "Text"));
  const JsonObject* res = Obj(o, "Resolution");
  const internal::JsonArray* values = res ? Arr(*res, "values") : nullptr;
  if (!values) return std::nullopt;
  for (const JsonValue& v : *values) {
    const JsonObject* x = v.object();
    if (!x) continue;
    const std::string value = Str(*x, "value"), start = Str(*x, "start"), end = Str(*x, "end");
    const std::string timex = Str(*x, "timex");
    Want w;
    if (!value.empty()) {
      if (value == "not resolved") continue;
      auto d = Day(value);
      if (!d) continue;
      w.begin = w.end = *d;
    } else {
      auto s = Day(start), e = Day(end);
      if (s && e) {
        w.begin = *s;
        w.end = *e - 1;
        if (!timex.empty() && timex[0] == '(' && timex.size() > 2) {
          const char unit = timex[timex.size() - 2];  // "(…,P9D)" -> 'D'.
          if (unit != 'D' || timex[timex.size() - 3] != 'B') w.end_alt = LastDayOfUnit(*e, unit);
        }
      } else if (s) {
        w.kind = Want::kFrom;
        w.begin = w.end = *s;
      } else if (e) {
        w.kind = Want::kUntil;
        w.begin = w.end = *e;
      } else {
        continue;
      }
    }
    r.readings.push_back(w);
  }
  r.unresolved = r.readings.empty();
  return r;
}

bool Accepts(const Want& w, const DateRange& got) {
  switch (w.kind) {
    case Want::kClosed:
      return got.begin == w.begin && (got.end == w.end || (w.end_alt && got.end == *w.end_alt));
    case Want::kFrom:
      return got.begin == w.begin;
    case Want::kUntil:  // The exclusive end is where the bounding period starts.
      return got.begin == w.begin || got.end + 1 == w.begin;
  }
  return false;
}

// Whether every item of `left` pairs with a distinct item of `right` under `ok`, and the
// sizes agree (small sets: plain backtracking).
bool PerfectMatch(size_t left, size_t right, const std::function<bool(size_t, size_t)>& ok) {
  if (left != right) return false;
  std::vector<bool> used(right, false);
  std::function<bool(size_t)> go = [&](size_t i) {
    if (i == left) return true;
    for (size_t j = 0; j < right; ++j) {
      if (used[j] || !ok(i, j)) continue;
      used[j] = true;
      if (go(i + 1)) return true;
      used[j] = false;
    }
    return false;
  };
  return go(0);
}

struct Score {
  int in_scope = 0, value = 0, span = 0, span_loose = 0;
  std::map<std::string, int> out_of_scope;
  std::vector<std::string> failures;
};

void Report(const std::string& name, const Score& s) {
  auto pct = [&](int n) { return s.in_scope ? 100.0 * n / s.in_scope : 0.0; };
  std::printf(
      "conformance %s: %d of %d in-scope cases pass on value (%.1f%%), %d on span "
      "(%.1f%%), %d on span without the claim's leading preposition (%.1f%%)",
      name.c_str(), s.value, s.in_scope, pct(s.value), s.span, pct(s.span), s.span_loose,
      pct(s.span_loose));
  for (const auto& [why, n] : s.out_of_scope) std::printf("; %d out of scope: %s", n, why.c_str());
  std::printf("\n");
  // CROSSCHECK_CONFORMANCE_ALL=1 prints every failure, not only the first 40.
  const size_t shown = std::getenv("CROSSCHECK_CONFORMANCE_ALL") ? s.failures.size() : 40;
  for (size_t i = 0; i < s.failures.size() && i < shown; ++i) {
    std::printf("  fails: %s\n", s.failures[i].c_str());
  }
}

std::string TypeReason(std::string type) {
  if (type.rfind("datetimeV2.", 0) == 0) type = type.substr(11);
  if (type == "date" || type == "daterange") return "";
  if (type == "time" || type == "timerange") return "times";
  if (type == "datetime" || type == "datetimerange") return "datetimes";
  if (type == "duration") return "durations";
  if (type == "set") return "sets";
  if (type == "timezone") return "time zones";
  return "other types";
}

std::string ShowDay(absl::CivilDay d) { return absl::FormatCivilTime(d); }

std::string ShowWant(const std::vector<Result>& want) {
  std::string out;
  for (const Result& r : want) {
    out += "[" + r.text + " = ";
    if (r.unresolved) out += "not resolved";
    for (size_t i = 0; i < r.readings.size(); ++i) {
      const Want& w = r.readings[i];
      if (i) out += " | ";
      if (w.kind == Want::kFrom)
        out += ShowDay(w.begin) + "..";
      else if (w.kind == Want::kUntil)
        out += "..(" + ShowDay(w.begin) + ")";
      else
        out += ShowDay(w.begin) + ".." + ShowDay(w.end);
      if (w.end_alt) out += " or .." + ShowDay(*w.end_alt);
    }
    out += "] ";
  }
  return out;
}

// Drops one leading preposition or article of a claim's words ("am 2. oktober" -> "2. oktober").
std::string WithoutPreposition(const std::string& words) {
  static const std::vector<std::string_view> kLead = {
      "am ",  "an ", "im ",    "in ",    "on ",   "vom ", "von ", "ab ",  "seit ", "bis ",
      "zum ", "by ", "until ", "since ", "from ", "of ",  "dem ", "den ", "der ",  "the "};
  for (std::string_view p : kLead) {
    if (words.rfind(p, 0) == 0) return words.substr(p.size());
  }
  return words;
}

Score RunSpec(const std::string& file, const std::string& lang) {
  Score score;
  std::optional<JsonValue> spec = testing_spec::LoadSpec(file);
  if (!spec || !spec->array()) return score;
  absl::StatusOr<Checker> checker = Checker::Create();
  if (!checker.ok()) {
    ADD_FAILURE() << checker.status();
    return score;
  }
  for (const JsonValue& item : *spec->array()) {
    const JsonObject* c = item.object();
    if (!c) continue;
    const std::string input = Str(*c, "Input");
    const internal::JsonArray* results = Arr(*c, "Results");
    std::string why;
    if (Str(*c, "NotSupported").find("dotnet") != std::string::npos) why = "fails in the reference";
    if (why.empty() && !results) why = "malformed";
    std::vector<Result> want;
    if (why.empty()) {
      for (const JsonValue& r : *results) {
        const JsonObject* o = r.object();
        if (!o) {
          why = "malformed";
          break;
        }
        std::string type = Str(*o, "TypeName");
        if (type.empty()) type = Str(*o, "Typename");
        why = TypeReason(type);
        if (!why.empty()) break;
      }
    }
    if (why.empty()) {
      for (const JsonValue& r : *results) {
        std::optional<Result> res = ReadResult(*r.object());
        if (!res) {
          why = "malformed";
          break;
        }
        why = OutOfScopeText(res->text, lang);
        if (!why.empty()) break;
        want.push_back(std::move(*res));
      }
    }
    const JsonObject* context = Obj(*c, "Context");
    const std::optional<absl::CivilDay> reference =
        context ? Day(Str(*context, "ReferenceDateTime")) : std::nullopt;
    if (why.empty() && !reference) why = "no reference date";
    if (!why.empty()) {
      ++score.out_of_scope[why];
      // CROSSCHECK_CONFORMANCE_SCOPE=1 lists what each reason leaves out.
      if (std::getenv("CROSSCHECK_CONFORMANCE_SCOPE")) {
        std::printf("  out of scope (%s): %s\n", why.c_str(), input.c_str());
      }
      continue;
    }
    ++score.in_scope;
    Document doc;
    doc.id = "case";
    doc.lang = lang;
    doc.text = input;
    doc.published = *reference;
    absl::StatusOr<DocumentResult> got = checker->Extract(doc);
    if (!got.ok()) {
      score.failures.push_back(fmt::format("\"{}\": {}", input, got.status().ToString()));
      continue;
    }
    std::vector<const Claim*> dates, resolved;
    for (const Claim& claim : got->claims) {
      if (claim.kind != ClaimKind::kDate) continue;
      dates.push_back(&claim);
      if (claim.date().range) resolved.push_back(&claim);
    }
    std::vector<const Result*> valued;
    for (const Result& r : want) {
      if (!r.unresolved) valued.push_back(&r);
    }
    const bool value_ok =
        want.empty() ? dates.empty()
                     : PerfectMatch(valued.size(), resolved.size(), [&](size_t i, size_t j) {
                         for (const Want& w : valued[i]->readings) {
                           if (Accepts(w, *resolved[j]->date().range)) return true;
                         }
                         return false;
                       });
    std::vector<std::string> words;
    for (const Claim* d : dates) words.push_back(Fold(d->span.Of(input)));
    const bool span_ok = PerfectMatch(want.size(), words.size(),
                                      [&](size_t i, size_t j) { return want[i].text == words[j]; });
    const bool span_loose_ok = PerfectMatch(want.size(), words.size(), [&](size_t i, size_t j) {
      return want[i].text == words[j] || want[i].text == WithoutPreposition(words[j]);
    });
    if (!span_loose_ok && std::getenv("CROSSCHECK_CONFORMANCE_SPANS")) {
      std::string shown;
      for (const std::string& w : words) shown += "[" + w + "] ";
      std::printf("  span differs: \"%s\": want %sgot %s\n", input.c_str(), ShowWant(want).c_str(),
                  shown.c_str());
    }
    score.value += value_ok;
    score.span += span_ok;
    score.span_loose += span_loose_ok;
    if (!value_ok) {
      std::string shown;
      for (const Claim* d : dates) {
        shown += "[" + std::string(d->span.Of(input)) + " = " +
                 (d->date().range ? ShowDay(d->date().range->begin) + ".." +
                                        ShowDay(d->date().range->end)
                                  : "unresolved: " + d->date().unresolved) +
                 "] ";
      }
      score.failures.push_back(fmt::format("\"{}\" ({}): want {}got {}", input, ShowDay(*reference),
                                           ShowWant(want), shown));
    }
  }
  return score;
}

class ConformanceDate : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::ifstream(kSpecs + "/English/DateTimeModel.json") ||
        !std::ifstream(kSpecs + "/German/DateTimeModel.json")) {
      GTEST_SKIP() << "no DateTime conformance specs at " << kSpecs;
    }
  }
};

TEST_F(ConformanceDate, DateTimeModelGerman) {
  Score s = RunSpec(kSpecs + "/German/DateTimeModel.json", "de");
  Report("DateTime/German/DateTimeModel", s);
  EXPECT_GT(s.in_scope, 0);
  EXPECT_GE(s.value * 100, s.in_scope * 82) << "value pass rate fell below the floor";
}

TEST_F(ConformanceDate, DateTimeModelEnglish) {
  Score s = RunSpec(kSpecs + "/English/DateTimeModel.json", "en");
  Report("DateTime/English/DateTimeModel", s);
  EXPECT_GT(s.in_scope, 0);
  EXPECT_GE(s.value * 100, s.in_scope * 80) << "value pass rate fell below the floor";
}

}  // namespace
}  // namespace crosscheck
