// Stories: documents about one event or development. Claims are compared only within a story,
// so that figures of unrelated events never meet.
//
//   std::vector<crosscheck::DocumentResult> docs = ...;   // extracted, with story_terms
//   crosscheck::AssignStories(docs, options.story);       // fills DocumentResult::story
//
// Grouping compares signatures, not texts: each document keeps its most frequent rare names
// and content-word stems (hashed); documents are bucketed by the features they share (features
// in too many documents are skipped), pairs in a bucket that share enough weight are joined,
// and stories are the connected groups. Work grows with documents times features times bucket
// size, never with all pairs. Names link documents across languages, content words only within
// one; documents published far apart need a stronger match.
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
// of their own) gives each pair of its documents the feature's weight, and a pair joins when
// StoryPairJoins accepts what it shares against both documents' totals. Weights are added in
// ascending feature order per document and per pair, as GroupStories adds them.

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

// How a pair of documents scores: whether it joins on its own, and whether it joins if it is
// the most similar pair of one of its documents (nearest).
struct StoryPairScore {
  double similarity = 0;  // Shared weight over the smaller shareable total.
  bool joins = false;
  bool nearest = false;
  // What decides joins and nearest besides the days apart: whether the pair would join
  // published within max_days_apart, within distant_days, or further apart, and whether it
  // shares enough to join as a nearest pair (within max_days_apart).
  bool joins_near = false, joins_later = false, joins_distant = false;
  bool nearest_fits = false;
  // One of the two documents has no publication day: GroupStories dates it by its most
  // similar dated partner (DecideUndatedPairs) and decides the pair again.
  bool one_undated = false;
};
StoryPairScore ScoreStoryPair(const DocumentResult& a, const DocumentResult& b,
                              const StoryShared& shared, const StoryTotals& totals_a,
                              const StoryTotals& totals_b, const StoryOptions& options = {});

// Sets s.joins and s.nearest for documents published `days_apart` days apart.
void DecideStoryPair(StoryPairScore& s, int days_apart, const StoryOptions& options = {});
// A pair of an undated and a dated document (ScoreStoryPair's one_undated), by their names
// in input order and the dated one's day (days since any fixed epoch).
struct StoryUndatedPair {
  int64_t undated = 0, dated = 0;
  int64_t dated_day = 0;
  StoryPairScore score;
};
// Takes each undated document as of the day of its most similar dated partner (of the pairs
// that could join; the first in input order of equals) and decides its pairs with those days
// apart (DecideStoryPair): an article without a date joins its story, but does not bridge it
// to the same kind of event years apart. GroupStories and crosscheck.dask both call it.
void DecideUndatedPairs(std::span<StoryUndatedPair> pairs, const StoryOptions& options = {});
// Whether documents a and b (lang and published are read) tell one story on their own.
bool StoryPairJoins(const DocumentResult& a, const DocumentResult& b, const StoryShared& shared,
                    const StoryTotals& totals_a, const StoryTotals& totals_b,
                    const StoryOptions& options = {});

// Whether a pair scored `s` joins, given the best similarity of all pairs of each document.
inline bool StoryPairJoinsNearest(const StoryPairScore& s, double best_a, double best_b) {
  return s.joins || (s.nearest && (s.similarity >= best_a || s.similarity >= best_b));
}

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
