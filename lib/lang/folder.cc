#include "lib/lang/folder.h"

namespace crosscheck::internal {

void AddRows(PhraseTable& t, const Table& table) {
  for (const TableRow& row : table.rows) {
    t.Add(row[0], std::vector<std::string>(row.fields.begin() + 1, row.fields.end()));
  }
}

absl::Status LanguageFolder::AddTo(PhraseTable& t, const TableSchema& schema) const {
  absl::StatusOr<Table> table = Load(schema);
  if (!table.ok()) return table.status();
  AddRows(t, *table);
  return absl::OkStatus();
}

absl::Status LanguageFolder::AddRoles(RoleTable& t, std::string_view name,
                                      bool common_only) const {
  const TableSchema schema = RoleTable::Schema(name, /*optional=*/true);
  absl::StatusOr<Table> own =
      common_only ? LoadTable(source_, code_, schema) : Load(schema);
  if (!own.ok()) return own.status();
  if (absl::Status s = t.AddTable(*own); !s.ok()) return s;
  absl::StatusOr<Table> common = Common(RoleTable::Schema(name, false));
  if (!common.ok()) return common.status();
  return t.AddTable(*common);
}

}  // namespace crosscheck::internal
