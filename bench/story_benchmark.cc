// Story grouping over generated articles whose stories have their own names and words
// (GeneratorOptions::story_words). The signatures are taken while the articles are generated,
// as Checker::Extract does; the benchmark times GroupStories alone.
#include <algorithm>
#include <vector>

#include "bench/corpus_generator.h"
#include "benchmark/benchmark.h"
#include "crosscheck/story.h"

namespace {

std::vector<crosscheck::DocumentResult> Articles(size_t n) {
  crosscheck::bench::GeneratorOptions o;
  o.story_words = true;
  o.stories = std::max<size_t>(1, n / 40);  // About 40 articles per story.
  o.paragraphs_per_article = 3;
  std::vector<crosscheck::DocumentResult> docs(n);
  for (size_t i = 0; i < n; ++i) {
    crosscheck::Document d = crosscheck::bench::GenerateArticle(i, i % 2 ? "en" : "de", o);
    docs[i].id = d.id;
    docs[i].lang = d.lang;
    docs[i].published = d.published;
    docs[i].story_terms = crosscheck::StorySignature(d.text, d.lang);
  }
  return docs;
}

void BM_GroupStories(benchmark::State& state) {
  const std::vector<crosscheck::DocumentResult> docs = Articles(state.range(0));
  size_t stories = 0;
  for (auto _ : state) {
    const std::vector<uint32_t> story = crosscheck::GroupStories(docs);
    stories = story.empty() ? 0 : *std::max_element(story.begin(), story.end()) + 1;
    benchmark::DoNotOptimize(story.data());
  }
  state.counters["stories"] = static_cast<double>(stories);
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(docs.size()),
                                                benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_GroupStories)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

// The signature of one article, which extraction pays per document.
void BM_StorySignature(benchmark::State& state) {
  crosscheck::bench::GeneratorOptions o;
  o.story_words = true;
  const crosscheck::Document d = crosscheck::bench::GenerateArticle(7, "de", o);
  for (auto _ : state) benchmark::DoNotOptimize(crosscheck::StorySignature(d.text, d.lang));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * d.text.size()));
}
BENCHMARK(BM_StorySignature);

}  // namespace
