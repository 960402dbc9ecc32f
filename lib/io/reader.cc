// Turns paths into documents and diagnostics; every input is accounted for.
#include "crosscheck/reader.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <system_error>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "fmt/format.h"
#include "absl/time/civil_time.h"
#include "crosscheck/text.h"
#include "lib/io/json.h"

namespace crosscheck {
namespace fs = std::filesystem;
namespace {

using DocFn = std::function<void(Document)>;
using DiagFn = std::function<void(Diagnostic)>;

bool IsJsonLinesName(const fs::path& p) {
  const std::string ext = absl::AsciiStrToLower(p.extension().string());
  return ext == ".jsonl" || ext == ".ndjson";
}

// README.md, EXPECTED.md and the like describe a corpus folder; they are not articles.
bool IsProjectDocumentation(const fs::path& p) {
  static const auto* names = new std::vector<std::string>{
      "README", "EXPECTED", "LICENSE", "CHANGELOG", "CONTRIBUTING", "NOTICE", "AUTHORS"};
  const std::string stem = p.stem().string();
  return std::find(names->begin(), names->end(), stem) != names->end();
}

// Checks the bytes of one article; on failure returns the reason to skip it.
std::string ProblemWithText(std::string& text, const ReadOptions& options) {
  if (text.size() > options.max_document_bytes) {
    return absl::StrCat("document of ", text.size(), " bytes exceeds the limit of ",
                        options.max_document_bytes, " bytes");
  }
  if (text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') ||
                           (text[0] == '\xFE' && text[1] == '\xFF'))) {
    return "UTF-16 text (byte-order mark found); convert it to UTF-8";
  }
  if (absl::StartsWith(text, "\xEF\xBB\xBF")) text.erase(0, 3);  // Spans index the text after it.
  if (const size_t nul = text.find('\0'); nul != std::string::npos) {
    return absl::StrCat("binary data (NUL byte at offset ", nul, ")");
  }
  if (absl::Status s = ValidateUtf8(text); !s.ok()) return std::string(s.message());
  if (std::all_of(text.begin(), text.end(), [](char c) { return absl::ascii_isspace(c); })) {
    return "empty document";
  }
  return "";
}

void EmitPlainText(std::string text, const std::string& id, const std::string& origin,
                   const ReadOptions& options, const DocFn& on_doc, const DiagFn& on_diag) {
  if (std::string problem = ProblemWithText(text, options); !problem.empty()) {
    on_diag({origin, problem, true});
    return;
  }
  Document d;
  d.id = id;
  d.origin = origin;
  d.text = std::move(text);
  on_doc(std::move(d));
}

// Reads at most `limit` + 1 bytes, so that a device without end (/dev/zero) is refused as too
// large instead of filling memory. A named pipe is opened without waiting for a writer: one
// that nobody writes to reads as empty instead of hanging the run.
bool ReadWholeFile(const fs::path& path, uint64_t limit, std::string& out, std::string& error) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    error = absl::StrCat("cannot open: ", std::strerror(errno));
    return false;
  }
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);  // Block for data once open.
  out.clear();
  char buf[1 << 16];
  while (out.size() <= limit) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      error = absl::StrCat("read error: ", std::strerror(errno));
      ::close(fd);
      return false;
    }
    out.append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  if (out.size() > limit) {
    error = absl::StrCat("document exceeds the limit of ", limit, " bytes");
    return false;
  }
  return true;
}

// What a directory entry that is neither a file nor a directory is, for its diagnostic.
std::string_view KindOf(const fs::file_status& st) {
  switch (st.type()) {
    case fs::file_type::fifo: return "a named pipe";
    case fs::file_type::socket: return "a socket";
    case fs::file_type::character: return "a character device";
    case fs::file_type::block: return "a block device";
    case fs::file_type::not_found: return "a broken symbolic link";
    default: return "something else";
  }
}

