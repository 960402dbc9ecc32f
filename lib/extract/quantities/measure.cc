// What a figure counts: the counted noun after it (measures.tsv, else the next noun), the
// noun before it for a figure whose noun is implied, and the words that stand between.

#include "lib/base/concat.h"
#include "lib/extract/attribution.h"
#include "lib/extract/dates/raw_date.h"
#include "lib/extract/numbers/forms.h"
#include "lib/extract/numbers/numeral.h"
#include "lib/extract/quantities/frame.h"
#include "lib/extract/quantities/party.h"
#include "lib/extract/quantities/quantity.h"

namespace crosscheck::internal {
namespace {

bool NotNoun(const Token& t, const LanguagePack& pack) {
  // An adverb is never the counted noun: "at least 60 Jordanians also died".
  return pack.quantities.roles.Has(t, kNotNoun) || IsAdverb(t, pack);
}

// A day named by its distance from today ("reached 190 yesterday", "heute"), or a period by
// a qualifier and its unit ("rose to two this year", "auf 40 letzte Woche"), says when, and
// is no counted noun.
bool DayWord(Tokens tokens, size_t k, const LanguagePack& pack) {
  // "rose to 47 Tuesday": the day of the report, as American news writes it.
  if (tokens[k].lex != nullptr && tokens[k].lex->Is(kLexWeekday)) return true;
  // "up to 27 late Wednesday": a part of the day before its day.
  if (pack.quantities.roles.Has(tokens[k], kDayPart) && k + 1 < tokens.size()) {
    return DayWord(tokens, k + 1, pack);
  }
  if (tokens[k].lex == nullptr || !tokens[k].lex->Is(kLexRelativeDay)) return false;
  const Relative r = RelativeAt(tokens, k, pack);
  return r.kind == Relative::kDayOffset ||
         (r.kind == Relative::kQualifier &&
          RelativeAt(tokens, k + 1, pack).kind == Relative::kUnit);
}

// A closing quotation mark of any style (typography, not words of a language).
bool ClosingQuote(const Token& t) {
  static constexpr std::string_view kMarks[] = {"\u201d", "\u201c", "\u2019", "\u2018",
                                                "\u00ab", "\u00bb", "\"", "'"};
  if (t.kind != TokenKind::kPunct) return false;
  for (std::string_view m : kMarks) {
    if (t.folded() == m) return true;
  }
  return false;
}

}  // namespace

const std::vector<std::string>* CompoundMeasure(const Token& t, const LanguagePack& pack) {
  const std::string_view w = t.folded();
  const size_t dash = w.rfind('-');
  if (dash != std::string::npos) {
    if (dash + 1 >= w.size()) return nullptr;
    return pack.quantities.measures.Find(w.substr(dash + 1));
  }
  if (!pack.grammar.capitalised_nouns || !t.upper) return nullptr;
  constexpr size_t kModifier = 3, kHead = 5;
  for (size_t cut = kModifier; cut + kHead <= w.size(); ++cut) {  // Longest head first.
    if ((static_cast<unsigned char>(w[cut]) & 0xC0) == 0x80) continue;  // Inside a letter.
    if (const auto* m = pack.quantities.measures.Find(w.substr(cut))) return m;
  }
  return nullptr;
}

PhraseMatch MeasureNounAt(Tokens tokens, size_t k, const LanguagePack& pack) {
  PhraseMatch m = pack.quantities.measures.Match(tokens, k);
  if (m.length == 0 && pack.grammar.capitalised_nouns && tokens[k].upper) {
    if (const std::vector<std::string>* row = CompoundMeasure(tokens[k], pack)) m = {1, row};
  }
  return m;
}

namespace {

// The measure row of a truncated compound (a word ending in a dash and a space) that shares
// the head of the compound after it ("50 Schwer- und 100 Leichtverletzte": Schwerverletzte):
// the word joined to the longest ending of that compound that makes a counted noun, or null.
const std::vector<std::string>* TruncatedCompound(Tokens tokens, size_t k,
                                                  const LanguagePack& pack) {
  constexpr size_t kReach = 7;  // "Schwer-, 8 Mittel- und 100 Leichtverletzte".
  constexpr size_t kHead = 5;   // As CompoundMeasure's heads.
  auto truncated = [&](size_t i) {
    return i + 2 < tokens.size() && tokens[i].kind == TokenKind::kWord && tokens[i].upper &&
           IsPunct(tokens[i + 1], "-") && !tokens[i + 1].space_before &&
           (tokens[i + 2].space_before || IsPunct(tokens[i + 2], ","));
  };
  if (!pack.grammar.capitalised_nouns || !truncated(k)) return nullptr;
  for (size_t i = k + 2; i < tokens.size() && i <= k + 2 + kReach; ++i) {
    if (tokens[i].kind != TokenKind::kWord || !tokens[i].upper || truncated(i)) continue;
    const std::string_view w = tokens[i].folded();
    for (size_t cut = 1; cut + kHead <= w.size(); ++cut) {  // Longest head first.
      if ((static_cast<unsigned char>(w[cut]) & 0xC0) == 0x80) continue;  // Inside a letter.
      const std::string joined = Concat(tokens[k].folded(), w.substr(cut));
      if (const auto* m = pack.quantities.measures.Find(joined)) return m;
    }
    return nullptr;
  }
  return nullptr;
}

// Whether tokens[k] may stand between a figure and its counted noun: a country or demonym
// ("nordkoreanische", "North Korean"), a modifier from the table ("additional", "missing",
// "more") or, with lowercase_adjectives, a lower-case word with an adjective ending.
bool IsModifier(Tokens tokens, size_t k, const LanguagePack& pack,
                size_t* length) {
  *length = 1;
  const Token& t = tokens[k];
  if (pack.quantities.modifiers.Find(t) != nullptr) return true;
  if (PhraseMatch e = pack.Entity(tokens, k); e.length > 0) {
    *length = e.length;
    return true;
  }
  // A place of the gazetteer ("40 Bavarian towns", "12 London hospitals"), which the frame
  // reads as the figure's place.
  if (PhraseMatch p = pack.quantities.places.Match(tokens, k); p.length > 0) {
    *length = p.length;
    return true;
  }
  // "nine U.S. states": a jurisdiction written with dots comes as U . S . tokens.
  if (std::string key; tokens[k].upper && tokens[k].folded().size() == 1) {
    if (const size_t len = pack.roles.Jurisdiction(tokens, k, &key)) {
      *length = len;
      return true;
    }
  }
  // A verb or adverb ("sendet", "weiterhin") ends the phrase.
  return pack.grammar.lowercase_adjectives && !t.upper && !NotNoun(t, pack) &&
         HasGermanAdjectiveEnding(t.folded());
}

// A nationality noun counts people of that nation ("212 Bangladeshis", "1.800 Österreicher");
// whose they are is the entity, read as the subject. It is a noun when no noun follows it
// ("40 Kenyan runners" counts runners).
bool DemonymNoun(Tokens tokens, size_t k, const LanguagePack& pack) {
  PhraseMatch e = pack.Entity(tokens, k);
  return e.length == 1 && e.fields->size() > 1 && e.fields->at(1) == "demonym" &&
         !NounFollows(tokens, k + 1, pack) &&
         (!pack.grammar.capitalised_nouns || tokens[k].upper);
}

// The counted noun in no table: the word at `noun`, and "pounds of cement" as one.
std::optional<Measure> UnknownNoun(Tokens tokens, size_t noun,
                                   const LanguagePack& pack) {
  if (noun >= tokens.size() || tokens[noun].kind != TokenKind::kWord) return std::nullopt;
  const Token& t = tokens[noun];
  if (NotNoun(t, pack) || pack.entities.Find(t) != nullptr) return std::nullopt;
  if (DayWord(tokens, noun, pack)) return std::nullopt;
  // Where nouns are capitalised, a noun is; elsewhere a capitalised word is likely a name.
  // A unit of measurement counts in either case: "190 km/h", "30 cm Neuschnee".
  if (pack.grammar.capitalised_nouns != t.upper && !pack.quantities.units.Find(t)) {
    return std::nullopt;
  }
  Measure out{std::string(t.folded()), noun + 1, false};
  const bool of = noun + 2 < tokens.size() && pack.numbers.roles.Has(tokens[noun + 1], kOf);
  // "barrels of oil": a unit row with its usual substance is the unit of its first word.
  if (const PhraseMatch u = of ? pack.quantities.units.Match(tokens, noun) : PhraseMatch{};
      u.length > 2) {
    out.end = noun + u.length;
    return out;
  }
  if (of && tokens[noun + 2].kind == TokenKind::kWord && !NotNoun(tokens[noun + 2], pack)) {
    out.name = Concat(t.folded(), "_of_", tokens[noun + 2].folded());
    out.end = noun + 3;
  }
  return out;
}

// "9,418 homes and other structures": a list that ends with a broader noun after the
// counted one counts the broader thing (buildings), of which the first noun is a kind.
Measure BroaderAfter(Tokens tokens, const Measure& m, const LanguagePack& pack) {
  const RoleTable::Match cue = pack.quantities.roles.At(tokens, m.end, kAndOther);
  if (cue.length == 0) return m;
  const size_t at = m.end + cue.length;
  const PhraseMatch n = pack.quantities.measures.Match(tokens, at);
  if (n.length == 0 || !pack.quantities.IsKindOf(m.name, n.fields->at(0))) return m;
  return Measure{n.fields->at(0), at + n.length, true};
}

// Whether the noun at tokens[k] names who gives a figure, after a cue ("according to
// (the) police", "laut Polizei"): "1.27 million people (according to police) and 2.8
// million" does not count police.
bool NamesSource(Tokens tokens, size_t k, const LanguagePack& pack) {
  if (k > 0 && pack.quantities.roles.Has(tokens[k - 1], kPartArticle)) --k;
  constexpr size_t kLongestCue = 4;  // "nach ersten angaben von".
  return pack.sources
             .EndingAt(tokens, k, kLongestCue,
                       [](const PhraseMatch& m, size_t) { return m.fields->at(0) == "after"; })
             .length > 0;
}

// The head of a noun phrase in no table where nouns are not capitalised: its first plural
// noun, past adjectives and nouns that modify it ("12 contaminated cooling towers" counts
// towers, "12 buildings tested positive" buildings); `noun` when there is none.
size_t PluralHead(Tokens tokens, size_t noun, const LanguagePack& pack) {
  constexpr size_t kWords = 3;
  const std::string& plural = pack.grammar.plural_suffix;
  if (pack.grammar.capitalised_nouns || plural.empty()) return noun;
  for (size_t k = noun; k < tokens.size() && k < noun + kWords; ++k) {
    const Token& t = tokens[k];
    if (t.kind != TokenKind::kWord || t.upper || NotNoun(t, pack)) break;
    if (t.folded().size() > plural.size() + 2 && t.folded().ends_with(plural)) return k;
  }
  return noun;
}

// Past an aside between dashes right after a figure ("over 33 million—one in every
// seven—Pakistanis"): where its noun goes on, or `from` when there is none.
size_t PastDashAside(Tokens tokens, size_t from) {
  constexpr size_t kAside = 8;  // Tokens of the aside at most.
  auto dash = [](const Token& t) {
    return t.kind == TokenKind::kPunct &&
           (t.folded() == "\xE2\x80\x94" || t.folded() == "\xE2\x80\x93");
  };
  if (from >= tokens.size() || !dash(tokens[from])) return from;
  for (size_t k = from + 1; k < tokens.size() && k <= from + kAside; ++k) {
    if (dash(tokens[k])) {
      return k + 1 < tokens.size() && tokens[k + 1].kind == TokenKind::kWord ? k + 1 : from;
    }
    if (IsClauseBreak(tokens[k])) return from;
  }
  return from;
}

}  // namespace

std::optional<Measure> FindMeasure(Tokens tokens, size_t from,
                                   bool of_allowed, const LanguagePack& pack) {
  // A figure in scare quotes keeps its noun: "“more than 800,000” people".
  if (from + 1 < tokens.size() && ClosingQuote(tokens[from])) ++from;
  from = PastDashAside(tokens, from);
  if (of_allowed && from + 1 < tokens.size() && pack.numbers.roles.Has(tokens[from], kOf)) {
    ++from;
  }
  // "1.500 nordkoreanische Soldaten", "7,000 North Korean troops", "2,000 police officers".
  constexpr size_t kMaxModifiers = 3;
  size_t k = from;
  size_t noun = from;  // The first word that is not a modifier, for nouns in no table.
  bool noun_found = false;
  for (size_t skipped = 0; k < tokens.size() && skipped <= kMaxModifiers; ++skipped) {
    if (tokens[k].kind != TokenKind::kWord) break;
    PhraseMatch m = pack.quantities.measures.Match(tokens, k);
    if (m.length > 0) {
      // "10 missing girls": a measure word that is also a modifier describes the known noun
      // after it, which is the counted noun (the frame reads the modifier as its verb).
      if (size_t length = 1; IsModifier(tokens, k, pack, &length)) {
        if (PhraseMatch n = pack.quantities.measures.Match(tokens, k + m.length); n.length > 0) {
          return Measure{n.fields->at(0), k + m.length + n.length, true};
        }
      }
      return BroaderAfter(tokens, Measure{m.fields->at(0), k + m.length, true}, pack);
    }
    if (const auto* c = CompoundMeasure(tokens[k], pack)) return Measure{c->at(0), k + 1, true};
    if (const auto* c = TruncatedCompound(tokens, k, pack)) return Measure{c->at(0), k + 2, true};
    if (DemonymNoun(tokens, k, pack)) return Measure{"people", k + 1, true};
    size_t length = 1;
    const bool modifier = IsModifier(tokens, k, pack, &length);
    if (!modifier && !noun_found) {
      noun = k;
      noun_found = true;
    }
    // With compound_nouns, nouns can modify the counted noun ("police officers"): look on
    // while a known noun may still follow, but only past words that could be part of the
    // noun phrase.
    if (!modifier && (!pack.grammar.compound_nouns || NotNoun(tokens[k], pack))) break;
    k += length;
  }
  if (!noun_found) noun = k;
  const size_t head = PluralHead(tokens, noun, pack);
  // A verb is no noun in no table, unless it heads a compound ("four rate cuts").
  if (head == noun && VerbNotNoun(tokens, noun, pack)) return std::nullopt;
  return UnknownNoun(tokens, head, pack);
}

// "officers put the crowd at 18,000": a phrase of the measures table ending right before the
// figure ("crowd at", "turnout was estimated at") names what it counts.
bool MeasureEndsBefore(Tokens tokens, size_t first, const LanguagePack& pack) {
  constexpr size_t kLongest = 4;  // "crowd was estimated at".
  for (size_t n = 2; n <= kLongest && n <= first; ++n) {
    if (pack.quantities.measures.Match(tokens, first - n).length == n) return true;
  }
  // A fact box's line, its noun opening it before a colon: "Deaths: 6", "Verletzte: 50"; or
  // a table's cell before a bar ("| Verletzte | 4152 |").
  if (first < 2 || !(Is(tokens[first - 1], ":") || Is(tokens[first - 1], "|"))) return false;
  for (size_t n = 1; n < kLongest && n + 1 <= first; ++n) {
    const size_t at = first - 1 - n;
    if ((at == 0 || tokens[at - 1].kind == TokenKind::kPunct) &&
        pack.quantities.measures.Match(tokens, at).length == n) {
      return true;
    }
  }
  return false;
}

size_t ModifiersToClauseEnd(Tokens tokens, size_t from, const LanguagePack& pack) {
  constexpr size_t kMaxModifiers = 2;  // "the 965 newly registered".
  // Only the table's modifiers: a word with an adjective's ending may be a verb ("starben").
  size_t k = from;
  while (k < tokens.size() && k < from + kMaxModifiers && tokens[k].kind == TokenKind::kWord &&
         pack.quantities.measures.Match(tokens, k).length == 0 &&
         pack.quantities.modifiers.Find(tokens[k]) != nullptr) {
    ++k;
  }
  if (k == from || (k < tokens.size() && !IsClauseBreak(tokens[k]))) return 0;
  return k;
}

bool VerbNotNoun(Tokens tokens, size_t k, const LanguagePack& pack) {
  // Where nouns are capitalised, a lower-case word never was a noun: nothing to undo.
  return !pack.grammar.capitalised_nouns && k < tokens.size() &&
         tokens[k].kind == TokenKind::kWord && !tokens[k].upper && !NotNoun(tokens[k], pack) &&
         pack.quantities.measures.Match(tokens, k).length == 0 &&
         pack.quantities.measure_verbs.Match(tokens, k).length > 0;
}

bool UnitJoined(Tokens tokens, size_t at, const LanguagePack& pack) {
  return at + 1 < tokens.size() && IsPunct(tokens[at], "-") && !tokens[at].space_before &&
         !tokens[at + 1].space_before && pack.quantities.units.Match(tokens, at + 1).length > 0;
}

bool NounFollows(Tokens tokens, size_t at, const LanguagePack& pack) {
  if (at >= tokens.size() || tokens[at].kind != TokenKind::kWord) return false;
  if (pack.grammar.capitalised_nouns) return tokens[at].upper;
  return !NotNoun(tokens[at], pack) && !DayWord(tokens, at, pack) &&
         !VerbNotNoun(tokens, at, pack);
}

namespace {

// Whether the noun `measure` at tokens[k] names what a toll just before it came from, not
// what a figure after counts: "the death toll in ongoing protests has reached 34", "die Zahl
// der Toten bei den Angriffen stieg auf 20".
bool CauseOfToll(Tokens tokens,
                 const std::optional<std::pair<std::string, size_t>>& toll, size_t k,
                 const std::string& measure, const LanguagePack& pack) {
  constexpr size_t kNear = 6;  // "toll in ongoing Gen Z protests".
  if (!toll || k > toll->second + kNear) return false;
  const auto& tally = pack.quantities.measure_tally;
  const auto t = tally.find(toll->first), n = tally.find(measure);
  if (t == tally.end() || !t->second.toll || !t->second.person || n == tally.end() ||
      n->second.person) {
    return false;
  }
  for (size_t j = toll->second + 1; j < k; ++j) {
    if (IsClauseBreak(tokens[j])) return false;
  }
  return true;
}

// Whether the noun at tokens[noun] lies in a phrase that names what the counted noun at
// tokens[head] came from: "the death toll from the ongoing protests", "die Zahl der Toten bei
// den Protesten". Its preposition is at most four words before it, past the head.
bool AfterCauseLink(Tokens tokens, size_t head, size_t noun,
                    const LanguagePack& pack) {
  constexpr size_t kWords = 4;  // "from the ongoing GenZ protests".
  for (size_t n = 1; n <= kWords && noun > head + n; ++n) {
    const Token& t = tokens[noun - n];
    if (t.kind == TokenKind::kPunct) return false;
    if (pack.quantities.roles.Has(t, kCauseLink)) return true;
  }
  return false;
}

}  // namespace

std::optional<std::pair<std::string, size_t>> MeasureBefore(Tokens tokens,
                                                            size_t before,
                                                            const LanguagePack& pack) {
  constexpr size_t kWindow = 30;
  std::optional<std::pair<std::string, size_t>> found;
  size_t found_end = 0;
  for (size_t k = before > kWindow ? before - kWindow : 0; k < before; ++k) {
    // "the deaths reported from various countries is 577": a noun a vague quantifier counts
    // is not what a later figure counts.
    if (k > 0 && pack.quantities.roles.Has(tokens[k - 1], kCountedBefore)) continue;
    const PhraseMatch m = MeasureNounAt(tokens, k, pack);
    if (m.length > 0 && k + m.length <= before &&
        !InsideOther(found ? found->first : "", found_end, k + m.length, m, pack) &&
        !NamesSource(tokens, k, pack) && !CauseOfToll(tokens, found, k, m.fields->at(0), pack) &&
        !(found && AfterCauseLink(tokens, found->second, k, pack))) {
      found = std::pair{m.fields->at(0), k};
      found_end = k + m.length;
    }
  }
  return found;
}

bool IsToll(const std::string& measure, const LanguagePack& pack) {
  const auto t = pack.quantities.measure_tally.find(measure);
  return t != pack.quantities.measure_tally.end() && t->second.toll;
}

namespace {

// "1300 von rund 6000 Flügen", "fünf von 20 Passagieren": a ratio's word at tokens[at] before a
// whole in digits at tokens[n] that no ratio of it takes (RatioWhole) names the part of a
// counted whole.
bool RatioCounts(Tokens tokens, size_t at, size_t n, const LanguagePack& pack) {
  const RoleTable::Match ratio = pack.numbers.roles.At(tokens, at, kRatio);
  if (ratio.length == 0 || n >= tokens.size()) return false;
  const std::optional<double> whole = ParseDigits(tokens[n].folded(), pack.grammar.decimal_mark);
  return whole && !RatioWhole(ratio, *whole);
}

}  // namespace

size_t PartitiveNoun(Tokens tokens, size_t at, const LanguagePack& pack) {
  size_t k = at;
  // Or a whole's own figure after a "whole" row of properties.tsv: "182 out of 577 seats".
  if (const PhraseMatch w = pack.quantities.properties.Match(tokens, at);
      w.length > 0 && w.fields->at(1) == "whole" && at + w.length + 1 < tokens.size() &&
      tokens[at + w.length].kind == TokenKind::kNumber) {
    return at + w.length + 1;
  }
  if (k < tokens.size() && pack.numbers.roles.Has(tokens[k], kOf)) ++k;
  // "94 of 150 seats", "29 von 51 Sitzen" (a ratio's word): with no article, only before the
  // whole of what parties hold ("drei von zehn Wählern" is a ratio) or a whole no ratio takes
  // ("1300 von rund 6000 Flügen").
  size_t n = k + (k == at && k < tokens.size() && pack.numbers.roles.Has(tokens[k], kRatio));
  if (n > at && n < tokens.size()) n += pack.numbers.hedges.Match(tokens, n).length;
  if (const PhraseMatch held = n + 1 < tokens.size() ? pack.quantities.measures.Match(tokens, n + 1)
                                                     : PhraseMatch{};
      held.length > 0 && n > at && tokens[n].kind == TokenKind::kNumber &&
      (PartiesHold(held.fields->at(0), pack) || RatioCounts(tokens, at, n, pack))) {
    return n + 1;
  }
  if (k >= tokens.size() || !pack.quantities.roles.Has(tokens[k], kPartArticle)) return at;
  ++k;
  if (k + 1 < tokens.size() && tokens[k].kind == TokenKind::kNumber) ++k;
  return k;
}

bool VerbRightBefore(Tokens tokens, size_t first, const LanguagePack& pack) {
  constexpr size_t kWords = 3;  // "claimed the lives of".
  for (size_t n = 1; n <= kWords && n <= first; ++n) {
    PhraseMatch m = pack.quantities.measure_verbs.Match(tokens, first - n);
    if (m.length != n) continue;
    return IsToll(m.fields->at(0), pack);
  }
  return false;
}

bool TalksAboutAFigure(Tokens tokens, const LanguagePack& pack) {
  for (const Token& t : tokens) {
    if (pack.quantities.roles.Has(t, kFigureCue)) return true;
  }
  return false;
}

// A list of figures: "sechs Menschen schwer und drei leicht verletzt", "70 verletzt, 16 schwer,
// 52 leichter", "40 were hurt, six seriously and 30 slightly". The adverb ends its part of the
// list (a mark, a list word or the sentence's end); with the participle it is a phrase of
// measure_verbs.tsv ("leicht verletzt", "slightly hurt").
std::string GappedMeasure(Tokens tokens, size_t np_end,
                          const LanguagePack& pack) {
  const size_t next = np_end + 1;
  if (next > tokens.size() || tokens[np_end].kind != TokenKind::kWord || tokens[np_end].upper) {
    return "";
  }
  if (next < tokens.size() && tokens[next].kind != TokenKind::kPunct &&
      !pack.quantities.roles.Has(tokens[next], kListLink)) {
    return "";
  }
  const PhraseTable& verbs = pack.quantities.measure_verbs;
  if (verbs.Match(tokens, np_end).length > 0) return "";  // Not gapped: "schwer verletzt".
  Token pair[2] = {tokens[np_end], tokens[np_end]};
  // "davon zwei schwer", as "zwei davon schwer": the part cue before a bare figure.
  // (np_end is right after the figure, a number or a number word.)
  if (np_end >= 2 && tokens[np_end - 1].kind != TokenKind::kPunct) {
    const Token cue[2] = {tokens[np_end - 2], tokens[np_end]};
    if (PhraseMatch m = verbs.Match(cue, 0); m.length == 2) return m.fields->at(0);
  }
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (k == np_end || tokens[k].kind != TokenKind::kWord) continue;
    pair[1] = tokens[k];
    if (PhraseMatch m = verbs.Match(pair, 0); m.length == 2) return m.fields->at(0);
  }
  return "";
}

}  // namespace crosscheck::internal
