#include "lib/io/json.h"

#include <bit>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "absl/strings/str_cat.h"
#include "fmt/format.h"
#include "crosscheck/text.h"

namespace crosscheck::internal {
namespace {

constexpr int kMaxDepth = 256;

class Parser {
 public:
  explicit Parser(std::string_view text) : t_(text) {}

  absl::StatusOr<JsonValue> ParseDocument() {
    JsonValue v;
    if (absl::Status s = Value(v, 0); !s.ok()) return s;
    SkipSpace();
    if (i_ != t_.size()) return Error("unexpected data after the JSON value");
    return v;
  }

 private:
  absl::Status Error(std::string_view what) const {
    return absl::InvalidArgumentError(fmt::format("{} at byte {}", what, i_));
  }
  void SkipSpace() {
    while (i_ < t_.size() && (t_[i_] == ' ' || t_[i_] == '\t' || t_[i_] == '\n' || t_[i_] == '\r'))
      ++i_;
  }
  bool Literal(std::string_view word) {
    if (t_.substr(i_, word.size()) != word) return false;
    i_ += word.size();
    return true;
  }

  absl::Status Value(JsonValue& out, int depth) {
    if (depth > kMaxDepth) return Error("JSON nested too deeply");
    SkipSpace();
    if (i_ >= t_.size()) return Error("unexpected end of JSON");
    const char c = t_[i_];
    if (c == '{') return Object(out, depth);
    if (c == '[') return Array(out, depth);
    if (c == '"') {
      std::string s;
      if (absl::Status st = String(s); !st.ok()) return st;
      out.v = std::move(s);
      return absl::OkStatus();
    }
    if (Literal("true")) { out.v = true; return absl::OkStatus(); }
    if (Literal("false")) { out.v = false; return absl::OkStatus(); }
    if (Literal("null")) { out.v = nullptr; return absl::OkStatus(); }
    if (c == '-' || (c >= '0' && c <= '9')) return Number(out);
    return Error(absl::StrCat("unexpected character '", std::string(1, c), "'"));
  }

  absl::Status Number(JsonValue& out) {
    const size_t start = i_;
    if (t_[i_] == '-') ++i_;
    while (i_ < t_.size() && std::string_view("0123456789.eE+-").find(t_[i_]) != std::string_view::npos)
      ++i_;
    double d = 0;
    auto [p, ec] = std::from_chars(t_.data() + start, t_.data() + i_, d);
    if (ec != std::errc() || p != t_.data() + i_) {
      i_ = start;
      return Error("malformed number");
    }
    out.v = d;
    return absl::OkStatus();
  }

  static void AppendUtf8(std::string& s, uint32_t cp) {
    if (cp < 0x80) {
      s.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      s.push_back(static_cast<char>(0xC0 | (cp >> 6)));
      s.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      s.push_back(static_cast<char>(0xE0 | (cp >> 12)));
      s.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      s.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      s.push_back(static_cast<char>(0xF0 | (cp >> 18)));
      s.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      s.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      s.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }

  bool Hex4(uint32_t& cp) {
    if (i_ + 4 > t_.size()) return false;
    cp = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = t_[i_ + k];
      cp <<= 4;
      if (c >= '0' && c <= '9') cp |= c - '0';
      else if (c >= 'a' && c <= 'f') cp |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') cp |= c - 'A' + 10;
      else return false;
    }
    i_ += 4;
    return true;
  }

  // Skips eight bytes at a time while none of them ends a plain run (a quote, a backslash or
  // a control character); the byte loop finds the exact end. A third of reading an article
  // line was this scan, byte by byte.
  size_t PlainRunEnd(size_t i) const {
    constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
    auto has_zero = [](uint64_t v) { return (v - kOnes) & ~v & kHigh; };
    while (i + 8 <= t_.size()) {
      uint64_t v;
      std::memcpy(&v, t_.data() + i, 8);
      // Bytes below 0x20: v - 0x20 borrows into the high bit only where the byte was below.
      const uint64_t control = (v - kOnes * 0x20) & ~v & kHigh;
      if (control | has_zero(v ^ (kOnes * '"')) | has_zero(v ^ (kOnes * '\\'))) break;
      i += 8;
    }
    return i;
  }

