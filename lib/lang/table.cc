#include "lib/lang/table.h"

#include <charconv>
#include <fstream>
#include <sstream>

#include "fmt/format.h"
#include "lib/data/embedded.h"

namespace crosscheck::internal {
namespace {

class Embedded : public DataSource {
 public:
  std::optional<std::string_view> Read(std::string_view path) const override {
    for (const EmbeddedFile& f : EmbeddedData()) {
      if (f.path == path) return f.body;
    }
    return std::nullopt;
  }
  std::string Where(std::string_view path) const override {
    return fmt::format("lib/data/{}", path);
  }
};

bool IsNumber(std::string_view s) {
  double v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return ec == std::errc() && end == s.data() + s.size();
}

std::string ColumnNames(const TableSchema& schema) {
  std::string out;
  for (const Column& c : schema.columns) {
    if (!out.empty()) out += ", ";
    out += c.required ? std::string(c.name) : fmt::format("[{}]", c.name);
  }
  return out;
}

absl::Status CheckRow(const Table& table, const TableRow& row, const TableSchema& schema) {
  size_t required = 0;
  for (const Column& c : schema.columns) required += c.required;
  if (row.size() < required || row.size() > schema.columns.size()) {
    return table.Error(row, fmt::format("{} has columns {}; this row has {}", schema.name,
                                        ColumnNames(schema), row.size()));
  }
  for (size_t i = 0; i < row.size(); ++i) {
    const Column& c = schema.columns[i];
    if (row[i].empty() && c.required) {
      return table.Error(row, fmt::format("column {} ({}) is empty", i + 1, c.name));
    }
    if (c.type == Column::kNumber && !row[i].empty() && !IsNumber(row[i])) {
      return table.Error(row, fmt::format("column {} ({}) is no number: \"{}\"", i + 1, c.name,
                                          row[i]));
    }
  }
  return absl::OkStatus();
}

absl::StatusOr<Table> Load(const DataSource& source, std::string_view folder,
                           const TableSchema& schema, bool required) {
  const std::string path = fmt::format("{}/{}.tsv", folder, schema.name);
  Table table;
  table.where = source.Where(path);
  const std::optional<std::string_view> body = source.Read(path);
  if (!body) {
    if (!required) return table;
    return absl::FailedPreconditionError(
        fmt::format("{}: missing table ({})", table.where, ColumnNames(schema)));
  }
  size_t line = 0;
  for (std::string_view text : Split(*body, '\n')) {
    ++line;
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    if (text.empty() || text.front() == '#') continue;
    TableRow row{line, Split(text, '\t')};
    if (absl::Status s = CheckRow(table, row, schema); !s.ok()) return s;
    table.rows.push_back(std::move(row));
  }
  if (table.rows.empty() && !schema.may_be_empty) {
    return absl::FailedPreconditionError(fmt::format("{}: table has no rows", table.where));
  }
  return table;
}

}  // namespace

absl::Status Table::Error(const TableRow& row, std::string_view message) const {
  return absl::FailedPreconditionError(fmt::format("{}:{}: {}", where, row.line, message));
}

const DataSource& EmbeddedSource() {
  static const Embedded* source = new Embedded;
  return *source;
}

std::string FolderSource::File(std::string_view path) const {
  // "fr/months.tsv" is the folder's "months.tsv"; other folders ("common/...") are not in it.
  if (!path.starts_with(code_) || path.size() <= code_.size() || path[code_.size()] != '/') {
    return "";
  }
  return fmt::format("{}/{}", folder_, path.substr(code_.size() + 1));
}

std::optional<std::string_view> FolderSource::Read(std::string_view path) const {
  for (const auto& [p, body] : read_) {
    if (p == path) return body;
  }
  const std::string file = File(path);
  if (file.empty()) return std::nullopt;
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream body;
  body << in.rdbuf();
  read_.emplace_back(std::string(path), body.str());
  return read_.back().second;
}

std::string FolderSource::Where(std::string_view path) const {
  const std::string file = File(path);
  return file.empty() ? std::string(path) : file;
}

absl::StatusOr<Table> LoadTable(const DataSource& source, std::string_view folder,
                                const TableSchema& schema) {
  return Load(source, folder, schema, !schema.optional);
}

absl::StatusOr<Table> LoadRequiredTable(const DataSource& source, std::string_view folder,
                                        const TableSchema& schema) {
  return Load(source, folder, schema, true);
}

double NumberAt(const TableRow& row, size_t column, double fallback) {
  if (column >= row.size() || row[column].empty()) return fallback;
  double v = fallback;
  std::from_chars(row[column].data(), row[column].data() + row[column].size(), v);
  return v;
}

}  // namespace crosscheck::internal
