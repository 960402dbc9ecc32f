// Quotations, speakers, roles and person names (issue 4): the hand-written corpora in
// tests/extract/corpus/quotes/ and table-driven unit tests of the parts.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "crosscheck/checker.h"
#include "gtest/gtest.h"
#include "lib/extract/speakers/person.h"
#include "lib/extract/quotes/quote_marks.h"

namespace crosscheck {
namespace {

using internal::FindQuotes;
using internal::PersonDirectory;
using internal::QuoteSpan;

std::vector<Claim> ExtractOf(const Checker& checker, const std::string& text,
                             const std::string& lang, ClaimKind kind) {
  Document doc;
  doc.id = "t";
  doc.lang = lang;
  doc.text = text;
  absl::StatusOr<DocumentResult> r = checker.Extract(doc);
  EXPECT_TRUE(r.ok()) << r.status();
  std::vector<Claim> out;
  if (!r.ok()) return out;
  for (const Claim& c : r->claims) {
    if (c.kind == kind) out.push_back(c);
  }
  return out;
}

std::string Unescape(std::string s) {
  for (size_t at = 0; (at = s.find("\\n", at)) != std::string::npos;) s.replace(at, 2, "\n");
  return s;
}

struct CorpusScore {
  int quotes = 0, span_ok = 0, speaker_ok = 0, form_ok = 0, negatives = 0, negatives_ok = 0;
};

CorpusScore RunCorpus(const std::string& lang) {
  std::ifstream in(std::string(CROSSCHECK_SOURCE_DIR) + "/tests/extract/corpus/quotes/" + lang + ".tsv");
  EXPECT_TRUE(in.good());
  auto checker = Checker::Create();
  CorpusScore score;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string field; std::getline(ss, field, '\t');) f.push_back(field);
    if (f.size() < 4) {
      ADD_FAILURE() << "bad corpus line: " << line;
      continue;
    }
    const std::string text = Unescape(f[0]);
    const std::vector<Claim> quotes = ExtractOf(*checker, text, lang, ClaimKind::kQuote);
    if (f[3] == "none") {
      ++score.negatives;
      if (quotes.empty()) ++score.negatives_ok;
      else ADD_FAILURE() << "[" << lang << "] negative line has quotes: " << f[0];
      continue;
    }
    ++score.quotes;
    const std::string gold = Unescape(f[1]);
    const std::string speaker = f[2] == "-" ? "" : f[2];
    const Claim* hit = nullptr;
    for (const Claim& c : quotes) {
      if (c.span.Of(text) == gold) hit = &c;
    }
    if (hit == nullptr) {
      std::printf("  [%s] span missed: %s | %s\n", lang.c_str(), f[1].c_str(), f[0].c_str());
      continue;
    }
    ++score.span_ok;
    // An optional fifth field: the speaker's words, for a speaker the text does not name
    // ("der Alte", "a resident"; "-": none).
    const bool name_ok = f.size() < 5 || hit->speaker_name() == (f[4] == "-" ? "" : f[4]);
    if (hit->quote().speaker == speaker && name_ok) {
      ++score.speaker_ok;
    } else {
      std::printf("  [%s] speaker %s (%s) != %s: %s\n", lang.c_str(), hit->quote().speaker.c_str(),
                  hit->speaker_name().c_str(), f[2].c_str(), f[0].c_str());
    }
    if (ToString(hit->form) == f[3]) {
      ++score.form_ok;
    } else {
      std::printf("  [%s] form %s != %s: %s\n", lang.c_str(), std::string(ToString(hit->form)).c_str(),
                  f[3].c_str(), f[1].c_str());
    }
    EXPECT_EQ(hit->key, speaker.empty() ? "" : "quote/" + speaker);
  }
  const auto pct = [](int a, int b) { return b == 0 ? 100.0 : 100.0 * a / b; };
  std::printf("[%s] %d quotes: span %.1f%%, speaker %.1f%%, form %.1f%%; negatives %d/%d\n",
              lang.c_str(), score.quotes, pct(score.span_ok, score.quotes),
              pct(score.speaker_ok, score.quotes), pct(score.form_ok, score.quotes),
              score.negatives_ok, score.negatives);
  return score;
}

TEST(QuoteCorpus, AccuracyFloors) {
  int total = 0;
  for (const std::string lang : {"de", "en"}) {
    const CorpusScore s = RunCorpus(lang);
    total += s.quotes;
    EXPECT_GE(s.span_ok, 0.95 * s.quotes) << lang;
    EXPECT_GE(s.speaker_ok, 0.90 * s.quotes) << lang;
    EXPECT_GE(s.form_ok, 0.85 * s.quotes) << lang;
    EXPECT_EQ(s.negatives_ok, s.negatives) << lang;
  }
  EXPECT_GE(total, 80);
}

