// A party's figure whose list names what it counts only at its end.
#include "lib/extract/quantities/party.h"

namespace crosscheck::internal {

namespace {

// The holding a colon's list names in its head, for the figure at tokens[first]: "Dies ergibt
// folgende Sitzverteilung: SPD 26, AfD 18, CDU 16" (measures.tsv: sitzverteilung, seats).
std::string_view HoldingOfListHead(Tokens tokens, size_t first, const LanguagePack& pack) {
  constexpr size_t kReach = 40, kHead = 2;
  size_t colon = first;
  while (colon > 0 && first - colon < kReach && !Is(tokens[colon - 1], ":")) {
    --colon;
    if (tokens[colon].kind == TokenKind::kPunct && !Is(tokens[colon], ",")) return {};
  }
  if (colon == 0 || !Is(tokens[colon - 1], ":")) return {};
  for (size_t k = colon - 1; k-- > 0 && k + kHead + 1 >= colon;) {
    const PhraseMatch m = pack.quantities.measures.Match(tokens, k);
    if (m.length > 0 && k + m.length + 1 == colon && PartiesHold(m.fields->at(0), pack)) {
      return m.fields->at(0);
    }
  }
  return {};
}

}  // namespace

bool HoldingNounAhead(Tokens tokens, const NumberExpr& e, const LanguagePack& pack, Claim& c) {
  if (PartyJustBefore(tokens, e.first, pack).empty()) return false;
  if (const std::string_view head = HoldingOfListHead(tokens, e.first, pack); !head.empty()) {
    c.unit = std::string(head);
    return true;
  }
  // "SPD 25, AfD 17, CDU 15 bis 16, Linke 10 und Grüne 4 Mandate": commas, links, parties
  // and figures up to the noun, no other mark.
  constexpr size_t kReach = 40;
  bool after_figure = false;
  for (size_t k = e.last; k < tokens.size() && k < e.last + kReach; ++k) {
    const Token& t = tokens[k];
    if (t.kind == TokenKind::kPunct && !Is(t, ",")) return false;
    if (t.kind == TokenKind::kNumber) {
      after_figure = true;
      continue;
    }
    if (after_figure) {
      const PhraseMatch m = pack.quantities.measures.Match(tokens, k);
      if (m.length > 0) {
        if (!PartiesHold(m.fields->at(0), pack)) return false;
        c.unit = m.fields->at(0);
        return true;
      }
    }
    after_figure = false;
  }
  return false;
}

}  // namespace crosscheck::internal
