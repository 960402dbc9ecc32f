// Hostile input never crashes, hangs or yields spans outside the text. Sizes are kept small
// for the unit suite; bench/hostile_benchmark runs the same shapes at 1 and 10 MB (and the
// 100 MB article) and measures time per MB.
#include "bench/hostile_inputs.h"
#include "crosscheck/checker.h"
#include "gtest/gtest.h"

namespace crosscheck {
namespace {

TEST(Hostile, ShapesExtractWithSpansInsideTheText) {
  auto checker = Checker::Create();
  ASSERT_TRUE(checker.ok());
  for (const auto& input : bench::HostileInputs(64 << 10)) {
    for (const char* lang : {"de", "en"}) {
      Document doc;
      doc.id = input.name;
      doc.lang = lang;
      doc.text = input.text;
      absl::StatusOr<DocumentResult> r = checker->Extract(doc);
      ASSERT_TRUE(r.ok()) << input.name << ": " << r.status();
      for (const Claim& c : r->claims) {
        ASSERT_LE(c.span.begin, c.span.end) << input.name;
        ASSERT_LE(c.span.end, doc.text.size()) << input.name;
        ASSERT_LE(c.sentence.end, doc.text.size()) << input.name;
      }
    }
  }
}

TEST(Hostile, InvalidUtf8AndNulAreRefusedWithOffsets) {
  auto checker = Checker::Create();
  Document doc;
  doc.id = "bad";
  doc.text = std::string("Gut\0und", 7) + "\xC3";
  absl::StatusOr<DocumentResult> r = checker->Extract(doc);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(std::string(r.status().message()).find("document \"bad\""), std::string::npos);
  EXPECT_NE(std::string(r.status().message()).find("byte offset 7"), std::string::npos);
}

TEST(Hostile, OversizedDocumentIsRefused) {
  Options o;
  o.extract.max_document_bytes = 1000;
  auto checker = Checker::Create(o);
  Document doc;
  doc.id = "big";
  doc.text = std::string(2000, 'a');
  EXPECT_FALSE(checker->Extract(doc).ok());
}

}  // namespace
}  // namespace crosscheck
