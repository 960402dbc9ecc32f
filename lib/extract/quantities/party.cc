#include "lib/extract/quantities/party.h"

#include <algorithm>

#include "lib/extract/quantities/quantity.h"

namespace crosscheck::internal {
namespace {

constexpr size_t kLongestParty = 3;  // Words of the longest name ("Bündnis Sahra Wagenknecht").

// A mark that may open a quoted name: „, “, ", «, ».
bool OpensQuote(const Token& t) {
  const std::string_view f = t.folded();
  return t.kind == TokenKind::kPunct && (f == "\"" || f == "\xE2\x80\x9E" || f == "\xE2\x80\x9C" ||
                                         f == "\xC2\xAB" || f == "\xC2\xBB");
}

// Whether the row matched is written `how` (parties.tsv, third column).
bool Written(const PhraseMatch& m, std::string_view how) {
  return m.fields->size() > 1 && m.fields->at(1) == how;
}

// Whether the party name matched at tokens[k] is written as one: capitalised, or a longer
// name whose last word is ("die freien Wähler"; "die linke Hand" names none), or a name the
// press writes in lower case (parties.tsv, written "lower": "the saffron party").
bool WrittenAsName(Tokens tokens, const PhraseMatch& m, size_t k) {
  return tokens[k].upper || (m.length > 1 && tokens[k + m.length - 1].upper) ||
         Written(m, "lower");
}

// Whether initials another body shares (parties.tsv, written "initials": "PA", also the UK
// news agency) stand for the party at tokens[k]: its sentence names a party by another row
// ("IFP was at 3.9%, PA at 2.0%"), or a figure follows past punctuation only, as in a results
// table ("PA – 91,329 votes"). "A PA analysis found 62% of councils ..." names no party.
bool InPartyContext(Tokens tokens, const PhraseMatch& m, size_t k,
                    const LanguagePack& pack) {
  size_t j = k + m.length;
  // Not past a bracket: "(PA) 2,000 people gathered" is a photo credit.
  while (j < tokens.size() && tokens[j].kind == TokenKind::kPunct && tokens[j].folded() != "(" &&
         tokens[j].folded() != ")") {
    ++j;
  }
  if (j > k + m.length && j < tokens.size() && tokens[j].kind == TokenKind::kNumber) return true;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (i == k) continue;
    const PhraseMatch other = pack.quantities.parties.Match(tokens, i);
    if (other.length > 0 && !Written(other, "initials") && WrittenAsName(tokens, other, i)) {
      return true;
    }
  }
  return false;
}

// Whether the party row matched at tokens[k] names a party there.
bool NamesParty(Tokens tokens, const PhraseMatch& m, size_t k,
                const LanguagePack& pack) {
  if (!WrittenAsName(tokens, m, k)) return false;
  return !Written(m, "initials") || InPartyContext(tokens, m, k, pack);
}

// The party whose name starts at tokens[k].
const std::vector<std::string>* PartyAt(Tokens tokens, size_t k,
                                        const LanguagePack& pack) {
  const PhraseMatch m = pack.quantities.parties.Match(tokens, k);
  return m.length > 0 && NamesParty(tokens, m, k, pack) ? m.fields : nullptr;
}

// The longest name that ends at tokens[k] ("Liberal Democrats", not "Democrats"), with where
// it starts.
const std::vector<std::string>* PartyEndingAt(Tokens tokens, size_t k,
                                              const LanguagePack& pack, size_t* start) {
  const PhraseMatch m = pack.quantities.parties.EndingAt(
      tokens, k + 1, kLongestParty + 1,
      [&](const PhraseMatch& p, size_t j) { return NamesParty(tokens, p, j, pack); }, start);
  return m.fields;
}

// Whether the party starting at tokens[j] is the second of two joined by a list word ("SPD
// und Grüne", "Labour and the Greens"): a figure after both is not told to be either's.
bool Joined(Tokens tokens, size_t j, const LanguagePack& pack) {
  size_t k = j;
  const RoleTable& roles = pack.quantities.roles;
  // An article between ("SPD und die Grünen"): not_noun holds "die", "the" and "und" too.
  if (k > 0 && !roles.Has(tokens[k - 1], kListLink) &&
      (roles.Has(tokens[k - 1], kPartArticle) || roles.Has(tokens[k - 1], kNotNoun))) {
    --k;
  }
  if (k < 2 || !roles.Has(tokens[k - 1], kListLink)) return false;
  size_t start = 0;
  return PartyEndingAt(tokens, k - 2, pack, &start) != nullptr;
}

// The party named after a figure in its clause ("37 Prozent für die CSU"), not past a word
// that makes it another's: "took 36 seats from the SNP", "mit 36,4 Prozent vor den Grünen"
// ("from" and "von" are rows of their own: an earlier level, a from-to pair).
std::string PartyAfter(Tokens tokens, size_t from, const LanguagePack& pack) {
  // Past a bracket right after the figure, an aside on the count ("43,8 Prozent (Stand: 18:26
  // Uhr, Forschungsgruppe Wahlen) für die Sozialdemokraten").
  if (const size_t close = CloseAfter(tokens, from)) from = close + 1;
  for (size_t k = from; k < tokens.size() && k - from < kPartyAfter && !EndsClause(tokens[k]);
       ++k) {
    // "26 seats went to the Greens": a verb of going makes the party after "to" the holder.
    if (const PhraseMatch m = pack.quantities.properties.Match(tokens, k);
        m.length > 0 && m.fields->at(1) == "held_to") {
      k += m.length - 1;
      continue;
    }
    if (pack.quantities.PropertyRowAt(tokens, k, "held_stop") ||
        pack.quantities.PropertyRowAt(tokens, k, "earlier") ||
        pack.quantities.PropertyRowAt(tokens, k, "from_to")) {
      return "";
    }
    if (const auto* p = PartyAt(tokens, k, pack)) return p->at(0);
  }
  return "";
}

// Whether the figure at tokens[first] is not a party's own though a party is near: the whole
// it is part of ("1-3 seats out of a total of 80 seats", "von insgesamt 80 Sitzen"), or a
// figure in brackets after another name ("a sweep in Gujarat (26 seats)"), or one that several
// hold each ("die Liste A und die Liste B (jeweils 0,6 Prozent)"): no one party's.
bool OwnedElsewhere(Tokens tokens, size_t first, const LanguagePack& pack) {
  constexpr size_t kWhole = 5;  // Words of the longest row ("out of a total of").
  if (first > 0 && pack.quantities.PropertyRowAt(tokens, first - 1, "shared")) return true;
  // "29 von 51 Sitzen": the whole after a party's part.
  if (first > 1 && (pack.numbers.roles.Has(tokens[first - 1], kOf) ||
                    pack.numbers.roles.Has(tokens[first - 1], kRatio)) &&
      tokens[first - 2].kind == TokenKind::kNumber) {
    return true;
  }
  if (pack.quantities.properties
          .EndingAt(tokens, first, kWhole,
                    [](const PhraseMatch& m, size_t) { return m.fields->at(1) == "whole"; })
          .length > 0) {
    return true;
  }
  if (first < 3 || tokens[first - 1].folded() != "(") return false;
  const Token& name = tokens[first - 2];
  size_t start = 0;
  if (!name.upper || name.kind != TokenKind::kWord ||
      PartyEndingAt(tokens, first - 2, pack, &start) != nullptr) {
    return false;
  }
  // Where every noun is capitalised, only a place tells a name ("stärkste Partei (30,7 %)"
  // is the party's own).
  if (!pack.grammar.capitalised_nouns) return true;
  constexpr size_t kLongestPlace = 3;
  return pack.quantities.places.EndingAt(tokens, first - 1, kLongestPlace).length > 0;
}

// The party a sentence opens with, for the figure's clause that starts at tokens[k] after an
// aside and has no subject of its own: "The opposition INDIA bloc, courtesy of strong results
// in two states, has secured 232 seats", "The BJP, which won 303 seats in 2019, won just 33".
// The clause opens with a lower-case word that is no article or link (a verb); the sentence's
// first clause is a short noun phrase ending in a party's name. Empty otherwise.
std::string SubjectBeforeAside(Tokens tokens, size_t k,
                               const LanguagePack& pack) {
  constexpr size_t kSubject = 5;  // Words of "The opposition INDIA bloc".
  const RoleTable& roles = pack.quantities.roles;
  if (k >= tokens.size() || tokens[k].kind != TokenKind::kWord || tokens[k].upper ||
      roles.Has(tokens[k], kPartArticle) || roles.Has(tokens[k], kListLink) ||
      roles.Has(tokens[k], kClauseLink)) {
    return "";
  }
  size_t comma = 0;
  while (comma < k && comma <= kSubject && !EndsClause(tokens[comma])) ++comma;
  if (comma == 0 || comma > kSubject || comma + 1 >= k) return "";
  size_t start = 0;
  const std::vector<std::string>* party = PartyEndingAt(tokens, comma - 1, pack, &start);
  if (party == nullptr) return "";
  for (size_t j = 0; j < start; ++j) {
    if (tokens[j].kind != TokenKind::kWord) return "";
  }
  return party->at(0);
}

// The one party named in tokens [0, k), or empty when none or two.
std::string OnePartyBefore(Tokens tokens, size_t k, const LanguagePack& pack) {
  std::string named;
  for (size_t j = 0; j < k; ++j) {
    const std::vector<std::string>* p = PartyAt(tokens, j, pack);
    if (p == nullptr) continue;
    if (!named.empty() && named != p->at(0)) return "";
    named = p->at(0);
  }
  return named;
}

// The party a sentence opens with, also of its clause at tokens[k] opening with a verb, when the
// first clause names no other ("Die FDP verliert 6,9 Punkte, schaffte aber 5,7 Prozent").
std::string OpeningParty(Tokens tokens, size_t k, const LanguagePack& pack) {
  const RoleTable& roles = pack.quantities.roles;
  if (k < 2 || k >= tokens.size() || !EndsClause(tokens[k - 1]) ||
      tokens[k].kind != TokenKind::kWord || tokens[k].upper || roles.Has(tokens[k], kPartArticle) ||
      roles.Has(tokens[k], kListLink) || roles.Has(tokens[k], kClauseLink) ||
      roles.Has(tokens[k], kNotNoun)) {
    return "";
  }
  const size_t named = roles.Has(tokens[0], kPartArticle) || roles.Has(tokens[0], kNotNoun);
  const PhraseMatch m = pack.quantities.parties.Match(tokens, named);
  if (m.length == 0 || !NamesParty(tokens, m, named, pack) || named + m.length >= k - 1) return "";
  for (size_t j = 0; j + 1 < k; ++j) {
    if (EndsClause(tokens[j])) return "";  // Only the sentence's first clause.
  }
  return OnePartyBefore(tokens, k - 1, pack);
}

// The party a clause opening at tokens[k] with the party's common noun stands for (a row
// "party_noun": "The Economic Freedom Fighters fell short, the party took 9.5%", "die Partei"):
// the one party its sentence names before it. Empty when none or two.
std::string PartyNounBefore(Tokens tokens, size_t k, const LanguagePack& pack) {
  // The noun is its own row (a word of a table is never read as a person's name), after an
  // article: "the party", "die Partei".
  if (k == 0 || k + 1 >= tokens.size() ||
      !(pack.quantities.roles.Has(tokens[k], kPartArticle) ||  // "not_noun" holds "die"
        pack.quantities.roles.Has(tokens[k], kNotNoun)) ||
      pack.quantities.roles.Has(tokens[k], kListLink) ||
      !pack.quantities.PropertyRowAt(tokens, k + 1, "party_noun")) {
    return "";
  }
  return OnePartyBefore(tokens, k, pack);
}

// The party a pronoun at tokens[k] inside its sentence stands for (a party_pronoun row: "The
// Tories had their worst night, with projections suggesting they won as few as 97"): the one
// party the sentence names before it. Empty when none or two, or when the pronoun opens the
// sentence (PartyAnaphor reads that one).
std::string PronounParty(Tokens tokens, size_t k, const LanguagePack& pack) {
  if (k == 0 || !pack.quantities.PropertyRowAt(tokens, k, "party_pronoun")) return "";
  // "47 Sitze, wovon sie 27 direkt gewann": a part of the holding named before, not it.
  constexpr size_t kLongestLink = 2;  // "of which".
  for (size_t n = 1; n <= kLongestLink && n <= k; ++n) {
    const PhraseMatch m = pack.quantities.properties.Match(tokens, k - n);
    if (m.length == n && m.fields->at(1) == "part_relative") return "";
  }
  return OnePartyBefore(tokens, k, pack);
}

// Whether another party is named earlier in the clause of the noun phrase at tokens[start]:
// then it is likely that party's object ("The Conservatives beat Labour, with 365 seats"),
// and an aside after it is not told of it.
bool PartyEarlierInClause(Tokens tokens, size_t start,
                          const LanguagePack& pack) {
  for (size_t k = start; k > 0 && !EndsClause(tokens[k - 1]); --k) {
    size_t first = 0;
    if (PartyEndingAt(tokens, k - 1, pack, &first) != nullptr) return true;
  }
  return false;
}

// The party whose noun phrase ends right before the comma at tokens[comma], its name or its
// name and one common noun ("the New Popular Front alliance, at 188 seats", "Macron's Ensemble
// bloc, with 161"): a figure's clause of one preposition after that comma is an aside on the
// party. Empty when none, or one of two joined by a list word.
std::string PartyBeforeComma(Tokens tokens, size_t comma,
                             const LanguagePack& pack) {
  for (size_t end = comma; end > 0 && comma - end <= 1; --end) {
    size_t start = 0;
    if (const auto* p = PartyEndingAt(tokens, end - 1, pack, &start)) {
      return Joined(tokens, start, pack) || PartyEarlierInClause(tokens, start, pack) ? ""
                                                                               : p->at(0);
    }
    const Token& t = tokens[end - 1];
    if (t.kind != TokenKind::kWord || t.upper) return "";
  }
  return "";
}

// Whether tokens [k, first) are one lower-case word after a comma at tokens[k - 1] ("at",
// "with"): the short clause of an aside.
bool OneWordAfterComma(Tokens tokens, size_t k, size_t first) {
  return k > 1 && first == k + 1 && tokens[k - 1].folded() == "," &&
         tokens[k].kind == TokenKind::kWord && !tokens[k].upper;
}

}  // namespace

