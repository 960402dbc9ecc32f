// libFuzzer target: the whole extraction of one document, in both languages, with and
// without a publication date. Any crash, sanitizer report or hang is a bug.
#include <cstddef>
#include <cstdint>
#include <string>

#include "crosscheck/checker.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const crosscheck::Checker* checker = [] {
    auto c = crosscheck::Checker::Create();
    return new crosscheck::Checker(*c);
  }();
  crosscheck::Document doc;
  doc.id = "fuzz";
  doc.text.assign(reinterpret_cast<const char*>(data), size);
  doc.lang = size % 2 ? "de" : "en";
  if (size % 3 == 0) doc.published = absl::CivilDay(2024, 11, 6);
  auto r = checker->Extract(doc);
  if (r.ok()) {
    for (const crosscheck::Claim& c : r->claims) {
      // Every span must lie inside the text it indexes.
      if (c.span.begin > c.span.end || c.span.end > doc.text.size()) __builtin_trap();
      if (c.sentence.end > doc.text.size()) __builtin_trap();
    }
  }
  return 0;
}
