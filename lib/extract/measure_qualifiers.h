// Counts of one measure told apart by how sure they are (common/measure_qualifiers.tsv):
// suspected, probable and confirmed cases, keyed by the measure they count.
#ifndef CROSSCHECK_LIB_EXTRACT_MEASURE_QUALIFIERS_H_
#define CROSSCHECK_LIB_EXTRACT_MEASURE_QUALIFIERS_H_

#include <cstddef>
#include <string_view>

#include "lib/extract/tokens.h"
#include "lib/lang/table.h"

namespace crosscheck::internal {

// The two common tables (lib/data/common/), read and checked with the others
// (lib/extract/tables.h, CheckCommonTables).
extern const TableSchema kMeasureQualifiersTable;  // measure, qualified
extern const TableSchema kQualifierVerbsTable;     // form, qualified, where: before|after

struct MeasureQualifier {
  std::string_view measure;    // What is counted: "cases".
  std::string_view qualified;  // The kind: "suspected_cases".
};

// The row of a qualified measure ("suspected_cases"), or nullptr.
const MeasureQualifier* QualifierOf(std::string_view unit);

// The measure a claim of `unit` is keyed by: "cases" for "suspected_cases", else `unit`.
std::string_view KeyMeasure(std::string_view unit);

// Whether some row qualifies `measure` ("cases").
bool HasQualifiers(std::string_view measure);

// The kind a verb beside an unqualified count of `unit` (the figure at `first`, its noun
// ending at `np_end`) gives it: "confirmed 2,863 cases", "15 cases have been confirmed"
// (common/qualifier_verbs.tsv); empty when none does.
std::string_view KindByVerb(Tokens tokens, size_t first, size_t np_end, std::string_view unit);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_MEASURE_QUALIFIERS_H_
