// Language packs: a third language from data files alone (tests/lang/fr/), the registry and
// detection that take it, the schema checks of the tables, and the named grammar rules.
#include <filesystem>
#include <string>
#include <tuple>
#include <vector>


#include "crosscheck/crosscheck.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lib/extract/tables.h"
#include "lib/extract/tokens.h"
#include "lib/lang/lang.h"
#include "lib/lang/pack.h"
#include "lib/lang/table.h"
#include "tests/support/temp_dir.h"

namespace crosscheck {
namespace {

using ::testing::HasSubstr;

const std::string kFrench = std::string(CROSSCHECK_SOURCE_DIR) + "/tests/lang/fr";

std::string Evidence(const Document& d, const Claim& c) {
  return d.text.substr(c.span.begin, c.span.end - c.span.begin);
}

// What a Checker given the language folders `dirs` reads in `text` (`lang` empty: detected).
DocumentResult Read(std::vector<std::string> dirs, const std::string& text,
                    const std::string& lang = "") {
  Options options;
  options.extract.language_dirs = std::move(dirs);
  absl::StatusOr<Checker> checker = Checker::Create(options);
  EXPECT_TRUE(checker.ok()) << checker.status();
  Document doc;
  doc.id = "fr";
  doc.lang = lang;
  doc.text = text;
  absl::StatusOr<DocumentResult> r =
      checker.ok() ? checker->Extract(doc) : absl::StatusOr<DocumentResult>(checker.status());
  EXPECT_TRUE(r.ok()) << r.status();
  return r.ok() ? *std::move(r) : DocumentResult{};
}

// The README's "Adding a language": a folder of tables, named by the language's code, given
// to the Checker; no recognizer code knows French.
TEST(LanguagePack, ThirdLanguageFromDataFilesAlone) {
  Document doc;
  doc.text = "Selon le ministère, 3 000 soldats sont arrivés dans la région le 25 octobre 2024.";
  const DocumentResult r = Read({kFrench}, doc.text);
  EXPECT_EQ(r.lang, "fr");  // Detected from the pack's function words.
  ASSERT_EQ(r.claims.size(), 2u);

  const Claim& troops = r.claims[0];
  EXPECT_EQ(troops.kind, ClaimKind::kQuantity);
  EXPECT_EQ(Evidence(doc, troops), "3 000 soldats");
  EXPECT_EQ(troops.key, "_/troops");
  EXPECT_TRUE(troops.value_is_estimate);  // A round figure: 3000 ± 3 %.
  EXPECT_TRUE(troops.value.Contains(3000));
  EXPECT_DOUBLE_EQ(troops.value.low, 2910);
  EXPECT_DOUBLE_EQ(troops.value.high, 3090);

  const Claim& date = r.claims[1];
  EXPECT_EQ(date.kind, ClaimKind::kDate);
  EXPECT_EQ(Evidence(doc, date), "25 octobre 2024");
  ASSERT_TRUE(date.date().range.has_value());
  EXPECT_EQ(date.date().range->begin, absl::CivilDay(2024, 10, 25));
  EXPECT_EQ(date.date().range->end, absl::CivilDay(2024, 10, 25));
}

// Quotes and speakers from the pack's own tables too: speech cues (speech_verbs.tsv) and
// titles (roles.tsv) of the folder, read with the common speaker grammar.
TEST(LanguagePack, ThirdLanguageQuoteWithSpeaker) {
  Document doc;
  doc.text = "«Nos soldats resteront dans la région», a dit le ministre Jean Dupont.";
  const DocumentResult r = Read({kFrench}, doc.text, "fr");
  std::vector<const Claim*> quotes;
  for (const Claim& c : r.claims) {
    if (c.kind == ClaimKind::kQuote) quotes.push_back(&c);
  }
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(Evidence(doc, *quotes[0]), "«Nos soldats resteront dans la région»");
  EXPECT_EQ(quotes[0]->quote().content, "Nos soldats resteront dans la région");
  EXPECT_EQ(quotes[0]->quote().speaker, "jean_dupont");
  EXPECT_EQ(quotes[0]->speaker_name(), "Jean Dupont");

  // Without the folder French has no tables: no quote, as before.
  EXPECT_TRUE(Read({}, doc.text, "fr").claims.empty());
}

TEST(LanguagePack, AddedLanguageIsADefaultLanguage) {
  Options options;
  options.extract.language_dirs = {kFrench + "/"};
  options.extract.default_lang = "fr";
  absl::StatusOr<Checker> checker = Checker::Create(options);
  ASSERT_TRUE(checker.ok()) << checker.status();
  Document doc;
  doc.text = "Environ 2 500 soldats.";
  absl::StatusOr<DocumentResult> r = checker->Extract(doc);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->lang, "fr");
  ASSERT_EQ(r->claims.size(), 1u);
  EXPECT_TRUE(r->claims[0].value.Contains(2500));

