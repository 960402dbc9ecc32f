#include "lib/reconcile/grouping.h"

#include <algorithm>
#include <optional>

#include "absl/container/flat_hash_map.h"
#include "lib/base/hashed_map.h"

namespace crosscheck::internal {
namespace {

// A key's hash within its story: claims of different stories never share a group.
uint64_t StoryHash(uint64_t key_hash, uint32_t story) {
  return story == 0 ? key_hash : (key_hash ^ story) * 0x9E3779B97F4A7C15ull;
}

// Each document's story as a number, 0 for the first story named.
std::vector<uint32_t> StoryNumbers(std::span<const DocumentResult> documents) {
  std::vector<uint32_t> story_of(documents.size());
  absl::flat_hash_map<std::string_view, uint32_t> numbers;
  for (size_t d = 0; d < documents.size(); ++d) {
    story_of[d] = numbers.try_emplace(documents[d].story, numbers.size()).first->second;
  }
  return story_of;
}

}  // namespace

uint32_t KeyIndex::Group(std::string_view key, uint32_t story, uint64_t h) {
  if ((keys_.size() + 1) * 2 > slots_.size()) Grow();
  const uint32_t tag = static_cast<uint32_t>(h >> 32);
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    Slot& s = slots_[i];
    if (s.group_plus_one == 0) {
      keys_.push_back(
          {static_cast<uint32_t>(arena_.size()), static_cast<uint32_t>(key.size()), story});
      arena_.append(key);
      s = {tag, static_cast<uint32_t>(keys_.size()), keys_.back()};
      return s.group_plus_one - 1;
    }
    if (s.tag == tag && s.key.size == key.size() && s.key.story == story &&
        Bytes(s.key) == key) {
      return s.group_plus_one - 1;
    }
  }
}

void KeyIndex::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(std::max<size_t>(64, old.size() * 2), Slot{});
  const size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.group_plus_one == 0) continue;
    size_t i = StoryHash(HashString(Bytes(s.key)), s.key.story) & mask;
    while (slots_[i].group_plus_one != 0) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

KeyGroups GroupByKey(std::span<const DocumentResult> documents) {
  KeyGroups out;
  size_t total = 0;
  for (const DocumentResult& d : documents) total += d.claims.size();
  out.group_of.reserve(total);
  // The keys' hashes first, so that the lookups can ask for their slots a few claims ahead:
  // the table does not fit in the cache, and waiting for each slot in turn was most of this.
  const std::vector<uint32_t> story_of = StoryNumbers(documents);
  std::vector<uint64_t> hashes;
  hashes.reserve(total);
  for (size_t d = 0; d < documents.size(); ++d) {
    for (const Claim& c : documents[d].claims) {
      hashes.push_back(StoryHash(HashString(ReconcileKey(documents[d], c)), story_of[d]));
    }
  }
  constexpr size_t kAhead = 16;
  size_t at = 0;
  for (size_t d = 0; d < documents.size(); ++d) {
    for (const Claim& c : documents[d].claims) {
      if (at + kAhead < total) out.index.Prefetch(hashes[at + kAhead]);
      const uint64_t h = hashes[at++];
      const std::string_view key = ReconcileKey(documents[d], c);
      if (key.empty()) {
        out.group_of.push_back(0);
        continue;
      }
      const uint32_t g = out.index.Group(key, story_of[d], h);
      if (g == out.sizes.size()) out.sizes.push_back(0);
      ++out.sizes[g];
      out.group_of.push_back(g + 1);
    }
  }
  return out;
}

namespace {

// Numbers the units, rates and sources of the claims so that facts compare them as integers.
class Names {
 public:
  Names() : names_{std::string_view()} {}
  uint32_t Id(const std::string& name) {
    if (name.empty()) return 0;
    uint32_t& id = index_[name];
    if (id == 0) {
      id = static_cast<uint32_t>(names_.size());
      names_.push_back(name);  // A view into the claim, which outlives the reconciliation.
    }
    return id;
  }
  std::vector<std::string_view> Take() && { return std::move(names_); }

 private:
  HashedMap<uint32_t> index_;
  std::vector<std::string_view> names_;
};

// The same with the last name remembered: names mostly repeat from one claim to the next.
class LastName {
 public:
  uint32_t Id(Names& names, const std::string& name) {
    if (name.empty()) return 0;
    if (name != last_) {
      last_ = name;
      id_ = names.Id(name);
    }
    return id_;
  }

