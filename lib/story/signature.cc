// A document's story signature: its most frequent names and content-word stems, hashed.
#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <memory>
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

// The stop words of a language (lib/data/<lang>/stopwords.tsv), asked with the word's hash,
// which the word's features reuse. Slots of 16 bytes (a HashedMap's, a std::string each, are
// 48), at most a quarter full: a word off the list, as most are, is told in about one probe.
class StopList {
 public:
  explicit StopList(std::string_view table) {
    const std::vector<std::vector<std::string_view>> rows = internal::TableRows(table);
    size_t slots = 64;
    while (slots < 4 * rows.size()) slots *= 2;
    slots_.resize(slots);
    mask_ = slots - 1;
    for (const auto& row : rows) {
      // No folded word is empty; an empty size marks an empty slot.
      const std::string_view word = row[0];
      const uint64_t hash = internal::HashString(word);
      if (word.empty() || Contains(word, hash)) continue;
      size_t i = hash & mask_;
      while (slots_[i].size != 0) i = (i + 1) & mask_;
      slots_[i] = {hash, static_cast<uint32_t>(words_.size()), static_cast<uint32_t>(word.size())};
      words_ += word;
    }
  }
  bool Contains(std::string_view folded, uint64_t hash) const {
    for (size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.size == 0) return false;
      if (s.hash == hash && internal::SameBytes({words_.data() + s.offset, s.size}, folded)) {
        return true;
      }
    }
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t offset = 0, size = 0;  // In words_.
  };
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  std::string words_;
};

const StopList* StopsFor(std::string_view lang) {
  static const StopList* de = new StopList("de/stopwords.tsv");
  static const StopList* en = new StopList("en/stopwords.tsv");
  if (lang == "de") return de;
  if (lang == "en") return en;
  return nullptr;
}

// ASCII bytes: word bytes (letters and digits), marks after which a sentence starts, others.
enum : uint8_t { kOtherByte, kWordByte, kSentenceMark };
constexpr std::array<uint8_t, 128> kAsciiClass = [] {
  std::array<uint8_t, 128> t{};
  for (unsigned b = 0; b < 128; ++b) {
    if ((b | 0x20u) - 'a' < 26u || b - unsigned{'0'} < 10u) t[b] = kWordByte;
  }
  for (char c : {'.', '!', '?', ':', '\n', '"'}) t[static_cast<unsigned char>(c)] = kSentenceMark;
  return t;
}();

// Whether the code point at `p` is part of a word: ASCII letters and digits, and non-ASCII
// letters roughly (everything but the Latin-1 punctuation block C2 and the general punctuation
// block E2 80, where dashes and quotation marks live).
bool WordChar(std::string_view s, size_t p) {
  const auto b = static_cast<unsigned char>(s[p]);
  if (b < 0x80) return kAsciiClass[b] == kWordByte;
  if (b == 0xC2) return false;
  if (b == 0xE2 && p + 1 < s.size() && static_cast<unsigned char>(s[p + 1]) == 0x80) return false;
  return b >= 0xC0;
}

// Lower case for ASCII and the Latin-1 capitals (Ä, Ö, Ü, É, ...); other letters unchanged.
// The folded word has the word's length, so it is written into a buffer kept across words
// (of at least the word's size).
std::string_view FoldInto(char* o, std::string_view word) {
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
    hash = internal::HashString({folded.data(), folded.size() - 1});
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
  if (folded.size() > kStem) hash = internal::HashString({folded.data(), kStem});
  return ((hash ^ seed) * 0xBF58476D1CE4E5B9ull) & ~1ull;
}

uint64_t LanguageSeed(std::string_view lang) {
  return internal::HashString(lang) * 0x9E3779B97F4A7C15ull;
}

// Scores per feature, by open addressing over the features themselves: they are hashes
// already (a general map hashed them again, a fifth of the signature's cost). The table holds
// positions in a dense list, which Top ranks in place: a table sized for the text's words
// (most of them repeats or stop words) cost more to clear and scan than the words did.
class FeatureScores {
 public:
  explicit FeatureScores(size_t expected) {
    scores_.reserve(expected);
    table_.resize(SlotsFor(expected));
    mask_ = table_.size() - 1;
  }

