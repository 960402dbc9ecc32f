#include "lib/extract/speakers/subjects.h"

#include <algorithm>

namespace crosscheck::internal {
namespace {

// Typography, the same in every language: marks that close a quotation (" ' « » ” “ ’ „), as
// tokens, told by their bytes (a set's probe cost about 25 instructions a call).
bool IsQuoteMark(const Token& t) {
  if (t.kind != TokenKind::kPunct) return false;
  const std::string_view f = t.folded();
  if (f.size() == 1) return f[0] == '"' || f[0] == '\'';
  if (f.size() == 2) return f == "\xC2\xAB" || f == "\xC2\xBB";
  return f.size() == 3 && f.starts_with("\xE2\x80") &&
         (f[2] == '\x9D' || f[2] == '\x9C' || f[2] == '\x99' || f[2] == '\x9E');
}

// The subject of a verb cue further back in its clause (SpeakerGrammar::subject_by_article): the first phrase with a
// nominative article after the clause's start ("Der Bruder des Grafen sagt:", "wie der
// Starez dem Jüngling sagt:"). Returns its length, 0 when none. With `opening`, only a phrase
// that opens the clause or follows a conjunction; else also one after another word ("Indem
// kam das kleine Männchen auf ihn zu und sagte:"), never one after a preposition ("deutete
// auf die Flügel und sagte:" is no speech of the wings).
// A person named in the clause rules it out ("Die Zeitung zitiert den Minister X: „…“").
size_t ClauseSubject(Tokens tokens, std::span<const uint8_t> skip,
                     const Cue& cue, const MentionFinder& finder, const std::vector<Mention>& ms,
                     bool opening, size_t* tb, size_t* head) {
  const SpeakerWords& words = finder.words();
  size_t start = cue.token;
  // "als die Gräfin plötzlich, ihr Pferd anhaltend, fragte:": a verb right after a short
  // phrase between commas ends the clause that opened before that phrase.
  if (start > 2 && tokens[start - 1].folded() == ",") {
    size_t k = start - 2;
    while (k > 0 && k + 5 > start && !skip[k] && tokens[k].kind != TokenKind::kPunct) --k;
    if (k > 0 && k + 2 < start - 1 && !skip[k] && tokens[k].folded() == ",") start = k;
  }
  while (start > 0 && start + 12 > cue.token && !skip[start - 1] &&
         tokens[start - 1].kind != TokenKind::kPunct) {
    --start;
  }
  for (const Mention& m : ms) {
    if (m.te > start && m.tb < cue.token) return 0;
  }
  for (size_t d = start; d < cue.token; ++d) {
    if (!words.Is(tokens[d], WordClass::kNominativeArticle)) continue;
    if (d > start && (opening ? !words.Is(tokens[d - 1], WordClass::kNotReplyVerb)
                              : words.Is(tokens[d - 1], WordClass::kPreposition))) {
      continue;
    }
    const size_t len = finder.UnnamedAt(tokens, d, skip, head, cue.token);
    if (len > 0 && d + len <= cue.token) {
      *tb = d;
      return len;
    }
    return 0;
  }
  return 0;
}

size_t PastInsertion(Tokens tokens, std::span<const uint8_t> skip, size_t k,
                     size_t end);

// The subject of a verb cue or colon found by its article (SpeakerGrammar::subject_by_article):
// a phrase opening the cue's clause, else the subject opening the sentence's latest main
// clause when no other person stands before the cue ("Der Storch, der …, deutete auf die
// Flügel und sagte kurz:"), else a phrase further on in the cue's clause.
size_t SubjectByArticle(Tokens tokens, std::span<const uint8_t> skip,
                        const Cue& cue, const MentionFinder& finder, const std::vector<Mention>& ms,
                        size_t* tb, size_t* head, bool* further_on) {
  size_t len = ClauseSubject(tokens, skip, cue, finder, ms, true, tb, head);
  if (len == 0 && (len = OpeningSubject(tokens, skip, cue.token, finder, tb, head)) > 0) {
    // Persons of an earlier clause ("…, redete mit dem Knaben, aber der Knabe lachte:") or
    // of a phrase between commas after the subject ("Der Soldat, da er es probiert hatte,
    // rief:") are not the verb's subject; an object of its own clause is.
    size_t own = *tb + len;
    while (own < cue.token && !tokens[own].upper &&
           (finder.speech().Flags(tokens[own]) & SpeechLexicon::kAdverb)) {
      ++own;
    }
    own = PastInsertion(tokens, skip, own, cue.token);
    // An object of an earlier verb the cue's verb is joined to ("Der Gast begleitete sie zur
    // Tür und sagte:") leaves the subject to it; a mention that may open a clause of its own
    // (right there, after a comma, a conjunction or a clause's opening word) or an object of
    // the cue's own verb ("Die Zeitung zitiert den Minister X mit den Worten:") does not.
    const SpeakerWords& words = finder.words();
    for (const Mention& m : ms) {
      if (m.tb < own || m.tb >= cue.token) continue;
      const Token& before = tokens[m.tb - 1];
      bool joined = false;  // "und" and a verb between the mention and the cue.
      for (size_t k = m.te; k < cue.token && !joined; ++k) {
        joined = words.Is(tokens[k], WordClass::kCoordinating) && !tokens[k + 1].upper;
      }
      if (!joined || m.tb == own || before.kind == TokenKind::kPunct ||
          words.Is(before, WordClass::kCoordinating) || words.Is(before, WordClass::kClauseIntro)) {
        len = 0;
      }
    }
  }
  *further_on = len == 0;
  return len > 0 ? len : ClauseSubject(tokens, skip, cue, finder, ms, false, tb, head);
}

// "»…« lachten wieder andere", "und beide sagten:": a pronoun for a group or an unnamed
// person, with no noun after it, right after the verb (`after`) or right before it at the
// clause's start; its token, SIZE_MAX when none.
size_t IndefiniteSubject(Tokens tokens, std::span<const uint8_t> skip,
                         const Cue& cue, size_t after, const MentionFinder& finder) {
  const SpeakerWords& words = finder.words();
  auto indefinite = [&](size_t k) {
    return k < tokens.size() && !skip[k] && !tokens[k].upper &&
           words.Is(tokens[k], WordClass::kIndefiniteSubject) &&
           (k + 1 >= tokens.size() || skip[k + 1] || !tokens[k + 1].upper);
  };
  // "fuhr der andere fort", "Die andere sagte": after a nominative article too.
  auto article = [&](size_t k) {
    return k < tokens.size() && !skip[k] && ArticleGender(tokens[k], words) != '?';
  };
  if (!finder.grammar().verb_second) return SIZE_MAX;
  if (indefinite(after)) return after;
  if (article(after) && indefinite(after + 1)) return after + 1;
  if (cue.token == 0) return SIZE_MAX;
  const size_t k = cue.token - 1;
  const size_t b = k > 0 && article(k - 1) ? k - 1 : k;  // Where the phrase opens.
  const bool opens = b == 0 || skip[b - 1] || tokens[b - 1].kind == TokenKind::kPunct ||
                     words.Is(tokens[b - 1], WordClass::kCoordinating);
  return indefinite(k) && opens ? k : SIZE_MAX;
}

// Whether tokens[c] follows a quotation's closing mark, or opens its sentence in lower case,
// right after a quotation that its own question or exclamation mark ended ("“…?” asked Sen.
// Ruth Adler"): the subject may follow the verb.
bool AfterQuoteOrOpens(Tokens tokens, size_t c) {
  return AfterQuote(tokens, c) || (c == 0 && !tokens.empty() && !tokens[0].upper);
}

// Past a phrase between commas that opens in lower case (", der von allem nichts wusste,"),
// starting at tokens[k]; k itself when none stands there.
size_t PastInsertion(Tokens tokens, std::span<const uint8_t> skip, size_t k,
                     size_t end) {
  constexpr size_t kReach = 24;
  if (k + 1 >= end || tokens[k].folded() != "," || tokens[k + 1].kind != TokenKind::kWord ||
      tokens[k + 1].upper) {
    return k;
  }
  for (size_t c = k + 2; c < end && c < k + kReach && !skip[c]; ++c) {
    if (tokens[c].folded() == ",") return c + 1;
    if (tokens[c].kind == TokenKind::kPunct) break;
  }
  return k;
}

// The article phrase at tokens[d] followed by its verb: a lower-case word after at most two
// adverbs and one phrase between commas ("Der Alte aber, der …, sagte"). Its length, 0 when none.
size_t SubjectBeforeVerb(Tokens tokens, std::span<const uint8_t> skip,
                         size_t d, size_t end, const MentionFinder& finder, size_t* head) {
  if (d >= end || !finder.words().Is(tokens[d], WordClass::kNominativeArticle)) return 0;
  const size_t len = finder.UnnamedAt(tokens, d, skip, head, end);
  if (len == 0) return 0;
  size_t k = d + len;
  for (int n = 0; n < 2 && k < end && !tokens[k].upper &&
                  ((finder.speech().Flags(tokens[k]) & SpeechLexicon::kAdverb) ||
                   finder.words().Is(tokens[k], WordClass::kFocusParticle));
       ++n) {
    ++k;
  }
  k = PastInsertion(tokens, skip, k, end);
  const bool verb = k < tokens.size() && !skip[k] && tokens[k].kind == TokenKind::kWord &&
                    !tokens[k].upper && finder.speech().Flags(tokens[k]) == 0 &&
                    !finder.words().Is(tokens[k], WordClass::kNotReplyVerb) &&
                    !finder.words().Is(tokens[k], WordClass::kPreposition);
  return verb ? len : 0;
}

}  // namespace

size_t OpeningSubject(Tokens tokens, std::span<const uint8_t> skip,
                      size_t end, const MentionFinder& finder, size_t* tb, size_t* head) {
  const SpeakerWords& words = finder.words();
  size_t begin = end;
  while (begin > 0 && !skip[begin - 1] && tokens[begin - 1].folded() != ";") --begin;
  while (begin < end && tokens[begin].kind == TokenKind::kPunct) ++begin;  // "– Der Graf".
  // The latest main clause first: the clause's start, or a comma and a coordinating
  // conjunction ("…, aber der Knabe zog die Füße hoch und lachte:").
  for (size_t p = end; p-- > begin;) {
    if (p != begin && tokens[p - 1].folded() != ",") continue;
    size_t d = p;
    if (d + 1 < end && words.Is(tokens[d], WordClass::kCoordinating)) {
      ++d;
    } else if (p != begin) {
      continue;
    }
    if (d + 1 < end && words.Is(tokens[d], WordClass::kFocusParticle)) ++d;  // "Nur ein Knabe".
    const size_t len = SubjectBeforeVerb(tokens, skip, d, end, finder, head);
    if (len > 0) {
      *tb = d;
      return len;
    }
  }
  const size_t at = AdverbVerbSubject(tokens, skip, begin, end, finder.lexicon());
  if (at == SIZE_MAX || !words.Is(tokens[at], WordClass::kNominativeArticle)) return 0;
  const size_t len = finder.UnnamedAt(tokens, at, skip, head, end);
  if (len > 0) *tb = at;
  return len;
}

size_t AdverbVerbSubject(Tokens tokens, std::span<const uint8_t> skip,
                         size_t begin, size_t end, const SpeakerLexicon& lex) {
  size_t d = begin;
  if (d + 1 < end && lex.words.Is(tokens[d], WordClass::kCoordinating)) ++d;
  const uint8_t flags = d < end ? lex.speech.Flags(tokens[d]) : 0;
  if (d + 2 >= end || !(flags & (SpeechLexicon::kAdverb | SpeechLexicon::kStop)) ||
      (flags & (SpeechLexicon::kDeterminer | SpeechLexicon::kMale | SpeechLexicon::kFemale)) ||
      tokens[d + 1].kind != TokenKind::kWord || tokens[d + 1].upper ||
      lex.speech.Flags(tokens[d + 1]) != 0 || lex.words.Is(tokens[d + 1], WordClass::kCopula)) {
    return SIZE_MAX;
  }
  const uint32_t at = InvertedSubject(tokens, skip, d + 2, lex);
  return at == Cue::kNoSubject || at >= end ? SIZE_MAX : at;
}

uint32_t InvertedSubject(Tokens tokens, std::span<const uint8_t> skip,
                         size_t from, const SpeakerLexicon& lex) {
  constexpr size_t kReach = 8;
  const SpeakerWords& words = lex.words;
  bool in_phrase = false;    // Inside a phrase opened by a preposition or an oblique article.
  bool in_commas = false;    // Inside a short inserted phrase (", ihn unterbrechend,").
  for (size_t k = from; k < tokens.size() && k < from + kReach && !skip[k]; ++k) {
    const Token& t = tokens[k];
    if (t.kind == TokenKind::kPunct) {
      if (t.folded() != ",") break;
      if (in_commas || k == from) {
        in_commas = !in_commas;
        continue;
      }
      // "entgegnete halb im Scherz, halb im Ernst der Richter": a second adverbial after a
      // comma, opened by a plain lower-case word (no article, pronoun or conjunction).
      const Token* next = k + 1 < tokens.size() && !skip[k + 1] ? &tokens[k + 1] : nullptr;
      if (next != nullptr && next->kind == TokenKind::kWord && !next->upper &&
          lex.speech.Flags(*next) == 0 && !words.Is(*next, WordClass::kClauseIntro) &&
          !words.Is(*next, WordClass::kCoordinating) && !words.Is(*next, WordClass::kNotReplyVerb)) {
        in_phrase = false;
        continue;
      }
      break;
    }
    if (in_commas && k > from + 3) break;
    if (in_commas) continue;
    if (words.Is(t, WordClass::kClauseIntro) || words.Is(t, WordClass::kNotReplyVerb) ||
        words.Is(t, WordClass::kCopula)) {
      break;
    }
    const uint8_t flags = lex.speech.Flags(t);
    if (in_phrase) {
      in_phrase = !t.upper;  // The phrase's noun ends it.
      continue;
    }
    if (words.Is(t, WordClass::kPreposition) || words.Is(t, WordClass::kObliqueArticle)) {
      in_phrase = true;
      continue;
    }
    // "unterbrach sie Werner": "sie" before a name is its object.
    const bool object_sie = (flags & SpeechLexicon::kFemale) && k + 1 < tokens.size() &&
                            !skip[k + 1] && tokens[k + 1].upper;
    if ((SpeechLexicon::Pronoun(flags) && !object_sie) || (flags & SpeechLexicon::kDeterminer) ||
        (t.upper && !(flags & SpeechLexicon::kStop))) {
      return static_cast<uint32_t>(k);
    }
    if (words.Is(t, WordClass::kIndefiniteSubject)) return static_cast<uint32_t>(k);
    if (t.upper) break;
  }
  return Cue::kNoSubject;
}

bool AfterQuote(Tokens tokens, size_t c) {
  return c > 0 && (IsQuoteMark(tokens[c - 1]) ||
                   (c > 1 && tokens[c - 1].folded() == "," && IsQuoteMark(tokens[c - 2])));
}

namespace {

// The sentence's subject before token c, its first mention ("Trump went after Bush, calling
// him"); for a participle the first right before a lower-case word, its verb ("In Salem, New
// Hampshire, Trump went after Bush, calling him").
int SentenceSubject(const std::vector<Mention>& ms, Tokens tokens, uint32_t c,
                    bool participle) {
  int first = -1;
  for (size_t m = 0; m < ms.size() && ms[m].te <= c; ++m) {
    if (ms[m].genitive) continue;
    if (first < 0) first = static_cast<int>(m);
    if (!participle) break;
    if (ms[m].te < c && tokens[ms[m].te].kind == TokenKind::kWord && !tokens[ms[m].te].upper) {
      return static_cast<int>(m);
    }
  }
  return first;
}

}  // namespace

int Subject(const Cue& cue, const std::vector<Mention>& ms, Tokens tokens,
            const SpeakerLexicon& lex) {
  // Mentions are in reading order and do not overlap, so both their starts and their ends
  // ascend: binary searches find the few candidates near the cue, and a sentence with
  // thousands of cues stays linear.
  const uint32_t c = cue.token, after = cue.token + cue.length;
  auto first_ending_at_or_after = [&](uint32_t t) {
    return std::lower_bound(ms.begin(), ms.end(), t,
                            [](const Mention& m, uint32_t v) { return m.te < v; });
  };
  auto first_starting_at_or_after = [&](uint32_t t) {
    return std::lower_bound(ms.begin(), ms.end(), t,
                            [](const Mention& m, uint32_t v) { return m.tb < v; });
  };
  auto index = [&](std::vector<Mention>::const_iterator it) {
    return static_cast<int>(it - ms.begin());
  };
  auto ending_at = [&](uint32_t t) {
    auto it = first_ending_at_or_after(t);
    return it != ms.end() && it->te == t ? it : ms.end();
  };
  switch (cue.kind) {
    case CueKind::kVerb: {
      // "Blinken sagte", "he said".
      if (auto it = ending_at(cue.before()); it != ms.end() && !it->genitive) return index(it);
      // "…,” adding that Trump": a participle's subject is the main clause's (below).
      const bool participle = lex.grammar->participle(tokens[c].folded());
      // "sagte Blinken", "betonte jedoch er", "sagte am Freitag Ministerin X".
      const bool inverted =
          !participle && (lex.grammar->verb_second || AfterQuoteOrOpens(tokens, c));
      // Also after a comma when the name then ends its clause: "“…” for Clinton, said Kunin."
      // (not "Garten, said Nunberg was “…”").
      const bool after_comma = !participle && c > 0 && tokens[c - 1].folded() == ",";
      for (auto it = first_starting_at_or_after(after);
           (inverted || after_comma) && it != ms.end() && it->tb <= after + 3; ++it) {
        if (it->genitive) continue;
        if (!inverted && it->te < tokens.size() && tokens[it->te].kind != TokenKind::kPunct) continue;
        bool plain = true;
        for (uint32_t k = after; k < it->tb; ++k) plain = plain && IsWordish(tokens[k]);
        if (plain) return index(it);
      }
      // "schrie ihm mit heiserer Stimme der Wirt zu".
      if (auto it = first_starting_at_or_after(cue.subject_at);
          !participle && cue.subject_at != Cue::kNoSubject && it != ms.end() &&
          it->tb == cue.subject_at && !it->genitive) {
        return index(it);
      }
      return SentenceSubject(ms, tokens, c, participle);
    }
    case CueKind::kAfter: {
      if (lex.words.Is(tokens[c], WordClass::kCueAfterComma) && (c == 0 || IsWordish(tokens[c - 1]))) {
        return -1;
      }
      auto it = first_starting_at_or_after(after);
      return it != ms.end() && it->tb <= after + 1 ? index(it) : -1;
    }
    case CueKind::kBefore: {
      auto it = ending_at(c);
      return it != ms.end() ? index(it) : -1;
    }
    case CueKind::kNoun: {
      if (auto it = ending_at(c); it != ms.end()) return index(it);
      auto it = first_starting_at_or_after(after);
      if (it != ms.end() && it->tb == after) return index(it);
      if (it != ms.end() && it->tb == after + 1 && after < tokens.size() &&
          lex.words.Is(tokens[after], WordClass::kAgentOfNoun)) {
        return index(it);
      }
      return -1;
    }
    case CueKind::kLabel: return -1;
  }
  return -1;
}

bool IntroducesClause(const Token& t, const SpeakerWords& words) {
  return t.folded() == ":" || words.Is(t, WordClass::kClauseIntro);
}

namespace {

// A mention that is already the cue's subject (the one ending at it, or one right after
// it): a title nobody holds yet becomes an unnamed speaker. Whether there was one.
bool KnownSubject(std::string_view text, Tokens tokens, const Cue& cue,
                  uint32_t after, const MentionFinder& finder, ArticlePersons& art,
                  std::vector<Mention>& ms) {
  const SpeakerGrammar& grammar = finder.grammar();
  // Mentions are in token order and do not overlap: only those from the one ending at the
  // cue up to `after` can be the cue's subject (a sentence of a thousand cues stays linear).
  auto from = std::partition_point(ms.begin(), ms.end(),
                                   [&](const Mention& m) { return m.te < cue.token; });
  for (auto it = from; it != ms.end() && it->tb <= after; ++it) {
    Mention& m = *it;
    if (m.te != cue.token && (m.tb < cue.token + cue.length || m.tb > after)) continue;
    // A title nobody in the article holds yet ("sagte der Pfarrer"): an unnamed speaker.
    if (m.kind == MentionKind::kRole && m.person < 0) {
      size_t head = m.tb;
      // Its head: the first capitalised word where nouns are capitalised ("der ehemalige
      // Pfarrer"), else the word before "of" or the last ("the secretary of state").
      while (head + 1 < m.te && (grammar.capitalised_nouns
                                     ? !tokens[head].upper
                                     : !finder.words().Is(tokens[head + 1], WordClass::kTitleOf))) {
        ++head;
      }
      m.written = std::string(text.substr(tokens[m.tb].span.begin,
                                          tokens[m.te - 1].span.end - tokens[m.tb].span.begin));
      m.person = art.RegisterUnnamed(tokens[head].folded(), m.written,
                                     ArticleGender(tokens[m.tb], finder.words()));
    }
    return true;
  }
  return false;
}

}  // namespace

uint32_t AddUnnamedSubject(std::string_view text, Tokens tokens,
                       std::span<const uint8_t> skip, const Cue& cue,
                       const MentionFinder& finder, ArticlePersons& art,
                       std::vector<Mention>& ms) {
  const SpeechLexicon& speech = finder.speech();
  const SpeakerGrammar& grammar = finder.grammar();
  const uint32_t after =
      cue.subject_at != Cue::kNoSubject
          ? cue.subject_at
          : static_cast<uint32_t>(cue.token + cue.length < tokens.size()
                                      ? SkipAdverbs(tokens, skip, cue.token + cue.length, speech)
                                      : cue.token + cue.length);
  if (KnownSubject(text, tokens, cue, after, finder, art, ms)) return Cue::kNoSubject;
  size_t head = 0, tb = 0, len = 0;
  if ((grammar.verb_second || AfterQuoteOrOpens(tokens, cue.token)) &&
      (len = finder.UnnamedAt(tokens, after, skip, &head)) > 0) {
    tb = after;
  } else if (const size_t k = IndefiniteSubject(tokens, skip, cue, after, finder); k != SIZE_MAX) {
    tb = head = k;
    len = 1;
  } else {
    for (size_t d = cue.token; d-- > 0 && d + 5 >= cue.token;) {
      if (tokens[d].kind == TokenKind::kPunct) break;
      const size_t l = finder.UnnamedAt(tokens, d, skip, &head, cue.token);
      if (l > 0 && d + l == cue.token &&
          (d == 0 || skip[d - 1] || tokens[d - 1].kind == TokenKind::kPunct)) {
        tb = d;
        len = l;
        break;
      }
    }
  }
  bool further_on = false;  // Found further on in the clause, after another word.
  if (len == 0 && grammar.subject_by_article) {
    len = SubjectByArticle(tokens, skip, cue, finder, ms, &tb, &head, &further_on);
  }
  if (len == 0) return Cue::kNoSubject;
  const uint32_t te = static_cast<uint32_t>(tb + len);
  auto at = std::lower_bound(ms.begin(), ms.end(), static_cast<uint32_t>(tb),
                             [](const Mention& m, uint32_t v) { return m.tb < v; });
  if (at != ms.begin() && std::prev(at)->te > tb) return Cue::kNoSubject;
  for (auto it = at; it != ms.end() && it->tb <= te; ++it) {
    if (it->tb == te && it->kind == MentionKind::kName) return Cue::kNoSubject;  // "die Zeugin Anna Becker".
  }
  // A title inside the phrase ("der unbeugsame Pfarrer") becomes part of it; a name does not.
  int titled = -1;
  auto past = at;
  for (; past != ms.end() && past->tb < te; ++past) {
    if (past->kind != MentionKind::kRole || past->te > te) return Cue::kNoSubject;
    titled = past->person;
  }
  at = ms.erase(at, past);
  Mention m;
  m.tb = static_cast<uint32_t>(tb);
  m.te = te;
  m.kind = MentionKind::kRole;
  m.written = std::string(text.substr(tokens[tb].span.begin, tokens[te - 1].span.end - tokens[tb].span.begin));
  m.person = titled >= 0 ? titled
                         : art.RegisterUnnamed(tokens[head].folded(), m.written,
                                               ArticleGender(tokens[tb], finder.words()));
  art.mentions.emplace_back(tokens[tb].span.begin, m.person);
  at = ms.insert(at, std::move(m));
  // A phrase further on yields to a name or title before it ("Gustav Adolf kam die Treppe
  // herauf und rief:"), not to a pronoun of an earlier clause.
  for (auto it = ms.begin(); further_on && it != at; ++it) {
    if (it->kind != MentionKind::kPronoun && !it->genitive) return Cue::kNoSubject;
  }
  return static_cast<uint32_t>(tb);
}

}  // namespace crosscheck::internal