  options.extract.default_lang = "it";
  absl::StatusOr<Checker> bad = Checker::Create(options);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "unsupported language \"it\" (use de, en or fr)");
}

TEST(LanguagePack, BuiltinLanguagesOnlyByDefault) {
  const DocumentResult r = Read({}, "3 000 soldats.", "fr");
  EXPECT_EQ(r.lang, "fr");
  EXPECT_TRUE(r.claims.empty());  // No pack for French: read, reported, no claims.
}

TEST(LanguagePack, DetectionAmongAllRegisteredLanguages) {
  ExtractOptions options;
  options.language_dirs = {kFrench};
  auto languages = internal::LanguageRegistry::Create(options);
  ASSERT_TRUE(languages.ok()) << languages.status();
  EXPECT_EQ((*languages)->Detect("Der Minister sagte, dass die Truppen nicht mit dem Zug kamen."),
            "de");
  EXPECT_EQ((*languages)->Detect("The minister said that the troops were on their way."), "en");
  EXPECT_EQ((*languages)->Detect("Le ministre a dit que les soldats sont dans la ville."), "fr");
  EXPECT_EQ((*languages)->Detect("3 000"), "und");
}

// A scratch language folder "xx" with the French tables, one of them replaced.
class BrokenPack : public TempDirTest {
 protected:
  BrokenPack() : TempDirTest("lang") {}
  void SetUp() override {
    TempDirTest::SetUp();
    pack_ = dir_ / "xx";
    std::filesystem::create_directories(pack_);
    for (const auto& f : std::filesystem::directory_iterator(kFrench)) {
      std::filesystem::copy_file(f.path(), pack_ / f.path().filename());
    }
  }
  void WriteTable(const std::string& name, const std::string& body) { Write("xx/" + name, body); }
  // Puts back the French table `name`, or removes it when French has none.
  void Restore(const std::string& name) {
    const std::filesystem::path french = std::filesystem::path(kFrench) / name;
    if (std::filesystem::exists(french)) {
      std::filesystem::copy_file(french, pack_ / name,
                                 std::filesystem::copy_options::overwrite_existing);
    } else {
      std::filesystem::remove(pack_ / name);
    }
  }
  absl::Status Create() {
    Options options;
    options.extract.language_dirs = {pack_.string()};
    return Checker::Create(options).status();
  }
  std::filesystem::path pack_;  // The language folder.
};

TEST_F(BrokenPack, MissingTable) {
  std::filesystem::remove(pack_ / "months.tsv");
  const absl::Status s = Create();
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(s.message(), HasSubstr("xx/months.tsv: missing table (form, month)"));
}

TEST_F(BrokenPack, EmptyTable) {
  WriteTable("measures.tsv", "# form\tmeasure\n");
  const absl::Status s = Create();
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(s.message(), HasSubstr("xx/measures.tsv: table has no rows"));
}

