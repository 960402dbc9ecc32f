#include <algorithm>
#include <optional>

#include "lib/extract/dates/raw_date.h"
#include "lib/extract/quantities/frame.h"
#include "lib/extract/quantities/party.h"
#include "lib/extract/quantities/time_frame.h"
#include "lib/lang/pack.h"

namespace crosscheck::internal {

namespace {

// The first of the date claims (ctx.claims [0, dates_end), in reading order) that begins at
// byte `from` or later.
std::vector<Claim>::const_iterator FirstDateFrom(const DocContext& ctx, size_t dates_end,
                                                 uint32_t from) {
  return std::lower_bound(ctx.claims.cbegin(), ctx.claims.cbegin() + dates_end, from,
                          [](const Claim& d, uint32_t at) { return d.span.begin < at; });
}

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

// Whether the figure at tokens [first, np_end) fills a bracket alone right after a figure of
// the same unit ("lag bei 76,2 Prozent (71,5 Prozent)"): the one it is compared with, mostly
// the last vote's.
bool BracketedComparison(Tokens tokens, size_t first, size_t np_end) {
  if (first < 3 || np_end >= tokens.size() || np_end <= first + 1 ||
      !Is(tokens[first - 1], "(") || !Is(tokens[np_end], ")") ||
      tokens[first - 3].kind != TokenKind::kNumber) {
    return false;
  }
  return tokens[first - 2].folded() == tokens[np_end - 1].folded();
}

// The first word of [k, to) that EarlierOccasion's tests below may stop at: a tagged word
// that begins a form of role "back then" (its lead roles) or that the relative days' gate lets
// through, or one the lexicon did not tag. A loop of its own, whose values stay in registers.
// kStems false: the relative days have no stems (English), their MayMatch is MayStart.
template <bool kStems>
size_t NextOccasionIn(Tokens tokens, size_t k, size_t to, int slot,
                      const PhraseTable::Gate& relative) {
  for (; k < to; ++k) {
    const Token& t = tokens[k];
    if (t.lex == nullptr || ((t.lex->lead_roles[slot] >> kBackThen) & 1)) return k;
    if (t.kind == TokenKind::kWord && (kStems ? relative.MayMatch(t) : relative.MayStart(t))) {
      return k;
    }
  }
  return k;
}

size_t NextOccasionWord(Tokens tokens, size_t k, size_t to, int slot,
                        const PhraseTable::Gate& relative) {
  if (slot < 0) return k;
  return relative.stem_quads != nullptr ? NextOccasionIn<true>(tokens, k, to, slot, relative)
                                        : NextOccasionIn<false>(tokens, k, to, slot, relative);
}

}  // namespace

std::optional<DateRange> PastYearBefore(const DocContext& ctx, size_t dates_end, Tokens tokens,
                                        size_t first, size_t end, const FigureClauses* clauses) {
  if (!ctx.published) return std::nullopt;
  const size_t from = ClauseOf(clauses, tokens, first, end, kPartyBefore).first;
  const auto dates = ctx.claims.begin(), stop = ctx.claims.begin() + dates_end;
  for (size_t k = first; (k = YearTokenBefore(tokens, k, from)) > from; --k) {
    // YearAt leaves out "since 2013" and "compared with 2019". Most words are no year,
    // passed over by YearTokenBefore; the search among the dates is for years only.
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
  constexpr size_t kPhrase = 4;  // "the 1959 Ise Bay typhoon,"
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
  if (BracketedComparison(tokens, first, np_end)) return true;
  const auto [from, to] = ClauseOf(clauses, tokens, first, np_end, kWindow);
  const int slot = pack.quantities.roles.lex_slot();
  const PhraseTable::Gate relative = pack.dates.relative_days.Gated();
  for (size_t k = from; k < to; ++k) {
    if ((k = NextOccasionWord(tokens, k, to, slot, relative)) == to) break;
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
    // "32,9 Prozent (minus 8,6 Prozent), die SPD 20,5": the bracket's figure heads no list.
    if (ChangeCueEndsAt(tokens, k, pack, "now") || Is(tokens[k], ")")) return false;
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
  const auto stop = ctx.claims.begin() + dates_end;
  for (auto it = FirstDateFrom(ctx, dates_end, sentence.begin);
       it != stop && it->span.begin < sentence.end; ++it) {
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

// The one day the sentence before `sentence` named, when the sentence names no date of its
// own and points back at it ("that day"): an earlier storm's toll is that storm's, not one
// the report's day counts. Or the past occasion it named, months back at least, when the
// sentence opens with an adverb that points back ("Vor fünf Jahren ... Damals stimmte nur
// jeder Zweite ab: Die Wahlbeteiligung betrug 51,5 Prozent"): that vote's turnout. The date
// claims come first in ctx.claims, in reading order.
std::optional<DateRange> DayPointedBack(const DocContext& ctx, size_t dates_end, Tokens tokens,
                                        Span sentence) {
  const auto& roles = ctx.pack->quantities.roles;
  bool that_day = false;
  for (size_t k = 0; k < tokens.size() && !that_day; ++k) {
    that_day = roles.At(tokens, k, kThatDay).length > 0;
  }
  // "Damals", "Und damals", "Back then,": opening the sentence, its time is the one before.
  constexpr size_t kOpening = 2;
  bool back_then = false;
  for (size_t k = 0; k < tokens.size() && k < kOpening && !that_day && !back_then; ++k) {
    back_then = roles.At(tokens, k, kBackThen).length > 0;
  }
  if (!that_day && (!back_then || !ctx.published)) return std::nullopt;
  const auto dates = ctx.claims.begin(), stop = ctx.claims.begin() + dates_end;
  auto it = FirstDateFrom(ctx, dates_end, sentence.begin);
  if (it != stop && it->span.begin < sentence.end) return std::nullopt;  // A date of its own.
  if (it == dates) return std::nullopt;
  const Span before = (it - 1)->sentence;
  // The sentence right before: nothing but space between the two.
  if (before.end > sentence.begin ||
      ctx.text.substr(before.end, sentence.begin - before.end).find_first_not_of(" \t\r\n") !=
          std::string_view::npos) {
    return std::nullopt;
  }
  for (; it != dates && (it - 1)->sentence == before; --it) {
    const DateFields& d = (it - 1)->date();
    if (!d.range) continue;
    if (that_day ? d.range->begin == d.range->end
                 : *ctx.published - d.range->end >= kPastOccasionDays) {
      return d.range;
    }
  }
  return std::nullopt;
}

bool ShutBefore(Tokens tokens, size_t from, size_t first, uint32_t end) {
  int depth = 0;
  for (size_t k = from; k < first && depth >= 0; ++k) {
    if (tokens[k].span.begin < end || tokens[k].kind != TokenKind::kPunct) continue;
    depth += Is(tokens[k], "(") ? 1 : Is(tokens[k], ")") ? -1 : 0;
  }
  return depth < 0;
}

}  // namespace crosscheck::internal
