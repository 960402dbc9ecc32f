// libFuzzer target: the JSON Lines reader. Every non-blank line must become a document or a
// diagnostic. Any crash, sanitizer report, hang or failed check is a bug.
// The body is in fuzz_checks.h, shared with the unit test that replays tests/fuzz/regressions/.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "tests/fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string failed = crosscheck::fuzz::CheckJsonl(data, size);
  if (!failed.empty()) {
    std::fprintf(stderr, "jsonl_fuzzer check failed: %s\n", failed.c_str());
    __builtin_trap();
  }
  return 0;
}
