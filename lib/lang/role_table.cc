#include "lib/lang/role_table.h"

#include <algorithm>
#include <charconv>

#include "absl/strings/str_join.h"
#include "fmt/format.h"
#include "lib/extract/phrase_table.h"

namespace crosscheck::internal {
TableSchema RoleTable::Schema(std::string_view name, bool optional) {
  return TableSchema{name, {{"form"}, {"role"}, {"value", false}, {"value", false}}, false, optional};
}

absl::Status RoleTable::AddTable(const Table& table) {
  for (const TableRow& row : table.rows) {
    const auto it = std::find(names_.begin(), names_.end(), row[1]);
    if (it == names_.end()) {
      return table.Error(row, fmt::format("unknown role \"{}\"", row[1]));
    }
    Add(row[0], static_cast<int>(it - names_.begin()),
        std::vector<std::string>(row.fields.begin() + 2, row.fields.end()));
  }
  return absl::OkStatus();
}

void RoleTable::Add(std::string_view form, int role, std::vector<std::string> values) {
  std::vector<std::string> words = FoldedWords(form);
  if (words.empty()) return;
  filter_.Add(HashString(words[0]));
  std::vector<Entry>& list = first_[words[0]];
  const std::vector<std::string> rest(words.begin() + 1, words.end());
  auto e = std::find_if(list.begin(), list.end(), [&](const Entry& x) { return x.rest == rest; });
  if (e == list.end()) {
    list.push_back(Entry{rest, 0, {}});
    // Longest phrases first, so At() stops at the first that fits.
    std::stable_sort(list.begin(), list.end(), [](const Entry& a, const Entry& b) {
      return a.rest.size() > b.rest.size();
    });
    e = std::find_if(list.begin(), list.end(), [&](const Entry& x) { return x.rest == rest; });
  }
  order_.emplace_back(absl::StrJoin(words, " "), role);
  if ((e->roles >> role) & 1) return;  // The first row of a form and role wins.
  e->roles |= uint64_t{1} << role;
  e->values.emplace_back(role, std::move(values));
}

const RoleTable::Entry* RoleTable::Single(std::string_view folded, uint64_t hash) const {
  const std::vector<Entry>* list = first_.Find(folded, hash);
  if (list == nullptr) return nullptr;
  // The single word sorts last: it has the fewest words.
  return list->back().rest.empty() ? &list->back() : nullptr;
}

uint64_t RoleTable::RolesOf(std::string_view folded, uint64_t hash) const {
  const Entry* e = Single(folded, hash);
  return e == nullptr ? 0 : e->roles;
}

uint64_t RoleTable::Roles(std::string_view folded) const {
  const uint64_t h = HashString(folded);
  return filter_.MayContain(h) ? RolesOf(folded, h) : 0;
}

double RoleTable::Match::Number(size_t i, double fallback) const {
  if (values == nullptr || values->size() <= i) return fallback;
  double v = fallback;
  const std::string& f = values->at(i);
  std::from_chars(f.data(), f.data() + f.size(), v);
  return v;
}

RoleTable::Match RoleTable::Probe(Tokens tokens, size_t i, int role) const {
  const Token& t = tokens[i];
  if ((t.lex == nullptr || lex_slot_ < 0) && !filter_.MayContain(t.hash)) return {};
  const std::vector<Entry>* list = first_.Find(t.folded(), t.hash);
  if (list == nullptr) return {};
  for (const Entry& e : *list) {
    if (i + e.rest.size() >= tokens.size()) continue;  // Longer than what is left.
    bool ok = true;
    for (size_t k = 0; k < e.rest.size() && ok; ++k) ok = tokens[i + 1 + k].folded() == e.rest[k];
    if (!ok) continue;
    if (!((e.roles >> role) & 1)) return {};
    for (const auto& [r, values] : e.values) {
      if (r == role) return {1 + e.rest.size(), &values};
    }
  }
  return {};
}

uint64_t RoleTable::LeadRoles(std::string_view folded) const {
  const std::vector<Entry>* list = first_.Find(folded);
  uint64_t roles = 0;
  if (list != nullptr) {
    for (const Entry& e : *list) roles |= e.roles;
  }
  return roles;
}

const std::vector<std::string>* RoleTable::Values(std::string_view folded, int role) const {
  const uint64_t h = HashString(folded);
  const Entry* e = filter_.MayContain(h) ? Single(folded, h) : nullptr;
  if (e == nullptr) return nullptr;
  for (const auto& [r, values] : e->values) {
    if (r == role) return &values;
  }
  return nullptr;
}

std::vector<std::string> RoleTable::FormsOf(int role) const {
  std::vector<std::string> out;
  for (const auto& [form, r] : order_) {
    if (r == role && std::find(out.begin(), out.end(), form) == out.end()) out.push_back(form);
  }
  return out;
}

}  // namespace crosscheck::internal