 private:
  std::string_view last_;
  uint32_t id_ = 0;
};

struct Interning {
  Names names;
  LastName unit, rate, source, role, place;
  std::vector<DateRange> days;
  int level_days = 0;  // ReconcileOptions::level_days.
  std::span<const std::string> revised;  // ReconcileOptions::revised_measures.
  bool Revised(std::string_view unit) const {
    return std::find(revised.begin(), revised.end(), unit) != revised.end();
  }
};

Fact FactOf(const Claim& c, const DocumentResult& d, ClaimRef ref, uint32_t group,
            Interning& in) {
  Fact f;
  f.claim = &c;
  f.words = c.kind == ClaimKind::kQuote ? std::string_view(c.content) : ClaimWords(c, d.text);
  f.ref = ref;
  f.group = group;
  f.confidence = c.confidence;
  f.value = c.value;
  const std::optional<DateRange>& days = c.kind == ClaimKind::kDate ? c.date : c.time;
  f.days = 0;
  if (days) {
    in.days.push_back(*days);
    f.days = static_cast<uint32_t>(in.days.size());
  }
  f.unit = c.kind == ClaimKind::kRole ? in.role.Id(in.names, c.role) : in.unit.Id(in.names, c.unit);
  f.rate = in.rate.Id(in.names, c.rate);
  f.source = in.source.Id(in.names, c.source);
  f.place = in.place.Id(in.names, c.place);
  f.kind = c.kind;
  f.modality = c.modality;
  f.aspect = c.aspect;
  f.dated_by_publication = false;
  // A figure without a stated date holds as of its article's day: a level for a few days
  // around it, a running total on that day only (a later different total is an update). An
  // occasion that took place (a rally's crowd) lies in the days before its report: articles
  // published a day or two apart tell of the same one.
  if (f.days == 0 && d.published &&
      (c.kind == ClaimKind::kQuantity || c.kind == ClaimKind::kMoney)) {
    // A revised measure's figure is a report of its day, as a running total's is.
    const int half = c.aspect == Aspect::kLevel && !in.Revised(c.unit) ? in.level_days : 0;
    const bool target = c.modality == Modality::kPlanned || c.modality == Modality::kProjected;
    const int before = c.aspect == Aspect::kOccasion && !target ? in.level_days : half;
    in.days.push_back({*d.published - before, *d.published + half});
    f.days = static_cast<uint32_t>(in.days.size());
    f.dated_by_publication = true;
  }
  return f;
}

// The places of names in sorted order, so that facts order names without comparing them.
std::vector<uint32_t> RanksOf(const std::vector<std::string_view>& names) {
  std::vector<uint32_t> by_name(names.size()), ranks(names.size());
  for (uint32_t i = 0; i < names.size(); ++i) by_name[i] = i;
  std::sort(by_name.begin(), by_name.end(),
            [&](uint32_t a, uint32_t b) { return names[a] < names[b]; });
  for (uint32_t r = 0; r < by_name.size(); ++r) ranks[by_name[r]] = r;
  return ranks;
}

}  // namespace

FactPartitions CopyFacts(std::span<const DocumentResult> documents, KeyGroups& groups,
                         int level_days, std::span<const std::string> revised_measures) {
  FactPartitions out;
  size_t facts = 0;
  for (size_t g = 0; g < groups.sizes.size(); ++g) facts += groups.Compared(g);
  constexpr size_t kPartFacts = 4096, kMaxParts = 1024;
  const size_t parts = std::clamp<size_t>(facts / kPartFacts, 1, kMaxParts);
  out.per_part = std::max<size_t>(1, (groups.sizes.size() + parts - 1) / parts);
  std::vector<size_t> part_size(parts, 0);
  for (size_t g = 0; g < groups.sizes.size(); ++g) {
    part_size[g / out.per_part] += groups.Compared(g);
  }
  out.parts.reserve(parts);
  for (size_t p = 0; p < parts; ++p) out.parts.emplace_back(part_size[p]);
  Interning interning;
  interning.level_days = level_days;
  interning.revised = revised_measures;
  std::vector<size_t> next(parts, 0);
  size_t i = 0;
  for (uint32_t d = 0; d < documents.size(); ++d) {
    const DocumentResult& doc = documents[d];
    for (uint32_t c = 0; c < doc.claims.size(); ++c, ++i) {
      if (groups.group_of[i] == 0 || groups.Compared(groups.group_of[i] - 1) == 0) continue;
      const uint32_t g = groups.group_of[i] - 1;
      const size_t p = g / out.per_part;
      out.parts[p].Set(next[p]++, FactOf(doc.claims[c], doc, {d, c}, g, interning));
    }
  }
  groups.group_of = {};
  out.names = std::move(interning.names).Take();
  out.ranks = RanksOf(out.names);
  out.days = std::move(interning.days);
  return out;
}

}  // namespace crosscheck::internal
