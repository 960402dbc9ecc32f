// The common tables (lib/data/common/) the quote, speaker and role recognizers read, with their
// schemas (lib/lang/table.h). They are compiled in and the same for every language, and read
// by recognizers built where no error can be returned; so Engine::Create checks them all
// first (CheckCommonTables), and a missing, empty or malformed one is a FailedPrecondition
// naming file and line when the Checker is created. Per-language tables of quotes, speakers
// and roles are read with the language's pack (lib/lang/pack.h).
#ifndef CROSSCHECK_LIB_EXTRACT_TABLES_H_
#define CROSSCHECK_LIB_EXTRACT_TABLES_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "lib/lang/table.h"

namespace crosscheck::internal {

extern const TableSchema kPersonsTable;        // form, person id, [country, gender, ...]
extern const TableSchema kGivenNamesTable;     // form
extern const TableSchema kRoleKindsTable;      // office, kind
extern const TableSchema kGazetteerTable;      // key, parent, type (common/places.tsv)
extern const TableSchema kRoleKeysTable;       // jurisdiction, office, role key
extern const TableSchema kAntonymsTable;       // term, opposite term

// Reads every common table above through its schema, once per process: the first error, or
// OK.
absl::Status CheckCommonTables();

// The common table of `schema` (one of the above), checked. Stops the program when it is
// broken, which CheckCommonTables has ruled out before any recognizer is built.
const Table& CommonTable(const TableSchema& schema);

// Whether gazetteer place `inner` lies within `outer` (kursk in russia), walking up the
// parents of common/places.tsv. ReconcileOptions::place_within, as a Checker fills it.
bool GazetteerWithin(std::string_view inner, std::string_view outer);
// Whether `place` lies in no other place of the gazetteer (a country).
bool GazetteerTop(std::string_view place);
// The outermost place holding `place` (its country), or `place` itself when it lies in none;
// a view into the gazetteer, or `place` when it is not in it.
std::string_view GazetteerCountry(std::string_view place);
// The place right below the country holding `place` (its first-level region), or `place`
// itself when it is a country or lies in none.
std::string_view GazetteerRegion(std::string_view place);

// The rows of lib/data/<path>, each with at least `min_fields` fields (tables not yet read
// through a schema).
std::vector<std::vector<std::string_view>> RequiredRows(std::string_view path,
                                                        size_t min_fields = 1);

// Stops the program: table `path` cannot be read as its reader needs, for the reason `why`.
[[noreturn]] void BrokenTable(std::string_view path, const std::string& why);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_TABLES_H_