bool EndsClause(const Token& t) {
  return t.kind == TokenKind::kPunct && (t.folded() == "," || t.folded() == ";");
}

bool EndsClauseBefore(Tokens tokens, size_t k, const LanguagePack& pack) {
  if (!EndsClause(tokens[k - 1])) return false;
  const PhraseMatch m = pack.quantities.properties.Match(tokens, k);
  return !(m.length > 0 && m.fields->at(1) == "relative");
}

std::string PartyNear(Tokens tokens, size_t first, size_t last,
                      const LanguagePack& pack, std::string_view anaphor, bool after) {
  if (OwnedElsewhere(tokens, first, pack)) return "";
  size_t k = first;
  for (; k > 0 && first - k < kPartyBefore && !EndsClauseBefore(tokens, k, pack); --k) {
    // "Sie hat ersten Hochrechnungen (ARD, 19.57 Uhr) zufolge 37,3 Prozent": a bracket's
    // commas end no clause ("(SPD)" is read as any word).
    if (const size_t open = k > 1 && Is(tokens[k - 1], ")") ? OpenBefore(tokens, k - 1) : 0;
        open > 0 && std::any_of(tokens.begin() + open, tokens.begin() + k, EndsClause)) {
      k = open + 1;
      continue;
    }
    size_t start = 0;
    if (const auto* p = PartyEndingAt(tokens, k - 1, pack, &start)) {
      return Joined(tokens, start, pack) ? "" : p->at(0);
    }
    if (std::string named = PronounParty(tokens, k - 1, pack); !named.empty()) return named;
    // "die Liste Madeleine Petrovic 0,57 Prozent", "vor der Partei „Tierschutz hier“ mit 1,0
    // Prozent": a party named by a name no table knows has the figure, not one named before.
    if (k < first &&
        (pack.quantities.PropertyRowAt(tokens, k - 1, "party_noun") ||
         pack.quantities.PropertyRowAt(tokens, k - 1, "party_named")) &&
        (tokens[k].upper || OpensQuote(tokens[k]))) {
      return "";
    }
  }
  if (k == 0 && !anaphor.empty()) return std::string(anaphor);
  if (OneWordAfterComma(tokens, k, first)) {
    if (std::string named = PartyBeforeComma(tokens, k - 1, pack); !named.empty()) return named;
  }
  if (std::string named = PartyNounBefore(tokens, k, pack); !named.empty()) return named;
  if (std::string subject = SubjectBeforeAside(tokens, k, pack); !subject.empty()) return subject;
  if (after) {
    if (std::string named = PartyAfter(tokens, last, pack); !named.empty()) return named;
  }
  return OpeningParty(tokens, k, pack);
}

