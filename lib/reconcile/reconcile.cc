// Reconciliation: claims meet only through their key; within a key, values are clustered and
// each pair of incompatible clusters becomes one finding. Reconcile groups the claims by key
// (grouping.cc), hands each group to the check of its kind (numeric.cc, quote_compare.cc,
// role_date.cc) and orders the findings.
#include "crosscheck/reconcile.h"

#include <algorithm>
#include <atomic>
#include <string_view>
#include <utility>

#include "lib/reconcile/grouping.h"
#include "lib/reconcile/internal.h"
#include "lib/reconcile/numeric.h"

namespace crosscheck::internal {
namespace {

using Check = void (*)(const ReconcileContext&, const Group&, std::vector<Finding>&);

// The check of a claim kind (a key names one kind), or none where the options turn it off.
Check CheckOf(ClaimKind kind, const ReconcileOptions& o) {
  switch (kind) {
    case ClaimKind::kQuantity:
    case ClaimKind::kMoney: return o.check_numeric ? ReconcileNumeric : nullptr;
    case ClaimKind::kQuote: return o.check_quote ? ReconcileQuotes : nullptr;
    case ClaimKind::kRole: return o.check_role ? ReconcileRoles : nullptr;
    case ClaimKind::kDate: return o.check_date ? ReconcileDates : nullptr;
  }
  return nullptr;
}

// The facts of one partition (groups [first, last)) in group order, reading order within a
// group: group g's are flat[offset[g - first], offset[g - first + 1]).
void OrderByGroup(const FactArray& part, const KeyGroups& groups, size_t first, size_t last,
                  std::vector<const Fact*>& flat, std::vector<size_t>& offset) {
  offset.assign(last - first + 1, 0);
  for (size_t g = first; g < last; ++g) {
    offset[g - first + 1] = offset[g - first] + groups.Compared(g);
  }
  flat.resize(offset.back());
  std::vector<size_t> next(offset.begin(), offset.end() - 1);
  for (size_t j = 0; j < part.size(); ++j) flat[next[part[j].group - first]++] = &part[j];
}

// What comparing one partition found: the findings and each one's group.
struct Found {
  std::vector<Finding> findings;
  // Per finding, what ordering reads of it, taken while the finding is in the cache: read
  // later from the findings, one cache miss on each and another on its first side.
  struct Sketch {
    double severity, confidence;
    ClaimRef first;  // The first claim cited, or none.
    uint32_t group;
  };
  std::vector<Sketch> sketches;
};

// Compares every group of partition p; `flat` and `offset` are scratch room.
void ComparePartition(const ReconcileContext& ctx, const KeyGroups& groups, FactPartitions& facts,
                      size_t p, std::vector<const Fact*>& flat, std::vector<size_t>& offset,
                      Found& out) {
  const size_t first = p * facts.per_part;
  const size_t last = std::min(groups.sizes.size(), first + facts.per_part);
  if (first >= last) return;
  // About one finding per compared group at most in dense data; what is not used is not touched
  // (so not resident), and growing would move every finding and fault fresh pages each time.
  size_t compared_groups = 0;
  for (size_t g = first; g < last; ++g) compared_groups += groups.Compared(g) > 0;
  out.findings.reserve(compared_groups);
  out.sketches.reserve(compared_groups);
  facts.Settle(p);
  OrderByGroup(facts.parts[p], groups, first, last, flat, offset);
  for (size_t g = first; g < last; ++g) {
    const Group group{groups.index.Key(static_cast<uint32_t>(g)),
                      Sides(flat).subspan(offset[g - first], groups.Compared(g))};
    if (group.facts.size() < 2) continue;
    if (const Check check = CheckOf(group.facts[0]->kind, ctx.options())) {
      const size_t before = out.findings.size();
      check(ctx, group, out.findings);
      for (size_t i = before; i < out.findings.size(); ++i) {
        Finding& f = out.findings[i];
        // An explanation is reserved at an estimate of its size, which the citations' guesses
        // put a third or more above it: kept so, the findings' memory, all fresh pages, was a
        // third larger, and so were their page faults.
        f.explanation.shrink_to_fit();
        out.sketches.push_back({f.severity, f.confidence,
                                f.side_a.empty() ? ClaimRef{} : f.side_a.front(),
                                static_cast<uint32_t>(g)});
      }
    }
  }
}

// Compares every group. Partitions share nothing but what they read, so with many facts they
// are compared on all cores, each worker taking the next partition no one has taken: a worker
// the machine holds up (another job on its core, fresh memory to fault in for its findings)
// takes fewer, where fixed shares of the partitions had the others wait for it. The findings
// are kept by partition, in the order one pass would list them.
std::vector<Found> CompareGroups(const ReconcileContext& ctx, const KeyGroups& groups,
                                 FactPartitions& facts) {
  size_t total = 0;
  for (const FactArray& part : facts.parts) total += part.size();
  std::vector<Found> found(facts.parts.size());
  std::atomic<size_t> next{0};
  RunWorkers(WorkersFor(total), [&](size_t) {
    std::vector<const Fact*> flat;
    std::vector<size_t> offset;
    for (size_t p; (p = next.fetch_add(1, std::memory_order_relaxed)) < found.size();) {
      ComparePartition(ctx, groups, facts, p, flat, offset, found[p]);
    }
  });
  return found;
}

// Sorts v on all cores: each worker sorts a run of it, and the runs are merged. Elements that
// compare equal may end up in another order than one std::sort would leave them in: the
// callers' orders are total, or equal elements are alike to them.
template <typename T, typename Less>
void SortOnAllCores(std::vector<T>& v, Less less) {
  const size_t workers = WorkersFor(v.size());
  std::vector<size_t> bounds(workers + 1);
  for (size_t w = 0; w <= workers; ++w) bounds[w] = v.size() * w / workers;
  RunWorkers(workers, [&](size_t w) {
    std::sort(v.begin() + bounds[w], v.begin() + bounds[w + 1], less);
  });
  for (size_t w = 1; w < workers; ++w) {
    std::inplace_merge(v.begin(), v.begin() + bounds[w], v.begin() + bounds[w + 1], less);
  }
}

// Per group with findings (`keyed`, in group order), the rank of its key among theirs. A key
// repeats once per story: its groups share one rank, and the first claim cited decides, so
// the order still depends only on each group's own claims.
std::vector<uint32_t> KeyRanks(const std::vector<uint32_t>& keyed, const KeyIndex& index) {
  // Sorted by their first eight bytes as a number first: most keys differ there, and two
  // numbers compare without reading the keys' bytes, which lie far apart in memory. Padded with
  // zero bytes, the numbers order as the strings do, and equal ones leave it to the strings.
  struct ByKey {
    uint64_t prefix;
    std::string_view key;
    uint32_t i;
  };
  std::vector<ByKey> by_key(keyed.size());
  for (uint32_t i = 0; i < keyed.size(); ++i) {
    const std::string_view key = index.Key(keyed[i]);
    uint64_t prefix = 0;
    for (size_t b = 0; b < 8; ++b) {
      prefix = prefix << 8 | (b < key.size() ? static_cast<unsigned char>(key[b]) : 0);
    }
    by_key[i] = {prefix, key, i};
  }
  // Equal keys (of different stories) get one rank whatever their order.
  SortOnAllCores(by_key, [](const ByKey& a, const ByKey& b) {
    return a.prefix != b.prefix ? a.prefix < b.prefix : a.key < b.key;
  });
  std::vector<uint32_t> rank(keyed.size());
  for (uint32_t i = 0, r = 0; i < by_key.size(); ++i) {
    if (i > 0 && by_key[i].key != by_key[i - 1].key) ++r;
    rank[by_key[i].i] = r;
  }
  return rank;
}

// Deterministic order, independent of hashing: most severe first, then by key, then by the
// first claim cited, then in the order the group's comparison told them; findings below the
// options' severity and confidence are left out. The order is total and depends only on each
// group's own claims, so reconciling any set of whole groups on its own and merging by the
// same order (crosscheck.dask) gives this same sequence. Small stand-ins are sorted instead of
// the findings, with each key's place among the keys in place of the key.
std::vector<Finding> Ordered(std::vector<Found>& found, const KeyIndex& index,
                             const ReconcileOptions& options) {
  std::vector<Finding*> findings;  // All partitions' findings, in order.
  std::vector<uint32_t> keyed;     // The groups with findings, in group order.
  for (Found& s : found) {
    for (Finding& f : s.findings) findings.push_back(&f);
    for (const Found::Sketch& x : s.sketches) {
      if (keyed.empty() || keyed.back() != x.group) keyed.push_back(x.group);
    }
  }
  const std::vector<uint32_t> key_rank = KeyRanks(keyed, index);
  struct Entry {
    double severity;
    uint32_t key;  // Rank of the finding's key.
    ClaimRef first;
    uint32_t finding;
  };
  std::vector<Entry> order;
  order.reserve(findings.size());
  uint32_t i = 0, k = 0;
  for (const Found& s : found) {
    for (const Found::Sketch& x : s.sketches) {
      while (keyed[k] != x.group) ++k;
      if (x.severity >= options.min_severity && x.confidence >= options.min_confidence) {
        order.push_back({x.severity, key_rank[k], x.first, i});
      }
      ++i;
    }
  }
  SortOnAllCores(order, [](const Entry& a, const Entry& b) {
    if (a.severity != b.severity) return a.severity > b.severity;
    if (a.key != b.key) return a.key < b.key;
    if (a.first != b.first) return a.first < b.first;
    return a.finding < b.finding;
  });
  // Moved on one thread: a vector of the findings' size made for the workers to fill had every
  // finding written twice (made empty, then filled), which cost more than two threads saved.
  std::vector<Finding> sorted;
  sorted.reserve(order.size());
  // The findings are taken in an order unrelated to where they lie: each is asked for a few
  // ahead, all its cache lines (a finding spans three), so that the cache misses overlap.
  constexpr size_t kAhead = 8;
  for (size_t n = 0; n < order.size(); ++n) {
    if (n + kAhead < order.size()) {
      const char* const ahead = reinterpret_cast<const char*>(findings[order[n + kAhead].finding]);
      for (size_t line = 0; line < sizeof(Finding); line += 64) __builtin_prefetch(ahead + line);
    }
    sorted.push_back(std::move(*findings[order[n].finding]));
  }
  return sorted;
}

}  // namespace
}  // namespace crosscheck::internal

namespace crosscheck {

std::vector<Finding> Reconcile(std::span<const DocumentResult> documents,
                               const ReconcileOptions& options) {
  internal::KeyGroups groups = internal::GroupByKey(documents, options.whole_groups);
  const std::vector<std::string_view> camps = internal::StoryCamps(documents, options);
  internal::FactPartitions facts =
      internal::CopyFacts(documents, camps, groups, options.level_days, options.revised_measures);
  const internal::ReconcileContext ctx(documents, options, facts.names, facts.ranks,
                                       facts.human, facts.days);
  std::vector<internal::Found> found = internal::CompareGroups(ctx, groups, facts);
  facts.memory.Release();  // Findings cite claims, not facts.
  return internal::Ordered(found, groups.index, options);
}

}  // namespace crosscheck
