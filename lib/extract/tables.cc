#include "lib/extract/tables.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "lib/base/hashed_map.h"
#include "lib/data/embedded.h"
#include "lib/extract/measure_qualifiers.h"

namespace crosscheck::internal {

const TableSchema kPersonsTable{"persons",
                                {{"form"},
                                 {"person id"},
                                 {"country", false},
                                 {"gender", false},
                                 {"office", false},
                                 {"surname", false}}};
const TableSchema kGivenNamesTable{"given_names", {{"form"}}};
const TableSchema kRoleKindsTable{"role_kinds", {{"office"}, {"kind"}}};
const TableSchema kGazetteerTable{"places",
                                  {{"key"}, {"parent"}, {"type"}, {"continent", false}}};
const TableSchema kRoleKeysTable{"role_keys", {{"jurisdiction"}, {"office"}, {"role key"}}};
const TableSchema kAntonymsTable{"antonyms", {{"term"}, {"opposite term"}}};

namespace {

// The common tables, each read once per process: they are compiled in and never change.
struct CommonTables {
  absl::Status status;
  std::vector<std::pair<const TableSchema*, Table>> tables;
};

const CommonTables& CommonTablesOnce() {
  static const CommonTables* common = [] {
    auto* c = new CommonTables;
    for (const TableSchema* schema : {&kPersonsTable, &kGivenNamesTable, &kRoleKindsTable,
                                      &kGazetteerTable, &kRoleKeysTable, &kAntonymsTable,
                                      &kMeasureQualifiersTable, &kQualifierVerbsTable}) {
      absl::StatusOr<Table> table = LoadRequiredTable(EmbeddedSource(), "common", *schema);
      if (!table.ok()) {
        c->status = table.status();
        break;
      }
      c->tables.emplace_back(schema, *std::move(table));
    }
    return c;
  }();
  return *common;
}

}  // namespace

absl::Status CheckCommonTables() { return CommonTablesOnce().status; }

namespace {
// The project's string hash: Debian's Abseil hashes a std::string_view through std::hash (a
// call into libstdc++'s _Hash_bytes), and an article's home place asks the gazetteer a few
// times for every pair of the places it names (HomePlace: 7,710 look-ups in the example
// corpus). Only looked up, never iterated, so the hash decides no order.
struct GazetteerHash {
  size_t operator()(std::string_view s) const { return HashString(s); }
};
using GazetteerMap = absl::flat_hash_map<std::string_view, std::string_view, GazetteerHash>;

const GazetteerMap& GazetteerParents() {
  static const auto* const parents = [] {
    auto* m = new GazetteerMap();
    for (const TableRow& row : CommonTable(kGazetteerTable).rows) {
      if (row[1] != "-") m->emplace(row[0], row[1]);
    }
    return m;
  }();
  return *parents;
}

// Each country's continent (the gazetteer's fourth column), and each continent as its own.
const GazetteerMap& GazetteerContinents() {
  static const auto* const continents = [] {
    auto* m = new GazetteerMap();
    for (const TableRow& row : CommonTable(kGazetteerTable).rows) {
      if (row.size() > 3) m->emplace(row[0], row[3]);
      if (row[2] == "continent") m->emplace(row[0], row[0]);
    }
    return m;
  }();
  return *continents;
}
}  // namespace

bool GazetteerTop(std::string_view place) { return !GazetteerParents().contains(place); }

std::string_view GazetteerCountry(std::string_view place) {
  const auto& parents = GazetteerParents();
  for (int depth = 0; depth < 8; ++depth) {  // The gazetteer is three levels deep.
    const auto up = parents.find(place);
    if (up == parents.end()) break;
    place = up->second;
  }
  return place;
}

std::string_view GazetteerRegion(std::string_view place) {
  const auto& parents = GazetteerParents();
  for (int depth = 0; depth < 8; ++depth) {  // The gazetteer is three levels deep.
    const auto up = parents.find(place);
    if (up == parents.end() || !parents.contains(up->second)) break;
    place = up->second;
  }
  return place;
}

bool GazetteerWithin(std::string_view inner, std::string_view outer) {
  // The world and the continents hold without being parents: a country stays the top of
  // its walk (GazetteerTop, GazetteerCountry).
  if (outer == "world") return inner != outer;
  // A continent is the one key that maps to itself.
  const GazetteerMap& continents = GazetteerContinents();
  if (const auto o = continents.find(outer); o != continents.end() && o->second == outer) {
    const auto c = continents.find(GazetteerCountry(inner));
    return c != continents.end() && c->second == outer && inner != outer;
  }
  const auto* const parents = &GazetteerParents();
  for (int depth = 0; depth < 8; ++depth) {  // The gazetteer is three levels deep.
    const auto up = parents->find(inner);
    if (up == parents->end()) return false;
    inner = up->second;
    if (inner == outer) return true;
  }
  return false;
}

const Table& CommonTable(const TableSchema& schema) {
  const CommonTables& common = CommonTablesOnce();
  for (const auto& [s, table] : common.tables) {
    if (s == &schema) return table;
  }
  std::fprintf(stderr, "crosscheck: common table %.*s: %s\n",
               static_cast<int>(schema.name.size()), schema.name.data(),
               common.status.ok() ? "not a common table"
                                  : std::string(common.status.message()).c_str());
  std::abort();
}

void BrokenTable(std::string_view path, const std::string& why) {
  std::fprintf(stderr, "crosscheck: language table lib/data/%.*s %s\n",
               static_cast<int>(path.size()), path.data(), why.c_str());
  std::abort();
}

std::vector<std::vector<std::string_view>> RequiredRows(std::string_view path,
                                                        size_t min_fields) {
  std::vector<std::vector<std::string_view>> rows = TableRows(path);
  if (rows.empty()) BrokenTable(path, "is missing or has no rows");
  for (const auto& row : rows) {
    if (row.size() >= min_fields && !row[0].empty()) continue;
    std::string line;
    for (std::string_view f : row) line.append(line.empty() ? "" : "\\t").append(f);
    BrokenTable(path, "has a row with fewer than " + std::to_string(min_fields) +
                          " fields or an empty first field: \"" + line + "\"");
  }
  return rows;
}

}  // namespace crosscheck::internal
