// Reading documents from files, directories, JSON Lines and standard input.
//
//   crosscheck::ReadResult in = crosscheck::ReadInputs({"articles/", "feed.jsonl"});
//   for (const auto& d : in.diagnostics) fprintf(stderr, "%s: %s\n", d.input, d.message);
//
// Inputs: a plain file (.txt, .md or any other name given explicitly) is one article whose id
// is its file name without extension; when other files of the run share that name, each of
// them has instead its path relative to the directory named in `paths` ("2024/a1.txt"; for a
// file named there itself, the path as given), so that no article is lost to a repeated name.
// A directory is searched recursively for .txt, .md and .jsonl files (in sorted order,
// symbolic links to directories are not followed, hidden files and upper-case documentation
// files such as README.md and EXPECTED.md are not articles); a .jsonl or .ndjson file holds
// one article per line; "-" reads standard input (JSON Lines when its first non-blank byte is
// '{', else one plain-text article with id "stdin").
// Nothing is lost silently: every input ends up as a document or a diagnostic.
#ifndef CROSSCHECK_READER_H_
#define CROSSCHECK_READER_H_

#include <cstdint>
#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "crosscheck/types.h"

namespace crosscheck {

struct ReadOptions {
  uint64_t max_document_bytes = 256ull << 20;  // Larger articles are skipped, with a reason.
  bool include_jsonl_in_directories = true;
  // Given to documents that state no publication date (CLI: --published).
  std::optional<absl::CivilDay> default_published;
};

// Total size in bytes of the files `paths` name (directories recursively), for progress.
uint64_t InputBytes(const std::vector<std::string>& paths, const ReadOptions& options = {});

struct ReadResult {
  std::vector<Document> documents;
  std::vector<Diagnostic> diagnostics;
  uint64_t inputs = 0;  // documents.size() + skipped inputs.
};

// Streams documents to `on_document` and problems to `on_diagnostic`, in input order.
// Returns the number of inputs seen (documents + skipped). Never throws.
uint64_t ForEachInput(const std::vector<std::string>& paths, const ReadOptions& options,
                      const std::function<void(Document)>& on_document,
                      const std::function<void(Diagnostic)>& on_diagnostic);

// Collects everything ForEachInput() yields; duplicate ids are skipped with a diagnostic.
ReadResult ReadInputs(const std::vector<std::string>& paths, const ReadOptions& options = {});

// Reads JSON Lines from a stream; `name` is used in messages ("feed.jsonl:12: ..."). The
// stream's first line is line `first_line` of `name`, so that a part of a file read on its own
// (a partition of a distributed run) names the same lines as the whole file read at once.
uint64_t ReadJsonLines(std::istream& in, const std::string& name, const ReadOptions& options,
                       const std::function<void(Document)>& on_document,
                       const std::function<void(Diagnostic)>& on_diagnostic,
                       uint64_t first_line = 1);

}  // namespace crosscheck

#endif  // CROSSCHECK_READER_H_
