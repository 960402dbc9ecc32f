#include "lib/extract/tables.h"

#include <cstdio>
#include <cstdlib>
#include <string>

#include "lib/data/embedded.h"

namespace crosscheck::internal {

const TableSchema kRoleKeysTable{"role_keys", {{"jurisdiction"}, {"office"}, {"role key"}}};

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
