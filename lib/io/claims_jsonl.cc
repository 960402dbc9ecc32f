// Claims JSON Lines: one line per claim, in the claim codec's restorable encoding.
#include <string>

#include "absl/time/civil_time.h"
#include "crosscheck/claims_io.h"
#include "fmt/format.h"
#include "lib/io/claim_json.h"
#include "lib/io/claims_jsonl.h"
#include "lib/io/json.h"
#include "lib/io/json_writer.h"
#include "lib/base/string_map.h"

namespace crosscheck {
namespace {

using internal::ClaimFromJson;
using internal::JsonObject;
using internal::JsonValue;

std::string Str(const JsonObject& o, std::string_view key) {
  auto it = o.find(key);
  return it != o.end() && it->second.string() ? *it->second.string() : "";
}

std::optional<absl::CivilDay> Day(const JsonObject& o, std::string_view key) {
  absl::CivilDay d;
  const std::string s = Str(o, key);
  if (!s.empty() && absl::ParseCivilTime(s, &d)) return d;
  return std::nullopt;
}

}  // namespace

namespace internal {

std::string ClaimsJsonlHead(const DocumentResult& d) {
  // The document's fields head each of its lines, so that every line stands alone.
  std::string head;
  JsonWriter w(head);
  w.Open('{').Key("document").Str(d.id).Key("lang").Str(d.lang);
  if (d.published) w.Key("published").Str(absl::FormatCivilTime(*d.published));
  w.Key("source").Str(d.source).Key("url").Str(d.url).Key("origin").Str(d.origin);
  w.OptStr("story", d.story);
  w.OptStr("home", d.home);
  return head;
}

void AppendClaimsJsonlTails(std::string& out, const DocumentResult& d) {
  if (d.claims.empty()) {
    out += ",\"claim\":null}\n";
    return;
  }
  for (size_t i = 0; i < d.claims.size(); ++i) {
    out += ',';
    JsonWriter claim(out);
    claim.Key("claim");
    WriteClaimJson(claim, d.claims[i], fmt::format("{}#{}", d.id, i + 1), d.text,
                   ClaimFields::kRestorable);
    out += "}\n";
  }
}

void AppendClaimsJsonlLines(std::string& out, std::string_view head, std::string_view tails) {
  while (!tails.empty()) {
    const size_t end = tails.find('\n') + 1;  // Every tail ends in one.
    out += head;
    out += tails.substr(0, end);
    tails.remove_prefix(end);
  }
}

}  // namespace internal

std::string FormatClaimsJsonl(const Report& report) {
  std::string out, tails;
  for (const DocumentResult& d : report.documents) {
    tails.clear();
    internal::AppendClaimsJsonlTails(tails, d);
    internal::AppendClaimsJsonlLines(out, internal::ClaimsJsonlHead(d), tails);
  }
  return out;
}

uint64_t ReadClaimsJsonl(std::istream& in, const std::string& name,
                         std::vector<DocumentResult>& documents,
                         std::vector<Diagnostic>& diagnostics) {
  internal::StringMap<size_t> index;  // Document id -> position in `documents`.
  for (size_t i = 0; i < documents.size(); ++i) index[documents[i].id] = i;
  std::string line;
  uint64_t lines = 0;
  for (uint64_t n = 1; std::getline(in, line); ++n) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    ++lines;
    const std::string where = fmt::format("{}:{}", name, n);
    absl::StatusOr<JsonValue> v = internal::ParseJson(line);
    if (!v.ok() || v->object() == nullptr) {
      diagnostics.push_back({where, v.ok() ? "expected a JSON object"
                                           : fmt::format("malformed JSON: {}",
                                                         std::string(v.status().message())),
                             true});
      continue;
    }
    const JsonObject& o = *v->object();
    const std::string id = Str(o, "document");
    if (id.empty()) {
      diagnostics.push_back({where, "missing field \"document\"", true});
      continue;
    }
    auto [it, inserted] = index.emplace(id, documents.size());
    if (inserted) {
      DocumentResult d;
      d.id = id;
      d.lang = Str(o, "lang");
      d.published = Day(o, "published");
      d.source = Str(o, "source");
      d.url = Str(o, "url");
      d.origin = Str(o, "origin");
      d.story = Str(o, "story");
      d.home = Str(o, "home");
      documents.push_back(std::move(d));
    }
    auto claim = o.find("claim");
    if (claim == o.end() || claim->second.is_null()) continue;
    if (claim->second.object() == nullptr) {
      diagnostics.push_back({where, "field \"claim\" must be an object or null", true});
      continue;
    }
    documents[it->second].claims.push_back(ClaimFromJson(*claim->second.object()));
  }
  return lines;
}

}  // namespace crosscheck
