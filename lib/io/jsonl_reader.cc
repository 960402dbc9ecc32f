// Articles from JSON Lines: one {"id", "text", ...} object per line; a line that cannot be an
// article is a diagnostic naming the file and line, and the other lines are still read.
#include <algorithm>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "crosscheck/reader.h"
#include "fmt/format.h"
#include "lib/io/input_item.h"
#include "lib/io/json.h"
#include "lib/io/text_file.h"

namespace crosscheck {
namespace {

using internal::JsonObject;
using internal::JsonValue;

std::string_view TrimLine(std::string_view s) {
  while (!s.empty() && absl::ascii_isspace(s.front())) s.remove_prefix(1);
  while (!s.empty() && absl::ascii_isspace(s.back())) s.remove_suffix(1);
  return s;
}

// A field that is present and not null.
const JsonValue* Field(const JsonObject& o, std::string_view key) {
  auto f = o.find(key);
  return f == o.end() || f->second.is_null() ? nullptr : &f->second;
}

// Each step below fills part of `d` from the line's object, or returns why the line is
// skipped ("" when it is not).
std::string ReadId(const JsonObject& o, Document& d) {
  const JsonValue* id = Field(o, "id");
  if (id == nullptr) return "missing field \"id\"";
  if (const std::string* s = id->string()) {
    d.id = *s;
  } else if (const double* n = id->number()) {
    d.id = absl::StrCat(*n);
  } else {
    return fmt::format("field \"id\" must be a string, found {}", id->TypeName());
  }
  return "";
}

std::string ReadText(const JsonObject& o, Document& d) {
  const JsonValue* text = Field(o, "text");
  if (text == nullptr) return "missing field \"text\"";
  if (text->string() == nullptr) {
    return fmt::format("field \"text\" must be a string, found {}", text->TypeName());
  }
  d.text = *text->string();
  return "";
}

std::string ReadOptionalStrings(const JsonObject& o, Document& d) {
  for (auto [key, target] : {std::pair{"lang", &d.lang}, std::pair{"source", &d.source},
                             std::pair{"url", &d.url}, std::pair{"story", &d.story}}) {
    const JsonValue* f = Field(o, key);
    if (f == nullptr) continue;
    if (f->string() == nullptr) {
      return fmt::format("field \"{}\" must be a string, found {}", key, f->TypeName());
    }
    *target = *f->string();
  }
  return "";
}

// A publication date that is not one is a warning, not a skip: the article is still read.
void ReadPublished(const JsonObject& o, Document& d, const internal::DiagFn& on_diag) {
  const JsonValue* pub = Field(o, "published");
  if (pub == nullptr) return;
  absl::CivilDay day;
  const std::string* s = pub->string();
  // Accept a date or a timestamp that starts with one ("2024-10-28T09:00:00Z").
  if (s != nullptr && s->size() >= 10 && absl::ParseCivilTime(s->substr(0, 10), &day)) {
    d.published = day;
  } else {
    on_diag({d.origin, "field \"published\" is not an ISO date (YYYY-MM-DD); relative dates "
                       "stay unresolved", false});
  }
}

// The article of one non-blank line, or why the line is skipped.
std::optional<Document> ReadArticle(std::string_view body, const std::string& where,
                                    const ReadOptions& options, const internal::DiagFn& on_diag,
                                    std::string& skip) {
  absl::StatusOr<JsonValue> v = internal::ParseJson(body);
  if (!v.ok()) {
    skip = fmt::format("malformed JSON: {}", std::string(v.status().message()));
    return std::nullopt;
  }
  const JsonObject* obj = v->object();
  if (obj == nullptr) {
    skip = fmt::format("expected a JSON object, found {}", v->TypeName());
    return std::nullopt;
  }
  Document d;
  d.origin = where;
  for (auto step : {ReadId, ReadText, ReadOptionalStrings}) {
    if (skip = step(*obj, d); !skip.empty()) return std::nullopt;
  }
  ReadPublished(*obj, d, on_diag);
  if (std::string problem = internal::ProblemWithText(d.text, options); !problem.empty()) {
    skip = absl::StrCat("document \"", d.id, "\": ", problem);
    return std::nullopt;
  }
  return d;
}

// The article of one record, or the diagnostic that skips it.
void ParseRecord(std::string_view line, const std::string& name, uint64_t number,
                 const ReadOptions& options, const internal::DocFn& on_doc,
                 const internal::DiagFn& on_diag) {
  const std::string where = absl::StrCat(name, ":", number);
  std::string skip;
  if (std::optional<Document> d = ReadArticle(TrimLine(line), where, options, on_diag, skip)) {
    on_doc(*std::move(d));
  } else {
    on_diag({where, std::move(skip), true});
  }
}

}  // namespace

namespace internal {

uint64_t ReadJsonLineItems(std::istream& in, const std::string& name, const ReadOptions& options,
                           const std::function<void(JsonLine)>& on_line,
                           const DiagFn& on_diag, uint64_t first_line) {
  uint64_t inputs = 0;
  std::string line;
  for (uint64_t line_no = first_line; std::getline(in, line); ++line_no) {
    if (TrimLine(line).empty()) continue;
    ++inputs;
    const size_t size = line.size();
    on_line(JsonLine{std::move(line), name, line_no, &options});
    line = std::string();  // Moved from: a fresh buffer, not an unspecified one.
    // Room for a line like the last: grown from nothing, a 2.6 KB line took eight blocks.
    // Capped, so that one huge line does not make every later one hold as much.
    line.reserve(std::min<size_t>(size, 64 << 10));
  }
  if (in.bad()) on_diag({name, "read error", false});
  return inputs;
}

void ParseJsonLine(const JsonLine& line, const DocFn& on_doc, const DiagFn& on_diag) {
  const ReadOptions& options = *line.options;
  ParseRecord(line.bytes, line.name, line.number, options,
              [&](Document d) {
                if (!d.published) d.published = options.default_published;
                on_doc(std::move(d));
              },
              on_diag);
}

}  // namespace internal

uint64_t ReadJsonLines(std::istream& in, const std::string& name, const ReadOptions& options,
                       const internal::DocFn& on_doc, const internal::DiagFn& on_diag,
                       uint64_t first_line) {
  // Without the default publication date: ForEachInput() gives that to every document.
  return internal::ReadJsonLineItems(
      in, name, options,
      [&](internal::JsonLine line) {
        ParseRecord(line.bytes, line.name, line.number, options, on_doc, on_diag);
      },
      on_diag, first_line);
}

}  // namespace crosscheck
