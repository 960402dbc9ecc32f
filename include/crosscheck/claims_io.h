// Claims as JSON Lines, so that they can be stored, diffed, processed by other tools and
// reconciled later without the texts (`crosscheck extract --format jsonl`,
// `crosscheck reconcile claims.jsonl`).
//
// One line per claim: {"document": "...", "lang", "published", "source", "url", "origin",
// "story", "claim": {...}}, where the claim is the JSON report's claim object (README.md,
// schema crosscheck/1) plus what quotes its evidence without the text: "paragraph",
// "context_begin" and "context" (the bytes from the claim's or its sentence's start to the
// later end), and a date's "subject". A document without claims is one line with
// "claim": null, so that reading the lines back restores every document. Reading also takes
// the flat claim objects (every field at the top level, "inf" for unbounded) written before.
#ifndef CROSSCHECK_CLAIMS_IO_H_
#define CROSSCHECK_CLAIMS_IO_H_

#include <istream>
#include <string>
#include <vector>

#include "crosscheck/types.h"

namespace crosscheck {

std::string FormatClaimsJsonl(const Report& report);

// Appends the documents and claims read from `in` to `documents`, in order; lines that do
// not parse become diagnostics naming `name` and the line number. Returns the lines read.
uint64_t ReadClaimsJsonl(std::istream& in, const std::string& name,
                         std::vector<DocumentResult>& documents,
                         std::vector<Diagnostic>& diagnostics);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLAIMS_IO_H_
