#include <string>
#include <vector>

#include "crosscheck/text.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lib/text/fold.h"

namespace crosscheck {
namespace {

using ::testing::ElementsAreArray;
using ::testing::HasSubstr;

struct Utf8Case {
  std::string text;
  bool valid;
  std::string offset;  // Expected "byte offset N" in the message when invalid.
};

TEST(ValidateUtf8, Table) {
  const std::vector<Utf8Case> cases = {
      {"", true, ""},
      {"plain ascii text", true, ""},
      {"Außenminister Selenskyj „Zweibahnstraße“", true, ""},
      {"emoji \xF0\x9F\x98\x80 ok", true, ""},
      {"abc\xFF", false, "byte offset 3"},
      {"ab\xC3", false, "byte offset 2"},                  // Truncated at end.
      {"x\xC0\xAF", false, "byte offset 1"},               // Overlong '/'.
      {"0123456789\xED\xA0\x80", false, "byte offset 10"}, // Surrogate.
      {"\xF4\x90\x80\x80", false, "byte offset 0"},        // Above U+10FFFF.
      {"12345678\x80", false, "byte offset 8"},            // Lone continuation after fast path.
  };
  for (const Utf8Case& c : cases) {
    absl::Status s = ValidateUtf8(c.text);
    EXPECT_EQ(s.ok(), c.valid) << c.text;
    if (!c.valid) EXPECT_THAT(std::string(s.message()), HasSubstr(c.offset)) << c.text;
  }
}

std::vector<std::string> Sentences(const std::string& text, const std::string& lang) {
  absl::StatusOr<SegmentedText> seg = Segment(text, lang);
  EXPECT_TRUE(seg.ok()) << seg.status();
  std::vector<std::string> out;
  if (!seg.ok()) return out;
  for (const Sentence& s : seg->sentences) out.emplace_back(s.span.Of(text));
  return out;
}

struct SentenceCase {
  std::string lang;
  std::string text;
  std::vector<std::string> sentences;
};

TEST(Segment, SentencesTable) {
  const std::vector<SentenceCase> cases = {
      {"de", "Die Lage ist ernst. Der Minister reist ab.",
       {"Die Lage ist ernst.", "Der Minister reist ab."}},
      {"de", "Das Treffen fand am 25. Oktober statt. Danach gab es Streit.",
       {"Das Treffen fand am 25. Oktober statt.", "Danach gab es Streit."}},
      {"de", "Die Truppen kommen ab dem 27.-28. Oktober an. Mehr ist nicht bekannt.",
       {"Die Truppen kommen ab dem 27.-28. Oktober an.", "Mehr ist nicht bekannt."}},
      {"de", "Es gibt Gründe, z. B. die Kosten. Dr. Müller widerspricht.",
       {"Es gibt Gründe, z. B. die Kosten.", "Dr. Müller widerspricht."}},
      {"de", "„Wir helfen“, sagte sie. „Immer.“ Dann ging sie.",
       {"„Wir helfen“, sagte sie.", "„Immer.“", "Dann ging sie."}},
      {"de", "Im 2. Weltkrieg war das anders. Heute nicht.",
       {"Im 2. Weltkrieg war das anders.", "Heute nicht."}},
      // A full stop after a word ends the sentence before a number, even with a lower-case
      // word after it; after an abbreviation it does not.
      {"de", "Sie liegt bei 58 Prozent. 2017 waren es nur 52 Prozent.",
       {"Sie liegt bei 58 Prozent.", "2017 waren es nur 52 Prozent."}},
      {"de", "Es kamen ca. 40 weitere hinzu.", {"Es kamen ca. 40 weitere hinzu."}},
      {"en", "The U.S. sent aid. Dr. Smith agreed.", {"The U.S. sent aid.", "Dr. Smith agreed."}},
      {"en", "“It is a two-way street,” he said. Nobody objected.",
       {"“It is a two-way street,” he said.", "Nobody objected."}},
      {"en", "Gen. Jones met Sen. Brown on Oct. 25. They spoke briefly.",
       {"Gen. Jones met Sen. Brown on Oct. 25.", "They spoke briefly."}},
      {"de", "Erster Absatz endet hier.\n\nZweiter Absatz.", {"Erster Absatz endet hier.", "Zweiter Absatz."}},
      // A hard-wrapped paragraph: its line ends are spaces, one sentence runs over them.
      {"en", "The\nfire follows a flood on the\noutskirts of town. It spread.",
       {"The\nfire follows a flood on the\noutskirts of town.", "It spread."}},
  };
  for (const SentenceCase& c : cases) {
    EXPECT_THAT(Sentences(c.text, c.lang), ElementsAreArray(c.sentences)) << c.text;
  }
}

TEST(Segment, SpansIndexOriginalBytesWithUmlauts) {
  const std::string text = "Über 1.200 Verluste täglich. Größere Zahlen folgen.";
  absl::StatusOr<SegmentedText> seg = Segment(text, "de");
  ASSERT_TRUE(seg.ok());
  ASSERT_EQ(seg->sentences.size(), 2u);
  EXPECT_EQ(seg->sentences[1].span.Of(text), "Größere Zahlen folgen.");
  EXPECT_EQ(seg->sentences[1].span.begin, text.find("Größere"));
  EXPECT_TRUE(seg->normalized.empty());  // Already NFC: no copy.
}

TEST(Segment, NonNfcTextIsNormalisedAndMappedBack) {
  // "Größe" with a decomposed ö (o + U+0308), then a second sentence.
  const std::string text = "Die Gro\xCC\x88" "\xC3\x9F" "e ist klar. Zweiter Satz folgt.";
  absl::StatusOr<SegmentedText> seg = Segment(text, "de");
  ASSERT_TRUE(seg.ok());
  EXPECT_EQ(seg->normalized, "Die Größe ist klar. Zweiter Satz folgt.");
  ASSERT_EQ(seg->sentences.size(), 2u);
  EXPECT_EQ(seg->sentences[1].span.Of(text), "Zweiter Satz folgt.");
  EXPECT_EQ(seg->sentences[0].span.Of(text), text.substr(0, text.find(" Zweiter")));
  // An offset after the change maps back by the length difference (one byte here).
  const uint32_t in_norm = static_cast<uint32_t>(seg->normalized.find("Zweiter"));
  EXPECT_EQ(seg->ToOriginal(in_norm), text.find("Zweiter"));
}

TEST(Segment, TextOutsideTheQuickRowsIsStillNormalised) {
  // Typographic marks, dashes and the euro sign are NFC as they stand and are passed over
  // quickly; a decomposed letter, an en quad (U+2000, NFC: U+2002) and an Ångström sign
  // (U+212B, NFC: U+00C5) after them still make the text normalised.
  const std::string lead = "\xE2\x80\x9EZitat\xE2\x80\x9C \xE2\x80\x93 12\xC2\xA0\xE2\x82\xAC. ";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {lead + "Gro\xCC\x88\xC3\x9F" "e.", lead + "Größe."},
      {lead + "a\xE2\x80\x80" "b.", lead + "a\xE2\x80\x82" "b."},
      {lead + "5 \xE2\x84\xAB.", lead + "5 \xC3\x85."},
  };
  for (const auto& [text, nfc] : cases) {
    absl::StatusOr<SegmentedText> seg = Segment(text, "de");
    ASSERT_TRUE(seg.ok());
    EXPECT_EQ(seg->normalized, nfc);
  }
  absl::StatusOr<SegmentedText> seg = Segment(lead + "\xC2\xBB" "Ja\xC2\xAB, sagte \xC3\x89mile.", "de");
  ASSERT_TRUE(seg.ok());
  EXPECT_TRUE(seg->normalized.empty());
}

// Fold as a byte loop: what the sixteen-bytes-at-a-time version must equal.
std::string FoldByteByByte(std::string s) {
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 'A' && c <= 'Z') {
      s[i] = static_cast<char>(c | 0x20);
    } else if (c == 0xC3 && i + 1 < s.size()) {
      const unsigned char d = static_cast<unsigned char>(s[i + 1]);
      if (d >= 0x80 && d <= 0x9E && d != 0x97) s[i + 1] = static_cast<char>(d + 0x20);
      ++i;
    }
  }
  return s;
}