TEST(PersonNames, CanonicalIds) {
  const PersonDirectory dir{ExtractOptions{}};
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Selenskyj", "volodymyr_zelensky"},        {"Selensky", "volodymyr_zelensky"},
      {"Zelensky", "volodymyr_zelensky"},         {"Zelenskyy", "volodymyr_zelensky"},
      {"Zelenskiy", "volodymyr_zelensky"},        {"Wolodymyr Selenskyj", "volodymyr_zelensky"},
      {"Volodymyr Zelenskyy", "volodymyr_zelensky"}, {"Wladimir Putin", "vladimir_putin"},
      {"Vladimir Putin", "vladimir_putin"},       {"Putin", "vladimir_putin"},
      {"Andrij Sybiha", "andrii_sybiha"},         {"Andrii Sybiha", "andrii_sybiha"},
      {"Andriy Sybiha", "andrii_sybiha"},         {"Antony Blinken", "antony_blinken"},
      {"Blinken", "antony_blinken"},              {"Dmitri Peskow", "dmitry_peskov"},
      {"Dmitry Peskov", "dmitry_peskov"},         {"Sergej Lawrow", "sergey_lavrov"},
      {"Xi Jinping", "xi_jinping"},               {"Xi", "xi_jinping"},
      {"Kim Jong-un", "kim_jong_un"},             {"Hans Müller", "hans_muller"},
      {"José García", "jose_garcia"},             {"Ursula von der Leyen", "ursula_von_der_leyen"},
  };
  for (const auto& [name, id] : cases) EXPECT_EQ(dir.Canonical(name), id) << name;
  // Unknown transliterated names meet across spellings.
  EXPECT_EQ(dir.Canonical("Oleksij Resnikow"), dir.Canonical("Oleksiy Reznikov"));
  EXPECT_EQ(internal::AsciiName("Łukasz Żmuda-Ščęsny"), "lukasz zmuda scesny");
}

TEST(PersonNames, UserAliases) {
  ExtractOptions options;
  options.person_aliases = {{"Tony Blinken-Smith", "antony_blinken"}, {"Friedrich Merz", "fritz"}};
  const PersonDirectory dir(options);
  EXPECT_EQ(dir.Canonical("Tony Blinken-Smith"), "antony_blinken");
  EXPECT_EQ(dir.Canonical("Friedrich Merz"), "fritz");
  EXPECT_EQ(dir.Canonical("Merz"), "fritz");

  Options all;
  all.extract.person_aliases = {{"Friedrich Merz", "fritz"}};
  auto checker = Checker::Create(all);
  const auto quotes = ExtractOf(*checker, "„Wir schaffen das“, sagte Friedrich Merz.", "de",
                                ClaimKind::kQuote);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].quote().speaker, "fritz");
}

