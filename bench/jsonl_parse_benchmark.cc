// Reading JSON Lines articles: the project's own JSON reader (lib/io/json.cc) against
// simdjson (Debian's libsimdjson-dev), each turning one line into the fields of a Document,
// as the JSON Lines reader does. Only parsing and copying the fields is timed: the checks
// of the text that follow (size, NUL bytes, UTF-8) are the same whichever parser runs.
//
// Input: CROSSCHECK_JSONL=/path/file.jsonl (e.g. generate_corpus --articles 100000), else
// 10,000 generated articles in memory. Built only when simdjson is installed.
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "bench/corpus_generator.h"
#include "benchmark/benchmark.h"
#include "crosscheck/types.h"
#include "lib/io/json.h"
#include "simdjson.h"

namespace {

// Every line, each with simdjson's padding after its end (capacity, not size), so that both
// parsers see the same bytes without a copy.
struct Lines {
  std::vector<std::string> lines;
  uint64_t bytes = 0;
};

void AddLine(Lines& out, std::string_view line) {
  std::string s;
  s.reserve(line.size() + simdjson::SIMDJSON_PADDING);
  s.assign(line);
  out.bytes += s.size();
  out.lines.push_back(std::move(s));
}

const Lines& Input() {
  static const Lines* lines = [] {
    auto* out = new Lines;
    if (const char* path = std::getenv("CROSSCHECK_JSONL")) {
      std::ifstream in(path, std::ios::binary);
      for (std::string line; std::getline(in, line);) AddLine(*out, line);
    } else {
      const crosscheck::bench::GeneratorOptions options;
      for (uint64_t i = 0; i < 10'000; ++i) {
        std::string line = crosscheck::bench::ToJsonLine(
            crosscheck::bench::GenerateArticle(i, i % 2 ? "en" : "de", options));
        line.pop_back();  // The newline.
        AddLine(*out, line);
      }
    }
    return out;
  }();
  return *lines;
}

// The project's reader: ParseJson (UTF-8 check of the line, then a tree of std::map) and the
// fields copied out.
bool OwnParse(const std::string& line, crosscheck::Document& d) {
  absl::StatusOr<crosscheck::internal::JsonValue> v = crosscheck::internal::ParseJson(line);
  if (!v.ok() || v->object() == nullptr) return false;
  for (const auto& [key, value] : *v->object()) {
    const std::string* s = value.string();
    if (key == "id" && s) d.id = *s;
    else if (key == "text" && s) d.text = *s;
    else if (key == "lang" && s) d.lang = *s;
    else if (key == "published" && s) d.source = *s;  // Date parsing is the same for both.
  }
  return !d.id.empty();
}

// simdjson's DOM: validates the whole line (UTF-8 included) like ParseJson.
bool DomParse(simdjson::dom::parser& parser, const std::string& line, crosscheck::Document& d) {
  simdjson::dom::object obj;
  if (parser.parse(line.data(), line.size(), false).get(obj)) return false;
  for (auto field : obj) {
    std::string_view s;
    if (field.value.get(s)) continue;
    if (field.key == "id") d.id = s;
    else if (field.key == "text") d.text = s;
    else if (field.key == "lang") d.lang = s;
    else if (field.key == "published") d.source = s;
  }
  return !d.id.empty();
}

// simdjson On-Demand: parses only what is read (the other fields' values are skipped, not
// validated), so it accepts some lines the other two refuse.
bool OnDemandParse(simdjson::ondemand::parser& parser, const std::string& line,
                   crosscheck::Document& d) {
  simdjson::padded_string_view view(line.data(), line.size(), line.capacity());
  simdjson::ondemand::document doc;
  simdjson::ondemand::object obj;
  if (parser.iterate(view).get(doc) || doc.get_object().get(obj)) return false;
  for (auto field : obj) {
    std::string_view key, s;
    if (field.unescaped_key().get(key) || field.value().get_string().get(s)) continue;
    if (key == "id") d.id = s;
    else if (key == "text") d.text = s;
    else if (key == "lang") d.lang = s;
    else if (key == "published") d.source = s;
  }
  return !d.id.empty();
}

template <typename Parse>
void Run(benchmark::State& state, Parse parse) {
  const Lines& input = Input();
  uint64_t parsed = 0;
  for (auto _ : state) {
    parsed = 0;
    for (const std::string& line : input.lines) {
      crosscheck::Document d;
      parsed += parse(line, d);
      benchmark::DoNotOptimize(d);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * input.bytes));
  state.counters["lines"] = static_cast<double>(input.lines.size());
  state.counters["parsed"] = static_cast<double>(parsed);
}

void BM_ParseJsonl_Own(benchmark::State& state) { Run(state, OwnParse); }

void BM_ParseJsonl_SimdjsonDom(benchmark::State& state) {
  simdjson::dom::parser parser;
  Run(state, [&](const std::string& line, crosscheck::Document& d) {
    return DomParse(parser, line, d);
  });
}

void BM_ParseJsonl_SimdjsonOnDemand(benchmark::State& state) {
  simdjson::ondemand::parser parser;
  Run(state, [&](const std::string& line, crosscheck::Document& d) {
    return OnDemandParse(parser, line, d);
  });
}

// The floor every parser shares: copying the line's bytes out once.
void BM_CopyLines(benchmark::State& state) {
  Run(state, [](const std::string& line, crosscheck::Document& d) {
    d.text = line;
    return true;
  });
}

BENCHMARK(BM_ParseJsonl_Own)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ParseJsonl_SimdjsonDom)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ParseJsonl_SimdjsonOnDemand)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_CopyLines)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
