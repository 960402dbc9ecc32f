// Hash maps and sets keyed by std::string with lookup by std::string_view. (Debian's Abseil
// has its own string_view type, so its containers cannot look up std::string_view keys.)
#ifndef CROSSCHECK_LIB_TEXT_STRING_MAP_H_
#define CROSSCHECK_LIB_TEXT_STRING_MAP_H_

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace crosscheck::internal {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_TEXT_STRING_MAP_H_