TEST_F(BrokenPack, MalformedRowsNameFileAndLine) {
  WriteTable("months.tsv", "# form\tmonth\njanvier\t1\nfévrier\n");
  absl::Status s = Create();
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(s.message(), HasSubstr("xx/months.tsv:3: months has columns form, month; this row has 1"));

  WriteTable("months.tsv", "janvier\tun\n");
  EXPECT_THAT(Create().message(), HasSubstr("xx/months.tsv:1: column 2 (month) is no number"));

  WriteTable("months.tsv", "janvier\t1\n");
  WriteTable("grammar.tsv", "decimal_mark\t,\nverbs_last\n");
  EXPECT_THAT(Create().message(), HasSubstr("xx/grammar.tsv:2: unknown rule \"verbs_last\""));

  WriteTable("grammar.tsv", "decimal_mark\t;\n");
  EXPECT_THAT(Create().message(), HasSubstr("xx/grammar.tsv:1: decimal_mark is"));

  WriteTable("grammar.tsv", "decimal_mark\t,\n");
  WriteTable("date_words.tsv", "il y a\tago\nhier\tyesterday\n");
  EXPECT_THAT(Create().message(), HasSubstr("xx/date_words.tsv:2: unknown role \"yesterday\""));

  Restore("date_words.tsv");
  WriteTable("modality.tsv", "déjà\thappened\npeut-être\tmaybe\n");
  EXPECT_THAT(Create().message(), HasSubstr("xx/modality.tsv:2: modality must be"));
  WriteTable("modality.tsv", "passé à\tlatest\tsoon\n");
  EXPECT_THAT(Create().message(), HasSubstr("xx/modality.tsv:1: needs must be"));
  WriteTable("modality.tsv", "passé à\tlatest\tnext\nmonté\tlatest\tafter à\n");
  EXPECT_TRUE(Create().ok()) << Create();
}

// The quote, speaker, role and story tables of a language are checked as the others: a
// malformed row, an unknown kind or class, or a table without rows is named by file and line.
TEST_F(BrokenPack, SpeakerRoleAndStopwordTablesNameFileAndLine) {
  // (table, its body, what the error says)
  const std::tuple<std::string, std::string, std::string> cases[] = {
      {"speech_verbs.tsv", "a dit\tverb\nselon\n",
       "xx/speech_verbs.tsv:2: speech_verbs has columns form, kind, [particle]; this row has 1"},
      {"speech_verbs.tsv", "a dit\tverb\nselon\tbehind\n",
       "xx/speech_verbs.tsv:2: unknown kind \"behind\""},
      {"speech_verbs.tsv", "# form\tkind\n", "xx/speech_verbs.tsv: table has no rows"},
      {"speaker_words.tsv", "que\tclause_intro\nde\tnowhere\n",
       "xx/speaker_words.tsv:2: unknown word class \"nowhere\""},
      {"speaker_words.tsv", "que\n",
       "xx/speaker_words.tsv:1: speaker_words has columns word, class; this row has 1"},
      {"roles.tsv", "ministre\tminister\n\tpresident\n", "xx/roles.tsv:2: column 1 (form) is empty"},
      {"roles.tsv", "ministre\tminister\tfrance\tparis\n",
       "xx/roles.tsv:1: roles has columns form, office, [jurisdiction]; this row has 4"},
      {"stopwords.tsv", "le\nla\tles\n",
       "xx/stopwords.tsv:2: stopwords has columns form; this row has 2"},
  };
  for (const auto& [table, body, message] : cases) {
    WriteTable(table, body);
    const absl::Status s = Create();
    EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition) << table << ": " << body;
    EXPECT_THAT(std::string(s.message()), HasSubstr(message));
    Restore(table);
  }
  EXPECT_TRUE(Create().ok());
}

