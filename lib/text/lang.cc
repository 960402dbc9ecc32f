// Language detection from function words: cheap, and reliable for news prose of a few sentences.
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "crosscheck/text.h"

namespace crosscheck {
namespace {

constexpr std::string_view kGermanWords[] = {
    "der", "die", "das", "und", "ist", "nicht", "mit", "von", "zu", "den", "dem", "des",
    "ein", "eine", "einer", "sich", "auf", "für", "auch", "dass", "wird", "werden", "hat",
    "haben", "sind", "wurde", "nach", "bei", "aus", "sagte", "über", "oder", "noch", "wie"};
constexpr std::string_view kEnglishWords[] = {
    "the", "and", "is", "of", "to", "in", "that", "with", "was", "for", "on", "are", "by",
    "has", "have", "were", "from", "this", "it", "said", "its", "be", "at", "as", "which",
    "an", "will", "would", "their", "been", "not", "but", "they", "he", "she"};
// No function word above is longer than this, so longer words are skipped unlooked-up.
constexpr size_t kMaxWordBytes = 7;

// Function word -> bit 1 German, bit 2 English.
const absl::flat_hash_map<std::string_view, uint8_t>& FunctionWords() {
  static const auto* words = [] {
    auto* m = new absl::flat_hash_map<std::string_view, uint8_t>;
    for (std::string_view w : kGermanWords) (*m)[w] |= 1;
    for (std::string_view w : kEnglishWords) (*m)[w] |= 2;
    return m;
  }();
  return *words;
}

}  // namespace

std::string DetectLanguage(std::string_view text) {
  constexpr size_t kSampleBytes = 16 * 1024;  // Enough words; keeps detection O(1) per doc.
  text = text.substr(0, kSampleBytes);
  int de = 0, en = 0;
  const auto& words = FunctionWords();
  char word[kMaxWordBytes];
  size_t len = 0;
  bool too_long = false;
  auto flush = [&] {
    if (len > 0 && !too_long) {
      if (auto it = words.find(std::string_view(word, len)); it != words.end()) {
        de += it->second & 1;
        en += it->second >> 1;
      }
    }
    len = 0;
    too_long = false;
  };
  auto push = [&](char c) {
    if (len < kMaxWordBytes) {
      word[len++] = c;
    } else {
      too_long = true;
    }
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      push(static_cast<char>(c | 0x20));
    } else if (c == 0xC3 && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) == 0xBC) {  // "ü" in "für", "über"
      push('\xC3');
      push('\xBC');
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
