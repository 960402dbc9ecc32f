// Story grouping for crosscheck.dask, as GroupStories does it on one machine but in pieces
// that run where the data is (include/crosscheck/story.h): the features of each document are
// shuffled by feature (the bucket); a bucket gives each document its share of its totals and
// each pair of its documents the feature's weight; the totals are summed per document, the
// weights per pair, and ScoreStoryPair scores each pair; the weighted links go to the client,
// which forms the stories by LinkStories, as GroupStories does, and numbers them by
// NumberStories and NameStories.
//
// A document is named across the run by part << 32 | slot, so that names sort as the input.
// Weights are added in ascending feature order, as GroupStories adds them, so that sums are
// the same doubles whatever the partitions.
#include <pybind11/stl.h>

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <numeric>
#include <tuple>

#include "absl/container/flat_hash_map.h"
#include "python/src/common.h"

namespace crosscheck::python {
namespace {

constexpr int64_t kNoDay = std::numeric_limits<int64_t>::min();
const absl::CivilDay kEpoch(1970, 1, 1);

const StoryOptions& Options(const PyChecker& c) { return c.checker.options().story; }

// The order that sorts rows by (key columns...).
template <typename... Columns>
std::vector<size_t> Order(size_t n, const Columns&... columns) {
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), size_t{0});
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return std::forward_as_tuple(columns[a]...) < std::forward_as_tuple(columns[b]...);
  });
  return order;
}

// Rows of one shuffled partition of (feature, doc, lang, published): per bucket small enough,
// kind 0 rows (doc, feature, weight, documents) for the totals and kind 1 rows (doc, other,
// feature, weight) for each pair of its documents, the earlier document first.
py::dict ScoreBuckets(const PyChecker& checker, const std::vector<uint64_t>& feature,
                      const std::vector<int64_t>& doc, const std::vector<std::string>& lang,
                      const std::vector<int64_t>& published, uint64_t grouped) {
  const StoryOptions& options = Options(checker);
  std::vector<int64_t> kind, a, b, count, day;
  std::vector<uint64_t> feat;
  std::vector<double> weight;
  std::vector<std::string> langs;
  const std::vector<size_t> order = Order(feature.size(), feature, doc);
  for (size_t begin = 0, end; begin < order.size(); begin = end) {
    const uint64_t x = feature[order[begin]];
    for (end = begin; end < order.size() && feature[order[end]] == x;) ++end;
    const auto documents = static_cast<uint32_t>(end - begin);
    if (documents > options.max_bucket) continue;  // Too common to say which story.
    const float w = StoryFeatureWeight(x, documents, grouped, options);
    auto row = [&](int64_t k, int64_t d, int64_t e) {
      kind.push_back(k), a.push_back(d), b.push_back(e), feat.push_back(x), weight.push_back(w);
      count.push_back(documents);
    };
    for (size_t i = begin; i < end; ++i) {
      row(0, doc[order[i]], -1);
      langs.push_back(lang[order[i]]);
      day.push_back(published[order[i]]);
    }
    for (size_t i = begin; i < end && documents >= 2; ++i) {
      for (size_t j = i + 1; j < end; ++j) {
        row(1, doc[order[i]], doc[order[j]]);
        langs.emplace_back();
        day.push_back(kNoDay);
      }
    }
  }
  py::dict out;
  out["kind"] = kind, out["a"] = a, out["b"] = b, out["feature"] = feat, out["weight"] = weight;
  out["count"] = count, out["lang"] = langs, out["published"] = day;
  return out;
}

