// The first half of reconciliation: claims grouped by key, and what the comparisons read of
// each claim copied into a compact Fact, partition by partition. Claims are read in order and
// never jumped through (each is about 800 bytes, and every jump was a cache and TLB miss):
// one pass numbers the keys, a second copies each claim's fact into the partition of its group
// (a few hundred runs written in order); each partition, small enough for the cache, is then
// ordered by group and compared (reconcile.cc).
#ifndef CROSSCHECK_LIB_RECONCILE_GROUPING_H_
#define CROSSCHECK_LIB_RECONCILE_GROUPING_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "crosscheck/types.h"
#include "lib/reconcile/internal.h"
#include "lib/reconcile/pages.h"

namespace crosscheck::internal {

// Numbers the keys within each story: an open-addressing table whose slots hold part of the
// hash and where the key is in one arena of key bytes, so that a lookup reads a slot and the
// key's bytes, not a string object in a slot and then the claim that first had the key.
class KeyIndex {
 public:
  // The group of `key` in story number `story`, whose hash is `h` (StoryHash), numbered from
  // 0 in order of first appearance.
  uint32_t Group(std::string_view key, uint32_t story, uint64_t h);
  // Asks for the slot where a lookup of hash `h` starts.
  void Prefetch(uint64_t h) const {
    if (slot_count_ != 0) __builtin_prefetch(&Slots()[h & (slot_count_ - 1)]);
  }
  size_t size() const { return keys_.size(); }
  // Frees the lookup table once every key is numbered (Group may not be called afterwards):
  // later steps only read keys by group, and the table (20 bytes a slot, up to four slots a
  // key) was held through the comparisons, at reconciliation's peak.
  void DropLookups();
  std::string_view Key(uint32_t g) const { return Bytes(keys_[g]); }
  uint32_t Story(uint32_t g) const { return keys_[g].story; }

 private:
  struct Span {
    uint32_t offset, size, story;
  };
  struct Slot {
    uint32_t tag;
    uint32_t group_plus_one;  // 0: empty.
    Span key;
  };
  std::string_view Bytes(Span s) const {
    return std::string_view(arena_.data() + s.offset, s.size);
  }
  void Grow();
  Slot* Slots() const { return static_cast<Slot*>(slot_memory_.data()); }
  // Zeroed memory is a table of empty slots: in large pages, the table is neither filled
  // nor faulted in page by page.
  LargePages slot_memory_;
  size_t slot_count_ = 0;
  std::vector<Span> keys_;
  std::string arena_;
};

struct KeyGroups {
  KeyIndex index;                  // The groups' keys.
  std::vector<uint32_t> group_of;  // Per claim in reading order: 0 (no key) or 1 + its group.
  std::vector<uint32_t> sizes;     // Claims per group.
  // A claim alone with its key meets nothing: its group gets no facts.
  uint32_t Compared(size_t g) const { return sizes[g] >= 2 ? sizes[g] : 0; }
};

// How many threads share work of `items` claims or facts: one per core, but only where each
// has enough to do (the tests' and small runs' inputs stay on one thread).
size_t WorkersFor(size_t items);
// Runs work(w) for every w < workers, each but the first on its own thread; rethrows what one
// of them threw.
void RunWorkers(size_t workers, const std::function<void(size_t)>& work);
// Splits the documents into `workers` runs of about as many claims: worker w takes documents
// [bounds[w], bounds[w + 1]), whose first claim is number first_claim[w] in reading order.
std::vector<size_t> ShareDocuments(std::span<const DocumentResult> documents, size_t workers,
                                   std::vector<size_t>& first_claim);

// Per (story number, measure), the key that the story's figures of the measure naming no group
// are grouped under ("civilians/killed"), where one of `whole_groups` is the only such group the
// story names for it and no sentence gives it as a part of an ungrouped figure (whole_group.cc).
using GroupJoins = absl::flat_hash_map<std::pair<uint32_t, std::string_view>, std::string>;
GroupJoins WholeGroupJoins(std::span<const DocumentResult> documents,
                           std::span<const uint32_t> story_of,
                           std::span<const std::string> whole_groups);
// The measure of a figure keyed "_/measure" (no group), else empty.
std::string_view UngroupedMeasure(const Claim& c);

// The first pass: the group of every claim. A claim meets only claims of its own story: the
// story is part of the group. Figures naming no group join the story's whole group of their
// measure (ReconcileOptions::whole_groups).
KeyGroups GroupByKey(std::span<const DocumentResult> documents,
                     std::span<const std::string> whole_groups = {});

// Room for n facts in FactPartitions::memory, each written once before it is read: a vector
// would first fill them all with default values, a pass over 96 bytes a claim that costs as
// much as the real one.
class FactArray {
 public:
  static_assert(std::is_trivially_destructible_v<Fact>);
  FactArray(Fact* data, size_t n) : data_(data), size_(n) {}
  void Set(size_t i, const Fact& f) { std::construct_at(data_ + i, f); }
  const Fact& operator[](size_t i) const { return data_[i]; }
  Fact& At(size_t i) { return data_[i]; }
  size_t size() const { return size_; }

 private:
  Fact* data_;
  size_t size_;
};

struct FactPartitions {
  // Partition p holds the facts of groups [p * per_part, (p + 1) * per_part), in reading
  // order, one after the other in `memory`. (Each partition had its own allocation, released
  // once compared so that the findings reused it; one region of large pages costs far fewer
  // page faults than the findings gained, at the price of holding the facts until all are
  // compared.)
  LargePages memory;
  std::vector<FactArray> parts;
  size_t per_part = 1;
  // What the facts' interned ids and day indices stand for (see ReconcileContext).
  std::vector<std::string_view> names;
  std::vector<uint32_t> ranks;
  std::vector<std::string> human;  // The names as people read them (AppendHumanName).
  std::vector<DateRange> days;
  // The facts copied by worker w > 0 (shards[w - 1]) carry that worker's own name ids and day
  // indices until Settle maps them to the shared ones, partition by partition just before the
  // partition is compared, when its facts are read anyway.
  struct Shard {
    std::vector<uint32_t> names;     // Its name ids -> the shared ids.
    uint32_t days_base = 0;          // Its days follow those of the workers before it.
    std::vector<size_t> begin, end;  // Per partition: the facts it copied.
  };
  std::vector<Shard> shards;
  void Settle(size_t p);
};

// The second pass: the fact of every claim whose group has more than one claim; `camps` (per
// document, or empty) are StoryCamps. Releases groups.group_of, which is not needed afterwards.
FactPartitions CopyFacts(std::span<const DocumentResult> documents,
                         std::span<const std::string_view> camps, KeyGroups& groups,
                         int level_days, std::span<const std::string> revised_measures);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_RECONCILE_GROUPING_H_
