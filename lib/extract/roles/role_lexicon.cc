// RoleLexicon: titles to office keys, jurisdictions to role-key prefixes.
#include "lib/extract/roles/role_lexicon.h"

#include <algorithm>

#include "lib/base/concat.h"
#include "fmt/format.h"
#include "lib/data/embedded.h"
#include "lib/extract/tables.h"
#include "lib/lang/folder.h"

namespace crosscheck::internal {
namespace {

// German inflection endings a '*' word of a title takes ("nationale*" -> "nationalen").
constexpr std::string_view kEndings[] = {"", "e", "en", "er", "es", "em", "s", "n", "in"};

const TableSchema kRoles{"roles", {{"form"}, {"office"}, {"jurisdiction", false}}, false, true};
const TableSchema kRoleFamilies{"role_families", {{"title"}}};
const TableSchema kDottedJurisdictions{"dotted_jurisdictions", {{"letters"}, {"key"}}};

// Tokens of a jurisdiction written as `letters` with dots: "U.S." comes as U . S . (the last
// dot may be missing); 0 when it is not there.
size_t DottedAt(Tokens tokens, size_t i, std::string_view letters) {
  size_t k = i;
  for (size_t l = 0; l < letters.size(); ++l) {
    if (l > 0) {
      if (k >= tokens.size() || tokens[k].folded() != ".") return 0;
      ++k;
    }
    if (k >= tokens.size() || tokens[k].folded() != letters.substr(l, 1)) return 0;
    ++k;
  }
  if (k < tokens.size() && tokens[k].folded() == ".") ++k;
  return k - i;
}

bool WordMatches(std::string_view pattern, std::string_view word) {
  if (pattern.empty() || pattern.back() != '*') return pattern == word;
  const std::string_view stem = pattern.substr(0, pattern.size() - 1);
  if (word.size() < stem.size() || word.substr(0, stem.size()) != stem) return false;
  const std::string_view ending = word.substr(stem.size());
  return std::find(std::begin(kEndings), std::end(kEndings), ending) != std::end(kEndings);
}

}  // namespace

absl::Status RoleLexicon::Load(const LanguageFolder& folder, const Table& entities) {
  absl::StatusOr<Table> roles = folder.Load(kRoles);
  if (!roles.ok()) return roles.status();
  for (const TableRow& row : roles->rows) {
    std::vector<std::string> words;
    for (std::string_view w : Split(row[0], ' ')) {
      if (!w.empty()) words.push_back(Fold(w));
    }
    if (words.empty()) continue;
    Entry e;
    e.rest.assign(words.begin() + 1, words.end());
    e.office = std::string(row[1]);
    e.jurisdiction = std::string(row.Get(2));
    if (!e.rest.empty() && !e.rest[0].ends_with('*')) e.next_hash = HashString(e.rest[0]);
    first_filter_.Add(HashString(words[0]));
    first_[words[0]].push_back(std::move(e));
  }
  for (auto& [word, list] : first_) {
    std::stable_sort(list.begin(), list.end(),
                     [](const Entry& a, const Entry& b) { return a.rest.size() > b.rest.size(); });
  }
  AddRows(entities_, entities);
  absl::StatusOr<Table> keys = LanguageFolder::Common(kRoleKeysTable);
  absl::StatusOr<Table> families = LanguageFolder::Common(kRoleFamilies);
  absl::StatusOr<Table> dotted = LanguageFolder::Common(kDottedJurisdictions);
  for (const auto* t : {&keys, &families, &dotted}) {
    if (!t->ok()) return t->status();
  }
  for (const TableRow& row : keys->rows) {
    if (row[1] == "*") {
      prefixes_[std::string(row[0])] = std::string(row[2]);
    } else {
      keys_[fmt::format("{}\t{}", row[0], row[1])] = std::string(row[2]);
    }
  }
  for (const TableRow& row : families->rows) {
    families_.push_back(std::string("_").append(row[0]));
  }
  for (const TableRow& row : dotted->rows) {
    dotted_.emplace_back(row[0], row[1]);
    dotted_bare_ = dotted_bare_ || row[0].empty();
  }
  return absl::OkStatus();
}

RoleMatch RoleLexicon::MatchFrom(HashedKey first, Tokens tokens,
                                 size_t i) const {
  if (!first_filter_.MayContain(first.hash)) return {};
  auto it = first_.find(first);
  if (it == first_.end()) return {};
  for (const Entry& e : it->second) {
    if (i + e.rest.size() >= tokens.size()) continue;
    if (e.next_hash != 0 && tokens[i + 1].hash != e.next_hash) continue;
    bool ok = true;
    for (size_t k = 0; k < e.rest.size() && ok; ++k) {
      ok = WordMatches(e.rest[k], tokens[i + 1 + k].folded());
    }
    if (ok) return {1 + e.rest.size(), e.office, e.jurisdiction};
  }
  return {};
}

RoleMatch RoleLexicon::MatchTitle(Tokens tokens, size_t i) const {
  const std::string_view w = tokens[i].folded();
  RoleMatch m;
  if (tokens[i].lex == nullptr || lex_mask_ == 0 || (tokens[i].lex->classes & lex_mask_)) {
    m = MatchFrom(internal::Key(tokens[i]), tokens, i);
    if (m.length > 0) return m;
  }
  // "US-Außenminister", "Kreml-Sprecher": a jurisdiction glued to the title.
  if (!tokens[i].hyphen) return {};
  const size_t dash = w.find('-');
  if (dash == std::string::npos || dash == 0) return {};
  const auto* ent = entities_.Find(std::string_view(w).substr(0, dash));
  if (ent == nullptr || ent->empty()) return {};
  const std::string_view title = std::string_view(w).substr(dash + 1);
  m = MatchFrom({title, HashString(title)}, tokens, i);
  if (m.length > 0 && m.jurisdiction.empty()) m.jurisdiction = (*ent)[0];
  return m;
}

bool RoleLexicon::TitleWord(const Token& t) const {
  if (t.lex != nullptr && lex_mask_ != 0) return (t.lex->classes & lex_mask_) != 0;
  return first_filter_.MayContain(t.hash) && first_.count(internal::Key(t)) > 0;
}

PhraseMatch RoleLexicon::HyphenEntity(std::string_view w) const {
  if (size_t dash = w.find('-'); dash != std::string::npos && dash > 0) {
    if (const auto* f = entities_.Find(std::string_view(w).substr(0, dash))) return {1, f};
  }
  return {};
}

size_t RoleLexicon::Jurisdiction(Tokens tokens, size_t i,
                                 std::string* key) const {
  if (i >= tokens.size()) return 0;
  const std::string_view first = tokens[i].folded();
  for (const auto& [letters, entity] : dotted_) {
    // A dotted form opens with its first letter alone ("u" of "u.s."): most words are none.
    if (!letters.empty() && (first.size() != 1 || first[0] != letters[0])) continue;
    if (const size_t len = DottedAt(tokens, i, letters)) {
      *key = entity;
      return len;
    }
  }
  const PhraseMatch m = entities_.Match(tokens, i);
  if (m.length == 0 || m.fields == nullptr || m.fields->empty()) return 0;
  if (m.fields->size() > 1 && (*m.fields)[1] == "place") return 0;
  *key = (*m.fields)[0];
  return m.length;
}

std::string RoleLexicon::Key(std::string_view jurisdiction, std::string_view office) const {
  if (jurisdiction.empty()) return std::string(office);
  if (auto it = keys_.find(Concat(jurisdiction, "\t", office)); it != keys_.end()) {
    return it->second;
  }
  auto p = prefixes_.find(jurisdiction);
  return Concat(p == prefixes_.end() ? jurisdiction : std::string_view(p->second), "_",
                      office);
}

bool RoleLexicon::OfficeCovers(std::string_view title, std::string_view held) const {
  if (title.empty() || held.empty()) return false;
  if (title == held) return true;
  for (const std::string& suffix : families_) {
    if (std::string_view(suffix).substr(1) != title) continue;
    return held.size() > suffix.size() && held.substr(held.size() - suffix.size()) == suffix;
  }
  return false;
}

}  // namespace crosscheck::internal