std::vector<std::string> SharedParties(Tokens tokens, size_t first,
                                       const LanguagePack& pack) {
  if (first == 0 || !pack.quantities.PropertyRowAt(tokens, first - 1, "shared")) return {};
  return JoinedPartiesBefore(tokens, first - 1, pack);
}

std::vector<std::string> JoinedPartiesBefore(Tokens tokens, size_t first,
                                             const LanguagePack& pack) {
  for (size_t k = first; k > 0 && first - k < kPartyBefore && !EndsClauseBefore(tokens, k, pack);
       --k) {
    size_t start = 0;
    const std::vector<std::string>* second = PartyEndingAt(tokens, k - 1, pack, &start);
    if (second == nullptr) continue;
    if (!Joined(tokens, start, pack)) return {};
    // "FDP und Linke verloren jeweils 2,7 %", "(Verluste jeweils unter 1 %)": each one's change.
    for (size_t j = k; j < first; ++j) {
      for (std::string_view takes : {"party_change", "change", "change_after", "decrease"}) {
        if (pack.quantities.PropertyRowAt(tokens, j, takes)) return {};
      }
    }
    // The first party ends before the list word (and an article: "SPD und die Grünen").
    size_t link = start - 1;
    const RoleTable& roles = pack.quantities.roles;
    if (!roles.Has(tokens[link], kListLink)) --link;
    size_t first_start = 0;
    const std::vector<std::string>* one = PartyEndingAt(tokens, link - 1, pack, &first_start);
    if (one == nullptr || one->at(0) == second->at(0)) return {};
    return {one->at(0), second->at(0)};
  }
  return {};
}

