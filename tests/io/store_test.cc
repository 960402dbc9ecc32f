#include "crosscheck/store.h"

#include <signal.h>
#include <sys/wait.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>
#include <utility>
#include <vector>

#include "gtest/gtest.h"

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

DocumentResult Doc(const std::string& id, const std::string& key, double value) {
  DocumentResult d;
  d.id = id;
  d.lang = "de";
  d.published = absl::CivilDay(2024, 11, 6);
  d.home = "kursk";
  Claim c;
  c.kind = ClaimKind::kQuantity;
  c.key = key;
  c.unit = "troops";
  c.value = Interval::Exact(value);
  c.context = "Es sind " + std::to_string(static_cast<int>(value)) + " Soldaten.";
  c.context_begin = 0;
  c.sentence = {0, static_cast<uint32_t>(c.context.size())};
  c.span = {8, static_cast<uint32_t>(c.context.size() - 1)};
  d.claims.push_back(c);
  return d;
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string test = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    std::replace(test.begin(), test.end(), '/', '_');  // Parameterised tests: "Name/case".
    path_ = (fs::temp_directory_path() /
             ("crosscheck_store_" + std::to_string(::getpid()) + "_" + test + ".db"))
                .string();
    Clean();
  }
  void TearDown() override { Clean(); }
  void Clean() {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path_ + suffix);
  }
  std::string path_;
};

TEST_F(StoreTest, AddThenFindRelatedByKey) {
  auto store = ClaimStore::Open(path_);
  ASSERT_TRUE(store.ok()) << store.status();
  ASSERT_TRUE(store->Add({Doc("a", "north_korea/troops", 10000), Doc("b", "russia/troops", 5)}).ok());
  auto related = store->Related({"north_korea/troops", "nothing/here"});
  ASSERT_TRUE(related.ok());
  ASSERT_EQ(related->size(), 1u);
  EXPECT_EQ((*related)[0].id, "a");
  EXPECT_EQ((*related)[0].claims[0].value.low, 10000);
  EXPECT_EQ(*(*related)[0].published, absl::CivilDay(2024, 11, 6));
  EXPECT_EQ((*related)[0].home, "kursk");
  EXPECT_EQ(ClaimWords((*related)[0].claims[0], ""), "10000 Soldaten");
  // Adding a document again never replaces it: without a text to compare, it is a new version.
  auto placed = store->Add({Doc("a", "north_korea/troops", 12000)});
  ASSERT_TRUE(placed.ok());
  EXPECT_EQ((*placed)[0].kind, Placement::Kind::kNewVersion);
  EXPECT_EQ((*placed)[0].id, "a@v2");
  EXPECT_EQ(*store->DocumentCount(), 3u);
  EXPECT_EQ(*store->ClaimCount(), 3u);
  related = store->Related({"north_korea/troops"});
  ASSERT_EQ(related->size(), 2u);
  EXPECT_EQ((*related)[0].claims[0].value.low, 10000);
  EXPECT_EQ((*related)[1].id, "a@v2");
  EXPECT_EQ((*related)[1].claims[0].value.low, 12000);
}

// Texts stored one after another under one id, and where each goes.
struct VersionCase {
  std::string name;
  std::vector<std::string> texts;  // Added in turn, each under the id "a".
  std::vector<std::pair<Placement::Kind, std::string>> placed;  // Kind and id of each.
  uint64_t documents;  // Stored at the end.
};

void PrintTo(const VersionCase& c, std::ostream* os) { *os << c.name; }

class StoreVersionTest : public StoreTest, public ::testing::WithParamInterface<VersionCase> {};

TEST_P(StoreVersionTest, NothingStoredIsReplaced) {
  const VersionCase& c = GetParam();
  auto store = ClaimStore::Open(path_);
  ASSERT_TRUE(store.ok()) << store.status();
  for (size_t i = 0; i < c.texts.size(); ++i) {
    DocumentResult d = Doc("a", "k", 1);
    d.text = d.claims[0].context + " " + c.texts[i];  // The claim's spans index the text.
    // Where it would go is where it goes.
    auto preview = store->Place("a", TextFingerprint(d.text));
    auto placed = store->Add({d});
    ASSERT_TRUE(preview.ok() && placed.ok());
    EXPECT_EQ(preview->id, (*placed)[0].id);
    EXPECT_EQ((*placed)[0].kind, c.placed[i].first) << "text " << i;
    EXPECT_EQ((*placed)[0].id, c.placed[i].second) << "text " << i;
  }
  EXPECT_EQ(*store->DocumentCount(), c.documents);
}

using Kind = Placement::Kind;
INSTANTIATE_TEST_SUITE_P(
    Texts, StoreVersionTest,
    ::testing::Values(
        VersionCase{"first_text_is_new", {"one"}, {{Kind::kNew, "a"}}, 1},
        VersionCase{"same_text_is_not_stored_again",
                    {"one", "one"},
                    {{Kind::kNew, "a"}, {Kind::kSameText, "a"}},
                    1},
        VersionCase{"another_text_is_a_new_version",
                    {"one", "two"},
                    {{Kind::kNew, "a"}, {Kind::kNewVersion, "a@v2"}},
                    2},
        VersionCase{"an_earlier_text_is_found_again",
                    {"one", "two", "one", "two", "three"},
                    {{Kind::kNew, "a"},
                     {Kind::kNewVersion, "a@v2"},
                     {Kind::kSameText, "a"},
                     {Kind::kSameText, "a@v2"},
                     {Kind::kNewVersion, "a@v3"}},
                    3}),
    [](const ::testing::TestParamInfo<VersionCase>& info) { return info.param.name; });

