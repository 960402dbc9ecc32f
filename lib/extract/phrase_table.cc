#include "lib/extract/phrase_table.h"

#include <algorithm>

#include "lib/data/embedded.h"

namespace crosscheck::internal {
namespace {

// Whether `e` is an inflection ending a stem takes: "", "e", "en", "er", "es", "em", "s", "n".
// By length and bytes: a loop over the eight as strings cost about 40 instructions a stem.
bool IsEnding(std::string_view e) {
  switch (e.size()) {
    case 0:
      return true;
    case 1:
      return e[0] == 'e' || e[0] == 's' || e[0] == 'n';
    case 2:
      return e[0] == 'e' && (e[1] == 'n' || e[1] == 'r' || e[1] == 's' || e[1] == 'm');
    default:
      return false;
  }
}

}  // namespace

std::vector<std::string> FoldedWords(std::string_view form) {
  std::vector<std::string> out;
  for (std::string_view w : Split(form, ' ')) {
    // A slash is a token of its own in text ("GroenLinks/PvdA", "Frankfurt/Oder"): a row
    // written with one matches the three tokens.
    for (size_t slash; w.size() > 1 && (slash = w.find('/')) != std::string_view::npos;) {
      if (slash > 0) out.push_back(Fold(w.substr(0, slash)));
      out.push_back("/");
      w.remove_prefix(slash + 1);
    }
    if (!w.empty()) out.push_back(Fold(w));
  }
  return out;
}

void PhraseTable::Add(std::string_view form, std::vector<std::string> fields) {
  std::vector<std::string> words = FoldedWords(form);
  if (words.empty()) return;
  longest_ = std::max(longest_, words.size());
  if (words.size() == 1 && words[0].size() > 1 && words[0].back() == '*') {
    std::string stem = words[0].substr(0, words[0].size() - 1);
    if (stem.size() >= 4) {
      if (stem_quads_.empty()) stem_quads_.assign(kQuadBits / 64, 0);
      const uint32_t b = QuadBit(stem);
      stem_quads_[b >> 6] |= uint64_t{1} << (b & 63);
    }
    stems_[stem.substr(0, 4)].emplace_back(std::move(stem), std::move(fields));
    return;
  }
  Entry e;
  e.rest.assign(words.begin() + 1, words.end());
  e.fields = std::move(fields);
  first_filter_.Add(HashString(words[0]));
  // A quarter of the slots used at most, not half: MatchAt probed a second slot for half of
  // its words (45,304 probes on En, 21,857 of them went on to the next slot).
  first_.Reserve(2 * (first_.size() + 1));
  Entries& entries = first_[words[0]];
  if (!e.rest.empty()) {
    e.next_hash = HashString(e.rest[0]);
    e.last_hash = HashString(e.rest.back());
    const size_t b = Entries::NextBit(e.next_hash);
    entries.next_words[b >> 6] |= uint64_t{1} << (b & 63);
  }
  auto& list = entries.list;
  list.push_back(std::move(e));
  // Longest phrases first, so Match() can stop at the first hit.
  std::stable_sort(list.begin(), list.end(),
                   [](const Entry& a, const Entry& b) { return a.rest.size() > b.rest.size(); });
  entries.single = -1;
  for (size_t k = 0; k < list.size() && entries.single < 0; ++k) {
    if (list[k].rest.empty()) entries.single = static_cast<int32_t>(k);
  }
}

void PhraseTable::AddTable(std::string_view path) {
  for (const auto& row : TableRows(path)) {
    if (row.empty()) continue;
    std::vector<std::string> fields(row.begin() + 1, row.end());
    Add(row[0], std::move(fields));
  }
}

const std::vector<std::string>* PhraseTable::FindStem(std::string_view word) const {
  if (!MayBeStem(word)) return nullptr;
  const auto* list = stems_.Find(word.substr(0, 4));
  if (list == nullptr) return nullptr;
  for (const auto& [stem, fields] : *list) {
    // The ending first: it is at most two bytes, and most words are longer than a stem's.
    if (word.size() < stem.size() || !IsEnding(word.substr(stem.size())) ||
        word.substr(0, stem.size()) != stem) {
      continue;
    }
    return &fields;
  }
  return nullptr;
}

const std::vector<std::string>* PhraseTable::SingleOrStem(const Entries* list,
                                                         std::string_view word) const {
  if (list != nullptr && list->single >= 0) return &list->list[list->single].fields;
  // FindStem's own first test, here: most words fail it, and the call costs more.
  return MayBeStem(word) ? FindStem(word) : nullptr;
}

const std::vector<std::string>* PhraseTable::Find(std::string_view word) const {
  const uint64_t h = HashString(word);
  return SingleOrStem(MayStart(h) ? first_.Find(word, h) : nullptr, word);
}

const std::vector<std::string>* PhraseTable::FindAt(const Token& t) const {
  return SingleOrStem(MayStart(t) ? first_.Find(t.folded(), t.hash) : nullptr, t.folded());
}

PhraseMatch PhraseTable::MatchAt(Tokens tokens, size_t i) const {
  const Token& t = tokens[i];
  // FindShort calls no memcmp: with the loops out of line (MatchLonger, MatchStem), the
  // calls that end at the word alone or at nothing spill fewer registers.
  if (t.folded().size() > 16) return MatchLong(tokens, i);
  // No MayStart(t) here: the callers' gates asked it (or the stems' test) already, and a word
  // it rules out is in no slot of first_ either.
  if (const Entries* list = first_.FindShort(t.folded(), t.hash)) {
    if (i + 1 < tokens.size() && list->MayContinue(tokens[i + 1].hash)) {
      return MatchLonger(*list, tokens, i);
    }
    // No phrase goes on with the next word: only the word alone can match.
    if (list->single >= 0) return {1, &list->list[list->single].fields};
  }
  return MayBeStem(t) ? MatchStem(t) : PhraseMatch{};
}

// MatchAt with Find for a long word.
PhraseMatch PhraseTable::MatchLong(Tokens tokens, size_t i) const {
  const Token& t = tokens[i];
  if (const Entries* list = first_.Find(t.folded(), t.hash)) {
    if (i + 1 < tokens.size() && list->MayContinue(tokens[i + 1].hash)) {
      return MatchLonger(*list, tokens, i);
    }
    if (list->single >= 0) return {1, &list->list[list->single].fields};
  }
  return MayBeStem(t) ? MatchStem(t) : PhraseMatch{};
}

PhraseMatch PhraseTable::MatchLonger(const Entries& list, Tokens tokens, size_t i) const {
  // The next token's hash first: a word begins up to 26 phrases ("a", rates.tsv), and most
  // differ from the next token in their second word.
  const uint64_t next = tokens[i + 1].hash;
  for (const Entry& e : list.list) {
    if (!e.rest.empty() && e.next_hash != next) continue;
    if (i + e.rest.size() >= tokens.size()) continue;  // Phrase longer than what is left.
    if (e.rest.size() > 1 && tokens[i + e.rest.size()].hash != e.last_hash) continue;
    bool ok = true;
    for (size_t k = 0; k < e.rest.size(); ++k) {
      if (!SameBytes(tokens[i + 1 + k].folded(), e.rest[k])) {
        ok = false;
        break;
      }
    }
    if (ok) return {1 + e.rest.size(), &e.fields};
  }
  return MayBeStem(tokens[i]) ? MatchStem(tokens[i]) : PhraseMatch{};
}

PhraseMatch PhraseTable::MatchStem(const Token& t) const {
  if (const auto* f = FindStem(t.folded())) return {1, f};
  return {};
}

}  // namespace crosscheck::internal
