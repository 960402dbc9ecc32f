// One document through a checker with the built-in tables, for tests that look at the claims
// of a sentence or two: `ExtractOne("de", "Das Treffen fand am 27. Oktober statt.")`.
#ifndef CROSSCHECK_TESTS_SUPPORT_EXTRACT_ONE_H_
#define CROSSCHECK_TESTS_SUPPORT_EXTRACT_ONE_H_

#include <string>

#include "absl/status/statusor.h"
#include "crosscheck/checker.h"

namespace crosscheck::test_support {

inline absl::StatusOr<DocumentResult> ExtractOne(std::string lang, std::string text,
                                                 std::string id = "a") {
  absl::StatusOr<Checker> checker = Checker::Create();
  if (!checker.ok()) return checker.status();
  Document doc;
  doc.id = std::move(id);
  doc.lang = std::move(lang);
  doc.text = std::move(text);
  return checker->Extract(doc);
}

}  // namespace crosscheck::test_support

#endif  // CROSSCHECK_TESTS_SUPPORT_EXTRACT_ONE_H_
