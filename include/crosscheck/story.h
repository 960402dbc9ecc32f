// Stories: documents about one event or development. Claims are compared only within a story,
// so that figures of unrelated events never meet.
//
//   std::vector<crosscheck::DocumentResult> docs = ...;   // extracted, with story_terms
//   crosscheck::AssignStories(docs, options.story);       // fills DocumentResult::story
//
// Grouping compares signatures, not texts: each document keeps its most frequent rare names
// and content-word stems (hashed); documents are bucketed by the features they share (features
// in too many documents are skipped), pairs in a bucket that share enough are linked with
// their similarity as weight, and stories are formed by average linkage over the links. Work
// grows with documents times features times bucket size, never with all pairs. Names link
// documents across languages, content words only within one; documents published far apart
// need a stronger match.
#ifndef CROSSCHECK_STORY_H_
#define CROSSCHECK_STORY_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "crosscheck/options.h"
#include "crosscheck/types.h"

namespace crosscheck {

// The signature of a text in language `lang` ("de", "en"; other languages: names only), sorted
// and without repeats. Checker::Extract stores it in DocumentResult::story_terms.
std::vector<uint64_t> StorySignature(std::string_view text, std::string_view lang,
                                     const StoryOptions& options = {});

// The story number of each document, from 0, numbered in order of each story's first
// document. Documents that name a story keep it (equal names, equal numbers); the others are
// grouped among themselves. The grouping does not depend on the order of the documents.
std::vector<uint32_t> GroupStories(std::span<const DocumentResult> documents,
                                   const StoryOptions& options = {});

// Sets the story of every document that has none to the id of its group ("s1", "s2", ... by
// story number, never equal to a story the input names); with options.one_story, every
// document's story to "s1".
void AssignStories(std::span<DocumentResult> documents, const StoryOptions& options = {});

// The pieces of GroupStories, for running it distributed (crosscheck.dask): a feature is a
// bucket; a bucket in at most max_bucket of the `grouped` documents (those without a story
// of their own) gives each pair of its documents the feature's weight; ScoreStoryPair weighs
// what a pair shares against both documents' totals, and LinkStories forms the stories from
// the weighted links. Weights are added in ascending feature order per document and per pair,
// as GroupStories adds them.

// The weight of a feature found in `documents` of the `grouped` documents.
float StoryFeatureWeight(uint64_t feature, uint32_t documents, size_t grouped,
                         const StoryOptions& options = {});

// A document's weight over its features in at most max_bucket documents, and over those also
// in another document (that it could share).
struct StoryTotals {
  double all = 0, names = 0, shareable_all = 0, shareable_names = 0;
  void Add(uint64_t feature, float weight, uint32_t documents);
};

// What a pair of documents shares.
struct StoryShared {
  double all = 0, names = 0;
  uint32_t count_all = 0, count_names = 0;
  void Add(float weight, bool name);
};

// How a pair of documents scores: its similarity, and whether it shares enough to be linked
// at all (at least min_shared features, and min_overlap of the smaller whole total).
struct StoryPairScore {
  double similarity = 0;  // Shared weight over the smaller shareable total.
  bool linkable = false;
  // One of the two documents has no publication day: GroupStories dates it by its most
  // similar dated partner (LinkUndatedPairs) before the pair's link is weighed.
  bool one_undated = false;
};
StoryPairScore ScoreStoryPair(const DocumentResult& a, const DocumentResult& b,
                              const StoryShared& shared, const StoryTotals& totals_a,
                              const StoryTotals& totals_b, const StoryOptions& options = {});

// The weight of the link of a pair scored `s` whose documents are `days_apart` days apart:
// its similarity less the penalty for those days (the same kind of event weeks or years
// later shares most of a story's words); 0 for a pair that is not linkable.
double StoryLinkWeight(const StoryPairScore& s, int days_apart, const StoryOptions& options = {});

// A pair of an undated and a dated document (ScoreStoryPair's one_undated), by their names
// in input order and the dated one's day (days since any fixed epoch).
struct StoryUndatedPair {
  int64_t undated = 0, dated = 0;
  int64_t dated_day = 0;
  StoryPairScore score;
};
// A weighted link between two documents, by their names in input order (a < b).
struct StoryLink {
  int64_t a = 0, b = 0;
  double weight = 0;
};
// Takes each undated document as of the day of its most similar linkable dated partner (the
// first in input order of equals) and appends each of its pairs' links to `links`, weighed
// (StoryLinkWeight) by the days between that day and the partner's: an article without a
// date joins its story, but does not bridge it to the same kind of event years apart.
// GroupStories and crosscheck.dask both call it.
void LinkUndatedPairs(std::span<const StoryUndatedPair> pairs, std::vector<StoryLink>& links,
                      const StoryOptions& options = {});

// Stories by average linkage over the links: groups of documents merge, the closest pair of
// groups first, while the average weight between them (over all their pairs of documents,
// those without a link counting 0) is at least options.link_similarity, or
// options.dense_link_similarity when nearly all those pairs are linked (options.dense_*).
// A chain of pairwise links does not tie two stories together (two elections on one Sunday),
// as joining every linked pair did; a link of at least options.strong_link joins its two
// documents outright. When no more groups merge so, a group linked to one other group only,
// at least as large and of two documents or more, joins it at options.sole_link_similarity
// if options.sole_coverage of their pairs are linked.
// Returns the merges as pairs of documents, for NumberStories. The result
// depends only on the set of links, not on their order; near-linear in the links.
std::vector<std::pair<int64_t, int64_t>> LinkStories(std::vector<StoryLink> links,
                                                     const StoryOptions& options = {});

// GroupStories' result once its pairs are decided: documents in `joined` pairs, and documents
// naming one story, are in one story (all of them with options.one_story).
std::vector<uint32_t> NumberStories(std::span<const DocumentResult> documents,
                                    std::span<const std::pair<uint32_t, uint32_t>> joined,
                                    const StoryOptions& options = {});

// What AssignStories does with GroupStories' numbers.
void NameStories(std::span<DocumentResult> documents, const std::vector<uint32_t>& story,
                 const StoryOptions& options = {});

}  // namespace crosscheck

#endif  // CROSSCHECK_STORY_H_
