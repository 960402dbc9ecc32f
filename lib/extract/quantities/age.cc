#include "lib/extract/quantities/age.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <optional>
#include <string_view>

#include "lib/base/concat.h"
#include "lib/extract/quantities/candidate.h"
#include "lib/extract/speakers/person.h"
#include "lib/lang/pack.h"

namespace crosscheck::internal {
namespace {

constexpr double kOldest = 110;  // A larger figure before "Jahre alt" is no person's age.

// Whether a sentence has a row of `takes`.
bool SentenceHas(Tokens tokens, const LanguagePack& pack,
                 std::string_view takes) {
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (tokens[k].kind == TokenKind::kWord && pack.quantities.PropertyRowAt(tokens, k, takes) > 0) {
      return true;
    }
  }
  return false;
}

// A whole number of years written in digits, or nothing.
std::optional<double> Years(std::string_view digits) {
  int n = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
  if (ec != std::errc() || end != digits.data() + digits.size() || n <= 0 || n > kOldest) {
    return std::nullopt;
  }
  return n;
}

struct Age {
  size_t first = 0, end = 0;  // Tokens.
  double low = 0, high = 0;
};

// The age that starts at tokens[k]: "28-jährige", "28-year-old" (a row "age_suffix" after the
// hyphen), "33 Jahre alten", "33 years old" (a row "age_after" after the figure), "im Alter
// von 25 Jahren", "aged 25", "im Alter zwischen 20 und 30 Jahren" (a row "age_before").
std::optional<Age> AgeAt(Tokens tokens, size_t k, const LanguagePack& pack) {
  const Token& t = tokens[k];
  if (t.kind == TokenKind::kNumber && k + 1 < tokens.size()) {
    std::optional<double> n = Years(t.folded());
    if (!n) return std::nullopt;
    // The figure, a hyphen and the suffix are three tokens written together.
    if (k + 2 < tokens.size() && tokens[k + 1].folded() == "-" && !tokens[k + 1].space_before &&
        !tokens[k + 2].space_before && tokens[k + 2].kind == TokenKind::kWord) {
      const std::vector<std::string>* row = pack.quantities.properties.Find(tokens[k + 2]);
      if (row != nullptr && row->at(1) == "age_suffix") return Age{k, k + 3, *n, *n};
    }
    const size_t after = pack.quantities.PropertyRowAt(tokens, k + 1, "age_after");
    if (after > 0) return Age{k, k + 1 + after, *n, *n};
    return std::nullopt;
  }
  const size_t before =
      t.kind == TokenKind::kWord ? pack.quantities.PropertyRowAt(tokens, k, "age_before") : 0;
  const size_t at = k + before;
  if (before == 0 || at >= tokens.size() || tokens[at].kind != TokenKind::kNumber) {
    return std::nullopt;
  }
  std::optional<double> low = Years(tokens[at].folded());
  if (!low) return std::nullopt;
  // "zwischen 20 und 30": a second figure after a joining word.
  if (at + 2 < tokens.size() && tokens[at + 1].kind == TokenKind::kWord &&
      tokens[at + 2].kind == TokenKind::kNumber) {
    std::optional<double> high = Years(tokens[at + 2].folded());
    if (high && *high > *low) return Age{k, at + 3, *low, *high};
  }
  return Age{k, at + 1, *low, *low};
}

// Whether an earlier sentence of the paragraph names the suspect.
bool SuspectBefore(const DocContext& ctx, const SentenceTokens& st) {
  for (const SentenceTokens* s = &st; s != ctx.sentences.data();) {
    --s;
    if (s->sentence.paragraph != st.sentence.paragraph) return false;
    if (SentenceHas(s->tokens, *ctx.pack, "suspect")) return true;
  }
  return false;
}

// Whether the words just before the age make it no one suspect's: a hedge ("etwa 60 Jahre
// alt" is a guess at a face), another figure ("23- bis 28-Jährige", "zwei 17-Jährige": several
// people), or the agent of a passive ("von einem 42-jährigen Passanten festgehalten").
bool NotOneSuspect(Tokens tokens, size_t first, const LanguagePack& pack) {
  constexpr size_t kBefore = 3;
  for (size_t n = 1; n <= kBefore && n <= first; ++n) {
    const Token& t = tokens[first - n];
    if (t.kind == TokenKind::kNumber) return true;
    // A number word other than one ("zwei", "three"): "ein"/"a" count one, as articles do.
    if (const auto w = pack.numbers.words.find(t.folded()); w != pack.numbers.words.end() &&
                                                          w->second > 1) {
      return true;
    }
    const size_t hedge = pack.numbers.hedges.Match(tokens, first - n).length;
    if ((hedge > 0 && hedge == n) || pack.quantities.PropertyRowAt(tokens, first - n, "agent") == n) {
      return true;
    }
  }
  return false;
}

// How many tokens stand between the age and the nearest word that names the suspect in its
// sentence; SIZE_MAX when none does.
size_t SuspectDistance(Tokens tokens, const Age& age, const LanguagePack& pack) {
  size_t best = SIZE_MAX;
  for (size_t k = 0; k < tokens.size(); ++k) {
    const size_t n = tokens[k].kind == TokenKind::kWord
                         ? pack.quantities.PropertyRowAt(tokens, k, "suspect")
                         : 0;
    if (n == 0) continue;
    const size_t d = k + n <= age.first ? age.first - (k + n) : (k >= age.end ? k - age.end : 0);
    best = std::min(best, d);
  }
  return best;
}

// The person a "26-year-old" or "die 26-jährige" right before a name of two words or more is
// the age of ("26-year-old Noa Argamani"): the key of the whole name (two suspects may share a
// surname's initial, "Taleb A."), else empty. One word after it may be a common noun ("die
// 26-jährige Frau"), so it is not taken for a name.
std::string NamedAfterAge(std::string_view text, Tokens tokens, const Age& age) {
  size_t end = age.end;
  while (end < tokens.size() && NameWord(text, tokens[end])) ++end;
  if (end - age.end < 2) return "";
  std::string key;
  for (size_t k = age.end; k < end; ++k) {
    if (!key.empty()) key += '_';
    key += AsciiName(tokens[k].folded());
  }
  return key;
}

}  // namespace

