// The report formats: the words in conflict are marked inside the evidence (HTML) and listed
// (JSON), and the page stays self-contained.
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

#include "crosscheck/checker.h"
#include "crosscheck/report.h"
#include "crosscheck/run.h"
#include "gtest/gtest.h"

namespace crosscheck {
namespace {

Report CheckTexts(const std::vector<std::pair<std::string, std::string>>& texts) {
  absl::StatusOr<Checker> checker = Checker::Create();
  EXPECT_TRUE(checker.ok()) << checker.status();
  std::vector<Document> docs;
  for (const auto& [lang, text] : texts) {
    Document d;
    d.id = "doc" + std::to_string(docs.size() + 1);
    d.lang = lang;
    d.text = text;
    docs.push_back(std::move(d));
  }
  RunOptions run;
  run.jobs = 1;
  return CheckDocuments(*checker, std::move(docs), run);
}

TEST(HtmlReport, MarksOppositeTermsInsideTheEvidence) {
  const Report r = CheckTexts({
      {"de", "Außenministerin Anna Berger sprach in Wien.\n„Der Handel mit Moskau ist eine "
             "Einbahnstraße“, sagte Berger."},
      {"en", "Foreign Minister Anna Berger spoke in Vienna.\n“Trade with Moscow is a two-way "
             "street,” Berger said."},
  });
  ASSERT_EQ(r.findings.size(), 1u) << FormatText(r);
  const Finding& f = r.findings[0];
  EXPECT_EQ(f.kind, FindingKind::kQuote);
  EXPECT_EQ(f.terms, (std::vector<std::string>{"einbahnstraße", "two-way"}));
  const std::string html = FormatHtml(r);
  EXPECT_NE(html.find("<b class=\"term\">Einbahnstraße</b>"), std::string::npos) << html;
  EXPECT_NE(html.find("<b class=\"term\">two-way</b>"), std::string::npos);
  EXPECT_NE(FormatJson(r).find("\"terms\":[\"einbahnstraße\",\"two-way\"]"), std::string::npos)
      << FormatJson(r);
}

TEST(HtmlReport, MarksTheNegationOfAnAffirmedStatement) {
  const Report r = CheckTexts({
      {"en", "General Tom Hale visited the base.\n“Our units are holding the bridge at "
             "Dnipro,” Hale said."},
      {"en", "General Tom Hale visited the base.\n“Our units are not holding the bridge at "
             "Dnipro,” Hale said."},
  });
  ASSERT_EQ(r.findings.size(), 1u) << FormatText(r);
  EXPECT_EQ(r.findings[0].terms, (std::vector<std::string>{"not"}));
  EXPECT_NE(FormatHtml(r).find("are <b class=\"term\">not</b> holding"), std::string::npos);
}

TEST(HtmlReport, IsSelfContainedAndEscapesText) {
  const Report r = CheckTexts({
      {"en", "General Tom Hale visited the base.\n“Hold <script>alert(1)</script> the line & "
             "wait,” Hale said, see https://example.org/x."},
  });
  const std::string html = FormatHtml(r);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;"), std::string::npos);
  EXPECT_NE(html.find("the line &amp; wait"), std::string::npos);
  // No resource is fetched: no src=, no stylesheet link, no url(...) in the style.
  EXPECT_EQ(html.find(" src="), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_EQ(html.find("url("), std::string::npos);
}

TEST(JsonReport, StreamedInChunksIsTheSameAsWhole) {
  // Enough documents for several of WriteJson's one-mebibyte chunks.
  std::vector<std::pair<std::string, std::string>> texts;
  for (int i = 0; i < 2000; ++i) {
    texts.push_back({"en", "Rescuers in Tarnow said 41 people were hurt on Monday.\n“The "
                           "bridge is closed,” Mayor Ada Rusk said on 3 March 2025."});
    texts.push_back({"de", "In Tarnow wurden am Montag laut Rettern 44 Menschen verletzt."});
  }
  const Report r = CheckTexts(texts);
  const std::string whole = FormatJson(r);
  ASSERT_GT(whole.size(), size_t{2} << 20);
  std::ostringstream streamed;
  WriteJson(r, streamed);
  EXPECT_TRUE(streamed.str() == whole) << streamed.str().size() << " against " << whole.size();
}

TEST(TextReport, FormattedInPiecesOnAllCoresKeepsTheOrder) {
  // Enough findings for several of the text report's one-mebibyte pieces, which threads
  // format in any order and which must come out in report order.
  absl::StatusOr<Checker> checker = Checker::Create();
  ASSERT_TRUE(checker.ok()) << checker.status();
  std::vector<Document> docs;
  for (int i = 0; i < 12000; ++i) {
    Document& d = docs.emplace_back();
    d.id = "doc" + std::to_string(i);
    d.lang = "en";
    d.story = "s" + std::to_string(i / 2);  // Two articles a story, which disagree.
    d.text = "Rescuers in Tarnow said " + std::to_string(41 + i % 2 * 3) +
             " people were hurt on Monday.";
  }
  RunOptions run;
  run.jobs = 2;
  const Report r = CheckDocuments(*checker, std::move(docs), run);
  const std::string whole = FormatText(r);
  ASSERT_GT(whole.size(), size_t{2} << 20) << r.findings.size() << " findings";
  size_t at = 0;
  for (size_t n = 1; n <= r.findings.size(); ++n) {
    const size_t next = whole.find("#" + std::to_string(n) + " ", at);
    ASSERT_NE(next, std::string::npos) << "finding " << n << " missing or out of order";
    at = next;
  }
  EXPECT_EQ(whole.rfind(FormatSummary(r)), whole.size() - FormatSummary(r).size());
  std::ostringstream streamed;
  WriteText(r, streamed);
  EXPECT_TRUE(streamed.str() == whole) << streamed.str().size() << " against " << whole.size();
  // Output that fails part way (a full disk): the error reaches the caller, and the threads
  // formatting ahead end instead of terminating the program.
  struct Full : std::streambuf {
    size_t room = size_t{1} << 20;
    std::streamsize xsputn(const char*, std::streamsize n) override {
      if (static_cast<size_t>(n) > room) return 0;
      room -= static_cast<size_t>(n);
      return n;
    }
    int overflow(int c) override {
      if (room == 0) return traits_type::eof();
      --room;
      return c;
    }
  } full;
  std::ostream failing(&full);
  failing.exceptions(std::ios::badbit);
  EXPECT_THROW(WriteText(r, failing), std::ios_base::failure);
}

}  // namespace
}  // namespace crosscheck
