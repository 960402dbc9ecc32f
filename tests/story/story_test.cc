// Stories: which documents are grouped together, and that claims meet only within their story.
// The mini-articles are written for these tests; each case lists its documents and the
// expected groups (documents with equal letters share a story).
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <unistd.h>

#include "crosscheck/checker.h"
#include "crosscheck/report.h"
#include "crosscheck/run.h"
#include "crosscheck/story.h"
#include "gtest/gtest.h"

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

struct Article {
  std::string lang, published, text;
};

// A dock strike in Rotterdam, in English and German.
const Article kStrikeEn1{"en", "2025-05-05",
    "Dock strike halts Rotterdam terminals\n\nDockworkers at the port of Rotterdam walked off the "
    "job on Monday, halting container traffic at the Maasvlakte terminals. The union FNV demands "
    "higher wages for crane operators. Shipping lines diverted vessels to Antwerp."};
const Article kStrikeEn2{"en", "2025-05-07",
    "Rotterdam strike enters third day\n\nThe dockworkers' strike in Rotterdam entered its third "
    "day as the union FNV rejected a new wage offer. Container ships queued off the Maasvlakte, "
    "and some were rerouted to Antwerp while crane operators picketed the terminals."};
const Article kStrikeDe{"de", "2025-05-06",
    "Streik im Rotterdamer Hafen\n\nIm Hafen von Rotterdam legen die Hafenarbeiter die Arbeit "
    "nieder. Die Gewerkschaft FNV fordert mehr Lohn für die Kranführer an der Maasvlakte. "
    "Reedereien leiten Containerschiffe nach Antwerpen um."};
// A bush fire near Canberra, in English, the same week.
const Article kFireEn1{"en", "2025-05-06",
    "Bushfire forces evacuations near Canberra\n\nA bushfire south of Canberra has burned "
    "through farmland and forced the evacuation of several villages around Tharwa. Firefighters "
    "from New South Wales joined local crews as temperatures climbed."};
const Article kFireEn2{"en", "2025-05-08",
    "Cooler night helps crews near Canberra\n\nCrews battling the bushfire south of Canberra "
    "were helped by cooler weather overnight, and residents of Tharwa and other evacuated "
    "villages began returning to their farmland. New South Wales sent more firefighters."};
// A German article on a flood in Saxony, unrelated to both.
const Article kFloodDe{"de", "2025-05-06",
    "Hochwasser an der Mulde\n\nNach tagelangem Regen ist die Mulde in Grimma über die Ufer "
    "getreten. Feuerwehr und Technisches Hilfswerk füllten Sandsäcke, die Altstadt wurde "
    "geräumt. Der Landkreis Leipzig rief den Katastrophenfall aus."};

DocumentResult Extracted(const Checker& checker, const Article& a, const std::string& id) {
  Document d{.id = id, .lang = a.lang, .text = a.text};
  absl::CivilDay day;
  if (absl::ParseCivilTime(a.published, &day)) d.published = day;
  absl::StatusOr<DocumentResult> r = checker.Extract(d);
  EXPECT_TRUE(r.ok()) << r.status();
  return *r;
}

// The groups as letters, "aab..." in document order, whatever the story numbers are.
std::string Pattern(const std::vector<uint32_t>& story) {
  std::map<uint32_t, char> letter;
  std::string out;
  for (uint32_t s : story) out += letter.try_emplace(s, 'a' + letter.size()).first->second;
  return out;
}

struct Case {
  const char* name;
  std::vector<const Article*> articles;
  const char* groups;
};

// The stories of documents 0..n-1 that LinkStories' merges make, as a pattern.
std::string Merged(const std::vector<std::pair<int64_t, int64_t>>& merges, size_t n) {
  std::vector<DocumentResult> docs(n);
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  for (const auto& [a, b] : merges) {
    pairs.push_back({static_cast<uint32_t>(a), static_cast<uint32_t>(b)});
  }
  return Pattern(NumberStories(docs, pairs));
}

