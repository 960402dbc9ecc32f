#include "crosscheck/shared_string.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <new>
#include <ostream>

#include "absl/container/flat_hash_map.h"
#include "lib/base/hashed_map.h"

namespace crosscheck {
namespace {

// Strings up to this length are looked up in the thread's table before a new one is made: keys,
// units, places, sources and names repeat across claims; sentences and quotations rarely do.
constexpr size_t kInternedLength = 64;
// The table is emptied when it grows past this, so a long run with an open vocabulary (names,
// subjects) keeps at most this many strings alive for sharing.
constexpr size_t kTableSize = 1 << 14;

}  // namespace

// One per thread, holding a reference to each string it lists.
class SharedStringTable {
 public:
  using Rep = SharedString::Rep;
  ~SharedStringTable() { Clear(); }

  // `hash` is internal::HashString(s).
  Rep* Find(std::string_view s, uint64_t hash) {
    // The last string of each front slot first: a claim's fields repeat from claim to claim
    // ("person", the key, the place), and the slot's test costs less than the map's probe.
    Rep*& front = front_[FrontSlot(hash)];
    // SameBytes: inline for the short strings most are, where memcmp was a call.
    if (front != nullptr && internal::SameBytes(std::string_view(front->chars, front->size), s)) {
      front->refs.fetch_add(1, std::memory_order_relaxed);
      return front;
    }
    auto it = map_.find(s, hash);
    if (it == map_.end()) return nullptr;
    it->second->refs.fetch_add(1, std::memory_order_relaxed);
    front = it->second;
    return it->second;
  }
  void Add(Rep* rep, uint64_t hash) {
    if (map_.size() >= kTableSize) Clear();
    rep->refs.fetch_add(1, std::memory_order_relaxed);
    map_.emplace(std::string_view(rep->chars, rep->size), rep);
    front_[FrontSlot(hash)] = rep;
  }

 private:
  void Clear() {
    std::fill(std::begin(front_), std::end(front_), nullptr);
    for (auto& [text, rep] : map_) SharedString::Unref(rep);
    map_.clear();
  }
  // The project's string hash: Debian's Abseil hashes a std::string_view through
  // std::hash (a call into libstdc++'s _Hash_bytes), about twice the cost, for every string
  // a claim field is assigned.
  struct Hash {
    size_t operator()(std::string_view s) const { return internal::HashString(s); }
  };
  absl::flat_hash_map<std::string_view, Rep*, Hash> map_;
  // Strings of map_ (which holds their reference) by their hash's top bits; emptied with it.
  static constexpr int kFrontBits = 9;
  static size_t FrontSlot(uint64_t hash) { return hash >> (64 - kFrontBits); }
  Rep* front_[size_t{1} << kFrontBits] = {};
};

SharedString::Rep* SharedString::NewRep(std::string_view s) {
  // A string is cut at 4 GiB, as a claim's spans are.
  const uint32_t size = static_cast<uint32_t>(std::min<size_t>(s.size(), UINT32_MAX - 64));
  void* block = ::operator new(offsetof(Rep, chars) + size + 1);
  auto* rep = static_cast<Rep*>(block);
  new (&rep->refs) std::atomic<uint32_t>(1);
  rep->size = size;
  std::memcpy(rep->chars, s.data(), size);
  rep->chars[size] = '\0';
  return rep;
}

void SharedString::Free(Rep* r) {
  r->refs.~atomic();
  ::operator delete(static_cast<void*>(r));
}

SharedString::Rep* SharedString::MakeShared(std::string_view s) {
  if (s.size() > kInternedLength) return NewRep(s);
  thread_local SharedStringTable table;
  const uint64_t hash = internal::HashString(s);
  if (Rep* found = table.Find(s, hash)) return found;
  Rep* rep = NewRep(s);
  table.Add(rep, hash);
  return rep;
}

std::ostream& operator<<(std::ostream& os, const SharedString& s) { return os << s.View(); }

}  // namespace crosscheck
