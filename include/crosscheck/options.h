// Options for extraction and reconciliation. Every tolerance the checker uses lives here, with
// its default; nothing numeric is hidden in the code.
#ifndef CROSSCHECK_OPTIONS_H_
#define CROSSCHECK_OPTIONS_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace crosscheck {

struct ExtractOptions {
  // Language for documents that do not state one; empty: detect from the text.
  std::string default_lang;
  // Documents larger than this are skipped with a diagnostic. Default 256 MiB.
  uint64_t max_document_bytes = 256ull << 20;

  // Interval semantics (see README, "How numbers are read").
  double approx_tolerance = 0.10;   // "rund", "about": ±10 %.
  double unit_count_tolerance = 0.005;  // "about 752", a count to the unit: ±0.5 %.
  double nearly_tolerance = 0.05;   // "fast 12.000": [0.95·12,000, 12,000).
  double round_tolerance = 0.03;    // A bare round figure ("10.000"): ±3 %.

  // User additions to the language data, applied on top of the built-in tables.
  // Alias: {"zelenskiy", "volodymyr_zelensky"} maps a name form to a canonical person.
  std::vector<std::pair<std::string, std::string>> person_aliases;
  // Measure nouns: {"panzer", "tanks"}.
  std::vector<std::pair<std::string, std::string>> measure_nouns;
  // Further languages, one folder each, named by the language's code ("packs/fr"): its
  // tables, like lib/data/<lang>/, read by Checker::Create (README, "Adding a language").
  // Documents in that language, or with it as default_lang, are read with them.
  std::vector<std::string> language_dirs;
  // Antonym pairs, in any language: {"bullish", "bearish"}. A quotation's words are looked
  // up in them when it is extracted (QuoteFields::quote_opposites), and quotations of one speaker
  // on opposite sides of a pair are reported.
  std::vector<std::pair<std::string, std::string>> antonyms;
};

struct ReconcileOptions {
  bool check_numeric = true;
  bool check_quote = true;
  bool check_role = true;
  bool check_date = true;
  // Findings below this severity (0..1) are not reported.
  double min_severity = 0.0;
  // Findings below this confidence (0..1) are not reported: pairs with a frame slot known on
  // one side only, figures whose counted noun was guessed. 0 reports everything (`--all`).
  double min_confidence = 0.5;
  // Two values whose relative gap is at most this are treated as compatible (beyond what the
  // figures' written precision already allows: "89,7 Prozent" is [89.65, 89.75)).
  double numeric_gap_tolerance = 0.005;
  // Figures without a stated date hold as of their article's publication day. A level
  // ("2,000 troops are in Kursk") is taken to hold this many days either side of it, so that
  // articles a few days apart still meet; a running total (a death toll) holds on its day
  // only, and a later different total is an update.
  int level_days = 3;
  // Confidence factor of a finding whose sides know where the figures hold on one side only.
  double unknown_slot_factor = 0.6;
  // Confidence factor of a finding citing an article that itself gives incompatible figures
  // for the same frame: the frame then does not tell apart what the article counts.
  double ambiguous_frame_factor = 0.5;
  // Measures whose first figures are estimates revised as the count goes on (election
  // night's projections and seats, then the result; an outbreak's fatality rate as its cases
  // are resolved): a figure differing from an earlier day's is an update, in either
  // direction; figures of one day are compared as levels. So are counts that fall as often
  // as they rise, as homes are reconnected (those without power).
  std::vector<std::string> revised_measures = {"vote_share", "turnout", "seats", "electoral_votes",
                                               "case_fatality_rate", "without_power"};
  // Counts of those still affected, which fall as people are found or discharged: a later,
  // lower count of the missing or of those still in hospital is an update, not a revision.
  std::vector<std::string> falling_measures = {"missing", "in_hospital"};
  // Prefixes of a measure's kinds by how sure they are, broadest first (the extractor names
  // the kinds, common/measure_qualifiers.tsv): a figure of the bare measure ("cases") meets
  // the first kind its group names, suspected cases, else confirmed ones; a kind not listed
  // (probable cases) meets only itself.
  std::vector<std::string> joined_kinds = {"suspected_", "confirmed_"};
  // Groups that may be everyone a figure counts: the people an event happened to (the
  // civilians of a strike on a city, the pupils of a school fire, the pilgrims of a hajj).
  // Where one of them is the only such group a story names for a measure, and no sentence
  // gives it as a part of a larger ungrouped figure ("ten people, including eight pupils"),
  // the story's figures of that measure that name no group count the same people and meet
  // its figures. Kinds of people that are a part of a toll (children, women, foreigners,
  // firefighters, a nationality) are not among them.
  std::vector<std::string> whole_groups = {"civilians", "students", "tourists",
                                           "pilgrims",  "migrants", "participants"};
  // Whether place `inner` lies within place `outer` (both claim place keys: kursk in russia),
  // so that figures naming no place can be taken as of a story's setting. Reconciliation
  // reads no language data: a Checker fills this from its gazetteer when it is empty, and
  // without it no place is known to lie in another.
  std::function<bool(std::string_view inner, std::string_view outer)> place_within;
  // The country holding a place (the outermost place above it), or the place itself when it
  // lies in no other; filled as place_within is. Without it no two homes are siblings.
  std::function<std::string_view(std::string_view place)> place_country;
  // Articles of one story set in sibling places of one country (DocumentResult::home: two
  // state elections of one evening, two cities struck the same night, which grouping may join
  // for their alike wording): once at least two such camps of at least this many articles
  // each make up the story, or give figures of one key, a figure or date naming no place holds
  // where its article is set.
  // Fewer articles set elsewhere are datelines and side scenes, not a second story; homes in
  // two countries (a war's reports from both capitals) are sides of one story.
  uint32_t home_camp_articles = 3;
};

