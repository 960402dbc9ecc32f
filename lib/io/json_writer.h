// Writes JSON into a string with the commas placed for the caller: the JSON report and the
// claim codec build their objects with it, so that both spell a claim the same way.
#ifndef CROSSCHECK_LIB_IO_JSON_WRITER_H_
#define CROSSCHECK_LIB_IO_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "crosscheck/types.h"
#include "lib/io/json.h"

namespace crosscheck::internal {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}
  // Writes `"key":` with the separating comma where needed.
  JsonWriter& Key(std::string_view key) {
    Sep();
    AppendJsonKey(out_, key);
    pending_value_ = true;
    return *this;
  }
  JsonWriter& Str(std::string_view s) { Sep(); AppendJsonString(out_, s); return *this; }
  JsonWriter& Num(double v) { Sep(); AppendJsonNumber(out_, v); return *this; }
  JsonWriter& Int(uint64_t v) { Sep(); out_ += std::to_string(v); return *this; }
  JsonWriter& Bool(bool v) { Sep(); out_ += v ? "true" : "false"; return *this; }
  JsonWriter& Null() { Sep(); out_ += "null"; return *this; }
  JsonWriter& Open(char c) { Sep(); out_.push_back(c); first_ = true; return *this; }
  JsonWriter& Close(char c) { out_.push_back(c); first_ = false; return *this; }
  JsonWriter& SpanArr(Span s) { Open('['); Int(s.begin); Int(s.end); return Close(']'); }
  JsonWriter& OptStr(std::string_view key, std::string_view v) {
    if (!v.empty()) Key(key).Str(v);
    return *this;
  }

 private:
  void Sep() {
    if (pending_value_) {
      pending_value_ = false;
      return;
    }
    if (!first_) out_.push_back(',');
    first_ = false;
  }
  std::string& out_;
  bool first_ = true;
  bool pending_value_ = false;
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_IO_JSON_WRITER_H_