  absl::Status String(std::string& s) {
    ++i_;  // Opening quote.
    while (true) {
      // Plain bytes are copied a run at a time: article texts are long strings with few
      // escapes, and a byte-by-byte push_back cost more than the rest of reading a line.
      size_t run = PlainRunEnd(i_);
      while (run < t_.size() && t_[run] != '"' && t_[run] != '\\' &&
             static_cast<unsigned char>(t_[run]) >= 0x20) {
        ++run;
      }
      s.append(t_.data() + i_, run - i_);
      i_ = run;
      if (i_ >= t_.size()) return Error("unterminated string");
      const char c = t_[i_];
      if (c == '"') {
        ++i_;
        break;
      }
      if (static_cast<unsigned char>(c) < 0x20) return Error("control character in string");
      ++i_;
      if (i_ >= t_.size()) return Error("unterminated escape");
      const char e = t_[i_++];
      switch (e) {
        case '"': s.push_back('"'); break;
        case '\\': s.push_back('\\'); break;
        case '/': s.push_back('/'); break;
        case 'b': s.push_back('\b'); break;
        case 'f': s.push_back('\f'); break;
        case 'n': s.push_back('\n'); break;
        case 'r': s.push_back('\r'); break;
        case 't': s.push_back('\t'); break;
        case 'u': {
          uint32_t cp;
          if (!Hex4(cp)) return Error("malformed \\u escape");
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            uint32_t lo;
            if (t_.substr(i_, 2) != "\\u" || (i_ += 2, !Hex4(lo)) || lo < 0xDC00 || lo > 0xDFFF)
              return Error("unpaired surrogate in \\u escape");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return Error("unpaired surrogate in \\u escape");
          }
          AppendUtf8(s, cp);
          break;
        }
        default:
          return Error("unknown escape");
      }
    }
    return absl::OkStatus();
  }

  absl::Status Array(JsonValue& out, int depth) {
    ++i_;
    auto arr = std::make_shared<JsonArray>();
    SkipSpace();
    if (i_ < t_.size() && t_[i_] == ']') {
      ++i_;
      out.v = std::move(arr);
      return absl::OkStatus();
    }
    while (true) {
      JsonValue item;
      if (absl::Status s = Value(item, depth + 1); !s.ok()) return s;
      arr->push_back(std::move(item));
      SkipSpace();
      if (i_ < t_.size() && t_[i_] == ',') { ++i_; continue; }
      if (i_ < t_.size() && t_[i_] == ']') { ++i_; break; }
      return Error("expected ',' or ']'");
    }
    out.v = std::move(arr);
    return absl::OkStatus();
  }

  absl::Status Object(JsonValue& out, int depth) {
    ++i_;
    auto obj = std::make_shared<JsonObject>();
    SkipSpace();
    if (i_ < t_.size() && t_[i_] == '}') {
      ++i_;
      out.v = std::move(obj);
      return absl::OkStatus();
    }
    while (true) {
      SkipSpace();
      if (i_ >= t_.size() || t_[i_] != '"') return Error("expected a string key");
      std::string key;
      if (absl::Status s = String(key); !s.ok()) return s;
      SkipSpace();
      if (i_ >= t_.size() || t_[i_] != ':') return Error("expected ':'");
      ++i_;
      JsonValue item;
      if (absl::Status s = Value(item, depth + 1); !s.ok()) return s;
      (*obj)[std::move(key)] = std::move(item);  // A repeated key: the last one wins.
      SkipSpace();
      if (i_ < t_.size() && t_[i_] == ',') { ++i_; continue; }
      if (i_ < t_.size() && t_[i_] == '}') { ++i_; break; }
      return Error("expected ',' or '}'");
    }
    out.v = std::move(obj);
    return absl::OkStatus();
  }