// How documents are grouped into stories (one event or development) before their claims are
// compared: a claim meets only claims of its own story. See include/crosscheck/story.h.
struct StoryOptions {
  // Every document in one story, whatever story the input names (CLI --one-story).
  bool one_story = false;
  // Features (rare names, content-word stems) kept per document, the most frequent in it.
  uint32_t signature_size = 48;
  // Bytes of an article read for its signature: a news story names its event, people and
  // places at the top, and a long article's tail (background, other stories, page furniture)
  // adds noise and time, not signal.
  uint32_t signature_bytes = 16384;
  // A feature found in more documents than this is too common to tie two of them together;
  // also bounds the work per feature (its documents are compared with each other).
  uint32_t max_bucket = 64;
  // A feature's weight is log((documents + background) / documents with it): the background
  // stands for the documents of other stories that a small input does not show.
  double background_documents = 1000;
  double name_weight = 2.0;  // Capitalised names weigh this much more than content words.
  // Two documents are linked when they share at least min_shared features whose weight is at
  // least min_overlap of the smaller of their whole totals (which guards small inputs, where
  // every feature is shareable). The link's weight is their similarity: the shared weight
  // over the smaller of their shareable totals (features some other document has too). Across
  // languages only names count.
  uint32_t min_shared = 3;
  double min_overlap = 0.04;
  // Stories are formed by average linkage (LinkStories): two groups of documents merge while
  // the links between them weigh at least this much on average over all their pairs. In a
  // large input every pair shares some words with other stories, which lowers every
  // similarity, while the pairs of one story are linked all together.
  double link_similarity = 0.13;
  // Groups with nearly all their pairs linked (at least dense_coverage of them, and at least
  // dense_min_pairs pairs) merge at a lower average, dense_link_similarity: an article that
  // every member of a story links to, each weakly (its own words for the same event), belongs
  // to it; between two stories of one kind (two elections, two strikes) most pairs have no
  // link at all. Two single documents need link_similarity.
  double dense_coverage = 0.9;
  uint32_t dense_min_pairs = 3;
  double dense_link_similarity = 0.07;
  // Once no more groups merge so, a group whose every link goes to one other group of at least
  // its size and two documents or more joins it at this average, if at least sole_coverage of
  // their pairs are linked (LinkStories' second pass): a story's follow-ups, which share fewer
  // words with its first articles, and nothing else competes for.
  double sole_link_similarity = 0.05;
  double sole_coverage = 0.5;
  // A link weighing at least this much joins its two documents outright, whatever their
  // groups' other pairs (another outlet's copy of an article, or its translation, whose other
  // pairs across the languages share only names).
  double strong_link = 0.45;
  // Published more than max_days_apart days apart, a link weighs later_penalty less, and more
  // than distant_days apart, distant_penalty less: a story's follow-ups (a final toll, a
  // trial) come weeks later, while the same kind of event months or years later (another
  // strike at the same airline, another missile strike on a city) shares most of its words.
  int max_days_apart = 14;
  double later_penalty = 0.25;
  int distant_days = 60;
  double distant_penalty = 0.5;
};

struct Options {
  ExtractOptions extract;
  ReconcileOptions reconcile;
  StoryOptions story;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_OPTIONS_H_
