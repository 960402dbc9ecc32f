#include "lib/extract/quantities/implied.h"

#include <algorithm>

#include "lib/extract/quantities/frame.h"
#include "lib/extract/quantities/quantity.h"

namespace crosscheck::internal {
namespace {

constexpr std::string_view kCrowd = "participants";  // measure_tree.tsv: a rally's people.

// Whether the tokens name a gathering (events.tsv, kind "gathering": "demonstration").
bool NamesGathering(Tokens tokens, const LanguagePack& pack) {
  for (size_t k = 0; k < tokens.size(); ++k) {
    const PhraseMatch m = pack.dates.events.Match(tokens, k);
    if (m.length > 0 && m.fields->size() > 1 && m.fields->at(1) == "gathering") return true;
  }
  return false;
}

}  // namespace

size_t SkipSourceAndAdverbs(Tokens tokens, size_t at, const LanguagePack& pack,
                            const std::vector<SourceCue>* sources) {
  constexpr size_t kMostSkips = 3;  // "laut Polizei ebenfalls": a cue and an adverb or two.
  for (size_t skips = 0; at > 0 && skips < kMostSkips; ++skips) {
    if (IsAdverb(tokens[at - 1], pack)) {
      --at;
      continue;
    }
    if (sources == nullptr) break;
    // A cue's span is its cue words; the words naming the source follow ("laut | Polizei").
    constexpr size_t kSourceWords = 4;  // "nach Angaben | des bayerischen Innenministeriums".
    const auto cue = std::find_if(sources->begin(), sources->end(), [&](const SourceCue& q) {
      if (q.first >= at || q.last > at || at - q.last > kSourceWords) return false;
      for (size_t k = q.last; k < at; ++k) {
        if (tokens[k].kind != TokenKind::kWord) return false;
      }
      return true;
    });
    if (cue == sources->end()) break;
    at = cue->first;
  }
  return at;
}

bool SameClause(Tokens tokens, size_t from, size_t to) {
  constexpr size_t kClause = 16;  // "The death toll in Turkey from the earthquake … rose to".
  if (to < from || to - from > kClause) return false;
  for (size_t k = from; k < to; ++k) {
    if (tokens[k].kind != TokenKind::kPunct || tokens[k].folded() == "-") continue;
    // A comma between two names ("at Kanjuruhan Stadium, Malang, East Java") sets a place
    // apart, it ends no clause.
    const bool names = tokens[k].folded() == "," && k > from && k + 1 < to &&
                       tokens[k - 1].kind == TokenKind::kWord && tokens[k - 1].upper &&
                       tokens[k + 1].kind == TokenKind::kWord && tokens[k + 1].upper;
    if (!names) return false;
  }
  return true;
}

bool JoinedMeasures(Tokens tokens, size_t noun, const LanguagePack& pack) {
  constexpr size_t kWords = 3;  // The longest noun before the "and" ("people dead").
  if (noun < 2 || !pack.numbers.roles.Has(tokens[noun - 1], kAnd)) return false;
  const PhraseMatch last = pack.quantities.measures.Match(tokens, noun);
  for (size_t k = noun - 1 > kWords ? noun - 1 - kWords : 0; k < noun - 1; ++k) {
    const PhraseMatch m = pack.quantities.measures.Match(tokens, k);
    if (k + m.length == noun - 1) {
      return last.length == 0 || m.fields->at(0) != last.fields->at(0);
    }
  }
  return false;
}

const std::vector<std::string>* ImpliedCountCue(Tokens tokens, const NumberExpr& e,
                                                const LanguagePack& pack,
                                                const std::vector<SourceCue>* sources) {
  const RoleTable& roles = pack.quantities.roles;
  if (const RoleTable::Match m = roles.At(tokens, e.last, kImpliedCount);
      m.length > 0 && m.values->at(0) != "before") {
    return m.values;
  }
  // After the phrase, the figure ends its noun phrase: "es sind sechs weibliche und drei
  // männliche Opfer" counts the victims named after it, not what was counted before.
  if (e.last < tokens.size() && tokens[e.last].kind != TokenKind::kPunct &&
      !pack.quantities.roles.Has(tokens[e.last], kNotNoun)) {
    return nullptr;
  }
  // Right before the figure, past adverbs ("waren es dagegen 60.000", where a source cue
  // before the phrase would take "waren es" for its own words), or past who counted and an
  // adverb: "waren es laut Polizei ebenfalls 45.000" (a cue's words may hold the phrase:
  // "said there were 12,000").
  constexpr size_t kLongest = 2;
  for (const size_t at : {e.first, SkipSourceAndAdverbs(tokens, e.first, pack, nullptr),
                          SkipSourceAndAdverbs(tokens, e.first, pack, sources)}) {
    for (size_t n = 1; n <= kLongest && n <= at; ++n) {
      const RoleTable::Match m = roles.At(tokens, at - n, kImpliedCount);
      if (m.length == n && m.values->at(0) != "after") return m.values;
    }
  }
  return nullptr;
}

std::string MeasureAt(Tokens tokens, size_t noun, const LanguagePack& pack) {
  Claim there;
  there.kind = ClaimKind::kQuantity;
  const PhraseMatch m = MeasureNounAt(tokens, noun, pack);
  if (m.length == 0) return "";
  there.unit = m.fields->at(0);
  // Only a noun that says nothing of what happened ("people"): a kind of people ("troops")
  // keeps its noun, which the frame of the figure makes the group of its toll.
  const auto t = pack.quantities.measure_tally.find(there.unit);
  if (t == pack.quantities.measure_tally.end() || !t->second.generic) return there.unit.str();
  ApplyFrame(tokens, noun, noun + m.length, pack, "", there);
  return there.unit.str();
}

std::string RelativeClauseMeasure(Tokens tokens, size_t noun, size_t figure,
                                  const LanguagePack& pack) {
  constexpr size_t kLongest = 16;  // "die in Kiew durch den nächtlichen Angriff … getötet wurden".
  const PhraseMatch n = pack.quantities.measures.Match(tokens, noun);
  const auto t = n.length > 0 ? pack.quantities.measure_tally.find(n.fields->at(0))
                              : pack.quantities.measure_tally.end();
  if (t == pack.quantities.measure_tally.end() || !t->second.generic) return "";
  const size_t comma = noun + n.length;
  const PhraseMatch rel = comma + 2 < figure ? pack.quantities.properties.Match(tokens, comma + 1)
                                             : PhraseMatch{};
  if (tokens[comma].folded() != "," || rel.length != 1 || rel.fields->at(1) != "relative") {
    return "";
  }
  std::string found;
  for (size_t k = comma + 2; k < figure && k < comma + kLongest; ++k) {
    if (tokens[k].kind == TokenKind::kPunct) {
      // The clause must close with a comma, and the figure stand in the noun's own clause.
      return tokens[k].folded() == "," && SameClause(tokens, k + 1, figure) ? found : "";
    }
    if (const PhraseMatch m = pack.quantities.measure_verbs.Match(tokens, k); m.length > 0) {
      found = m.fields->at(0);
      k += m.length - 1;
    }
  }
  return "";
}

bool PronounMeasure(const PronounContext& s, const SentenceFacts& facts, const NumberExpr& e,
                    size_t np_end, const std::vector<std::string>& cue, const Claim* previous,
                    Claim& c) {
  c.subject = SubjectOf(s.tokens, facts, e.first, np_end);
  const auto& tally = s.pack.quantities.measure_tally;
  if (cue.size() > 1) {
    const auto t = previous != nullptr ? tally.find(previous->unit) : tally.end();
    if (t != tally.end() && t->second.person && previous->paragraph + 1 >= c.paragraph) {
      c.unit = previous->unit;
    } else if (NamesGathering(s.tokens, s.pack) ||
               (s.before != nullptr && NamesGathering(*s.before, s.pack))) {
      c.unit = std::string(kCrowd);
    } else {
      c.unit = cue[1];
    }
    return true;
  }
  // Not a body that counts, who gives the figure: "the police said there were 12,000".
  if (auto before = MeasureBefore(s.tokens, e.first, s.pack);
      before && SameClause(s.tokens, before->second, e.first) &&
      s.pack.counters.Match(s.tokens, before->second).length == 0 &&
      !JoinedMeasures(s.tokens, before->second, s.pack)) {
    c.unit = before->first;
  } else if (previous != nullptr && previous->paragraph == c.paragraph) {
    c.unit = previous->unit;
    if (!ElsewhereBefore(s.tokens, e.first, s.pack)) c.place = previous->place;
    c.confidence = std::min(c.confidence, previous->confidence);
    if (c.subject.empty()) c.subject = previous->subject;
  } else if (s.before != nullptr) {
    const auto named = MeasureBefore(*s.before, s.before->size(), s.pack);
    if (!named || JoinedMeasures(*s.before, named->second, s.pack)) return false;
    c.unit = MeasureAt(*s.before, named->second, s.pack);
  } else {
    return false;
  }
  return true;
}

std::optional<size_t> CountedAfterCue(Tokens tokens, size_t last, const LanguagePack& pack) {
  constexpr size_t kReach = 8;  // "schätzt die Polizei am Abend abschließend die Zahl".
  constexpr size_t kNoun = 3;   // "der", "of the", "der gemeldeten".
  const RoleTable& roles = pack.quantities.roles;
  for (size_t k = last; k < tokens.size() && k < last + kReach; ++k) {
    if (IsClauseBreak(tokens[k]) || tokens[k].kind == TokenKind::kNumber) return std::nullopt;
    if (!roles.Has(tokens[k], kFigureCue)) continue;
    for (size_t n = k + 1; n < tokens.size() && n <= k + kNoun; ++n) {
      if (pack.quantities.measures.Match(tokens, n).length > 0) return n;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

// Where an aside between commas that ends right before `at` opens ("deaths from Sandy, the
// massive storm that tore through the U.S. East Coast, rose to"), or `at` when none does.
size_t AsideOpening(Tokens tokens, size_t at) {
  constexpr size_t kAside = 16;  // Tokens: "U.S." is four.
  if (at < 2 || !IsPunct(tokens[at - 1], ",")) return at;
  for (size_t k = at - 1; k-- > 0 && at - k <= kAside;) {
    if (IsPunct(tokens[k], ",")) return k;
    if (IsClauseBreak(tokens[k])) return at;
  }
  return at;
}

size_t LatestCueBefore(Tokens tokens, size_t first, const LanguagePack& pack) {
  constexpr size_t kLongestCue = 3;  // "have risen to".
  const PhraseMatch cue = pack.modality.EndingAt(tokens, first, kLongestCue);
  return cue.length > 0 && cue.fields->at(0) == "latest" ? cue.length : 0;
}

bool TollRoseTo(Tokens tokens, size_t first, const LanguagePack& pack) {
  constexpr size_t kClause = 20;  // "The death from a powerful earthquake measuring … that jolted … has".
  const size_t cue = LatestCueBefore(tokens, first, pack);
  if (cue == 0) return false;
  const size_t verb = AsideOpening(tokens, first - cue);
  for (size_t k = verb; k-- > 0 && verb - k <= kClause;) {
    if (IsClauseBreak(tokens[k])) return false;
    const PhraseMatch m = MeasureNounAt(tokens, k, pack);
    if (m.length > 0 && k + m.length <= verb) return IsToll(m.fields->at(0), pack);
  }
  return false;
}

namespace {

// "bringing the total number of government resignations to 53": a figure cue's noun in the
// figure's own clause, in the measures table or not, when no measure noun of the clause
// stands nearer the figure; nullopt when there is none.
std::optional<Measure> CuedNounBefore(Tokens tokens, size_t first, const LanguagePack& pack) {
  constexpr size_t kClause = 12;  // "the total number of ministerial resignations from ... to".
  for (size_t k = first; k-- > 0 && first - k <= kClause;) {
    if (IsClauseBreak(tokens[k])) return std::nullopt;
    if (MeasureNounAt(tokens, k, pack).length > 0) return std::nullopt;  // MeasureBefore's.
    if (!pack.quantities.roles.Has(tokens[k], kFigureCue) || k + 2 >= first ||
        !(pack.numbers.roles.Has(tokens[k + 1], kOf) ||
          pack.quantities.roles.Has(tokens[k + 1], kPartArticle))) {
      continue;
    }
    std::optional<Measure> m = FindMeasure(tokens, k + 2, false, pack);
    return m && m->end <= first ? m : std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

bool ImpliedMeasure(const PronounContext& s, const SentenceFacts& facts, const NumberExpr& e,
                    size_t np_end, const Claim* previous, Claim& c, std::string* own_subject) {
  c.confidence = 0.6;
  if (const std::vector<std::string>* cue = ImpliedCountCue(s.tokens, e, s.pack, &facts.sources)) {
    return PronounMeasure(s, facts, e, np_end, *cue, previous, c);
  }
  // A noun in no table may count anything: compared on request, as after a figure.
  if (std::optional<Measure> cued = CuedNounBefore(s.tokens, e.first, s.pack)) {
    c.unit = std::move(cued->name);
    c.confidence = cued->known ? 0.9 : kOnRequestConfidence;
    c.subject = SubjectOf(s.tokens, facts, e.first, np_end);
    return true;
  }
  if (auto before = MeasureBefore(s.tokens, e.first, s.pack)) {
    c.unit = before->first;
    // The noun heads the figure's own clause ("the death toll rose to 2,310", "put arrests
    // at 24", "die Zahl der Verletzten stieg auf 41"): as sure as a noun after the figure,
    // and what it counts as the words around it say ("die Zahl der vermisst gemeldeten
    // Menschen": missing).
    const bool own_clause = SameClause(s.tokens, before->second, e.first);
    if (own_clause) c.confidence = 0.9;
    if (own_clause) c.unit = MeasureAt(s.tokens, before->second, s.pack);
    // A fate's participle before a kind of people ("die Zahl der getöteten Kinder"): the
    // toll, of that kind.
    std::string kind;
    if (const PhraseMatch fate =
            before->second > 0 ? s.pack.quantities.measures.Match(s.tokens, before->second - 1)
                               : PhraseMatch{};
        own_clause && fate.length == 1 && fate.fields->at(0) != c.unit.str() &&
        s.pack.quantities.IsKindOf(c.unit, "people") && IsToll(fate.fields->at(0), s.pack)) {
      kind = c.unit.str();
      c.unit = fate.fields->at(0);
    }
    // Or a relative clause on the noun tells it: "die Zahl der Menschen, die … getötet wurden,".
    if (std::string rel = RelativeClauseMeasure(s.tokens, before->second, e.first, s.pack);
        !own_clause && !rel.empty()) {
      c.unit = std::move(rel);
      c.confidence = 0.9;
    }
    // The noun is the sentence's figure's before it, whose verb said what it counts ("186
    // people were discharged ..., bringing the total to 2,944"): the total counts that too.
    if (const uint32_t noun = s.tokens[before->second].span.begin;
        !own_clause && previous != nullptr && previous->sentence.begin == c.sentence.begin &&
        previous->kind == ClaimKind::kQuantity && previous->span.begin <= noun &&
        noun < previous->span.end) {
      c.unit = previous->unit;
    }
    if (JoinedMeasures(s.tokens, before->second, s.pack)) return false;
    // The subject modifies that noun: "die Zahl der nordkoreanischen Soldaten".
    const size_t np_first = before->second > 3 ? before->second - 3 : 0;
    for (const EntityMention& m : facts.entities) {
      if (m.first >= np_first && m.last <= before->second + 1 && !m.source) c.subject = m.key;
    }
    if (!kind.empty()) c.subject = kind;
    if (own_clause) *own_subject = c.subject;  // The noun heading its clause: its own words.
    if (c.subject.empty()) c.subject = SubjectOf(s.tokens, facts, e.first, np_end);
  } else if (const auto after = CountedAfterCue(s.tokens, e.last, s.pack)) {
    c.unit = MeasureAt(s.tokens, *after, s.pack);
    c.confidence = 0.9;
    c.subject = SubjectOf(s.tokens, facts, e.first, np_end);
  } else if (previous != nullptr && previous->paragraph == c.paragraph) {
    c.unit = previous->unit;
    c.subject = SubjectOf(s.tokens, facts, e.first, np_end);
    if (c.subject.empty()) c.subject = previous->subject;
  } else {
    return false;
  }
  return true;
}

}  // namespace crosscheck::internal
