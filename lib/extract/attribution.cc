#include "lib/extract/attribution.h"

#include <algorithm>

#include "lib/base/string_map.h"
#include "lib/extract/counter_cues.h"
#include "lib/extract/source_words.h"
#include "lib/extract/speakers/grammar.h"
#include "lib/extract/tables.h"

namespace crosscheck::internal {
namespace {

// Entity keys in tokens [from, to), joined by '+', in order and without repeats.
std::string EntityKeysIn(const std::vector<EntityMention>& entities, size_t from, size_t to) {
  std::vector<std::string> keys;
  auto begin = std::partition_point(entities.begin(), entities.end(),
                                    [&](const EntityMention& m) { return m.first < from; });
  for (auto it = begin; it != entities.end() && it->first < to; ++it) {
    const EntityMention& m = *it;
    if (m.last <= to && !m.inside_only &&
        std::find(keys.begin(), keys.end(), m.key) == keys.end()) {
      keys.push_back(m.key);
    }
  }
  std::string out;
  for (const std::string& k : keys) out += (out.empty() ? "" : "+") + k;
  return out;
}

void MarkSource(std::vector<EntityMention>& entities, size_t from, size_t to) {
  auto begin = std::partition_point(entities.begin(), entities.end(),
                                    [&](const EntityMention& m) { return m.first < from; });
  for (auto it = begin; it != entities.end() && it->first < to; ++it) {
    if (it->last <= to) it->source = true;
  }
}

// The capitalised name right after `from` ("CNN", "Reuters") when no entity is known.
std::string NameAfter(Tokens tokens, size_t from, size_t to) {
  const StringSet& skip = SourceWordsOnce().name_skip;
  const StringSet& information = SourceWordsOnce().information;
  for (size_t k = from; k < to && k < tokens.size(); ++k) {
    if (IsQuoteMark(tokens[k])) return QuotedNameFrom(tokens, k);  // "laut „Bild“".
    if (tokens[k].kind != TokenKind::kWord) return "";
    if (skip.contains(Key(tokens[k]))) continue;
    // "laut Angaben der Behörden": whose data it is names the source; "so der Stand" none.
    if (information.contains(Key(tokens[k]))) {
      if (k + 1 < to && skip.contains(Key(tokens[k + 1]))) continue;
      return "";
    }
    if (tokens[k].upper) {  // "according to Pakistan’s planning minister": Pakistan.
      // "laut der Zeitung „El País“": the paper's name.
      if (k + 1 < tokens.size() && IsQuoteMark(tokens[k + 1])) {
        if (std::string quoted = QuotedNameFrom(tokens, k + 1); !quoted.empty()) return quoted;
      }
      std::string_view name = tokens[k].folded();
      name.remove_suffix(PossessiveEnding(name));
      return std::string(name);
    }
    if (k > from + 2) return "";
  }
  return "";
}

}  // namespace

bool HasGermanAdjectiveEnding(std::string_view folded) {
  for (std::string_view ending : {"e", "en", "er", "es", "em"}) {
    if (folded.size() > ending.size() + 2 && folded.ends_with(ending)) return true;
  }
  return false;
}

namespace {

bool IsAcronym(std::string_view text, const Token& t) {
  const std::string_view raw = t.span.Of(text);
  return t.kind == TokenKind::kWord && raw.size() >= 2 &&
         std::all_of(raw.begin(), raw.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// A name right before a cue ("Die BBC berichtete", "The BBC reported"): an acronym written in
// capitals, or a capitalised word past the sentence's first two, where capitals are no sign
// of a name ("Officials reported", "Die Behörden meldeten").
std::string NameBefore(std::string_view text, Tokens tokens, size_t cue) {
  if (cue == 0) return "";
  const Token& t = tokens[cue - 1];
  // "Die Tageszeitung „El Mundo“ berichtete".
  if (IsQuoteMark(t)) return QuotedNameTo(tokens, cue - 1);
  // "Offiziellen Daten zufolge": what was given, not who gave it.
  if (t.kind != TokenKind::kWord || !t.upper || SourceWordsOnce().information.contains(Key(t))) {
    return "";
  }
  std::string_view name = t.folded();  // "Amnesty International's estimates put".
  name.remove_suffix(PossessiveEnding(name));
  return IsAcronym(text, t) || cue - 1 > 1 ? std::string(name) : "";
}

// The short name a body is known by, right before a cue: an acronym alone ("die
// US-Erdbebenwarte USGS meldete") or in brackets ("das Institut (GFZ) meldete"). It names
// the body more closely than a country in its description ("US-").
std::string AcronymBefore(std::string_view text, Tokens tokens, size_t cue) {
  if (cue >= 3 && IsPunct(tokens[cue - 1], ")") && IsPunct(tokens[cue - 3], "(")) cue -= 1;
  if (cue == 0 || !IsAcronym(text, tokens[cue - 1])) return "";
  return std::string(tokens[cue - 1].folded());
}

// Where an aside in brackets right before `at` opens ("…(MSPP per its acronym in French),
// reported"), or `at` when none ends there.
size_t BeforeAside(Tokens tokens, size_t at) {
  constexpr size_t kReach = 24;  // A bracket may give a name in full in another language.
  size_t close = at;
  if (close > 0 && IsPunct(tokens[close - 1], ",")) --close;
  if (close == 0 || !IsPunct(tokens[close - 1], ")")) return at;
  for (size_t k = close - 1; k-- > 0 && close - k <= kReach;) {
    if (IsPunct(tokens[k], "(")) return k;
    if (IsPunct(tokens[k], ")") || IsPunct(tokens[k], ".")) break;
  }
  return at;
}

// Where the words naming who speaks before a cue end: before a place that only locates the
// speaker ("Das Institut in Potsdam meldete": the institute, not Potsdam), named as a known
// entity or in capitals.
size_t ActorEnd(Tokens tokens, size_t cue, const Lexicon& lex) {
  for (size_t back = 2; back <= 4 && back < cue; ++back) {
    const size_t at = cue - back;
    size_t length = lex.quantities.locatives.Match(tokens, at).length;
    // "die Hafenverwaltung von Nampo teilte mit": right after a noun, the town the body
    // belongs to, not the body.
    if (length == 0 && tokens[at - 1].kind == TokenKind::kWord && tokens[at - 1].upper &&
        SourceWordsOnce().seat_of.contains(Key(tokens[at]))) {
      length = 1;
    }
    if (length == 0 || at + length >= cue) continue;
    // "Officials in the Bahamas say": an article before the name.
    if (at + length + 1 < cue && lex.quantities.roles.Has(tokens[at + length], kPartArticle) &&
        !tokens[at + length].upper) {
      ++length;
    }
    bool named = lex.Entity(tokens, at + length).length == cue - at - length;
    for (size_t k = at + length; k < cue && !named; ++k) {
      if (tokens[k].kind != TokenKind::kWord || !tokens[k].upper) break;
      named = k + 1 == cue;
    }
    if (named) return at;
  }
  return cue;
}

// The subject of a clause that puts its verb last ("wie das Statistische Bundesamt am
// Freitag in einer ersten Schätzung mitteilte"): the words between it and the verb say when
// and how, and a noun among them ("Schätzung") is no source. `end` is the cue when the
// clause is no such clause or its subject ends right before the verb.
struct VerbLastSubject {
  size_t end;
  bool agency;  // "wie ein Reporter der Nachrichtenagentur dpa berichtete": passed on.
};

VerbLastSubject VerbLastSubjectOf(Tokens tokens, size_t cue, const Lexicon& lex) {
  const SourceWords& words = SourceWordsOnce();
  size_t open = cue;
  while (open > 0 && tokens[open - 1].kind == TokenKind::kWord) --open;
  if (open == cue || !words.verb_last_intro.contains(Key(tokens[open]))) return {cue, false};
  size_t k = open + 1;
  if (k < cue && words.subject_lead.contains(Key(tokens[k]))) ++k;
  const size_t noun_from = k;
  bool agency = false;
  for (; k < cue; ++k) {
    const Token& t = tokens[k];
    if (t.kind != TokenKind::kWord) return {cue, false};
    const bool named_agency = lex.quantities.agencies.contains(Key(t));
    agency = agency || named_agency;
    if (t.upper || named_agency) continue;
    // "ein Sprecher der Feuerwehr": a genitive after a noun goes on with the subject.
    if (k > noun_from && tokens[k - 1].upper && words.genitive.contains(Key(t))) continue;
    if (k == noun_from || !HasGermanAdjectiveEnding(t.folded())) break;
  }
  if (k == noun_from) return {cue, false};
  return {k < cue ? k : cue, agency};
}

// Where the source named after a cue ends: at the end of its noun phrase. "Laut Kiew
// verliert Russland …" names Kyiv, not Russia; "according to Kyiv, Russia …" too. Commas
// between entities ("ukrainischer, südkoreanischer und US-Geheimdienste") keep the phrase going.
size_t SourcePhraseEnd(Tokens tokens, size_t from, const Lexicon& lex, bool capitalised_nouns) {
  const StringSet& joiners = SourceWordsOnce().joiners;
  const size_t end = std::min(tokens.size(), from + 7);
  for (size_t k = from; k < end; ++k) {
    const Token& t = tokens[k];
    if (IsPunct(t, ".") || IsPunct(t, ":") || t.kind == TokenKind::kNumber) return k;
    if (IsPunct(t, ",")) {
      // Only a list of demonyms goes on past a comma; "according to Seoul, North Korea …"
      // ends at it.
      auto demonym_at = [&](size_t at) {
        PhraseMatch e = lex.Entity(tokens, at);
        return e.length > 0 && e.fields->size() > 1 && e.fields->at(1) == "demonym";
      };
      if (k > from && k + 1 < end && demonym_at(k - 1) && demonym_at(k + 1)) continue;
      return k;
    }
    // Where nouns are capitalised, a lower-case word that is neither a joiner nor an inflected
    // adjective is the verb after the source: "Laut Kiew verliert", "laut Experten hat". Right
    // after a noun, a word in -te is a past verb, not an adjective: "Laut Kiew feuerte".
    const bool past_verb = k > from && tokens[k - 1].upper && t.folded().ends_with("te");
    if (capitalised_nouns && t.kind == TokenKind::kWord && !t.upper && !joiners.contains(Key(t)) &&
        lex.Entity(tokens, k).length == 0 && (past_verb || !HasGermanAdjectiveEnding(t.folded()))) {
      return k;
    }
  }
  return end;
}

// Whether the verb at `cue`, put first after a comma before `actor`, has its speaker after it:
// a counting body (`inverted`, then the source), or an unnamed one ("…, said officials",
// "…, teilten die Behörden mit": no source). Then nothing before the comma speaks ("Russland
// verlor 900 Soldaten, sagte die Polizei"; "Nepali nationals, said officials").
bool SpeakerAfterComma(Tokens tokens, size_t actor, const std::string& inverted, SourceCue& cue) {
  if (actor == 0 || !IsPunct(tokens[actor - 1], ",")) return false;
  if (!inverted.empty()) {
    cue.source = inverted;
    return true;
  }
  if (cue.last >= tokens.size()) return false;
  const size_t body = cue.last + (SourceWordsOnce().name_skip.contains(Key(tokens[cue.last])) &&
                                  cue.last + 1 < tokens.size());
  return NamesBody(tokens[body]);
}

// The source named before a cue ("Die BBC berichtete", "police in Leeds said") and where it
// sits, into `cue`.
void SourceBefore(std::string_view text, Tokens tokens, const Lexicon& lex,
                  std::vector<EntityMention>& entities, SourceCue& cue) {
  const VerbLastSubject verb_last = VerbLastSubjectOf(tokens, cue.first, lex);
  if (verb_last.agency) return;
  size_t actor = ActorEnd(tokens, verb_last.end, lex);
  // "The Railways on Saturday said", "Die Polizei hat am Sonntag mitgeteilt": a day before
  // the cue is no name.
  if (actor > 0 && tokens[actor - 1].lex != nullptr &&
      (tokens[actor - 1].lex->Is(kLexWeekday) || tokens[actor - 1].lex->Is(kLexRelativeDay))) {
    --actor;
  }
  // A body right after the verb is its subject, the verb put first: "…, erklärte die
  // Polizei", "Von 15.000 sprach dagegen die Polizei", "…, said police".
  const std::string inverted =
      CounterAfter(tokens, cue.last, std::min(tokens.size(), cue.last + 5), lex);
  if (SpeakerAfterComma(tokens, actor, inverted, cue)) return;
  // A known counting body ("The Fire Service (CFS)") keeps its shared key.
  std::string acronym = AcronymBefore(text, tokens, actor);
  // A longer aside in brackets before the verb explains the body's name ("the Ministry of
  // Health (MSPP per its acronym in French) reported"): a country or language named in it
  // does not speak; the body before it does.
  if (acronym.empty()) actor = BeforeAside(tokens, actor);
  const std::string counter = CounterBefore(tokens, actor, lex);
  if (counter.empty()) cue.source = std::move(acronym);
  // The nearest entity before the cue, within the clause. Entities are in token order, so
  // a binary search keeps sentences with many cues linear.
  auto it = std::partition_point(entities.begin(), entities.end(),
                                 [&](const EntityMention& m) { return m.last <= actor; });
  if (it != entities.begin()) {
    EntityMention& m = *std::prev(it);
    const bool own_name = !cue.source.empty() && m.last < actor;
    // "Serbian Interior Minister Ivica Dacic told": the country of a titled person, who speaks.
    const bool titled = std::any_of(tokens.begin() + m.last, tokens.begin() + actor,
                                    [](const Token& t) { return t.lex != nullptr && t.lex->Is(kLexTitle); }) &&
                        tokens[actor - 1].upper;
    if (actor - m.last <= 4 && !own_name && !m.destination && !titled) {  // Not "In Frankreich meldete".
      cue.source = m.key;
      m.source = true;
    }
  }
  if (cue.source.empty()) cue.source = counter;
  // With no body named before the verb, the one after it.
  if (cue.source.empty() && !inverted.empty()) {
    cue.source = inverted;
    return;
  }
  // A function word is no name, capitalised at a sentence's start or not ("Bis
  // Donnerstagabend zählten die Behörden").
  // A capitalised one right after another word may end a name ("The New York Times").
  // An adverb is no name even in a headline's title case ("Residents Previously Reported").
  const bool function_word =
      actor > 0 && ((lex.quantities.roles.Has(tokens[actor - 1], kNotNoun) &&
                     (!tokens[actor - 1].upper || actor == 1 ||
                      tokens[actor - 2].kind != TokenKind::kWord)) ||
                    lex.quantities.roles.Has(tokens[actor - 1], kAdverb));
  // "In den Niederlanden meldeten die Behörden": a place after its preposition says where.
  const StringSet& to = SourceWordsOnce().destination;
  const bool placed = actor > 1 && lex.quantities.places.Find(tokens[actor - 1]) != nullptr &&
                      (to.contains(Key(tokens[actor - 2])) ||
                       (actor > 2 && to.contains(Key(tokens[actor - 3]))));
  if (cue.source.empty() && !function_word && !placed) cue.source = NameBefore(text, tokens, actor);
  // The speaker's own place is no place of the figure; it names an unnamed speaker ("die
  // Erdbebenwarte in Potsdam meldete").
  if (actor < cue.first) {
    const size_t name = actor + lex.quantities.locatives.Match(tokens, actor).length;
    // "Officials in the Bahamas say": past an article the locative table does not hold.
    for (size_t k = name; k < cue.first && cue.seat.empty(); ++k) {
      if (PhraseMatch m = lex.quantities.places.Match(tokens, k);
          m.length > 0 && k + m.length <= cue.first) {
        cue.seat = m.fields->at(0);
      }
    }
    // "officials in Seoul said": the capital stands for its government.
    if (cue.source.empty()) {
      const PhraseMatch e = lex.Entity(tokens, name);
      cue.source = e.length > 0 ? std::string(e.fields->at(0)) : cue.seat;
    }
    if (!cue.source.empty()) MarkSource(entities, actor, cue.first);
  }
}

// A name written as capitals with dots ("U.S.", "U.N."), which tokenizes as letters and
// dots: the entity its letters spell ("us"), with the tokens it spans, its last dot included.
PhraseMatch DottedEntity(Tokens tokens, size_t i, const Lexicon& lex) {
  constexpr size_t kMostLetters = 4;
  std::string letters;
  size_t k = i;
  while (k + 1 < tokens.size() && letters.size() < kMostLetters &&
         tokens[k].kind == TokenKind::kWord && tokens[k].upper &&
         tokens[k].folded().size() == 1 && tokens[k + 1].folded() == ".") {
    letters += tokens[k].folded();
    k += 2;
  }
  // "U.S" without its last dot.
  if (!letters.empty() && k < tokens.size() && tokens[k].kind == TokenKind::kWord &&
      tokens[k].upper && tokens[k].folded().size() == 1) {
    letters += tokens[k].folded();
    ++k;
  }
  if (letters.size() < 2) return {};
  const std::vector<std::string>* f = lex.entities.Find(letters);
  return f == nullptr ? PhraseMatch{} : PhraseMatch{k - i, f};
}

// The first word from tokens[i] on (or tokens.size()) where AnalyzeSentenceInto's entity
// loop may find one: the table's filter, a hyphenated word (HyphenEntity) or a capital alone
// (DottedEntity). A loop of its own, whose values stay in registers: most words are none.
// A table without stems (English): MayMatch is MayStart, the words spared the stems' tests.
template <bool kStems>
size_t NextEntityIn(Tokens tokens, size_t i, const PhraseTable::Gate& gate) {
  for (; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.kind != TokenKind::kWord) continue;
    if (t.hyphen || (t.upper && t.folded().size() == 1)) return i;
    // A lexicon word of no entity's first word or stem: passed over without the stems' test.
    constexpr uint64_t kNoStem = uint64_t{1} << kLexNoEntityStem;
    if (kStems && t.lex != nullptr && (t.lex->classes & (gate.lex_mask | kNoStem)) == kNoStem) {
      continue;
    }
    if (kStems ? gate.MayMatch(t) : gate.MayStart(t)) return i;
  }
  return i;
}

size_t NextEntityCandidate(Tokens tokens, size_t i, const PhraseTable::Gate& gate) {
  return gate.stem_quads != nullptr ? NextEntityIn<true>(tokens, i, gate)
                                    : NextEntityIn<false>(tokens, i, gate);
}

// The same for the source loop: a word the table's filter passes.
template <bool kStems>
size_t NextSourceIn(Tokens tokens, size_t i, const PhraseTable::Gate& gate) {
  for (; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.kind == TokenKind::kWord && (kStems ? gate.MayMatch(t) : gate.MayStart(t))) return i;
  }
  return i;
}

size_t NextSourceCandidate(Tokens tokens, size_t i, const PhraseTable::Gate& gate) {
  return gate.stem_quads != nullptr ? NextSourceIn<true>(tokens, i, gate)
                                    : NextSourceIn<false>(tokens, i, gate);
}

}  // namespace

SentenceFacts AnalyzeSentence(std::string_view text, Tokens tokens, const Lexicon& lex) {
  SentenceFacts f;
  AnalyzeSentenceInto(text, tokens, lex, f);
  return f;
}

void AnalyzeSentenceInto(std::string_view text, Tokens tokens, const Lexicon& lex,
                         SentenceFacts& f) {
  f.entities.clear();
  f.sources.clear();
  const bool capitalised_nouns = SpeakerGrammarOf(lex.lang).capitalised_nouns;
  const StringSet& destination = SourceWordsOnce().destination;
  // The tables' filters held in the loops (PhraseTable::Gate): they ask every word.
  const PhraseTable::Gate entity_gate = lex.entities.Gated();
  for (size_t i = 0; i < tokens.size(); ++i) {
    if ((i = NextEntityCandidate(tokens, i, entity_gate)) == tokens.size()) break;
    PhraseMatch m = lex.Entity(tokens, i, entity_gate);
    // Dotted capitals begin with a capital letter alone: other words skip the letters' string.
    if (m.length == 0 && tokens[i].upper && tokens[i].folded().size() == 1) {
      m = DottedEntity(tokens, i, lex);
    }
    if (m.length == 0) continue;
    EntityMention e;
    e.first = i;
    e.last = i + m.length;
    e.key = m.fields->at(0);
    e.inside_only = m.fields->size() > 1 && m.fields->at(1) == "group";
    // "nach Russland", "to Russia", also with an article between ("in die Ukraine").
    for (size_t back = 1; back <= 2 && back <= i; ++back) {
      if (destination.contains(Key(tokens[i - back]))) e.destination = true;
      if (tokens[i - back].kind != TokenKind::kWord) break;
    }
    e.destination = e.destination || HeldBy(tokens, i);
    e.part_lead = PartLeadBefore(tokens, i);
    // "Die chilenische Forstbehörde registriert 160 Brände": the adjective names the body that
    // counts, not whose figure it is.
    if (e.last < tokens.size() && NamesBody(tokens[e.last])) e.source = true;
    if (f.entities.empty()) f.entities.reserve(8);  // One allocation, not one per doubling.
    f.entities.push_back(std::move(e));
    i = e.last - 1;
  }
  const PhraseTable::Gate source_gate = lex.sources.Gated();
  for (size_t i = 0; i < tokens.size(); ++i) {
    if ((i = NextSourceCandidate(tokens, i, source_gate)) == tokens.size()) break;
    PhraseMatch m = lex.sources.MatchGated(tokens, i);
    if (m.length == 0 || m.fields->at(0) == "none") continue;  // "none": "gab es" is no cue.
    std::string_view where = m.fields->at(0);  // A view: the row outlives the loop.
    // A cue written as a noun where nouns are capitalised ("Berichten ukrainischer
    // Geheimdienste") names its source after it.
    if (where == "before" && capitalised_nouns && tokens[i].upper && i > 0) where = "after";
    SourceCue cue;
    cue.first = i;
    cue.last = i + m.length;
    if (where == "reports") {
      cue.source = "reports";
    } else if (where.starts_with("source:")) {
      cue.source = where.substr(7);  // The cue names its body: "nach Polizeiangaben".
    } else if (where == "subject_after") {
      // A verb that names only a counting body as its source: right after it ("Von 15.000
      // sprach die Polizei"), else right before it ("Die Veranstalter sprechen sogar von").
      cue.source = CounterAfter(tokens, cue.last, std::min(tokens.size(), cue.last + 5), lex);
      if (cue.source.empty()) cue.source = CounterBefore(tokens, cue.first, lex);
    } else if (where == "after") {
      const size_t end = SourcePhraseEnd(tokens, cue.last, lex, capitalised_nouns);
      cue.source = EntityKeysIn(f.entities, cue.last, end);
      if (cue.source.empty()) cue.source = CounterAfter(tokens, cue.last, end, lex);
      if (cue.source.empty()) cue.source = NameAfter(tokens, cue.last, end);
      if (!cue.source.empty()) MarkSource(f.entities, cue.last, end);
      // "nach Angaben des Ministeriums in Tirana": the place in the source's phrase, or in a
      // locative right after it (the German phrase ends at the lower-case "in"), is where the
      // source sits, no place of the figure (as for "officials in Seoul said").
      for (size_t k = cue.last; k <= end && k < tokens.size() && cue.seat.empty(); ++k) {
        const size_t at = lex.quantities.locatives.Match(tokens, k).length;
        if (at == 0 || (k < end && k + at >= end)) continue;
        if (PhraseMatch m = lex.quantities.places.Match(tokens, k + at);
            m.length > 0 && (k == end || k + at + m.length <= end)) {
          cue.seat = m.fields->at(0);
        }
      }
    } else {
      SourceBefore(text, tokens, lex, f.entities, cue);
    }
    if (!cue.source.empty()) f.sources.push_back(cue);
    i = cue.last - 1;
  }
}

}  // namespace crosscheck::internal
