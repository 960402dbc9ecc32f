#include "lib/extract/date.h"

#include <charconv>
#include <optional>

#include "fmt/format.h"
#include "lib/extract/attribution.h"

namespace crosscheck::internal {
namespace {

bool Is(const Token& t, std::string_view s) { return t.folded == s; }

std::optional<int> SmallInt(const Token& t, int lo, int hi) {
  if (t.kind != TokenKind::kNumber) return std::nullopt;
  int v = 0;
  auto [p, ec] = std::from_chars(t.folded.data(), t.folded.data() + t.folded.size(), v);
  if (ec != std::errc() || p != t.folded.data() + t.folded.size() || v < lo || v > hi) {
    return std::nullopt;
  }
  return v;
}

int FieldInt(const std::vector<std::string>* fields) {
  int v = 0;
  std::from_chars(fields->at(0).data(), fields->at(0).data() + fields->at(0).size(), v);
  return v;
}

// A date as written: a day range within a month, a whole month, a weekday or a day offset.
struct RawDate {
  size_t first = 0, last = 0;  // Tokens.
  int year = 0;                // 0: not written.
  int month = 0;               // 0: none (weekday or relative).
  int day_from = 0, day_to = 0;  // 0: the whole month (or part of it, see `part`).
  int part = 0;                // 1 early, 2 mid, 3 late in the month.
  int weekday = 0;             // 1..7.
  std::optional<int> offset;   // Days from the anchor ("gestern").
  bool last_week = false;
};

// Month at tokens[i] (with an abbreviation's dot), returning the month and next index.
std::optional<std::pair<int, size_t>> MonthAt(const std::vector<Token>& t, size_t i,
                                              const Lexicon& lex) {
  if (i >= t.size() || t[i].kind != TokenKind::kWord) return std::nullopt;
  // "Mai"/"May" and "März"/"March" are month names, but "may"/"march" are also verbs.
  if (lex.lang == "en" && !t[i].upper) return std::nullopt;
  PhraseMatch m = lex.months.Match(t, i);
  if (m.length == 0) return std::nullopt;
  size_t next = i + m.length;
  if (next < t.size() && Is(t[next], ".") && !t[next].space_before && t[i].folded.size() <= 4) ++next;
  return std::pair{FieldInt(m.fields), next};
}

std::optional<int> YearAt(const std::vector<Token>& t, size_t i) {
  if (i >= t.size()) return std::nullopt;
  return SmallInt(t[i], 1900, 2100);
}

// Parses a date expression starting at token i; the caller tries every position.
std::optional<RawDate> ParseAt(const std::vector<Token>& t, size_t i, const Lexicon& lex) {
  RawDate r;
  r.first = i;
  const bool de = lex.lang == "de";
  if (t[i].kind == TokenKind::kNumber) {
    // "25.10.2024" (one number token with two dots).
    const std::string& s = t[i].folded;
    if (std::count(s.begin(), s.end(), '.') == 2) {
      int d = 0, m = 0, y = 0;
      if (std::sscanf(s.c_str(), "%d.%d.%d", &d, &m, &y) == 3 && d >= 1 && d <= 31 && m >= 1 &&
          m <= 12 && (y >= 1900 || (y >= 0 && y < 100))) {
        r.day_from = r.day_to = d;
        r.month = m;
        r.year = y < 100 ? 2000 + y : y;
        r.last = i + 1;
        return r;
      }
    }
    if (de) {
      // "25. Oktober", "27.-28. Oktober", "27. bis 28. Oktober 2024".
      auto d1 = SmallInt(t[i], 1, 31);
      if (!d1 || i + 1 >= t.size() || !Is(t[i + 1], ".")) return std::nullopt;
      size_t k = i + 2;
      int d2 = *d1;
      if (k + 2 < t.size() && (Is(t[k], "-") || Is(t[k], "\xE2\x80\x93") || Is(t[k], "bis"))) {
        if (auto v = SmallInt(t[k + 1], 1, 31); v && Is(t[k + 2], ".") && *v >= *d1) {
          d2 = *v;
          k += 3;
        }
      }
      auto m = MonthAt(t, k, lex);
      if (!m) return std::nullopt;
      r.day_from = *d1;
      r.day_to = d2;
      r.month = m->first;
      r.last = m->second;
      if (auto y = YearAt(t, r.last)) {
        r.year = *y;
        ++r.last;
      }
      return r;
    }
    // "25 October 2024".
    auto d1 = SmallInt(t[i], 1, 31);
    if (!d1) return std::nullopt;
    auto m = MonthAt(t, i + 1, lex);
    if (!m) return std::nullopt;
    r.day_from = r.day_to = *d1;
    r.month = m->first;
    r.last = m->second;
    if (auto y = YearAt(t, r.last)) {
      r.year = *y;
      ++r.last;
    }
    return r;
  }
  if (t[i].kind != TokenKind::kWord) return std::nullopt;
  if (PhraseMatch w = lex.weekdays.Match(t, i); w.length > 0) {
    r.weekday = FieldInt(w.fields);
    r.last = i + w.length;
    return r;
  }
  if (PhraseMatch rel = lex.relative_days.Match(t, i); rel.length > 0) {
    if (de && t[i].upper && i > 0) return std::nullopt;  // "Morgen" is also "morning".
    r.offset = FieldInt(rel.fields);
    r.last = i + rel.length;
    return r;
  }
  if (i + 1 < t.size() &&
      (Is(t[i], "letzte") || Is(t[i], "letzten") || Is(t[i], "vergangene") ||
       Is(t[i], "vergangenen") || Is(t[i], "last")) &&
      (Is(t[i + 1], "woche") || Is(t[i + 1], "week"))) {
    r.last_week = true;
    r.last = i + 2;
    return r;
  }
  // Part of a month: "Anfang November", "early November".
  size_t k = i;
  if (Is(t[i], "anfang") || Is(t[i], "early")) r.part = 1;
  if (Is(t[i], "mitte") || Is(t[i], "mid")) r.part = 2;
  if (Is(t[i], "ende") || Is(t[i], "late")) r.part = 3;
  if (r.part) ++k;
  if (k < t.size() && Is(t[k], "-") && r.part) ++k;  // "mid-November"
  auto m = MonthAt(t, k, lex);
  if (!m) return std::nullopt;
  r.month = m->first;
  r.last = m->second;
  if (!de && !r.part) {
    // "October 25", "Oct. 25, 2024", "Oct. 27-28".
    if (auto d1 = r.last < t.size() ? SmallInt(t[r.last], 1, 31) : std::nullopt) {
      r.day_from = r.day_to = *d1;
      ++r.last;
      if (r.last + 1 < t.size() && (Is(t[r.last], "-") || Is(t[r.last], "\xE2\x80\x93"))) {
        if (auto d2 = SmallInt(t[r.last + 1], 1, 31); d2 && *d2 >= *d1) {
          r.day_to = *d2;
          r.last += 2;
        }
      }
      if (r.last + 1 < t.size() && Is(t[r.last], ",")) {
        if (auto y = YearAt(t, r.last + 1)) {
          r.year = *y;
          r.last += 2;
        }
      }
      return r;
    }
  }
  if (auto y = YearAt(t, r.last)) {
    r.year = *y;
    ++r.last;
  }
  if (r.part == 0 && r.year == 0) {
    // A bare month name needs a preposition to be a date: "im Dezember", "by December".
    if (i == 0) return std::nullopt;
    const std::string& p = t[i - 1].folded;
    if (p != "im" && p != "bis" && p != "seit" && p != "ab" && p != "in" && p != "by" &&
        p != "until" && p != "since" && p != "from" && p != "of" && p != "zum") {
      return std::nullopt;
    }
  }
  return r;
}

absl::CivilDay LastDayOfMonth(int year, int month) {
  return absl::CivilDay(absl::CivilMonth(year, month) + 1) - 1;
}

// Resolves `r` against `anchor`; nullopt when it needs an anchor and there is none.
std::optional<DateRange> Resolve(const RawDate& r, std::optional<absl::CivilDay> anchor,
                                 bool deadline) {
  if (r.offset || r.weekday || r.last_week) {
    if (!anchor) return std::nullopt;
    if (r.offset) return DateRange{*anchor + *r.offset, *anchor + *r.offset};
    if (r.last_week) {
      const int wd = static_cast<int>(absl::GetWeekday(*anchor));  // Monday = 0
      const absl::CivilDay monday = *anchor - wd - 7;
      return DateRange{monday, monday + 6};
    }
    // The most recent such weekday, on or before the anchor (news reports the past).
    absl::CivilDay d = *anchor;
    for (int k = 0; k < 7 && static_cast<int>(absl::GetWeekday(d)) + 1 != r.weekday; ++k) d -= 1;
    return DateRange{d, d};
  }
  int year = r.year;
  if (year == 0) {
    if (!anchor) return std::nullopt;
    year = static_cast<int>(anchor->year());
    const int diff = r.month - anchor->month();
    if (deadline && diff < -1) ++year;       // "bis Februar" written in November.
    if (!deadline && diff > 3) --year;       // "im Dezember" written in February.
  }
  if (r.day_from > 0) {
    absl::CivilDay b(year, r.month, r.day_from), e(year, r.month, r.day_to);
    if (b.month() != r.month || e.month() != r.month) return std::nullopt;  // "31. Februar"
    return DateRange{b, e};
  }
  absl::CivilDay first(year, r.month, 1);
  absl::CivilDay last = LastDayOfMonth(year, r.month);
  if (r.part == 1) return DateRange{first, first + 9};
  if (r.part == 2) return DateRange{first + 10, first + 19};
  if (r.part == 3) return DateRange{first + 20, last};
  return DateRange{first, last};
}

// Prepositions that belong to the date's words in the evidence ("am 25. Oktober").
size_t ExtendLeft(const std::vector<Token>& t, size_t first, bool* deadline) {
  static const auto* preps = new StringSet{"am", "vom", "ab", "seit", "bis", "im", "zum", "on",
                                           "by", "until", "since", "from", "in", "dem", "of"};
  size_t k = first;
  while (k > 0 && k + 2 > first && preps->contains(t[k - 1].folded)) --k;
  for (size_t j = k; j < first; ++j) {
    if (Is(t[j], "bis") || Is(t[j], "by") || Is(t[j], "until")) *deadline = true;
  }
  return k;
}

}  // namespace

DateRecognizer::DateRecognizer(const ExtractOptions& options)
    : options_(options), de_(Lexicon::Build("de", options)), en_(Lexicon::Build("en", options)) {}

void DateRecognizer::Run(DocContext& ctx) const {
  const Lexicon& lex = ctx.lang == "en" ? en_ : de_;
  struct Found {
    size_t sentence;
    RawDate raw;
  };
  std::vector<Found> found;
  std::optional<absl::CivilDay> article_date;  // The first full date the article gives.
  for (size_t s = 0; s < ctx.sentences.size(); ++s) {
    const std::vector<Token>& t = ctx.sentences[s].tokens;
    for (size_t i = 0; i < t.size(); ++i) {
      std::optional<RawDate> r = ParseAt(t, i, lex);
      if (!r) continue;
      if (!article_date && r->year && r->day_from) {
        article_date = absl::CivilDay(r->year, r->month, r->day_from);
      }
      found.push_back({s, *r});
      i = r->last - 1;
    }
  }
  const std::optional<absl::CivilDay> anchor = ctx.published ? ctx.published : article_date;
  SentenceFacts facts;
  size_t facts_sentence = SIZE_MAX;
  for (const Found& f : found) {
    const SentenceTokens& st = ctx.sentences[f.sentence];
    const std::vector<Token>& t = st.tokens;
    bool deadline = false;
    const size_t first = ExtendLeft(t, f.raw.first, &deadline);
    Claim c;
    c.kind = ClaimKind::kDate;
    c.span = {t[first].span.begin, t[f.raw.last - 1].span.end};
    c.sentence = st.sentence.span;
    c.paragraph = st.sentence.paragraph;
    c.confidence = 0.9;
    c.date = Resolve(f.raw, anchor, deadline);
    if (!c.date) {
      c.unresolved = f.raw.year == 0 && f.raw.month != 0
                         ? "no year: the article has no publication date and names no full date"
                         : "relative date: the article has no publication date";
    }
    if (deadline) {
      c.event = "deadline";
    } else {
      // The nearest event word in the sentence names what the date is about.
      constexpr size_t kWindow = 25;
      size_t best = SIZE_MAX;
      const size_t lo = f.raw.first > kWindow ? f.raw.first - kWindow : 0;
      for (size_t i = lo; i < std::min(t.size(), f.raw.last + kWindow); ++i) {
        PhraseMatch m = lex.events.Match(t, i);
        if (m.length == 0) continue;
        const size_t d = i < f.raw.first ? f.raw.first - i : i - f.raw.first;
        if (d < best) {
          best = d;
          c.event = m.fields->at(0);
        }
      }
      if (!c.event.empty()) {
        if (facts_sentence != f.sentence) {  // Once per sentence, however many dates it has.
          facts = AnalyzeSentence(ctx.text, t, lex);
          facts_sentence = f.sentence;
        }
        c.subject = SubjectOf(facts, first, f.raw.last);
        if (!c.subject.empty()) c.key = fmt::format("date/{}/{}", c.event, c.subject);
      }
    }
    ctx.claims.push_back(std::move(c));
  }
}

}  // namespace crosscheck::internal
