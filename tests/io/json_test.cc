#include "lib/io/json.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace crosscheck::internal {
namespace {

using ::testing::HasSubstr;

TEST(ParseJson, ValidDocuments) {
  absl::StatusOr<JsonValue> v = ParseJson(
      R"( {"id": "a1", "n": -12.5e1, "ok": true, "none": null, "list": [1, "x", {}],
          "esc": "\"\\\/\n\u00e4\ud83d\ude00"} )");
  ASSERT_TRUE(v.ok()) << v.status();
  const JsonObject& o = *v->object();
  EXPECT_EQ(*o.at("id").string(), "a1");
  EXPECT_EQ(*o.at("n").number(), -125);
  EXPECT_TRUE(*o.at("ok").boolean());
  EXPECT_TRUE(o.at("none").is_null());
  EXPECT_EQ(o.at("list").array()->size(), 3u);
  EXPECT_EQ(*o.at("esc").string(), "\"\\/\n\xC3\xA4\xF0\x9F\x98\x80");
}

TEST(ParseJson, ErrorsNameTheOffset) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {R"({"id": )", "unexpected end"},
      {R"({"id" "x"})", "expected ':' at byte 6"},
      {R"({"a": 1,})", "expected a string key at byte 8"},
      {R"("unterminated)", "unterminated string"},
      {R"({"a": "\ud800"})", "unpaired surrogate"},
      {R"([1 2])", "expected ',' or ']' at byte 3"},
      {R"({"a": 1} x)", "unexpected data after the JSON value at byte 9"},
      {"\"\xFF\"", "invalid UTF-8 at byte offset 1"},
      {std::string(300, '['), "nested too deeply"},
      {"-", "malformed number"},
  };
  for (const auto& [text, message] : cases) {
    absl::StatusOr<JsonValue> v = ParseJson(text);
    ASSERT_FALSE(v.ok()) << text;
    EXPECT_THAT(std::string(v.status().message()), HasSubstr(message)) << text;
  }
}

TEST(AppendJsonString, EscapesControlCharacters) {
  std::string out;
  AppendJsonString(out, "a\"b\\c\nd\x01\xC3\xA4");
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\nd\\u0001\xC3\xA4\"");
  absl::StatusOr<JsonValue> back = ParseJson(out);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back->string(), "a\"b\\c\nd\x01\xC3\xA4");
}

}  // namespace
}  // namespace crosscheck::internal