uint64_t ReadFile(const fs::path& path, const ReadOptions& options, const DocFn& on_doc,
                  const DiagFn& on_diag) {
  const std::string name = path.string();
  if (IsJsonLinesName(path)) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      on_diag({name, absl::StrCat("cannot open: ", std::strerror(errno)), true});
      return 1;
    }
    return ReadJsonLines(in, name, options, on_doc, on_diag);
  }
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (!ec && size > options.max_document_bytes) {
    on_diag({name, absl::StrCat("document of ", size, " bytes exceeds the limit of ",
                                options.max_document_bytes, " bytes"), true});
    return 1;
  }
  std::string text, error;
  if (!ReadWholeFile(path, options.max_document_bytes, text, error)) {
    on_diag({name, error, true});
    return 1;
  }
  EmitPlainText(std::move(text), path.stem().string(), name, options, on_doc, on_diag);
  return 1;
}

uint64_t ReadDirectory(const fs::path& dir, const ReadOptions& options, const DocFn& on_doc,
                       const DiagFn& on_diag) {
  std::vector<fs::path> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  uint64_t inputs = 0;
  if (ec) {
    on_diag({dir.string(), absl::StrCat("cannot read directory: ", ec.message()), true});
    return 1;
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) {
      on_diag({dir.string(), absl::StrCat("error while listing: ", ec.message()), false});
      break;
    }
    const fs::path& p = it->path();
    if (p.filename().string().starts_with('.')) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_directory(ec)) continue;  // Recursed into; links to directories are not.
    if (IsProjectDocumentation(p)) continue;
    const std::string ext = absl::AsciiStrToLower(p.extension().string());
    if (ext != ".txt" && ext != ".md" && !(options.include_jsonl_in_directories && IsJsonLinesName(p))) {
      continue;
    }
    // Named like an article but not a file (a pipe, a device, a broken link): listed too, so
    // that it is reported in order instead of lost.
    files.push_back(p);
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    const fs::file_status st = fs::status(f, ec);
    if (!fs::is_regular_file(st)) {
      ++inputs;
      on_diag({f.string(), fmt::format("{}, not a regular file", KindOf(st)), true});
      continue;
    }
    inputs += ReadFile(f, options, on_doc, on_diag);
  }
  return inputs;
}