// The common tables of speakers, roles and quotes are compiled in and checked at
// Checker::Create; their schemas name file and line of a broken row just the same (shown here
// on scratch copies read as folder "common").
TEST_F(BrokenPack, CommonTablesNameFileAndLine) {
  EXPECT_TRUE(internal::CheckCommonTables().ok());
  // (schema, the table's body, what the error says)
  const std::tuple<const internal::TableSchema*, std::string, std::string> cases[] = {
      {&internal::kAntonymsTable, "one-way\ttwo-way\nbullish\n",
       "xx/antonyms.tsv:2: antonyms has columns term, opposite term; this row has 1"},
      {&internal::kPersonsTable, "anna berger\tanna_berger\tgermany\tf\tminister\t-\tx\n",
       "xx/persons.tsv:1: persons has columns form, person id, [country], [gender], [office], "
       "[surname]; this row has 7"},
      {&internal::kPersonsTable, "anna berger\t\n", "xx/persons.tsv:1: column 2 (person id) is empty"},
      {&internal::kGivenNamesTable, "# form\n", "xx/given_names.tsv: table has no rows"},
      {&internal::kRoleKindsTable, "doctor\n", "xx/role_kinds.tsv:1: role_kinds has columns"},
      {&internal::kGazetteerTable, "kyiv\tukraine\n", "xx/places.tsv:1: places has columns"},
      {&internal::kRoleKeysTable, "united_states\t*\n", "xx/role_keys.tsv:1: role_keys has columns"},
  };
  auto load = [&](const internal::TableSchema& schema) {
    const internal::FolderSource common(pack_.string(), "common");  // Reads each file once.
    return internal::LoadTable(common, "common", schema).status();
  };
  for (const auto& [schema, body, message] : cases) {
    WriteTable(std::string(schema->name) + ".tsv", body);
    const absl::Status s = load(*schema);
    EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition) << body;
    EXPECT_THAT(std::string(s.message()), HasSubstr(message));
  }
  std::filesystem::remove(pack_ / "antonyms.tsv");
  EXPECT_THAT(std::string(load(internal::kAntonymsTable).message()),
              HasSubstr("xx/antonyms.tsv: missing table (term, opposite term)"));
}

TEST_F(BrokenPack, FolderNameIsTheCode) {
  Options options;
  options.extract.language_dirs = {(pack_.parent_path() / "yy").string()};
  EXPECT_THAT(Checker::Create(options).status().message(), HasSubstr("no such folder"));
  options.extract.language_dirs = {pack_.string(), pack_.string()};
  EXPECT_THAT(Checker::Create(options).status().message(), HasSubstr("language xx is there"));
}

// The rules a language follows are named in its grammar.tsv, and the words they read are its
// tables: each can be pointed at.
TEST(LanguagePack, NamedRulesPerLanguage) {
  ExtractOptions options;
  options.language_dirs = {kFrench};
  auto languages = internal::LanguageRegistry::Create(options);
  ASSERT_TRUE(languages.ok());
  const internal::LanguagePack& de = *(*languages)->Find("de");
  const internal::LanguagePack& en = *(*languages)->Find("en");
  const internal::LanguagePack& fr = *(*languages)->Find("fr");
  EXPECT_TRUE(de.grammar.ordinal_dot);         // "25. Oktober"
  EXPECT_TRUE(de.grammar.capitalised_nouns);   // "hat Nordkorea 10.000 Soldaten"
  EXPECT_EQ(de.grammar.decimal_mark, ',');
  EXPECT_TRUE(en.grammar.day_month);           // "25 October"
  EXPECT_TRUE(en.grammar.month_day);           // "October 25"
  EXPECT_EQ(en.grammar.numeric_order, internal::Grammar::NumericOrder::kMonthDay);
  EXPECT_TRUE(fr.grammar.day_month);
  EXPECT_FALSE(fr.grammar.month_day);
  EXPECT_FALSE(fr.grammar.ordinal_dot);
  EXPECT_EQ(fr.id, internal::Lang::kFirstAdded);
  EXPECT_TRUE(internal::IsBuiltin(de.id));
  // Words of the common tables are read in every language; a language's own only in it.
  const std::string text = "bis vor ago";
  const std::string folded = internal::Fold(text);
  const auto t = internal::Tokenize(text, {0, static_cast<uint32_t>(text.size())}, folded);
  for (const internal::LanguagePack* p : {&de, &en, &fr}) {
    EXPECT_TRUE(p->dates.roles.Has(t[0], internal::kDateRangeTo)) << p->lang;
  }
  EXPECT_TRUE(de.dates.roles.Has(t[1], internal::kCountBack));
  EXPECT_FALSE(en.dates.roles.Has(t[1], internal::kCountBack));
  EXPECT_TRUE(en.dates.roles.Has(t[2], internal::kAgo));
  EXPECT_FALSE(fr.dates.roles.Has(t[2], internal::kAgo));
}

}  // namespace
}  // namespace crosscheck
