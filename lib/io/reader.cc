// Turns paths into documents and diagnostics; every input is accounted for.
#include "crosscheck/reader.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <system_error>

#include "absl/strings/str_cat.h"
#include "lib/io/input_item.h"
#include "lib/io/input_plan.h"
#include "lib/io/text_file.h"
#include "lib/io/unique_ids.h"

namespace crosscheck {
namespace fs = std::filesystem;
namespace {

using internal::DiagFn;
using internal::DocFn;
using internal::InputItem;
using internal::ItemFn;
using internal::JsonLine;
using internal::PlannedInput;

// JSON Lines records are handed on unparsed.
uint64_t ReadRecords(std::istream& in, const std::string& name, const ReadOptions& options,
                     const ItemFn& on_item, const DiagFn& on_diag) {
  return internal::ReadJsonLineItems(
      in, name, options, [&](JsonLine line) { on_item(std::move(line)); }, on_diag);
}

// Standard input: JSON Lines when its first non-blank byte is '{', else one article.
uint64_t ReadStdin(const ReadOptions& options, const DocFn& on_doc, const ItemFn& on_item,
                   const DiagFn& on_diag) {
  std::string all((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  const size_t first = all.find_first_not_of(" \t\r\n");
  if (first != std::string::npos && all[first] == '{') {
    std::istringstream ss(std::move(all));
    return ReadRecords(ss, "<stdin>", options, on_item, on_diag);
  }
  internal::EmitPlainText(std::move(all), "stdin", "<stdin>", options, on_doc, on_diag);
  return 1;
}

uint64_t ReadJsonLinesFile(const fs::path& path, const ReadOptions& options, const ItemFn& on_item,
                           const DiagFn& on_diag) {
  // libstdc++ reads a file 8 KB at a time: 32,000 read calls for 100,000 articles, on the
  // thread that feeds the extraction threads. The buffer is set before the file is opened,
  // the only time libstdc++ takes it.
  constexpr size_t kBufferBytes = size_t{1} << 20;
  const std::unique_ptr<char[]> buffer = std::make_unique<char[]>(kBufferBytes);
  std::ifstream in;
  in.rdbuf()->pubsetbuf(buffer.get(), kBufferBytes);
  in.open(path, std::ios::binary);
  if (!in) {
    on_diag({path.string(), absl::StrCat("cannot open: ", std::strerror(errno)), true});
    return 1;
  }
  return ReadRecords(in, path.string(), options, on_item, on_diag);
}

uint64_t Read(const PlannedInput& input, const ReadOptions& options, const ItemFn& on_item,
              const DiagFn& on_diag) {
  const DocFn on_doc = [&](Document d) {
    if (!d.published) d.published = options.default_published;
    on_item(std::move(d));
  };
  switch (input.kind) {
    case PlannedInput::Kind::kStdin:
      return ReadStdin(options, on_doc, on_item, on_diag);
    case PlannedInput::Kind::kText:
      return internal::ReadTextFile(input.path, input.id, options, on_doc, on_diag);
    case PlannedInput::Kind::kJsonLines:
      return ReadJsonLinesFile(input.path, options, on_item, on_diag);
    case PlannedInput::Kind::kProblem:
      on_diag(input.problem);
      return input.counts ? 1 : 0;
  }
  return 0;
}

}  // namespace

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

namespace internal {

uint64_t ForEachInputItem(const std::vector<std::string>& paths, const ReadOptions& options,
                          const ItemFn& on_item, const DiagFn& on_diag) {
  std::vector<PlannedInput> inputs = ListInputs(paths, options);
  AssignIds(inputs);
  uint64_t count = 0;
  for (const PlannedInput& input : inputs) count += Read(input, options, on_item, on_diag);
  return count;
}

}  // namespace internal

uint64_t ForEachInput(const std::vector<std::string>& paths, const ReadOptions& options,
                      const DocFn& on_doc, const DiagFn& on_diag) {
  return internal::ForEachInputItem(
      paths, options,
      [&](InputItem item) {
        if (Document* d = std::get_if<Document>(&item)) {
          on_doc(std::move(*d));
        } else {
          internal::ParseJsonLine(std::get<JsonLine>(item), on_doc, on_diag);
        }
      },
      on_diag);
}

ReadResult ReadInputs(const std::vector<std::string>& paths, const ReadOptions& options) {
  ReadResult out;
  internal::UniqueIds ids;
  out.inputs = ForEachInput(
      paths, options,
      [&](Document d) {
        if (std::optional<Diagnostic> duplicate = ids.Admit(d)) {
          out.diagnostics.push_back(*std::move(duplicate));
        } else {
          out.documents.push_back(std::move(d));
        }
      },
      [&](Diagnostic diag) { out.diagnostics.push_back(std::move(diag)); });
  return out;
}

}  // namespace crosscheck