  void Add(uint64_t feature, uint32_t weight) {
    uint32_t& slot = SlotOf(feature);
    if (slot == 0) {
      AddNew(slot, feature, weight);
    } else {
      scores_[slot - 1].first += weight;
    }
  }

  // The `keep` features of the highest scores (of equal scores, the lowest features, so that
  // the choice does not depend on hashing), sorted.
  std::vector<uint64_t> Top(size_t keep) {
    std::vector<std::pair<uint32_t, uint64_t>>& ranked = scores_;
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
  // Apart from Add, which is inlined into the word loop: most words repeat a feature.
  [[gnu::noinline]] void AddNew(uint32_t& slot, uint64_t feature, uint32_t weight) {
    scores_.push_back({weight, feature});
    slot = static_cast<uint32_t>(scores_.size());
    if (scores_.size() * 2 > table_.size()) Grow();
  }
  static size_t SlotsFor(size_t n) {
    size_t slots = 64;
    while (slots < n * 2) slots *= 2;
    return slots;
  }
  // The slot of `feature`: its position in scores_ plus 1, or 0 where it would go.
  uint32_t& SlotOf(uint64_t feature) {
    size_t i = (feature >> 8) & mask_;  // The low bit tells names from words.
    while (table_[i] != 0 && scores_[table_[i] - 1].second != feature) i = (i + 1) & mask_;
    return table_[i];
  }
  void Grow() {
    table_.assign(table_.size() * 2, 0);
    mask_ = table_.size() - 1;
    for (size_t k = 0; k < scores_.size(); ++k) {
      SlotOf(scores_[k].second) = static_cast<uint32_t>(k + 1);
    }
  }
  std::vector<std::pair<uint32_t, uint64_t>> scores_;  // Score and feature, as first added.
  std::vector<uint32_t> table_;
  size_t mask_;  // table_.size() - 1
};

constexpr uint64_t kOnes = 0x0101010101010101ull, kHighBits = kOnes * 0x80;

// The low `k` bytes of a word (k < 8).
constexpr uint64_t LowBytes(unsigned k) { return (uint64_t{1} << (8 * k)) - 1; }

// Eight bytes of text from `p`, the first in the low byte; the bytes past `n` zero (a
// non-word byte, as the end of the text is).
uint64_t LoadBlock(const char* bytes, size_t p, size_t n) {
  uint64_t w = 0;
  if (p + 8 <= n) {
    std::memcpy(&w, bytes + p, 8);  // A constant size: one load, not a call.
  } else {
    std::memcpy(&w, bytes + p, n - p);
  }
  if constexpr (std::endian::native == std::endian::big) w = __builtin_bswap64(w);
  return w;
}
void StoreBlock(char* out, uint64_t w) {
  if constexpr (std::endian::native == std::endian::big) w = __builtin_bswap64(w);
  std::memcpy(out, &w, 8);
}

// The high bit of each byte of `w` (all ASCII) that is a letter, resp. a digit: byte-wise
// range checks that carry into no other byte, since every byte is below 0x80.
struct AsciiClasses {
  uint64_t letters, digits;
};
AsciiClasses Classify(uint64_t w) {
  const uint64_t lower = w | (kOnes * 0x20);  // Only letters land on 'a'..'z'.
  const uint64_t letters = (lower + kOnes * (0x80 - 'a')) & ~(lower + kOnes * (0x7F - 'z'));
  const uint64_t digits = (w + kOnes * (0x80 - '0')) & ~(w + kOnes * (0x7F - '9'));
  return {letters & kHighBits, digits & kHighBits};
}

// The end of the word that begins at `p`, with its ASCII letters folded into `folded` (from
// its start; room for 8 bytes past the word) as they are read; `ascii` and `digit` say
// whether all its bytes were ASCII and whether it has a digit. ASCII is read eight bytes at
// a time (two fifths of the signature's instructions went to a byte loop).
size_t ScanWord(std::string_view text, size_t p, char* folded, bool& ascii, bool& digit) {
  const size_t begin = p, n = text.size();
  bool all_ascii = true;
  uint64_t digits = 0;
  while (p < n) {
    uint64_t w = LoadBlock(text.data(), p, n);
    if (const uint64_t high = w & kHighBits) w &= LowBytes(std::countr_zero(high) / 8);
    // Non-ASCII bytes are zeroed: they end the block's run of ASCII word bytes.
    const AsciiClasses c = Classify(w);
    StoreBlock(folded + (p - begin), w | (c.letters >> 2));  // 0x80 >> 2: the case bit.
    const uint64_t ends = ~(c.letters | c.digits) & kHighBits;
    const unsigned k = ends == 0 ? 8 : std::countr_zero(ends) / 8;
    digits |= k == 8 ? c.digits : c.digits & LowBytes(k);
    p += k;
    if (k == 8) continue;
    // The run ends at a non-word ASCII byte (the word's end), the text's end, or a non-ASCII
    // byte (a letter, or not, by WordChar).
    if (p >= n || static_cast<unsigned char>(text[p]) < 0x80 || !WordChar(text, p)) break;
    all_ascii = false;
    p += SequenceLength(static_cast<unsigned char>(text[p]));
  }
  ascii = all_ascii;
  digit = digits != 0;
  return std::min(p, n);
}

}  // namespace

