// libFuzzer target: the JSON Lines reader. Every non-blank line must become a document or a
// diagnostic.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "crosscheck/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  uint64_t docs = 0, skipped = 0;
  const uint64_t inputs = crosscheck::ReadJsonLines(
      in, "fuzz", {}, [&](crosscheck::Document) { ++docs; },
      [&](crosscheck::Diagnostic d) { skipped += d.skipped; });
  if (docs + skipped != inputs) __builtin_trap();
  return 0;
}
