#include "lib/lang/detect.h"

#include <algorithm>

#include "crosscheck/text.h"

namespace crosscheck {
namespace internal {

void LanguageDetector::Add(std::string code, const Table& words) {
  const uint64_t bit = uint64_t{1} << codes_.size();
  codes_.push_back(std::move(code));
  for (const TableRow& row : words.rows) {
    const std::string_view w = row[0];
    for (size_t i = 0; i < w.size(); ++i) {
      if (static_cast<unsigned char>(w[i]) >= 0xC0 && i + 1 < w.size()) {
        std::string letter(w.substr(i, 2));
        if (std::find(letters_.begin(), letters_.end(), letter) == letters_.end()) {
          letters_.push_back(std::move(letter));
        }
      }
    }
    max_word_bytes_ = std::max(max_word_bytes_, w.size());
    auto it = words_.find(w);
    if (it == words_.end()) it = words_.emplace(forms_.emplace_back(w), 0).first;
    it->second |= bit;
  }
}

std::string LanguageDetector::Detect(std::string_view text) const {
  constexpr size_t kSampleBytes = 16 * 1024;  // Enough words; keeps detection O(1) per doc.
  text = text.substr(0, kSampleBytes);
  std::vector<int> counts(codes_.size(), 0);
  std::string word;
  bool too_long = false;
  auto flush = [&] {
    if (!word.empty() && !too_long) {
      if (auto it = words_.find(std::string_view(word)); it != words_.end()) {
        for (size_t l = 0; l < codes_.size(); ++l) counts[l] += (it->second >> l) & 1;
      }
    }
    word.clear();
    too_long = false;
  };
  auto push = [&](std::string_view bytes) {
    if (word.size() + bytes.size() <= max_word_bytes_) {
      word.append(bytes);
    } else {
      too_long = true;
    }
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      const char lower = static_cast<char>(c | 0x20);
      push(std::string_view(&lower, 1));
      continue;
    }
    const std::string_view two = c >= 0xC0 ? text.substr(i, 2) : std::string_view();
    if (two.size() == 2 && std::find(letters_.begin(), letters_.end(), two) != letters_.end()) {
      push(two);
      ++i;
    } else {
      flush();
    }
  }
  flush();
  int total = 0;
  size_t best = 0;
  for (size_t l = 0; l < counts.size(); ++l) {
    total += counts[l];
    if (counts[l] > counts[best]) best = l;
  }
  int second = 0;
  for (size_t l = 0; l < counts.size(); ++l) {
    if (l != best) second = std::max(second, counts[l]);
  }
  if (total < 3 || codes_.empty() || counts[best] < 2 * second + 1) return "und";
  return codes_[best];
}

}  // namespace internal

std::string DetectLanguage(std::string_view text) {
  static const internal::LanguageDetector* builtin = [] {
    auto* d = new internal::LanguageDetector;
    const internal::TableSchema schema{"function_words", {{"form"}}};
    for (const char* code : {"de", "en"}) {
      absl::StatusOr<internal::Table> t =
          internal::LoadRequiredTable(internal::EmbeddedSource(), code, schema);
      if (t.ok()) d->Add(code, *t);
    }
    return d;
  }();
  return builtin->Detect(text);
}

}  // namespace crosscheck
