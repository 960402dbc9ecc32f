// A document's story signature: its most frequent names and content-word stems, hashed.
#include <algorithm>
#include <array>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

#include "crosscheck/story.h"
#include "lib/data/embedded.h"
#include "lib/base/chars.h"
#include "lib/base/hashed_map.h"

namespace crosscheck {
namespace {

using internal::SequenceLength;

// Stop lists per language, from lib/data/<lang>/stopwords.tsv; asked with the word's hash,
// which the word's features reuse.
using StopList = internal::HashedMap<bool>;
struct StopLists {
  StopList de, en;
  const StopList* For(std::string_view lang) const {
    if (lang == "de") return &de;
    if (lang == "en") return &en;
    return nullptr;
  }
};

const StopLists& Stops() {
  static const StopLists* lists = [] {
    auto* l = new StopLists;
    for (const auto& row : internal::TableRows("de/stopwords.tsv")) l->de[row[0]] = true;
    for (const auto& row : internal::TableRows("en/stopwords.tsv")) l->en[row[0]] = true;
    return l;
  }();
  return *lists;
}

// ASCII letters and digits.
constexpr std::array<bool, 128> kAsciiWordChar = [] {
  std::array<bool, 128> t{};
  for (unsigned b = 0; b < 128; ++b) t[b] = (b | 0x20u) - 'a' < 26u || b - unsigned{'0'} < 10u;
  return t;
}();

// An ASCII word byte lower-cased; 0 for the others.
constexpr std::array<char, 128> kAsciiFolded = [] {
  std::array<char, 128> t{};
  for (unsigned b = 0; b < 128; ++b) {
    if (kAsciiWordChar[b]) t[b] = static_cast<char>(b - unsigned{'A'} < 26u ? b + 0x20 : b);
  }
  return t;
}();

// Whether the code point at `p` is part of a word: ASCII letters and digits, and non-ASCII
// letters roughly (everything but the Latin-1 punctuation block C2 and the general punctuation
// block E2 80, where dashes and quotation marks live).
bool WordChar(std::string_view s, size_t p) {
  const auto b = static_cast<unsigned char>(s[p]);
  if (b < 0x80) return kAsciiWordChar[b];
  if (b == 0xC2) return false;
  if (b == 0xE2 && p + 1 < s.size() && static_cast<unsigned char>(s[p + 1]) == 0x80) return false;
  return b >= 0xC0;
}

// Lower case for ASCII and the Latin-1 capitals (Ä, Ö, Ü, É, ...); other letters unchanged.
// The folded word has the word's length, so it is written into a buffer kept across words.
std::string_view FoldInto(std::string& buffer, std::string_view word) {
  if (buffer.size() < word.size()) buffer.resize(2 * word.size());
  char* o = buffer.data();
  for (size_t i = 0; i < word.size(); ++i) {
    auto b = static_cast<unsigned char>(word[i]);
    if (b - unsigned{'A'} < 26u) b += 0x20;
    o[i] = static_cast<char>(b);
    if (b == 0xC3 && i + 1 < word.size()) {
      auto c = static_cast<unsigned char>(word[++i]);
      if (c >= 0x80 && c <= 0x9E && c != 0x97) c += 0x20;
      o[i] = static_cast<char>(c);
    }
  }
  return {o, word.size()};
}

bool Capitalised(std::string_view word) {
  const auto b = static_cast<unsigned char>(word[0]);
  if (b - unsigned{'A'} < 26u) return true;
  return b == 0xC3 && word.size() > 1 && static_cast<unsigned char>(word[1]) >= 0x80 &&
         static_cast<unsigned char>(word[1]) <= 0x9E;
}

// Names are language-independent, so their hash carries no language; the low bit marks them.
// `hash` is HashString(folded).
uint64_t NameFeature(std::string_view folded, uint64_t hash) {
  // A genitive or plural s ("Putins", "Kirbys") names the same; cut from both sides alike.
  if (folded.size() >= 5 && folded.back() == 's') {
    hash = internal::HashString(folded.substr(0, folded.size() - 1));
  }
  return hash | 1;
}
uint64_t NameFeature(std::string_view folded) {
  return NameFeature(folded, internal::HashString(folded));
}

// A content word's stem is its first bytes (inflection lives at the end of German and English
// words), hashed with the language: the same letters mean different words across languages.
// `seed` is LanguageSeed(lang); `hash` is HashString(folded).
uint64_t WordFeature(std::string_view folded, uint64_t hash, uint64_t seed) {
  constexpr size_t kStem = 7;
  if (folded.size() > kStem) hash = internal::HashString(folded.substr(0, kStem));
  return ((hash ^ seed) * 0xBF58476D1CE4E5B9ull) & ~1ull;
}

uint64_t LanguageSeed(std::string_view lang) {
  return internal::HashString(lang) * 0x9E3779B97F4A7C15ull;
}

// Scores per feature, by open addressing over the features themselves: they are hashes
// already (a general map hashed them again, a fifth of the signature's cost).
class FeatureScores {
 public:
  explicit FeatureScores(size_t expected) { slots_.resize(SlotsFor(expected)); }

