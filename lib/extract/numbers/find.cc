// The number expressions of a sentence: hedges, ranges, signs and currencies around each
// numeral, turned into intervals.
#include <cmath>
#include <utility>
#include <vector>

#include "lib/base/lex_entry.h"
#include "lib/extract/context.h"
#include "lib/extract/money/currency.h"
#include "lib/extract/numbers/forms.h"
#include "lib/extract/numbers/number_words.h"

namespace crosscheck::internal {

namespace {

// The hedge phrases of a sentence by the token each ends right before, and where each
// starts. A sentence has a few at most: a list, not an entry per token (filling one per
// token for every sentence cost more than the look-ups).
class HedgeEnds {
 public:
  void Clear() { ends_.clear(); }
  // The hedge that ends right before token k and its start; none, 0 if none does.
  std::pair<Hedge, size_t> operator[](size_t k) const {
    for (const End& e : ends_) {
      if (e.end == k) return {e.hedge, e.start};
    }
    return {Hedge::kNone, 0};
  }
  // Sets the hedge ending before token `end`, unless one (other than none) is set there.
  void SetIfNone(size_t end, Hedge hedge, size_t start) {
    for (End& e : ends_) {
      if (e.end != end) continue;
      if (e.hedge == Hedge::kNone) e = {end, hedge, start};
      return;
    }
    ends_.push_back({end, hedge, start});
  }