std::string PartyAnaphor(const DocContext& ctx, size_t index) {
  const LanguagePack& pack = *ctx.pack;
  const SentenceTokens& here = ctx.sentences[index];
  if (index == 0 || here.tokens.empty() ||
      !pack.quantities.PropertyRowAt(here.tokens, 0, "party_pronoun")) {
    return "";
  }
  const SentenceTokens& before = ctx.sentences[index - 1];
  // A new paragraph after a line with no full stop (closing marks after one: "40 seats.”")
  // goes on with that line's sentence: a break the page put in ("... with two-party vote of
  // 55.5%-44.5%" / "It was sitting on 86 seats").
  size_t end = before.tokens.size();
  while (end > 0 && std::string_view("”“\"«»)’").find(before.tokens[end - 1].folded()) !=
                        std::string_view::npos) --end;
  const std::string_view last = end == 0 ? "." : before.tokens[end - 1].folded();
  const bool ends = last == "." || last == "!" || last == "?";
  if (before.sentence.paragraph != here.sentence.paragraph && ends) return "";
  std::string named;
  for (size_t k = 0; k < before.tokens.size(); ++k) {
    const std::vector<std::string>* p = PartyAt(before.tokens, k, pack);
    if (p == nullptr) continue;
    if (!named.empty() && named != p->at(0)) return "";  // Two parties: which one is unsaid.
    named = p->at(0);
  }
  return named;
}