TEST(Roles, NormalisedKeys) {
  struct Case {
    const char* lang;
    const char* text;
    const char* person;
    const char* role;
  };
  const Case cases[] = {
      {"de", "US-Außenminister Antony Blinken reiste ab.", "antony_blinken", "us_secretary_of_state"},
      {"de", "Gestern sprach Außenminister Antony Blinken.", "antony_blinken", "us_secretary_of_state"},
      {"de", "Dort traf er den ukrainischen Außenminister Andrii Sybiha.", "andrii_sybiha",
       "ukraine_foreign_minister"},
      {"de", "Das sagte US-Verteidigungsminister Lloyd Austin.", "lloyd_austin", "us_secretary_of_defense"},
      {"de", "Der Sprecher des Nationalen Sicherheitsrats, John Kirby, widersprach.", "john_kirby",
       "us_nsc_spokesperson"},
      {"de", "Der Sprecher des Außenministeriums, Matthew Miller, widersprach.", "matthew_miller",
       "us_state_department_spokesperson"},
      {"de", "Es warnt der US-Nationale Sicherheitsberater Jake Sullivan.", "jake_sullivan",
       "us_national_security_advisor"},
      {"de", "Das meint der russische Präsident Wladimir Putin.", "vladimir_putin", "russia_president"},
      {"de", "Dem widersprach der chinesische Präsident Xi Jinping.", "xi_jinping", "china_president"},
      {"de", "Das meint der Präsident der Ukraine, Wolodymyr Selenskyj, heute.", "volodymyr_zelensky",
       "ukraine_president"},
      {"de", "Kremlsprecher Dmitri Peskow widersprach.", "dmitry_peskov", "kremlin_spokesperson"},
      {"de", "Heute kam Bundeskanzler Olaf Scholz.", "olaf_scholz", "germany_chancellor"},
      {"en", "Secretary of State Antony Blinken left.", "antony_blinken", "us_secretary_of_state"},
      {"en", "He met Ukrainian Foreign Minister Andrii Sybiha.", "andrii_sybiha",
       "ukraine_foreign_minister"},
      {"en", "Defense Secretary Lloyd Austin arrived.", "lloyd_austin", "us_secretary_of_defense"},
      {"en", "Kirby, the White House national security spokesman, spoke.", "john_kirby",
       "us_nsc_spokesperson"},
      {"en", "State Department spokesman Matthew Miller disagreed.", "matthew_miller",
       "us_state_department_spokesperson"},
      {"en", "National Security Adviser Jake Sullivan left.", "jake_sullivan",
       "us_national_security_advisor"},
      {"en", "Russian President Vladimir Putin spoke.", "vladimir_putin", "russia_president"},
      {"en", "Ukraine's President Volodymyr Zelensky spoke.", "volodymyr_zelensky", "ukraine_president"},
      {"en", "Kremlin spokesman Dmitry Peskov disagreed.", "dmitry_peskov", "kremlin_spokesperson"},
      {"en", "U.S. Secretary of State Antony Blinken left.", "antony_blinken", "us_secretary_of_state"},
  };
  auto checker = Checker::Create();
  for (const Case& c : cases) {
    const auto roles = ExtractOf(*checker, c.text, c.lang, ClaimKind::kRole);
    ASSERT_EQ(roles.size(), 1u) << c.text;
    EXPECT_EQ(roles[0].role().person, c.person) << c.text;
    EXPECT_EQ(roles[0].role().role, c.role) << c.text;
    EXPECT_EQ(roles[0].key, std::string("role/") + c.person);
  }
}

TEST(Roles, TitlesAndSharedRolesMakeNoClaim) {
  // A form of address or a role held alongside an office is no claim about which office a
  // person holds: "Dr." beside "Bundespräsidentin", "der Abgeordnete" beside "Kanzlerin";
  // nor is a title after "former" or "deputy".
  const std::pair<const char*, const char*> cases[] = {
      {"de", "Die Rede hielt Dr. Marta Kowalczyk am Montag."},
      {"de", "Im Plenum sprach der Abgeordnete Jonas Weidner lange."},
      // "Regierungschef" heads a country, a state or a city-state: no one office.
      {"de", "Die Lage sei ernst, sagte der Regierungschef Jonas Weidner."},
      {"en", "The speech was given by Prof. Helen Marsh on Monday."},
      {"en", "Senator Ruth Adler spoke first."},
      // Another office than the title's: a former one, a deputy's.
      {"en", "The party of Deputy Prime Minister Tom Hale lost."},
      {"en", "Former President Ada Brook spoke first."},
      {"de", "Die Partei des stellvertretenden Ministerpräsidenten Jonas Weidner verlor."},
      {"de", "Es sprach der frühere Bundeskanzler Otto Brenner."},
      // A title's word that starts a body's name: a league, no premier.
      {"en", "The club has won four Premier League titles."},
      // A headline's verb after a title is no name.
      {"en", "Governor Says Schools Will Close"},
  };
  auto checker = Checker::Create();
  for (const auto& [lang, text] : cases) {
    EXPECT_TRUE(ExtractOf(*checker, text, lang, ClaimKind::kRole).empty()) << text;
  }
}

std::vector<std::string> QuoteTexts(const std::string& text) {
  std::vector<std::string> out;
  for (const QuoteSpan& q : FindQuotes(text, {{0, static_cast<uint32_t>(text.size())}})) {
    out.emplace_back(q.outer.Of(text));
  }
  return out;
}