TEST(Stories, RelatedJoinUnrelatedKeepApart) {
  const std::vector<Case> cases = {
      {"one story in one language", {&kStrikeEn1, &kStrikeEn2}, "aa"},
      {"two unrelated stories", {&kStrikeEn1, &kFireEn1}, "ab"},
      {"German and English join through names", {&kStrikeEn1, &kStrikeDe}, "aa"},
      {"German unrelated to English", {&kFireEn1, &kStrikeDe}, "ab"},
      {"two German stories", {&kStrikeDe, &kFloodDe}, "ab"},
      {"interleaved", {&kStrikeEn1, &kFireEn1, &kStrikeDe, &kFireEn2, &kStrikeEn2, &kFloodDe},
       "ababac"},
  };
  auto checker = Checker::Create();
  ASSERT_TRUE(checker.ok());
  for (const Case& c : cases) {
    std::vector<DocumentResult> docs;
    for (const Article* a : c.articles) docs.push_back(Extracted(*checker, *a, "d" + std::to_string(docs.size())));
    EXPECT_EQ(Pattern(GroupStories(docs)), c.groups) << c.name;
    // The grouping does not depend on the input order.
    std::vector<DocumentResult> reversed(docs.rbegin(), docs.rend());
    std::vector<uint32_t> back = GroupStories(reversed);
    std::reverse(back.begin(), back.end());
    EXPECT_EQ(Pattern(back), c.groups) << c.name << ", reversed";
  }
}

// A link weighs its similarity less a penalty that grows with the days between the two
// documents: a follow-up weeks later still links, the same kind of event a year later
// (another strike at the same airline) does not unless nearly all of its words are shared.
TEST(Stories, LinkWeightFallsWithDaysApart) {
  struct Row {
    int days_apart;
    double similarity;  // Shared weight over the smaller shareable total.
    uint32_t shared_features;
    double weight;
  };
  const StoryOptions o;
  const std::vector<Row> rows = {
      {0, 0.35, 5, 0.35},
      {14, 0.35, 5, 0.35},
      {15, 0.35, 5, 0.35 - o.later_penalty},
      {60, 0.55, 5, 0.55 - o.later_penalty},
      {61, 0.55, 5, 0.55 - o.distant_penalty},
      {400, 0.45, 5, 0},
      {3, 0.12, 5, 0.12},
      {3, 0.9, 2, 0},  // Fewer than min_shared features: no link.
  };
  StoryTotals totals;
  totals.all = totals.shareable_all = totals.names = totals.shareable_names = 10;
  for (const Row& r : rows) {
    DocumentResult a, b;
    a.lang = b.lang = "en";
    a.published = absl::CivilDay(2024, 3, 1);
    b.published = *a.published + r.days_apart;
    StoryShared shared;
    shared.all = shared.names = 10 * r.similarity;
    shared.count_all = shared.count_names = r.shared_features;
    const StoryPairScore score = ScoreStoryPair(a, b, shared, totals, totals);
    EXPECT_NEAR(StoryLinkWeight(score, r.days_apart), r.weight, 1e-9)
        << r.days_apart << " days apart, similarity " << r.similarity;
  }
}

// Average linkage: two tight groups tied by one strong link stay apart (single links chained
// two elections of one Sunday into one story); a pair linked on its own joins when its weight
// reaches link_similarity. The result does not depend on the order of the links.
TEST(Stories, AverageLinkageKeepsChainedGroupsApart) {
  std::vector<StoryLink> links = {
      {1, 2, 0.4}, {1, 3, 0.4}, {2, 3, 0.4},  // one story
      {4, 5, 0.4}, {4, 6, 0.4}, {5, 6, 0.4},  // another
      {3, 4, 0.35},                           // a strong pair across them
      {7, 8, 0.2},                            // a pair on its own
      {9, 10, 0.1},                           // too weak
  };
  auto groups = [](const auto& merges) { return Merged(merges, 11); };
  const std::string expected = "abbbcccddef";
  EXPECT_EQ(groups(LinkStories(links)), expected);
  std::reverse(links.begin(), links.end());
  for (StoryLink& l : links) std::swap(l.a, l.b);
  EXPECT_EQ(groups(LinkStories(links)), expected);
  // Linked densely, the two groups are one story.
  for (int64_t a : {1, 2, 3}) {
    for (int64_t b : {4, 5, 6}) links.push_back({a, b, 0.3});
  }
  EXPECT_EQ(groups(LinkStories(links)), "abbbbbbccde");
  // One strong link (an article and its translation) joins its documents outright, although
  // the translation shares nothing with the rest of the group.
  const std::vector<StoryLink> translated = {{1, 2, 0.6}, {1, 3, 0.6}, {2, 3, 0.6}, {1, 5, 0.6},
                                             {2, 5, 0.6}, {3, 5, 0.6}, {3, 4, 0.5}};
  EXPECT_EQ(groups(LinkStories(translated)), "abbbbbcdefg");
  StoryOptions no_strong;
  no_strong.strong_link = 1;
  no_strong.sole_link_similarity = 1;  // Document 4 is linked to 3 only.
  EXPECT_EQ(groups(LinkStories(translated, no_strong)), "abbbcbdefgh");
}

