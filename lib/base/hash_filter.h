// Pre-checks for lexicon lookups: most words of a text are in none of the lexicon's tables,
// and one bit test rejects them before a hash-table probe or a prefix scan, which cost
// several times more. HashFilter is a one-hash Bloom filter over precomputed string hashes
// (HashString); LeadingBytes is the set of two-byte beginnings of a set of words.
#ifndef CROSSCHECK_LIB_BASE_HASH_FILTER_H_
#define CROSSCHECK_LIB_BASE_HASH_FILTER_H_

#include <algorithm>
#include <bit>
#include <cstdint>
#include <string_view>
#include <vector>

namespace crosscheck::internal {

class HashFilter {
 public:
  // Copied, never moved: a moved-from vector would be empty, and MayContain reads its first
  // word unchecked (bits_ below). Filters are built once per language pack.
  HashFilter() = default;
  HashFilter(const HashFilter&) = default;
  HashFilter& operator=(const HashFilter&) = default;
  // Adds a key. At least 16 bits per key keep false positives under 1/16; growing rebuilds
  // the bits from the hashes kept.
  void Add(uint64_t hash) {
    hashes_.push_back(hash);
    const size_t needed = std::max<size_t>(1024, std::bit_ceil(hashes_.size() * 16));
    if (needed > bits_.size() * 64) {
      bits_.assign(needed / 64, 0);
      mask_ = needed - 1;
      for (uint64_t h : hashes_) Set(h);
    } else {
      Set(hash);
    }
  }
  // False: the key was never added. True: it may have been.
  bool MayContain(uint64_t hash) const { return Viewed().MayContain(hash); }
  // The same test from two values a loop can keep in registers (MayContain reloads the
  // vector's ends at every call after one the compiler cannot see into).
  struct View {
    const uint64_t* bits;
    uint64_t mask;
    bool MayContain(uint64_t hash) const {
      const uint64_t b = (hash >> 20) & mask;
      return (bits[b >> 6] >> (b & 63)) & 1;
    }
  };
  View Viewed() const { return {bits_.data(), mask_}; }

 private:
  void Set(uint64_t hash) {
    const uint64_t b = (hash >> 20) & mask_;
    bits_[b >> 6] |= uint64_t{1} << (b & 63);
  }
  // Never empty: before the first key one word of zeros, which mask 0 reads for every hash,
  // so that MayContain needs no test for an empty filter.
  std::vector<uint64_t> bits_ = std::vector<uint64_t>(1, 0);
  uint64_t mask_ = 0;
  std::vector<uint64_t> hashes_;
};

// For entries matched by their beginning (stems, compounds): a word whose first two bytes no
// entry starts with cannot match one.
class LeadingBytes {
 public:
  // Entries shorter than two bytes are not recorded.
  void Add(std::string_view word) {
    if (word.size() < 2) return;
    if (bits_.empty()) bits_.assign((1 << 16) / 64, 0);
    const size_t b = Index(word);
    bits_[b >> 6] |= uint64_t{1} << (b & 63);
  }
  // False for words shorter than two bytes.
  bool MayLead(std::string_view word) const { return MayLeadIn(Words(), word); }
  // The bits for MayLeadIn, nullptr while no entry is recorded: a loop keeps the pointer in
  // a register where the set's members would be reloaded after every call.
  const uint64_t* Words() const { return bits_.empty() ? nullptr : bits_.data(); }
  static bool MayLeadIn(const uint64_t* words, std::string_view word) {
    if (word.size() < 2 || words == nullptr) return false;
    const size_t b = Index(word);
    return (words[b >> 6] >> (b & 63)) & 1;
  }

 private:
  static size_t Index(std::string_view w) {
    return static_cast<unsigned char>(w[0]) << 8 | static_cast<unsigned char>(w[1]);
  }
  std::vector<uint64_t> bits_;  // A bit per two-byte beginning; empty before the first.
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_BASE_HASH_FILTER_H_
