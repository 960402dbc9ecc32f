// The time frames of a document's figures, sentence by sentence: a deadline in the sentence
// ("bis Dezember auf bis zu 12.000"), else a past period it names ("Im Jahr 2023 wurden 79
// Fälle gemeldet"), else the past year's period the sentence before opened with ("In October
// 2023, a quake struck Herat. The death toll was put at 1,500").
#ifndef CROSSCHECK_LIB_EXTRACT_QUANTITIES_TIME_FRAME_H_
#define CROSSCHECK_LIB_EXTRACT_QUANTITIES_TIME_FRAME_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "crosscheck/types.h"
#include "lib/extract/context.h"

namespace crosscheck::internal {

class FigureClauses;  // frame.h

class FigureTimes {
 public:
  // Reads the next sentence's dates (claims [0, dates_end) of ctx, in reading order), marking
  // their tokens as no figures in `excluded`. Sentences come in reading order.
  void Read(const DocContext& ctx, const SentenceTokens& st, size_t dates_end,
            std::vector<uint8_t>& excluded);
  // The time frame of the figure at byte `at` of the sentence's `tokens`, if any.
  std::optional<DateRange> Of(Tokens tokens, uint32_t at) const;
  // False when no word of the sentence begins a "that day" or "back then" form (kThatDay,
  // kBackThen; their lexicon lead roles, where the role table is the lexicon's):
  // DayPointedBack then finds none.
  bool MayPointBack() const { return may_point_back_; }
  // The same for a word of "another" incident (kOtherIncident, the words' own roles), which
  // AfterOtherIncident looks for before a figure.
  bool MayFollowOther() const { return may_follow_other_; }

