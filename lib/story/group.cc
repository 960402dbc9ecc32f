// Grouping documents into stories: buckets of shared rare features, pairs within a bucket
// weighed as links, stories by average linkage over the links (link.cc).
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <numeric>
#include <span>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "crosscheck/story.h"
#include "lib/reconcile/grouping.h"

namespace crosscheck {
namespace {

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0u); }
  uint32_t Find(uint32_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  // The smaller index becomes the root, so roots do not depend on the order of joins.
  void Join(uint32_t a, uint32_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<uint32_t> parent_;
};

// The features of the documents to group: the stored signature, else one from the text, else
// from the sentences of the claims (documents read back from claims without their text).
std::vector<std::vector<uint64_t>> OwnSignatures(std::span<const DocumentResult> docs,
                                                 const std::vector<uint32_t>& which,
                                                 const StoryOptions& options) {
  std::vector<std::vector<uint64_t>> out(docs.size());
  for (uint32_t d : which) {
    const DocumentResult& doc = docs[d];
    if (!doc.story_terms.empty()) continue;
    if (!doc.text.empty()) {
      out[d] = StorySignature(doc.text, doc.lang, options);
      continue;
    }
    std::string sentences;
    absl::flat_hash_set<std::string_view> seen;
    for (const Claim& c : doc.claims) {
      if (seen.insert(c.context).second) (sentences += c.context) += "\n";
    }
    out[d] = StorySignature(sentences, doc.lang, options);
  }
  return out;
}

bool IsName(uint64_t feature) { return feature & 1; }

// The documents a feature's rarity is measured against: the grouped ones and a background.
double Universe(size_t grouped, const StoryOptions& options) {
  return static_cast<double>(grouped) + options.background_documents;
}

// A feature's weight from its rarity (the log of the universe over its document count), more
// for a name. Index and StoryFeatureWeight both weigh by it.
float Weight(double rarity, uint64_t feature, const StoryOptions& options) {
  return static_cast<float>(rarity * (IsName(feature) ? options.name_weight : 1.0));
}

// The bodies of StoryTotals::Add, StoryShared::Add and StoryLinkWeight, which the inner loops
// below call: the library is built position-independent, where the compiler does not inline a
// public function into its own file's callers (it might be interposed), and a call per shared
// feature and pair cost more than the additions it makes.
inline void AddTotals(StoryTotals& t, uint64_t feature, float weight, uint32_t documents) {
  t.all += weight;
  if (IsName(feature)) t.names += weight;
  if (documents < 2) return;  // In no other document.
  t.shareable_all += weight;
  if (IsName(feature)) t.shareable_names += weight;
}

inline void AddShared(StoryShared& s, float weight, bool name) {
  s.all += weight;
  ++s.count_all;
  if (name) {
    s.names += weight;
    ++s.count_names;
  }
}

inline double LinkWeight(const StoryPairScore& s, int days_apart, const StoryOptions& options) {
  if (!s.linkable) return 0;
  const double penalty = days_apart > options.distant_days     ? options.distant_penalty
                         : days_apart > options.max_days_apart ? options.later_penalty
                                                               : 0.0;
  return std::max(0.0, s.similarity - penalty);
}

// The features of the documents that could link them, laid out for the pair search: per
// document its shareable features (bucket and weight), per bucket its documents.
struct Buckets {
  struct Term {
    uint32_t bucket;
    float weight;
    bool name;
  };
  std::vector<uint32_t> term_begin;  // Per document, into terms; size n + 1.
  std::vector<Term> terms;
  std::vector<uint32_t> offset;     // Per bucket, into postings.
  std::vector<uint32_t> postings;   // Documents in ascending order per bucket.
  std::vector<StoryTotals> totals;  // Per document.
};

Buckets Index(std::span<const std::span<const uint64_t>> of, const std::vector<uint32_t>& grouped,
              const StoryOptions& options) {
  const size_t n = of.size();
  // Each distinct feature gets a dense id in order of first appearance, and each document's
  // terms their ids, so the second pass reads an array instead of hashing every term twice
  // more. (The map was reserved to the number of terms, 4.8 M for 100,000 documents: 134 MB of
  // slots touched at random, with a page fault every few features, for far fewer distinct ones.)
  absl::flat_hash_map<uint64_t, uint32_t> id_of;
  struct Feature {
    uint32_t documents = 0;
    uint32_t bucket = UINT32_MAX;  // Not yet numbered.
  };
  std::vector<Feature> feature;
  std::vector<uint32_t> ids;
  size_t total = 0;
  for (uint32_t d : grouped) total += of[d].size();
  ids.reserve(total);
  for (uint32_t d : grouped) {
    for (uint64_t x : of[d]) {
      const auto [it, fresh] = id_of.try_emplace(x, static_cast<uint32_t>(feature.size()));
      if (fresh) feature.emplace_back();
      ++feature[it->second].documents;
      ids.push_back(it->second);
    }
  }
  // A feature's weight depends on its document count only (and on whether it is a name):
  // the logarithm once per count, not once per term.
  const size_t counts = std::min<size_t>(options.max_bucket, grouped.size()) + 1;
  std::vector<double> log_weight(counts);
  const double universe = Universe(grouped.size(), options);
  for (size_t c = 1; c < counts; ++c) log_weight[c] = std::log(universe / static_cast<double>(c));
  Buckets b;
  b.term_begin.assign(n + 1, 0);
  b.totals.assign(n, StoryTotals{});
  b.offset.push_back(0);
  const uint32_t* id = ids.data();
  for (uint32_t d = 0, g = 0; d < n; ++d) {
    b.term_begin[d] = static_cast<uint32_t>(b.terms.size());
    if (g == grouped.size() || grouped[g] != d) continue;
    ++g;
    for (uint64_t x : of[d]) {
      Feature& f = feature[*id++];
      const uint32_t count = f.documents;
      if (count > options.max_bucket) continue;  // Too common to say which story.
      const float w = Weight(log_weight[count], x, options);
      AddTotals(b.totals[d], x, w, count);
      if (count < 2) continue;  // In no other document.
      if (f.bucket == UINT32_MAX) {
        f.bucket = static_cast<uint32_t>(b.offset.size() - 1);
        b.offset.push_back(b.offset.back() + count);
      }
      b.terms.push_back({f.bucket, w, IsName(x)});
    }
  }
  b.term_begin[n] = static_cast<uint32_t>(b.terms.size());
  b.postings.resize(b.offset.back());
  std::vector<uint32_t> fill(b.offset.begin(), b.offset.end() - 1);
  for (uint32_t d : grouped) {  // Ascending, so each bucket lists its documents in order.
    for (uint32_t t = b.term_begin[d]; t < b.term_begin[d + 1]; ++t) {
      b.postings[fill[b.terms[t].bucket]++] = d;
    }
  }
  return b;
}

// ScoreStoryPair on what it needs of the two documents.
StoryPairScore ScorePair(bool same_lang, bool one_undated, const StoryShared& s,
                         const StoryTotals& ta, const StoryTotals& tb,
                         const StoryOptions& options) {
  // Across languages only names are shared: the same letters are different words.
  const double shared = same_lang ? s.all : s.names;
  const uint32_t count = same_lang ? s.count_all : s.count_names;
  const double total_a = same_lang ? ta.all : ta.names, total_b = same_lang ? tb.all : tb.names;
  const double shareable_a = same_lang ? ta.shareable_all : ta.shareable_names;
  const double shareable_b = same_lang ? tb.shareable_all : tb.shareable_names;
  const double shareable = std::min(shareable_a, shareable_b), total = std::min(total_a, total_b);
  StoryPairScore out;
  out.similarity = shareable > 0 ? shared / shareable : 0;
  out.one_undated = one_undated;
  out.linkable = count >= options.min_shared && shared >= options.min_overlap * total;
  return out;
}

// What pair scoring reads of a document, packed, so the inner loop does not touch the large
// DocumentResult of every partner (a cache miss each).
struct Brief {
  uint32_t lang = 0;  // 0: none, never the same language as another.
  bool dated = false;
  int64_t day = 0;  // Days since 1970-01-01.
};

std::vector<Brief> Briefs(std::span<const DocumentResult> docs) {
  std::vector<Brief> out(docs.size());
  absl::flat_hash_map<std::string_view, uint32_t> lang_id;
  for (size_t d = 0; d < docs.size(); ++d) {
    const DocumentResult& doc = docs[d];
    if (!doc.lang.empty())
      out[d].lang = lang_id.try_emplace(doc.lang, lang_id.size() + 1).first->second;
    if (doc.published)
      out[d].dated = true, out[d].day = *doc.published - absl::CivilDay(1970, 1, 1);
  }
  return out;
}

// The pairs that documents grouped[g0, g1) begin (each pair is weighed from its first
// document): links of dated pairs to `links`, pairs with one undated document to `undated`.
void LinkRun(const std::vector<uint32_t>& grouped, size_t g0, size_t g1, const Buckets& x,
             const std::vector<Brief>& brief, const StoryOptions& options,
             std::vector<StoryLink>& links, std::vector<StoryUndatedPair>& undated) {
  std::vector<StoryShared> acc(brief.size());
  std::vector<uint32_t> touched;
  for (size_t g = g0; g < g1; ++g) {
    const uint32_t d = grouped[g];
    for (uint32_t t = x.term_begin[d]; t < x.term_begin[d + 1]; ++t) {
      const Buckets::Term& term = x.terms[t];
      const uint32_t* end = x.postings.data() + x.offset[term.bucket + 1];
      // Later documents only: the pair is weighed from its first document.
      for (const uint32_t* e = std::upper_bound(x.postings.data() + x.offset[term.bucket], end, d);
           e != end; ++e) {
        StoryShared& s = acc[*e];
        if (s.count_all == 0) touched.push_back(*e);
        AddShared(s, term.weight, term.name);
      }
    }
    const Brief& bd = brief[d];
    for (uint32_t e : touched) {
      const StoryShared shared = acc[e];
      acc[e] = StoryShared{};
      // Most pairs share a feature or two: too few to link, whatever their language.
      if (shared.count_all < options.min_shared) continue;
      const Brief& be = brief[e];
      const StoryPairScore s = ScorePair(bd.lang == be.lang && bd.lang != 0, bd.dated != be.dated,
                                         shared, x.totals[d], x.totals[e], options);
      if (!s.linkable) continue;
      if (s.one_undated) {
        undated.push_back({bd.dated ? e : d, bd.dated ? d : e, bd.dated ? bd.day : be.day, s});
        continue;
      }
      const int apart = bd.dated && be.dated ? static_cast<int>(std::abs(bd.day - be.day)) : 0;
      if (const double w = LinkWeight(s, apart, options); w > 0) links.push_back({d, e, w});
    }
    touched.clear();
  }
}

// Links the pairs of documents that share buckets, each pair weighed once; a pair with an
// undated document once that document is dated by its most similar partner. Runs of
// documents are paired on all cores, and their links joined in order, as one pass lists them.
std::vector<StoryLink> LinkPairs(std::span<const DocumentResult> docs,
                                 const std::vector<uint32_t>& grouped, const Buckets& x,
                                 const StoryOptions& options) {
  const std::vector<Brief> brief = Briefs(docs);
  // A document is compared with the later ones, so the work of the first k of n documents is
  // about n k - k^2 / 2: run w starts where that is w / workers of the whole.
  const size_t workers = internal::WorkersFor(x.terms.size() / 16);
  const double n = static_cast<double>(grouped.size());
  std::vector<size_t> bound(workers + 1, grouped.size());
  for (size_t w = 0; w < workers; ++w) {
    const double share = static_cast<double>(w) / static_cast<double>(workers);
    bound[w] = static_cast<size_t>(n * (1 - std::sqrt(1 - share)));
  }
  std::vector<std::vector<StoryLink>> links(workers);
  std::vector<std::vector<StoryUndatedPair>> undated(workers);
  internal::RunWorkers(workers, [&](size_t w) {
    LinkRun(grouped, bound[w], bound[w + 1], x, brief, options, links[w], undated[w]);
  });
  for (size_t w = 1; w < workers; ++w) {
    links[0].insert(links[0].end(), links[w].begin(), links[w].end());
    undated[0].insert(undated[0].end(), undated[w].begin(), undated[w].end());
  }
  LinkUndatedPairs(undated[0], links[0], options);
  return std::move(links[0]);
}

}  // namespace

