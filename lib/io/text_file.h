// Reading one article's bytes, from a file or standard input, and checking them.
#ifndef CROSSCHECK_LIB_IO_TEXT_FILE_H_
#define CROSSCHECK_LIB_IO_TEXT_FILE_H_

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

#include "crosscheck/reader.h"
#include "crosscheck/types.h"

namespace crosscheck::internal {

using DocFn = std::function<void(Document)>;
using DiagFn = std::function<void(Diagnostic)>;

// .jsonl or .ndjson, in any case.
bool IsJsonLinesName(const std::filesystem::path& path);

// README.md, EXPECTED.md and the like describe a corpus folder; they are not articles.
bool IsProjectDocumentation(const std::filesystem::path& path);

// Checks the bytes of one article (and drops a UTF-8 byte-order mark); on failure returns
// the reason to skip it, else "".
std::string ProblemWithText(std::string& text, const ReadOptions& options);

// Reads at most `limit` + 1 bytes, so that a device without end (/dev/zero) is refused as too
// large instead of filling memory. A named pipe is opened without waiting for a writer: one
// that nobody writes to reads as empty instead of hanging the run.
bool ReadWholeFile(const std::filesystem::path& path, uint64_t limit, std::string& out,
                   std::string& error);

// What a directory entry that is neither a file nor a directory is, for its diagnostic.
std::string_view KindOf(const std::filesystem::file_status& status);

// One plain-text article: a document, or a diagnostic naming `origin`.
void EmitPlainText(std::string text, const std::string& id, const std::string& origin,
                   const ReadOptions& options, const DocFn& on_doc, const DiagFn& on_diag);

// A plain-text file as one article with id `id`; returns 1 (one input).
uint64_t ReadTextFile(const std::filesystem::path& path, const std::string& id,
                      const ReadOptions& options, const DocFn& on_doc, const DiagFn& on_diag);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_IO_TEXT_FILE_H_
