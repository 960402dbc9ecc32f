// Reading one article's bytes and checking them.
#include "lib/io/text_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <system_error>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "crosscheck/text.h"

namespace crosscheck::internal {
namespace fs = std::filesystem;

bool IsJsonLinesName(const fs::path& p) {
  const std::string ext = absl::AsciiStrToLower(p.extension().string());
  return ext == ".jsonl" || ext == ".ndjson";
}

bool IsProjectDocumentation(const fs::path& p) {
  static const auto* names = new std::vector<std::string>{
      "README", "EXPECTED", "LICENSE", "CHANGELOG", "CONTRIBUTING", "NOTICE", "AUTHORS"};
  const std::string stem = p.stem().string();
  return std::find(names->begin(), names->end(), stem) != names->end();
}

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

uint64_t ReadTextFile(const fs::path& path, const std::string& id, const ReadOptions& options,
                      const DocFn& on_doc, const DiagFn& on_diag) {
  const std::string name = path.string();
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
  EmitPlainText(std::move(text), id, name, options, on_doc, on_diag);
  return 1;
}

}  // namespace crosscheck::internal
