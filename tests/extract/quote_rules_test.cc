// The named rules of quotation and speaker search, one table row per rule: which attribution
// sieve (lib/extract/quotes/sieves.h) decides a quotation, the per-language grammar entries
// (lib/extract/speakers/grammar.h) and the word classes of the data tables
// (lib/data/*/speaker_words.tsv). The texts are written for these tests.
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"
#include "lib/extract/context.h"
#include "lib/extract/quotes/quote.h"
#include "lib/extract/speakers/grammar.h"
#include "lib/extract/speakers/words.h"
#include "lib/extract/tables.h"
#include "lib/extract/speakers/lexicon.h"
#include "lib/extract/tokens.h"
#include "lib/lang/lang.h"
#include "lib/lang/pack.h"
#include "lib/text/segment_internal.h"

namespace crosscheck::internal {
namespace {

struct Decided {
  std::vector<std::string_view> sieves;  // Per quotation, in reading order.
  std::vector<Claim> quotes;
};

// The built-in language packs, built once for all tests.
const LanguageRegistry& Languages() {
  static const std::shared_ptr<const LanguageRegistry> languages =
      *LanguageRegistry::Create(ExtractOptions());
  return *languages;
}

// Runs the quote recognizer alone over `text`, as the Extractor does.
Decided Decide(const QuoteRecognizer& recognizer, const std::string& text, std::string_view lang) {
  Decided out;
  absl::StatusOr<SegmentedText> seg = SegmentForMatching(text, lang);
  EXPECT_TRUE(seg.ok()) << seg.status();
  if (!seg.ok()) return out;
  DocContext ctx;
  ctx.text = seg->MatchText(text);
  ctx.lang = lang;
  ctx.pack = Languages().Find(lang);
  ctx.seg = &*seg;
  ctx.folded = Fold(ctx.text);
  ctx.token_store.reserve(ctx.text.size() + 1);  // At most a token a byte: no growth.
  for (const Sentence& s : seg->sentences) {
    const size_t first = ctx.token_store.size();
    TokenizeAppend(ctx.text, s.span, ctx.folded, ctx.token_store);
    ctx.sentences.push_back({s, Tokens(ctx.token_store).subspan(first)});
  }
  recognizer.Run(ctx, &out.sieves);
  for (Claim& c : ctx.claims) {
    if (c.kind == ClaimKind::kQuote) out.quotes.push_back(std::move(c));
  }
  return out;
}

struct SieveCase {
  const char* lang;
  const char* text;
  const char* sieve;    // Deciding sieve of the last quotation.
  const char* speaker;  // Its speaker's name as written ("" for none).
};

TEST(QuoteRules, EachSieveDecidesItsCase) {
  const SieveCase cases[] = {
      {"de", "„Wir bleiben hier“, sagte Anna Berger.", "cue_after_quote", "Anna Berger"},
      // Verb-second: any verb right after a quotation that opens its clause is its cue.
      {"de", "„Wir bleiben hier!“ trotzte ihm mit fester Stimme Anna Berger.", "cue_after_quote",
       "Anna Berger"},
      {"de", "Anna Berger sagte: „Wir bleiben hier.“", "cue_before_quote", "Anna Berger"},
      {"de", "Die Stadt habe eine „rote Linie“ gezogen, sagte Anna Berger am Montag.",
       "cue_later_in_sentence", "Anna Berger"},
      {"de", "Anna Berger: „Wir bleiben hier.“", "colon_name", "Anna Berger"},
      {"de", "Anna Berger erklärte ihren Plan:\n„Wir bleiben hier.“", "colon_sentence_before",
       "Anna Berger"},
      {"de", "»Das Haus ist alt – sagte der Alte – und es bleibt.«", "inserted_speaker",
       "der Alte"},
      {"de", "Der Wirt fuhr auf: „Wir schließen.“", "colon_clause_subject", "Der Wirt"},
      // The subject that opens the clause, past a conjunction or after an adverb and the verb.
      {"de", "Und die Wirtin zuckte mit den Schultern: „Wir schließen.“", "colon_clause_subject",
       "die Wirtin"},
      {"de", "Nun begann der Wirt die Stühle zu stapeln: „Wir schließen.“", "colon_clause_subject",
       "der Wirt"},
      {"de", "„Kommst du?“, rief Anna Berger. Paul Berger antwortete: „Gleich!“ „Schnell!“",
       "dialogue_turn", "Anna Berger"},
      {"de", "„Wir bleiben hier“, sagte Anna Berger.\n„Das ist sicher.“", "standalone_speaker",
       "Anna Berger"},
      {"de", "Anna Berger fand den Plan „mutig“.", "label_after_name", "Anna Berger"},
      {"de", "Er las es im „Hamburger Abendblatt“.", "work_title", ""},
      {"en", "“We will stay,” said Anna Berger.", "cue_after_quote", "Anna Berger"},
      {"en", "Anna Berger said: “We will stay.”", "cue_before_quote", "Anna Berger"},
      {"en", "Anna Berger: “We will stay.”", "colon_name", "Anna Berger"},
      {"en", "“We will stay,” two members of the council said.", "unnamed_speaker", ""},
      {"en", "She appeared on “Meet the Press” on Sunday.", "work_title", ""},
  };
  const ExtractOptions options;
  const QuoteRecognizer recognizer(options);
  for (const SieveCase& c : cases) {
    const Decided d = Decide(recognizer, c.text, c.lang);
    ASSERT_FALSE(d.sieves.empty()) << c.text;
    ASSERT_FALSE(d.quotes.empty()) << c.text;
    EXPECT_EQ(std::string(d.sieves.back()), c.sieve) << c.text;
    EXPECT_EQ(d.quotes.back().speaker_name(), c.speaker) << c.text;
  }
}

TEST(QuoteRules, DialogueTurnsReadBackFromACue) {
  // "»Zum Markt.«" stands right before Anna Kraus's cued turn: the other party's, though the
  // speaker carried on from before ("Wohin so früh?") would be hers.
  const ExtractOptions options;
  const QuoteRecognizer recognizer(options);
  const Decided d = Decide(recognizer,
                           "„Hallo!“, sagte Anna Kraus. „Hallo!“, sagte Paul Weber. Es regnete. "
                           "„Wohin so früh?“ „Zum Markt.“ „Allein?“ fragte Anna Kraus.",
                           "de");
  ASSERT_EQ(d.quotes.size(), 5u);
  EXPECT_EQ(d.sieves[3], "dialogue_turn");
  EXPECT_EQ(d.quotes[3].speaker_name(), "Paul Weber");
  EXPECT_EQ(d.quotes[2].speaker_name(), "Anna Kraus");
  EXPECT_EQ(d.sieves[4], "cue_after_quote");
}

TEST(QuoteRules, InsertedSpeakerIsAGermanRule) {
  // The narrator's words between dashes name nobody where the grammar has no such rule.
  const ExtractOptions options;
  const QuoteRecognizer recognizer(options);
  const Decided d = Decide(recognizer, "“The house is old – said the old man – and it stays.”", "en");
  ASSERT_EQ(d.sieves.size(), 1u);
  EXPECT_NE(d.sieves[0], "inserted_speaker");
  EXPECT_TRUE(SpeakerGrammarOf("de").inserted_speaker);
  EXPECT_FALSE(SpeakerGrammarOf("en").inserted_speaker);
}

TEST(SpeakerGrammar, RulesPerLanguage) {
  const SpeakerGrammar& de = SpeakerGrammarOf("de");
  const SpeakerGrammar& en = SpeakerGrammarOf("en");
  EXPECT_TRUE(de.capitalised_nouns && de.verb_second && de.subject_by_article);
  EXPECT_FALSE(en.capitalised_nouns || en.verb_second || en.subject_by_article);
  EXPECT_EQ(&SpeakerGrammarOf("xx"), &en);  // A language without rules reads as English.
  // plural_subject: "Experten sagen", "Officials said" have no name before the verb.
  EXPECT_EQ(de.plural_subject, GermanPluralSubject);
  EXPECT_TRUE(GermanPluralSubject("sagen", "Experten"));
  EXPECT_FALSE(GermanPluralSubject("sagt", "Weber"));
  EXPECT_EQ(en.plural_subject, EnglishPluralSubject);
  EXPECT_TRUE(EnglishPluralSubject("said", "officials"));
  EXPECT_FALSE(EnglishPluralSubject("said", "weber"));
  EXPECT_EQ(de.unnamed_phrase, GermanUnnamedPhrase);
  EXPECT_EQ(en.unnamed_phrase, EnglishUnnamedPhrase);
}

TEST(SpeakerGrammar, UnnamedPhrases) {
  struct Case {
    const char* lang;
    const char* text;
    const char* speaker;
  };
  const Case cases[] = {
      {"de", "„Geh nach Hause“, sagte der alte Mann.", "der alte Mann"},
      {"de", "„Geh nach Hause“, sagte eine der Frauen.", "eine der Frauen"},
      {"de", "„Geh nach Hause“, sagte der Bruder des Grafen.", "der Bruder des Grafen"},
      {"en", "“Go home,” said a local farmer who was there.", "a local farmer"},
  };
  const ExtractOptions options;
  const QuoteRecognizer recognizer(options);
  for (const Case& c : cases) {
    const Decided d = Decide(recognizer, c.text, c.lang);
    ASSERT_EQ(d.quotes.size(), 1u) << c.text;
    EXPECT_EQ(d.quotes[0].speaker_name(), c.speaker) << c.text;
    EXPECT_EQ(d.quotes[0].quote().speaker, "") << c.text;  // Unnamed: no id leaves the article.
  }
}

TEST(SpeakerWords, ClassesFromTheTables) {
  struct Case {
    const char* lang;
    const char* word;
    WordClass word_class;
    bool is;
  };
  const Case cases[] = {
      {"de", "dass", WordClass::kClauseIntro, true},
      {"de", "daß", WordClass::kClauseIntro, true},
      {"en", "whether", WordClass::kClauseIntro, true},
      {"en", "dass", WordClass::kClauseIntro, false},
      {"de", "von", WordClass::kNameParticle, true},  // common/: every language.
      {"en", "von", WordClass::kNameParticle, true},
      {"en", "bin", WordClass::kNameParticle, true},
      {"de", "der", WordClass::kParticleNotFirst, true},
      {"de", "so", WordClass::kCueAfterComma, true},
      {"de", "der", WordClass::kTitleOf, true},
      {"en", "of", WordClass::kTitleOf, true},
      {"de", "im", WordClass::kTitleSlot, true},
      {"de", "einer", WordClass::kPartitiveArticle, true},
      {"de", "sie", WordClass::kPolitePronoun, true},
      {"en", "who", WordClass::kPhraseEnd, true},
      {"en", "the", WordClass::kTitleFunction, true},
      {"de", "und", WordClass::kTitleFunction, true},
      {"de", "wie", WordClass::kNotReplyVerb, true},
      {"de", "war", WordClass::kCopula, true},
      {"de", "polterte", WordClass::kNotReplyVerb, false},
      {"de", "mit", WordClass::kPreposition, true},
      {"de", "dem", WordClass::kObliqueArticle, true},
      {"de", "der", WordClass::kObliqueArticle, false},
      {"de", "aber", WordClass::kCoordinating, true},
      {"de", "als", WordClass::kCoordinating, false},  // Subordinates: its verb comes last.
      {"de", "andere", WordClass::kIndefiniteSubject, true},
      {"de", "niemand", WordClass::kIndefiniteSubject, false},  // Nobody speaks.
  };
  for (const Case& c : cases) {
    const SpeakerWords& words = Languages().Find(c.lang)->speakers->words;
    EXPECT_EQ(words.Is(c.word, c.word_class), c.is) << c.lang << " " << c.word;
  }
}

TEST(RequiredTables, AMissingTableStopsLoudly) {
  EXPECT_FALSE(RequiredRows("de/speaker_words.tsv", 2).empty());
  EXPECT_DEATH(RequiredRows("xx/speaker_words.tsv"), "xx/speaker_words.tsv is missing");
  EXPECT_DEATH(RequiredRows("common/role_families.tsv", 2), "fewer than 2 fields");
}

}  // namespace
}  // namespace crosscheck::internal
