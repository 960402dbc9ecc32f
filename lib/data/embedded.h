// Language data compiled into the library (see cmake/LanguageData.cmake).
#ifndef CROSSCHECK_LIB_DATA_EMBEDDED_H_
#define CROSSCHECK_LIB_DATA_EMBEDDED_H_

#include <string_view>
#include <vector>

namespace crosscheck::internal {

struct EmbeddedFile {
  std::string_view path;  // Relative to lib/data, e.g. "de/hedges.tsv".
  std::string_view body;
};

const std::vector<EmbeddedFile>& EmbeddedData();

// `text` cut at every `sep` (empty pieces kept).
std::vector<std::string_view> Split(std::string_view text, char sep);

// The rows of one table: tab-separated fields, comments (#) and blank lines skipped.
std::vector<std::vector<std::string_view>> TableRows(std::string_view path);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_DATA_EMBEDDED_H_
