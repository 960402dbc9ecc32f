// Writes a generated corpus: N articles as one JSON Lines file or as a directory of .txt files.
//   generate_corpus --articles 100000 --jsonl out.jsonl
//   generate_corpus --articles 1000 --dir out/
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "bench/corpus_generator.h"

int main(int argc, char** argv) {
  uint64_t articles = 1000;
  std::string jsonl, dir;
  crosscheck::bench::GeneratorOptions options;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i], value = argv[i + 1];
    if (flag == "--articles") articles = std::strtoull(value.c_str(), nullptr, 10);
    else if (flag == "--jsonl") jsonl = value;
    else if (flag == "--dir") dir = value;
    else if (flag == "--seed") options.seed = std::strtoull(value.c_str(), nullptr, 10);
    else if (flag == "--contradictions") options.contradiction_rate = std::atof(value.c_str());
    else if (flag == "--story-words") options.story_words = value == "1";
    else {
      std::cerr << "unknown flag " << flag << "\n";
      return 2;
    }
  }
  if (jsonl.empty() == dir.empty()) {
    std::cerr << "usage: generate_corpus --articles N (--jsonl FILE | --dir DIR) [--seed S] "
                 "[--contradictions RATE] [--story-words 0|1]\n";
    return 2;
  }
  std::ofstream out;
  if (!jsonl.empty()) out.open(jsonl, std::ios::binary);
  if (!dir.empty()) std::filesystem::create_directories(dir);
  for (uint64_t i = 0; i < articles; ++i) {
    const crosscheck::Document d =
        crosscheck::bench::GenerateArticle(i, i % 2 ? "en" : "de", options);
    if (!jsonl.empty()) {
      out << crosscheck::bench::ToJsonLine(d);
    } else {
      std::ofstream(std::filesystem::path(dir) / (d.id + ".txt"), std::ios::binary) << d.text;
    }
  }
  return 0;
}
