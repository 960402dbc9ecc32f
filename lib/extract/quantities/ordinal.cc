#include "lib/extract/quantities/ordinal.h"

#include <algorithm>
#include <optional>

#include "lib/extract/dates/raw_date.h"
#include "lib/extract/quantities/frame.h"
#include "lib/extract/quantities/quantity.h"

namespace crosscheck::internal {
namespace {

// The value of the ordinal word at tokens[k] ("fourth", "dritten"), or of digits with a full
// stop where the language writes ordinals so ("der 14. Tote"), with the token after it.
std::optional<std::pair<int, size_t>> OrdinalAt(Tokens tokens, size_t k,
                                                const LanguagePack& pack) {
  if (tokens[k].kind == TokenKind::kNumber) {
    constexpr size_t kDigits = 3;
    const std::string_view d = tokens[k].folded();
    if (!pack.grammar.ordinal_dot || k + 1 >= tokens.size() || tokens[k + 1].folded() != "." ||
        tokens[k + 1].space_before || d.size() > kDigits ||
        !std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return std::nullopt;
    }
    int v = 0;
    for (char c : d) v = v * 10 + (c - '0');
    return std::pair{v, k + 2};
  }
  if (pack.grammar.capitalised_nouns) {
    if (auto v = OrdinalWord(tokens[k].folded(), pack)) return std::pair{*v, k + 1};
    return std::nullopt;
  }
  // "a 15th death": digits and an ordinal suffix, one word.
  const std::string_view w = tokens[k].folded();
  constexpr size_t kSuffix = 2, kLongest = 5;  // "15th", "100th".
  if (w.size() > kSuffix && w.size() <= kLongest && w[0] >= '0' && w[0] <= '9' &&
      pack.dates.roles.Has(w.substr(w.size() - kSuffix), kOrdinalSuffix)) {
    if (const std::optional<int> v = ParseInt(w.substr(0, w.size() - kSuffix))) {
      return std::pair{*v, k + 1};
    }
    return std::nullopt;
  }
  return SpelledOrdinal(tokens, k, pack);
}

// "the fourth person has died": the ordinal at tokens[k], after an article, before a counted
// noun of a toll (or a generic one). "the first death" is as often "the first to die of the
// new strain": from the second on.
std::optional<NumberExpr> OrdinalToll(Tokens tokens,
                                      std::span<const uint8_t> excluded, size_t k,
                                      const LanguagePack& pack) {
  constexpr int kLowest = 2, kHighest = 100;
  if ((tokens[k].kind != TokenKind::kWord && tokens[k].kind != TokenKind::kNumber) ||
      tokens[k].upper || excluded[k]) {
    return std::nullopt;
  }
  const auto ordinal = OrdinalAt(tokens, k, pack);
  if (!ordinal || ordinal->first < kLowest || ordinal->first > kHighest) return std::nullopt;
  const size_t after = ordinal->second;
  const std::optional<Measure> m = FindMeasure(tokens, after, false, pack);
  if (!m || !m->known) return std::nullopt;
  const auto info = pack.quantities.measure_tally.find(m->name);
  // Digits ("the 21st person to reach the summit") number a toll's own noun only.
  const bool digits = tokens[k].folded()[0] >= '0' && tokens[k].folded()[0] <= '9';
  if (info == pack.quantities.measure_tally.end() ||
      !(info->second.toll || (info->second.generic && !digits))) {
    return std::nullopt;
  }
  NumberExpr e;
  e.first = e.numeral_first = e.amount_first = k;
  e.last = e.numeral_last = after;
  e.point = ordinal->first;
  e.value = Interval::Exact(ordinal->first);
  return e;
}

// "in Polen ist ein Mensch ertrunken": the article at tokens[k] that is the number one before
// a person with a verb of a toll right after counts one of the toll ("a man" is no count: the
// article must be a numeral_words article_one before a noun that counts people), unless one of
// the first `found` numbers covers it.
std::optional<NumberExpr> OneToll(Tokens tokens,
                                  std::span<const uint8_t> excluded, size_t k,
                                  const std::vector<NumberExpr>& numbers, size_t found,
                                  const LanguagePack& pack) {
  constexpr size_t kVerbWindow = 3;  // "ein Mensch ums Leben", "ein Mensch wurde noch vermisst".
  if (excluded[k] || excluded[k + 1] ||
      std::any_of(numbers.begin(), numbers.begin() + found,
                  [&](const NumberExpr& n) { return n.first <= k + 1 && k < n.last; })) {
    return std::nullopt;
  }
  const PhraseMatch noun = pack.quantities.measures.Match(tokens, k + 1);
  if (noun.length != 1 || noun.fields->at(0) != "people") return std::nullopt;
  const std::string verb = MeasureVerbAfter(tokens, k + 2, kVerbWindow, pack);
  const auto info = pack.quantities.measure_tally.find(verb);
  if (info == pack.quantities.measure_tally.end() || !info->second.toll) return std::nullopt;
  NumberExpr e;
  e.first = e.numeral_first = e.amount_first = k;
  e.last = e.numeral_last = k + 1;
  e.point = 1;
  e.value = Interval::Exact(1);
  return e;
}

constexpr uint64_t kArticles = uint64_t{1} << kArticleOne | uint64_t{1} << kIndefinite;

// The first word from tokens[a] on, before `end`, that the lexicon does not rule out as an
// article (AddOrdinalTolls' first test), or `end`. A loop of its own: in the reader's loop the
// test's values were reloaded from the stack at every word, most of which are no article.
// The walk goes by pointer: by index it kept the index and the token's address apart.
size_t NextArticle(Tokens tokens, size_t a, size_t end, int number_slot, int quantity_slot) {
  const Token* const stop = tokens.data() + end;
  const Token* t = tokens.data() + a;
  for (; t < stop; ++t) {
    const LexEntry* e = t->lex;
    if (e == nullptr || (e->roles[number_slot] & kArticles) != 0 ||
        ((e->roles[quantity_slot] >> kPartArticle) & 1) != 0) {
      break;
    }
  }
  return t < stop ? static_cast<size_t>(t - tokens.data()) : end;
}

}  // namespace

void AddOrdinalTolls(Tokens tokens, std::span<const uint8_t> excluded,
                     const LanguagePack& pack, std::vector<NumberExpr>& numbers) {
  constexpr size_t kLongestArticle = 6;  // "dieser": a cheap test before the ordinal's.
  const size_t before = numbers.size();
  // Both readings begin at an article, and most words are none: one pass over the sentence
  // asks each word's roles once (two passes asked them four times per word). The ones are
  // added after the ordinals, in the order the two passes gave.
  std::vector<NumberExpr> ones;
  // Where the lexicon holds both tables' roles, a tagged word's entry answers both at once
  // (RoleTable::Roles asks for the slot and the entry again at each word).
  const int number_slot = pack.numbers.roles.lex_slot();
  const int quantity_slot = pack.quantities.roles.lex_slot();
  const bool lex_roles = number_slot >= 0 && quantity_slot >= 0;
  const size_t end = tokens.size() > 2 ? tokens.size() - 2 : 0;  // Room for an ordinal's noun.
  for (size_t a = 0; a < end; ++a) {
    if (lex_roles && (a = NextArticle(tokens, a, end, number_slot, quantity_slot)) == end) break;
    const uint64_t roles = pack.numbers.roles.Roles(tokens[a]);
    const bool one = (roles >> kArticleOne) & 1;
    if (!one && !((roles >> kIndefinite) & 1) &&
        !pack.quantities.roles.Has(tokens[a], kPartArticle)) {
      continue;
    }
    if (tokens[a].folded().size() <= kLongestArticle) {
      if (auto e = OrdinalToll(tokens, excluded, a + 1, pack)) numbers.push_back(*e);
    }
    if (one) {
      if (auto e = OneToll(tokens, excluded, a, numbers, before, pack)) ones.push_back(*e);
    }
  }
  numbers.insert(numbers.end(), ones.begin(), ones.end());
  if (numbers.size() == before) return;
  std::sort(numbers.begin(), numbers.end(),
            [](const NumberExpr& a, const NumberExpr& b) { return a.first < b.first; });
}

}  // namespace crosscheck::internal
