// The ids of plain-text articles: the file name without extension, and where names repeat,
// the path relative to the directory named (or as given), so that no article is skipped.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "crosscheck/reader.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

struct IdCase {
  std::string name;
  std::vector<std::string> files;  // Created under the scratch directory.
  std::vector<std::string> args;   // Paths given, relative to it; "." is the directory itself.
  std::vector<std::string> ids;    // Expected, in reading order; "$" stands for the scratch path.
};

void PrintTo(const IdCase& c, std::ostream* os) { *os << c.name; }

class IdsTest : public ::testing::TestWithParam<IdCase> {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("crosscheck_ids_" + std::to_string(::getpid()) + "_" + GetParam().name);
    fs::remove_all(dir_);
    for (const std::string& f : GetParam().files) {
      fs::create_directories((dir_ / f).parent_path());
      std::ofstream(dir_ / f) << "Ein Artikel über " << f << ".\n";
    }
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_P(IdsTest, EveryFileIsReadUnderItsOwnId) {
  const IdCase& c = GetParam();
  std::vector<std::string> args;
  for (const std::string& a : c.args) args.push_back(a == "." ? dir_.string() : (dir_ / a).string());
  const ReadResult r = ReadInputs(args);
  std::vector<std::string> ids;
  for (const Document& d : r.documents) ids.push_back(d.id);
  std::vector<std::string> want;
  for (const std::string& id : c.ids) {
    want.push_back(id.starts_with("$/") ? (dir_ / id.substr(2)).string() : id);
  }
  EXPECT_THAT(ids, ::testing::ElementsAreArray(want));
  EXPECT_TRUE(r.diagnostics.empty()) << r.diagnostics.front().message;
  EXPECT_EQ(r.inputs, c.files.size());
}

INSTANTIATE_TEST_SUITE_P(
    Layouts, IdsTest,
    ::testing::Values(
        IdCase{"distinct_names_keep_their_stems", {"x/a.txt", "y/b.txt", "c.md"}, {"."},
               {"c", "a", "b"}},
        IdCase{"one_name_in_two_folders", {"x/a.txt", "y/a.txt", "b.txt"}, {"."},
               {"b", "x/a.txt", "y/a.txt"}},
        IdCase{"same_stem_two_extensions", {"a.md", "a.txt"}, {"."}, {"a.md", "a.txt"}},
        IdCase{"top_level_and_nested", {"a.txt", "x/a.txt"}, {"."}, {"a.txt", "x/a.txt"}},
        IdCase{"relative_to_each_named_folder", {"p/x/a.txt", "q/y/a.txt"}, {"p", "q"},
               {"x/a.txt", "y/a.txt"}},
        IdCase{"same_relative_path_in_two_folders", {"p/x/a.txt", "q/x/a.txt"}, {"p", "q"},
               {"$/p/x/a.txt", "$/q/x/a.txt"}},
        IdCase{"files_named_on_the_command_line", {"x/a.txt", "y/a.txt"},
               {"x/a.txt", "y/a.txt"}, {"$/x/a.txt", "$/y/a.txt"}},
        IdCase{"named_file_and_folder", {"x/a.txt", "y/a.txt"}, {"x/a.txt", "y"},
               {"$/x/a.txt", "a.txt"}}),
    [](const ::testing::TestParamInfo<IdCase>& info) { return info.param.name; });

}  // namespace
}  // namespace crosscheck
