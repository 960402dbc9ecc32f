#include "crosscheck/claims_io.h"

#include <limits>
#include <sstream>

#include "crosscheck/checker.h"
#include "tests/support/extract_one.h"
#include "crosscheck/report.h"
#include "crosscheck/run.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace crosscheck {
namespace {

TEST(ClaimsJsonl, RoundTripKeepsEveryDocumentAndClaim) {
  auto checker = Checker::Create();
  ASSERT_TRUE(checker.ok());
  Report report;
  const std::vector<std::pair<std::string, std::string>> texts = {
      {"de1", "Nordkorea hat bereits fast 12.000 Soldaten nach Russland geschickt. Das Interview "
              "fand am 25. Oktober statt. Die USA kündigten 400 Millionen Dollar an Militärhilfe an."},
      {"en1", "Russia loses more than 1,200 troops a day, the Pentagon said on Oct. 25, 2024."},
      {"empty", "Nothing to count here."},
  };
  for (const auto& [id, text] : texts) {
    Document d;
    d.id = id;
    d.text = text;
    d.published = absl::CivilDay(2024, 11, 6);
    auto r = checker->Extract(d);
    ASSERT_TRUE(r.ok());
    r->text.clear();  // As in a streaming run: the claims carry their evidence.
    report.documents.push_back(*r);
  }
  report.documents[0].home = "kursk";
  const std::string first = FormatClaimsJsonl(report);
  std::istringstream in(first);
  Report back;
  std::vector<Diagnostic> diagnostics;
  ReadClaimsJsonl(in, "claims.jsonl", back.documents, diagnostics);
  EXPECT_TRUE(diagnostics.empty());
  ASSERT_EQ(back.documents.size(), 3u);
  EXPECT_EQ(back.documents[2].claims.size(), 0u);
  EXPECT_EQ(back.documents[0].home, "kursk");  // Where the article is set reads back too.
  EXPECT_EQ(FormatClaimsJsonl(back), first);
  EXPECT_EQ(FormatText(back), FormatText(report));
}

TEST(ClaimsJsonl, ADayWithoutItsYearReadsBack) {
  // No publication date: no year.
  auto r = test_support::ExtractOne("de", "Das Treffen fand am 27. Oktober statt.", "de2");
  ASSERT_TRUE(r.ok());
  Report report;
  report.documents.push_back(*r);
  const std::string first = FormatClaimsJsonl(report);
  EXPECT_NE(first.find(R"("begin":"--10-27","end":"--10-27")"), std::string::npos) << first;
  std::istringstream in(first);
  Report back;
  std::vector<Diagnostic> diagnostics;
  ReadClaimsJsonl(in, "claims.jsonl", back.documents, diagnostics);
  EXPECT_TRUE(diagnostics.empty());
  EXPECT_EQ(FormatClaimsJsonl(back), first);
}

TEST(ClaimsJsonl, BadLinesAreReportedWithLineNumbers) {
  std::istringstream in("{\"document\":\"a\",\"claim\":null}\nnot json\n{\"claim\":null}\n"
                        "{\"document\":\"b\",\"claim\":3}\n");
  std::vector<DocumentResult> docs;
  std::vector<Diagnostic> diags;
  EXPECT_EQ(ReadClaimsJsonl(in, "c.jsonl", docs, diags), 4u);
  ASSERT_EQ(diags.size(), 3u);
  EXPECT_THAT(diags[0].input, ::testing::Eq("c.jsonl:2"));
  EXPECT_THAT(diags[1].message, ::testing::HasSubstr("missing field \"document\""));
  EXPECT_THAT(diags[2].message, ::testing::HasSubstr("must be an object or null"));
  EXPECT_EQ(docs.size(), 2u);
}

// Every field of a claim, for comparing a claim with the one read back.
void ExpectSameClaim(const Claim& a, const Claim& b, const std::string& where) {
  SCOPED_TRACE(where);
  EXPECT_EQ(a.kind, b.kind);
  EXPECT_EQ(a.key, b.key);
  EXPECT_EQ(a.span, b.span);
  EXPECT_EQ(a.sentence, b.sentence);
  EXPECT_EQ(a.paragraph, b.paragraph);
  EXPECT_EQ(a.line, b.line);
  EXPECT_EQ(a.column, b.column);
  EXPECT_EQ(a.context, b.context);
  EXPECT_EQ(a.context_begin, b.context_begin);
  EXPECT_EQ(a.confidence, b.confidence);
  EXPECT_EQ(a.value, b.value);
  EXPECT_EQ(a.value_is_estimate, b.value_is_estimate);
  EXPECT_EQ(a.value_is_part, b.value_is_part);
  EXPECT_EQ(a.value_in_projection_report, b.value_in_projection_report);
  EXPECT_EQ(a.unit, b.unit);
  EXPECT_EQ(a.subject, b.subject);
  EXPECT_EQ(a.rate, b.rate);
  EXPECT_EQ(a.place, b.place);
  EXPECT_EQ(a.aspect, b.aspect);
  EXPECT_EQ(a.date().range, b.date().range);
  EXPECT_EQ(a.date().unresolved, b.date().unresolved);
  EXPECT_EQ(a.date().event, b.date().event);
  EXPECT_EQ(a.quote().speaker, b.quote().speaker);
  EXPECT_EQ(a.speaker_name(), b.speaker_name());
  EXPECT_EQ(a.quote().speaker_role, b.quote().speaker_role);
  EXPECT_EQ(a.quote().content, b.quote().content);
  EXPECT_EQ(a.form, b.form);
  EXPECT_EQ(a.quote().topics, b.quote().topics);
  EXPECT_EQ(a.role().person, b.role().person);
  EXPECT_EQ(a.role().role, b.role().role);
  EXPECT_EQ(a.modality, b.modality);
  EXPECT_EQ(a.time, b.time);
  EXPECT_EQ(a.source, b.source);
}

// The claims JSON Lines of a run restore every claim exactly, texts dropped or kept.
TEST(ClaimsJsonl, EveryClaimOfTheExampleCorpusReadsBackExactly) {
  auto checker = Checker::Create();
  ASSERT_TRUE(checker.ok());
  for (Texts texts : {Texts::kDrop, Texts::kKeep}) {
    RunOptions run;
    run.texts = texts;
    const Report report =
        CheckPaths(*checker, {std::string(CROSSCHECK_SOURCE_DIR) + "/examples/corpus"}, run);
    std::istringstream in(FormatClaimsJsonl(report));
    std::vector<DocumentResult> back;
    std::vector<Diagnostic> diagnostics;
    ReadClaimsJsonl(in, "claims.jsonl", back, diagnostics);
    EXPECT_TRUE(diagnostics.empty());
    ASSERT_EQ(back.size(), report.documents.size());
    size_t claims = 0;
    for (size_t d = 0; d < back.size(); ++d) {
      ASSERT_EQ(back[d].claims.size(), report.documents[d].claims.size()) << back[d].id;
      for (size_t c = 0; c < back[d].claims.size(); ++c, ++claims) {
        ExpectSameClaim(back[d].claims[c], report.documents[d].claims[c],
                        back[d].id + "#" + std::to_string(c + 1));
      }
    }
    EXPECT_GT(claims, 100u);
  }
}

// The claim object is the JSON report's: one line's claim, field by field.
TEST(ClaimsJsonl, ClaimIsTheReportsObjectWithItsEvidence) {
  Report report;
  DocumentResult d;
  d.id = "a";
  d.lang = "en";
  d.text = "More than 40 ships.";
  Claim c;
  c.key = "_/ships";
  c.unit = "ships";
  c.span = {0, 12};
  c.sentence = {0, 19};
  c.value = {40, std::numeric_limits<double>::infinity(), true, true};
  d.claims.push_back(c);
  report.documents.push_back(d);
  const std::string line = FormatClaimsJsonl(report);
  EXPECT_EQ(line,
            R"({"document":"a","lang":"en","source":"","url":"","origin":"","claim":{"id":"a#1",)"
            R"("kind":"quantity","key":"_/ships","text":"More than 40","span":[0,12],)"
            R"("sentence":[0,19],"line":0,"column":0,"value":{"low":40,"high":null,)"
            R"("low_open":true,"high_open":true,"unit":"ships"},"confidence":1,"paragraph":0,)"
            R"("context_begin":0,"context":"More than 40 ships."}})"
            "\n");
  EXPECT_NE(FormatJson(report).find(R"("value":{"low":40,"high":null,"low_open":true,)"
                                    R"("high_open":true,"unit":"ships"},"confidence":1})"),
            std::string::npos);
}

// A projection evening's share keeps its mark through extract -> reconcile: the lead that
// gave it is not in the claim, so nothing could mark it again.
TEST(ClaimsJsonl, AProjectionReportsShareReadsBackMarked) {
  Report report;
  DocumentResult d;
  d.id = "a";
  d.lang = "de";
  Claim c;
  c.key = "spd/percent";
  c.unit = "percent";
  c.value = {25.7, 25.7, false, false};
  c.value_in_projection_report = true;
  d.claims.push_back(c);
  report.documents.push_back(d);
  const std::string line = FormatClaimsJsonl(report);
  EXPECT_NE(line.find(R"("projection_report":true)"), std::string::npos);
  std::istringstream in(line);
  std::vector<DocumentResult> back;
  std::vector<Diagnostic> diagnostics;
  ReadClaimsJsonl(in, "claims.jsonl", back, diagnostics);
  ASSERT_EQ(back.size(), 1u);
  ASSERT_EQ(back[0].claims.size(), 1u);
  EXPECT_TRUE(back[0].claims[0].value_in_projection_report);
}

// Claims JSON Lines written before the report's encoding was the only one still read.
TEST(ClaimsJsonl, TheFormerFlatClaimsStillRead) {
  std::istringstream in(
      R"({"document":"old","lang":"de","claim":{"kind":"quantity","key":"north_korea/troops",)"
      R"("span":[4,20],"sentence":[0,30],"paragraph":1,"line":2,"column":5,"context_begin":0,)"
      R"("context":"Mit fast 12.000 Soldaten rückte man vor.","confidence":0.9,"low":11000,)"
      R"("high":"inf","low_open":false,"high_open":false,"estimate":true,"unit":"troops",)"
      R"("subject":"north_korea","aspect":"cumulative","date_begin":"2024-10-01",)"
      R"("date_end":"2024-10-31","form":"direct","topics":[],"modality":"planned",)"
      R"("time_begin":"2024-11-01","time_end":"2024-11-30","source":"cnn"}})"
      "\n");
  std::vector<DocumentResult> docs;
  std::vector<Diagnostic> diags;
  ReadClaimsJsonl(in, "old.jsonl", docs, diags);
  ASSERT_TRUE(diags.empty());
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_EQ(docs[0].claims.size(), 1u);
  const Claim& c = docs[0].claims[0];
  EXPECT_EQ(c.key, "north_korea/troops");
  EXPECT_EQ(c.value.low, 11000);
  EXPECT_EQ(c.value.high, std::numeric_limits<double>::infinity());
  EXPECT_TRUE(c.value_is_estimate);
  EXPECT_EQ(c.subject, "north_korea");
  EXPECT_EQ(c.aspect, Aspect::kCumulative);
  EXPECT_EQ(c.modality, Modality::kPlanned);
  EXPECT_EQ(c.paragraph, 1u);
  ASSERT_TRUE(c.time.has_value());
  EXPECT_EQ(c.time->begin, absl::CivilDay(2024, 11, 1));
  EXPECT_EQ(c.source, "cnn");
  EXPECT_EQ(ClaimWords(c, ""), "fast 12.000 Sold");
}

}  // namespace
}  // namespace crosscheck
