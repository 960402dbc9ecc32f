// libFuzzer target: the reconciler over claims built from fuzz bytes (kinds, keys from a
// small alphabet so that claims meet, arbitrary intervals, dates, quotes and roles). Any crash, sanitizer report, hang or failed check is a bug.
// The body is in fuzz_checks.h, shared with the unit test that replays tests/fuzz/regressions/.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "tests/fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string failed = crosscheck::fuzz::CheckReconcile(data, size);
  if (!failed.empty()) {
    std::fprintf(stderr, "reconcile_fuzzer check failed: %s\n", failed.c_str());
    __builtin_trap();
  }
  return 0;
}
