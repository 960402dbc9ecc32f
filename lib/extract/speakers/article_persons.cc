#include "lib/extract/speakers/article_persons.h"

#include <algorithm>

#include "lib/extract/roles/role_lexicon.h"

namespace crosscheck::internal {
namespace {

// How far back pronouns and titles look, in logged mentions; keeps resolution O(1) per use.
constexpr size_t kMaxLookback = 400;


}  // namespace

const ArticlePersons::Skeletons& ArticlePersons::AddSkeletons(const Token& t) const {
  const Skeletons*& entry = skeleton_index.At(t.folded(), t.hash);
  if (entry == nullptr) {
    Skeletons& s = skeletons.emplace_back();
    s.plain = NameSkeleton(t.folded());
    const std::string_view stripped = StripGenitive(t.folded());
    if (!stripped.empty()) s.genitive = NameSkeleton(stripped);
    s.plain_hash = HashString(s.plain);
    s.genitive_hash = HashString(s.genitive);
    entry = &s;
  }
  return *entry;
}

const std::string& ArticlePersons::Canonical(const PersonDirectory& dir,
                                             std::string_view name) const {
  auto it = canonical_memo.find(name);
  if (it == canonical_memo.end()) {
    it = canonical_memo.emplace(std::string(name), dir.Canonical(name)).first;
  }
  return it->second;
}

const PersonInfo* ArticlePersons::Lookup(const PersonDirectory& dir,
                                         std::string_view text) const {
  auto it = lookup_memo.find(text);
  if (it == lookup_memo.end()) it = lookup_memo.emplace(std::string(text), dir.Lookup(text)).first;
  return it->second;
}

int ArticlePersons::Register(const PersonDirectory& dir, const std::string& id,
                             std::string_view written) {
  int index;
  if (auto it = by_id.find(id); it != by_id.end()) {
    index = it->second;
  } else {
    index = static_cast<int>(persons.size());
    ArticlePerson p;
    p.id = id;
    if (const PersonInfo* info = dir.ById(id)) {
      p.known_office = info->office;
      p.known_country = info->country;
      p.gender = info->gender;
    }
    persons.push_back(std::move(p));
    by_id.emplace(id, index);
  }
  ArticlePerson& p = persons[index];
  if (written.size() > p.name.size()) p.name = std::string(written);
  auto key = surname_memo.find(written);
  if (key == surname_memo.end()) {
    key = surname_memo.emplace(std::string(written), LastWordSkeleton(written)).first;
  }
  if (auto [it, added] = by_surname.try_emplace(key->second, index); !added) {
    it->second = index;
  } else {
    const uint64_t hash = HashString(key->second);
    surname_bits[hash >> 62] |= SurnameBit(hash);
  }
  return index;
}

int ArticlePersons::RegisterUnnamed(std::string_view head, std::string_view written, char gender) {
  std::string id = "~";  // Appended, not "~" + head: GCC 12 warns falsely of memcpy overlap.
  id += head;
  if (auto it = by_id.find(id); it != by_id.end()) {
    // "die Alte" after a form of address "Alte!": the article tells the gender.
    if (persons[it->second].gender == '?') persons[it->second].gender = gender;
    return it->second;
  }
  const int index = static_cast<int>(persons.size());
  ArticlePerson p;
  p.id = id;
  p.name = std::string(written);
  p.role_key = std::string(head);
  p.unnamed = true;
  p.gender = gender;
  persons.push_back(std::move(p));
  by_id.emplace(id, index);
  return index;
}

namespace {

// Where a backward search for entries before `pos` starts: at the end while the list is being
// built (only the current sentence lies beyond `pos`, and the caller skips it within its
// look-back bound), by binary search once the list is sorted.
using PosList = std::vector<std::pair<uint32_t, int>>;
PosList::const_reverse_iterator LastBefore(const PosList& list, uint32_t pos, bool sorted) {
  if (!sorted) return list.rbegin();
  auto at = std::lower_bound(list.begin(), list.end(), pos,
                             [](const std::pair<uint32_t, int>& e, uint32_t p) { return e.first < p; });
  return PosList::const_reverse_iterator(at);
}

}  // namespace

void ArticlePersons::SortByPosition() {
  auto by_pos = [](const auto& a, const auto& b) { return a.first < b.first; };
  // Added sentence by sentence, they are mostly in order already: the test costs a comparison
  // a pair, the merge sort many more, and leaves a sorted run as it is all the same.
  if (!std::is_sorted(mentions.begin(), mentions.end(), by_pos)) {
    std::stable_sort(mentions.begin(), mentions.end(), by_pos);
  }
  if (!std::is_sorted(speakers.begin(), speakers.end(), by_pos)) {
    std::stable_sort(speakers.begin(), speakers.end(), by_pos);
  }
  sorted = true;
}

int ArticlePersons::ResolveTitle(const RoleLexicon& roles, std::string_view office,
                                 std::string_view jurisdiction, uint32_t pos) const {
  size_t seen = 0;
  for (auto it = LastBefore(mentions, pos, sorted); it != mentions.rend() && seen < kMaxLookback;
       ++it, ++seen) {
    if (it->first >= pos) continue;
    const ArticlePerson& p = persons[it->second];
    const std::string& held = p.office.empty() ? p.known_office : p.office;
    const std::string& country = p.jurisdiction.empty() ? p.known_country : p.jurisdiction;
    if (!roles.OfficeCovers(office, held)) continue;
    if (!jurisdiction.empty() && !country.empty() && jurisdiction != country) continue;
    return it->second;
  }
  return -1;
}

int ArticlePersons::ResolvePronoun(char gender, uint32_t pos, uint32_t window_begin) const {
  auto fits = [&](int person) {
    const char g = persons[person].gender;
    return g == '?' || gender == 0 || g == gender;
  };
  size_t seen = 0;
  for (auto it = LastBefore(speakers, pos, sorted); it != speakers.rend() && seen < kMaxLookback;
       ++it, ++seen) {
    if (it->first >= pos) continue;
    if (it->first < window_begin) break;
    if (fits(it->second)) return it->second;
  }
  seen = 0;
  for (auto it = LastBefore(mentions, pos, sorted); it != mentions.rend() && seen < kMaxLookback;
       ++it, ++seen) {
    if (it->first < pos && fits(it->second)) return it->second;
  }
  return -1;
}

}  // namespace crosscheck::internal