 private:
  struct End {
    size_t end;
    Hedge hedge;
    size_t start;
  };
  std::vector<End> ends_;
};

// The first of tokens [j, ...) the hedges' gate passes, or tokens.size(); a mark passed over
// (or at the word found) ends the last particle's reach. A loop of its own: FindHedges asked
// Match of every token with its state on the stack. Without stems (English) MayMatch is
// MayStart: a loop of its own spares the stems' tests.
size_t NextHedge(Tokens tokens, size_t j, const PhraseTable::Gate& gate, size_t* particle) {
  if (gate.stem_quads == nullptr) {
    for (; j < tokens.size(); ++j) {
      if (tokens[j].kind == TokenKind::kPunct) *particle = SIZE_MAX;
      if (gate.MayStart(tokens[j])) break;
    }
    return j;
  }
  for (; j < tokens.size(); ++j) {
    if (tokens[j].kind == TokenKind::kPunct) *particle = SIZE_MAX;
    if (gate.MayMatch(tokens[j])) break;
  }
  return j;
}

void FindHedges(Tokens tokens, const LanguagePack& pack, bool hedge_words,
                HedgeEnds& hedge_end) {
  hedge_end.Clear();
  constexpr size_t kParticleGap = 12;  // "bringing the total fatalities from the shooting".
  size_t verb_end = SIZE_MAX;  // Where a row of hedge "verb" ended: no hedge ends there.
  size_t particle = SIZE_MAX;  // Where the last verb of hedge "particle" stood.
  const PhraseTable::Gate gate = pack.numbers.hedges.Gated();
  for (size_t j = 0; hedge_words && j < tokens.size(); ++j) {
    if ((j = NextHedge(tokens, j, gate, &particle)) == tokens.size()) break;
    PhraseMatch m = pack.numbers.hedges.MatchGated(tokens, j);
    if (m.length == 0) continue;
    const size_t end = AbsorbDot(tokens, j + m.length);
    const std::string_view name = m.fields->at(0);
    // "the toll was up to 27", "bringing the toll up to 22": a count gone up to the figure, no
    // ceiling.
    if (name == "verb") verb_end = end;
    if (name == "particle") particle = j;
    const bool particle_before = particle != SIZE_MAX && particle + 1 < j;
    if (name == "upto" && particle_before && j - particle <= kParticleGap) {
      verb_end = end;
    }
    if (end == verb_end || name == "particle") continue;
    // "no fewer than" ends where "fewer than" ends: the longer, earlier phrase wins.
    hedge_end.SetIfNone(end, HedgeFromName(name), j);
  }
}

// Whether the numeral `n` at tokens[i] is left out: something other than a quantity, except
// that with `keep_percent` a percentage is kept (and read over its sign or word).
bool Rejected(std::string_view text, Tokens tokens, size_t i,
              const LanguagePack& pack, bool keep_percent, Numeral& n) {
  const Numeral bare = n;  // What follows the figure itself decides ("12 Prozent." is no ordinal).
  if (keep_percent && ReadPercent(tokens, pack, n)) {
    return CountsNothing(text, tokens, i, bare, pack);
  }
  return IsNonQuantity(text, tokens, i, n, pack);
}

// The upper bound of a range after the numeral `n`: "10.000 bis 12.000", "10,000–12,000",
// "zwischen 2 und 3 Milliarden"; with `signed_low`, the bound may carry its own minus sign
// ("zwischen minus 5 und minus 10 Grad"), reported in *negative.
std::optional<Numeral> RangeUpper(std::string_view text, Tokens tokens,
                                  std::span<const uint8_t> excluded, const LanguagePack& pack,
                                  const Numeral& n, bool between, bool has_currency,
                                  bool signed_low, bool keep_percent, bool* negative) {
  if (n.last + 1 >= tokens.size()) return std::nullopt;
  const Token& sep = tokens[n.last];
  const bool dash = IsAnyDash(sep);
  const bool word = HasRole(sep, pack, kRangeTo) || (between && HasRole(sep, pack, kAnd));
  if (!dash && !word) return std::nullopt;
  size_t at = n.last + 1;
  // "30- bis 40.000": German elides the first scale with a hyphen before "bis".
  if (dash && at + 1 < tokens.size() && HasRole(tokens[at], pack, kRangeTo)) ++at;
  // "between $2 and $3 billion": the currency may be repeated before the upper bound.
  if (has_currency && at + 1 < tokens.size() &&
      pack.money.currencies.Match(tokens, at).length == 1 &&
      tokens[at].kind == TokenKind::kPunct) {
    ++at;
  }
  if (signed_low && at + 1 < tokens.size() && SignBefore(tokens, at + 1, pack) == at) {
    *negative = true;
    ++at;
  }
  if (excluded[at]) return std::nullopt;
  std::optional<Numeral> upper = ParseNumeral(text, tokens, at, pack);
  if (upper && Rejected(text, tokens, at, pack, keep_percent, *upper)) upper.reset();
  return upper;
}

// A bare figure is an estimate when it is round: scaled ("400 Millionen") or ending in 00.
bool IsRound(const Numeral& n) {
  if (n.scaled) return true;
  if (n.fractional || n.value < 100) return false;
  return std::fmod(n.value, 100) == 0;
}

// Vague plurals: "Tausende", "tens of thousands"; vague multiples: "mehrere hundert".
std::optional<NumberExpr> VagueAt(std::string_view text, Tokens tokens,
                                  size_t i, const LanguagePack& pack) {
  // Asked at every word: the readers' first tests, inline, spare most words both calls.
  std::optional<NumberExpr> vm;
  if (RoleAt(tokens, i, pack, kSeveral).length > 0) vm = VagueMultiple(tokens, i, pack);
  if (!vm && DigitLed(tokens[i].folded())) vm = DigitPlural(text, tokens, i, pack);
  PhraseMatch v = vm ? PhraseMatch{} : pack.numbers.vague.Match(tokens, i);
  if (!vm && v.length == 0) return std::nullopt;
  NumberExpr e;
  if (vm) {
    e = *vm;
  } else {
    e.first = e.numeral_first = i;
    e.last = i + v.length;
    e.value = {NumberField(v, 0, 0), NumberField(v, 1, 0), false, true};
    e.numeral_last = e.last;
    e.amount_first = e.first;
    e.vague = true;
    VagueScale(tokens, pack, e);
  }
  VagueCurrency(tokens, pack, e);
  return e;
}

// "siebenhundert-Euro", "five-dollar": the amount and its currency in one word.
std::optional<NumberExpr> AmountWord(Tokens tokens, size_t i,
                                     const LanguagePack& pack, const HedgeEnds& hedge_end,
                                     const ExtractOptions& options) {
  const Token& t = tokens[i];
  if (t.kind != TokenKind::kWord || !t.hyphen) return std::nullopt;  // Only these have a dash.
  const size_t dash = t.folded().rfind('-');
  if (dash == std::string::npos || dash == 0) return std::nullopt;
  const std::vector<std::string>* code = pack.money.currencies.Find(t.folded().substr(dash + 1));
  const std::optional<double> v = NumberWord(pack, t.folded().substr(0, dash));
  if (code == nullptr || !v) return std::nullopt;
  NumberExpr e;
  e.first = e.numeral_first = e.amount_first = i;
  e.last = e.numeral_last = i + 1;
  e.point = *v;
  Numeral n;
  n.value = *v;
  auto [hedge, hedge_start] = hedge_end[i];
  if (hedge != Hedge::kNone) e.first = hedge_start;
  e.estimate = hedge == Hedge::kNone && IsRound(n);
  e.value = Apply(hedge, *v, options, &e.estimate);
  e.currency = code->at(0);
  return e;
}

// What FindNumbers knows of the sentence while it reads one figure.
struct Sentence {
  std::string_view text;
  Tokens tokens;
  std::span<const uint8_t> excluded;
  const LanguagePack& pack;
  const ExtractOptions& options;
  const HedgeEnds& hedge_end;
  size_t consumed;  // Tokens before this belong to an earlier expression.
  bool all_numerals;
  bool keep_percent;
};

// The range after a figure, if any.
struct Range {
  bool found = false;
  bool between = false;   // After "zwischen", "between": the expression starts there.
  bool negative = false;  // The upper bound has its own minus sign.
};

// The range, if any, after the figure `n` read so far into `e` (hedge `hedge` starting at
// `hedge_start`, a minus sign at `sign` or none when it is n.first): sets e.value, e.first
// and e.last.
Range ReadRange(const Sentence& s, const Numeral& n, Hedge hedge, size_t hedge_start,
                size_t sign, bool has_currency, NumberExpr& e) {
  Tokens tokens = s.tokens;
  const size_t start = n.first;
  Range r;
  const size_t lead = hedge == Hedge::kNone && sign < start ? sign : e.first;
  r.between = lead > 0 && HasRole(tokens[lead - 1], s.pack, kBetween);
  std::optional<Numeral> upper;
  // An approximate hedge before a range ("some 11,000 to 12,000") leaves the range as is.
  if ((hedge == Hedge::kNone || hedge == Hedge::kApprox) && !s.all_numerals) {
    upper = RangeUpper(s.text, tokens, s.excluded, s.pack, n, r.between, has_currency,
                       sign < start, s.keep_percent, &r.negative);
  }
  if (r.between) e.first = lead - 1;
  if (!upper || (!r.between && ChangeFromTo(tokens, lead, tokens[n.last], s.pack))) return r;
  // "49.12% or 57,976,538 votes": a share restated as a count, no two alternatives.
  if (n.percent && !upper->percent) return r;
  double lo = n.value;
  if (!n.scaled) lo *= upper->multiplier;  // The scale word is shared: "2 bis 3 Milliarden".
  if (!n.scaled && upper->multiplier == 1) {
    lo = n.from_digits ? SharedThousands(n, *upper) : ElidedWordScale(tokens, s.pack, n, *upper);
  }
  if (lo > upper->value) return r;
  e.value = {lo, upper->value, false, false};
  e.last = upper->last;
  e.percent = n.percent || upper->percent;
  if (hedge == Hedge::kApprox) e.first = hedge_start;
  r.found = true;
  return r;
}

// A figure given to a decimal was rounded to that digit, not guessed. "rund 1,3 Millionen"
// is read like a bare round figure (the rounding tolerance), or half its last digit either
// way where that is more, so that "rund 1,5 Millionen" is another estimate. Bare, a scaled
// figure is exact to its last digit ("17,9 Millionen": 17.85 to 17.95 million; "27,154
// Millionen": 27,153,500 to 27,154,500; an audience, a statistic), except halves and quarters
// ("3,5 Millionen", "1.25 million"), which say "about" and keep the rounding tolerance.
void WrittenPrecision(const Numeral& n, Hedge hedge, const ExtractOptions& o, NumberExpr& e) {
  const double half_digit = 0.5 * std::pow(10.0, -n.decimals) * n.multiplier / n.value;
  if (hedge == Hedge::kApprox) {
    const double t = std::max(half_digit, o.round_tolerance);
    if (t < o.approx_tolerance) e.value = {n.value * (1 - t), n.value * (1 + t)};
    return;
  }
  const double written = n.value / n.multiplier;
  const double quarters = (written - std::floor(written)) * 4;
  if (!e.estimate || !n.scaled || std::fabs(quarters - std::round(quarters)) < 1e-9) return;
  if (half_digit < o.round_tolerance) {
    e.value = {n.value * (1 - half_digit), n.value * (1 + half_digit), false, true};
  }
}

// The expression around the numeral `n`: currency, hedge, range and sign.
NumberExpr ReadFigure(const Sentence& s, const Numeral& n) {
  Tokens tokens = s.tokens;
  NumberExpr e;
  const size_t start = n.first;  // Before the numeral's token for ",5".
  e.numeral_first = e.first = start;
  e.numeral_last = e.last = n.last;
  e.point = n.value;
  e.scaled = n.scaled;
  e.percent = n.percent;
  std::string currency;
  size_t sign = SignBefore(tokens, start, s.pack);
  if (sign < start && (sign < s.consumed || s.excluded[sign])) sign = start;
  size_t hedge_pos = sign;
  if (auto c = CurrencyBefore(tokens, start, s.consumed, s.pack)) {
    currency = c->second;
    e.first = hedge_pos = c->first;
    sign = start;
  }
  e.amount_first = e.first;
  auto [hedge, hedge_start] = s.hedge_end[hedge_pos];
  if (hedge == Hedge::kNone && !n.hedge_after.empty()) {
    hedge = HedgeFromName(n.hedge_after);
    hedge_start = e.first;
  } else if (hedge == Hedge::kApprox && !n.hedge_after.empty()) {
    // "an estimated 150-plus houses": the bound written after the figure says more than the
    // estimate before it.
    hedge = HedgeFromName(n.hedge_after);
  }
  if (hedge != Hedge::kNone) e.first = hedge_start;
  const Range range = ReadRange(s, n, hedge, hedge_start, sign, !currency.empty(), e);
  if (!range.found) {
    e.estimate = hedge == Hedge::kNone && IsRound(n);
    e.value = Apply(hedge, n.value, s.options, &e.estimate);
    if (n.decimals > 0 && n.value > 0) WrittenPrecision(n, hedge, s.options, e);
  }
  if (currency.empty()) {
    ReadCurrencyAfter(tokens, s.pack, s.options, hedge, range.found, n.scaled, e);
  } else {
    e.currency = currency;
  }
  ApplySign(tokens, s.pack, sign, sign < start, range.found ? range.negative : sign < start,
            range.found, e);
  if (e.point < 0 && hedge == Hedge::kNone && !range.between) e.first = sign;
  return e;
}

}  // namespace

bool MayHoldFigure(const SentenceTokens& st, const LanguagePack& pack) {
  if (st.shapes != 0 || (st.classes >> kLexVague) & 1 ||
      pack.numbers.vague.has_stems()) {
    return true;
  }
  // FindNumbers' own first tests of a word, in its order.
  Tokens tokens = st.tokens;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.kind != TokenKind::kWord) continue;
    if (RoleAt(tokens, i, pack, kSeveral).length > 0) return true;
    if ((pack.numbers.MayBeNumberWord(t.folded()) &&
         !(t.lex != nullptr && t.lex->Is(kLexNoNumber))) ||
        HasRole(t, pack, kHalf)) {
      return true;
    }
  }
  return false;
}

