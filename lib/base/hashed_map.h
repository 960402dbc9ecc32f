// An open-addressing map from strings to values whose lookups take a precomputed hash, so that
// a token hashed once at tokenization can be looked up in many tables without rehashing.
#ifndef CROSSCHECK_LIB_BASE_HASHED_MAP_H_
#define CROSSCHECK_LIB_BASE_HASHED_MAP_H_

#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::internal {

// A hash for the short words of text, inlined: every token is hashed once and libstdc++'s
// out-of-line std::hash cost more than the rest of tokenizing a word. Eight bytes at a time,
// then a final mix so that both the low bits (table slots) and high bits (filters) are good.
inline uint64_t HashString(std::string_view s) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  uint64_t h = s.size() * kMul;
  const char* p = s.data();
  size_t n = s.size();
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * kMul;
    h ^= h >> 29;
  }
  if (n >= 4) {  // 4..7 bytes left: two overlapping loads instead of a byte loop.
    uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    h = (h ^ (uint64_t{a} | uint64_t{b} << 32)) * kMul;
  } else if (n > 0) {
    const uint64_t w = uint64_t{static_cast<unsigned char>(p[0])} |
                       uint64_t{static_cast<unsigned char>(p[n / 2])} << 8 |
                       uint64_t{static_cast<unsigned char>(p[n - 1])} << 16;
    h = (h ^ w) * kMul;
  }
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDull;
  h ^= h >> 33;
  return h;
}

// Whether the first and the last sizeof(T) bytes of p and q agree: for n up to 2 * sizeof(T)
// (and at least sizeof(T)), all of them, in two overlapping loads a side.
template <typename T>
inline bool SameEnds(const char* p, const char* q, size_t n) {
  T x0, y0, x1, y1;
  std::memcpy(&x0, p, sizeof(T));
  std::memcpy(&y0, q, sizeof(T));
  std::memcpy(&x1, p + n - sizeof(T), sizeof(T));
  std::memcpy(&y1, q + n - sizeof(T), sizeof(T));
  return ((x0 ^ y0) | (x1 ^ y1)) == 0;
}

// a == b for the short words of text without a call to memcmp: after a hash hit the bytes
// are nearly always equal.
inline bool SameBytes(std::string_view a, std::string_view b) {
  const size_t n = a.size();
  if (n != b.size()) return false;
  const char* p = a.data();
  const char* q = b.data();
  if (n > 16) return std::memcmp(p, q, n) == 0;
  if (n >= 8) return SameEnds<uint64_t>(p, q, n);
  if (n >= 4) return SameEnds<uint32_t>(p, q, n);
  // 0..3 bytes: the first, middle and last byte are all of them.
  return n == 0 || (p[0] == q[0] && p[n / 2] == q[n / 2] && p[n - 1] == q[n - 1]);
}

template <typename V>
class HashedMap {
 public:
  V* Find(std::string_view key, uint64_t hash) {
    return const_cast<V*>(static_cast<const HashedMap*>(this)->Find(key, hash));
  }
  const V* Find(std::string_view key, uint64_t hash) const {
    // No key, no slot to read (and none at all before the first Reserve).
    if (size_ == 0) return nullptr;
    const Slot* slots = slots_.data();
    for (size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots[i];
      if (!s.used) return nullptr;
      if (s.hash == hash && SameBytes(s.key, key)) return &s.value;
    }
  }
  const V* Find(std::string_view key) const { return Find(key, HashString(key)); }
  // Find for a key of at most 16 bytes: no call to memcmp, so a caller that makes no other
  // call needs no frame for the registers a call would clobber.
  const V* FindShort(std::string_view key, uint64_t hash) const {
    if (size_ == 0) return nullptr;
    const Slot* slots = slots_.data();
    const size_t n = key.size();
    for (size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots[i];
      if (!s.used) return nullptr;
      if (s.hash != hash || s.key.size() != n) continue;
      const char* p = s.key.data();
      if (n >= 8 ? SameEnds<uint64_t>(p, key.data(), n)
                 : n >= 4 ? SameEnds<uint32_t>(p, key.data(), n)
                          : n == 0 || (p[0] == key[0] && p[n / 2] == key[n / 2] &&
                                       p[n - 1] == key[n - 1])) {
        return &s.value;
      }
    }
  }

  // The value for `key`, default-constructed when new.
  V& operator[](std::string_view key) { return At(key, HashString(key)); }
  // The same with the key's hash given.
  V& At(std::string_view key, uint64_t hash) {
    if (V* v = Find(key, hash)) return *v;
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    Slot& s = Place(hash);
    s.key = std::string(key);
    ++size_;
    return s.value;
  }
  bool empty() const { return size_ == 0; }
  size_t size() const { return size_; }
  // Room for `n` keys without growing: growing moves every key.
  void Reserve(size_t n) {
    const size_t want = SlotsFor(n);
    if (want <= slots_.size()) return;
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(want, Slot{});
    mask_ = want - 1;
    for (Slot& s : old) {
      if (!s.used) continue;
      Slot& n2 = Place(s.hash);
      n2.key = std::move(s.key);
      n2.value = std::move(s.value);
    }
  }
  // Empties the map, keeping its slots, when they are those that Reserve(n) gives a new map:
  // then it is as that map (the same slots, so keys land where they would), without
  // allocating. Else false, and the map is unchanged.
  bool ClearFor(size_t n) {
    if (slots_.size() != SlotsFor(n)) return false;
    for (Slot& s : slots_) {
      if (!s.used) continue;
      s.used = false;
      s.key.clear();  // Its room stays for the next key here.
      s.value = V{};
    }
    size_ = 0;
    return true;
  }
  // Calls f(key) for every key.
  template <typename F>
  void ForEachKey(F f) const {
    for (const Slot& s : slots_) {
      if (s.used) f(std::string_view(s.key));
    }
  }
  // Calls f(key, value) for every key.
  template <typename F>
  void ForEachEntry(F f) const {
    for (const Slot& s : slots_) {
      if (s.used) f(std::string_view(s.key), s.value);
    }
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    std::string key;
    V value{};
    bool used = false;
  };
  static size_t SlotsFor(size_t n) {
    size_t want = 16;
    while (want < n * 2) want *= 2;
    return want;
  }
  Slot& Place(uint64_t hash) {
    size_t i = hash & mask_;
    while (slots_[i].used) i = (i + 1) & mask_;
    slots_[i].used = true;
    slots_[i].hash = hash;
    return slots_[i];
  }
  void Grow() { Reserve(slots_.empty() ? 1 : slots_.size()); }  // Doubles the slots.
  std::vector<Slot> slots_;
  // slots_.size() - 1, kept: the size is a division by sizeof(Slot), at every look-up.
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_BASE_HASHED_MAP_H_
