#include "lib/extract/counter_cues.h"

namespace crosscheck::internal {
std::string CounterAfter(Tokens tokens, size_t from, size_t to,
                         const Lexicon& lex) {
  for (size_t k = from; k < to && k < from + 3; ++k) {
    if (tokens[k].kind != TokenKind::kWord) return "";
    PhraseMatch m = lex.counters.Match(tokens, k);
    if (m.length > 0 && k + m.length <= to) return std::string(m.fields->at(0));
  }
  return "";
}

std::string CounterBefore(Tokens tokens, size_t cue, const Lexicon& lex) {
  constexpr size_t kReach = 6;
  for (size_t k = cue; k-- > 0 && cue - k <= kReach;) {
    // A short aside between the body and its cue: "the Metropolitan Police (Met) said".
    if (IsPunct(tokens[k], ")") && k == cue - 1) {
      size_t open = k;
      while (open > 0 && k - open < 4 && !IsPunct(tokens[open], "(")) --open;
      if (!IsPunct(tokens[open], "(")) return "";
      cue = open;
      k = open;
      continue;
    }
    // A gender mark inside the body's name: "Die Veranstalter*innen sprechen von".
    const bool gender_mark = (IsPunct(tokens[k], "*") || IsPunct(tokens[k], ":")) &&
                             k + 1 < cue && tokens[k + 1].folded() == "innen";
    if (gender_mark) continue;
    if (tokens[k].kind != TokenKind::kWord) return "";
    PhraseMatch m = lex.counters.Match(tokens, k);
    if (m.length > 0 && k + m.length <= cue && cue - (k + m.length) <= 4) {
      return std::string(m.fields->at(0));
    }
  }
  return "";
}

}  // namespace crosscheck::internal
