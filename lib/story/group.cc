// Grouping documents into stories: buckets of shared rare features, pairs within a bucket,
// union-find over the pairs that match.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <numeric>
#include <span>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "crosscheck/story.h"

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
  std::vector<uint32_t> offset;    // Per bucket, into postings.
  std::vector<uint32_t> postings;  // Documents in ascending order per bucket.
  // Weight of each document's features in at most max_bucket documents, and of those that
  // are in another document too (that it could share).
  std::vector<double> total_all, total_names, shareable_all, shareable_names;
};

Buckets Index(std::span<const std::span<const uint64_t>> of, const std::vector<uint32_t>& grouped,
              const StoryOptions& options) {
  const size_t n = of.size();
  absl::flat_hash_map<uint64_t, uint32_t> df;  // Documents per feature.
  size_t total = 0;
  for (uint32_t d : grouped) total += of[d].size();
  df.reserve(total);
  for (uint32_t d : grouped) {
    for (uint64_t x : of[d]) ++df[x];
  }
  const double universe = static_cast<double>(grouped.size()) + options.background_documents;
  Buckets b;
  b.term_begin.assign(n + 1, 0);
  b.total_all.assign(n, 0);
  b.total_names.assign(n, 0);
  b.shareable_all.assign(n, 0);
  b.shareable_names.assign(n, 0);
  b.offset.push_back(0);
  absl::flat_hash_map<uint64_t, uint32_t> bucket_of;
  for (uint32_t d = 0, g = 0; d < n; ++d) {
    b.term_begin[d] = static_cast<uint32_t>(b.terms.size());
    if (g == grouped.size() || grouped[g] != d) continue;
    ++g;
    for (uint64_t x : of[d]) {
      const uint32_t count = df[x];
      if (count > options.max_bucket) continue;  // Too common to say which story.
      const float w = static_cast<float>(std::log(universe / count) *
                                         (IsName(x) ? options.name_weight : 1.0));
      b.total_all[d] += w;
      if (IsName(x)) b.total_names[d] += w;
      if (count < 2) continue;  // In no other document.
      b.shareable_all[d] += w;
      if (IsName(x)) b.shareable_names[d] += w;
      auto [it, fresh] = bucket_of.try_emplace(x, static_cast<uint32_t>(b.offset.size() - 1));
      if (fresh) b.offset.push_back(b.offset.back() + count);
      b.terms.push_back({it->second, w, IsName(x)});
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

// Whether documents d and e, which share `s`, tell one story.
struct Shared {
  double all = 0, names = 0;
  uint32_t count_all = 0, count_names = 0;
};

bool Joins(const DocumentResult& a, const DocumentResult& b, uint32_t d, uint32_t e,
           const Shared& s, const Buckets& x, const StoryOptions& options) {
  // Across languages only names are shared: the same letters are different words.
  const bool same_lang = a.lang == b.lang && !a.lang.empty();
  const double shared = same_lang ? s.all : s.names;
  const uint32_t count = same_lang ? s.count_all : s.count_names;
  const auto& total = same_lang ? x.total_all : x.total_names;
  const auto& shareable = same_lang ? x.shareable_all : x.shareable_names;
  double needed = options.min_similarity;
  if (a.published && b.published && std::abs(*a.published - *b.published) > options.max_days_apart) {
    needed = options.strong_similarity;
  }
  return count >= options.min_shared &&
         shared >= needed * std::min(shareable[d], shareable[e]) &&
         shared >= options.min_overlap * std::min(total[d], total[e]);
}

// Joins the pairs of documents that share buckets and match, each pair weighed once.
void JoinPairs(std::span<const DocumentResult> docs, const std::vector<uint32_t>& grouped,
               const Buckets& x, const StoryOptions& options, UnionFind& sets) {
  std::vector<Shared> acc(docs.size());
  std::vector<uint32_t> touched;
  for (uint32_t d : grouped) {
    for (uint32_t t = x.term_begin[d]; t < x.term_begin[d + 1]; ++t) {
      const Buckets::Term& term = x.terms[t];
      const uint32_t* end = x.postings.data() + x.offset[term.bucket + 1];
      // Later documents only: the pair is weighed from its first document.
      for (const uint32_t* e = std::upper_bound(x.postings.data() + x.offset[term.bucket], end, d);
           e != end; ++e) {
        Shared& s = acc[*e];
        if (s.count_all == 0) touched.push_back(*e);
        s.all += term.weight;
        ++s.count_all;
        if (term.name) {
          s.names += term.weight;
          ++s.count_names;
        }
      }
    }
    for (uint32_t e : touched) {
      if (Joins(docs[d], docs[e], d, e, acc[e], x, options)) sets.Join(d, e);
      acc[e] = Shared{};
    }
    touched.clear();
  }
}

}  // namespace

std::vector<uint32_t> GroupStories(std::span<const DocumentResult> docs,
                                   const StoryOptions& options) {
  const size_t n = docs.size();
  UnionFind sets(n);
  std::vector<uint32_t> grouped;  // Documents without a story of their own.
  absl::flat_hash_map<std::string_view, uint32_t> named;  // Story name -> first document.
  for (uint32_t d = 0; d < n; ++d) {
    if (options.one_story) {
      sets.Join(0, d);
    } else if (docs[d].story.empty()) {
      grouped.push_back(d);
    } else {
      sets.Join(named.try_emplace(docs[d].story, d).first->second, d);
    }
  }
  const std::vector<std::vector<uint64_t>> own = OwnSignatures(docs, grouped, options);
  std::vector<std::span<const uint64_t>> of(n);
  for (uint32_t d : grouped) {
    of[d] = docs[d].story_terms.empty() ? std::span<const uint64_t>(own[d])
                                        : std::span<const uint64_t>(docs[d].story_terms);
  }
  JoinPairs(docs, grouped, Index(of, grouped, options), options, sets);
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

void AssignStories(std::span<DocumentResult> docs, const StoryOptions& options) {
  const std::vector<uint32_t> story = GroupStories(docs, options);
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
