// Data tables the quote, speaker, role and source recognizers cannot work without, read
// through one function: a table that is missing or empty, or a row with fewer fields than the
// reader needs, stops the program naming the table and the row, instead of silently yielding
// nothing. The tables are compiled in (lib/data/embedded.h), so this is a broken build, never
// a condition of the input. (A schema check at Checker::Create can take its place.)
#ifndef CROSSCHECK_LIB_EXTRACT_TABLES_H_
#define CROSSCHECK_LIB_EXTRACT_TABLES_H_

#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::internal {

// The rows of lib/data/<path>, each with at least `min_fields` fields.
std::vector<std::vector<std::string_view>> RequiredRows(std::string_view path,
                                                        size_t min_fields = 1);

// Stops the program: table `path` cannot be read as its reader needs, for the reason `why`.
[[noreturn]] void BrokenTable(std::string_view path, const std::string& why);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_TABLES_H_