TEST_F(StoreTest, StoreOfTheFormerSchemaIsUpgradedAndStillRead) {
  {  // The tables as crosscheck wrote them before versions, with a flat claim.
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    const char* sql = R"sql(
      CREATE TABLE documents (id TEXT PRIMARY KEY, lang TEXT, published TEXT, source TEXT,
                              url TEXT, origin TEXT);
      CREATE TABLE claims (document TEXT NOT NULL, position INTEGER NOT NULL, key TEXT NOT NULL,
                           body TEXT NOT NULL, PRIMARY KEY (document, position));
      INSERT INTO documents VALUES ('a', 'de', '2024-11-06', '', '', 'a.txt');
      INSERT INTO claims VALUES ('a', 0, 'k', '{"kind":"quantity","key":"k","span":[8,12],
        "sentence":[0,20],"context_begin":0,"context":"Es sind 5000 Soldaten.","low":5000,
        "high":5000,"unit":"troops"}');
    )sql";
    ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
  }
  auto store = ClaimStore::Open(path_);
  ASSERT_TRUE(store.ok()) << store.status();
  auto related = store->Related({"k"});
  ASSERT_TRUE(related.ok());
  ASSERT_EQ(related->size(), 1u);
  EXPECT_EQ((*related)[0].claims[0].value.low, 5000);
  EXPECT_EQ(ClaimWords((*related)[0].claims[0], ""), "5000");
  // Its text is unknown: any text for its id is kept as a new version.
  DocumentResult d = Doc("a", "k", 6000);
  d.text = "Es sind 6000 Soldaten.";
  auto placed = store->Add({d});
  ASSERT_TRUE(placed.ok()) << placed.status();
  EXPECT_EQ((*placed)[0].id, "a@v2");
  EXPECT_EQ(*store->DocumentCount(), 2u);
}

TEST_F(StoreTest, UnusableFileIsAClearError) {
  { std::ofstream(path_) << "this is not a database, just text that is long enough to be read"; }
  auto store = ClaimStore::Open(path_);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(std::string(store.status().message()).find(path_), std::string::npos);
}

TEST_F(StoreTest, ConcurrentReadersSeeCommittedStates) {
  {
    auto store = ClaimStore::Open(path_);
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE(store->Add({Doc("seed", "k", 1)}).ok());
  }
  std::atomic<bool> done{false};
  std::atomic<int> bad{0}, reads{0};
  std::vector<std::thread> readers;
  for (int r = 0; r < 3; ++r) {
    readers.emplace_back([&] {
      auto store = ClaimStore::Open(path_);
      if (!store.ok()) {
        ++bad;
        return;
      }
      while (!done) {
        auto docs = store->Related({"k"});
        // Each writer transaction adds two documents: a reader never sees an odd count.
        if (!docs.ok() || docs->size() % 2 != 1) ++bad;
        ++reads;
      }
    });
  }
  // The writer starts once a reader has read: on a busy machine the threads may otherwise
  // not run before all 50 transactions are done, and nothing would be read concurrently.
  while (reads == 0 && bad == 0) std::this_thread::yield();
  {
    auto writer = ClaimStore::Open(path_);
    ASSERT_TRUE(writer.ok());
    for (int i = 0; i < 50; ++i) {
      ASSERT_TRUE(writer->Add({Doc("w" + std::to_string(2 * i), "k", i),
                               Doc("w" + std::to_string(2 * i + 1), "k", i)})
                      .ok());
    }
  }
  done = true;
  for (std::thread& t : readers) t.join();
  EXPECT_EQ(bad, 0);
  EXPECT_GT(reads, 0);
}

TEST_F(StoreTest, SurvivesAKilledWriter) {
  {
    auto store = ClaimStore::Open(path_);
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE(store->Add({Doc("before", "k", 1)}).ok());
  }
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    // Write forever until killed; the kill lands mid-transaction sooner or later.
    auto store = ClaimStore::Open(path_);
    for (int i = 0;; ++i) {
      std::vector<DocumentResult> batch;
      for (int k = 0; k < 200; ++k) batch.push_back(Doc("c" + std::to_string(i * 200 + k), "k", k));
      (void)store->Add(batch);
    }
  }
  usleep(300 * 1000);
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  auto store = ClaimStore::Open(path_);
  ASSERT_TRUE(store.ok()) << store.status();
  auto docs = store->DocumentCount();
  ASSERT_TRUE(docs.ok()) << docs.status();
  // Whole batches only: the first document plus a multiple of 200.
  EXPECT_EQ((*docs - 1) % 200, 0u);
  EXPECT_EQ(*store->ClaimCount(), *docs);
  EXPECT_TRUE(store->Add({Doc("after", "k", 2)}).ok());
}

}  // namespace
}  // namespace crosscheck
