// Figures that continue the sentence's figure before them and count what it counts: the
// parts of a breakdown ("16 in Texas and another nine in Oklahoma"), the parts of a list
// ("in Rumänien 7 Menschen, in Polen 5 Menschen") and another source's count in brackets
// ("245,000 marchers (30,000 according to the police)").
#ifndef CROSSCHECK_LIB_EXTRACT_QUANTITIES_CONTINUED_H_
#define CROSSCHECK_LIB_EXTRACT_QUANTITIES_CONTINUED_H_

#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/types.h"
#include "lib/extract/attribution.h"
#include "lib/extract/numbers/numeral.h"
#include "lib/extract/tokens.h"
#include "lib/lang/pack.h"

namespace crosscheck::internal {

struct FigureContext {
  Tokens tokens;  // The sentence's.
  const LanguagePack& pack;
  const std::vector<SourceCue>* sources = nullptr;  // The sentence's source cues, if known.
};

bool BreakdownFigure(const FigureContext& s, const NumberExpr& e, const Claim* previous,
                     Claim& c);

// A list of bullet items under a heading that ends with a colon and names what they count
// ("Confirmed case totals:", then "• 168 in England"): the heading's measure, kept while the
// sentences after it open with a bullet mark. Read every sentence in order.
class ListHead {
 public:
  void Read(Tokens tokens, const LanguagePack& pack);
  std::string_view measure() const { return measure_; }

 private:
  std::string measure_;
};
// A bare figure right after a bullet mark under a ListHead's heading (`head`, its measure),
// with the place it holds for after it: it counts the heading's measure there.
bool BulletFigure(const FigureContext& s, const NumberExpr& e, std::string_view head, Claim& c);
void ListPart(const FigureContext& s, const NumberExpr& e, const Claim* previous, Claim& c);
// A kind of people named as a part of the figure before ("killed 34 people, including ten
// children", "darunter zehn Kinder"): the part counts what the whole counts, among its kind
// (unit killed, subject children).
void PartOfWhole(const FigureContext& s, const NumberExpr& e, const Claim* previous, Claim& c);
bool BracketedFigure(const FigureContext& s, const NumberExpr& e, const Claim* previous,
                     Claim& c);
// "Thirteen American soldiers were killed, while 20 were wounded", "killed 13 US troops and
// injured at least 18 more": a toll of another fate with no people of its own, after a
// group's toll in its sentence, counts that group.
void GroupOfOtherFate(const FigureContext& s, const NumberExpr& e, size_t np_end,
                      const Claim* previous, Claim& c);
// A figure with no noun before a source's cue continues the sentence's count before it, by
// that source ("7,000 according to the police, 60,000 according to the unions").
bool SourcedFigure(const FigureContext& s, const NumberExpr& e, const Claim* previous,
                   Claim& c);
// "1,396 deaths, 499 of them being children": the kind of people (a generic measure below
// people) named after a partitive with no verb, which says whose part of the whole the figure
// counts; empty when none.
std::string KindAfterPartitive(Tokens tokens, const NumberExpr& e, const LanguagePack& pack);

// The length of a partitive at tokens[k] that stands for a whole named before: "of them",
// "von ihnen" (German's "of" is the ratio word "von"; a pronoun after it makes no ratio),
// or one word for both ("davon"); 0 when none.
size_t PartitiveAt(Tokens tokens, size_t k, const LanguagePack& pack);

// The lengths of a cue naming others (changes.tsv) right before a figure with no noun
// ("wounded another 90") and right after it ("verletzte acht weitere"), 0 when none.
struct OthersCue {
  size_t before = 0;
  size_t after = 0;
};
OthersCue OthersCueAround(Tokens tokens, const NumberExpr& e, const LanguagePack& pack);

// The counts of victims an article gave so far, one entry per fate (measure): its first
// value and whether another value of it followed. What OtherVictims asks of the claims
// before a figure, kept as they are read so that a text of many "another N" figures costs
// a look over its few fates, not over all its claims.
class VictimTally {
 public:
  void Add(const Claim& c, const LanguagePack& pack);

 private:
  friend void OtherVictims(Tokens, size_t, size_t, const VictimTally&, const LanguagePack&,
                           Claim&);
  struct Fate {
    std::string unit;
    double low = 0, high = 0;  // The first count of it.
    bool varied = false;       // A later count of it had another value.
  };
  std::vector<Fate> fates_;
};

// "15 were killed. Another 18 were injured": a change cue before a count of victims of
// another fate than the article's counts of victims so far names other people; the figure
// is a level, not a rise.
void OtherVictims(Tokens tokens, size_t first, size_t np_end, const VictimTally& before,
                  const LanguagePack& pack, Claim& c);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_QUANTITIES_CONTINUED_H_