// A document linked to every member of a story, each link weak (its own words for the same
// event), joins it; linked as weakly to only some of them, it stays apart, and so does a pair
// of single documents with one weak link.
TEST(Stories, DenselyLinkedDocumentJoinsAtLowerAverage) {
  std::vector<StoryLink> links = {
      {0, 1, 0.4}, {0, 2, 0.4}, {0, 3, 0.4}, {1, 2, 0.4}, {1, 3, 0.4}, {2, 3, 0.4},  // a story
      {0, 4, 0.1}, {1, 4, 0.1}, {2, 4, 0.1}, {3, 4, 0.1},  // linked to all four, weakly
      {0, 5, 0.1}, {1, 5, 0.1},                            // to two of them
      {6, 7, 0.1},                                         // single documents
  };
  auto groups = [](const auto& merges) { return Merged(merges, 8); };
  EXPECT_EQ(groups(LinkStories(links)), "aaaaabcd");
  StoryOptions average_only;
  average_only.dense_coverage = 2;  // Never dense,
  average_only.sole_link_similarity = 1;  // and document 4 links to that story only.
  EXPECT_EQ(groups(LinkStories(links, average_only)), "aaaabcde");
}

// A group linked to one other group only joins it at a lower average once nothing else merges:
// the later articles of a story share fewer words with its first ones. Linked also to a third
// group, or linked through one pair only, it keeps apart; so do two single documents with one
// weak link.
TEST(Stories, GroupWithOneNeighbourJoinsItAtLowerAverage) {
  const std::vector<StoryLink> story = {
      {0, 1, 0.4}, {0, 2, 0.4}, {1, 2, 0.4},  // the first day's articles
      {3, 4, 0.4},                            // two follow-ups, weeks later
      {0, 3, 0.12}, {1, 4, 0.12}, {2, 3, 0.12},  // half the pairs, average 0.06
      {6, 7, 0.1},                            // single documents
  };
  EXPECT_EQ(Merged(LinkStories(story), 8), "aaaaabcd");
  StoryOptions strict;
  strict.sole_link_similarity = 0.13;
  EXPECT_EQ(Merged(LinkStories(story, strict), 8), "aaabbcde");
  // One article bridging two events (one link, however strong) is not enough.
  const std::vector<StoryLink> bridged = {{0, 1, 0.4}, {0, 2, 0.4}, {1, 2, 0.4}, {3, 4, 0.4},
                                          {0, 3, 0.36}};
  EXPECT_EQ(Merged(LinkStories(bridged), 5), "aaabb");
  std::vector<StoryLink> rivals = story;
  rivals.push_back({4, 5, 0.05});  // a follow-up linked also to another document
  EXPECT_EQ(Merged(LinkStories(rivals), 8), "aaabbcde");
}

// An article without a date is taken as of the day of its most similar dated article: it
// joins that story, but no longer bridges it to the same kind of event years apart (a heist
// and a bridge collapse in one city) that it shares fewer words with.
TEST(Stories, UndatedDocumentIsDatedByItsNearestPartner) {
  struct Doc {
    const char* published;  // "" for none.
    std::vector<uint64_t> features;  // Content-word features: even numbers.
  };
  const std::vector<Doc> heist_first = {
      {"2019-11-25", {2, 4, 6, 8, 10, 12, 14, 16, 18, 20}},      // the heist
      {"", {2, 4, 6, 8, 10, 12, 30, 32, 34, 40}},                 // undated: mostly the heist
      {"2024-09-11", {30, 32, 34, 50, 52, 54, 56, 58, 60, 62}},  // the collapse
      {"2024-09-12", {50, 52, 54, 56, 58, 60, 62, 70}},          // the collapse, next day
  };
  for (const bool reversed : {false, true}) {
    std::vector<DocumentResult> docs;
    for (const Doc& d : heist_first) {
      DocumentResult& r = docs.emplace_back();
      r.lang = "de";
      absl::CivilDay day;
      if (absl::ParseCivilTime(d.published, &day)) r.published = day;
      r.story_terms = d.features;
    }
    if (reversed) std::reverse(docs.begin(), docs.end());
    EXPECT_EQ(Pattern(GroupStories(docs)), "aabb") << (reversed ? "reversed" : "in order");
    // Undated, the two events still keep apart: one article sharing a few words with the
    // other event is not enough on average over the pairs of the two groups.
    for (DocumentResult& r : docs) r.published.reset();
    EXPECT_EQ(Pattern(GroupStories(docs)), "aabb") << (reversed ? "reversed" : "in order");
  }
}

