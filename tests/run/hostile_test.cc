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

// Line and column (code points) of every claim, counted here byte by byte: extraction counts
// them in runs between claims, across empty lines, umlauts and typographic marks.
TEST(Hostile, ClaimPositionsCountLinesAndCodePoints) {
  auto checker = Checker::Create();
  ASSERT_TRUE(checker.ok());
  Document doc;
  doc.id = "positions";
  doc.lang = "de";
  doc.text =
      "Die Stadtwerke meldeten am Montag 1.200 Störungen.\n\n"
      "\xE2\x80\x9EWir arbeiten daran\xE2\x80\x9C, sagte die Sprecherin \xE2\x80\x93 "
      "über 300 Techniker seien im Einsatz.\n"
      "Bis Freitag sollen 95 Prozent der Haushalte wieder Strom haben. Die Kosten: 4 Millionen "
      "Euro.\n\nÄrger gab es über 12 Stunden lang.";
  absl::StatusOr<DocumentResult> r = checker->Extract(doc);
  ASSERT_TRUE(r.ok());
  size_t later_lines = 0;
  for (const Claim& c : r->claims) {
    uint32_t line = 1, column = 1;
    for (uint32_t i = 0; i < c.span.begin; ++i) {
      const unsigned char b = static_cast<unsigned char>(doc.text[i]);
      if (b == '\n') {
        ++line;
        column = 1;
      } else if ((b & 0xC0) != 0x80) {
        ++column;
      }
    }
    EXPECT_EQ(c.line, line) << c.span.Of(doc.text);
    EXPECT_EQ(c.column, column) << c.span.Of(doc.text);
    later_lines += line > 1;
  }
  EXPECT_GE(later_lines, 3u);
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
