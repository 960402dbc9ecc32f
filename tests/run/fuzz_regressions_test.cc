// Replays every input kept in tests/fuzz/regressions/ through the same checks as the libFuzzer
// target its name starts with (extract-, jsonl-, reconcile-): see tests/fuzz/fuzz_checks.h and
// tests/fuzz/README.md. A crash fails the suite as well; the asan preset also catches memory
// errors and undefined behaviour.
#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/fuzz/fuzz_checks.h"

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> RegressionFiles() {
  const fs::path dir = fs::path(CROSSCHECK_SOURCE_DIR) / "tests/fuzz/regressions";
  std::vector<fs::path> files;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file() && it->path().filename().string().front() != '.') {
      files.push_back(it->path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string ReadBytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

TEST(FuzzRegressions, FolderIsNotEmpty) {
  // An empty or missing folder would let the replay below pass on nothing.
  EXPECT_GE(RegressionFiles().size(), 1u) << CROSSCHECK_SOURCE_DIR "/tests/fuzz/regressions";
}

TEST(FuzzRegressions, EveryInputPassesItsFuzzerChecks) {
  const std::vector<fs::path> files = RegressionFiles();
  ASSERT_FALSE(files.empty());
  for (const fs::path& path : files) {
    const std::string name = path.filename().string();
    const std::string bytes = ReadBytes(path);
    const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
    std::string failed;
    if (name.starts_with("extract-")) {
      failed = fuzz::CheckExtract(data, bytes.size());
    } else if (name.starts_with("jsonl-")) {
      failed = fuzz::CheckJsonl(data, bytes.size());
    } else if (name.starts_with("reconcile-")) {
      failed = fuzz::CheckReconcile(data, bytes.size());
    } else {
      ADD_FAILURE() << name << ": the name must start with extract-, jsonl- or reconcile-";
      continue;
    }
    EXPECT_EQ(failed, "") << name;
  }
}

}  // namespace
}  // namespace crosscheck
