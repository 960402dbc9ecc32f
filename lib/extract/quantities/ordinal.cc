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
std::optional<std::pair<int, size_t>> OrdinalAt(const std::vector<Token>& tokens, size_t k,
                                                const LanguagePack& pack) {
  if (tokens[k].kind == TokenKind::kNumber) {
    constexpr size_t kDigits = 3;
    const std::string_view d = tokens[k].folded;
    if (!pack.grammar.ordinal_dot || k + 1 >= tokens.size() || tokens[k + 1].folded != "." ||
        tokens[k + 1].space_before || d.size() > kDigits ||
        !std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return std::nullopt;
    }
    int v = 0;
    for (char c : d) v = v * 10 + (c - '0');
    return std::pair{v, k + 2};
  }
  if (pack.grammar.capitalised_nouns) {
    if (auto v = OrdinalWord(tokens[k].folded, pack)) return std::pair{*v, k + 1};
    return std::nullopt;
  }
  return SpelledOrdinal(tokens, k, pack);
}

bool ArticleAt(const std::vector<Token>& tokens, size_t k, const LanguagePack& pack) {
  return pack.quantities.roles.Has(tokens[k], kPartArticle) ||
         pack.numbers.roles.Has(tokens[k], kIndefinite) ||
         pack.numbers.roles.Has(tokens[k], kArticleOne);
}

}  // namespace

void AddOrdinalTolls(const std::vector<Token>& tokens, const std::vector<uint8_t>& excluded,
                     const LanguagePack& pack, std::vector<NumberExpr>& numbers) {
  // "the first death" is as often "the first to die of the new strain": from the second on.
  constexpr int kLowest = 2, kHighest = 100;
  constexpr size_t kLongestArticle = 6;  // "dieser": a cheap test before the tables'.
  const size_t before = numbers.size();
  for (size_t k = 1; k + 1 < tokens.size(); ++k) {
    if ((tokens[k].kind != TokenKind::kWord && tokens[k].kind != TokenKind::kNumber) ||
        tokens[k].upper || excluded[k] ||
        tokens[k - 1].folded.size() > kLongestArticle || !ArticleAt(tokens, k - 1, pack)) {
      continue;
    }
    const auto ordinal = OrdinalAt(tokens, k, pack);
    if (!ordinal || ordinal->first < kLowest || ordinal->first > kHighest) continue;
    const size_t after = ordinal->second;
    const std::optional<Measure> m = FindMeasure(tokens, after, false, pack);
    if (!m || !m->known) continue;
    const auto info = pack.quantities.measure_tally.find(m->name);
    if (info == pack.quantities.measure_tally.end() ||
        !(info->second.toll || info->second.generic)) {
      continue;
    }
    NumberExpr e;
    e.first = e.numeral_first = e.amount_first = k;
    e.last = e.numeral_last = after;
    e.point = ordinal->first;
    e.value = Interval::Exact(ordinal->first);
    numbers.push_back(e);
  }
  // "in Polen ist ein Mensch ertrunken": an article that is the number one before a person
  // with a verb of a toll right after counts one of the toll ("a man" is no count: the article
  // must be a numeral_words article_one before a noun that counts people).
  constexpr size_t kVerbWindow = 2;  // "ein Mensch ums Leben".
  for (size_t k = 0; k + 2 < tokens.size(); ++k) {
    if (excluded[k] || excluded[k + 1] || !pack.numbers.roles.Has(tokens[k], kArticleOne) ||
        std::any_of(numbers.begin(), numbers.begin() + before,
                    [&](const NumberExpr& n) { return n.first <= k + 1 && k < n.last; })) {
      continue;
    }
    const PhraseMatch noun = pack.quantities.measures.Match(tokens, k + 1);
    if (noun.length != 1 || noun.fields->at(0) != "people") continue;
    const std::string verb = MeasureVerbAfter(tokens, k + 2, kVerbWindow, pack);
    const auto info = pack.quantities.measure_tally.find(verb);
    if (info == pack.quantities.measure_tally.end() || !info->second.toll) continue;
    NumberExpr e;
    e.first = e.numeral_first = e.amount_first = k;
    e.last = e.numeral_last = k + 1;
    e.point = 1;
    e.value = Interval::Exact(1);
    numbers.push_back(e);
  }
  if (numbers.size() == before) return;
  std::sort(numbers.begin(), numbers.end(),
            [](const NumberExpr& a, const NumberExpr& b) { return a.first < b.first; });
}

}  // namespace crosscheck::internal