  std::string_view t_;
  size_t i_ = 0;
};

}  // namespace

std::string_view JsonValue::TypeName() const {
  switch (v.index()) {
    case 0: return "null";
    case 1: return "boolean";
    case 2: return "number";
    case 3: return "string";
    case 4: return "array";
    default: return "object";
  }
}

absl::StatusOr<JsonValue> ParseJson(std::string_view text) {
  if (absl::Status s = ValidateUtf8(text); !s.ok()) return s;
  return Parser(text).ParseDocument();
}

namespace {

constexpr uint64_t kOnes = 0x0101010101010101ull;
constexpr uint64_t kHigh = kOnes * 0x80;
constexpr uint64_t kLow7 = kOnes * 0x7F;

// Bit 7 of each byte of w set where the byte is not zero; exact (no carry leaves a byte).
inline uint64_t NonZero(uint64_t w) { return (((w & kLow7) + kLow7) | w) & kHigh; }

// The number of leading bytes of [p, p + n) that JSON takes as they are (no control byte,
// quote or backslash), eight at a time, then byte by byte.
size_t PlainPrefix(const char* p, size_t n) {
  size_t i = 0;
  // The byte order of the word is the string's only on little-endian machines.
  for (; std::endian::native == std::endian::little && n - i >= 8; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    // Bit 7 set where the byte is at least 0x20 (its low seven bits reach 0x20 or bit 7 is set).
    const uint64_t printable = (((w & kLow7) + kOnes * 0x60) | w) & kHigh;
    const uint64_t plain = printable & NonZero(w ^ (kOnes * '"')) & NonZero(w ^ (kOnes * '\\'));
    if (plain != kHigh) return i + std::countr_zero(~plain & kHigh) / 8;
  }
  for (; i < n; ++i) {
    const unsigned char c = static_cast<unsigned char>(p[i]);
    if (c < 0x20 || c == '"' || c == '\\') break;
  }
  return i;
}

// Appends the JSON escape of the byte c, which PlainPrefix stopped at.
void AppendEscape(std::string& out, unsigned char c) {
  switch (c) {
    case '"': out += "\\\""; break;
    case '\\': out += "\\\\"; break;
    case '\n': out += "\\n"; break;
    case '\r': out += "\\r"; break;
    case '\t': out += "\\t"; break;
    default: {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    }
  }
}

}  // namespace

// Runs of plain bytes are appended whole: most strings written (keys, words, evidence) have
// nothing to escape, and a push_back per byte cost more than the rest of the writing.
void AppendJsonString(std::string& out, std::string_view s) {
  out.push_back('"');
  for (size_t i = 0;;) {
    const size_t plain = PlainPrefix(s.data() + i, s.size() - i);
    out.append(s.data() + i, plain);
    i += plain;
    if (i == s.size()) break;
    AppendEscape(out, static_cast<unsigned char>(s[i]));
    ++i;
  }
  out.push_back('"');
}

// Keys are the code's own short names with nothing to escape, some twenty to a claim: one
// append of `"key":` in place of pushing the quotes and colon around AppendJsonString.
void AppendJsonKey(std::string& out, std::string_view key) {
  char buf[40];
  if (key.size() + 3 > sizeof buf || PlainPrefix(key.data(), key.size()) != key.size()) {
    AppendJsonString(out, key);
    out.push_back(':');
    return;
  }
  buf[0] = '"';
  std::memcpy(buf + 1, key.data(), key.size());
  buf[key.size() + 1] = '"';
  buf[key.size() + 2] = ':';
  out.append(buf, key.size() + 3);
}

void AppendJsonNumber(std::string& out, double v) {
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  char buf[32];
  auto [p, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, p);
}

}  // namespace crosscheck::internal
