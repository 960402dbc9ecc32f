// Stories by average linkage over weighted links between documents (LinkStories).
//
// Documents joined by a strong link start as one group, every other document as a group of
// one. The two groups whose links weigh most on average
// over all their pairs of documents merge first, while that average is at least the
// threshold (a lower one for two groups with nearly all their pairs linked). A merged group keeps
// the id of the side with more links and takes the other side's links into its map, so that each
// link moves O(log n) times. Averages only fall as groups grow, except between the merged group and
// the neighbours of its other side, whose sums changed and are queued afresh; a queued average that
// has fallen since is queued again at its current value when it comes up (a lazy queue).
#include <algorithm>
#include <numeric>
#include <queue>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "crosscheck/story.h"

namespace crosscheck {
namespace {

struct Candidate {
  double average;
  uint32_t a, b;  // a < b.
  // The highest average first; ties in the order of the groups, so that the result does not
  // depend on the order of the links.
  bool operator<(const Candidate& o) const {
    return std::tie(average, o.a, o.b) < std::tie(o.average, a, b);
  }
};

// The links between two groups: their summed weight and their number.
struct Between {
  double sum = 0;
  uint32_t links = 0;
  void Add(double weight, uint32_t count) { sum += weight, links += count; }
};

// The groups of documents and the summed weights of the links between them.
class Linkage {
 public:
  // Documents are numbered by their names in sorted order; a strong link joins its documents
  // outright (an article and another outlet's copy of it, or its translation, whose other
  // pairs across the languages share only names). Its merges go to `merges`.
  Linkage(std::vector<StoryLink>& links, double strong,
          std::vector<std::pair<int64_t, int64_t>>& merges) {
    // Small non-negative names (GroupStories' document numbers) are their own numbers; others
    // (crosscheck.dask's part << 32 | slot) are numbered in sorted order. Both keep the order
    // of the names, which is all that ties are broken by.
    int64_t low = 0, high = -1;
    for (const StoryLink& l : links) {
      low = std::min({low, l.a, l.b});
      high = std::max({high, l.a, l.b});
    }
    dense_ = low >= 0 && high < static_cast<int64_t>(4 * links.size() + 1024);
    if (dense_) {
      names_.resize(static_cast<size_t>(high + 1));
      std::iota(names_.begin(), names_.end(), int64_t{0});
    } else {
      for (const StoryLink& l : links) names_.push_back(l.a), names_.push_back(l.b);
      std::sort(names_.begin(), names_.end());
      names_.erase(std::unique(names_.begin(), names_.end()), names_.end());
    }
    const size_t n = names_.size();
    sums_.resize(n), size_.assign(n, 1), alive_.assign(n, true);
    std::vector<uint32_t> root(n);
    std::iota(root.begin(), root.end(), 0u);
    auto find = [&](uint32_t x) {
      while (root[x] != x) x = root[x] = root[root[x]];
      return x;
    };
    for (const StoryLink& l : links) {
      if (!(l.weight >= strong)) continue;
      const uint32_t a = find(Index(l.a)), b = find(Index(l.b));
      if (a == b) continue;
      root[std::max(a, b)] = std::min(a, b);
      merges.push_back({l.a, l.b});
    }
    // Flattened (a root is never above its members), so that root[x] is x's group from here
    // on: a find per link end in the two passes below was half of this function's instructions.
    for (uint32_t i = 0; i < n; ++i) {
      root[i] = find(i);
      if (root[i] != i) alive_[i] = false, ++size_[root[i]];
    }
    std::vector<uint32_t> degree(n, 0);
    for (const StoryLink& l : links) ++degree[root[Index(l.a)]], ++degree[root[Index(l.b)]];
    for (size_t i = 0; i < n; ++i) {
      if (degree[i] != 0) sums_[i].reserve(degree[i]);
    }
    // Each pair is summed in the order given (GroupStories and crosscheck.dask give each pair
    // once); a pair given twice adds up the same in either order.
    for (const StoryLink& l : links) {
      const uint32_t a = root[Index(l.a)], b = root[Index(l.b)];
      if (a == b || !(l.weight > 0)) continue;
      sums_[a][b].Add(l.weight, 1);
      sums_[b][a].Add(l.weight, 1);
    }
  }

  size_t size() const { return names_.size(); }
  int64_t Name(uint32_t group) const { return names_[group]; }
  bool Alive(uint32_t group) const { return alive_[group]; }
  const absl::flat_hash_map<uint32_t, Between>& Sums(uint32_t group) const { return sums_[group]; }
  double Pairs(uint32_t a, uint32_t b) const { return static_cast<double>(size_[a]) * size_[b]; }
  uint32_t Size(uint32_t group) const { return size_[group]; }

