// One language's tables while its pack is built: `<code>/<name>.tsv` of a data source (the
// compiled-in lib/data, or a folder on disk), and the common tables of lib/data/common/.
#ifndef CROSSCHECK_LIB_LANG_FOLDER_H_
#define CROSSCHECK_LIB_LANG_FOLDER_H_

#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "lib/extract/phrase_table.h"
#include "lib/lang/role_table.h"
#include "lib/lang/table.h"

namespace crosscheck::internal {

class LanguageFolder {
 public:
  // `builtin`: every table is required, whatever its schema says.
  LanguageFolder(const DataSource& source, std::string code, bool builtin)
      : source_(source), code_(std::move(code)), builtin_(builtin) {}
  const std::string& code() const { return code_; }

  // The language's table `schema.name`.
  absl::StatusOr<Table> Load(const TableSchema& schema) const {
    return builtin_ ? LoadRequiredTable(source_, code_, schema)
                    : LoadTable(source_, code_, schema);
  }
  // A table of lib/data/common/, which is compiled in: always there.
  static absl::StatusOr<Table> Common(const TableSchema& schema) {
    return LoadRequiredTable(EmbeddedSource(), "common", schema);
  }
  // Adds the rows of the language's table to `t`: the first column is the form, the others
  // its fields.
  absl::Status AddTo(PhraseTable& t, const TableSchema& schema) const;
  // Adds the language's role table `name` and then the common one, whose words every language
  // reads. The language's table is optional in a folder; a built-in language has it unless
  // `common_only` (all its words are common so far).
  absl::Status AddRoles(RoleTable& t, std::string_view name, bool common_only = false) const;

 private:
  const DataSource& source_;
  std::string code_;
  bool builtin_;
};

// Adds the rows of `table` to `t` (first column: the form).
void AddRows(PhraseTable& t, const Table& table);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_LANG_FOLDER_H_
