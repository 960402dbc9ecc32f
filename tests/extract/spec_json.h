// Reading Recognizers-Text's specification files (JSON, some with a byte-order mark) for the
// conformance tests.
#ifndef CROSSCHECK_TESTS_UNIT_SPEC_JSON_H_
#define CROSSCHECK_TESTS_UNIT_SPEC_JSON_H_

#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

#include "gtest/gtest.h"
#include "lib/io/json.h"

namespace crosscheck::testing_spec {

// The file's JSON, or nullopt when it is missing; a file that does not parse is a failure.
inline std::optional<internal::JsonValue> LoadSpec(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  absl::StatusOr<internal::JsonValue> v = internal::ParseJson(text);
  if (!v.ok()) {
    ADD_FAILURE() << path << ": " << v.status();
    return std::nullopt;
  }
  return *std::move(v);
}

// A string field, "" when missing or not a string.
inline std::string Str(const internal::JsonObject& o, std::string_view key) {
  auto it = o.find(key);
  return it != o.end() && it->second.string() ? *it->second.string() : "";
}

}  // namespace crosscheck::testing_spec

#endif  // CROSSCHECK_TESTS_UNIT_SPEC_JSON_H_
