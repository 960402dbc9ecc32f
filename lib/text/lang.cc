// Language detection from function words: cheap, and reliable for news prose of a few sentences.
#include <string>
#include <string_view>

#include "absl/container/flat_hash_set.h"
#include "crosscheck/text.h"

namespace crosscheck {
namespace {

const absl::flat_hash_set<std::string_view>& GermanWords() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "der", "die", "das", "und", "ist", "nicht", "mit", "von", "zu", "den", "dem", "des",
      "ein", "eine", "einer", "sich", "auf", "für", "auch", "dass", "wird", "werden", "hat",
      "haben", "sind", "wurde", "nach", "bei", "aus", "sagte", "über", "oder", "noch", "wie"};
  return *words;
}

const absl::flat_hash_set<std::string_view>& EnglishWords() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "the", "and", "is", "of", "to", "in", "that", "with", "was", "for", "on", "are", "by",
      "has", "have", "were", "from", "this", "it", "said", "its", "be", "at", "as", "which",
      "an", "will", "would", "their", "been", "not", "but", "they", "he", "she"};
  return *words;
}

}  // namespace

std::string DetectLanguage(std::string_view text) {
  constexpr size_t kSampleBytes = 16 * 1024;  // Enough words; keeps detection O(1) per doc.
  text = text.substr(0, kSampleBytes);
  int de = 0, en = 0;
  std::string word;
  auto flush = [&] {
    if (word.empty()) return;
    if (GermanWords().contains(word)) ++de;
    if (EnglishWords().contains(word)) ++en;
    word.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      word.push_back(static_cast<char>(c | 0x20));
    } else if (c == 0xC3 && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) == 0xBC) {  // "ü" in "für", "über"
      word += "\xC3\xBC";
      ++i;
    } else {
      flush();
    }
  }
  flush();
  const int total = de + en;
  if (total < 3) return "und";
  if (de >= 2 * en + 1) return "de";
  if (en >= 2 * de + 1) return "en";
  return "und";
}

}  // namespace crosscheck
