// Strings joined with one allocation. Claim keys and subjects ("_/killed", "date/attack/_")
// are built for every claim; fmt::format parses its format string and goes through a type-
// erased buffer each time, several hundred instructions for a result this joins directly.
// Every part must convert to std::string_view explicitly (a char does not, so
// Concat(word, c) fails to compile instead of appending a number).
#ifndef CROSSCHECK_LIB_BASE_CONCAT_H_
#define CROSSCHECK_LIB_BASE_CONCAT_H_

#include <string>
#include <string_view>

namespace crosscheck::internal {

template <typename... Parts>
std::string Concat(const Parts&... parts) {
  const std::string_view views[] = {std::string_view(parts)...};
  size_t size = 0;
  for (std::string_view v : views) size += v.size();
  std::string out;
  out.reserve(size);
  for (std::string_view v : views) out.append(v);
  return out;
}

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_BASE_CONCAT_H_