TEST(Stories, NumberedInOrderOfFirstDocumentWithIds) {
  auto checker = Checker::Create();
  ASSERT_TRUE(checker.ok());
  std::vector<DocumentResult> docs;
  for (const Article* a : {&kFireEn1, &kStrikeEn1, &kFireEn2}) {
    docs.push_back(Extracted(*checker, *a, "d" + std::to_string(docs.size())));
  }
  EXPECT_EQ(GroupStories(docs), (std::vector<uint32_t>{0, 1, 0}));
  AssignStories(docs);
  EXPECT_EQ(docs[0].story, "s1");
  EXPECT_EQ(docs[1].story, "s2");
  EXPECT_EQ(docs[2].story, "s1");
}

TEST(Stories, NamedStoriesAreKeptAndNeverTaken) {
  auto checker = Checker::Create();
  ASSERT_TRUE(checker.ok());
  std::vector<DocumentResult> docs;
  for (const Article* a : {&kFireEn1, &kStrikeEn1, &kFireEn2, &kStrikeEn2}) {
    docs.push_back(Extracted(*checker, *a, "d" + std::to_string(docs.size())));
  }
  // The input names the first two one story "s1": they stay together, apart from the others,
  // and the grouped fire and strike articles get ids other than "s1".
  docs[0].story = docs[1].story = "s1";
  AssignStories(docs);
  EXPECT_EQ(docs[0].story, "s1");
  EXPECT_EQ(docs[1].story, "s1");
  EXPECT_NE(docs[2].story, "s1");
  EXPECT_NE(docs[3].story, "s1");
  EXPECT_NE(docs[2].story, docs[3].story);
}

TEST(Stories, OneStoryOption) {
  auto checker = Checker::Create();
  ASSERT_TRUE(checker.ok());
  std::vector<DocumentResult> docs;
  for (const Article* a : {&kFireEn1, &kStrikeEn1, &kFloodDe}) {
    docs.push_back(Extracted(*checker, *a, "d" + std::to_string(docs.size())));
  }
  docs[2].story = "given";
  StoryOptions one;
  one.one_story = true;
  AssignStories(docs, one);
  for (const DocumentResult& d : docs) EXPECT_EQ(d.story, "s1") << d.id;
}

Claim Troops(double v) {
  Claim c;
  c.kind = ClaimKind::kQuantity;
  c.key = "north_korea/troops";
  c.unit = "troops";
  c.value = Interval::Exact(v);
  c.context = "figure";
  c.span = c.sentence = {0, 6};
  return c;
}

TEST(Stories, ClaimsMeetOnlyWithinTheirStory) {
  auto checker = Checker::Create();
  ASSERT_TRUE(checker.ok());
  std::vector<DocumentResult> docs(3);
  for (size_t i = 0; i < docs.size(); ++i) docs[i].id = "d" + std::to_string(i);
  docs[0].claims = {Troops(300)};
  docs[1].claims = {Troops(7000)};
  docs[2].claims = {Troops(12000)};
  docs[0].story = "ferry";
  docs[1].story = docs[2].story = "deployment";
  const std::vector<Finding> apart = checker->Reconcile(docs);
  ASSERT_EQ(apart.size(), 1u);  // 7,000 against 12,000; 300 meets neither.
  EXPECT_EQ(apart[0].side_a.size() + apart[0].side_b.size(), 2u);
  for (const auto& side : {apart[0].side_a, apart[0].side_b}) {
    for (ClaimRef r : side) EXPECT_NE(r.document, 0u);
  }
  docs[0].story = "deployment";
  const std::vector<Finding> together = checker->Reconcile(docs);
  size_t claims = 0;
  for (const Finding& f : together) claims += f.side_a.size() + f.side_b.size();
  EXPECT_GT(claims, 2u);  // Now 300 meets the others too.
}

class StoryFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("crosscheck_story_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(StoryFiles, JsonLinesStoryIsUsedAsIs) {
  // Two unrelated articles the input says are one story, and one the input leaves to grouping.
  std::ofstream(dir_ / "in.jsonl")
      << R"({"id": "x", "lang": "en", "story": "mine", "text": "Dockworkers at the port of Rotterdam walked off the job."})"
      << "\n"
      << R"({"id": "y", "lang": "en", "story": "mine", "text": "A bushfire south of Canberra forced evacuations."})"
      << "\n"
      << R"({"id": "z", "lang": "en", "text": "Crews near Canberra were helped by cooler weather."})"
      << "\n";
  auto checker = Checker::Create();
  ASSERT_TRUE(checker.ok());
  const Report r = CheckPaths(*checker, {(dir_ / "in.jsonl").string()});
  ASSERT_EQ(r.documents.size(), 3u);
  EXPECT_EQ(r.documents[0].story, "mine");
  EXPECT_EQ(r.documents[1].story, "mine");
  EXPECT_FALSE(r.documents[2].story.empty());
  EXPECT_NE(r.documents[2].story, "mine");
  const std::string json = FormatJson(r);
  EXPECT_NE(json.find(R"("stories":[{"id":"mine","documents":["x","y"]})"), std::string::npos)
      << json;
  EXPECT_NE(json.find(R"("story":"mine")"), std::string::npos);
}

TEST(ExampleCorpusStories, TwoStoriesKeptApart) {
  auto checker = Checker::Create();
  ASSERT_TRUE(checker.ok());
  const Report r = CheckPaths(*checker, {std::string(CROSSCHECK_SOURCE_DIR) + "/examples/corpus"});
  std::map<std::string, std::vector<std::string>> stories;
  for (const DocumentResult& d : r.documents) stories[d.story].push_back(d.id);
  ASSERT_EQ(stories.size(), 2u);
  for (const auto& [story, ids] : stories) {
    // The ferry articles (06, 07) form one story, the troop articles the other.
    const bool ferry = ids.front().find("_06_") != std::string::npos ||
                       ids.front().find("_07_") != std::string::npos;
    for (const std::string& id : ids) {
      const bool is_ferry =
          id.find("_06_") != std::string::npos || id.find("_07_") != std::string::npos;
      EXPECT_EQ(is_ferry, ferry) << id << " in story " << story;
    }
  }
}

TEST(SeedStories, OneStory) {
  const std::string dir = std::string(CROSSCHECK_SHARED_DIR) + "/seeds";
  if (!std::ifstream(dir + "/EXPECTED.md")) GTEST_SKIP() << "no seeds at " << dir;
  auto checker = Checker::Create();
  ASSERT_TRUE(checker.ok());
  const Report r = CheckPaths(*checker, {dir});
  ASSERT_FALSE(r.documents.empty());
  for (const DocumentResult& d : r.documents) EXPECT_EQ(d.story, r.documents[0].story) << d.id;
}

// Texts whose signatures must agree (or not): the word scan reads eight bytes at a time, so
// the same words are tried at every offset from the start of the text, and cut by the limit
// at every byte (no byte past it may count); case and words with digits fold away.
TEST(StorySignature, EqualWhereTheWordsAre) {
  const std::string body =
      "Verkehrsministerin Anna Berger besuchte Straßenbahnhöfe in Überlingen und "
      "Zürich-Oerlikon; Bürgermeisterin Müller-Lüdenscheidt begrüßte die Delegation.";
  struct Row {
    std::string name, a, b;
    bool same;
    size_t limit = 16384;  // a with options.signature_bytes = limit; b with the defaults.
  };
  std::vector<Row> rows = {
      {"capitals fold", "ANNA BERGER besuchte ÜBERLINGEN und ZÜRICH",
       "Anna Berger besuchte Überlingen und Zürich", true},
      {"a word with a digit counts as none", "Anna Berger besuchte Überlingen.",
       "Anna Berger besuchte Ueberlingenstrasse7x Überlingen.", true},
      {"a digit in a word's third block", "Anna Berger besuchte Ratsherrenversammlungen.",
       "Anna Berger besuchte Ratsherrenversammlung4en.", false},
      {"another name", "Anna Berger besuchte Überlingen.", "Anna Bergen besuchte Überlingen.",
       false},
  };
  for (size_t k = 0; k <= 9; ++k) {
    rows.push_back({"offset " + std::to_string(k), std::string(k, ' ') + body, body, true});
  }
  for (size_t limit = 1; limit < body.size(); ++limit) {
    rows.push_back({"cut at " + std::to_string(limit), body, body.substr(0, limit), true, limit});
  }
  for (const Row& r : rows) {
    StoryOptions cut;
    cut.signature_bytes = static_cast<uint32_t>(r.limit);
    const std::vector<uint64_t> a = StorySignature(r.a, "de", cut);
    const std::vector<uint64_t> b = StorySignature(r.b, "de");
    EXPECT_TRUE(!a.empty() || r.limit < 16) << r.name;
    EXPECT_EQ(a == b, r.same) << r.name;
  }
}

}  // namespace
}  // namespace crosscheck