std::vector<uint64_t> StorySignature(std::string_view text, std::string_view lang,
                                     const StoryOptions& options) {
  const StopList* stops = StopsFor(lang);
  const uint64_t seed = LanguageSeed(lang);
  // Only the top of the article: a UTF-8 sequence cut at the limit reads as a non-word.
  text = text.substr(0, options.signature_bytes);
  // Frequency per feature; the opening (headline and lead) counts more.
  constexpr size_t kLead = 400;
  FeatureScores score(text.size() / 32);
  // Folded words; ScanWord stores eight bytes at a time, up to seven past the text's end.
  const std::unique_ptr<char[]> buffer(new char[text.size() + 8]);
  // The name just before, if any, as it stands in the text: folded again only when a name
  // follows it directly (one word in forty), not copied at every name.
  std::string_view previous;
  std::string full_name;
  bool sentence_start = true;
  for (size_t p = 0; p < text.size();) {
    // Between words: punctuation and non-ASCII non-letters start a sentence.
    if (const auto c = static_cast<unsigned char>(text[p]); c < 0x80) {
      if (const uint8_t cls = kAsciiClass[c]; cls != kWordByte) {
        sentence_start |= cls == kSentenceMark;
        ++p;
        continue;
      }
    } else if (!WordChar(text, p)) {
      sentence_start = true;
      p += SequenceLength(c);
      continue;
    }
    const size_t begin = p;
    bool ascii, digit;
    p = ScanWord(text, p, buffer.get(), ascii, digit);
    const std::string_view word(text.data() + begin, p - begin);  // No bounds check: p <= n.
    const bool first = std::exchange(sentence_start, false);
    if (digit || word.size() < 3) continue;  // Figures and dates are claims, not the story.
    // Lower-case words count only in a language with a stop list, from four bytes: the
    // others ("und", "the") are dropped before they are folded and hashed.
    const bool name = Capitalised(word);
    if (!name && (stops == nullptr || word.size() < 4)) continue;
    const std::string_view folded =
        ascii ? std::string_view(buffer.get(), word.size()) : FoldInto(buffer.get(), word);
    const uint64_t hash = internal::HashString(folded);
    if (stops != nullptr && stops->Contains(folded, hash)) continue;
    uint64_t feature;
    uint32_t weight = begin < kLead ? 3 : 1;
    if (name) {
      feature = NameFeature(folded, hash);
      // At a sentence's start a capital says nothing, but a name is still likely there.
      weight *= first ? 1 : 2;
      // A full name ("Anna Berger", "Pak Chol") is one more, stronger feature of its own.
      const size_t previous_end = previous.empty() ? 0 : previous.end() - text.begin();
      if (!previous.empty() && previous_end + 1 == begin && text[previous_end] == ' ') {
        full_name.resize(previous.size());
        FoldInto(full_name.data(), previous);  // As the scan folded it, ASCII or not.
        full_name += ' ';
        full_name += folded;
        score.Add(NameFeature(full_name), weight);
      }
      previous = word;
    } else {
      feature = WordFeature(folded, hash, seed);
    }
    score.Add(feature, weight);
  }
  return score.Top(options.signature_size);
}

}  // namespace crosscheck
