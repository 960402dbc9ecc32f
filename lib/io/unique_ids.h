// Ids are unique within a run: the first document with an id keeps it, a later one is skipped
// with a diagnostic naming where the first came from.
#ifndef CROSSCHECK_LIB_IO_UNIQUE_IDS_H_
#define CROSSCHECK_LIB_IO_UNIQUE_IDS_H_

#include <optional>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "fmt/format.h"
#include "crosscheck/types.h"

namespace crosscheck::internal {

class UniqueIds {
 public:
  // Empty when `document`'s id is new (it is remembered); else the diagnostic that skips it.
  std::optional<Diagnostic> Admit(const Document& document) {
    return Admit(document.id, document.origin);
  }
  // The same for a document read from `origin` with id `id`.
  std::optional<Diagnostic> Admit(const std::string& id, const std::string& origin) {
    auto [it, inserted] = first_origin_.emplace(id, origin);
    if (inserted) return std::nullopt;
    return Diagnostic{origin,
                      fmt::format("duplicate id \"{}\" (first read from {}); skipped", id,
                                  it->second),
                      true};
  }

 private:
  absl::flat_hash_map<std::string, std::string> first_origin_;  // id -> origin
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_IO_UNIQUE_IDS_H_
