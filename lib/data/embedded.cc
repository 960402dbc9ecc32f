#include "lib/data/embedded.h"


namespace crosscheck::internal {

std::vector<std::string_view> Split(std::string_view text, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    const size_t at = text.find(sep, start);
    out.push_back(text.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) return out;
    start = at + 1;
  }
}

std::vector<std::vector<std::string_view>> TableRows(std::string_view path) {
  std::vector<std::vector<std::string_view>> rows;
  for (const EmbeddedFile& f : EmbeddedData()) {
    if (f.path != path) continue;
    for (std::string_view line : Split(f.body, '\n')) {
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty() || line.front() == '#') continue;
      rows.push_back(Split(line, '\t'));
    }
  }
  return rows;
}

}  // namespace crosscheck::internal