 private:
  bool may_point_back_ = true, may_follow_other_ = true;
  size_t date_cursor_ = 0;  // Date claims come in reading order: the scan stays linear.
  std::vector<std::pair<uint32_t, DateRange>> deadlines_, periods_;  // (position, frame)
  std::vector<uint32_t> breaks_;  // Byte positions of the sentence's commas, dashes, brackets.
  std::vector<uint32_t> relatives_;  // Commas a relative clause opens after.
  std::vector<uint32_t> sinces_;  // Positions of periods after "since" (in reading order).
  std::vector<uint32_t> starts_;  // Of those, the ones after a "since" word, not a bare day.
  std::optional<DateRange> background_, carried_;
};

// A date this many days or more before the report names another occasion than the story's
// own days: a sentence opening with it, a relative clause about it (property.cc,
// occasion_time.cc).
inline constexpr int kPastOccasionDays = 180;

// A year written alone in token k of the clause ("bei der Wahl 2021"), which the date reader
// leaves alone, unless it follows a word that makes it no time frame ("the lowest since
// 1997"); with `bare`, whatever stands before it. Years 1900 to 2100.
std::optional<int> YearOfNumber(std::string_view text, Tokens tokens, size_t k,
                                const LanguagePack& pack, bool bare);
inline constexpr uint32_t kYearBytes = 4;
// The first test inline: readers ask it of every token, and few are numbers of four bytes.
inline std::optional<int> YearAt(std::string_view text, Tokens tokens, size_t k,
                                 const LanguagePack& pack, bool bare = false) {
  if (tokens[k].kind != TokenKind::kNumber || tokens[k].span.size() != kYearBytes) {
    return std::nullopt;
  }
  return YearOfNumber(text, tokens, k, pack, bare);
}
// The first token from tokens[k] on, before `to`, that YearAt may read (a number of four
// bytes), else `to`: a loop of its own for readers that ask YearAt of every token, most of
// which are words.
inline size_t NextYearToken(Tokens tokens, size_t k, size_t to) {
  const Token* t = tokens.data() + k;
  const Token* const stop = tokens.data() + to;
  while (t != stop && (t->kind != TokenKind::kNumber || t->span.size() != kYearBytes)) ++t;
  return static_cast<size_t>(t - tokens.data());
}
// Backwards: the greatest j <= k and above `from` whose token j - 1 YearAt may read, else
// `from`, for the loops that ask tokens[k - 1] as k counts down.
inline size_t YearTokenBefore(Tokens tokens, size_t k, size_t from) {
  const Token* t = tokens.data() + k;
  const Token* const stop = tokens.data() + from;
  while (t != stop && (t[-1].kind != TokenKind::kNumber || t[-1].span.size() != kYearBytes)) --t;
  return static_cast<size_t>(t - tokens.data());
}

// The date among the first `dates_end` claims (in reading order) that ends with token `last`.
std::optional<DateRange> DateEndingAt(const DocContext& ctx, size_t dates_end, const Token& last);

// Whether the clause of the figure at tokens [first, np_end) names an earlier occasion it
// does not date: "won 303 seats in the previous polls", "bei der letzten Wahl", or the figure
// is one compared with another ("76,2 Prozent (71,5 Prozent)").
bool EarlierOccasion(Tokens tokens, size_t first, size_t np_end,
                     const LanguagePack& pack, const FigureClauses* clauses = nullptr);

// Whether the figure at tokens[first] follows, in its sentence, another incident than the
// story's ("another quake", "ein weiteres Beben") and the sentence names a day before the
// report's ("A week earlier, on July 29, another quake left 16 dead, 355 injured").
bool AfterOtherIncident(const DocContext& ctx, size_t dates_end, Tokens tokens, size_t first,
                        Span sentence);

// The one day the sentence before `sentence` named, when the sentence names no date of its
// own and points back at it ("that day"): an earlier storm's toll is that storm's. Or the
// past occasion (kPastOccasionDays back) it named, when the sentence opens with "damals",
// "back then".
std::optional<DateRange> DayPointedBack(const DocContext& ctx, size_t dates_end, Tokens tokens,
                                        Span sentence);

// Whether what ends at byte `end` in tokens [from, first) is in a bracket closed before
// tokens[first]: a date there is that bracket's ("(verglichen mit der Wahl 2013 minus 8,6
// Prozent), die SPD 20,5 Prozent"), no frame of the figure.
bool ShutBefore(Tokens tokens, size_t from, size_t first, uint32_t end);

// Whether an incident noun (events.tsv, kind incident) starts at the first token from byte
// `end` on: a date right before it names the incident ("the August 14 quake").
bool IncidentNounAfter(Tokens tokens, uint32_t end, const LanguagePack& pack);

// Whether the figure at tokens[first] continues, with no verb or time word of its own, a list
// whose figure before it ends at `end`: ", die Grünen auf 13,9 Prozent" after "bei der vorigen
// Wahl auf 21,2 Prozent" (changes.tsv, now: "diesmal", "this time" end the list).
// `gap`: the words at most between them (a clause-final verb and its object may come first:
// "auf 29,3 Prozent der Erststimmen gekommen, die SPD auf 23,3 Prozent").
bool ListContinues(Tokens tokens, size_t end, size_t first,
                   const LanguagePack& pack, size_t gap = 5);

// The date of the clause a colon closes before the figure at tokens[first], among the first
// `dates_end` claims: a list's figures hold when the clause that opens the list says ("Bei
// der Wahl im September 2021 sah es so aus: SPD 21,4 Prozent, Grüne 18,9 Prozent").
std::optional<DateRange> ListHeadDate(const DocContext& ctx, size_t dates_end,
                                      Tokens tokens, size_t first);

// The time frame the date or year nearest to the figure at tokens [first, end) in its clause
// gives it, if any; else the date of a list's head (ListHeadDate).
std::optional<DateRange> DateNear(const DocContext& ctx, size_t dates_end,
                                  Tokens tokens, size_t first, size_t end,
                                  const FigureClauses* clauses = nullptr);

// The past year (before the publication's) that its clause names bare before the figure at
// tokens [first, end), which the date reader leaves alone: "2022 wurden 4500 Todesfälle
// gezählt", "im Sommer 2022 auf rund 4.500". Not one after it, which may be another figure's
// ("a margin of 19 million, and 5 million more than his 2018 count").
std::optional<DateRange> PastYearBefore(const DocContext& ctx, size_t dates_end, Tokens tokens,
                                        size_t first, size_t end,
                                        const FigureClauses* clauses = nullptr);

// The past occasion a relative clause after a comma tells of, when the figure at tokens[first]
// stands in it: "seit dem Erdbeben 2010, bei dem mehr als 500 Menschen gestorben sind", "the
// 2010 quake, in which 500 died" (quantity_words.tsv, occasion_relative; occasion_time.cc).
std::optional<DateRange> OccasionOfRelativeClause(const DocContext& ctx, size_t dates_end,
                                                  Tokens tokens, size_t first);

// The past year the figures of the sentence before hold for, when sentence `st` names no time
// of its own and tells of it with a past verb (quantity_words.tsv, earlier_verb): "Die CDU war
// bei der Wahl 2018 auf 29,3 Prozent gekommen. Die AfD hatte 12,6 Prozent" is 2018's too.
std::optional<DateRange> EarlierSentenceYear(const DocContext& ctx, const SentenceTokens& st,
                                             size_t dates_end);

// The figure's time frame (c.time) from its sentence's dates (`times`), the day its clause
// names for a crowd, a past year before it or a night's report; an undated earlier occasion
// or period change is compared only on request.
void TimeFrameOf(const DocContext& ctx, size_t dates_end, const FigureTimes& times,
                 Tokens tokens, size_t first, size_t np_end, const FigureClauses& clauses,
                 Claim& c);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_QUANTITIES_TIME_FRAME_H_
