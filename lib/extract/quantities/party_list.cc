// A party's figure whose list names what it counts only at its end, and the part of the
// whole (a constituency, one polling station) a list of shares is of.
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

// A line of a results list that gives each party its share alone, with no "Prozent" in the
// list ("Das vorläufige Endergebnis:" then "ÖVP 38,35", "SPÖ 21,54"): the party opens the
// line and a figure with decimals below 100 ends it.
bool ShareLine(Tokens tokens, const NumberExpr& e, const LanguagePack& pack) {
  constexpr size_t kPartyWords = 3;  // "Die Linke", "Bündnis 90/Die Grünen" is no line here.
  if (e.first == 0 || e.first > kPartyWords || e.value.high >= 100 ||
      tokens[e.first].kind != TokenKind::kNumber ||
      tokens[e.first].folded().find(pack.grammar.decimal_mark) == std::string_view::npos) {
    return false;
  }
  for (size_t k = 0; k < e.first; ++k) {
    if (tokens[k].kind != TokenKind::kWord) return false;
  }
  return e.last == tokens.size() || (e.last + 1 == tokens.size() && Is(tokens[e.last], "."));
}

}  // namespace

bool HoldingNounAhead(Tokens tokens, const NumberExpr& e, const LanguagePack& pack, Claim& c) {
  const std::string party = PartyJustBefore(tokens, e.first, pack);
  if (party.empty()) return false;
  if (ShareLine(tokens, e, pack)) {
    c.unit = "vote_share";
    c.subject = party;
    return true;
  }
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

std::string SectionOf(const DocContext& ctx, size_t index) {
  // "In einem Wahllokal kam die FDP auf 22,4 Prozent": one unnamed polling station's share.
  Tokens here = ctx.sentences[index].tokens;
  for (size_t k = 0; k < here.size(); ++k) {
    const PhraseMatch m = ctx.pack->quantities.properties.Match(here, k);
    if (m.length == 0) continue;
    if (m.fields->at(1) == "one_section") {
      return "one_" + std::string(here[k + m.length - 1].folded());
    }
    // "bei den Wahlkarten (33,8 Prozent)": the shares among postal votes, not the count's.
    if (m.fields->at(1) == "vote_mode") return "mode_" + m.fields->at(0);
  }
  constexpr size_t kHeading = 8;   // Tokens of a heading at most.
  constexpr size_t kItem = 14;     // A list item is short; a longer sentence is prose.
  constexpr size_t kItems = 16;    // Items looked back over.
  for (size_t back = 0; back <= kItems && back <= index; ++back) {
    Tokens t = ctx.sentences[index - back].tokens;
    size_t k = 0;
    while (k < t.size() && t[k].kind == TokenKind::kPunct) ++k;  // A bullet or dash.
    if (k < t.size() && t.size() <= kHeading &&
        ctx.pack->quantities.PropertyRowAt(t, k, "section")) {
      std::string key(t[k].folded());
      if (k + 1 < t.size() && t[k + 1].kind == TokenKind::kNumber) {
        key.append(" ").append(t[k + 1].folded());
      }
      return key;
    }
    if (t.size() > kItem) return "";
  }
  return "";
}

}  // namespace crosscheck::internal