// Per document (rows of kind 0 shuffled by doc): its lang, published and StoryTotals.
py::dict DocTotals(const std::vector<int64_t>& doc, const std::vector<uint64_t>& feature,
                   const std::vector<double>& weight, const std::vector<int64_t>& count,
                   const std::vector<std::string>& lang, const std::vector<int64_t>& published) {
  std::vector<int64_t> docs, days;
  std::vector<std::string> langs;
  std::vector<double> all, names, shareable_all, shareable_names;
  const std::vector<size_t> order = Order(doc.size(), doc, feature);
  for (size_t begin = 0, end; begin < order.size(); begin = end) {
    StoryTotals t;
    for (end = begin; end < order.size() && doc[order[end]] == doc[order[begin]]; ++end) {
      const size_t r = order[end];
      t.Add(feature[r], static_cast<float>(weight[r]), static_cast<uint32_t>(count[r]));
    }
    const size_t r = order[begin];
    docs.push_back(doc[r]), langs.push_back(lang[r]), days.push_back(published[r]);
    all.push_back(t.all), names.push_back(t.names);
    shareable_all.push_back(t.shareable_all), shareable_names.push_back(t.shareable_names);
  }
  py::dict out;
  out["doc"] = docs, out["lang"] = langs, out["published"] = days, out["all"] = all;
  out["names"] = names, out["sall"] = shareable_all, out["snames"] = shareable_names;
  return out;
}

// Per pair (rows of kind 1 shuffled by pair): its StoryShared.
py::dict PairSums(const std::vector<int64_t>& a, const std::vector<int64_t>& b,
                  const std::vector<uint64_t>& feature, const std::vector<double>& weight) {
  std::vector<int64_t> da, db, count_all, count_names;
  std::vector<double> all, names;
  const std::vector<size_t> order = Order(a.size(), a, b, feature);
  for (size_t begin = 0, end; begin < order.size(); begin = end) {
    const size_t first = order[begin];
    StoryShared s;
    for (end = begin; end < order.size() && a[order[end]] == a[first] && b[order[end]] == b[first];
         ++end) {
      s.Add(static_cast<float>(weight[order[end]]), feature[order[end]] & 1);
    }
    da.push_back(a[first]), db.push_back(b[first]), all.push_back(s.all);
    names.push_back(s.names), count_all.push_back(s.count_all);
    count_names.push_back(s.count_names);
  }
  py::dict out;
  out["a"] = da, out["b"] = db, out["all"] = all, out["names"] = names;
  out["count_all"] = count_all, out["count_names"] = count_names;
  return out;
}

// What a kind 3 row keeps of its pair's score: which of its documents is undated.
enum : int64_t { kAUndated = 1 };

DocumentResult Header(const std::string& lang, int64_t published) {
  DocumentResult d;
  d.lang = lang;
  if (published != kNoDay) d.published = kEpoch + published;
  return d;
}

// Rows (a, b, similarity, kind, day, flags) of the pairs in `pairs` (the columns of PairSums,
// then each document's of DocTotals (lang, published, all, names, sall, snames) for a, then
// for b) that are linkable: kind 0 a link of two dated (or two undated) documents, its
// weight (StoryLinkWeight) in the similarity column; kind 3 a pair of an undated and a dated
// document, weighed once the undated one is dated (similarity: the pair's, day: the dated
// one's, flags: kAUndated when a is the undated one). Day and flags are 0 in kind 0 rows.
py::tuple DecidePairs(const PyChecker& checker, const py::dict& pairs) {
  auto col = [&](const char* name, auto tag) {
    return pairs[name].cast<std::vector<decltype(tag)>>();
  };
  const auto a = col("a", int64_t{}), b = col("b", int64_t{});
  const auto all = col("all", 0.0), names = col("names", 0.0);
  const auto count_all = col("count_all", int64_t{}), count_names = col("count_names", int64_t{});
  std::vector<std::string> lang[2] = {col("lang_a", std::string{}), col("lang_b", std::string{})};
  std::vector<int64_t> day[2] = {col("published_a", int64_t{}), col("published_b", int64_t{})};
  std::vector<double> totals[2][4] = {
      {col("all_a", 0.0), col("names_a", 0.0), col("sall_a", 0.0), col("snames_a", 0.0)},
      {col("all_b", 0.0), col("names_b", 0.0), col("sall_b", 0.0), col("snames_b", 0.0)}};
  std::vector<int64_t> out_a, out_b, kind, out_day, flags;
  std::vector<double> similarity;
  for (size_t i = 0; i < a.size(); ++i) {
    StoryShared s{all[i], names[i], static_cast<uint32_t>(count_all[i]),
                  static_cast<uint32_t>(count_names[i])};
    StoryTotals t[2];
    for (int k = 0; k < 2; ++k) {
      t[k] = {totals[k][0][i], totals[k][1][i], totals[k][2][i], totals[k][3][i]};
    }
    const StoryPairScore score = ScoreStoryPair(Header(lang[0][i], day[0][i]),
                                                Header(lang[1][i], day[1][i]), s, t[0], t[1],
                                                Options(checker));
    if (!score.linkable) continue;
    if (score.one_undated) {
      const bool a_undated = day[0][i] == kNoDay;
      out_a.push_back(a[i]), out_b.push_back(b[i]), similarity.push_back(score.similarity);
      kind.push_back(3), out_day.push_back(day[a_undated ? 1 : 0][i]);
      flags.push_back(a_undated ? kAUndated : 0);
      continue;
    }
    const int apart = day[0][i] == kNoDay ? 0 : static_cast<int>(std::abs(day[0][i] - day[1][i]));
    const double w = StoryLinkWeight(score, apart, Options(checker));
    if (w > 0) {
      out_a.push_back(a[i]), out_b.push_back(b[i]), similarity.push_back(w);
      kind.push_back(0), out_day.push_back(0), flags.push_back(0);
    }
  }
  return py::make_tuple(out_a, out_b, similarity, kind, out_day, flags);
}

