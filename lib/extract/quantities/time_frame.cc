#include "lib/extract/quantities/time_frame.h"

#include <algorithm>

#include "lib/base/lex_entry.h"
#include "lib/extract/dates/raw_date.h"
#include "lib/extract/numbers/number_words.h"
#include "lib/extract/quantities/frame.h"
#include "lib/extract/quantities/party.h"
#include "lib/extract/quantities/property_cues.h"

namespace crosscheck::internal {
namespace {

// Whether date claim `d` is the base of a comparison ("im Vergleich zu 2019", "than in 2019"):
// the sentence's figures are of another time than that one.
bool ComparedWith(Tokens tokens, const Claim& d, const LanguagePack* pack) {
  size_t k = 0;
  while (k < tokens.size() && tokens[k].span.begin < d.span.begin) ++k;
  // The date may begin with the cue's last word: "im Vergleich [zum Mai 2023]".
  return ChangeCueEndsAt(tokens, k, *pack, "versus") ||
         (k + 1 < tokens.size() && ChangeCueEndsAt(tokens, k + 1, *pack, "versus"));
}

// Whether tokens[j] is a word like "since", "seit" (properties.tsv).
bool IsSince(Tokens tokens, size_t j, const LanguagePack& pack) {
  const PhraseMatch m = pack.quantities.properties.Match(tokens, j);
  return m.length == 1 && m.fields->at(1) == "since";
}

// Whether a verb beside date claim `d` says something began then ("which began in May",
// "der im Mai begann"): the date is when a count started, not what its figures hold for.
bool StartsThen(Tokens tokens, const Claim& d, const LanguagePack& pack) {
  const RoleTable& roles = pack.quantities.roles;
  size_t first = 0;
  while (first < tokens.size() && tokens[first].span.begin < d.span.begin) ++first;
  size_t last = first;
  while (last < tokens.size() && tokens[last].span.end <= d.span.end) ++last;
  // The verb, or the verb and a preposition the date reader left out ("began [in May]").
  for (size_t back = 1; back <= 2 && back <= first; ++back) {
    if (roles.Has(tokens[first - back], kStartVerb)) return true;
  }
  if (last < tokens.size() && roles.Has(tokens[last], kStartVerb)) return true;
  // "Seit Beginn der Ansteckungswelle im Oktober", "since the start of the outbreak in May".
  constexpr size_t kBack = 6;
  for (size_t j = first; j-- > 0 && j + kBack >= first && !IsClauseBreak(tokens[j]);) {
    if (!roles.Has(tokens[j], kStartNoun)) continue;
    const bool article = j >= 2 && roles.Has(tokens[j - 1], kPartArticle);
    return (j >= 1 && IsSince(tokens, j - 1, pack)) || (article && IsSince(tokens, j - 2, pack));
  }
  return false;
}

// Whether date claim `d` begins with, or follows, a word like "since" ("the highest since 2000",
// "seit Januar"): it says when a record or a count began, no frame for the figures before it
// (those after it may tell of then: "since 2011, when 147 were infected").
bool SinceDate(Tokens tokens, const Claim& d, const LanguagePack& pack) {
  size_t k = 0;
  while (k < tokens.size() && tokens[k].span.end <= d.span.begin) ++k;
  for (size_t j = k > 0 ? k - 1 : k; j <= k && j < tokens.size(); ++j) {
    if (IsSince(tokens, j, pack)) return true;
  }
  return false;
}

// Whether date `d` is in a relative clause opened after a comma, no figure between ("hurt in
// the nation, which is still reeling from ... in July"): no frame of a figure before the clause
// (as a "since" after it); "Floods, which swept the region, killed 40 in July" keeps it.
bool InRelativeClause(Tokens tokens, const Claim& d, const LanguagePack& pack) {
  bool open = false;
  for (size_t k = 1; k < tokens.size() && tokens[k].span.end <= d.span.begin; ++k) {
    const PhraseMatch m = pack.quantities.properties.Match(tokens, k);
    open = (open && tokens[k].kind != TokenKind::kNumber) ||
           (m.length == 1 && m.fields->at(1) == "relative" && IsPunct(tokens[k - 1], ","));
  }
  return open;
}

// Whether a punctuation mark follows date claim `d`.
bool BreakAfter(Tokens tokens, const Claim& d) {
  size_t k = 0;
  while (k < tokens.size() && tokens[k].span.begin < d.span.end) ++k;
  return k < tokens.size() && tokens[k].kind == TokenKind::kPunct;
}

// The dates of the sentence are not figures; its deadlines, and its past periods (a month, a
// year: "Im Jahr 2023 wurden 79 Fälle gemeldet"), are the figures' time frames.
// Returns whether the sentence has a date.
bool MarkDates(const DocContext& ctx, const SentenceTokens& st, size_t dates_end,
               size_t* date_cursor, std::vector<uint8_t>& excluded,
               std::vector<std::pair<uint32_t, DateRange>>& deadlines,
               std::vector<std::pair<uint32_t, DateRange>>& periods,
               std::vector<uint32_t>& sinces, std::vector<uint32_t>& starts) {
  Tokens tokens = st.tokens;
  while (*date_cursor < dates_end &&
         ctx.claims[*date_cursor].span.end <= st.sentence.span.begin) {
    ++*date_cursor;
  }
  bool any = false;
  for (size_t c = *date_cursor; c < dates_end; ++c) {
    const Claim& d = ctx.claims[c];
    if (d.span.begin >= st.sentence.span.end) break;
    any = true;
    size_t k = 0;  // The tokens are in order: the date's are a run of them.
    while (k < tokens.size() && tokens[k].span.end <= d.span.begin) ++k;
    for (; k < tokens.size() && tokens[k].span.begin < d.span.end; ++k) excluded[k] = true;
    const std::optional<DateRange> days = d.date().range;
    const SharedString& event = d.date().event;
    if (event == "deadline" && days) deadlines.emplace_back(d.span.begin, *days);
    constexpr int kPeriodDays = 28;  // A month or longer; a day is the report's, not a period.
    // An event's date is the story's own, unless a whole past year ("In the 2021 election").
    const bool past_year = days && ctx.published && days->begin.month() == 1 &&
                           days->begin.day() == 1 && days->end.month() == 12 &&
                           days->end.day() == 31 && days->end.year() < ctx.published->year();
    // A span over several years before the report's ("between October 2010 and February
    // 2019"), even after "were reported": its figures are that stretch's totals.
    const bool past_span = days && ctx.published && days->begin.year() < days->end.year() &&
                           days->end.year() < ctx.published->year() && event != "deadline";
    // A day two years or more back ("the Dec. 14, 2012, attack, in which 26 were killed"):
    // another occasion, the frame of the figures after it (a year back may be the story's own).
    constexpr int kRecalledDays = 730;
    const bool past_day = days && ctx.published && *ctx.published - days->end > kRecalledDays;
    const bool short_span = days && days->end - days->begin < kPeriodDays - 1;
    if ((event.empty() || past_year || past_span || past_day) && days &&
        (!short_span || past_day) && ctx.published && days->end < *ctx.published &&
        !ComparedWith(tokens, d, ctx.pack) && !StartsThen(tokens, d, *ctx.pack)) {
      periods.emplace_back(d.span.begin, *days);
      const bool since = SinceDate(tokens, d, *ctx.pack);
      if (short_span || since || InRelativeClause(tokens, d, *ctx.pack)) {
        sinces.push_back(d.span.begin);
      }
      // "deaths since October stood at 412": when the count began, not its frame; "Since
      // 2011, when 147 were infected" opens a clause of that time.
      if (since && !BreakAfter(tokens, d)) starts.push_back(d.span.begin);
    }
    // The month or year the report falls in ("so far this year", "in 2023", "diesen Monat"),
    // also where the date reader took it for the day of a statement ("rose to six this
    // year, the directorate said"): its figures count that period up to the report.
    // From the year's first day (the year so far), or the month the report falls in: a
    // period opening in another month ("April to June") is neither's "so far".
    const bool current = days && ctx.published && days->begin.day() == 1 &&
                         days->begin < *ctx.published && *ctx.published <= days->end &&
                         days->end - days->begin >= kPeriodDays - 1 &&
                         (days->begin.month() == 1 || days->begin.month() == days->end.month());
    if (current && (event.empty() || event == "statement") && !ComparedWith(tokens, d, ctx.pack) &&
        !StartsThen(tokens, d, *ctx.pack) && !SinceDate(tokens, d, *ctx.pack)) {
      periods.emplace_back(d.span.begin, DateRange{days->begin, *ctx.published});
    }
  }
  return any;
}

// A past year's period the sentence opens with ("In October 2023, a quake struck Herat."):
// background, which the next sentence continues when it names no date of its own ("The
// death toll was put at 1,500").
std::optional<DateRange> BackgroundPeriod(const DocContext& ctx, const SentenceTokens& st,
                                          const std::vector<std::pair<uint32_t, DateRange>>& periods) {
  constexpr size_t kOpening = 2;  // "In October 2023", "Im Jahr 2023".
  Tokens tokens = st.tokens;
  if (periods.empty() || !ctx.published || tokens.size() <= kOpening) return std::nullopt;
  const auto& [where, range] = periods.front();
  if (where > tokens[kOpening].span.begin || range.end.year() >= ctx.published->year()) {
    return std::nullopt;
  }
  return range;
}

// The period that follows the figure at `at` (bytes) in its stretch of the clause, before a
// comma, dash or bracket ("179 deaths in 2019", a list's "111 cases in February, 143 in
// March"); else the period nearest before it. One past a break after the figure is what
// follows: "118.7 million viewers, the most since Perry's show in 2015", "5 million cars, up
// from 4 million in 2022", an aside in dashes or brackets; unless the figure is in an aside.
// A count's start before the figure ("deaths since October stood at 412") is no frame: the
// count is the report's.
std::optional<DateRange> PeriodOf(const std::vector<std::pair<uint32_t, DateRange>>& periods,
                                  const std::vector<uint32_t>& breaks,
                                  const std::vector<uint32_t>& relatives,
                                  const std::vector<uint32_t>& sinces,
                                  const std::vector<uint32_t>& starts, Tokens tokens, uint32_t at) {
  auto since_after = [&](uint32_t where) {
    return where > at && std::binary_search(sinces.begin(), sinces.end(), where);
  };
  auto count_start = [&](uint32_t where) {
    return std::binary_search(starts.begin(), starts.end(), where);
  };
  // "(verglichen mit der Wahl 2013 minus 8,6 Prozent), die SPD 20,5 Prozent": a period in a
  // bracket closed before the figure frames that bracket's figures only. The figure's token
  // is looked up once a period before it asks: most figures have none.
  size_t first = tokens.size() + 1;
  auto shut = [&](uint32_t where) {
    if (first > tokens.size()) {
      first = std::lower_bound(tokens.begin(), tokens.end(), at,
                               [](const Token& t, uint32_t pos) { return t.span.begin < pos; }) -
              tokens.begin();
    }
    return ShutBefore(tokens, 0, first, where);
  };
  for (const auto& [where, range] : periods) {
    if (where <= at || since_after(where)) continue;
    const auto b = std::upper_bound(breaks.begin(), breaks.end(), at);
    if (b == breaks.end() || *b > where) return range;
    // "The ferry, which carried 300 passengers, sank in 2019": the figure of an aside is
    // of the time of the clause it stands in.
    if (b != breaks.begin() && std::binary_search(relatives.begin(), relatives.end(), *(b - 1))) {
      return range;
    }
    break;
  }
  std::optional<DateRange> best;
  for (const auto& [where, range] : periods) {
    if (where >= at) break;
    if (!count_start(where) && !shut(where)) best = range;
  }
  return best;
}

}  // namespace

std::optional<int> YearOfNumber(std::string_view text, Tokens tokens, size_t k,
                                const LanguagePack& pack, bool bare) {
  const Token& t = tokens[k];
  const int year = t.kind == TokenKind::kNumber ? YearOfDigits(t.span.Of(text)) : 0;
  if (year == 0) return std::nullopt;
  if (bare) return year;
  const PhraseMatch m = k > 0 ? pack.quantities.properties.Match(tokens, k - 1) : PhraseMatch{};
  if (m.length == 1 && m.fields->at(1) == "since") return std::nullopt;
  if (ChangeCueEndsAt(tokens, k, pack, "versus")) return std::nullopt;  // "compared with 2019"
  return year;
}

std::optional<DateRange> DateEndingAt(const DocContext& ctx, size_t dates_end, const Token& last) {
  const auto begin = ctx.claims.begin();
  auto it = std::lower_bound(begin, begin + dates_end, last.span.end,
                             [](const Claim& c, uint32_t pos) { return c.span.begin < pos; });
  // Dates do not overlap: the one ending there, if any, is the last that begins before.
  if (it == begin) return std::nullopt;
  --it;
  if (it->kind != ClaimKind::kDate || it->span.end != last.span.end) return std::nullopt;
  return it->date().range;
}

void FigureTimes::Read(const DocContext& ctx, const SentenceTokens& st, size_t dates_end,
                       std::vector<uint8_t>& excluded) {
  // Asked for each of the sentence's figures, DayPointedBack and AfterOtherIncident walked
  // its words each time: where no word has the role, neither finds one.
  const bool lexicon = ctx.pack->quantities.roles.lex_slot() == kLexQuantityRoles;
  may_point_back_ = !lexicon || ((st.quantity_lead_roles >> kThatDay) & 1) != 0 ||
                    ((st.quantity_lead_roles >> kBackThen) & 1) != 0;
  may_follow_other_ = !lexicon || ((st.quantity_roles >> kOtherIncident) & 1) != 0;
  deadlines_.clear();
  periods_.clear();
  sinces_.clear();
  starts_.clear();
  const bool dated = MarkDates(ctx, st, dates_end, &date_cursor_, excluded, deadlines_,
                               periods_, sinces_, starts_);
  // The breaks are read only between periods (Of): most sentences have none.
  breaks_.clear();
  relatives_.clear();
  for (size_t k = 0; k < st.tokens.size() && !periods_.empty(); ++k) {
    const Token& t = st.tokens[k];
    if (t.kind != TokenKind::kPunct) continue;
    // A mark of one byte, or an en or em dash (E2 80 93, E2 80 94): by bytes.
    const std::string_view f = t.folded();
    const bool mark = f.size() == 1 ? f[0] == ',' || f[0] == ';' || f[0] == ':' || f[0] == '(' ||
                                          f[0] == ')' || f[0] == '-'
                                    : f == "–" || f == "—";
    if (mark) breaks_.push_back(t.span.begin);
    if (f == "," && k + 1 < st.tokens.size()) {
      const PhraseMatch m = ctx.pack->quantities.properties.Match(st.tokens, k + 1);
      if (m.length == 1 && m.fields->at(1) == "relative") relatives_.push_back(t.span.begin);
    }
  }
  // A word of the relative-day table (a weekday, "this", "today", also "week", "years") brings
  // the story back ("Sunday's storm killed 41", "this week"): the sentence's lexicon classes
  // (every token of a document is tagged) tell without a pass over its words.
  const bool now = ((st.classes >> kLexWeekday) & 1) || ((st.classes >> kLexRelativeDay) & 1);
  // So does a year written alone ("2011 hatte es einen Ausbruch gegeben"): its own time.
  bool year = false;
  for (size_t k = 0; background_ && !dated && !now && !year && k < st.tokens.size(); ++k) {
    year = YearAt(ctx.text, st.tokens, k, *ctx.pack).has_value();
  }
  carried_ = dated || now || year ? std::nullopt : background_;
  background_ = BackgroundPeriod(ctx, st, periods_);
}

std::optional<DateRange> FigureTimes::Of(Tokens tokens, uint32_t at) const {
  if (!deadlines_.empty()) return deadlines_.front().second;
  if (!periods_.empty()) {
    return PeriodOf(periods_, breaks_, relatives_, sinces_, starts_, tokens, at);
  }
  return carried_;
}

std::optional<DateRange> ListHeadDate(const DocContext& ctx, size_t dates_end,
                                      Tokens tokens, size_t first) {
  size_t colon = first;
  while (colon > 0 && tokens[colon - 1].folded() != ":") --colon;
  if (colon == 0) return std::nullopt;
  const uint32_t lo = tokens[0].span.begin, hi = tokens[colon - 1].span.begin;
  // The claims before dates_end are in reading order (DateNear's search too).
  const auto stop = ctx.claims.begin() + dates_end;
  auto it = std::lower_bound(ctx.claims.begin(), stop, lo,
                             [](const Claim& c, uint32_t pos) { return c.span.begin < pos; });
  std::optional<DateRange> last;
  for (; it != stop && it->span.begin < hi; ++it) {
    if (it->kind == ClaimKind::kDate && it->date().range && it->span.end <= hi) {
      last = it->date().range;
    }
  }
  return last;
}

namespace {

// The date a bracket right after a year or a date gives the figure in it, if any.
std::optional<DateRange> BracketDate(const DocContext& ctx, size_t dates_end, Tokens tokens,
                                     size_t first) {
  // "1979 (65,7 Prozent)": a figure in brackets right after a year is that year's, also
  // after a comparison word ("höher als 2019 (61,4 Prozent)", "the highest since 1979 (66%)").
  if (first >= 2 && tokens[first - 1].kind == TokenKind::kPunct && tokens[first - 1].folded() == "(") {
    if (const std::optional<int> year = YearAt(ctx.text, tokens, first - 2, *ctx.pack, true)) {
      return DateRange{absl::CivilDay(*year, 1, 1), absl::CivilDay(*year, 12, 31)};
    }
    // "vor fünf Jahren (11,2 Prozent)", "in 2019 (4.1%)": so is one right after a date.
    if (const std::optional<DateRange> d = DateEndingAt(ctx, dates_end, tokens[first - 2])) return d;
  }
  // "8,3 Prozent (2019: 6,1 Prozent)": a year and a colon opening a bracket date its figure.
  if (first >= 3 && Is(tokens[first - 1], ":") && Is(tokens[first - 3], "(")) {
    if (const std::optional<int> year = YearAt(ctx.text, tokens, first - 2, *ctx.pack)) {
      return DateRange{absl::CivilDay(*year, 1, 1), absl::CivilDay(*year, 12, 31)};
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<DateRange> DateNear(const DocContext& ctx, size_t dates_end,
                                  Tokens tokens, size_t first, size_t end,
                                  const FigureClauses* clauses) {
  if (std::optional<DateRange> d = BracketDate(ctx, dates_end, tokens, first)) return d;
  // Plain variables, not a structured binding: the lambda below uses them, which clang 14
  // (the fuzz build's compiler) does not allow for bindings.
  const std::pair<size_t, size_t> clause = ClauseOf(clauses, tokens, first, end, kPartyBefore);
  const size_t from = clause.first, to = clause.second;
  const uint32_t lo = tokens[from].span.begin, hi = tokens[to - 1].span.end;
  const uint32_t at = tokens[first].span.begin, after = tokens[end - 1].span.end;
  auto gap = [&](Span s) { return s.begin >= after ? s.begin - after : at - std::min(at, s.end); };
  std::optional<DateRange> best;
  uint32_t best_gap = UINT32_MAX;
  const auto begin = ctx.claims.begin(), stop = ctx.claims.begin() + dates_end;
  auto it = std::lower_bound(begin, stop, lo,
                             [](const Claim& c, uint32_t pos) { return c.span.begin < pos; });
  // "since 1997" says when a record began, "compared with 2019" what it is measured against.
  auto since = [&](uint32_t begin) {
    for (size_t k = from; k < to; ++k) {
      if (tokens[k].span.begin != begin) continue;
      const PhraseMatch m = ctx.pack->quantities.properties.Match(tokens, k);
      return (m.length == 1 && m.fields->at(1) == "since") ||
             ChangeCueEndsAt(tokens, k, *ctx.pack, "versus");
    }
    return false;
  };
  // "66 Prozent, weniger als bei der Wahl 2018": a date after a comparison word is its base's.
  auto compared = [&](uint32_t begin) {
    for (size_t k = end; k < to && tokens[k].span.begin < begin; ++k) {
      if (ChangeCueEndsAt(tokens, k + 1, *ctx.pack, "versus")) return true;
    }
    return false;
  };
  // A year after the figure is another figure's: one opening a bracket with a colon ("5,8
  // Prozent (2017: 4,0%)") dates the bracket's figure, and one past a verb of loss ("auf
  // 27,5 Prozent und verloren zehn Punkte zur Wahl 2017") is that loss's base.
  auto elsewhere = [&](uint32_t begin) {
    for (size_t k = end; k < to && tokens[k].span.begin <= begin; ++k) {
      if (tokens[k].span.begin == begin) {
        return k > end && Is(tokens[k - 1], "(") && k + 1 < to && Is(tokens[k + 1], ":");
      }
      const PhraseMatch m = ctx.pack->quantities.properties.Match(tokens, k);
      if (m.length > 0 && m.fields->at(1) == "party_change") return true;
    }
    return false;
  };
  for (; it != stop && it->span.begin < hi; ++it) {
    if (it->kind != ClaimKind::kDate || !it->date().range || gap(it->span) >= best_gap) continue;
    if (since(it->span.begin) || compared(it->span.begin) || elsewhere(it->span.begin) ||
        (it->span.end <= at && (ShutBefore(tokens, from, first, it->span.end) ||
                                OffsetBetween(tokens, it->span.end, first, *ctx.pack)))) {
      continue;
    }
    // "near the epicentre of Sunday's temblor on Thursday": a possessive day is another event's.
    const std::string_view written = it->span.Of(ctx.text);
    if (written.ends_with("'s") || written.ends_with("\u2019s")) continue;
    // "injured by the August 14 quake": a day naming the incident, not when it was counted.
    if (IncidentNounAfter(tokens, it->span.end, *ctx.pack)) continue;
    best_gap = gap(it->span);
    best = it->date().range;
  }
  for (size_t k = from; (k = NextYearToken(tokens, k, to)) < to; ++k) {
    if (k >= first && k < end) continue;
    const std::optional<int> year = YearAt(ctx.text, tokens, k, *ctx.pack);
    if (!year || gap(tokens[k].span) >= best_gap || compared(tokens[k].span.begin) ||
        elsewhere(tokens[k].span.begin) ||
        (k < first && ShutBefore(tokens, from, first, tokens[k].span.end))) {
      continue;
    }
    best_gap = gap(tokens[k].span);
    best = DateRange{absl::CivilDay(*year, 1, 1), absl::CivilDay(*year, 12, 31)};
  }
  return best ? best : ListHeadDate(ctx, dates_end, tokens, first);
}

std::optional<DateRange> EarlierSentenceYear(const DocContext& ctx, const SentenceTokens& st,
                                             size_t dates_end) {
  Tokens tokens = st.tokens;
  const auto& roles = ctx.pack->quantities.roles;
  if (!ctx.published || &st == ctx.sentences.data() ||
      std::none_of(tokens.begin(), tokens.end(),
                   [&](const Token& t) { return roles.Has(t, kEarlierVerb); })) {
    return std::nullopt;
  }
  // A date, a year, a weekday, "heute" or "diesmal" brings the sentence to its own time; a
  // past year does not ("blieb mit 2,5 Prozent draußen, hinter der NPD, die 2014 ... kam").
  for (size_t k = 0; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    const std::optional<int> year = YearAt(ctx.text, tokens, k, *ctx.pack);
    if ((t.lex != nullptr && (t.lex->Is(kLexWeekday) || t.lex->Is(kLexRelativeDay))) ||
        (year && *ctx.published - absl::CivilDay(*year, 12, 31) < kPastOccasionDays) ||
        ChangeCueEndsAt(tokens, k, *ctx.pack, "now")) {
      return std::nullopt;
    }
  }
  const Span sentence = st.sentence.span, before = (&st - 1)->sentence.span;
  // The claims before dates_end are the dates, in reading order.
  const auto stop = ctx.claims.begin() + dates_end;
  const auto own = std::lower_bound(ctx.claims.begin(), stop, sentence.begin,
                                    [](const Claim& c, uint32_t pos) { return c.span.begin < pos; });
  if (own != stop && own->span.begin < sentence.end) return std::nullopt;
  // The dated figures of the sentence before, newest first: all of a past year, or none is
  // carried (a list's later figures may have no date of their own: "2018 auf 29,3 Prozent
  // gekommen, die SPD auf 23,3 Prozent").
  // Its first figure must be dated: an undated one before the dated ("lag bei 64,8 Prozent,
  // höher als 2019 (61,4 Prozent)") is of the current vote, and so is the sentence after.
  std::optional<DateRange> year;
  bool first_dated = false;
  for (size_t c = ctx.claims.size(); c > dates_end; --c) {
    const Claim& x = ctx.claims[c - 1];
    if (x.sentence.begin >= sentence.begin) continue;
    if (x.sentence.begin < before.begin) break;
    if (x.kind != ClaimKind::kQuantity || x.aspect != Aspect::kLevel) continue;
    first_dated = x.time.has_value();
    if (!x.time) continue;
    if (x.time->end.year() >= ctx.published->year()) return std::nullopt;
    year = x.time;
  }
  return first_dated ? year : std::nullopt;
}

// The figure's time frame: a deadline or past period of its sentence (FigureTimes); for a
// crowd, the day its clause names ("am Sonntag gingen 160.000 Menschen auf die Straße": that
// rally, not one of the days before the report, when another was held).
void TimeFrameOf(const DocContext& ctx, size_t dates_end, const FigureTimes& times,
                 Tokens tokens, size_t first, size_t np_end, const FigureClauses& clauses,
                 Claim& c) {
  c.time = times.Of(tokens, c.span.begin);
  if (!c.time && times.MayPointBack()) {
    c.time = DayPointedBack(ctx, dates_end, tokens, c.sentence);
  }
  // A night's count ("667 arrested after a third night of riots") is of the night its report
  // tells of: another day's report tells of another night, no update of it.
  if (!c.time && c.rate == "night" && ctx.published) {
    c.time = DateRange{*ctx.published, *ctx.published};
  }
  if (!c.time && ctx.published) {
    const std::optional<DateRange> day = DateNear(ctx, dates_end, tokens, first, np_end, &clauses);
    if (c.aspect == Aspect::kOccasion && day && day->begin == day->end &&
        day->end <= *ctx.published) {
      c.time = day;
    }
  }
  if (!c.time) c.time = PastYearBefore(ctx, dates_end, tokens, first, np_end, &clauses);
  if (!c.time) c.time = OccasionOfRelativeClause(ctx, dates_end, tokens, first);
  // Of an earlier occasion the article does not date: compared only on request.
  if (!c.time && (EarlierOccasion(tokens, first, np_end, *ctx.pack, &clauses) ||
                  (times.MayFollowOther() &&
                   AfterOtherIncident(ctx, dates_end, tokens, first, c.sentence)))) {
    c.confidence = kOnRequestConfidence;
  }
  // What one period added ("2,910 new cases in the past week") in an article with no date:
  // no week it could be put in, so every other week's count would seem to contradict it.
  if (!c.time && !ctx.published && !c.rate.empty() && c.aspect == Aspect::kChange) {
    CompareOnRequest(c);
  }
}

}  // namespace crosscheck::internal
