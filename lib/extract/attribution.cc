#include "lib/extract/attribution.h"

#include <algorithm>
#include <cstdlib>

#include "lib/text/string_map.h"

namespace crosscheck::internal {
namespace {

const StringSet& DestinationWords() {
  static const auto* words = new StringSet{"nach", "in", "gegen", "für", "an", "zur", "zum",
                                           "zu", "to", "into", "against", "for", "inside", "on",
                                           "towards"};
  return *words;
}

bool IsPunct(const Token& t, std::string_view s) {
  return t.kind == TokenKind::kPunct && t.folded == s;
}

// Entity keys in tokens [from, to), joined by '+', in order and without repeats.
std::string EntityKeysIn(const std::vector<EntityMention>& entities, size_t from, size_t to) {
  std::vector<std::string> keys;
  for (const EntityMention& m : entities) {
    if (m.first >= from && m.last <= to &&
        std::find(keys.begin(), keys.end(), m.key) == keys.end()) {
      keys.push_back(m.key);
    }
  }
  std::string out;
  for (const std::string& k : keys) out += (out.empty() ? "" : "+") + k;
  return out;
}

void MarkSource(std::vector<EntityMention>& entities, size_t from, size_t to) {
  for (EntityMention& m : entities) {
    if (m.first >= from && m.last <= to) m.source = true;
  }
}

// The capitalised name right after `from` ("CNN", "Reuters") when no entity is known.
std::string NameAfter(const std::vector<Token>& tokens, size_t from, size_t to) {
  static const auto* skip = new StringSet{"der", "die", "des", "dem", "den", "the", "von", "of"};
  for (size_t k = from; k < to && k < tokens.size(); ++k) {
    if (tokens[k].kind != TokenKind::kWord) return "";
    if (skip->contains(tokens[k].folded)) continue;
    if (tokens[k].upper) return tokens[k].folded;
    if (k > from + 2) return "";
  }
  return "";
}

}  // namespace

SentenceFacts AnalyzeSentence(std::string_view text, const std::vector<Token>& tokens,
                              const Lexicon& lex) {
  (void)text;
  SentenceFacts f;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::kWord) continue;
    PhraseMatch m = lex.Entity(tokens, i);
    if (m.length == 0) continue;
    EntityMention e;
    e.first = i;
    e.last = i + m.length;
    e.key = m.fields->at(0);
    // "nach Russland", "to Russia", also with an article between ("in die Ukraine").
    for (size_t back = 1; back <= 2 && back <= i; ++back) {
      if (DestinationWords().contains(tokens[i - back].folded)) e.destination = true;
      if (tokens[i - back].kind != TokenKind::kWord) break;
    }
    f.entities.push_back(e);
    i = e.last - 1;
  }
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::kWord) continue;
    PhraseMatch m = lex.sources.Match(tokens, i);
    if (m.length == 0) continue;
    std::string where = m.fields->at(0);
    // A German cue written as a noun ("Berichten ukrainischer Geheimdienste") names its
    // source after it.
    if (where == "before" && lex.lang == "de" && tokens[i].upper && i > 0) where = "after";
    SourceCue cue;
    cue.first = i;
    cue.last = i + m.length;
    if (where == "reports") {
      cue.source = "reports";
    } else if (where == "after") {
      size_t end = std::min(tokens.size(), cue.last + 7);
      for (size_t k = cue.last; k < end; ++k) {
        if (IsPunct(tokens[k], ".") || IsPunct(tokens[k], ":") || tokens[k].kind == TokenKind::kNumber) {
          end = k;
          break;
        }
      }
      cue.source = EntityKeysIn(f.entities, cue.last, end);
      if (cue.source.empty()) cue.source = NameAfter(tokens, cue.last, end);
      if (!cue.source.empty()) MarkSource(f.entities, cue.last, end);
    } else {
      // The nearest entity before the cue, within the clause.
      for (auto it = f.entities.rbegin(); it != f.entities.rend(); ++it) {
        if (it->last <= cue.first && cue.first - it->last <= 4) {
          cue.source = it->key;
          it->source = true;
          break;
        }
      }
    }
    if (!cue.source.empty()) f.sources.push_back(cue);
    i = cue.last - 1;
  }
  return f;
}

std::string SubjectOf(const SentenceFacts& facts, size_t first, size_t np_end) {
  for (const EntityMention& m : facts.entities) {
    if (m.first >= first && m.last <= np_end) return m.key;
  }
  const EntityMention* before = nullptr;
  const EntityMention* after = nullptr;
  for (const EntityMention& m : facts.entities) {
    if (m.source || m.destination) continue;
    if (m.last <= first) before = &m;
    if (m.first >= np_end && after == nullptr) after = &m;
  }
  if (before != nullptr) return before->key;
  if (after != nullptr) return after->key;
  return "";
}

const SourceCue* SourceOf(const SentenceFacts& facts, size_t at) {
  const SourceCue* best = nullptr;
  size_t best_distance = SIZE_MAX;
  for (const SourceCue& c : facts.sources) {
    const size_t d = c.last <= at ? at - c.last : (c.first - at) + 3;  // Prefer cues before.
    if (d < best_distance) {
      best = &c;
      best_distance = d;
    }
  }
  return best;
}

Modality ModalityOf(const std::vector<Token>& tokens, size_t first, size_t last,
                    const Lexicon& lex) {
  constexpr size_t kMaxDistance = 12;
  constexpr size_t kCommaCost = 4;
  Modality best = Modality::kUnspecified;
  size_t best_distance = kMaxDistance + 1;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::kWord) continue;
    PhraseMatch m = lex.modality.Match(tokens, i);
    if (m.length == 0) continue;
    size_t from = i < first ? i : last, to = i < first ? first : i;
    size_t d = to - from;
    for (size_t k = from; k < to; ++k) {
      if (IsPunct(tokens[k], ",")) d += kCommaCost;
    }
    if (i >= last) d += 1;  // Cues before the figure bind more closely.
    if (d < best_distance) {
      best_distance = d;
      const std::string& name = m.fields->at(0);
      best = name == "happened"  ? Modality::kHappened
             : name == "initial" ? Modality::kInitial
             : name == "planned" ? Modality::kPlanned
                                 : Modality::kProjected;
    }
    i += m.length - 1;
  }
  return best;
}

}  // namespace crosscheck::internal
