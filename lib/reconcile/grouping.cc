#include "lib/reconcile/grouping.h"

#include <algorithm>
#include <array>
#include <exception>
#include <optional>
#include <system_error>
#include <thread>

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
  if ((keys_.size() + 1) * 2 > slot_count_) Grow();
  const uint32_t tag = static_cast<uint32_t>(h >> 32);
  const size_t mask = slot_count_ - 1;
  Slot* const slots = Slots();
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    Slot& s = slots[i];
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
  static_assert(std::is_trivially_copyable_v<Slot>);
  const LargePages old = std::exchange(slot_memory_, {});
  const size_t old_count = std::exchange(slot_count_, std::max<size_t>(64, slot_count_ * 2));
  slot_memory_ = LargePages(slot_count_ * sizeof(Slot), /*zeroed=*/true);
  const size_t mask = slot_count_ - 1;
  Slot* const slots = Slots();
  for (const Slot& s : std::span(static_cast<const Slot*>(old.data()), old_count)) {
    if (s.group_plus_one == 0) continue;
    size_t i = StoryHash(HashString(Bytes(s.key)), s.key.story) & mask;
    while (slots[i].group_plus_one != 0) i = (i + 1) & mask;
    slots[i] = s;
  }
}

void KeyIndex::DropLookups() {
  slot_memory_.Release();
  slot_count_ = 0;
  keys_.shrink_to_fit();
  arena_.shrink_to_fit();
}

size_t WorkersFor(size_t items) {
  // Below this a thread costs more than it saves (starting one takes some 50 µs, a claim's
  // share of the work is about 1 µs).
  constexpr size_t kItemsPerWorker = 1 << 14;
  const size_t cores = std::max(1u, std::thread::hardware_concurrency());
  return std::clamp<size_t>(items / kItemsPerWorker, 1, std::min<size_t>(cores, 8));
}

void RunWorkers(size_t workers, const std::function<void(size_t)>& work) {
  std::vector<std::exception_ptr> errors(workers);
  auto run = [&](size_t w) {
    try {
      work(w);
    } catch (...) {
      errors[w] = std::current_exception();
    }
  };
  std::vector<std::thread> threads;
  for (size_t w = 1; w < workers; ++w) {
    try {
      threads.emplace_back(run, w);
    } catch (const std::system_error&) {
      run(w);  // No thread to be had: the work is the same on this one.
    }
  }
  run(0);
  for (std::thread& t : threads) t.join();
  for (const std::exception_ptr& e : errors) {
    if (e) std::rethrow_exception(e);
  }
}

std::vector<size_t> ShareDocuments(std::span<const DocumentResult> documents, size_t workers,
                                   std::vector<size_t>& first_claim) {
  size_t total = 0;
  for (const DocumentResult& d : documents) total += d.claims.size();
  std::vector<size_t> bounds(workers + 1, documents.size());
  first_claim.assign(workers + 1, total);
  bounds[0] = first_claim[0] = 0;
  for (size_t d = 0, w = 1, seen = 0; d < documents.size() && w < workers; ++d) {
    seen += documents[d].claims.size();
    if (seen * workers >= total * w) {
      bounds[w] = d + 1;
      first_claim[w++] = seen;
    }
  }
  return bounds;
}

