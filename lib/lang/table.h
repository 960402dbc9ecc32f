// Tables of language data with a declared schema. A table is a tab-separated file
// ("de/hedges.tsv"): one row per line, `#` starts a comment line, blank lines are skipped.
// Its schema names the columns, says which are required and which hold numbers, and whether
// the table may be empty or left out. LoadTable checks every row against it, so a missing,
// empty or malformed table is an error naming the file and line instead of zero rows.
//
//   const TableSchema kHedges{"hedges", {{"form"}, {"hedge"}}};
//   absl::StatusOr<Table> t = LoadTable(EmbeddedSource(), "de", kHedges);
//
// A DataSource says where the files are: compiled into the library (lib/data) or a folder
// on disk (a language pack added at run time).
#ifndef CROSSCHECK_LIB_LANG_TABLE_H_
#define CROSSCHECK_LIB_LANG_TABLE_H_

#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace crosscheck::internal {

struct Column {
  enum Type { kText, kNumber };
  std::string_view name;
  bool required = true;  // Required columns come first; a row may stop after them.
  Type type = kText;
};

struct TableSchema {
  std::string_view name;  // The file's name without ".tsv".
  std::vector<Column> columns;
  bool may_be_empty = false;  // Rows may all be comments ("no exceptions to list").
  bool optional = false;      // A language folder may leave it out: then it has no rows.
};

struct TableRow {
  size_t line = 0;  // 1-based, for messages.
  std::vector<std::string_view> fields;  // Only the columns the row gives.
  std::string_view operator[](size_t i) const { return fields[i]; }
  size_t size() const { return fields.size(); }
  // Column `i`, or `fallback` when the row stops before it.
  std::string_view Get(size_t i, std::string_view fallback = {}) const {
    return i < fields.size() ? fields[i] : fallback;
  }
};

struct Table {
  std::string where;  // The file as messages name it: "lib/data/de/hedges.tsv".
  std::vector<TableRow> rows;
  // A FailedPrecondition naming the file and the row's line.
  absl::Status Error(const TableRow& row, std::string_view message) const;
};

// Where the files of language data come from. Read returns the body of `path` (relative,
// e.g. "de/hedges.tsv"), or nullopt when there is no such file; the body stays valid as long
// as the source.
class DataSource {
 public:
  virtual ~DataSource() = default;
  virtual std::optional<std::string_view> Read(std::string_view path) const = 0;
  // How messages name `path`.
  virtual std::string Where(std::string_view path) const = 0;
};

// The tables compiled into the library (lib/data, see cmake/LanguageData.cmake).
const DataSource& EmbeddedSource();

// A folder on disk holding one language's tables: `folder/<name>.tsv` is `<code>/<name>.tsv`.
// Files are read once, when first asked for.
class FolderSource : public DataSource {
 public:
  FolderSource(std::string folder, std::string code)
      : folder_(std::move(folder)), code_(std::move(code)) {}
  std::optional<std::string_view> Read(std::string_view path) const override;
  std::string Where(std::string_view path) const override;

 private:
  std::string File(std::string_view path) const;
  std::string folder_, code_;
  mutable std::deque<std::pair<std::string, std::string>> read_;  // path, body
};

// Table `schema.name` of folder `folder` ("de", "common") in `source`, checked against the
// schema: FailedPrecondition for a missing table (unless optional), a table without rows
// (unless it may be empty), a row with fewer than the required columns or more than the
// schema has, an empty required field or a number column that is no number.
absl::StatusOr<Table> LoadTable(const DataSource& source, std::string_view folder,
                                const TableSchema& schema);

// The same, with the table required whatever the schema says: the built-in languages have
// every table, and a missing one is a broken build, not a smaller language.
absl::StatusOr<Table> LoadRequiredTable(const DataSource& source, std::string_view folder,
                                        const TableSchema& schema);

// A table's column as a number; `fallback` when the row stops before it. The loader has
// checked that number columns parse.
double NumberAt(const TableRow& row, size_t column, double fallback = 0);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_LANG_TABLE_H_
