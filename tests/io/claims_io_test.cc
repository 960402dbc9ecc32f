#include "crosscheck/claims_io.h"

#include <sstream>

#include "crosscheck/checker.h"
#include "crosscheck/report.h"
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
  const std::string first = FormatClaimsJsonl(report);
  std::istringstream in(first);
  Report back;
  std::vector<Diagnostic> diagnostics;
  ReadClaimsJsonl(in, "claims.jsonl", back.documents, diagnostics);
  EXPECT_TRUE(diagnostics.empty());
  ASSERT_EQ(back.documents.size(), 3u);
  EXPECT_EQ(back.documents[2].claims.size(), 0u);
  EXPECT_EQ(FormatClaimsJsonl(back), first);
  EXPECT_EQ(FormatText(back), FormatText(report));
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

}  // namespace
}  // namespace crosscheck
