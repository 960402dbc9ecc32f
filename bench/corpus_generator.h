// Generates news-like German and English articles from a fixed seed, with the constructions
// the recognizers handle (figures with hedges, money, dates, quotes with speakers, roles) and a
// controllable share of contradicting figures. Used by the benchmarks and the scale test; the
// output is never checked in.
#ifndef CROSSCHECK_BENCH_CORPUS_GENERATOR_H_
#define CROSSCHECK_BENCH_CORPUS_GENERATOR_H_

#include <cstdint>
#include <string>
#include <vector>

#include "crosscheck/types.h"

namespace crosscheck::bench {

struct GeneratorOptions {
  uint64_t seed = 42;
  double contradiction_rate = 0.1;  // Share of figures that disagree with the story's truth.
  size_t paragraphs_per_article = 6;
  size_t stories = 50;  // Distinct subjects; articles about the same story can contradict.
  // Adds a closing paragraph with the story's own place, person, organisation and topic words,
  // so that story grouping can tell the stories apart. Without it every article shares the
  // same template words (only the country and the counted noun differ), and grouping finds
  // no story: the shared words are too common to tie articles together. Off by default, so
  // that the other benchmarks' corpora stay as they were.
  bool story_words = false;
};

// Article `index` of the generated corpus (deterministic for a seed and index).
Document GenerateArticle(uint64_t index, const std::string& lang, const GeneratorOptions& options);

// `bytes` of concatenated article text in one language, for throughput benchmarks.
std::string GenerateText(size_t bytes, const std::string& lang, uint64_t seed);

// One JSON Lines record for the article.
std::string ToJsonLine(const Document& doc);

}  // namespace crosscheck::bench

#endif  // CROSSCHECK_BENCH_CORPUS_GENERATOR_H_
