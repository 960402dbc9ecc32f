#include "crosscheck/shared_string.h"

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

  Rep* Find(std::string_view s) {
    auto it = map_.find(s);
    if (it == map_.end()) return nullptr;
    it->second->refs.fetch_add(1, std::memory_order_relaxed);
    return it->second;
  }
  void Add(Rep* rep) {
    if (map_.size() >= kTableSize) Clear();
    rep->refs.fetch_add(1, std::memory_order_relaxed);
    map_.emplace(std::string_view(rep->text), rep);
  }

 private:
  void Clear() {
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
};

const std::string& SharedString::Empty() {
  static const std::string* const empty = new std::string;
  return *empty;
}

SharedString::Rep* SharedString::Make(std::string_view s) {
  if (s.empty()) return nullptr;
  if (s.size() > kInternedLength) return new Rep{.text = std::string(s)};
  thread_local SharedStringTable table;
  if (Rep* found = table.Find(s)) return found;
  Rep* rep = new Rep{.text = std::string(s)};
  table.Add(rep);
  return rep;
}

SharedString::Rep* SharedString::Make(std::string&& s) {
  if (s.size() > kInternedLength) return new Rep{.text = std::move(s)};
  return Make(std::string_view(s));
}

std::ostream& operator<<(std::ostream& os, const SharedString& s) { return os << s.View(); }

}  // namespace crosscheck