namespace {

// NextCandidate's tests of a word told from its lexicon entry and its bytes alone, with the
// pack's values they need read once.
struct PlainWords {
  int slot;  // The numeral roles' lex_slot.
  bool vague_words;
  PhraseTable::Gate vague;
  const uint64_t* number_starts;  // NumberWords::starts' words.
};

// The first token from tokens[i] on (or n) that is not excluded, no punctuation and no tagged
// word failing every test of NextCandidate's: no role "several" of a form it begins, no half,
// not digit-led, no hyphen, no vague form's first word (asked where vague_words) and no
// number word's beginning. Out of line and without calls: its values stay in registers, where
// in NextCandidate (inlined in FindNumbersIn, calling the vague table) they were reloaded for
// every word.
[[gnu::noinline]] size_t SkipPlainWords(const Token* tokens, size_t i, size_t n,
                                        const uint8_t* excluded, const PlainWords p) {
  if (p.slot < 0) return i;
  for (; i < n; ++i) {
    const Token& t = tokens[i];
    if (excluded[i] || t.kind == TokenKind::kPunct) continue;
    if (t.kind != TokenKind::kWord || t.lex == nullptr || t.hyphen) return i;
    if (t.lex->Is(kLexPlainNumber)) continue;  // The tests below, answered at CompileLexicon.
    if (((t.lex->lead_roles[p.slot] >> kSeveral) & 1) || ((t.lex->roles[p.slot] >> kHalf) & 1)) {
      return i;
    }
    const std::string_view folded = t.folded();
    if (DigitLed(folded) || (p.vague_words && p.vague.MayMatch(t))) return i;
    // NumberWords::MayBeNumberWord.
    if ((folded.size() < 2 || LeadingBytes::MayLeadIn(p.number_starts, folded)) &&
        !t.lex->Is(kLexNoNumber)) {
      return i;
    }
  }
  return i;
}

// The first token from tokens[i] on (or tokens.size()) past FindNumbersIn's first tests: a
// number, or a word that may start a vague number (*vague: VagueAt's tests) or a numeral. A
// loop of its own, whose values stay in registers, for the many tokens passed over.
size_t NextCandidate(Tokens tokens, size_t i, std::span<const uint8_t> excluded,
                     const LanguagePack& pack, bool vague_words, bool* vague) {
  const PlainWords plain{pack.numbers.roles.lex_slot(), vague_words, pack.numbers.vague.Gated(),
                         pack.numbers.starts.Words()};
  for (; i < tokens.size(); ++i) {
    i = SkipPlainWords(tokens.data(), i, tokens.size(), excluded.data(), plain);
    if (i == tokens.size()) break;
    const Token& t = tokens[i];
    if (excluded[i] || t.kind == TokenKind::kPunct) continue;
    if (t.kind == TokenKind::kNumber) {
      *vague = false;
      return i;
    }
    const bool starts_vague = RoleAt(tokens, i, pack, kSeveral).length > 0 ||
                              DigitLed(t.folded()) ||
                              (vague_words && pack.numbers.vague.Match(tokens, i).length > 0);
    if (starts_vague || t.hyphen ||
        (pack.numbers.MayBeNumberWord(t.folded()) &&
         !(t.lex != nullptr && t.lex->Is(kLexNoNumber))) ||
        HasRole(t, pack, kHalf)) {
      *vague = starts_vague;
      return i;
    }
  }
  return i;
}

// A sentence with a figure mostly has a few: room for four at the first, not a growth (and
// a copy of each expression) per doubling.
void AddExpr(std::vector<NumberExpr>& out, NumberExpr&& e) {
  if (out.empty()) out.reserve(4);
  out.push_back(std::move(e));
}

void FindNumbersIn(std::string_view text, Tokens tokens, std::span<const uint8_t> excluded,
                   const LanguagePack& pack, const ExtractOptions& options, bool all_numerals,
                   bool keep_percent, std::vector<NumberExpr>& out,
                   uint64_t classes = ~uint64_t{0}) {
  // A table without stems can match only at a word of its lexicon class: where no tagged
  // word of the sentence has it, its question at each word is answered for them all.
  const auto may_match = [&](const PhraseTable& t, LexClass c) {
    return ((classes >> c) & 1) != 0 || t.has_stems();
  };
  const bool hedge_words = may_match(pack.numbers.hedges, kLexHedge);
  const bool vague_words = may_match(pack.numbers.vague, kLexVague);
  // One buffer per thread instead of an allocation per sentence: nothing FindNumbers calls
  // calls it again.
  thread_local HedgeEnds hedge_end;
  FindHedges(tokens, pack, hedge_words, hedge_end);
  Sentence s{text, tokens, excluded, pack, options, hedge_end, 0, all_numerals, keep_percent};
  for (size_t i = 0; i < tokens.size(); ++i) {
    bool vague = false;
    if ((i = NextCandidate(tokens, i, excluded, pack, vague_words, &vague)) == tokens.size()) break;
    const Token& t = tokens[i];
    // VagueAt's three readers' first tests, asked there so that the many words none of them
    // can start skip building and testing an empty optional NumberExpr (a string inside).
    if (vague) {
      if (std::optional<NumberExpr> e = VagueAt(text, tokens, i, pack)) {
        s.consumed = e->last;
        i = e->last - 1;
        AddExpr(out, std::move(*e));
        continue;
      }
    }
    if (t.kind != TokenKind::kNumber && t.kind != TokenKind::kWord) continue;
    // Most words are no numeral: without a hyphen (which AmountWord and HyphenShare need),
    // a word that begins no number word, or that the lexicon knows is none (English "the",
    // "that", German "eine", "sei" begin like one), and is no half is what ParseNumeral
    // rejects first.
    if (t.kind == TokenKind::kWord && !t.hyphen &&
        (!pack.numbers.MayBeNumberWord(t.folded()) ||
         (t.lex != nullptr && t.lex->Is(kLexNoNumber))) &&
        !HasRole(t, pack, kHalf)) {
      continue;
    }
    if (std::optional<NumberExpr> e = AmountWord(tokens, i, pack, hedge_end, options)) {
      s.consumed = e->last;
      AddExpr(out, std::move(*e));
      continue;
    }
    std::optional<Numeral> n = ParseNumeral(text, tokens, i, pack);
    // The second figure of a score or code that is no range ("3-1 win", "555-0123"): a
    // range would have taken it as its upper bound.
    const bool joined_to_figure = i >= 2 && !t.space_before && Is(tokens[i - 1], "-") &&
                                  !tokens[i - 1].space_before &&
                                  tokens[i - 2].kind == TokenKind::kNumber;
    if (!n || (!all_numerals &&
               (joined_to_figure || Rejected(text, tokens, i, pack, keep_percent, *n)))) {
      if (n) i = n->last - 1;
      continue;
    }
    NumberExpr e = ReadFigure(s, *n);
    s.consumed = e.last;
    i = e.last - 1;
    AddExpr(out, std::move(e));
  }
}

}  // namespace

std::vector<NumberExpr> FindNumbers(std::string_view text, Tokens tokens,
                                    std::span<const uint8_t> excluded,
                                    const LanguagePack& pack, const ExtractOptions& options,
                                    bool all_numerals, bool keep_percent) {
  std::vector<NumberExpr> out;
  FindNumbersIn(text, tokens, excluded, pack, options, all_numerals, keep_percent, out);
  return out;
}

void FindNumbersInto(std::string_view text, Tokens tokens, std::span<const uint8_t> excluded,
                     const LanguagePack& pack, const ExtractOptions& options,
                     std::vector<NumberExpr>& out, uint64_t classes) {
  out.clear();
  FindNumbersIn(text, tokens, excluded, pack, options, false, false, out, classes);
}

}  // namespace crosscheck::internal