  void Add(uint64_t feature, uint32_t weight) {  // weight > 0
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    Slot& s = SlotOf(slots_, feature);
    if (s.score == 0) {
      s.feature = feature;
      ++size_;
    }
    s.score += weight;
  }

  // The `keep` features of the highest scores (of equal scores, the lowest features, so that
  // the choice does not depend on hashing), sorted.
  std::vector<uint64_t> Top(size_t keep) const {
    std::vector<std::pair<uint32_t, uint64_t>> ranked;
    ranked.reserve(size_);
    for (const Slot& s : slots_) {
      if (s.score != 0) ranked.emplace_back(s.score, s.feature);
    }
    keep = std::min(keep, ranked.size());
    // The order is total, so the first `keep` are the same set however they are found.
    if (keep > 0 && keep < ranked.size()) {
      std::nth_element(ranked.begin(), ranked.begin() + static_cast<long>(keep - 1), ranked.end(),
                       [](const auto& a, const auto& b) {
                         return a.first != b.first ? a.first > b.first : a.second < b.second;
                       });
    }
    std::vector<uint64_t> out;
    out.reserve(keep);
    for (size_t i = 0; i < keep; ++i) out.push_back(ranked[i].second);
    std::sort(out.begin(), out.end());
    return out;
  }

 private:
  struct Slot {
    uint64_t feature = 0;
    uint32_t score = 0;  // 0: empty.
  };
  static size_t SlotsFor(size_t n) {
    size_t slots = 64;
    while (slots < n * 2) slots *= 2;
    return slots;
  }
  static Slot& SlotOf(std::vector<Slot>& slots, uint64_t feature) {
    const size_t mask = slots.size() - 1;
    size_t i = (feature >> 8) & mask;  // The low bit tells names from words.
    while (slots[i].score != 0 && slots[i].feature != feature) i = (i + 1) & mask;
    return slots[i];
  }
  void Grow() {
    std::vector<Slot> old = std::exchange(slots_, std::vector<Slot>(slots_.size() * 2));
    for (const Slot& s : old) {
      if (s.score != 0) SlotOf(slots_, s.feature) = s;
    }
  }
  std::vector<Slot> slots_;
  size_t size_ = 0;
};

// The end of the word that begins at `p`, with its ASCII letters folded into `folded` (from
// its start) as they are read; `ascii` and `digit` say whether all its bytes were ASCII and
// whether it has a digit.
size_t ScanWord(std::string_view text, size_t p, char* folded, bool& ascii, bool& digit) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t begin = p, n = text.size();
  // Locals, not the out-parameters: a store through `folded` (a char pointer) may alias them,
  // which made the compiler store and reload them at every byte.
  bool all_ascii = true, has_digit = false;
  while (p < n) {  // ASCII by table; a multi-byte letter by WordChar.
    const unsigned char b = bytes[p];
    if (b < 0x80) {
      const char f = kAsciiFolded[b];
      if (f == 0) break;
      has_digit |= static_cast<unsigned char>(f) - unsigned{'0'} < 10u;
      folded[p - begin] = f;
      ++p;
    } else {
      if (!WordChar(text, p)) break;
      all_ascii = false;
      p += SequenceLength(b);
    }
  }
  ascii = all_ascii;
  digit = has_digit;
  return std::min(p, n);
}

}  // namespace

std::vector<uint64_t> StorySignature(std::string_view text, std::string_view lang,
                                     const StoryOptions& options) {
  const StopList* stops = Stops().For(lang);
  const uint64_t seed = LanguageSeed(lang);
  // Only the top of the article: a UTF-8 sequence cut at the limit reads as a non-word.
  text = text.substr(0, options.signature_bytes);
  // Frequency per feature; the opening (headline and lead) counts more.
  constexpr size_t kLead = 400;
  FeatureScores score(text.size() / 8);
  std::string buffer(text.size(), '\0'), previous;  // previous: the name just before, if any.
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
    bool ascii, digit;
    p = ScanWord(text, p, buffer.data(), ascii, digit);
    const std::string_view word = text.substr(begin, p - begin);
    const bool first = std::exchange(sentence_start, false);
    if (digit || word.size() < 3) continue;  // Figures and dates are claims, not the story.
    const std::string_view folded =
        ascii ? std::string_view(buffer.data(), word.size()) : FoldInto(buffer, word);
    const uint64_t hash = internal::HashString(folded);
    if (stops != nullptr && stops->Find(folded, hash) != nullptr) continue;
    uint64_t feature;
    uint32_t weight = begin < kLead ? 3 : 1;
    if (Capitalised(word)) {
      feature = NameFeature(folded, hash);
      // At a sentence's start a capital says nothing, but a name is still likely there.
      weight *= first ? 1 : 2;
      // A full name ("Anna Berger", "Pak Chol") is one more, stronger feature of its own.
      if (previous_end != std::string_view::npos && previous_end + 1 == begin &&
          text[previous_end] == ' ') {
        previous += ' ';
        previous += folded;
        score.Add(NameFeature(previous), weight);
      }
      previous = folded;
      previous_end = p;
    } else {
      if (stops == nullptr || folded.size() < 4) continue;
      feature = WordFeature(folded, hash, seed);
    }
    score.Add(feature, weight);
  }
  return score.Top(options.signature_size);
}

}  // namespace crosscheck
