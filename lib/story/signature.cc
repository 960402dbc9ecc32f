// A document's story signature: its most frequent names and content-word stems, hashed.
#include <algorithm>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "crosscheck/story.h"
#include "lib/data/embedded.h"
#include "lib/base/chars.h"
#include "lib/base/hashed_map.h"

namespace crosscheck {
namespace {

using internal::SequenceLength;

// Stop lists per language, from lib/data/<lang>/stopwords.tsv.
struct StopLists {
  absl::flat_hash_set<std::string> de, en;
  const absl::flat_hash_set<std::string>* For(std::string_view lang) const {
    if (lang == "de") return &de;
    if (lang == "en") return &en;
    return nullptr;
  }
};

const StopLists& Stops() {
  static const StopLists* lists = [] {
    auto* l = new StopLists;
    for (const auto& row : internal::TableRows("de/stopwords.tsv")) l->de.emplace(row[0]);
    for (const auto& row : internal::TableRows("en/stopwords.tsv")) l->en.emplace(row[0]);
    return l;
  }();
  return *lists;
}

// Whether the code point at `p` is part of a word: ASCII letters and digits, and non-ASCII
// letters roughly (everything but the Latin-1 punctuation block C2 and the general punctuation
// block E2 80, where dashes and quotation marks live).
bool WordChar(std::string_view s, size_t p) {
  const auto b = static_cast<unsigned char>(s[p]);
  if (b < 0x80) return (b | 0x20u) - 'a' < 26u || b - unsigned{'0'} < 10u;
  if (b == 0xC2) return false;
  if (b == 0xE2 && p + 1 < s.size() && static_cast<unsigned char>(s[p + 1]) == 0x80) return false;
  return b >= 0xC0;
}

// Lower case for ASCII and the Latin-1 capitals (Ä, Ö, Ü, É, ...); other letters unchanged.
void FoldInto(std::string& out, std::string_view word) {
  out.clear();
  for (size_t i = 0; i < word.size(); ++i) {
    auto b = static_cast<unsigned char>(word[i]);
    if (b - unsigned{'A'} < 26u) b += 0x20;
    out.push_back(static_cast<char>(b));
    if (b == 0xC3 && i + 1 < word.size()) {
      auto c = static_cast<unsigned char>(word[++i]);
      if (c >= 0x80 && c <= 0x9E && c != 0x97) c += 0x20;
      out.push_back(static_cast<char>(c));
    }
  }
}

bool Capitalised(std::string_view word) {
  const auto b = static_cast<unsigned char>(word[0]);
  if (b - unsigned{'A'} < 26u) return true;
  return b == 0xC3 && word.size() > 1 && static_cast<unsigned char>(word[1]) >= 0x80 &&
         static_cast<unsigned char>(word[1]) <= 0x9E;
}

// Names are language-independent, so their hash carries no language; the low bit marks them.
uint64_t NameFeature(std::string_view folded) {
  // A genitive or plural s ("Putins", "Kirbys") names the same; cut from both sides alike.
  if (folded.size() >= 5 && folded.back() == 's') folded.remove_suffix(1);
  return internal::HashString(folded) | 1;
}

// A content word's stem is its first bytes (inflection lives at the end of German and English
// words), hashed with the language: the same letters mean different words across languages.
// `seed` is LanguageSeed(lang).
uint64_t WordFeature(std::string_view folded, uint64_t seed) {
  constexpr size_t kStem = 7;
  return ((internal::HashString(folded.substr(0, kStem)) ^ seed) * 0xBF58476D1CE4E5B9ull) & ~1ull;
}

uint64_t LanguageSeed(std::string_view lang) {
  return internal::HashString(lang) * 0x9E3779B97F4A7C15ull;
}

}  // namespace

std::vector<uint64_t> StorySignature(std::string_view text, std::string_view lang,
                                     const StoryOptions& options) {
  const absl::flat_hash_set<std::string>* stops = Stops().For(lang);
  const uint64_t seed = LanguageSeed(lang);
  // Only the top of the article: a UTF-8 sequence cut at the limit reads as a non-word.
  text = text.substr(0, options.signature_bytes);
  // Frequency per feature; the opening (headline and lead) counts more.
  constexpr size_t kLead = 400;
  absl::flat_hash_map<uint64_t, uint32_t> score;
  std::string folded, previous;  // previous: the name just before, if any.
  size_t previous_end = std::string_view::npos;
  bool sentence_start = true;
  for (size_t p = 0; p < text.size();) {
    if (!WordChar(text, p)) {
      const char c = text[p];
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '"' ||
          static_cast<unsigned char>(c) >= 0x80) {
        sentence_start = true;
      }
      p += SequenceLength(static_cast<unsigned char>(c));
      continue;
    }
    const size_t begin = p;
    bool digit = false;
    while (p < text.size() && WordChar(text, p)) {
      digit = digit || static_cast<unsigned char>(text[p]) - unsigned{'0'} < 10u;
      p += SequenceLength(static_cast<unsigned char>(text[p]));
    }
    p = std::min(p, text.size());
    const std::string_view word = text.substr(begin, p - begin);
    const bool first = std::exchange(sentence_start, false);
    if (digit || word.size() < 3) continue;  // Figures and dates are claims, not the story.
    FoldInto(folded, word);
    if (stops != nullptr && stops->contains(folded)) continue;
    uint64_t feature;
    uint32_t weight = begin < kLead ? 3 : 1;
    if (Capitalised(word)) {
      feature = NameFeature(folded);
      // At a sentence's start a capital says nothing, but a name is still likely there.
      weight *= first ? 1 : 2;
      // A full name ("Anna Berger", "Pak Chol") is one more, stronger feature of its own.
      if (previous_end != std::string_view::npos && previous_end + 1 == begin &&
          text[previous_end] == ' ') {
        previous += ' ';
        previous += folded;
        score[NameFeature(previous)] += weight;
      }
      previous = folded;
      previous_end = p;
    } else {
      if (stops == nullptr || folded.size() < 4) continue;
      feature = WordFeature(folded, seed);
    }
    score[feature] += weight;
  }
  std::vector<std::pair<uint32_t, uint64_t>> ranked;
  ranked.reserve(score.size());
  for (const auto& [feature, s] : score) ranked.emplace_back(s, feature);
  const size_t keep = std::min<size_t>(options.signature_size, ranked.size());
  // Most frequent first; equal scores by feature, so the choice does not depend on hashing.
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<long>(keep), ranked.end(),
                    [](const auto& a, const auto& b) {
                      return a.first != b.first ? a.first > b.first : a.second < b.second;
                    });
  std::vector<uint64_t> out;
  out.reserve(keep);
  for (size_t i = 0; i < keep; ++i) out.push_back(ranked[i].second);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace crosscheck