namespace {

// The key a claim is grouped by: its own, or the whole group's its measure joins.
std::string_view GroupKey(const DocumentResult& d, const Claim& c, uint32_t story,
                          const GroupJoins& joins) {
  if (!joins.empty()) {
    if (const std::string_view m = UngroupedMeasure(c); !m.empty()) {
      if (const auto it = joins.find(std::pair(story, m)); it != joins.end()) return it->second;
    }
  }
  return ReconcileKey(d, c);
}

// The keys of documents [d0, d1), numbered in `shard` from 0 in order of first appearance;
// `group_of` is where the first of their claims is told.
void GroupShard(std::span<const DocumentResult> documents, const std::vector<uint32_t>& story_of,
                const GroupJoins& joins, size_t d0, size_t d1, KeyGroups& shard,
                uint32_t* group_of) {
  // The keys' hashes a few claims ahead, so that the lookups can ask for their slots early:
  // the table does not fit in the cache, and waiting for each slot in turn was most of this.
  // Claim i's hash is ahead[i % kAhead] (an array of all of them was 8 MB written and read
  // again for a million claims).
  constexpr size_t kAhead = 16;
  std::array<uint64_t, kAhead> ahead{};
  size_t claims = 0;
  for (size_t d = d0; d < d1; ++d) claims += documents[d].claims.size();
  size_t lead_d = d0, lead_c = 0;  // The next claim to hash.
  auto hash_next = [&] {
    while (lead_c == documents[lead_d].claims.size()) {
      ++lead_d;
      lead_c = 0;
    }
    const Claim& c = documents[lead_d].claims[lead_c++];
    const uint32_t story = story_of[lead_d];
    return StoryHash(HashString(GroupKey(documents[lead_d], c, story, joins)), story);
  };
  for (size_t i = 0; i < kAhead && i < claims; ++i) ahead[i] = hash_next();
  size_t at = 0;
  for (size_t d = d0; d < d1; ++d) {
    for (const Claim& c : documents[d].claims) {
      const uint64_t h = ahead[at % kAhead];
      if (at + kAhead < claims) {
        ahead[at % kAhead] = hash_next();
        shard.index.Prefetch(ahead[at % kAhead]);
      }
      const std::string_view key = GroupKey(documents[d], c, story_of[d], joins);
      if (key.empty()) {
        group_of[at++] = 0;
        continue;
      }
      const uint32_t g = shard.index.Group(key, story_of[d], h);
      if (g == shard.sizes.size()) shard.sizes.push_back(0);
      ++shard.sizes[g];
      group_of[at++] = g + 1;
    }
  }
}

// Adds a later shard's keys to `out`, which holds the keys of all documents before it, and
// renumbers its claims' groups (`group_of`, `claims` of them): the groups are numbered as one
// pass over all documents would number them.
void MergeShard(const KeyGroups& shard, KeyGroups& out, uint32_t* group_of, size_t claims) {
  const uint32_t keys = static_cast<uint32_t>(shard.sizes.size());
  std::vector<uint64_t> hashes(keys);  // First, so that the slots are asked for ahead.
  for (uint32_t g = 0; g < keys; ++g) {
    hashes[g] = StoryHash(HashString(shard.index.Key(g)), shard.index.Story(g));
  }
  constexpr uint32_t kAhead = 16;
  std::vector<uint32_t> global(keys);
  for (uint32_t g = 0; g < keys; ++g) {
    if (g + kAhead < keys) out.index.Prefetch(hashes[g + kAhead]);
    global[g] = out.index.Group(shard.index.Key(g), shard.index.Story(g), hashes[g]);
    if (global[g] == out.sizes.size()) out.sizes.push_back(0);
    out.sizes[global[g]] += shard.sizes[g];
  }
  for (size_t i = 0; i < claims; ++i) {
    if (group_of[i] != 0) group_of[i] = global[group_of[i] - 1] + 1;
  }
}

}  // namespace

KeyGroups GroupByKey(std::span<const DocumentResult> documents,
                     std::span<const std::string> whole_groups) {
  size_t total = 0;
  for (const DocumentResult& d : documents) total += d.claims.size();
  const std::vector<uint32_t> story_of = StoryNumbers(documents);
  const GroupJoins joins = WholeGroupJoins(documents, story_of, whole_groups);
  // Each worker numbers the keys of a run of documents; the runs are then merged in order.
  const size_t workers = WorkersFor(total);
  std::vector<size_t> first_claim;
  const std::vector<size_t> bounds = ShareDocuments(documents, workers, first_claim);
  std::vector<KeyGroups> shards(workers);
  shards[0].group_of.resize(total);
  uint32_t* const group_of = shards[0].group_of.data();
  RunWorkers(workers, [&](size_t w) {
    GroupShard(documents, story_of, joins, bounds[w], bounds[w + 1], shards[w],
               group_of + first_claim[w]);
  });
  KeyGroups out = std::move(shards[0]);
  for (size_t w = 1; w < workers; ++w) {
    MergeShard(shards[w], out, out.group_of.data() + first_claim[w],
               first_claim[w + 1] - first_claim[w]);
  }
  out.index.DropLookups();
  return out;
}

namespace {

// Numbers the units, rates and sources of the claims so that facts compare them as integers.
class Names {
 public:
  Names() : names_{std::string_view()} {}
  uint32_t Id(std::string_view name) {
    if (name.empty()) return 0;
    uint32_t& id = index_[name];
    if (id == 0) {
      id = static_cast<uint32_t>(names_.size());
      names_.push_back(name);  // A view into the claim, which outlives the reconciliation.
    }
    return id;
  }
  const std::vector<std::string_view>& list() const { return names_; }
  std::vector<std::string_view> Take() && { return std::move(names_); }

 private:
  HashedMap<uint32_t> index_;
  std::vector<std::string_view> names_;
};

// The same with the last few names remembered: names mostly repeat from one claim to the
// next, or alternate among a few (the sources of a story), and comparing a few short strings
// costs less than hashing one.
class RecentNames {
 public:
  uint32_t Id(Names& names, std::string_view name) {
    if (name.empty()) return 0;
    for (const Recent& r : recent_) {
      if (r.name == name) return r.id;  // An empty slot's name matches no name.
    }
    Recent& r = recent_[next_++ % recent_.size()];
    r = {name, names.Id(name)};
    return r.id;
  }

