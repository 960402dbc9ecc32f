// One Claim as JSON, and back. There is one encoding: the claim object of the JSON report
// (schema "crosscheck/1", README.md), which claims JSON Lines and the claim store use too.
// Those two add what restores the claim without its document's text ("paragraph",
// "context_begin", "context", and a date's "subject"); the report leaves them out.
#ifndef CROSSCHECK_LIB_IO_CLAIM_JSON_H_
#define CROSSCHECK_LIB_IO_CLAIM_JSON_H_

#include <string>
#include <string_view>

#include "crosscheck/types.h"
#include "lib/io/json.h"
#include "lib/io/json_writer.h"

namespace crosscheck::internal {

enum class ClaimFields {
  kReport,      // What the JSON report shows.
  kRestorable,  // And the evidence that quotes the claim once the text is gone.
};

// Writes the claim object. `id` is the claim's id ("doc#3"); `document_text` (may be empty)
// gives its words, else the claim's own context does.
void WriteClaimJson(JsonWriter& w, const Claim& claim, std::string_view id,
                    std::string_view document_text, ClaimFields fields);

// The restorable object as a string.
std::string ClaimToJson(const Claim& claim, std::string_view id, std::string_view document_text);

// Reads a claim object. Also reads the flat object (low and high as "inf", dates as
// "date_begin"/"date_end") that claims JSON Lines and claim stores held before, so that
// files and stores written then still read.
Claim ClaimFromJson(const JsonObject& object);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_IO_CLAIM_JSON_H_
