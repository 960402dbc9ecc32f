// Verb groups a count takes its measure from beyond the words right after its noun: a
// German participle closing the clause past an aside, a noun joined to another kind of
// people ("Einwohner und Touristen"), which makes one group of anyone, and the fate of cases
// ("189 suspected cases have been hospitalized") (frame.h).
#include "lib/extract/quantities/frame.h"

#include "lib/extract/measure_qualifiers.h"

namespace crosscheck::internal {

namespace {

// The measure of a verb phrase of measure_verbs.tsv that ends right before tokens[end] and
// starts at `from` or later; empty when none.
std::string MeasureVerbEndingAt(Tokens tokens, size_t end, size_t from, const LanguagePack& pack) {
  constexpr size_t kLongest = 4;  // "in Sicherheit gebracht", "ums Leben gekommen".
  const PhraseMatch m = pack.quantities.measure_verbs.EndingAt(
      tokens, end, kLongest, [from](const PhraseMatch&, size_t k) { return k >= from; });
  return m.length > 0 ? m.fields->at(0) : "";
}

// The measure of the participle that closes the stretch from `from` (German verb-final order):
// up to the sentence's end (. ; ! ? :) or, with `clause_only`, its clause's; empty past
// another figure or past token `last`.
std::string ParticipleClosing(Tokens tokens, size_t from, size_t last, bool clause_only,
                              const LanguagePack& pack) {
  size_t end = from;
  for (; end < tokens.size(); ++end) {
    if (clause_only && IsClauseBreak(tokens[end])) break;
    if (tokens[end].kind == TokenKind::kNumber || end > last) return "";
    const std::string_view f = tokens[end].folded();
    if (f == "." || f == "!" || f == "?" || (!clause_only && (f == ";" || f == ":"))) break;
  }
  return MeasureVerbEndingAt(tokens, end, from, pack);
}

}  // namespace

std::string MeasureClosingClause(Tokens tokens, size_t from, size_t window,
                                 const LanguagePack& pack) {
  size_t end = from;
  for (size_t words = 0; end < tokens.size() && tokens[end].kind != TokenKind::kPunct; ++end) {
    if (tokens[end].kind == TokenKind::kNumber) return "";  // Another figure's clause.
    if (++words > window) return "";
  }
  return MeasureVerbEndingAt(tokens, end, from, pack);
}

std::string ParticipleClosingSentence(Tokens tokens, size_t np_end, const LanguagePack& pack) {
  constexpr size_t kReach = 40;
  // Verb-final word order, as German's: the language that capitalises its nouns here.
  if (!pack.grammar.capitalised_nouns || np_end >= tokens.size() ||
      !pack.quantities.roles.Has(tokens[np_end], kClauseAux)) {
    return "";
  }
  // The clause's own closing verb first ("kam bei dem Unwetter ums Leben, als er ertrank"),
  // else the sentence's, past asides.
  if (std::string own = ParticipleClosing(tokens, np_end + 1, np_end + kReach, true, pack);
      !own.empty()) {
    return own;
  }
  return ParticipleClosing(tokens, np_end + 1, np_end + kReach, false, pack);
}

std::string ParticipleClosingInverted(Tokens tokens, size_t first, size_t np_end,
                                      const LanguagePack& pack) {
  constexpr size_t kReach = 24;
  if (!pack.grammar.capitalised_nouns || first == 0 || np_end >= tokens.size() ||
      !pack.quantities.roles.Has(tokens[first - 1], kClauseAux)) {
    return "";
  }
  return ParticipleClosing(tokens, np_end, np_end + kReach, true, pack);
}

size_t PartListVerb(Tokens tokens, size_t np_end, const LanguagePack& pack) {
  constexpr size_t kList = 14;
  const PhraseMatch lead = pack.quantities.changes.Match(tokens, np_end);
  if (lead.length == 0 || lead.fields->at(0) != "part") return np_end;
  for (size_t k = np_end + lead.length; k < tokens.size() && k < np_end + kList; ++k) {
    if (IsClauseBreak(tokens[k]) && tokens[k].folded() != ",") break;
    if (pack.quantities.measure_verbs.Match(tokens, k).length > 0) return k;
  }
  return np_end;
}

size_t CoordinatedPeople(Tokens tokens, size_t np_end, std::string_view unit,
                         const LanguagePack& pack) {
  // Kinds of people that say whose, not what happened to them (no toll).
  auto kind = [&pack](std::string_view m) {
    const auto t = pack.quantities.measure_tally.find(m);
    return t != pack.quantities.measure_tally.end() && (t->second.person || t->second.generic) &&
           !t->second.toll;
  };
  if (np_end + 1 >= tokens.size() || !kind(unit) ||
      !pack.numbers.roles.Has(tokens[np_end], kAnd)) {
    return 0;
  }
  const PhraseMatch other = pack.quantities.measures.Match(tokens, np_end + 1);
  if (other.length == 0 || other.fields->at(0) == unit || !kind(other.fields->at(0))) return 0;
  return np_end + 1 + other.length;
}

bool CrewBeside(Tokens tokens, size_t np_end, const LanguagePack& pack) {
  constexpr std::string_view kCrew = "crew";
  if (np_end + 2 >= tokens.size()) return false;
  if (!pack.quantities.roles.Has(tokens[np_end], kCrewLink)) return false;
  size_t k = np_end + 1;
  if (tokens[k].kind == TokenKind::kWord && pack.quantities.roles.Has(tokens[k], kPartArticle)) ++k;
  if (k + 1 >= tokens.size() || (tokens[k].kind != TokenKind::kNumber &&
                                  !pack.numbers.words.contains(tokens[k].folded()))) {
    return false;
  }
  const PhraseMatch m = pack.quantities.measures.Match(tokens, k + 1);
  return m.length > 0 && m.fields->at(0) == kCrew;
}

std::string FateOfCases(Tokens tokens, size_t np_end, std::string_view unit,
                        const LanguagePack& pack) {
  constexpr size_t kGroup = 3;
  // A kind of cases ("189 suspected cases have been hospitalized") as the cases themselves.
  const auto noun = pack.quantities.measure_tally.find(KeyMeasure(unit));
  if (noun == pack.quantities.measure_tally.end() || !noun->second.toll ||
      !noun->second.parent.empty()) {
    return "";
  }
  for (size_t k = np_end; k < tokens.size() && k < np_end + kGroup; ++k) {
    if (tokens[k].kind == TokenKind::kNumber) return "";
  }
  std::string verb = MeasureVerbAfter(tokens, np_end, kGroup, pack);
  const auto fate = pack.quantities.measure_tally.find(verb);
  // "66 confirmed cases had been identified": cases are found, not bodies (bodies_identified).
  constexpr std::string_view kBodies = "bodies_recovered";
  const bool people = fate != pack.quantities.measure_tally.end() && fate->second.person &&
                      fate->second.toll && verb != kBodies &&
                      !pack.quantities.IsKindOf(verb, kBodies);
  return people ? verb : "";
}

size_t HearsayWords(Tokens tokens, size_t at, const LanguagePack& pack) {
  constexpr size_t kHearsayWords = 2;  // "said to".
  const bool hearsay = at + 2 < tokens.size() &&
                       pack.quantities.roles.Has(tokens[at + 1], kHearsay) &&
                       Is(tokens[at + 2], "to");
  return hearsay ? kHearsayWords : 0;
}

}  // namespace crosscheck::internal