float StoryFeatureWeight(uint64_t feature, uint32_t documents, size_t grouped,
                         const StoryOptions& options) {
  return Weight(std::log(Universe(grouped, options) / documents), feature, options);
}

void StoryTotals::Add(uint64_t feature, float weight, uint32_t documents) {
  AddTotals(*this, feature, weight, documents);
}

void StoryShared::Add(float weight, bool name) { AddShared(*this, weight, name); }

StoryPairScore ScoreStoryPair(const DocumentResult& a, const DocumentResult& b,
                              const StoryShared& s, const StoryTotals& ta, const StoryTotals& tb,
                              const StoryOptions& options) {
  return ScorePair(a.lang == b.lang && !a.lang.empty(),
                   a.published.has_value() != b.published.has_value(), s, ta, tb, options);
}

double StoryLinkWeight(const StoryPairScore& s, int days_apart, const StoryOptions& options) {
  return LinkWeight(s, days_apart, options);
}

void LinkUndatedPairs(std::span<const StoryUndatedPair> pairs, std::vector<StoryLink>& links,
                      const StoryOptions& options) {
  struct Partner {
    int64_t doc = -1, day = 0;
    double similarity = 0;
  };
  absl::flat_hash_map<int64_t, Partner> partner;  // Per undated document.
  for (const StoryUndatedPair& p : pairs) {
    const StoryPairScore& s = p.score;
    if (!s.linkable) continue;
    Partner& best = partner[p.undated];
    if (best.doc < 0 || s.similarity > best.similarity ||
        (s.similarity == best.similarity && p.dated < best.doc)) {
      best = {p.dated, p.dated_day, s.similarity};
    }
  }
  for (const StoryUndatedPair& p : pairs) {
    const auto it = partner.find(p.undated);
    if (it == partner.end()) continue;  // Not linkable to any dated document.
    const int apart = static_cast<int>(std::abs(p.dated_day - it->second.day));
    if (const double w = LinkWeight(p.score, apart, options); w > 0) {
      links.push_back({std::min(p.undated, p.dated), std::max(p.undated, p.dated), w});
    }
  }
}

