#include "lib/extract/quantities/frame.h"

#include <algorithm>
#include <charconv>
#include <utility>

#include "lib/base/concat.h"
#include "lib/extract/interim.h"
#include "lib/extract/numbers/forms.h"
#include "lib/extract/numbers/number_words.h"
#include "lib/extract/quantities/change.h"
#include "lib/extract/quantities/quantity.h"

namespace crosscheck::internal {

// Whether a cue of changes.tsv of kind `where` ends at `k`.
bool ChangeCueEndsAt(Tokens tokens, size_t k, const LanguagePack& pack,
                     std::string_view where) {
  constexpr size_t kLongest = 3;  // "among them", "im Vergleich zu".
  return pack.quantities.changes
             .EndingAt(tokens, k, kLongest,
                       [where](const PhraseMatch& m, size_t) { return m.fields->at(0) == where; })
             .length > 0;
}

namespace {
// Measures of measure_tree.tsv counted aboard a vehicle.
constexpr std::string_view kCrew = "crew", kPassengers = "passengers", kAboard = "aboard";
// A place's inhabitants: its population, or those a verb says something happened to.
constexpr std::string_view kPopulation = "population";
}  // namespace

bool InsideOther(std::string_view found, size_t found_end, size_t end, const PhraseMatch& m,
                 const LanguagePack& pack) {
  return end <= found_end && !pack.quantities.IsOrKindOf(found, m.fields->at(0));
}

std::string MeasureVerbAfter(Tokens tokens, size_t from, size_t window,
                             const LanguagePack& pack) {
  // Words are counted, not marks: a quoted name ("durch das Orkantief „Zeynep“ ums Leben
  // gekommen") is one word.
  for (size_t k = from, words = 0; k < tokens.size() && words < window; ++k) {
    if (IsClauseBreak(tokens[k])) break;
    // "death toll rises to 11 as thousands remain missing": a loose count of its own
    // ("thousands", "Hunderte") is the subject the verb after it has.
    if (k > from && VagueNumeralAt(tokens, k, pack)) break;
    if (tokens[k].kind == TokenKind::kWord || tokens[k].kind == TokenKind::kNumber) ++words;
    if (PhraseMatch m = pack.quantities.measure_verbs.Match(tokens, k); m.length > 0)
      return m.fields->at(0);
  }
  return "";
}

namespace {

// Where the search for the verb of a figure's clause starts: after its noun phrase, or past an
// aside about a part, whose verb is the sentence's: "eight people, including four students,
// were killed" (for both figures), "zwei Personen, darunter eine Erzieherin, wurden verletzt".
size_t AfterAside(Tokens tokens, size_t first, size_t np_end, const LanguagePack& pack) {
  constexpr size_t kAside = 12;  // "darunter eine Erzieherin einer Kinderkrippe".
  constexpr size_t kItem = 5;    // "darunter acht Schüler und zwei Lehrkräfte": a later item.
  size_t open = np_end;          // Where the aside's closing comma is searched from.
  bool part = ChangeCueEndsAt(tokens, first, pack, "part");
  const bool later_item = first > 0 && pack.quantities.roles.Has(tokens[first - 1], kListLink);
  for (size_t k = first;
       later_item && !part && k > 1 && first - k < kItem && !IsClauseBreak(tokens[k - 1]); --k) {
    part = ChangeCueEndsAt(tokens, k - 1, pack, "part");
  }
  if (!part) {
    // The aside follows the noun phrase, maybe after a short phrase ("people on the ground").
    constexpr size_t kTail = 5;
    if (size_t verb = PartListVerb(tokens, np_end, pack); verb != np_end) return verb;
    size_t comma = np_end;
    while (comma < tokens.size() && comma < np_end + kTail && !IsClauseBreak(tokens[comma])) {
      ++comma;
    }
    if (comma + 1 >= tokens.size() || tokens[comma].folded() != ",") return np_end;
    PhraseMatch cue = pack.quantities.changes.Match(tokens, comma + 1);
    // Or an aside about some of them, opened by a figure: "Seven children, one just three
    // years old, are among the wounded"; or naming them: "Two passengers, John Smith and Ann
    // Lee, were killed" (a capitalised word and another after it, in a language that writes
    // its nouns in lower case).
    const Token& opener = tokens[comma + 1];
    const bool figure = opener.kind == TokenKind::kNumber || NumberWordExact(pack, opener.folded());
    const bool names = !pack.grammar.capitalised_nouns && opener.upper &&
                       comma + 2 < tokens.size() && tokens[comma + 2].upper;
    if (!figure && !names && (cue.length == 0 || cue.fields->at(0) != "part")) return np_end;
    open = comma + 1;
  }
  for (size_t k = open; k < tokens.size() && k < open + kAside; ++k) {
    // "killing 20 people, including 9 children, and injuring 90": a verb after a link opens
    // the next clause; the aside's figure is a part of the one before.
    if (tokens[k].folded() == ",") {
      const bool linked =
          k + 1 < tokens.size() && pack.quantities.roles.Has(tokens[k + 1], kListLink);
      return linked ? np_end : k + 1;
    }
    if (IsClauseBreak(tokens[k])) break;
  }
  return np_end;
}

// A participle or adjective before the counted noun that tells a fate: "10 missing girls",
// "12 injured soldiers", "10 vermissten Mädchen" (a verb of the table or a toll word).
std::string FateInside(Tokens tokens, size_t first, size_t np_end,
                       const LanguagePack& pack) {
  for (size_t k = first + 1; k + 1 < np_end; ++k) {
    if (PhraseMatch m = pack.quantities.measure_verbs.Match(tokens, k);
        m.length > 0 && k + m.length < np_end) {
      return m.fields->at(0);
    }
    if (PhraseMatch m = pack.quantities.measures.Match(tokens, k);
        m.length > 0 && k + m.length < np_end) {
      const auto t = pack.quantities.measure_tally.find(m.fields->at(0));
      if (t != pack.quantities.measure_tally.end() && t->second.toll) return m.fields->at(0);
    }
  }
  return "";
}

// A German separable verb around the figure: its head before the figure or after its noun,
// its particle closing the clause ("Laut Kiew feuerte Russland 805 Drohnen und 13 Raketen ab",
// "Die Polizei nahm 25 Personen fest"; "nahm 300 Mitarbeiter auf" is no arrest).
std::string SplitVerbMeasure(Tokens tokens, size_t first, size_t np_end,
                             const LanguagePack& pack) {
  const PhraseTable& heads = pack.quantities.split_verbs;
  if (heads.empty()) return "";
  constexpr size_t kHead = 12;    // "feuerte Russland in der Nacht auf Sonntag 805 … und 13".
  // From the noun to the particle: "mussten seit Samstag ihre Wohnungen und Hotelzimmer im
  // Süden der Insel verlassen".
  constexpr size_t kClause = 15;
  size_t end = np_end;            // The clause's end: punctuation or the sentence's end.
  while (end < tokens.size() && tokens[end].kind != TokenKind::kPunct) {
    if (++end > np_end + kClause) return "";
  }
  // The measure of the head's particle that closes the clause, or nullptr.
  auto closing = [&](const std::vector<std::string>& fields,
                     size_t head_end) -> const std::string* {
    for (size_t g = 0; g + 2 < fields.size();) {  // Groups: measure, length, words.
      size_t n = 0;
      std::from_chars(fields[g + 1].data(), fields[g + 1].data() + fields[g + 1].size(), n);
      bool match = n > 0 && g + 2 + n <= fields.size() && end >= head_end + n &&
                   end >= np_end + n;
      for (size_t j = 0; match && j < n; ++j) {
        match = tokens[end - n + j].folded() == fields[g + 2 + j];
      }
      if (match) return &fields[g];
      g += 2 + n;
    }
    return nullptr;
  };
  size_t from = first;
  while (from > 0 && first - from < kHead && !IsClauseBreak(tokens[from - 1])) --from;
  for (size_t k = from == first ? np_end : from; k < end; k = k + 1 == first ? np_end : k + 1) {
    if (PhraseMatch m = heads.Match(tokens, k); m.length > 0) {
      if (const std::string* measure = closing(*m.fields, k + m.length)) return *measure;
    }
  }
  return "";
}

// Where a verb before the figure must end to have the figure as its object: at the figure, or
// before a source cue that stands between ("Zur Kundgebung kamen nach Polizeiangaben 8500
// Menschen", "kamen nach Angaben der Polizei 8500", "the rally drew, according to police,
// 8,000 people"). The cue names who counted, not what.
size_t VerbEndBefore(Tokens tokens, size_t first, const LanguagePack& pack) {
  constexpr size_t kCue = 6;   // "nach ersten Angaben der Polizei ,".
  constexpr size_t kName = 3;  // The name after a cue such as "laut": "der Polizei".
  const size_t end = first > 0 && tokens[first - 1].folded() == "," ? first - 1 : first;
  for (size_t i = end > kCue ? end - kCue : 0; i < end; ++i) {
    PhraseMatch m = pack.sources.Match(tokens, i);
    if (m.length == 0 || i + m.length > end) continue;
    const std::string& where = m.fields->at(0);
    bool name = i + m.length < end && end - (i + m.length) <= kName;
    for (size_t k = i + m.length; name && k < end; ++k) name = tokens[k].kind == TokenKind::kWord;
    if ((where.starts_with("source:") && i + m.length == end) || (where == "after" && name)) {
      return i > 0 && tokens[i - 1].folded() == "," && end < first ? i - 1 : i;
    }
  }
  return first;
}

// The measure a verb or participle in the figure's clause gives a generic counted noun:
// "12 people were killed", "95 Menschen kamen ums Leben", "killing 12 people". A verb whose
// object the figure is comes first ("killed at least 406 people and wounded 654" counts the
// killed); then the nearest one after the noun; before the figure only a few words.
std::string MeasureFromVerb(Tokens tokens, size_t first, size_t np_end,
                            const LanguagePack& pack) {
  // A clause's verb group; "killing at least 12"; a German verb before its subject, past the
  // adverbials between ("starben bei der Katastrophe in Rumänien 7 Menschen").
  constexpr size_t kAfter = 10, kBefore = 7;
  constexpr size_t kObject = 5;               // "claimed the lives of 230 people".
  constexpr size_t kGroup = 4;                // "were seriously injured", "are among the wounded".
  if (std::string gapped = GappedMeasure(tokens, np_end, pack); !gapped.empty()) return gapped;
  const size_t verb_end = VerbEndBefore(tokens, first, pack);
  // Adverbs between the verb and its figure leave it the verb's object ("tötete insgesamt
  // neun Menschen und verletzte weitere": the nine were killed).
  size_t object = verb_end;
  while (object > 0 && IsAdverb(tokens[object - 1], pack)) --object;
  for (size_t k = first; k > 0 && k + kObject > object;) {
    --k;
    if (IsClauseBreak(tokens[k]) && k < verb_end) break;
    if (PhraseMatch m = pack.quantities.measure_verbs.Match(tokens, k);
        m.length > 0 && (k + m.length == first || k + m.length == verb_end ||
                         (object < verb_end && k + m.length == object))) {
      // Read backwards, the verb's last word matches first; a longer phrase ending there
      // may say how badly ("seriously injuring 13 others"): its narrower measure wins.
      constexpr size_t kLongest = 4;
      const std::string& longer =
          pack.quantities.measure_verbs.EndingAt(tokens, k + m.length, kLongest).fields->at(0);
      return pack.quantities.IsKindOf(longer, m.fields->at(0)) ? longer : m.fields->at(0);
    }
  }
  if (std::string split = SplitVerbMeasure(tokens, first, np_end, pack); !split.empty()) {
    return split;
  }
  if (std::string after = MeasureVerbAfter(tokens, np_end, kAfter, pack); !after.empty()) {
    return after;
  }
  // Past an aside, only the verb group right after it ("…, were killed").
  if (const size_t from = AfterAside(tokens, first, np_end, pack); from != np_end) {
    if (std::string after = MeasureVerbAfter(tokens, from, kGroup, pack); !after.empty()) {
      return after;
    }
    if (std::string last = MeasureClosingClause(tokens, from, kAfter, pack); !last.empty()) {
      return last;
    }
  }
  if (std::string last = ParticipleClosingSentence(tokens, np_end, pack); !last.empty()) {
    return last;
  }
  if (std::string last = ParticipleClosingInverted(tokens, first, np_end, pack); !last.empty()) {
    return last;
  }
  if (std::string inside = FateInside(tokens, first, np_end, pack); !inside.empty()) return inside;
  // "those killed after a jet with 72 people crashed": a verb before a vehicle is not theirs.
  if (!VehicleOf(tokens, first, np_end, pack).empty()) return std::string(kAboard);
  for (size_t k = first; k > 0 && k + kBefore > verb_end;) {
    --k;
    if (IsClauseBreak(tokens[k]) && k < verb_end) break;
    // "killed three people and left 2,000 without power": that verb has its own figure.
    if (tokens[k].kind == TokenKind::kNumber) break;
    if (PhraseMatch m = pack.quantities.measure_verbs.Match(tokens, k);
        m.length > 0 && k + m.length <= first) {
      return m.fields->at(0);
    }
  }
  return "";
}

// A toll of people or a crowd named earlier in the figure's clause, for a count of people with no
// verb: "the death toll is at least 2,950 people", "Among the dead were 28 children", "Teilnehmer
// sprachen von 30.000 Menschen". A noun counted by a figure of its own is not the frame
// ("12 deaths in a town of 80,000 people").
// Whether the figure counts others than those named before it: "zwei weitere Personen",
// "another 654", "five more people" (a change cue in or just before the noun phrase).
bool NamesOthers(Tokens tokens, size_t first, size_t np_end,
                 const LanguagePack& pack) {
  constexpr size_t kBefore = 2;  // "another 654", "by another 300".
  for (size_t k = first > kBefore ? first - kBefore : 0; k < np_end; ++k) {
    if (PhraseMatch m = pack.quantities.changes.Match(tokens, k);
        m.length > 0 && m.fields->at(0) != "part" && m.fields->at(0) != "now") {
      return true;
    }
  }
  return false;
}

std::string TollNounBefore(Tokens tokens, size_t first, const LanguagePack& pack,
                           const FigureClauses* clauses) {
  constexpr size_t kWindow = 20;  // "The death toll from the attack on … has risen to 35 people".
  const size_t from = clauses != nullptr ? clauses->ClauseStart(tokens, first, kWindow)
                                         : ClauseAround(tokens, first, first, kWindow).first;
  std::string found;
  size_t found_end = 0;
  for (size_t k = from; k < first; ++k) {
    const PhraseMatch m = MeasureNounAt(tokens, k, pack);
    // Where nouns are capitalised, a lower-case match is an adjective ("dem betroffenen Zug").
    // Where they are not, a capitalised one inside the sentence is a name's ("the March for
    // Our Lives concluded").
    if (m.length == 0 || k + m.length > first ||
        (pack.grammar.capitalised_nouns ? !tokens[k].upper : k > 0 && tokens[k].upper)) {
      continue;
    }
    const auto t = pack.quantities.measure_tally.find(m.fields->at(0));
    const bool counted = k > 0 && (tokens[k - 1].kind == TokenKind::kNumber ||
                                   NumberWordExact(pack, tokens[k - 1].folded()) ||
                                   pack.numbers.scales.Match(tokens, k - 1).length > 0);
    if (t != pack.quantities.measure_tally.end() && t->second.person &&
        (t->second.toll || t->second.occasion) && !counted &&
        !InsideOther(found, found_end, k + m.length, m, pack)) {
      found = m.fields->at(0);
      found_end = k + m.length;
    }
  }
  return found;
}

// Whether a broad toll (casualties: its parent is generic) is named with one of its direct
// parts: "Verluste an Toten und Verwundeten" lists what the losses are made of, both.
bool ListsItsParts(std::string_view verb, std::string_view measure, const LanguagePack& pack) {
  const std::string* parent = pack.quantities.ParentOf(measure);
  const std::string* verb_parent = pack.quantities.ParentOf(verb);
  if (parent == nullptr || verb_parent == nullptr || *verb_parent != measure) return false;
  const auto p = pack.quantities.measure_tally.find(*parent);
  return p != pack.quantities.measure_tally.end() && p->second.generic;
}

// Whether a verb's measure `verb` says what a toll noun's `noun` counts: a narrower kind of
// the toll ("88 bodies were identified", "drei Opfer wurden schwer verletzt": a part of it),
// or for the injured, leaving hospital ("713 injured individuals have been discharged"
// counts the discharged, a count of their own in measure_tree.tsv).
bool RefinesToll(std::string_view verb, std::string_view noun, const LanguagePack& pack) {
  constexpr std::string_view kInjured = "injured", kDischarged = "discharged";
  if (pack.quantities.IsKindOf(verb, noun)) return !ListsItsParts(verb, noun, pack);
  return pack.quantities.IsOrKindOf(noun, kInjured) &&
         pack.quantities.IsOrKindOf(verb, kDischarged);
}

// The measure a verb's measure `verb` ("buildings_destroyed") makes of a noun's `noun`: the verb's
// own when it is a kind of the noun's ("buildings" -> "buildings_destroyed"), or the noun's
// kind of the same fate ("homes" + "buildings_destroyed" -> "homes_destroyed"); else empty.
std::string FateOf(const std::string& verb, const std::string& noun, const LanguagePack& pack) {
  if (verb.empty()) return "";
  if (pack.quantities.IsKindOf(verb, noun)) return verb;
  // The noun's ancestors, nearest first: "buildings" for "homes"; "missiles", then "weapons"
  // for "cruise_missiles" (+ "weapons_launched" -> "cruise_missiles_launched").
  constexpr int kDepth = 8;  // The tree is shallow; the bound guards against a cycle.
  const std::string* base = pack.quantities.ParentOf(noun);
  for (int d = 0; d < kDepth && base != nullptr; ++d, base = pack.quantities.ParentOf(*base)) {
    if (verb.size() > base->size() && verb.compare(0, base->size(), *base) == 0) {
      std::string same_fate = noun + verb.substr(base->size());  // "homes" + "_destroyed".
      return pack.quantities.measure_tally.contains(same_fate) ? same_fate : "";
    }
  }
  return "";
}

// What a counted noun and its verb make of the figure: the measure in `c.unit`, and the kind
// of people whose count it is ("pilgrims" in "1,300 pilgrims died"), returned.
std::string MeasureOfNounAndVerb(Tokens tokens, size_t first, size_t np_end,
                                 const LanguagePack& pack, Claim& c,
                                 const GatheringArticle* rally, const FigureClauses* clauses) {
  constexpr std::string_view kVoters = "voters";
  std::string group;
  if (const size_t joined = CoordinatedPeople(tokens, np_end, c.unit.str(), pack); joined > 0) {
    c.unit = "people", np_end = joined;
  }
  const auto noun = pack.quantities.measure_tally.find(c.unit);
  if (noun != pack.quantities.measure_tally.end() && (noun->second.generic || noun->second.person)) {
    // "only one of the 242 passengers survived", "killed 179 of the 181 people": the verb or
    // toll noun tells of the part, not the whole.
    const bool whole = clauses ? clauses->WholeOfPartAt(tokens, first, pack)
                               : WholeOfPart(tokens, first, pack);
    std::string verb = whole ? "" : MeasureFromVerb(tokens, first, np_end, pack);
    if (verb.empty() && !whole && !NamesOthers(tokens, first, np_end, pack)) {
      verb = TollNounBefore(tokens, first, pack, clauses);
    }
    const auto happened = pack.quantities.measure_tally.find(verb);
    if (noun->second.generic && !verb.empty()) {
      // "12 people were killed": the verb says what is counted. A kind of people below
      // the root says whose ("four students were killed": a part of the dead).
      if (!noun->second.parent.empty() && c.unit != kPopulation) group = c.unit;
      c.unit = std::move(verb);
      if (c.unit == kAboard && CrewBeside(tokens, np_end, pack)) c.unit = kPassengers;
    } else if (noun->second.generic && c.unit != kPopulation) {
      // "8,000 people" with no verb: anyone at all; at a rally, an estimate counts its crowd.
      if (rally == nullptr || whole || !CrowdOfRally(tokens, first, np_end, pack, *rally, c)) {
        CompareOnRequest(c);
      }
    } else if (!noun->second.toll && happened != pack.quantities.measure_tally.end() &&
               happened->second.toll) {
      // "1,300 pilgrims died": the killed among the pilgrims, a part of all the killed.
      group = std::exchange(c.unit, std::move(verb));
    } else if (!noun->second.toll && !noun->second.occasion &&
               happened != pack.quantities.measure_tally.end() && happened->second.occasion &&
               happened->second.person && c.unit != kVoters &&
               !pack.quantities.IsKindOf(c.unit, kVoters)) {
      // "5000 workers took part in the strike": those of the workers there that day, not
      // the staff a union called out. Voters who took part are the voters themselves.
      group = std::exchange(c.unit, std::move(verb));
    } else if (noun->second.toll && !verb.empty() && RefinesToll(verb, c.unit.str(), pack)) {
      // "88 bodies were identified", "40 Verletzte wurden entlassen" (RefinesToll).
      c.unit = std::move(verb);
    }
  } else if (noun != pack.quantities.measure_tally.end() && !noun->second.toll &&
             !(clauses ? clauses->WholeOfPartAt(tokens, first, pack)
                       : WholeOfPart(tokens, first, pack))) {
    // Things whose fate a verb tells: "12,000 structures were destroyed" counts the
    // destroyed buildings, a running total; not the whole of a part ("1300 von 6000 Flügen").
    if (std::string fate = FateOf(MeasureFromVerb(tokens, first, np_end, pack), c.unit.str(), pack);
        !fate.empty()) {
      c.unit = std::move(fate);
    }
  }
  return group;
}

}  // namespace

std::pair<size_t, size_t> ClauseAround(Tokens tokens, size_t first,
                                       size_t last, size_t window) {
  size_t from = first;
  while (from > 0 && first - from < window && (!IsClauseBreak(tokens[from - 1]) || from - 1 <= 2)) {
    --from;
  }
  size_t to = last;  // Asides in brackets go uncounted; only a "(", a break, opens one.
  for (size_t words = 0; to < tokens.size() && words < window; ++to) {
    if (!IsClauseBreak(tokens[to])) ++words;
    else if (const size_t close = BracketedAsideEnd(tokens, to); close > to) to = close;
    else break;
  }
  return {from, to};
}

// One walk for both windows: the near clause's start is the wide one's, kept within kNear
// of `first` (the same breaks stop both); its end is where the wide walk had counted kNear
// words, or the wide one's when it stopped before.
void FigureClauses::Walk() const {
  const Tokens tokens = tokens_;
  const size_t first = first_;
  size_t from = first;
  while (from > 0 && first - from < kWide && (!IsClauseBreak(tokens[from - 1]) || from - 1 <= 2)) {
    --from;
  }
  size_t to = last_, near_to = SIZE_MAX;
  for (size_t words = 0; to < tokens.size() && words < kWide; ++to) {
    if (words == kNear && near_to == SIZE_MAX) near_to = to;
    if (!IsClauseBreak(tokens[to])) ++words;
    else if (const size_t close = BracketedAsideEnd(tokens, to); close > to) to = close;
    else break;
  }
  wide_ = {from, to};
  near_ = {std::max(from, first - std::min(first, kNear)), near_to == SIZE_MAX ? to : near_to};
  walked_ = true;
}

void ApplyFrame(Tokens tokens, size_t first, size_t np_end, const LanguagePack& pack,
                const std::string& inside, Claim& c, const GatheringArticle* rally,
                uint64_t sentence_roles,
                const FigureClauses* clauses) {
  if (c.kind == ClaimKind::kQuantity) {
    ConvertUnit(pack, c);
    // A kind of people whose toll this is ("pilgrims").
    std::string group = MeasureOfNounAndVerb(tokens, first, np_end, pack, c, rally, clauses);
    bool crowd = false;  // People at one occasion: a rally's marchers, a match's viewers.
    if (auto t = pack.quantities.measure_tally.find(c.unit); t != pack.quantities.measure_tally.end()) {
      if (t->second.toll) c.aspect = Aspect::kCumulative;
      if (t->second.occasion) c.aspect = Aspect::kOccasion;
      crowd = t->second.occasion && t->second.person;
      // A sum over many gatherings is no one gathering's crowd, and compares with none.
      if (crowd && OverGatherings(tokens, np_end, pack)) CompareOnRequest(c);
      // The marchers of a counter-protest are not the rally's.
      if (std::string_view counter = CounterMeasure(tokens, first, np_end, c.unit, t->second.parent, pack);
          !counter.empty()) {
        c.unit = std::string(counter);
      }
    }
    // Whose toll it is, only as the figure's own words say ("224 Iranian civilians were
    // killed"): a country named elsewhere in the clause is mostly who did it ("Israeli strikes
    // killed 224 people") or who reports it, and would split the toll from its other reports.
    // So for a crowd: a team or a country near an audience or a march is whom it watched or
    // where it went ("Spain's win over England drew 21 million viewers"), not whose it is.
    if (c.aspect == Aspect::kCumulative || crowd) c.subject = inside;
    // Each vehicle of a collision has its own crew and passengers.
    if (c.subject.empty() && (c.unit == kCrew || c.unit == kPassengers)) {
      c.subject = VehicleOf(tokens, first, np_end, pack);
    }
    if (!group.empty()) c.subject = c.subject.empty() ? group : Concat(std::string_view(c.subject), "_", group);
  }
  // An amount of money is one package whether or not it is "additional": not a change. Nor
  // is the next part of a list by how badly ("drei schwer und weitere drei leichter").
  if (c.kind == ClaimKind::kQuantity &&
      (IsChange(tokens, first, np_end, pack, c.value.low < 0) ||
       MoreFound(tokens, first, pack, c)) &&
      GappedMeasure(tokens, np_end, pack).empty()) {
    c.aspect = Aspect::kChange;
  }
  // A place the claim came with (a bracketed figure's, its figure's) stays when none is near.
  if (std::string near = PlaceNear(tokens, first, np_end, pack, clauses, sentence_roles);
      !near.empty() || c.place.empty()) {
    c.place = std::move(near);
  }
  // "mindestens fünfzehn bayerische Landkreise", "40 Bavarian towns": a place named inside
  // the figure's noun phrase.
  if (c.place.empty() && first + 1 < np_end) c.place = LastPlace(tokens, first + 1, np_end, pack);
  // A named hospital is narrower than its town: those it treats are a part of the town's.
  // Only a word of the role names one: a sentence without any (its roles tell) has none.
  if (((sentence_roles >> kHospital) & 1) != 0) {
    if (std::string at = HospitalNear(tokens, first, np_end, pack); !at.empty()) c.place = at;
  }
  // A news agency passes a figure on; it is not who counted.
  if (pack.quantities.agencies.contains(c.source)) c.source.clear();
  // "laut Hochrechnung": a projection or a partial count gives a stage of the count.
  c.value_is_interim = NamesInterim(c.source, pack);
}

}  // namespace crosscheck::internal
