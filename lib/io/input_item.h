// What the reading thread of a run hands on: a document, or a JSON Lines record still to be
// parsed. Parsing a record costs as much as reading it (a copy of the text, a UTF-8 check of
// the line and of the text), so a run leaves it to the extraction threads: the reading thread
// only finds the lines, and two threads read twice as fast as one.
#ifndef CROSSCHECK_LIB_IO_INPUT_ITEM_H_
#define CROSSCHECK_LIB_IO_INPUT_ITEM_H_

#include <cstdint>
#include <functional>
#include <istream>
#include <string>
#include <variant>
#include <vector>

#include "crosscheck/reader.h"
#include "crosscheck/types.h"

namespace crosscheck::internal {

// One non-blank line of a JSON Lines input, as read.
struct JsonLine {
  std::string bytes;
  std::string name;  // The input, for messages: "feed.jsonl:12".
  uint64_t number = 0;
  const ReadOptions* options = nullptr;  // Outlives the run that reads the line.
};

using InputItem = std::variant<Document, JsonLine>;
using ItemFn = std::function<void(InputItem)>;

// ForEachInput() with each JSON Lines record left unparsed; documents have their default
// publication date already.
uint64_t ForEachInputItem(const std::vector<std::string>& paths, const ReadOptions& options,
                          const ItemFn& on_item, const std::function<void(Diagnostic)>& on_diag);

// The non-blank lines of a JSON Lines stream, unparsed; returns their number. The stream's
// first line is line `first_line` of `name`.
uint64_t ReadJsonLineItems(std::istream& in, const std::string& name, const ReadOptions& options,
                           const std::function<void(JsonLine)>& on_line,
                           const std::function<void(Diagnostic)>& on_diag,
                           uint64_t first_line = 1);

// The article of a record (with the default publication date of its options), or the
// diagnostic that skips it; a warning (a date that is not one) comes first.
void ParseJsonLine(const JsonLine& line, const std::function<void(Document)>& on_doc,
                   const std::function<void(Diagnostic)>& on_diag);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_IO_INPUT_ITEM_H_
