// crosscheck's half of bench/peers/chrono_side_by_side.sh: writes generated news-like text
// of one language to a file, or times extraction (everything up to claims, as
// BM_Extract_De/En) over a file, one article (blank-line separated) at a time, repeated for at least a second, and prints MB/s.
//   peer_extract write FILE LANG BYTES
//   peer_extract time FILE LANG
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bench/corpus_generator.h"
#include "crosscheck/checker.h"

namespace {

int Write(const std::string& path, const std::string& lang, size_t bytes) {
  std::ofstream out(path, std::ios::binary);
  out << crosscheck::bench::GenerateText(bytes, lang, 7);
  return out ? 0 : 1;
}

int Time(const std::string& path, const std::string& lang) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "peer_extract: cannot read %s\n", path.c_str());
    return 1;
  }
  std::stringstream text;
  text << in.rdbuf();
  auto checker = crosscheck::Checker::Create();
  if (!checker.ok()) return 1;
  std::vector<crosscheck::Document> docs;
  const std::string all = text.str();
  for (size_t at = 0; at < all.size();) {
    size_t end = all.find("\n\n", at);
    if (end == std::string::npos) end = all.size();
    crosscheck::Document doc;
    doc.id = path + "#" + std::to_string(docs.size());
    doc.lang = lang;
    doc.published = absl::CivilDay(2024, 11, 6);
    doc.text = all.substr(at, end - at);
    docs.push_back(std::move(doc));
    at = end + 2;
  }
  using Clock = std::chrono::steady_clock;
  const auto start = Clock::now();
  size_t runs = 0, claims = 0;
  double seconds = 0;
  while (seconds < 1.0) {
    claims = 0;
    for (const crosscheck::Document& doc : docs) {
      auto r = checker->Extract(doc);
      if (!r.ok()) {
        std::fprintf(stderr, "peer_extract: %s\n", std::string(r.status().message()).c_str());
        return 1;
      }
      claims += r->claims.size();
    }
    ++runs;
    seconds = std::chrono::duration<double>(Clock::now() - start).count();
  }
  std::printf("%.2f MB/s (%zu claims, %zu runs)\n", all.size() * runs / seconds / 1e6, claims, runs);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "write" && argc == 5) return Write(argv[2], argv[3], std::strtoull(argv[4], nullptr, 10));
  if (mode == "time" && argc == 4) return Time(argv[2], argv[3]);
  std::fprintf(stderr, "usage: peer_extract write FILE LANG BYTES | peer_extract time FILE LANG\n");
  return 2;
}
