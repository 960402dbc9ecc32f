// A small JSON reader and string escaper: enough for JSON Lines input and report output.
// A dependency would add little here; the reader reports byte offsets for clear errors.
#ifndef CROSSCHECK_LIB_IO_JSON_H_
#define CROSSCHECK_LIB_IO_JSON_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "absl/status/statusor.h"

namespace crosscheck::internal {

struct JsonValue;
using JsonObject = std::map<std::string, JsonValue, std::less<>>;
using JsonArray = std::vector<JsonValue>;

struct JsonValue {
  std::variant<std::nullptr_t, bool, double, std::string, std::shared_ptr<JsonArray>,
               std::shared_ptr<JsonObject>>
      v;

  bool is_null() const { return std::holds_alternative<std::nullptr_t>(v); }
  const std::string* string() const { return std::get_if<std::string>(&v); }
  const double* number() const { return std::get_if<double>(&v); }
  const bool* boolean() const { return std::get_if<bool>(&v); }
  const JsonObject* object() const {
    auto* p = std::get_if<std::shared_ptr<JsonObject>>(&v);
    return p ? p->get() : nullptr;
  }
  const JsonArray* array() const {
    auto* p = std::get_if<std::shared_ptr<JsonArray>>(&v);
    return p ? p->get() : nullptr;
  }
  std::string_view TypeName() const;
};

// Parses exactly one JSON value (surrounding white space allowed). Errors name the byte
// offset. Nesting deeper than 256 levels is refused rather than risking the stack.
absl::StatusOr<JsonValue> ParseJson(std::string_view text);

// Appends `s` as a JSON string literal (with quotes) to `out`.
void AppendJsonString(std::string& out, std::string_view s);

// Appends `"key":`, the same as AppendJsonString(out, key) and a colon.
void AppendJsonKey(std::string& out, std::string_view key);

// Appends a number the way JSON expects (no NaN/inf: those become null).
void AppendJsonNumber(std::string& out, double v);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_IO_JSON_H_
