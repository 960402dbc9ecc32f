// Figures that name no group beside the one group a story names for their measure: "14
// Menschen getötet" in one article, "ein Dutzend Zivilisten getötet" in another. Where a
// group is the people the event happened to (ReconcileOptions::whole_groups: the civilians of
// a strike on a city, the pupils of a school fire) and it is the only such group the story
// names for a measure, an ungrouped figure of that measure counts the same people.
#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lib/reconcile/grouping.h"

namespace crosscheck::internal {
namespace {

// The measure of a figure keyed "group/measure" by a group of its own, else empty.
std::string_view GroupedMeasure(const Claim& c) {
  if (c.kind != ClaimKind::kQuantity || c.subject.empty()) return {};
  const std::string_view key = c.key, subject = c.subject;
  if (key.size() <= subject.size() + 1 || !key.starts_with(subject) ||
      key[subject.size()] != '/') {
    return {};
  }
  return key.substr(subject.size() + 1);
}

// What a story says of a measure: the whole group named for it, whether another is named
// too, whether some sentence gives the group as a part of an ungrouped figure, whether any
// ungrouped figure is there to join it, and per group named the articles naming it.
struct Tally {
  std::string_view group;
  bool several = false;
  bool part = false;
  bool ungrouped = false;
  struct Named {
    std::string_view group;
    uint32_t articles = 0;
    size_t last = 0;  // 1 + the last document counted.
  };
  std::vector<Named> named;
  void Count(std::string_view g, size_t d) {
    auto it = std::find_if(named.begin(), named.end(), [&](const Named& n) { return n.group == g; });
    if (it == named.end()) it = named.insert(named.end(), Named{g});
    if (it->last != d + 1) ++it->articles;
    it->last = d + 1;
  }
  // The whole group is the story's main one for the measure: named by two articles or more
  // (one article's "four protesters at one hospital" beside every article's total is a side
  // count), and by more than any other group (the children of a school shooting, beside the
  // pupils some articles name, are its victims; so are its adults).
  bool Main() const {
    uint32_t own = 0, other = 0;
    for (const Named& n : named) {
      if (n.group == group) own = n.articles;
      else other = std::max(other, n.articles);
    }
    return own >= 2 && own > other;
  }
};

// Whether `grouped` is given as a part of `ungrouped` in their one sentence ("zehn Menschen,
// darunter acht Schüler", "eight people, including four students"): a smaller level beside a
// larger one. A change ("three more pupils") beside a new total is no breakdown of it.
bool BreaksDown(const Claim& grouped, const Claim& ungrouped) {
  return grouped.sentence.begin == ungrouped.sentence.begin &&
         grouped.aspect != Aspect::kChange && ungrouped.aspect != Aspect::kChange &&
         (grouped.value_is_part || grouped.value.high < ungrouped.value.low);
}

}  // namespace

std::string_view UngroupedMeasure(const Claim& c) {
  if (c.kind != ClaimKind::kQuantity || !c.subject.empty()) return {};
  const std::string_view key = c.key;
  return key.starts_with("_/") ? key.substr(2) : std::string_view();
}

namespace {

using TallyMap = absl::flat_hash_map<std::pair<uint32_t, std::string_view>, Tally>;

// The first pass, over documents [d0, d1): per story and measure, the whole group named
// first, whether another is named too, whether some sentence gives it as a part.
void NameGroups(std::span<const DocumentResult> documents, std::span<const uint32_t> story_of,
                std::span<const std::string> whole_groups, size_t d0, size_t d1,
                TallyMap& tally) {
  auto whole = [&](std::string_view g) {
    return std::find(whole_groups.begin(), whole_groups.end(), g) != whole_groups.end();
  };
  std::vector<const Claim*> named;  // A document's figures of whole groups.
  for (size_t d = d0; d < d1; ++d) {
    named.clear();
    for (const Claim& c : documents[d].claims) {
      // Tolls only: whose dead or injured, not a count that merely shares a group's word.
      const std::string_view m = GroupedMeasure(c);
      if (m.empty() || !whole(c.subject) || c.aspect != Aspect::kCumulative) continue;
      named.push_back(&c);
      Tally& t = tally[{story_of[d], m}];
      if (t.group.empty()) t.group = c.subject;
      t.several = t.several || t.group != std::string_view(c.subject);
    }
    if (named.empty()) continue;
    for (const Claim& c : documents[d].claims) {
      const std::string_view m = UngroupedMeasure(c);
      if (m.empty()) continue;
      for (const Claim* g : named) {
        if (GroupedMeasure(*g) == m && BreaksDown(*g, c)) tally[{story_of[d], m}].part = true;
      }
    }
  }
}

// The second pass, over documents [d0, d1): per entry of `tally` they touch, in `counts`,
// whether an ungrouped figure is there to join it and the articles naming each group.
void CountGroups(std::span<const DocumentResult> documents, std::span<const uint32_t> story_of,
                 TallyMap& tally, size_t d0, size_t d1,
                 absl::flat_hash_map<Tally*, Tally>& counts) {
  for (size_t d = d0; d < d1; ++d) {
    for (const Claim& c : documents[d].claims) {
      const std::string_view grouped = GroupedMeasure(c);
      const std::string_view m = grouped.empty() ? UngroupedMeasure(c) : grouped;
      if (m.empty()) continue;
      const auto it = tally.find(std::pair(story_of[d], m));  // Only read: shared by threads.
      if (it == tally.end()) continue;
      Tally& t = counts[&it->second];
      if (grouped.empty()) t.ungrouped = true;
      else t.Count(c.subject, d);
    }
  }
}

// Adds a later run of documents' first pass to the earlier runs': the group named first is
// the earliest run's.
void MergeNames(TallyMap& shard, TallyMap& tally) {
  for (auto& [at, s] : shard) {
    Tally& t = tally[at];
    if (t.group.empty()) t.group = s.group;
    t.several = t.several || s.several || t.group != s.group;
    t.part = t.part || s.part;
  }
}

// Adds a run of documents' counts to the tally; each document is in one run, so the articles
// add up.
void MergeCounts(const absl::flat_hash_map<Tally*, Tally>& counts) {
  for (const auto& [t, s] : counts) {
    t->ungrouped = t->ungrouped || s.ungrouped;
    for (const Tally::Named& n : s.named) {
      auto it = std::find_if(t->named.begin(), t->named.end(),
                             [&](const Tally::Named& o) { return o.group == n.group; });
      if (it == t->named.end()) it = t->named.insert(t->named.end(), Tally::Named{n.group});
      it->articles += n.articles;
    }
  }
}

}  // namespace

// Both passes read every claim, 3 M of them for 100,000 articles: they run on all cores, each
// thread over a run of documents, and the runs' tallies are merged in order.
GroupJoins WholeGroupJoins(std::span<const DocumentResult> documents,
                           std::span<const uint32_t> story_of,
                           std::span<const std::string> whole_groups) {
  GroupJoins joins;
  if (whole_groups.empty()) return joins;
  size_t total = 0;
  for (const DocumentResult& d : documents) total += d.claims.size();
  const size_t workers = WorkersFor(total);
  std::vector<size_t> first_claim;
  const std::vector<size_t> bounds = ShareDocuments(documents, workers, first_claim);
  std::vector<TallyMap> shards(workers);
  RunWorkers(workers, [&](size_t w) {
    NameGroups(documents, story_of, whole_groups, bounds[w], bounds[w + 1], shards[w]);
  });
  TallyMap tally = std::move(shards[0]);
  for (size_t w = 1; w < workers; ++w) MergeNames(shards[w], tally);
  if (tally.empty()) return joins;
  std::vector<absl::flat_hash_map<Tally*, Tally>> counts(workers);
  RunWorkers(workers, [&](size_t w) {
    CountGroups(documents, story_of, tally, bounds[w], bounds[w + 1], counts[w]);
  });
  for (const auto& c : counts) MergeCounts(c);
  for (const auto& [at, t] : tally) {
    if (t.several || t.part || !t.ungrouped || !t.Main()) continue;
    std::string key(t.group);
    key += '/';
    key += at.second;
    joins.emplace(at, std::move(key));
  }
  return joins;
}

}  // namespace crosscheck::internal
