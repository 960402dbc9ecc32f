#include "lib/extract/numbers/number_words.h"

#include <string>

#include "lib/base/lex_entry.h"

namespace crosscheck::internal {
namespace {

// The value of `w`, which is no number word itself, as a compound of the language's rule.
std::optional<double> Compound(const LanguagePack& pack, std::string_view w) {
  // A compound ends as a number word or a compound part does; most words end otherwise.
  if (!pack.numbers.MayEndNumberWord(w)) return std::nullopt;
  switch (pack.grammar.number_compounds) {
    case Grammar::Compounds::kJoined:
      return JoinedNumberWord(pack.numbers, w);
    case Grammar::Compounds::kHyphenated:
      return HyphenatedNumberWord(pack, w);
    case Grammar::Compounds::kNone:
      break;
  }
  return std::nullopt;
}

}  // namespace

std::optional<double> NumberWord(const LanguagePack& pack, std::string_view w) {
  const NumberWords& words = pack.numbers;
  if (!words.MayBeNumberWord(w)) return std::nullopt;
  if (auto it = words.words.find(w); it != words.words.end()) return it->second;
  // Letters spelled out ("fuenf", "zwoelf", "dreissig"): read as the letter.
  const auto& spellings = pack.grammar.spellings;
  if (std::any_of(spellings.begin(), spellings.end(),
                  [&](const auto& s) { return w.find(s.first) != std::string_view::npos; })) {
    std::string u(w);
    for (const auto& [written, letter] : spellings) {
      for (size_t p = u.find(written); p != std::string::npos; p = u.find(written, p)) {
        u.replace(p, written.size(), letter);
        p += letter.size();
      }
    }
    if (u != w) {
      if (auto v = NumberWordExact(pack, u)) return v;
    }
  }
  return Compound(pack, w);  // w is no number word: looked up above.
}

std::optional<double> NumberWordExact(const LanguagePack& pack, std::string_view w) {
  if (auto it = pack.numbers.words.find(w); it != pack.numbers.words.end()) return it->second;
  return Compound(pack, w);
}

bool VagueNumeralAt(Tokens tokens, size_t k, const LanguagePack& pack) {
  // A table without stems matches only at a word the lexicon tagged with its class: most
  // words are passed by a bit.
  const Token& t = tokens[k];
  return t.kind == TokenKind::kWord &&
         (t.lex == nullptr || t.lex->Is(kLexVague) || pack.numbers.vague.has_stems()) &&
         pack.numbers.vague.Match(tokens, k).length > 0;
}

}  // namespace crosscheck::internal
