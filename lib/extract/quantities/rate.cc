// How often a figure holds: the rate in its clause, at the end of its list, or at the
// sentence's start.
#include "lib/extract/quantities/rate.h"

#include "lib/extract/numbers/forms.h"
#include "lib/extract/numbers/number_words.h"
#include "lib/extract/quantities/change.h"
#include "lib/extract/quantities/implied.h"

namespace crosscheck::internal {
namespace {

// The rate a sentence opens with before a comma, which frames all its figures after it ("In
// the last 24 hours, 28 people, including 11 children, were killed"); empty when none.
std::string OpeningRate(Tokens tokens, size_t first, const LanguagePack& pack) {
  const PhraseMatch m = pack.quantities.rates.Match(tokens, 0);
  if (m.length == 0 || m.length >= first || m.fields->at(0) == "-" ||
      !Is(tokens[m.length], ",")) {
    return "";
  }
  return m.fields->at(0);
}

// The rate that closes a list of figures the figure's clause opens, which ends at the comma
// tokens[comma]: "1,239 hospitalisations, 5 deaths in a day" (each next figure with a noun of
// its own, the rate ending the sentence); empty when none.
std::string ListRate(Tokens tokens, size_t comma, const LanguagePack& pack) {
  constexpr size_t kItem = 8;  // "5 dengue-related deaths in the last 24 hours".
  auto figure = [&](size_t k) {
    return k + 1 < tokens.size() && tokens[k + 1].kind == TokenKind::kWord &&
           (tokens[k].kind == TokenKind::kNumber || NumberWordExact(pack, tokens[k].folded()));
  };
  while (comma < tokens.size() && Is(tokens[comma], ",") && figure(comma + 1)) {
    const size_t item = comma + 1;
    for (size_t k = item + 2; k < tokens.size() && k <= item + kItem; ++k) {
      if (tokens[k].kind == TokenKind::kPunct) {
        comma = k;
        break;
      }
      const PhraseMatch m = pack.quantities.rates.Match(tokens, k);
      if (m.length == 0 || m.fields->at(0) == "-") continue;
      // The rate must close the sentence: "..., 5 deaths in a day, the agency said" may
      // tell of the last figure only.
      const size_t end = k + m.length;
      if (end == tokens.size() || (Is(tokens[end], ".") && end + 1 == tokens.size())) {
        return m.fields->at(0);
      }
      return "";
    }
    if (comma < item) return "";
  }
  return "";
}

// The first of tokens [i, to) outside a date whose word the rates' filter passes, or `to`: a
// loop of its own, in registers, where Match reloaded the table's filters at every word.
// Without stems (English) MayMatch is MayStart: a loop of its own spares the stems' tests.
size_t NextRate(Tokens tokens, std::span<const uint8_t> in_date, size_t i, size_t to,
                const PhraseTable::Gate& gate) {
  if (gate.stem_quads == nullptr && gate.lex_mask != 0) {
    // MayStart with its mask's test out of the loop (it was asked at every word).
    const uint64_t mask = gate.lex_mask;
    for (; i < to; ++i) {
      if (in_date[i]) continue;
      const Token& t = tokens[i];
      if (t.lex != nullptr ? (t.lex->classes & mask) != 0 : gate.filter.MayContain(t.hash)) break;
    }
    return i;
  }
  if (gate.stem_quads == nullptr) {
    while (i < to && (in_date[i] || !gate.MayStart(tokens[i]))) ++i;
    return i;
  }
  while (i < to && (in_date[i] || !gate.MayMatch(tokens[i]))) ++i;
  return i;
}

}  // namespace

// A rate in the figure's clause ("3,000 people die on the roads every year"), which ends at a
// comma or semicolon, except after a short opening phrase ("Every day, some 400 migrants");
// else one that opens the sentence (OpeningRate: "In the last 24 hours, 28 people, ...").
std::string RateNear(Tokens tokens, std::span<const uint8_t> in_date,
                     size_t first, size_t last, const LanguagePack& pack, bool changes_only) {
  constexpr size_t kWindow = 10;  // Also keeps long sentences linear.
  auto clause_break = [&](size_t k) {
    return tokens[k].kind == TokenKind::kPunct &&
           (tokens[k].folded() == "," || tokens[k].folded() == ";" || tokens[k].folded() == ":");
  };
  size_t from = first;
  while (from > 0 && first - from < kWindow && (!clause_break(from - 1) || from - 1 <= 2)) --from;
  size_t to = last;
  while (to < tokens.size() && to - last < kWindow && !clause_break(to)) ++to;
  // A word in a date ("im Jahr 2023" is when, not how often) or that begins no rate decides
  // nothing: the loop goes on at the next other.
  const PhraseTable::Gate rates = pack.quantities.rates.Gated();
  for (size_t i = from; i < to; ++i) {
    if ((i = NextRate(tokens, in_date, i, to, rates)) == to) break;
    PhraseMatch m = pack.quantities.rates.MatchGated(tokens, i);
    // "a day earlier", "im Jahr zuvor": when an earlier figure was given, not how often.
    if (m.length > 0 && m.fields->at(0) == "-") {
      i += m.length - 1;
      continue;
    }
    // A row marked "after" frames only a figure before it, closing its clause: "994 arrests
    // overnight,", not "overnight ratings", "rose overnight to 40", "overnight repairs".
    // Nor a count the text says rose to its figure: "the toll rose to 103 overnight" tells when.
    const size_t next = i + m.length;
    if (m.length > 0 && m.fields->size() > 1 && m.fields->at(1) == "after" &&
        (i < first || (next < tokens.size() && tokens[next].kind != TokenKind::kPunct) ||
         LatestCueBefore(tokens, first, pack) > 0)) {
      i += m.length - 1;
      continue;
    }
    // A row marked "change" frames a change only (with `changes_only`, the caller's figure is
    // one): "im Vergleich zum Vormonat um 46.000 auf 3,025 Millionen" gives the rise over a
    // month, not the level it reached.
    if (m.length > 0 && m.fields->size() > 1 && m.fields->at(1) == "change" && !changes_only &&
        !IsChange(tokens, first, last, pack, false)) {
      i += m.length - 1;
      continue;
    }
    if (changes_only && (m.length == 0 || m.fields->size() < 2 || m.fields->at(1) != "change")) {
      continue;
    }
    if (m.length > 0 && (i + m.length <= first || i >= last)) return m.fields->at(0);
  }
  if (changes_only) {
    const PhraseMatch m = pack.quantities.rates.Match(tokens, 0);
    const bool change = m.length > 0 && m.fields->size() > 1 && m.fields->at(1) == "change";
    return change ? OpeningRate(tokens, first, pack) : "";
  }
  std::string rate = to < tokens.size() ? ListRate(tokens, to, pack) : "";
  return rate.empty() ? OpeningRate(tokens, first, pack) : rate;
}

}  // namespace crosscheck::internal
