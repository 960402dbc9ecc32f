#include "crosscheck/reader.h"

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <sstream>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/support/temp_dir.h"

namespace crosscheck {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

class ReaderTest : public TempDirTest {
 protected:
  ReaderTest() : TempDirTest("reader") {}
  std::string Messages(const ReadResult& r) {
    std::string all;
    for (const Diagnostic& d : r.diagnostics) all += d.input + ": " + d.message + "\n";
    return all;
  }
};

TEST_F(ReaderTest, JsonLinesBadLinesAreReportedAndOthersRead) {
  const std::string path = Write("feed.jsonl",
      "{\"id\":\"a\",\"text\":\"Erster Text.\",\"lang\":\"de\",\"published\":\"2024-10-28\"}\n"
      "{\"id\":\"b\",\"text\":\n"                       // line 2: malformed
      "\n"                                               // blank lines are no input
      "[1,2]\n"                                          // line 4: not an object
      "{\"text\":\"no id\"}\n"                           // line 5: missing id
      "{\"id\":\"c\",\"text\":42}\n"                     // line 6: wrong type
      "{\"id\":\"d\",\"text\":\"Vierter.\",\"published\":\"28.10.2024\"}\n"  // 7: bad date
      "{\"id\":\"a\",\"text\":\"Doppelt.\"}\n"           // line 8: duplicate id
      "{\"id\":\"e\",\"text\":\"Fünfter.\",\"source\":\"CNN\",\"url\":\"https://x\"}\n");
  ReadResult r = ReadInputs({path});
  ASSERT_EQ(r.documents.size(), 3u) << Messages(r);
  EXPECT_EQ(r.documents[0].id, "a");
  EXPECT_EQ(r.documents[0].lang, "de");
  ASSERT_TRUE(r.documents[0].published.has_value());
  EXPECT_EQ(*r.documents[0].published, absl::CivilDay(2024, 10, 28));
  EXPECT_FALSE(r.documents[1].published.has_value());
  EXPECT_EQ(r.documents[2].source, "CNN");
  const std::string m = Messages(r);
  EXPECT_THAT(m, HasSubstr("feed.jsonl:2: malformed JSON"));
  EXPECT_THAT(m, HasSubstr("feed.jsonl:4: expected a JSON object, found array"));
  EXPECT_THAT(m, HasSubstr("feed.jsonl:5: missing field \"id\""));
  EXPECT_THAT(m, HasSubstr("feed.jsonl:6: field \"text\" must be a string, found number"));
  EXPECT_THAT(m, HasSubstr("feed.jsonl:7: field \"published\" is not an ISO date"));
  EXPECT_THAT(m, HasSubstr("feed.jsonl:8: duplicate id \"a\" (first read from"));
  // Accounting: 8 inputs = 3 documents + 5 skipped (the bad date is only a warning).
  size_t skipped = 0;
  for (const Diagnostic& d : r.diagnostics) skipped += d.skipped;
  EXPECT_EQ(r.inputs, 8u);
  EXPECT_EQ(r.documents.size() + skipped, r.inputs);
}

TEST_F(ReaderTest, DirectoryIsReadRecursivelyInSortedOrder) {
  Write("b.txt", "Zweiter Artikel.");
  Write("sub/a.md", "Erster Artikel.");
  Write("ignored.bin", "no");
  Write("EXPECTED.md", "# what a checker should find");
  Write(".hidden/x.txt", "versteckt");
  Write("empty.txt", "  \n");
  Write("binary.txt", std::string("abc\0def", 7));
  Write("bad.txt", "gut\xFF");
  Write("utf16.txt", "\xFF\xFEh\0i\0");
  Write("bom.txt", "\xEF\xBB\xBFMit BOM.");
  ReadResult r = ReadInputs({dir_.string()});
  std::vector<std::string> ids;
  for (const Document& d : r.documents) ids.push_back(d.id);
  EXPECT_THAT(ids, ::testing::ElementsAre("b", "bom", "a"));
  EXPECT_EQ(r.documents[1].text, "Mit BOM.");
  const std::string m = Messages(r);
  EXPECT_THAT(m, HasSubstr("empty.txt: empty document"));
  EXPECT_THAT(m, HasSubstr("binary.txt: binary data (NUL byte at offset 3)"));
  EXPECT_THAT(m, HasSubstr("bad.txt: invalid UTF-8 at byte offset 3"));
  EXPECT_THAT(m, HasSubstr("utf16.txt: UTF-16 text"));
  EXPECT_EQ(r.inputs, 7u);
  EXPECT_EQ(r.diagnostics.size(), 4u);
}

TEST_F(ReaderTest, MissingAndUnreadablePathsAreNamed) {
  const std::string locked = Write("locked.txt", "Geheim.");
  fs::permissions(locked, fs::perms::none);
  ReadResult r = ReadInputs({(dir_ / "nope.txt").string(), locked});
  const std::string m = Messages(r);
  EXPECT_THAT(m, HasSubstr("nope.txt: no such file or directory"));
  if (::geteuid() != 0) {  // root reads anything.
    EXPECT_THAT(m, HasSubstr("locked.txt: cannot open"));
  }
  EXPECT_EQ(r.inputs, 2u);
}

TEST_F(ReaderTest, SymlinkLoopDoesNotHang) {
  Write("d/a.txt", "Ein Artikel.");
  fs::create_directory_symlink(dir_ / "d", dir_ / "d" / "loop");
  ReadResult r = ReadInputs({dir_.string()});
  EXPECT_EQ(r.documents.size(), 1u);
}

TEST_F(ReaderTest, OversizedDocumentIsSkipped) {
  const std::string path = Write("big.txt", std::string(2000, 'a'));
  ReadOptions options;
  options.max_document_bytes = 1000;
  ReadResult r = ReadInputs({path}, options);
  EXPECT_TRUE(r.documents.empty());
  EXPECT_THAT(Messages(r), HasSubstr("exceeds the limit of 1000 bytes"));
}

TEST_F(ReaderTest, PipesDevicesAndBrokenLinksAreNamedNotLostNorWaitedFor) {
  Write("d/a.txt", "Ein Artikel.");
  ASSERT_EQ(::mkfifo((dir_ / "d" / "pipe.txt").c_str(), 0600), 0);
  fs::create_symlink(dir_ / "nowhere.txt", dir_ / "d" / "broken.txt");
  ReadResult r = ReadInputs({(dir_ / "d").string()});
  std::string m = Messages(r);
  EXPECT_EQ(r.documents.size(), 1u);
  EXPECT_THAT(m, HasSubstr("pipe.txt: a named pipe, not a regular file"));
  EXPECT_THAT(m, HasSubstr("broken.txt: a broken symbolic link, not a regular file"));
  EXPECT_EQ(r.inputs, 3u);
  // Named on the command line, a pipe nobody writes to reads as empty instead of hanging.
  r = ReadInputs({(dir_ / "d" / "pipe.txt").string()});
  EXPECT_THAT(Messages(r), HasSubstr("pipe.txt: empty document"));
  // A device without end is refused at the size limit instead of filling memory.
  ReadOptions small;
  small.max_document_bytes = 1 << 20;
  r = ReadInputs({"/dev/zero"}, small);
  EXPECT_THAT(Messages(r), HasSubstr("/dev/zero: document exceeds the limit of 1048576 bytes"));
}

TEST_F(ReaderTest, PathThroughAFileIsAnErrorEvenForRoot) {
  const std::string file = Write("plain.txt", "Ein Artikel.");
  ReadResult r = ReadInputs({file + "/inner.txt"});
  EXPECT_THAT(Messages(r), HasSubstr("inner.txt: cannot access: Not a directory"));
  EXPECT_EQ(r.inputs, 1u);
  EXPECT_EQ(r.diagnostics.size(), 1u);
}

TEST_F(ReaderTest, DirectoryOfTenThousandFilesIsReadInFull) {
  constexpr int kFiles = 10'000;
  for (int i = 0; i < kFiles; ++i) {
    Write("many/" + std::to_string(i % 100) + "/a" + std::to_string(i) + ".txt",
          "Die Armee verlegte " + std::to_string(i + 1) + " Soldaten.");
  }
  ReadResult r = ReadInputs({(dir_ / "many").string()});
  EXPECT_EQ(r.documents.size(), static_cast<size_t>(kFiles));
  EXPECT_TRUE(r.diagnostics.empty()) << Messages(r);
  EXPECT_EQ(r.inputs, static_cast<uint64_t>(kFiles));
}

TEST(ReadJsonLines, FromStream) {
  std::istringstream in("{\"id\":\"x\",\"text\":\"Hallo.\"}\n{bad}\n");
  int docs = 0, diags = 0;
  uint64_t inputs = ReadJsonLines(in, "<test>", {}, [&](Document) { ++docs; },
                                  [&](Diagnostic d) {
                                    ++diags;
                                    EXPECT_EQ(d.input, "<test>:2");
                                  });
  EXPECT_EQ(inputs, 2u);
  EXPECT_EQ(docs, 1);
  EXPECT_EQ(diags, 1);
}

}  // namespace
}  // namespace crosscheck
