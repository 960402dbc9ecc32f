#include "lib/io/input_plan.h"

#include <algorithm>
#include <system_error>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "fmt/format.h"
#include "lib/io/text_file.h"

namespace crosscheck::internal {
namespace fs = std::filesystem;
namespace {

using Kind = PlannedInput::Kind;

PlannedInput Problem(std::string input, std::string message, bool counts = true) {
  PlannedInput p;
  p.problem = {std::move(input), std::move(message), counts};
  p.counts = counts;
  return p;
}

PlannedInput File(fs::path path, fs::path root) {
  PlannedInput p;
  p.kind = IsJsonLinesName(path) ? Kind::kJsonLines : Kind::kText;
  p.path = std::move(path);
  p.root = std::move(root);
  return p;
}

bool IsArticleName(const fs::path& p, const ReadOptions& options) {
  if (IsProjectDocumentation(p)) return false;
  const std::string ext = absl::AsciiStrToLower(p.extension().string());
  return ext == ".txt" || ext == ".md" || (options.include_jsonl_in_directories && IsJsonLinesName(p));
}

// The article files under `dir`, sorted (hidden files and directories skipped, links to
// directories not followed), and the problems met while listing, in `out`.
void ListDirectory(const fs::path& dir, const ReadOptions& options,
                   std::vector<PlannedInput>& out) {
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    out.push_back(Problem(dir.string(), absl::StrCat("cannot read directory: ", ec.message())));
    return;
  }
  std::vector<fs::path> files;
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) {
      out.push_back(Problem(dir.string(), absl::StrCat("error while listing: ", ec.message()), false));
      break;
    }
    const fs::path& p = it->path();
    if (p.filename().string().starts_with('.')) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_directory(ec)) continue;  // Recursed into; links to directories are not.
    // Named like an article but not a file (a pipe, a device, a broken link): listed too, so
    // that it is reported in order instead of lost.
    if (IsArticleName(p, options)) files.push_back(p);
  }
  std::sort(files.begin(), files.end());
  for (fs::path& f : files) {
    const fs::file_status st = fs::status(f, ec);
    if (fs::is_regular_file(st)) {
      out.push_back(File(std::move(f), dir));
    } else {
      out.push_back(Problem(f.string(), fmt::format("{}, not a regular file", KindOf(st))));
    }
  }
}

// Replaces the ids that occur more than once among the text inputs by `other(input)`.
template <typename Other>
void SeparateRepeatedIds(std::vector<PlannedInput>& inputs, Other other) {
  absl::flat_hash_map<std::string, int> count;
  for (const PlannedInput& p : inputs) {
    if (p.kind == Kind::kText) ++count[p.id];
  }
  for (PlannedInput& p : inputs) {
    if (p.kind == Kind::kText && count[p.id] > 1) p.id = other(p);
  }
}

}  // namespace

std::vector<PlannedInput> ListInputs(const std::vector<std::string>& paths,
                                     const ReadOptions& options) {
  std::vector<PlannedInput> out;
  for (const std::string& path : paths) {
    if (path == "-") {
      out.push_back({.kind = Kind::kStdin});
      continue;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      out.push_back(Problem(path, ec && ec != std::errc::no_such_file_or_directory
                                      ? absl::StrCat("cannot access: ", ec.message())
                                      : std::string("no such file or directory")));
    } else if (fs::is_directory(st)) {
      ListDirectory(path, options, out);
    } else {
      out.push_back(File(path, {}));  // Any file named here is read, a pipe too.
    }
  }
  return out;
}

void AssignIds(std::vector<PlannedInput>& inputs) {
  for (PlannedInput& p : inputs) {
    if (p.kind == Kind::kText) p.id = p.path.stem().string();
  }
  SeparateRepeatedIds(inputs, [](const PlannedInput& p) {
    return p.root.empty() ? p.path.string() : p.path.lexically_relative(p.root).string();
  });
  SeparateRepeatedIds(inputs, [](const PlannedInput& p) { return p.path.string(); });
}

}  // namespace crosscheck::internal