std::vector<uint32_t> NumberStories(std::span<const DocumentResult> docs,
                                    std::span<const std::pair<uint32_t, uint32_t>> joined,
                                    const StoryOptions& options) {
  const size_t n = docs.size();
  UnionFind sets(n);
  absl::flat_hash_map<std::string_view, uint32_t> named;  // Story name -> first document.
  for (uint32_t d = 0; d < n; ++d) {
    if (options.one_story) {
      sets.Join(0, d);
    } else if (!docs[d].story.empty()) {
      sets.Join(named.try_emplace(docs[d].story, d).first->second, d);
    }
  }
  for (const auto& [d, e] : joined) sets.Join(d, e);
  // Number the stories in order of their first document (the root is the smallest member).
  std::vector<uint32_t> number(n, 0), story(n, 0);
  uint32_t next = 0;
  for (uint32_t d = 0; d < n; ++d) {
    const uint32_t root = sets.Find(d);
    if (root == d) number[d] = next++;
    story[d] = number[root];
  }
  return story;
}

std::vector<uint32_t> GroupStories(std::span<const DocumentResult> docs,
                                   const StoryOptions& options) {
  const size_t n = docs.size();
  std::vector<uint32_t> grouped;  // Documents without a story of their own.
  for (uint32_t d = 0; d < n && !options.one_story; ++d) {
    if (docs[d].story.empty()) grouped.push_back(d);
  }
  const std::vector<std::vector<uint64_t>> own = OwnSignatures(docs, grouped, options);
  std::vector<std::span<const uint64_t>> of(n);
  for (uint32_t d : grouped) {
    of[d] = docs[d].story_terms.empty() ? std::span<const uint64_t>(own[d])
                                        : std::span<const uint64_t>(docs[d].story_terms);
  }
  std::vector<std::pair<uint32_t, uint32_t>> joined;
  for (const auto& [d, e] :
       LinkStories(LinkPairs(docs, grouped, Index(of, grouped, options), options), options)) {
    joined.push_back({static_cast<uint32_t>(d), static_cast<uint32_t>(e)});
  }
  return NumberStories(docs, joined, options);
}

void AssignStories(std::span<DocumentResult> docs, const StoryOptions& options) {
  NameStories(docs, GroupStories(docs, options), options);
}

void NameStories(std::span<DocumentResult> docs, const std::vector<uint32_t>& story,
                 const StoryOptions& options) {
  absl::flat_hash_set<std::string> given;
  if (!options.one_story) {
    for (const DocumentResult& d : docs) {
      if (!d.story.empty()) given.insert(d.story);
    }
  }
  std::vector<std::string> ids;
  for (size_t d = 0; d < docs.size(); ++d) {
    if (!options.one_story && !docs[d].story.empty()) continue;
    if (story[d] >= ids.size()) ids.resize(story[d] + 1);
    std::string& id = ids[story[d]];
    if (id.empty()) {
      id = "s" + std::to_string(story[d] + 1);
      while (given.contains(id)) id += "'";  // Never merge with a story the input names.
    }
    docs[d].story = id;
  }
}

}  // namespace crosscheck