 private:
  struct Recent {
    std::string_view name;
    uint32_t id = 0;
  };
  std::array<Recent, 4> recent_{};
  uint32_t next_ = 0;
};

// The days of facts, 1 + index in `days`. A range equal to one of the last few is shared:
// the figures of an article mostly hold as of its publication day, so most ranges repeat
// from one fact to the next; one range a fact held 16 bytes a dated fact at the peak.
struct DayList {
  std::vector<DateRange> days;
  std::array<uint32_t, 4> recent{};  // 1 + index; 0: empty.
  uint32_t next = 0;
  uint32_t Id(const DateRange& r) {
    for (const uint32_t id : recent) {
      if (id != 0 && days[id - 1] == r) return id;
    }
    days.push_back(r);
    return recent[next++ % recent.size()] = static_cast<uint32_t>(days.size());
  }
};

struct Interning {
  Names names;
  RecentNames unit, rate, source, role, place, home;
  DayList days;
  int level_days = 0;  // ReconcileOptions::level_days.
  std::span<const std::string> revised;  // ReconcileOptions::revised_measures.
};

Fact FactOf(const Claim& c, const DocumentResult& d, std::string_view camp, ClaimRef ref,
            uint32_t group, Interning& in) {
  Fact f;
  f.claim = &c;
  f.ref = ref;
  f.group = group;
  f.confidence = c.confidence;
  f.value = c.value;
  const std::optional<DateRange> days = c.kind == ClaimKind::kDate ? c.date().range : c.time;
  f.days = 0;
  if (days) f.days = in.days.Id(*days);
  f.unit = c.kind == ClaimKind::kRole ? in.role.Id(in.names, c.role().role)
                                       : in.unit.Id(in.names, c.unit);
  f.rate = in.rate.Id(in.names, c.rate);
  f.source = in.source.Id(in.names, c.source);
  f.place = in.place.Id(in.names, c.place);
  // Only a figure naming no place holds where its article is set; a date too, once its story
  // has camps (the day one of two cities was struck).
  const bool figure = c.kind == ClaimKind::kQuantity || c.kind == ClaimKind::kMoney;
  const bool unplaced = (figure || c.kind == ClaimKind::kDate) && c.place.empty();
  f.story_camp = unplaced && !camp.empty();
  f.home = f.story_camp ? in.home.Id(in.names, camp)
           : figure && unplaced ? in.home.Id(in.names, d.home)
                                : 0;
  f.kind = c.kind;
  f.modality = c.modality;
  f.aspect = c.aspect;
  f.dated_by_publication = false;
  f.interim = c.value_is_interim;
  f.projection_report = c.value_in_projection_report;
  f.to_date = 0;
  // A count of the month or year up to the report (FigureTimes: a period that ends on the
  // publication day) goes on day by day: a running total as of its article's day, which
  // only a count of the same period so far can update or contradict.
  // In January the year so far is the month so far.
  if (c.time && d.published && c.time->end == *d.published && c.time->begin.day() == 1 &&
      c.time->begin < c.time->end &&
      (c.kind == ClaimKind::kQuantity || c.kind == ClaimKind::kMoney)) {
    f.to_date = c.time->begin.month() == 1 ? 2 : 1;
    f.days = 0;
  }
  // A figure without a stated date holds as of its article's day: a level for a few days
  // around it, a running total on that day only (a later different total is an update). An
  // occasion that took place (a rally's crowd) lies in the days before its report: articles
  // published a day or two apart tell of the same one.
  if (f.days == 0 && d.published &&
      (c.kind == ClaimKind::kQuantity || c.kind == ClaimKind::kMoney)) {
    // A revised measure's figure is a report of its day, as a running total's is.
    const int half = c.aspect == Aspect::kLevel && !IsRevisedMeasure(in.revised, c.unit) ? in.level_days : 0;
    const bool target = c.modality == Modality::kPlanned || c.modality == Modality::kProjected;
    const int before = c.aspect == Aspect::kOccasion && !target ? in.level_days : half;
    f.days = in.days.Id({*d.published - before, *d.published + half});
    f.dated_by_publication = f.to_date == 0;
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

namespace {

// How many facts each partition gets from the claims [first, last) in reading order.
std::vector<size_t> PartitionCounts(const KeyGroups& groups, size_t per_part, size_t parts,
                                    size_t first, size_t last) {
  std::vector<size_t> count(parts, 0);
  for (size_t i = first; i < last; ++i) {
    const uint32_t g = groups.group_of[i];
    if (g != 0 && groups.Compared(g - 1) != 0) ++count[(g - 1) / per_part];
  }
  return count;
}

// Copies the facts of documents [d0, d1), whose first claim is number `first` in reading
// order, each to the partition of its group at next[partition]. Names and days go to `in`.
void CopyShard(std::span<const DocumentResult> documents, std::span<const std::string_view> camps,
               const KeyGroups& groups, size_t d0, size_t d1, size_t first, FactPartitions& out,
               std::vector<size_t>& next, Interning& in) {
  size_t i = first;
  for (auto d = static_cast<uint32_t>(d0); d < d1; ++d) {
    const DocumentResult& doc = documents[d];
    for (uint32_t c = 0; c < doc.claims.size(); ++c, ++i) {
      if (groups.group_of[i] == 0 || groups.Compared(groups.group_of[i] - 1) == 0) continue;
      const uint32_t g = groups.group_of[i] - 1;
      const size_t p = g / out.per_part;
      out.parts[p].Set(
          next[p]++,
          FactOf(doc.claims[c], doc, camps.empty() ? std::string_view() : camps[d], {d, c}, g, in));
    }
  }
}

// Takes a later worker's names and days into the first's, and tells how to map its facts.
FactPartitions::Shard MergeInterning(Interning& into, const Interning& shard) {
  FactPartitions::Shard s;
  const std::vector<std::string_view>& names = shard.names.list();
  s.names.resize(names.size());
  for (size_t id = 0; id < names.size(); ++id) s.names[id] = into.names.Id(names[id]);
  s.days_base = static_cast<uint32_t>(into.days.days.size());
  into.days.days.insert(into.days.days.end(), shard.days.days.begin(), shard.days.days.end());
  return s;
}

}  // namespace

void FactPartitions::Settle(size_t p) {
  for (const Shard& s : shards) {
    for (size_t i = s.begin[p]; i < s.end[p]; ++i) {
      Fact& f = parts[p].At(i);
      f.unit = s.names[f.unit];
      f.rate = s.names[f.rate];
      f.source = s.names[f.source];
      f.place = s.names[f.place];
      f.home = s.names[f.home];
      if (f.days != 0) f.days += s.days_base;
    }
  }
}

FactPartitions CopyFacts(std::span<const DocumentResult> documents,
                         std::span<const std::string_view> camps, KeyGroups& groups,
                         int level_days, std::span<const std::string> revised_measures) {
  FactPartitions out;
  size_t facts = 0;
  for (size_t g = 0; g < groups.sizes.size(); ++g) facts += groups.Compared(g);
  constexpr size_t kPartFacts = 4096, kMaxParts = 1024;
  const size_t parts = std::clamp<size_t>(facts / kPartFacts, 1, kMaxParts);
  out.per_part = std::max<size_t>(1, (groups.sizes.size() + parts - 1) / parts);
  // Each worker copies the facts of a run of documents; in each partition, its facts follow
  // those of the workers before it, so that the partition is in reading order.
  const size_t workers = WorkersFor(groups.group_of.size());
  std::vector<size_t> first_claim;
  const std::vector<size_t> bounds = ShareDocuments(documents, workers, first_claim);
  std::vector<std::vector<size_t>> next(workers);
  RunWorkers(workers, [&](size_t w) {
    next[w] = PartitionCounts(groups, out.per_part, parts, first_claim[w], first_claim[w + 1]);
  });
  std::vector<size_t> part_size(parts, 0);
  for (size_t p = 0; p < parts; ++p) {
    for (size_t w = 0; w < workers; ++w) {
      std::swap(next[w][p], part_size[p]);  // next[w][p] = facts before it; then the total.
      part_size[p] += next[w][p];
    }
  }
  const std::vector<std::vector<size_t>> begin = next;
  out.memory = LargePages(facts * sizeof(Fact));
  out.parts.reserve(parts);
  Fact* at = static_cast<Fact*>(out.memory.data());
  for (size_t p = 0; p < parts; ++p) {
    out.parts.emplace_back(at, part_size[p]);
    at += part_size[p];
  }
  std::vector<Interning> interning(workers);
  RunWorkers(workers, [&](size_t w) {
    interning[w].level_days = level_days;
    interning[w].revised = revised_measures;
    CopyShard(documents, camps, groups, bounds[w], bounds[w + 1], first_claim[w], out, next[w],
              interning[w]);
  });
  for (size_t w = 1; w < workers; ++w) {
    FactPartitions::Shard& s = out.shards.emplace_back(MergeInterning(interning[0], interning[w]));
    s.begin = begin[w];
    s.end = next[w];
  }
  groups.group_of = {};
  out.names = std::move(interning[0].names).Take();
  out.ranks = RanksOf(out.names);
  out.human.reserve(out.names.size());
  for (std::string_view name : out.names) AppendHumanName(out.human.emplace_back(), name);
  out.days = std::move(interning[0].days.days);
  return out;
}

}  // namespace crosscheck::internal
