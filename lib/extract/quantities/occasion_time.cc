#include <algorithm>
#include <optional>

#include "lib/extract/dates/raw_date.h"
#include "lib/extract/quantities/frame.h"
#include "lib/extract/quantities/party.h"
#include "lib/extract/quantities/time_frame.h"
#include "lib/lang/pack.h"

namespace crosscheck::internal {

namespace {

// A past year that opens the sentence alone and frames all of it, also past the clause of its
// verb ("2011 hatte es einen Ausbruch gegeben, rund 3.800 Erkrankungen wurden erfasst"); not
// a figure's value ("2011 Menschen starben", "2011 people"). `from`: where the figure's clause
// starts (a year in it was looked for already).
std::optional<DateRange> OpeningYear(const DocContext& ctx, Tokens tokens, size_t from) {
  if (from == 0 || tokens.size() < 2 || tokens[1].kind != TokenKind::kWord ||
      ctx.pack->quantities.measures.Match(tokens, 1).length > 0) {
    return std::nullopt;
  }
  const std::optional<int> year = YearAt(ctx.text, tokens, 0, *ctx.pack);
  if (!year || *year >= ctx.published->year()) return std::nullopt;
  return DateRange{absl::CivilDay(*year, 1, 1), absl::CivilDay(*year, 12, 31)};
}

}  // namespace

std::optional<DateRange> PastYearBefore(const DocContext& ctx, size_t dates_end, Tokens tokens,
                                        size_t first, size_t end, const FigureClauses* clauses) {
  if (!ctx.published) return std::nullopt;
  const size_t from = ClauseOf(clauses, tokens, first, end, kPartyBefore).first;
  const auto dates = ctx.claims.begin(), stop = ctx.claims.begin() + dates_end;
  for (size_t k = first; k > from; --k) {
    // YearAt leaves out "since 2013" and "compared with 2019". Most words are no year,
    // which it tells at once; the search among the dates is for years only.
    const std::optional<int> year = YearAt(ctx.text, tokens, k - 1, *ctx.pack);
    if (!year) continue;
    // A year inside a date the reader took ("im Vergleich zum Mai 2023") is that date's,
    // which FigureTimes reads.
    const uint32_t at = tokens[k - 1].span.begin;
    auto d = std::upper_bound(dates, stop, at,
                              [](uint32_t pos, const Claim& c) { return pos < c.span.begin; });
    if (d != dates && (d - 1)->span.end > at) continue;
    if (*year >= ctx.published->year()) return std::nullopt;
    return DateRange{absl::CivilDay(*year, 1, 1), absl::CivilDay(*year, 12, 31)};
  }
  return OpeningYear(ctx, tokens, from);
}

std::optional<DateRange> OccasionOfRelativeClause(const DocContext& ctx, size_t dates_end,
                                                  Tokens tokens, size_t first) {
  if (!ctx.published || first < 3) return std::nullopt;
  size_t comma = first;
  while (comma > 0 && tokens[comma - 1].kind != TokenKind::kPunct) --comma;
  if (comma < 2 || tokens[comma - 1].folded() != ",") return std::nullopt;
  const size_t opening = comma;  // The relative clause's first word.
  const auto rel = ctx.pack->quantities.roles.At(tokens, opening, kOccasionRelative);
  if (rel.length == 0 || opening + rel.length > first) return std::nullopt;
  // The occasion's year or date ends its noun phrase or stands in it: "Erdbeben 2010,", "the
  // 2010 quake,".
  constexpr size_t kPhrase = 3;
  for (size_t k = comma - 1; k-- > 0 && k + kPhrase + 1 >= comma;) {
    if (tokens[k].kind == TokenKind::kPunct) break;
    if (const std::optional<int> year = YearAt(ctx.text, tokens, k, *ctx.pack, true);
        year && *year < ctx.published->year()) {
      return DateRange{absl::CivilDay(*year, 1, 1), absl::CivilDay(*year, 12, 31)};
    }
    if (const std::optional<DateRange> d = DateEndingAt(ctx, dates_end, tokens[k]);
        d && *ctx.published - d->end >= kPastOccasionDays) {
      return d;
    }
  }
  return std::nullopt;
}

bool EarlierOccasion(Tokens tokens, size_t first, size_t np_end,
                     const LanguagePack& pack, const FigureClauses* clauses) {
  constexpr size_t kWindow = 12, kGap = 3;  // "the previous Lok Sabha polls".
  const auto [from, to] = ClauseOf(clauses, tokens, first, np_end, kWindow);
  for (size_t k = from; k < to; ++k) {
    // "(damals 2,4 Prozent)": an adverb alone that points back to an earlier time.
    if (pack.quantities.roles.At(tokens, k, kBackThen).length > 0) return true;
    const Relative q = RelativeAt(tokens, k, pack);
    if (q.kind != Relative::kQualifier || !q.shift || *q.shift >= 0) continue;
    for (size_t j = k + 1; j < to && j <= k + kGap; ++j) {
      // A preposition of the events table ("im", "aboard") names no occasion: "die letzten
      // Tage im Auto" is no earlier one.
      const PhraseMatch m = pack.dates.events.Match(tokens, j);
      if (m.length > 0 && m.fields->at(0) != "-") return true;
    }
  }
  return false;
}

bool ListContinues(Tokens tokens, size_t end, size_t first,
                   const LanguagePack& pack, size_t gap) {
  // 5: ", die Grünen auf", "und die NEOS mit".
  if (first < end || first - end > gap) return false;
  bool link = false;
  for (size_t k = end; k < first; ++k) {
    if (ChangeCueEndsAt(tokens, k, pack, "now")) return false;
    link = link || tokens[k].folded() == "," || pack.quantities.roles.Has(tokens[k], kListLink);
  }
  return link;
}

bool AfterOtherIncident(const DocContext& ctx, size_t dates_end, Tokens tokens, size_t first,
                        Span sentence) {
  constexpr size_t kReach = 4;  // "another magnitude-6.4 earthquake".
  if (!ctx.published) return false;
  const RoleTable& roles = ctx.pack->quantities.roles;
  bool other = false;
  for (size_t k = 0; k < first && !other; ++k) {
    if (!roles.Has(tokens[k], kOtherIncident)) continue;
    for (size_t j = k + 1; j < first && j <= k + kReach && !other; ++j) {
      const PhraseMatch m = ctx.pack->dates.events.Match(tokens, j);
      other = m.length > 0 && m.fields->size() > 1 && m.fields->at(1) == "incident";
    }
  }
  if (!other) return false;
  const auto dates = ctx.claims.begin(), stop = ctx.claims.begin() + dates_end;
  auto it = std::lower_bound(dates, stop, sentence.begin,
                             [](const Claim& d, uint32_t at) { return d.span.begin < at; });
  for (; it != stop && it->span.begin < sentence.end; ++it) {
    const std::optional<DateRange>& d = it->date().range;
    if (d && d->end < *ctx.published) return true;
  }
  return false;
}

bool IncidentNounAfter(Tokens tokens, uint32_t end, const LanguagePack& pack) {
  const auto k = std::lower_bound(tokens.begin(), tokens.end(), end,
                                  [](const Token& t, uint32_t pos) { return t.span.begin < pos; });
  if (k == tokens.end()) return false;
  const PhraseMatch m = pack.dates.events.Match(tokens, static_cast<size_t>(k - tokens.begin()));
  return m.length > 0 && m.fields->size() > 1 && m.fields->at(1) == "incident";
}

}  // namespace crosscheck::internal