TEST(Fold, EqualsTheByteLoopAtEveryAlignment) {
  const std::vector<std::string> pieces = {
      "ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{ az09", "\xC3\x84\xC3\x96\xC3\x9C\xC3\x9F",  // ÄÖÜß
      "\xC3\x97\xC3\x9E\xC3\x80",  // × Þ À
      "US-AUSSENMINISTER \xE2\x80\x9EZITAT\xE2\x80\x9C", "\xC3",
      "\xC3\xC3\x84\xC3Z\xC3\xC3"};  // Not UTF-8: 0xC3 before 0xC3 and before ASCII.
  for (size_t shift = 0; shift < 33; ++shift) {
    for (const std::string& p : pieces) {
      for (const std::string& q : pieces) {
        const std::string text = std::string(shift, 'X') + p + q;
        EXPECT_EQ(internal::Fold(text), FoldByteByByte(text)) << shift << " " << text;
      }
    }
  }
}

TEST(Segment, ParagraphsSplitOnLinesAndJoinHardWraps) {
  const std::string text =
      "Erster Absatz in einer Zeile.\nZweiter Absatz, der\numgebrochen wurde.\n\n  \nDritter.";
  absl::StatusOr<SegmentedText> seg = Segment(text, "de");
  ASSERT_TRUE(seg.ok());
  ASSERT_EQ(seg->paragraphs.size(), 3u);
  EXPECT_EQ(seg->paragraphs[1].Of(text), "Zweiter Absatz, der\numgebrochen wurde.");
  EXPECT_EQ(seg->sentences.back().paragraph, 2u);
}

TEST(Segment, RejectsInvalidUtf8WithOffset) {
  absl::StatusOr<SegmentedText> seg = Segment("gut\xC3(", "de");
  ASSERT_FALSE(seg.ok());
  EXPECT_THAT(std::string(seg.status().message()), HasSubstr("byte offset 3"));
}

TEST(Segment, EmptyText) {
  absl::StatusOr<SegmentedText> seg = Segment("", "en");
  ASSERT_TRUE(seg.ok());
  EXPECT_TRUE(seg->sentences.empty());
}

TEST(DetectLanguage, Table) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Der Minister sagte, dass die Truppen nicht mit den anderen kommen.", "de"},
      {"The minister said that the troops were not coming with the others.", "en"},
      {"12.000 / 3.000", "und"},
      {"", "und"},
      {"Für die Ukraine ist das über alles wichtig und es wird so sein.", "de"},
      // Words both languages write ("in", "an", "was") count for both: a short German text
      // full of "in" is still German, and English ones stay English.
      {"Das Hochwasser in Italien traf vor allem Orte im Süden, in einigen Dörfern stand das "
       "Wasser am Abend bis zum ersten Stock.", "de"},
      {"The storm hit in the night and an hour later it was over, as the police said.", "en"},
  };
  for (const auto& [text, lang] : cases) EXPECT_EQ(DetectLanguage(text), lang) << text;
}

}  // namespace
}  // namespace crosscheck