// The merges of all partitions' DecidePairs rows: kind 0 links as they are, kind 3 once each
// undated document is dated by its most similar dated partner, all by LinkStories.
std::vector<std::pair<int64_t, int64_t>> JoinedPairs(
    const PyChecker& checker, const std::vector<int64_t>& a, const std::vector<int64_t>& b,
    const std::vector<double>& similarity, const std::vector<int64_t>& kind,
    const std::vector<int64_t>& day, const std::vector<int64_t>& flags) {
  std::vector<StoryLink> links;
  std::vector<StoryUndatedPair> undated;
  for (size_t i = 0; i < a.size(); ++i) {
    if (kind[i] == 0) {
      links.push_back({a[i], b[i], similarity[i]});
    } else if (kind[i] == 3) {
      const bool a_undated = flags[i] & kAUndated;
      StoryPairScore s;
      s.similarity = similarity[i], s.linkable = true, s.one_undated = true;
      undated.push_back({a_undated ? a[i] : b[i], a_undated ? b[i] : a[i], day[i], s});
    }
  }
  LinkUndatedPairs(undated, links, Options(checker));
  return LinkStories(std::move(links), Options(checker));
}

// Per partition, per slot, the story ("" for slots without a document taking part), from the
// stories the documents name (per partition, (slot, story) of each document taking part) and
// the joined pairs.
std::vector<std::vector<std::string>> NumberStoryPairs(
    const PyChecker& checker, const std::vector<std::vector<std::pair<uint32_t, std::string>>>& parts,
    const std::vector<std::pair<int64_t, int64_t>>& joined) {
  std::vector<DocumentResult> docs;
  absl::flat_hash_map<int64_t, uint32_t> index;  // Run-wide name -> place in docs.
  for (uint32_t p = 0; p < parts.size(); ++p) {
    for (const auto& [slot, story] : parts[p]) {
      index[static_cast<int64_t>(p) << 32 | slot] = static_cast<uint32_t>(docs.size());
      docs.emplace_back().story = story;
    }
  }
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  for (const auto& [a, b] : joined) pairs.push_back({index.at(a), index.at(b)});
  NameStories(docs, NumberStories(docs, pairs, Options(checker)), Options(checker));
  std::vector<std::vector<std::string>> out(parts.size());
  for (uint32_t p = 0, i = 0; p < parts.size(); ++p) {
    for (const auto& [slot, story] : parts[p]) {
      if (out[p].size() <= slot) out[p].resize(slot + 1);
      out[p][slot] = docs[i++].story;
    }
  }
  return out;
}

}  // namespace

void BindStories(py::module_& m) {
  m.def("_score_buckets", &ScoreBuckets);
  m.def("_doc_totals", &DocTotals);
  m.def("_pair_sums", &PairSums);
  m.def("_decide_pairs", &DecidePairs);
  m.def("_joined_pairs", &JoinedPairs);
  m.def("_number_stories", &NumberStoryPairs);
  m.def("_one_story", [](const PyChecker& c) { return Options(c).one_story; });
}

}  // namespace crosscheck::python
