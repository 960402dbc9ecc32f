// Data tables the quote, speaker, role and source recognizers cannot work without. Those read
// with a language's pack (lib/lang/pack.h) have schemas (lib/lang/table.h), declared here
// when shared; the others are read through RequiredRows: a table that is missing or empty,
// or a row with fewer fields than the reader needs, stops the program naming the table and
// the row. They are compiled in (lib/data/embedded.h), so this is a broken build.
#ifndef CROSSCHECK_LIB_EXTRACT_TABLES_H_
#define CROSSCHECK_LIB_EXTRACT_TABLES_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "lib/lang/table.h"

namespace crosscheck::internal {

extern const TableSchema kRoleKeysTable;       // jurisdiction, office, role key

// The rows of lib/data/<path>, each with at least `min_fields` fields.
std::vector<std::vector<std::string_view>> RequiredRows(std::string_view path,
                                                        size_t min_fields = 1);

// Stops the program: table `path` cannot be read as its reader needs, for the reason `why`.
[[noreturn]] void BrokenTable(std::string_view path, const std::string& why);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_TABLES_H_
