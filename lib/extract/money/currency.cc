#include "lib/extract/money/currency.h"

namespace crosscheck::internal {
namespace {

// "US$ 5", "USD$ 15", "U.S. $ 100" and "u.s $ 100" all name the US dollar twice: a
// dollar_prefix (with the currency it names) before a "$" at tokens[i - 1].
std::optional<std::pair<size_t, std::string>> DollarPrefix(Tokens tokens,
                                                           size_t i, size_t earliest,
                                                           const LanguagePack& pack) {
  if (const auto* code = pack.numbers.roles.Values(tokens[i - 2].folded(), kDollarPrefix);
      code != nullptr && !code->empty()) {
    return std::pair{i - 2, code->front()};
  }
  size_t k = i - 2;
  if (Is(tokens[k], ".") && k > 0) --k;
  if (k < 2 || k - 2 < earliest) return std::nullopt;
  const RoleTable::Match m = RoleAt(tokens, k - 2, pack, kDollarPrefix);
  if (m.length != 3 || m.values->empty()) return std::nullopt;
  return std::pair{k - 2, m.values->front()};
}

// The scale inside a currency form ("musd" is a million dollars), 1 for plain forms.
double CurrencyMultiplier(const PhraseMatch& c) { return NumberField(c, 1, 1); }

// "350 pounds of cement" weighs; "361 million pounds" pays.
bool IsWeightNotMoney(Tokens tokens, size_t currency_at, size_t length,
                      const LanguagePack& pack) {
  return HasRole(tokens[currency_at], pack, kWeight) && currency_at + length < tokens.size() &&
         HasRole(tokens[currency_at + length], pack, kWeightOf);
}

}  // namespace

std::optional<std::pair<size_t, std::string>> CurrencyBefore(Tokens tokens,
                                                             size_t i, size_t earliest,
                                                             const LanguagePack& pack) {
  if (i >= 2 && i - 2 >= earliest && Is(tokens[i - 1], "$")) {
    if (auto p = DollarPrefix(tokens, i, earliest, pack)) return p;
  }
  for (size_t back = 1; back <= 2 && back <= i && i - back >= earliest; ++back) {
    PhraseMatch m = pack.money.currencies.Match(tokens, i - back);
    // "won" (and other currency words) before a number are verbs or nouns ("won 3-1"):
    // only signs and ISO codes ("$", "€", "USD") stand before an amount.
    const Token& c = tokens[i - back];
    if (m.length == back &&
        (c.kind == TokenKind::kPunct ||
         (c.folded().size() == 3 && !HasRole(c, pack, kCurrencyVerb)))) {
      return std::pair{i - back, m.fields->at(0)};
    }
  }
  return std::nullopt;
}

void ReadCurrencyAfter(Tokens tokens, const LanguagePack& pack,
                       const ExtractOptions& options, Hedge hedge, bool range, bool scaled,
                       NumberExpr& e) {
  if (e.last >= tokens.size()) return;
  PhraseMatch c = pack.money.currencies.Match(tokens, e.last);
  const size_t after = e.last + c.length;
  // "3 USD50 cards": a code glued to the next figure belongs to that figure.
  const bool glued_to_next = after < tokens.size() && tokens[after].kind == TokenKind::kNumber &&
                             !tokens[after].space_before;
  if (c.length == 0 || glued_to_next || IsWeightNotMoney(tokens, e.last, c.length, pack)) return;
  e.currency = c.fields->at(0);
  e.last = after;
  // "30 MUSD": a code with the million in it; "75 USD million": the scale after it.
  double mult = CurrencyMultiplier(c);
  if (mult == 1 && e.last < tokens.size() && !range && !scaled) {
    PhraseMatch sc = pack.numbers.scales.Match(tokens, e.last);
    if (sc.length > 0 && tokens[e.last].folded().size() > 3) {
      mult = ScaleValue(sc);
      e.last += sc.length;
    }
  }
  if (mult == 1) return;
  e.point *= mult;
  if (hedge == Hedge::kNone && !range) {
    e.estimate = true;  // Scaled, so round: "30 MUSD" as "30 million dollars".
    e.value = Apply(Hedge::kNone, e.point, options, &e.estimate);
  } else {
    e.value.low *= mult;
    e.value.high *= mult;
  }
}

void VagueCurrency(Tokens tokens, const LanguagePack& pack, NumberExpr& e) {
  size_t k = e.last;
  if (k + 1 < tokens.size() && HasRole(tokens[k], pack, kOf)) ++k;  // "of dollars"
  if (k >= tokens.size()) return;
  PhraseMatch c = pack.money.currencies.Match(tokens, k);
  if (c.length > 0 && tokens[k].kind == TokenKind::kWord) {
    e.currency = c.fields->at(0);
    e.last = k + c.length;
  }
}

}  // namespace crosscheck::internal
