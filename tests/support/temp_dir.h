// A scratch folder for each test of a fixture: <tmp>/crosscheck_<prefix>_<pid>_<test>, empty
// when the test starts and removed when it ends (permissions given back first, for tests that
// take them away). Derive the fixture from it:
//
//   class ReaderTest : public TempDirTest {
//    protected:
//     ReaderTest() : TempDirTest("reader") {}
//   };
//   TEST_F(ReaderTest, ...) { const std::string path = Write("a/b.txt", "Text."); }
#ifndef CROSSCHECK_TESTS_SUPPORT_TEMP_DIR_H_
#define CROSSCHECK_TESTS_SUPPORT_TEMP_DIR_H_

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

#include "gtest/gtest.h"

namespace crosscheck {

class TempDirTest : public ::testing::Test {
 protected:
  explicit TempDirTest(std::string prefix) : prefix_(std::move(prefix)) {}

  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("crosscheck_" + prefix_ + "_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    std::filesystem::permissions(dir_, std::filesystem::perms::all, ec);
    std::filesystem::remove_all(dir_, ec);
  }
  // Writes `body` to dir_/name, making the folders it names; returns its path.
  std::string Write(const std::string& name, const std::string& body) const {
    const std::filesystem::path p = dir_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary | std::ios::trunc) << body;
    return p.string();
  }

  std::filesystem::path dir_;

 private:
  std::string prefix_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_TESTS_SUPPORT_TEMP_DIR_H_
