// Words around a property's figure (property.h) that say what it is not: a change, an earlier
// level, a party's gain written with its sign, another event's reading, a decrease of a
// growth rate. Kept apart from the reader so that each file stays small.
#ifndef CROSSCHECK_LIB_EXTRACT_QUANTITIES_PROPERTY_CUES_H_
#define CROSSCHECK_LIB_EXTRACT_QUANTITIES_PROPERTY_CUES_H_

#include <string>
#include <string_view>
#include <vector>

#include "lib/extract/context.h"
#include "lib/extract/numbers/numeral.h"
#include "lib/extract/quantities/party.h"
#include "lib/extract/tokens.h"
#include "lib/lang/pack.h"

namespace crosscheck::internal {

// How far before its figure a percentage's property is looked for: the figure's clause.
constexpr size_t kClauseBefore = kPartyBefore;

// A property that is a rate of growth in percent ("GDP grew by 2.4 percent"): "by" gives its
// level, and a word of decrease or a minus sign makes the figure negative (Decrease).
constexpr std::string_view kGrowth = "growth";

// The row of a hyphenated word's last part ("US-Leitzins"), or none.
PhraseMatch PropertyOfLastPart(const Token& t, const LanguagePack& pack);
// The properties.tsv row at tokens[i] (or a hyphenated compound's last part: "US-Leitzins").
// Inline: readers ask it of every word of a clause, and most are in no row nor hyphenated.
inline PhraseMatch PropertyAt(Tokens tokens, size_t i, const LanguagePack& pack) {
  const PhraseMatch m = pack.quantities.properties.Match(tokens, i);
  return m.length == 0 && tokens[i].hyphen ? PropertyOfLastPart(tokens[i], pack) : m;
}

// Whether a vote word (properties.tsv, vote_noun: "Stimmen", "votes") is at tokens[i].
bool VoteNounAt(Tokens tokens, size_t i, const LanguagePack& pack);

// Whether a word before the figure at tokens[figure] makes it no level of its property (a
// change, an earlier level, a from-to pair's start). `end`: after its unit; `next`: where the
// sentence's next figure starts; `growth`: the figure is a growth rate.
bool ChangeOrEarlier(Tokens tokens, size_t figure, size_t end, size_t next,
                     bool growth, const LanguagePack& pack);

// Whether a share is written with its sign ("FDP (-2,8 Prozent)", "(plus 1,6 Prozent)"): a gain
// or loss in points.
bool SignedShare(std::string_view text, Tokens tokens, const NumberExpr& e,
                 const LanguagePack& pack);

// Whether a word a few words after the figure makes it a change ("3 percent losses").
bool ChangeAfter(Tokens tokens, size_t end, size_t next,
                 const LanguagePack& pack);

// Where the figure's unit may start: after it, or after a hyphen joining them ("20-inch").
size_t UnitStart(Tokens tokens, const NumberExpr& e);

// Another event's reading before tokens[first] in the sentence ("a second 7.6 magnitude
// tremor"), or in the one before when a pronoun opens this one ("The 22nd aftershock hit at
// 5.56pm. It was a magnitude 4.0 tremor") or it names no incident: its key, or empty.
std::string OtherEvent(const DocContext& ctx, size_t index, Tokens tokens, size_t first,
                       const LanguagePack& pack);

// Whether a minus sign or a word of decrease makes the growth figure at [at, end) negative.
bool Decrease(Tokens tokens, size_t at, size_t end, const LanguagePack& pack);

// The row of a property given in percent whose noun ends right before the comma before the
// figure `e`, when a comma or the sentence's end follows it ("turnout, 72.8, is"). Nullptr
// otherwise.
const std::vector<std::string>* PercentAside(Tokens tokens, const NumberExpr& e,
                                             const LanguagePack& pack);

// The row of the electorate (properties.tsv, "electorate") a percentage ending at `end` is a
// share of, when a word of casting a ballot follows it ("81 percent of the 40 million eligible
// voters cast their ballots": the turnout, no party's share). Nullptr otherwise.
const std::vector<std::string>* ShareOfElectorate(Tokens tokens, size_t end,
                                                  const LanguagePack& pack);

// Whether `e`, a bare figure written with decimals and below 100, follows a party with no noun
// after it ("die CDU kommt auf 35,4, die SPD auf 15,9 Prozent"): in a list of the parties'
// shares, a share whose unit is left unsaid (the caller knows the list).
bool ListedShare(Tokens tokens, const NumberExpr& e, const LanguagePack& pack);

// Whether the sentence has a figure in digits or a percent word ("zehn Prozent") and names
// a property or party: most sentences do not, and are left at that.
bool MayHaveProperty(const SentenceTokens& st, const LanguagePack& pack);

// Whether the claim before sentence `index` is a party's share in the same paragraph: a bare
// decimal after a party may go on with the list (ListedShare: "… 2,3 Prozent. Das BSW bei 2,1").
bool ShareBefore(const DocContext& ctx, size_t index);

// Whether tokens[at] names a period of the calendar ("years", "Tage": relative_days, unit).
bool PeriodAt(Tokens tokens, size_t at, const LanguagePack& pack);

// Whether a period and an offset word stand between byte `after` and tokens[first]: "September
// 19th is 32 years after a magnitude-8.0 quake" dates no figure after the offset.
bool OffsetBetween(Tokens tokens, uint32_t after, size_t first, const LanguagePack& pack);

// The property a sentence opens with, for a figure's clause that starts at tokens[k] after an
// aside and has no subject of its own ("Final sales …, added to consumer spending, did
// increase by 1.9%"); nullptr otherwise.
const std::vector<std::string>* SubjectBeforeAside(Tokens tokens, size_t k,
                                                   std::string_view takes,
                                                   const LanguagePack& pack);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_QUANTITIES_PROPERTY_CUES_H_