void ReadSuspectAge(DocContext& ctx, const SentenceTokens& st, std::vector<uint8_t>& excluded) {
  // "Der mutmaßliche Angreifer ist laut Polizei ein 23 Jahre alter Mann", "A 53-year-old man
  // from the city has been arrested"; farther, the suspect is another person of the sentence.
  constexpr size_t kNear = 6;
  const LanguagePack& pack = *ctx.pack;
  Tokens tokens = st.tokens;
  if ((st.shapes & kShapeDigitLed) == 0) return;
  std::optional<Age> age;
  // A word starts an age only as an age_before row with the years right after the row, so a
  // word farther before the next number than the table's longest row is not asked (most words
  // are: the row look-up was two thirds of this reader).
  const size_t reach = pack.quantities.properties.longest();
  size_t next_number = 0;  // The first number token after the word last asked about.
  const PhraseTable::Gate rows = pack.quantities.properties.Gated();
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (excluded[k]) continue;
    if (tokens[k].kind != TokenKind::kNumber) {
      if (next_number <= k) {
        next_number = k + 1;
        while (next_number < tokens.size() && tokens[next_number].kind != TokenKind::kNumber) {
          ++next_number;
        }
      }
      // No number after it: no age from here on. Farther than `reach`: on to the first word
      // that is not (the words between would each end here).
      if (next_number >= tokens.size()) break;
      if (next_number - k > reach) {
        k = next_number - reach - 1;
        continue;
      }
      // AgeAt reads a word only as the start of a row: one the rows' filter passes.
      if (tokens[k].kind != TokenKind::kWord || !rows.MayMatch(tokens[k])) continue;
    }
    std::optional<Age> here = AgeAt(tokens, k, pack);
    if (!here) continue;
    if (age) return;  // Two ages: two people, and which is the suspect is unsaid.
    age = here;
    k = here->end - 1;
  }
  if (!age) return;
  // "26-year-old", "43 Jahre alten": an age written as an adjective, which a name may follow.
  const bool adjective = age->end == age->first + 3;
  std::string person = adjective ? NamedAfterAge(ctx.text, tokens, *age) : "";
  if (person.empty() &&
      (NotOneSuspect(tokens, age->first, pack) || SentenceHas(tokens, pack, "victim"))) {
    return;
  }
  const size_t distance = person.empty() ? SuspectDistance(tokens, *age, pack) : 0;
  if ((distance == SIZE_MAX ? !SuspectBefore(ctx, st) : distance > kNear) &&
      !SentenceHas(tokens, pack, "act")) {
    return;
  }
  Claim c;
  c.kind = ClaimKind::kQuantity;
  c.sentence = st.sentence.span;
  c.paragraph = st.sentence.paragraph;
  c.span = {tokens[age->first].span.begin, tokens[age->end - 1].span.end};
  c.value = {age->low, age->high, false, false};
  c.confidence = 0.9;
  c.unit = "age";
  c.subject = person.empty() ? "suspect" : person;
  c.aspect = Aspect::kLevel;
  c.key = Concat(std::string_view(c.subject), "/", std::string_view(c.unit));
  for (size_t k = age->first; k < age->end; ++k) excluded[k] = true;
  ctx.claims.push_back(std::move(c));
}

}  // namespace crosscheck::internal
