// Where a figure holds: the place its clause names after a locative, else the one its
// sentence opens with; and the clause's pointers back to a place named before.
#include <algorithm>
#include <string>
#include <vector>

#include "lib/extract/quantities/frame.h"
#include "lib/extract/quantities/implied.h"
#include "lib/extract/tables.h"

namespace crosscheck::internal {
namespace {

// The place named last before the figure at tokens[first] of sentence `index`, in that
// sentence or the paragraph's previous ones, for a clause that only points back to it.
std::string PlaceBefore(const DocContext& ctx, size_t index, size_t first,
                        const LanguagePack& pack) {
  constexpr size_t kSentences = 4;  // A paragraph's lead and what follows it.
  const SentenceTokens& here = ctx.sentences[index];
  if (std::string p = LastPlace(here.tokens, 0, first, pack); !p.empty()) return p;
  for (size_t back = 1; back <= kSentences && back <= index; ++back) {
    const SentenceTokens& st = ctx.sentences[index - back];
    if (st.sentence.paragraph != here.sentence.paragraph) break;
    if (std::string p = LastPlace(st.tokens, 0, st.tokens.size(), pack); !p.empty()) return p;
  }
  return "";
}

// The place the sentence before `index`, in the same paragraph, opens with ("In Thailand sind
// bislang drei Todesfälle bestätigt. Medienberichten zufolge sind bis zu zehn Tote geborgen"):
// the scene it sets holds for the next sentence too.
std::string SceneBefore(const DocContext& ctx, size_t index, const LanguagePack& pack) {
  if (index == 0) return "";
  const SentenceTokens& here = ctx.sentences[index];
  const SentenceTokens& before = ctx.sentences[index - 1];
  if (before.sentence.paragraph != here.sentence.paragraph || before.tokens.size() < 3) return "";
  return OpeningPlace(before.tokens, before.tokens.size(), pack);
}

// Whether a list of places goes on after the place ending before tokens[after]: "Hessen und
// Thüringen", "Polen, Rumänien und Österreich". After a comma a list goes on to a link or another
// comma: "Houston, Texas" is one place.
bool ListGoesOn(Tokens tokens, size_t after, const LanguagePack& pack) {
  auto link = [&](size_t j, bool comma) {
    return j + 1 < tokens.size() && pack.quantities.places.Match(tokens, j + 1).length > 0 &&
           (pack.quantities.roles.Has(tokens[j], kListLink) ||
            (comma && tokens[j].folded() == ","));
  };
  const size_t second =
      link(after, true) ? pack.quantities.places.Match(tokens, after + 1).length : 0;
  return link(after, false) || (second > 0 && link(after + 1 + second, true));
}

// The country a demonym names before a place noun ("der griechischen Insel", "the Greek
// island"), or the place the gazetteer knows right after ("the Indian state of Kerala");
// `end`: the token after the phrase.
std::string DemonymPlace(Tokens tokens, size_t k, const LanguagePack& pack, size_t* end) {
  const PhraseMatch e = pack.Entity(tokens, k);
  if (e.length != 1 || e.fields->size() < 2 || e.fields->at(1) != "demonym" ||
      k + 1 >= tokens.size() || !pack.quantities.roles.Has(tokens[k + 1], kPlaceNoun)) {
    return "";
  }
  // "the Russian state media": a noun after it makes a compound, no place; "of", a name or
  // the phrase's end may follow.
  if (k + 2 < tokens.size() && tokens[k + 2].kind == TokenKind::kWord && !tokens[k + 2].upper &&
      !pack.numbers.roles.Has(tokens[k + 2], kOf)) {
    return "";
  }
  constexpr size_t kNameGap = 2;  // "state of Kerala".
  for (size_t j = k + 2; j < tokens.size() && j <= k + 1 + kNameGap; ++j) {
    if (const PhraseMatch m = pack.quantities.places.Match(tokens, j); m.length > 0) {
      *end = j + m.length;
      return m.fields->at(0);
    }
  }
  // An unknown name after the noun ("Insel Samos") is part of the phrase.
  *end = k + 2 < tokens.size() && tokens[k + 2].upper ? k + 3 : k + 2;
  return e.fields->at(0);
}

// The place a German compound of a compass word and a place names a part of ("Westtürkei",
// "Nordsyrien", "Ostukraine", "Nord-Syrien", "Festland-China"), or null.
const std::vector<std::string>* CompassPart(const Token& t, const LanguagePack& pack) {
  constexpr std::string_view kCompass[] = {"nordost", "nordwest", "südost", "südwest",
                                           "nord",    "süd",      "ost",    "west"};
  if (t.kind != TokenKind::kWord || !t.upper) return nullptr;
  const std::string_view w = t.folded();
  if (t.hyphen) {
    // A part named before a hyphen: a compass word, or the mainland of a country with islands.
    const size_t dash = w.rfind('-');
    const std::string_view part = w.substr(0, dash), name = w.substr(dash + 1);
    if (dash == std::string_view::npos || (part != "festland" && part != "zentral" &&
                                           std::find(std::begin(kCompass), std::end(kCompass),
                                                     part) == std::end(kCompass))) {
      return nullptr;
    }
    const std::vector<std::string>* place = pack.quantities.places.Find(name);
    return place != nullptr && !place->empty() ? place : nullptr;
  }
  for (const std::string_view c : kCompass) {
    if (w.size() >= c.size() + 4 && w.starts_with(c)) {
      const std::vector<std::string>* place = pack.quantities.places.Find(w.substr(c.size()));
      if (place != nullptr && !place->empty()) return place;
    }
  }
  return nullptr;
}

}  // namespace

// The place a sentence opens with, for a figure whose clause names none: a locative phrase
// ("In neighbouring Syria, whose north was hit too, the toll is 2,950") or a place that
// modifies a counted noun ("South Carolina death toll rises to 33").
std::string OpeningPlace(Tokens tokens, size_t first, const LanguagePack& pack) {
  constexpr size_t kGap = 3;  // "In neighbouring Syria".
  if (pack.quantities.locatives.Match(tokens, 0).length > 0) {
    for (size_t k = 1; k <= kGap && k < first; ++k) {
      const PhraseMatch m = pack.quantities.places.Match(tokens, k);
      size_t end = k + m.length;
      const std::string place = m.length > 0 ? std::string(m.fields->at(0))
                                             : DemonymPlace(tokens, k, pack, &end);
      if (!place.empty()) {
        // The place frames its own clause, or the sentence it opens past commas and brackets
        // ("In Flensburg hatte der Pegel … 2,30 Meter erreicht", "In München sind die Grünen
        // stärkste Partei (30,7 %), gefolgt von CSU (28,5 %)"), not past a colon or semicolon.
        constexpr size_t kClause = 40;  // Bounds the walk: a clause, not a run-on text.
        if (end >= first) return "";
        // "In Hessen und Thüringen kamen 4 Menschen ums Leben", "In Bayern, Hessen und
        // Thüringen": a list is the whole ("In Houston, Texas, 4 died" names one place).
        if (ListGoesOn(tokens, end, pack)) return "";
        bool opening = first - end <= kClause;
        for (size_t j = end; opening && j < first; ++j) {
          opening = !IsClauseBreak(tokens[j]) || tokens[j].folded() == "," ||
                    tokens[j].folded() == "(" || tokens[j].folded() == ")";
        }
        return opening || IsClauseBreak(tokens[end]) ? place : "";
      }
    }
    return "";
  }
  if (PhraseMatch m = pack.quantities.places.Match(tokens, 0);
      m.length > 0 && m.length < first &&
      pack.quantities.measures.Match(tokens, m.length).length > 0) {
    return m.fields->at(0);
  }
  return "";
}

namespace {

// The place a phrase locates when it names a part of a place ("Tschernihiw im Norden der
// Ukraine", "Hualien in eastern Taiwan") or one that holds it ("Tschassiw Jar in der Region
// Donezk"): the one named right before the locative at `locative`, if a place part stands
// between it and `located`, the place at `place`, or the gazetteer puts it there; else empty.
std::string PlaceLocated(Tokens tokens, size_t locative, size_t place,
                         const std::string& located, const LanguagePack& pack) {
  constexpr size_t kLongest = 3;  // Words of a place's name.
  bool part = false;
  for (size_t j = locative + 1; j < place; ++j) {
    part = part || pack.quantities.roles.Has(tokens[j], kPlacePart);
  }
  for (size_t n = 1; n <= kLongest && n <= locative; ++n) {
    PhraseMatch m = pack.quantities.places.Match(tokens, locative - n);
    if (m.length != n) continue;
    // "Tschassiw Jar in der Region Donezk": a place the gazetteer puts in the one named after.
    if (part || GazetteerWithin(m.fields->at(0), located)) return m.fields->at(0);
    return "";
  }
  return "";
}

}  // namespace

// "in Tschechien und Österreich je 1 Person": a list of places right before "each" and the
// figure gives the figure to each of them, so it holds for the last one named too; any other
// list is the whole, no one place (empty).
std::string EachOfList(Tokens tokens, size_t k, size_t first,
                       const LanguagePack& pack) {
  const QuantityWords& q = pack.quantities;
  std::string last;
  while (k < first) {
    const PhraseMatch m = q.places.Match(tokens, k);
    if (m.length == 0) return "";
    last = m.fields->at(0);
    k += m.length;
    if (k + 1 == first && q.roles.Has(tokens[k], kEach)) return last;
    if (k >= first || !(q.roles.Has(tokens[k], kListLink) || tokens[k].folded() == ",")) return "";
    ++k;
  }
  return "";
}

// A dash opens the aside when spaced ("fünf - davon"), unlike a hyphen in "Nord-Süd".
bool InFigureAside(Tokens tokens, size_t last, size_t at, const LanguagePack& pack) {
  bool dash = false;
  for (size_t j = last; j < at && j < tokens.size(); ++j) {
    if (IsPunct(tokens[j], "-") || IsPunct(tokens[j], "–") ||
        IsPunct(tokens[j], "—")) {
      dash = dash || tokens[j].space_before;
    } else if (dash && (tokens[j].kind == TokenKind::kNumber ||
                        pack.numbers.words.contains(tokens[j].folded()))) {
      return true;
    }
  }
  return false;
}

namespace {

// "has risen in Jamaica, with at least 19 fatalities": a place after its locative that closes
// the clause before ", with" is the figure's. Not a place named as a landmark ("southeast of
// the capital, Kinshasa, with 406 cases").
std::string PlaceClosingClause(Tokens tokens, size_t first, const LanguagePack& pack) {
  constexpr size_t kLongestPlace = 3;
  if (first < 4 || tokens[first - 2].folded() != "," ||
      !pack.quantities.roles.Has(tokens[first - 1], kPlaceWith)) {
    return "";
  }
  const size_t comma = first - 2;
  for (size_t s = comma > kLongestPlace ? comma - kLongestPlace : 1; s < comma; ++s) {
    const PhraseMatch m = pack.quantities.places.Match(tokens, s);
    if (m.length == 0 || s + m.length != comma) continue;
    for (size_t at = s > 2 ? s - 2 : 0; at < s; ++at) {
      if (at + pack.quantities.locatives.Match(tokens, at).length != s) continue;
      // "killed in Gansu and 14 in Qinghai, with more than 700 injured": the place of a
      // figure right before it is that figure's.
      const bool figure = at > 0 && (tokens[at - 1].kind == TokenKind::kNumber ||
                                     (at > 1 && tokens[at - 2].kind == TokenKind::kNumber));
      return figure ? "" : m.fields->at(0);
    }
    return "";
  }
  return "";
}

// The place that opens the figure's clause as the subject of a verb of recording right before
// the figure, past an apposition between commas: "Texas reported 40 deaths", "Puebla, a town
// southeast of the capital, saw 11 deaths, while Mexico state, to the west, recorded eight".
// Not a sender ("Germany sent 5,000 troops"): only verbs of role place_verb.
std::string SubjectPlace(Tokens tokens, size_t first, const LanguagePack& pack) {
  constexpr size_t kVerb = 3, kApposition = 10, kLongestPlace = 3;
  const RoleTable& roles = pack.quantities.roles;
  size_t v = first;
  bool verb = false;
  while (v > 0 && first - v < kVerb && tokens[v - 1].kind == TokenKind::kWord) {
    verb = verb || roles.Has(tokens[v - 1], kPlaceVerb);
    --v;
    if (verb) break;
  }
  if (!verb || v == 0) return "";
  size_t end = v;
  if (tokens[end - 1].folded() == ",") {  // Past the apposition to the comma that opens it.
    size_t k = end - 1;
    while (k > 0 && end - k <= kApposition && tokens[k - 1].folded() != ",") {
      if (tokens[k - 1].kind == TokenKind::kNumber || IsClauseBreak(tokens[k - 1])) return "";
      --k;
    }
    if (k == 0 || tokens[k - 1].folded() != ",") return "";
    end = k - 1;
  }
  size_t s = 0;
  const PhraseMatch m = pack.quantities.places.EndingAt(
      tokens, end, kLongestPlace, [](const PhraseMatch&, size_t) { return true; }, &s);
  if (m.length == 0) return "";
  // The clause opens with the place: the sentence's start, or a link ("while", "and", ",").
  const bool opens = s == 0 || tokens[s - 1].folded() == "," ||
                     roles.Has(tokens[s - 1], kClauseLink) ||
                     pack.numbers.roles.Has(tokens[s - 1], kAnd);
  return opens ? m.fields->at(0) : "";
}

// The place a relative clause of the figure tells of: the one right before its comma and
// "where" ("two quakes in Japan, where a magnitude 7.0 quake followed a 6.2").
std::string PlaceOfRelative(Tokens tokens, size_t first, const LanguagePack& pack) {
  constexpr size_t kClause = 12, kLongestPlace = 3;
  for (size_t k = first; k-- > 2 && first - k <= kClause;) {
    if (IsClauseBreak(tokens[k])) return "";
    if (!pack.quantities.roles.Has(tokens[k], kPlaceRelative) || tokens[k - 1].folded() != ",") {
      continue;
    }
    const PhraseMatch m = pack.quantities.places.EndingAt(tokens, k - 1, kLongestPlace);
    return m.length > 0 ? m.fields->at(0) : "";
  }
  return "";
}

// The first of tokens [i, to) the locatives' filter passes, or `to`: a loop of its own, in
// registers, where Match reloaded the table's filters at every word of the clause.
size_t NextLocative(Tokens tokens, size_t i, size_t to, const PhraseTable::Gate& gate) {
  const size_t end = std::min(to, tokens.size());  // Match finds nothing past the tokens.
  while (i < end && !gate.MayMatch(tokens[i])) ++i;
  return i < end ? i : to;
}

// "in Jishishan, Gansu.": one or two names the gazetteer lacks, a comma and a place it knows
// that ends the clause are in that place, as "Houston, Texas" is; not "In January, Germany
// reported".
std::string HolderAfterName(Tokens tokens, size_t k, const LanguagePack& pack) {
  size_t j = k;
  auto name = [&](size_t at) {
    return tokens[at].kind == TokenKind::kWord && tokens[at].upper &&
           pack.quantities.places.Match(tokens, at).length == 0;
  };
  while (j < tokens.size() && j < k + 2 && name(j)) ++j;
  if (j == k || j + 1 >= tokens.size() || tokens[j].folded() != ",") return {};
  const PhraseMatch m = pack.quantities.places.Match(tokens, j + 1);
  const size_t after = j + 1 + m.length;
  if (m.length == 0 || (after < tokens.size() && tokens[after].kind != TokenKind::kPunct) ||
      ListGoesOn(tokens, after, pack)) {
    return {};
  }
  return m.fields->at(0);
}

}  // namespace

// The place named in the figure's clause after a locative preposition ("in Valencia",
// "im Landkreis Ahrweiler", "across Bavaria"); the nearest to the figure wins.
std::string PlaceNear(Tokens tokens, size_t first, size_t last, const LanguagePack& pack,
                      const FigureClauses* clauses, uint64_t sentence_roles) {
  auto may = [sentence_roles](int role) { return ((sentence_roles >> role) & 1) != 0; };
  constexpr size_t kWindow = 12, kGap = 3;  // Words between preposition and name.
  const auto [from, to] = ClauseOf(clauses, tokens, first, last, kWindow);
  if (may(kTollWord)) {
    if (std::string toll = TollPlaceBefore(tokens, first, pack); !toll.empty()) return toll;
  }
  std::string best;
  size_t best_distance = SIZE_MAX;
  // In words: "18 - in Qinghai" is as near as "18 in Qinghai".
  auto distance = [&](size_t k) {
    size_t words = 0;
    for (size_t j = std::min(k, last); j < std::max(k, first); ++j) {
      words += (j < first || j >= last) && tokens[j].kind != TokenKind::kPunct;
    }
    return words;
  };
  const PhraseTable::Gate locatives = pack.quantities.locatives.Gated();
  for (size_t i = from; i < to; ++i) {
    if ((i = NextLocative(tokens, i, to, locatives)) == to) break;
    if (pack.quantities.locatives.MatchGated(tokens, i).length == 0) continue;
    if (i >= last && InFigureAside(tokens, last, i, pack)) break;
    for (size_t k = i + 1; k < to && k <= i + kGap; ++k) {
      PhraseMatch m = pack.quantities.places.Match(tokens, k);
      if (m.length == 0) {
        // "in der Westtürkei", "in der Ostukraine": a country's compass part holds its toll.
        // "auf der griechischen Insel Samos": an island or town the gazetteer lacks is in the
        // country its demonym names.
        const std::vector<std::string>* whole = CompassPart(tokens[k], pack);
        size_t end = k;
        std::string named = whole != nullptr ? whole->front() : DemonymPlace(tokens, k, pack, &end);
        if (named.empty() && k == i + 1) named = HolderAfterName(tokens, k, pack);
        if (named.empty()) continue;
        if (distance(k) < best_distance) best_distance = distance(k), best = std::move(named);
        break;
      }
      // "in the Caribbean nation": the story's country described by its region, no place.
      if (k + m.length < to && pack.quantities.roles.Has(tokens[k + m.length], kCountryNoun)) break;
      const size_t d = distance(k);
      // "in Polen, Rumänien und Österreich": a list of places is the whole, no one place.
      const bool listed = ListGoesOn(tokens, k + m.length, pack) || InPlaceList(tokens, i, k, pack);
      if (d < best_distance) {
        best_distance = d;
        const std::string located = PlaceLocated(tokens, i, k, m.fields->at(0), pack);
        best = listed ? EachOfList(tokens, k, first, pack)
                      : !located.empty() ? located : m.fields->at(0);
      }
      break;
    }
  }
  // "on the Greek island of Samos": an article, a demonym and a place noun name a place
  // whatever the preposition.
  const RoleTable& roles = pack.quantities.roles;
  for (size_t k = from + 1; best.empty(); k = k + 1 == first ? last : k + 1) {
    if ((k = NextArticledDemonym(tokens, k, to, first, last, roles)) >= to) break;
    size_t end = k;
    best = DemonymPlace(tokens, k, pack, &end);
  }
  if (best.empty() && may(kScopePlace)) best = ScopePlace(tokens, first, last, pack, clauses);
  if (best.empty()) best = PlaceClosingClause(tokens, first, pack);
  if (best.empty()) best = SubjectPlace(tokens, first, pack);
  if (best.empty()) best = PlaceOfRelative(tokens, first, pack);
  return best.empty() && !ElsewhereBefore(tokens, first, pack, clauses)
             ? OpeningPlace(tokens, first, pack)
             : best;
}

namespace {

// The first of tokens [i, to), past the figure's own [first, np_end), that is a place anaphor
// or that the locatives' filter passes: a loop of its own keeps the filter in registers.
size_t NextPlaceWord(Tokens tokens, size_t i, size_t to, size_t first, size_t np_end,
                     const RoleTable& roles, const PhraseTable::Gate& locatives) {
  for (; i < to; i = i + 1 == first ? np_end : i + 1) {
    if (locatives.MayMatch(tokens[i]) || roles.Has(tokens[i], kPlaceAnaphor)) break;
  }
  return i;
}

}  // namespace

bool NamesPlaceBefore(Tokens tokens, size_t first, size_t np_end,
                      const LanguagePack& pack, const FigureClauses* clauses) {
  constexpr size_t kWindow = FigureClauses::kNear;  // PlaceNear's clause, walked already.
  const RoleTable& roles = pack.quantities.roles;
  const auto [from, to] = ClauseOf(clauses, tokens, first, np_end, kWindow);
  const PhraseTable::Gate locatives = pack.quantities.locatives.Gated();
  for (size_t i = from; (i = NextPlaceWord(tokens, i, to, first, np_end, roles, locatives)) < to;
       i = i + 1 == first ? np_end : i + 1) {
    // "95 died there", "Dort starben 12"; "there were 12 deaths" is no place.
    if (roles.Has(tokens[i], kPlaceAnaphor) &&
        (i > first || i + 1 >= tokens.size() || !roles.Has(tokens[i + 1], kNotNoun))) {
      return true;
    }
    // "in the state", "im Bundesland", "in dem Land"; not "in the state of emergency".
    const size_t at = i + pack.quantities.locatives.Match(tokens, i).length;
    if (at == i) continue;
    const size_t noun = at < to && roles.Has(tokens[at], kPartArticle) ? at + 1 : at;
    if (noun < to && noun != first && roles.Has(tokens[noun], kPlaceNoun) &&
        (noun + 1 >= tokens.size() || !pack.numbers.roles.Has(tokens[noun + 1], kOf))) {
      return true;
    }
  }
  return false;
}

bool ElsewhereBefore(Tokens tokens, size_t first, const LanguagePack& pack,
                     const FigureClauses* clauses) {
  constexpr size_t kWindow = 12;
  constexpr size_t kNounGap = 3;  // "in Dutzenden anderen Städten".
  // The clause starts at most kWindow tokens back: without an "in" there, nothing to find.
  bool in = false;
  for (size_t i = first > kWindow ? first - kWindow : 0; i < first && !in; ++i) {
    in = tokens[i].folded() == "in";
  }
  if (!in) return false;
  const size_t from = clauses != nullptr ? clauses->ClauseStart(tokens, first, kWindow)
                                         : ClauseAround(tokens, first, first + 1, kWindow).first;
  for (size_t i = from; i < first; ++i) {
    // Only "in": "bei dem Brand", "aus der Stadt" name an event or an origin, no where.
    const size_t l = tokens[i].folded() == "in" ? 1 : 0;
    for (size_t k = i + l; l > 0 && k < first && k <= i + l + kNounGap; ++k) {
      const Token& t = tokens[k];
      if (t.kind != TokenKind::kWord || pack.quantities.places.Match(tokens, k).length > 0 ||
          pack.quantities.roles.Has(t, kPlaceNoun)) {
        break;
      }
      const bool date = t.lex != nullptr && (t.lex->Is(kLexMonth) || t.lex->Is(kLexWeekday) ||
                                             t.lex->Is(kLexRelativeDay) || t.lex->Is(kLexDateEvent));
      if (t.upper && !date) return true;
    }
  }
  return false;
}

void PlaceFromParagraph(const DocContext& ctx, size_t index, size_t first, size_t np_end,
                        Claim& c, const FigureClauses* clauses) {
  if (c.kind != ClaimKind::kQuantity || !c.place.empty()) return;
  const LanguagePack& pack = *ctx.pack;
  if (NamesPlaceBefore(ctx.sentences[index].tokens, first, np_end, pack, clauses)) {
    c.place = PlaceBefore(ctx, index, first, pack);
  }
  if (c.place.empty() && !ElsewhereBefore(ctx.sentences[index].tokens, first, pack, clauses)) {
    c.place = SceneBefore(ctx, index, pack);
  }
}

bool CountsPlacesReached(Tokens tokens, size_t first, const Claim& c,
                         const Claim* previous, const LanguagePack& pack) {
  if (previous == nullptr || previous->sentence.begin != c.sentence.begin ||
      previous->aspect != Aspect::kCumulative || c.aspect != Aspect::kLevel) {
    return false;
  }
  const auto t = pack.quantities.measure_tally.find(c.unit);
  if (t == pack.quantities.measure_tally.end() || t->second.toll || t->second.occasion ||
      t->second.generic || t->second.person) {
    return false;
  }
  constexpr size_t kLongest = 2;  // "nördlich von".
  return pack.quantities.locatives.EndingAt(tokens, first, kLongest).length > 0;
}

size_t BracketedAsideEnd(Tokens tokens, size_t at) {
  constexpr size_t kLongest = 12;
  if (at >= tokens.size() || !IsPunct(tokens[at], "(")) return at;
  for (size_t k = at + 1; k < tokens.size() && k <= at + kLongest; ++k) {
    if (tokens[k].kind == TokenKind::kNumber || IsPunct(tokens[k], "(")) return at;
    if (IsPunct(tokens[k], ")")) {
      return k + 1 < tokens.size() && tokens[k + 1].kind == TokenKind::kWord ? k : at;
    }
  }
  return at;
}

}  // namespace crosscheck::internal