  // Merges groups a and b: the side with more links stays; the other's links are poured into
  // it, and only its neighbours' links back are renamed. Returns the group and the groups
  // whose sum with it changed.
  std::pair<uint32_t, std::vector<uint32_t>> Merge(uint32_t a, uint32_t b) {
    uint32_t keep = a, gone = b;
    if (sums_[keep].size() < sums_[gone].size()) std::swap(keep, gone);
    sums_[keep].erase(gone);
    alive_[gone] = false;
    size_[keep] += size_[gone];
    std::vector<uint32_t> changed;
    for (const auto& [other, between] : sums_[gone]) {
      if (other == keep) continue;
      Between& total = sums_[keep][other];
      total.Add(between.sum, between.links);
      auto& back = sums_[other];
      back.erase(gone);
      back[keep] = total;
      changed.push_back(other);
    }
    sums_[gone] = {};
    return {keep, std::move(changed)};
  }

 private:
  uint32_t Index(int64_t name) const {
    if (dense_) return static_cast<uint32_t>(name);
    return static_cast<uint32_t>(std::lower_bound(names_.begin(), names_.end(), name) -
                                 names_.begin());
  }

  bool dense_ = false;
  std::vector<int64_t> names_;
  std::vector<absl::flat_hash_map<uint32_t, Between>> sums_;  // Per group: other -> links.
  std::vector<uint32_t> size_;
  std::vector<bool> alive_;
};

}  // namespace

std::vector<std::pair<int64_t, int64_t>> LinkStories(std::vector<StoryLink> links,
                                                     const StoryOptions& options) {
  std::vector<std::pair<int64_t, int64_t>> merges;
  Linkage groups(links, options.strong_link, merges);
  std::priority_queue<Candidate> queue;
  // In the second pass, a group whose every link goes to one other group, at least as large
  // and of two documents or more, may also join it at options.sole_link_similarity when at
  // least options.sole_coverage of their pairs are linked: a follow-up or a story's other half
  // that nothing else competes for (in the first pass the average over all pairs held them
  // apart, the later articles sharing fewer words with the first ones), not two events that
  // one article bridges. Two single documents still need link_similarity.
  bool second_pass = false;
  auto sole = [&](uint32_t small, uint32_t large) {
    return groups.Size(small) <= groups.Size(large) && groups.Size(large) >= 2 &&
           groups.Sums(small).size() == 1;
  };
  // The average over all pairs of the two groups, if they may merge; else -1.
  auto average = [&](uint32_t a, uint32_t b, const Between& x) {
    const double pairs = groups.Pairs(a, b), avg = x.sum / pairs;
    const bool dense =
        x.links >= options.dense_coverage * pairs && pairs >= options.dense_min_pairs;
    if (avg >= options.link_similarity || (dense && avg >= options.dense_link_similarity)) {
      return avg;
    }
    const bool sole_partner = x.links >= options.sole_coverage * pairs &&
                              avg >= options.sole_link_similarity && (sole(a, b) || sole(b, a));
    return second_pass && sole_partner ? avg : -1.0;
  };
  auto offer = [&](uint32_t a, uint32_t b, const Between& x) {
    if (const double avg = average(a, b, x); avg >= 0) {
      queue.push({avg, std::min(a, b), std::max(a, b)});
    }
  };
  auto offer_all = [&] {
    for (uint32_t a = 0; a < groups.size(); ++a) {
      if (!groups.Alive(a)) continue;
      for (const auto& [b, between] : groups.Sums(a)) {
        if (a < b) offer(a, b, between);
      }
    }
  };
  auto merge_queued = [&] {
    while (!queue.empty()) {
      const Candidate c = queue.top();
      queue.pop();
      if (!groups.Alive(c.a) || !groups.Alive(c.b)) continue;
      const auto it = groups.Sums(c.a).find(c.b);
      if (it == groups.Sums(c.a).end()) continue;
      const double now = average(c.a, c.b, it->second);
      if (now != c.average) {
        // Fallen since it was queued (its groups grew); a rise was queued anew when it happened.
        if (now < c.average) offer(c.a, c.b, it->second);
        continue;
      }
      merges.push_back({groups.Name(c.a), groups.Name(c.b)});
      const auto [keep, changed] = groups.Merge(c.a, c.b);
      if (!second_pass) {
        for (uint32_t other : changed) offer(keep, other, groups.Sums(keep).at(other));
        continue;
      }
      // The grown group may now be a sole partner large enough for any of its neighbours.
      for (const auto& [other, between] : groups.Sums(keep)) offer(keep, other, between);
    }
  };
  offer_all();
  merge_queued();
  second_pass = true;
  offer_all();
  merge_queued();
  return merges;
}

}  // namespace crosscheck
