// Differential test: our UAX #29 sentence boundaries must equal ICU's BreakIterator (de and
// en) on real and generated articles, hand-written tricky strings and random strings over
// every Sentence_Break class. Shared folders are read at run time and skipped when absent.
#include "lib/text/sentence_break.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "bench/corpus_generator.h"
#include "crosscheck/text.h"
#include "fmt/format.h"
#include "gtest/gtest.h"

namespace crosscheck::internal {
namespace {

namespace fs = std::filesystem;

std::string Escape(std::string_view s) {
  std::string out;
  for (const unsigned char c : s) {
    if (c < 0x20 || c == 0x7F) {
      out += fmt::format("\\x{:02X}", c);
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

// Empty when both languages' ICU boundaries equal ours; otherwise the first difference.
std::string DiffFromIcu(std::string_view text) {
  std::vector<uint32_t> ours;
  SentenceBreaks(text, ours);
  for (const char* lang : {"de", "en"}) {
    const std::vector<uint32_t> icu = IcuSentenceBreaks(text, lang);
    if (icu == ours) continue;
    const size_t k = static_cast<size_t>(
        std::mismatch(ours.begin(), ours.end(), icu.begin(), icu.end()).first - ours.begin());
    const auto at = [](const std::vector<uint32_t>& v, size_t i) {
      return i < v.size() ? std::to_string(v[i]) : std::string("none");
    };
    uint32_t pos = static_cast<uint32_t>(text.size());
    if (k < ours.size()) pos = std::min(pos, ours[k]);
    if (k < icu.size()) pos = std::min(pos, icu[k]);
    const size_t from = pos < 40 ? 0 : pos - 40;
    return fmt::format("{}: boundary #{} is {} here but {} in ICU; text near it: \"{}\" | \"{}\"",
                       lang, k, at(ours, k), at(icu, k),
                       Escape(text.substr(from, pos - from)), Escape(text.substr(pos, 40)));
  }
  return "";
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Compares every regular file under `dir` (valid UTF-8 only); returns how many were compared.
int CompareFilesUnder(const fs::path& dir) {
  int files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    const std::string text = ReadFile(entry.path());
    if (!ValidateUtf8(text).ok()) continue;
    ++files;
    EXPECT_EQ(DiffFromIcu(text), "") << entry.path();
  }
  return files;
}

TEST(SentenceBreak, Basics) {
  std::vector<uint32_t> out = {99};
  SentenceBreaks("", out);
  EXPECT_TRUE(out.empty());
  SentenceBreaks("Er kam. Sie ging", out);
  EXPECT_EQ(out, (std::vector<uint32_t>{8, 16}));
}

TEST(SentenceBreak, TrickyStringsMatchIcu) {
  const std::vector<std::string> cases = {
      // Empty, tiny, and text that ends without a terminator.
      "", " ", ".", "?", "a", "... ", "Das ist ein Text ohne Ende", "Text ohne Ende ",
      // Quotation marks and brackets after a terminator (SB9, SB8 through Close).
      "Er sagte: „Nein.“ Dann ging er.", "Er sagte: „Nein.“ dann ging er.",
      "(Er ging.) Sie kam.", "[Quelle.] Weiter", "Er rief: \"Halt!\" Dann", "'Halt.' 'nein.'",
      "»Nein.« Sie", "«Non.» Oui", "Ende.\u201C\u201D\u2019 Weiter", "Ende?\u00BB \u00AB weiter",
      "Ende.\"\u00A0Weiter", "Ende.\" \u2014 sagte er", "Ende.) 5 Leute.",
      // Runs of terminators and ellipses (SB8a).
      "Wirklich?! Ja.", "Wie bitte?!? Nein!!! Doch.", "Und dann... Nichts.", "Und dann... nichts.",
      "Und dann… Nichts.", "Und dann … nichts.",
      // Abbreviations, initials, numbers (SB6, SB7, SB8).
      "U.S. officials said so.", "The U.S. Army.", "It rose 3.5 million. Then 4.",
      "Es gibt z. B. Äpfel. Und Birnen.", "z.B. hier", "e.g. this", "i.e., that", "Mr. Smith",
      "Dr. med. Müller kam.", "am 25. Oktober", "im 2. Weltkrieg. Danach", "Nr. 5 und Nr. 6.",
      "A.B.C. Weiter", "a.b.c. weiter", "ÄÖ.Ü. Ende", "ß. ẞ", "Σ. σ",
      // Lower case after a period, a period before a digit.
      "It ended. and then", "It ended.and then", "Version 2. 5 Leute.", "Im Jahr 2024.5 ist",
      "Ende.5", "Satz.(5) Weiter", "Ende. 5 leute.", "Ende. 5 Leute.", "Ende. (a) weiter",
      "Ende. (A) weiter", "Ende. \u05D0 Weiter", "Ende. \u05D0 weiter", "Ende. \u4E2D",
      // SContinue after a terminator.
      "Das Ende. - Weiter", "Ende., und so", "Ende.: weiter", "Ende.; Weiter", "Ende. , und",
      "Ende. \u2014 Weiter",
      // Other ATerm and STerm characters: CJK and fullwidth.
      "日本語。中文！好吗？是的", "Ｏｋ．Ｎｏ", "Ａ．Ｂ", "全角！？ａ", "Ende.\u2024 Weiter",
      "Ende\u2024Weiter", "Ende\uFE52 Weiter", "Ende\u3002\u3002\u300DWeiter",
      // Spaces: tabs, NBSP, ideographic space, vertical tab, form feed.
      "Ja.\tNein.", "Ja.\u00A0Nein.", "Ja.\u00A0\u00A0nein.", "Ende.\u3000Weiter.",
      "Ende!\u3000Weiter.", "Ende.\u000BWeiter", "Ende.\fWeiter", "\t\tEnde.\t\t",
      "Tab\tnach. Punkt", "3.\t5", "Ende\u00A0.",
      // Paragraph separators: CR LF, lone CR, LF, U+2029, U+2028, NEL.
      "Eins.\r\nZwei.\r\n", "Eins\r\nZwei\rDrei\n", "Eins.\r\rZwei", "\r\n\r\n", "\n",
      "!\n!", "Eins.\u2029Zwei\u2029drei", "Eins\u2028zwei\u0085drei", "Ende.\u0085Weiter",
      "\u2029",
      // Combining marks and format characters (SB5), also where SB5 does not apply.
      "Ende.\u0301 Weiter.", "Ende.\u0301 weiter.", "Ende\u0301. Weiter", "\u0301. A",
      "a\u00AD.B", "A.\u200BB", "Ende.\u200D Weiter", "Ende.\uFEFFWeiter", "Hallo.\u0308",
      "\u2029\u0301", "\r\u0301",
      // Emoji.
      "Gut. \U0001F600 Weiter.", "Gut \U0001F600. Weiter.", "Gut.\U0001F44D\U0001F3FD Ja",
  };
  for (const std::string& text : cases) EXPECT_EQ(DiffFromIcu(text), "") << Escape(text);
}

TEST(SentenceBreak, ExampleCorpusMatchesIcu) {
  EXPECT_GE(CompareFilesUnder(fs::path(CROSSCHECK_SOURCE_DIR) / "examples/corpus"), 10);
  EXPECT_GE(CompareFilesUnder(fs::path(CROSSCHECK_SOURCE_DIR) / "tests/extract/corpus"), 4);
}

TEST(SentenceBreak, GeneratedCorpusMatchesIcu) {
  const bench::GeneratorOptions options;  // Fixed default seed.
  for (const char* lang : {"de", "en"}) {
    for (uint64_t i = 0; i < 300; ++i) {
      const Document doc = bench::GenerateArticle(i, lang, options);
      ASSERT_EQ(DiffFromIcu(doc.text), "") << lang << " article " << i;
    }
  }
}

TEST(SentenceBreak, SharedSeedsMatchIcu) {
  const fs::path dir = fs::path(CROSSCHECK_SHARED_DIR) / "seeds";
  if (!fs::is_directory(dir)) GTEST_SKIP() << "no seeds at " << dir;
  EXPECT_GE(CompareFilesUnder(dir), 1);
}

TEST(SentenceBreak, SharedConformanceTextsMatchIcu) {
  const fs::path dir = fs::path(CROSSCHECK_SHARED_DIR) / "conformance";
  if (!fs::is_directory(dir)) GTEST_SKIP() << "no conformance texts at " << dir;
  EXPECT_GE(CompareFilesUnder(dir), 1);
}

// Short random strings drawn from characters of every Sentence_Break class, weighted towards
// terminators, so that each rule and their interplay is exercised.
TEST(SentenceBreak, RandomStringsMatchIcu) {
  const std::vector<std::string> alphabet = {
      "x", "a", "\u00DF", "\u00E4", "A", "Z", "\u00C4", "\u4E2D", "\u05D0", "1", "\u0663",
      ".", ".", ".", "\u2024", "\uFF0E", "\uFE52", "!", "?", "?", "\u3002", "\uFF01", "\u203C",
      ",", ":", ";", "-", "\u2014", "\u3001", "\"", "'", "(", ")", "\u201E", "\u201C", "\u00BB",
      " ", " ", "\t", "\u00A0", "\u3000", "\u2009", "\r", "\n", "\u2029", "\u0085", "\u2028",
      "\u0301", "\u200D", "\uFE0F", "\u00AD", "\u200B", "\uFEFF", "\u2060", "#", "\u2026",
      "\u20AC", "\U0001F600", std::string(1, '\0')};
  std::mt19937 rng(20261201);
  for (int n = 0; n < 100000; ++n) {
    std::string text;
    const size_t len = 1 + rng() % 12;
    for (size_t i = 0; i < len; ++i) text += alphabet[rng() % alphabet.size()];
    ASSERT_EQ(DiffFromIcu(text), "") << "string #" << n << ": " << Escape(text);
  }
}

}  // namespace
}  // namespace crosscheck::internal