std::string_view TrimLine(std::string_view s) {
  while (!s.empty() && absl::ascii_isspace(s.front())) s.remove_prefix(1);
  while (!s.empty() && absl::ascii_isspace(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

uint64_t ReadJsonLines(std::istream& in, const std::string& name, const ReadOptions& options,
                       const DocFn& on_doc, const DiagFn& on_diag, uint64_t first_line) {
  uint64_t inputs = 0;
  std::string line;
  for (uint64_t line_no = first_line; std::getline(in, line); ++line_no) {
    const std::string_view body = TrimLine(line);
    if (body.empty()) continue;
    ++inputs;
    const std::string where = absl::StrCat(name, ":", line_no);
    auto skip = [&](std::string why) { on_diag({where, std::move(why), true}); };
    absl::StatusOr<internal::JsonValue> v = internal::ParseJson(body);
    if (!v.ok()) {
      skip(fmt::format("malformed JSON: {}", std::string(v.status().message())));
      continue;
    }
    const internal::JsonObject* obj = v->object();
    if (obj == nullptr) {
      skip(fmt::format("expected a JSON object, found {}", v->TypeName()));
      continue;
    }
    auto field = [&](std::string_view key) -> const internal::JsonValue* {
      auto f = obj->find(key);
      return f == obj->end() || f->second.is_null() ? nullptr : &f->second;
    };
    Document d;
    d.origin = where;
    const internal::JsonValue* id = field("id");
    if (id == nullptr) {
      skip("missing field \"id\"");
      continue;
    }
    if (const std::string* s = id->string()) {
      d.id = *s;
    } else if (const double* n = id->number()) {
      d.id = absl::StrCat(*n);
    } else {
      skip(fmt::format("field \"id\" must be a string, found {}", id->TypeName()));
      continue;
    }
    const internal::JsonValue* text = field("text");
    if (text == nullptr || text->string() == nullptr) {
      skip(text == nullptr ? std::string("missing field \"text\"")
                           : fmt::format("field \"text\" must be a string, found {}",
                                          text->TypeName()));
      continue;
    }
    bool bad = false;
    for (auto [key, target] : {std::pair{"lang", &d.lang}, std::pair{"source", &d.source},
                               std::pair{"url", &d.url},
                               std::pair{"story", &d.story}}) {
      const internal::JsonValue* f = field(key);
      if (f == nullptr) continue;
      if (f->string() == nullptr) {
        skip(fmt::format("field \"{}\" must be a string, found {}", key, f->TypeName()));
        bad = true;
        break;
      }
      *target = *f->string();
    }
    if (bad) continue;
    if (const internal::JsonValue* pub = field("published")) {
      absl::CivilDay day;
      const std::string* s = pub->string();
      // Accept a date or a timestamp that starts with one ("2024-10-28T09:00:00Z").
      if (s != nullptr && s->size() >= 10 && absl::ParseCivilTime(s->substr(0, 10), &day)) {
        d.published = day;
      } else {
        on_diag({where, absl::StrCat("field \"published\" is not an ISO date (YYYY-MM-DD); "
                                     "relative dates stay unresolved"), false});
      }
    }
    std::string body_text = *text->string();
    std::string problem = ProblemWithText(body_text, options);
    if (!problem.empty()) {
      skip(absl::StrCat("document \"", d.id, "\": ", problem));
      continue;
    }
    d.text = std::move(body_text);
    on_doc(std::move(d));
  }
  if (in.bad()) on_diag({name, "read error", false});
  return inputs;
}

uint64_t InputBytes(const std::vector<std::string>& paths, const ReadOptions& options) {
  (void)options;
  uint64_t total = 0;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      for (fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
           !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec)) total += it->file_size(ec);
      }
    } else if (fs::is_regular_file(path, ec)) {
      total += fs::file_size(path, ec);
    }
  }
  return total;
}

uint64_t ForEachInput(const std::vector<std::string>& paths, const ReadOptions& options,
                      const DocFn& on_doc_raw, const DiagFn& on_diag) {
  const DocFn on_doc = [&](Document d) {
    if (!d.published) d.published = options.default_published;
    on_doc_raw(std::move(d));
  };
  uint64_t inputs = 0;
  for (const std::string& path : paths) {
    if (path == "-") {
      std::string all((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
      const size_t first = all.find_first_not_of(" \t\r\n");
      if (first != std::string::npos && all[first] == '{') {
        std::istringstream ss(std::move(all));
        inputs += ReadJsonLines(ss, "<stdin>", options, on_doc, on_diag);
      } else {
        ++inputs;
        EmitPlainText(std::move(all), "stdin", "<stdin>", options, on_doc, on_diag);
      }
      continue;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      ++inputs;
      on_diag({path, ec && ec != std::errc::no_such_file_or_directory
                         ? absl::StrCat("cannot access: ", ec.message())
                         : std::string("no such file or directory"),
               true});
    } else if (fs::is_directory(st)) {
      inputs += ReadDirectory(path, options, on_doc, on_diag);
    } else {
      inputs += ReadFile(path, options, on_doc, on_diag);
    }
  }
  return inputs;
}

ReadResult ReadInputs(const std::vector<std::string>& paths, const ReadOptions& options) {
  ReadResult out;
  absl::flat_hash_map<std::string, std::string> seen;  // id -> origin
  out.inputs = ForEachInput(
      paths, options,
      [&](Document d) {
        auto [it, inserted] = seen.emplace(d.id, d.origin);
        if (!inserted) {
          out.diagnostics.push_back(
              {d.origin, absl::StrCat("duplicate id \"", d.id, "\" (first read from ",
                                      it->second, "); skipped"), true});
          return;
        }
        out.documents.push_back(std::move(d));
      },
      [&](Diagnostic diag) { out.diagnostics.push_back(std::move(diag)); });
  return out;
}

}  // namespace crosscheck