TEST(QuoteMarks, EveryStyle) {
  using V = std::vector<std::string>;
  EXPECT_EQ(QuoteTexts("Er sagte „ja“ und ging."), V{"„ja“"});
  EXPECT_EQ(QuoteTexts("Er sagte ‚ja‘ und ging."), V{"‚ja‘"});
  EXPECT_EQ(QuoteTexts("He said “yes” and left."), V{"“yes”"});
  EXPECT_EQ(QuoteTexts("He said ”yes” and left."), V{"”yes”"});
  EXPECT_EQ(QuoteTexts("Er sagte “ja“ und ging."), V{"“ja“"});
  EXPECT_EQ(QuoteTexts("Er sagte »ja« und ging."), V{"»ja«"});
  EXPECT_EQ(QuoteTexts("Il dit «oui» et part."), V{"«oui»"});
  EXPECT_EQ(QuoteTexts("Er sagte ›ja‹ und ging."), V{"›ja‹"});
  EXPECT_EQ(QuoteTexts("He said \"yes\" and left."), V{"\"yes\""});
  EXPECT_EQ(QuoteTexts("He said 'yes' and left."), V{"'yes'"});
  EXPECT_EQ(QuoteTexts("„Er rief ‚Halt‘ und lief“, sagte sie."), V{"„Er rief ‚Halt‘ und lief“"});
  EXPECT_EQ(QuoteTexts("Sullivan's and the Kurds' views, 5'10\" tall."), V{});
  // Mixed typography, common in web text: any opener with any plausible closer.
  EXPECT_EQ(QuoteTexts("Er sagte „ja\" und ging."), V{"„ja\""});
  EXPECT_EQ(QuoteTexts("He said \"yes” and left."), V{"\"yes”"});
  EXPECT_EQ(QuoteTexts("He said “yes\" and left."), V{"“yes\""});
  EXPECT_EQ(QuoteTexts("„Er nannte es \"Unsinn\" und ging“, sagte sie."),
            V{"„Er nannte es \"Unsinn\" und ging“"});
}

TEST(QuoteMarks, UnbalancedMarksLoseNothing) {
  using V = std::vector<std::string>;
  EXPECT_EQ(QuoteTexts("Er rief „Hilfe und lief. „Wir bleiben“, sagte sie."), V{"„Wir bleiben“"});
  EXPECT_EQ(QuoteTexts("A stray ” mark, then \"a quote\" later."), V{"\"a quote\""});
  // Thousands of unmatched openers: linear time, and the real quote at the end survives.
  std::string bad;
  for (int i = 0; i < 20000; ++i) bad += "„a ";
  bad += "„Ende“";
  const auto start = std::chrono::steady_clock::now();
  const auto quotes = QuoteTexts(bad);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
  EXPECT_EQ(quotes, V{"„Ende“"});
}

TEST(QuoteMarks, MultiParagraphChain) {
  const std::string text = "„Eins.\n„Zwei.\n„Drei“, sagte er.";
  const uint32_t a = static_cast<uint32_t>(text.find('\n'));
  const uint32_t b = static_cast<uint32_t>(text.find('\n', a + 1));
  const std::vector<Span> paras = {{0, a}, {a + 1, b}, {b + 1, static_cast<uint32_t>(text.size())}};
  const auto quotes = FindQuotes(text, paras);
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_FALSE(quotes[0].closed);
  EXPECT_FALSE(quotes[1].closed);
  EXPECT_TRUE(quotes[2].closed);
  for (const auto& q : quotes) EXPECT_EQ(q.chain, 0);
  EXPECT_EQ(quotes[0].inner.Of(text), "Eins.");
}

TEST(QuoteExtract, BadInputNeverCrashes) {
  auto checker = Checker::Create();
  std::string noise;
  uint32_t x = 12345;
  const char* pieces[] = {"„", "“", "”", "\"", "'", "»", "«", "‚", "‘", "’", " sagte ", " er ",
                          ", ", ".", "\n", "Blinken", " said ", "Kirby: ", "‹", "›", "der Minister"};
  for (int i = 0; i < 40000; ++i) {
    x = x * 1103515245u + 12345u;
    noise += pieces[(x >> 16) % (sizeof(pieces) / sizeof(pieces[0]))];
  }
  for (const std::string lang : {"de", "en"}) {
    const auto start = std::chrono::steady_clock::now();
    const auto quotes = ExtractOf(*checker, noise, lang, ClaimKind::kQuote);
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
    for (const Claim& c : quotes) EXPECT_LE(c.span.end, noise.size());
  }
}

TEST(QuoteExtract, TopicsAndPronoun) {
  auto checker = Checker::Create();
  const std::string text =
      "Antony Blinken sprach in Tokio. Er sagte, die Zusammenarbeit zwischen Russland und "
      "Nordkorea sei eine „Gefahr“.";
  const auto quotes = ExtractOf(*checker, text, "de", ClaimKind::kQuote);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].quote().speaker, "antony_blinken");
  EXPECT_EQ(quotes[0].quote().content, "Gefahr");
  EXPECT_EQ(quotes[0].form, QuoteForm::kFragment);
  EXPECT_EQ(quotes[0].quote().topics, (std::vector<std::string>{"north_korea", "russia"}));
}

}  // namespace
}  // namespace crosscheck
