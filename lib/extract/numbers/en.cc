// Number rules first read in English.
//
// number_compounds hyphenated: compounds joined by hyphens ("twenty-five", "nine-thousand",
// "twenty-five-hundred"), and a half_suffix of numeral_words.tsv ("one-and-a-half").
#include "lib/extract/numbers/number_words.h"

namespace crosscheck::internal {

std::optional<double> HyphenatedNumberWord(const LanguagePack& pack, std::string_view w) {
  const StringMap<double>& words = pack.numbers.words;
  const std::string_view half = pack.numbers.half_suffix;
  if (!half.empty() && w.size() > half.size() && w.ends_with(half)) {
    auto whole = NumberWordExact(pack, w.substr(0, w.size() - half.size()));
    if (whole && *whole >= 1 && *whole < 100 && *whole == static_cast<int>(*whole)) {
      return *whole + 0.5;
    }
    return std::nullopt;
  }
  // "nine-thousand", "twenty-five-hundred".
  if (size_t dash = w.rfind('-'); dash != std::string_view::npos && dash > 0) {
    auto scale = words.find(w.substr(dash + 1));
    if (scale != words.end() && (scale->second == 100 || scale->second == 1000)) {
      auto left = NumberWordExact(pack, w.substr(0, dash));
      if (left && *left >= 1 && *left < 100) return *left * scale->second;
    }
  }
  // "twenty-five".
  if (size_t dash = w.find('-'); dash != std::string_view::npos) {
    auto tens = words.find(w.substr(0, dash));
    auto unit = words.find(w.substr(dash + 1));
    if (tens != words.end() && unit != words.end() && tens->second >= 20 &&
        tens->second <= 90 && unit->second >= 1 && unit->second <= 9) {
      return tens->second + unit->second;
    }
  }
  return std::nullopt;
}

}  // namespace crosscheck::internal