std::string PartyJustBefore(Tokens tokens, size_t first,
                            const LanguagePack& pack) {
  constexpr size_t kGap = 4;  // "while the SNP has now secured 41".
  for (size_t end = first, words = 0; end > 0 && words <= kGap; --end, ++words) {
    size_t start = 0;
    if (const auto* p = PartyEndingAt(tokens, end - 1, pack, &start)) {
      return Joined(tokens, start, pack) ? "" : p->at(0);
    }
    if (std::string named = PronounParty(tokens, end - 1, pack); !named.empty()) return named;
    if (OneWordAfterComma(tokens, end, first)) return PartyBeforeComma(tokens, end - 1, pack);
    // A verb of loss or gain makes the figure a change: "the Tories lost 250".
    const Token& t = tokens[end - 1];
    if (t.kind != TokenKind::kWord || t.upper ||
        pack.quantities.PropertyRowAt(tokens, end - 1, "party_change") ||
        pack.quantities.PropertyRowAt(tokens, end - 1, "change") ||
        pack.quantities.changes.Match(tokens, end - 1).length > 0) {
      return "";
    }
  }
  return "";
}

// The party a figure's seats go to, by a verb of going right after its noun phrase or past an
// auxiliary: "23 more to the VVD", "26 seats had gone to GroenLinks".
std::string PartyGoneTo(Tokens tokens, size_t np_end, const LanguagePack& pack) {
  constexpr size_t kAuxiliaries = 2;  // "will have gone to".
  for (size_t k = np_end; k < tokens.size() && k <= np_end + kAuxiliaries; ++k) {
    if (pack.quantities.PropertyRowAt(tokens, k, "held_to")) return PartyAfter(tokens, k, pack);
    if (tokens[k].kind != TokenKind::kWord) return "";
  }
  return "";
}

