// The lines of one document in claims JSON Lines (claims_io.h): each line is the document's
// head (its fields, the story among them, without the closing brace) followed by one tail
// (`,"claim":{...}}` and a newline; `,"claim":null}` for a document without claims). Apart,
// so that a run can format the tails while extracting and add the heads once the stories
// are known.
#ifndef CROSSCHECK_LIB_IO_CLAIMS_JSONL_H_
#define CROSSCHECK_LIB_IO_CLAIMS_JSONL_H_

#include <string>
#include <string_view>

#include "crosscheck/types.h"

namespace crosscheck::internal {

std::string ClaimsJsonlHead(const DocumentResult& document);

void AppendClaimsJsonlTails(std::string& out, const DocumentResult& document);

// Appends `head` followed by each line of `tails`.
void AppendClaimsJsonlLines(std::string& out, std::string_view head, std::string_view tails);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_IO_CLAIMS_JSONL_H_
