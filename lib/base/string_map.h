// Hash maps and sets keyed by std::string with lookup by std::string_view. (Debian's Abseil
// has its own string_view type, so its containers cannot look up std::string_view keys.)
// A HashedKey carries a hash computed already (a token's, at tokenization), so that looking a
// token up in many tables does not hash it again each time.
#ifndef CROSSCHECK_LIB_BASE_STRING_MAP_H_
#define CROSSCHECK_LIB_BASE_STRING_MAP_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "absl/container/node_hash_map.h"
#include "absl/container/node_hash_set.h"

#include "lib/base/hashed_map.h"

namespace crosscheck::internal {

struct HashedKey {
  std::string_view text;
  uint64_t hash;  // HashString(text).
};

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return HashString(s); }
  size_t operator()(const HashedKey& k) const { return k.hash; }
};

// SameBytes: the maps compare keys after a hash hit, when the bytes are nearly always equal.
struct StringEqual {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const { return SameBytes(a, b); }
  bool operator()(const HashedKey& a, std::string_view b) const { return SameBytes(a.text, b); }
  bool operator()(std::string_view a, const HashedKey& b) const { return SameBytes(a, b.text); }
};

// Abseil's node containers: references stay valid across inserts as with std::unordered_map,
// but a lookup probes a power-of-two table instead of dividing by a prime and chasing a
// bucket list, which matters when every token is looked up in several tables.
template <typename V>
using StringMap = absl::node_hash_map<std::string, V, StringHash, StringEqual>;
using StringSet = absl::node_hash_set<std::string, StringHash, StringEqual>;

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_BASE_STRING_MAP_H_