bool PartyListFigure(Tokens tokens, const NumberExpr& e, const Claim* previous,
                     const LanguagePack& pack, Claim& c) {
  if (e.vague || e.first == 0 || NounFollows(tokens, e.last, pack)) return false;
  if (HoldingNounAhead(tokens, e, pack, c)) return true;
  if (previous == nullptr || previous->paragraph != c.paragraph || previous->subject.empty()) {
    return false;
  }
  if (!PartiesHold(previous->unit, pack)) return false;
  // "the Conservatives with 147", "while the SNP holds 41", or in the paragraph's next
  // sentence: "Die Grünen landen danach bei 12". Or a share of the sentence's list that goes
  // to the party after it ("26 seats went to GroenLinks, with 23 more to the VVD").
  if (PartyJustBefore(tokens, e.first, pack).empty() &&
      (previous->sentence.begin != c.sentence.begin || PartyGoneTo(tokens, e.last, pack).empty())) {
    return false;
  }
  c.unit = previous->unit;
  c.confidence = std::min(c.confidence, previous->confidence);
  // "expects 300 seats for the NDA, with the INDIA bloc taking 180": a projection too.
  if (previous->sentence.begin == c.sentence.begin) c.modality = previous->modality;
  return true;
}

void PartyOfHolding(Tokens tokens, size_t first, size_t noun, size_t np_end,
                    std::string_view anaphor, const LanguagePack& pack, Claim& c) {
  if (!PartiesHold(c.unit, pack)) return;
  // The party, not a country or the previous figure's party, is whose seats they are; one
  // inside the noun phrase first ("121 Conservative MPs").
  c.subject.clear();
  // "the Conservatives lost 12 seats in Wales": a verb of loss right before the count makes it
  // a change of the holding, not the holding ("lost" alone is no change word: "lost 300 lives").
  if (first > 0 && pack.quantities.PropertyRowAt(tokens, first - 1, "party_change")) {
    c.aspect = Aspect::kChange;
  }
  // "five seats remain in doubt": seats whose count is still open, none that a party holds.
  const bool undecided =
      (np_end < tokens.size() && pack.quantities.PropertyRowAt(tokens, np_end, "seats_open")) ||
      (np_end + 1 < tokens.size() &&
       pack.quantities.PropertyRowAt(tokens, np_end + 1, "seats_open"));
  if (undecided || OwnedElsewhere(tokens, first, pack)) {
    CompareOnRequest(c);
    return;
  }
  for (size_t k = first + 1; k < np_end && c.subject.empty(); ++k) {
    if (const auto* p = PartyAt(tokens, k, pack)) c.subject = p->at(0);
  }
  // Only a figure with its own noun takes a party after it, and not past a word that makes
  // the party another's ("took 36 seats from the SNP", "mit 42 Sitzen vor der AfD").
  if (c.subject.empty()) c.subject = PartyNear(tokens, first, np_end, pack, anaphor, false);
  if (c.subject.empty() && noun < np_end) c.subject = PartyAfter(tokens, np_end, pack);
  // "another 26 seats went to GroenLinks", "the PVV, with 23 more to the VVD": the party the
  // seats go to, not one before, and its share of the seats shared out, not a gain.
  if (const std::string gone = PartyGoneTo(tokens, np_end, pack); !gone.empty()) {
    c.subject = gone;
    if (c.aspect == Aspect::kChange) c.aspect = Aspect::kLevel;
  }
  // A change of seats is against some baseline the article may not name (the last election,
  // the projection, one region): changes of one party meet only on request too.
  if (c.subject.empty() || c.aspect == Aspect::kChange) {
    CompareOnRequest(c);
  }
}

}  // namespace crosscheck::internal
