#include "crosscheck/store.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>

#include "gtest/gtest.h"

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

DocumentResult Doc(const std::string& id, const std::string& key, double value) {
  DocumentResult d;
  d.id = id;
  d.lang = "de";
  d.published = absl::CivilDay(2024, 11, 6);
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
    path_ = (fs::temp_directory_path() /
             ("crosscheck_store_" + std::to_string(::getpid()) + "_" +
              ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".db"))
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
  EXPECT_EQ(ClaimWords((*related)[0].claims[0], ""), "10000 Soldaten");
  // Adding a document again replaces it.
  ASSERT_TRUE(store->Add({Doc("a", "north_korea/troops", 12000)}).ok());
  EXPECT_EQ(*store->DocumentCount(), 2u);
  EXPECT_EQ(*store->ClaimCount(), 2u);
  EXPECT_EQ((*store->Related({"north_korea/troops"}))[0].claims[0].value.low, 12000);
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
