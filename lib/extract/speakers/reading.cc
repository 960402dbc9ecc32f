#include "lib/extract/speakers/reading.h"

#include <algorithm>
#include <cstring>
#include <utility>

#include "lib/extract/speakers/subjects.h"

namespace crosscheck::internal {

namespace {

// The last token of the name before cue token `b`, past an apposition set off by commas: "Tad
// Devine, Sanders's chief strategist, said", "Suu Kyi, 70, said"; or `b` itself.
size_t NameBeforeApposition(Tokens tokens, std::span<const uint8_t> skip, size_t b,
                            const SpeakerLexicon& lex) {
  if (tokens[b].folded() != "," || b < 2) return b;
  for (size_t j = b - 1; j > 0 && j + 12 > b && !skip[j]; --j) {
    if (tokens[j].folded() != ",") continue;
    if (IsNameish(tokens[j - 1], false, lex.words)) return j - 1;
    if (!lex.grammar->capitalised_nouns && !tokens[j - 1].upper && j + 3 <= b && j + 5 >= b) {
      // "his business manager, Armstrong Williams, stated": a title in lower case, then
      // the name set off by commas (two to four capitalised words).
      bool name = true;
      for (size_t k = j + 1; k < b; ++k) {
        name = name && tokens[k].kind == TokenKind::kWord && tokens[k].upper && !skip[k];
      }
      if (name) return b - 1;
    }
    return b;
  }
  return b;
}

}  // namespace

void MarkNearCue(Tokens tokens, std::span<const uint8_t> skip,
                 const Cue& cue, const SpeakerLexicon& lex, std::vector<uint8_t>& near) {
  const SpeechLexicon& speech = lex.speech;
  const SpeakerGrammar& grammar = *lex.grammar;
  constexpr uint8_t kMaxWords = 4;
  const size_t i = cue.token;
  if (i + cue.length < tokens.size()) {
    near[i + cue.length] = kMaxWords;
    near[SkipAdverbs(tokens, skip, i + cue.length, speech)] = kMaxWords;
  }
  if (cue.subject_at != Cue::kNoSubject) near[cue.subject_at] = kMaxWords;
  // "“…,” said Virginia delegate Beau Correll", "said master of ceremonies Asab Tabchi": a
  // name after a title in lower case (and a place) that follows the verb right after a quote.
  if (!grammar.capitalised_nouns && (AfterQuote(tokens, i) || (i == 0 && !tokens[0].upper))) {
    bool titled = false;
    for (size_t k = i + cue.length; k < tokens.size() && k < i + cue.length + 4 && !skip[k] &&
                                    tokens[k].kind == TokenKind::kWord;
         ++k) {
      const bool place = (speech.Flags(tokens[k]) & SpeechLexicon::kPlace) != 0;
      if (tokens[k].upper && !place) {
        if (titled) near[k] = kMaxWords;
        break;
      }
      titled = titled || !tokens[k].upper;
    }
  }
  if (cue.before() == 0) return;
  size_t b = NameBeforeApposition(tokens, skip, cue.before() - 1, lex);
  if (!IsNameish(tokens[b], false, lex.words)) return;
  const size_t end = b + 1;  // The name ends here; `i` stays the cue.
  while (b > 0 && end - b < 6 && !skip[b - 1] &&
         (IsNameish(tokens[b - 1], true, lex.words) ||
          (tokens[b - 1].folded() == "." && b >= 2 && tokens[b - 2].upper &&
           tokens[b - 2].folded().size() == 1))) {
    --b;
  }
  while (b < end && !tokens[b].upper) ++b;  // A name starts with a capital.
  if (b == end) return;
  // After a word, only a name of two words or more ("screenwriter Cole Haddon wrote"), and
  // none where every noun is capitalised ("Bei jedem Schluck Wein erklärte der Lehrer").
  if (b > 0 && tokens[b - 1].kind != TokenKind::kPunct && !skip[b - 1] &&
      (grammar.capitalised_nouns || b + 1 == end || tokens[b - 1].upper)) {
    return;
  }
  // "Frau Holle sagte": a form of address is no name; the name follows it.
  const size_t first = b;
  while (b + 1 < end && (speech.Flags(tokens[b]) & SpeechLexicon::kStop) &&
         tokens[b + 1].kind == TokenKind::kWord && tokens[b + 1].upper) {
    ++b;
  }
  if ((first == 0 || b > first) && b + 1 == end) {
    const std::string_view verb = tokens[i].folded(), word = tokens[b].folded();
    if (grammar.plural_subject(verb, word)) return;
    // Verb-second order puts the subject after the verb when another word comes first
    // ("Vergnügt sprach der Wolf", "Dann sagte er").
    const size_t after = i + cue.length;
    if (grammar.verb_second && after < tokens.size() &&
        (speech.Flags(tokens[after]) & (SpeechLexicon::kDeterminer | SpeechLexicon::kMale |
                                        SpeechLexicon::kFemale))) {
      return;
    }
  }
  near[b] = kMaxWords;
}

namespace {

// Flags the sentence's tokens that lie inside a quotation (begin there); `qi` walks the
// quotations once over the whole article. `skip` comes zeroed (SpeakerReading::skips is made
// for the document), so the tokens before the next quotation, most of them, are passed by a
// binary search, and those inside it set one by one.
void MarkQuoted(Tokens tokens, const std::vector<QuoteSpan>& quotes,
                size_t& qi, std::span<uint8_t> skip) {
  const size_t n = tokens.size();
  for (size_t i = 0; i < n;) {
    while (qi < quotes.size() && quotes[qi].outer.end <= tokens[i].span.begin) ++qi;
    if (qi == quotes.size()) return;
    const Span q = quotes[qi].outer;
    i = static_cast<size_t>(std::lower_bound(tokens.begin() + i, tokens.end(), q.begin,
                                             [](const Token& t, uint32_t pos) {
                                               return t.span.begin < pos;
                                             }) -
                            tokens.begin());
    for (; i < n && tokens[i].span.begin < q.end; ++i) skip[i] = 1;
  }
}

// Whether a quotation ends right before tokens[i] (or before a comma there) that opens its
// clause and reads as speech: it ends in , . ! ? … or a dash, or a comma follows it. With i == 0
// the quotation may have ended the sentence before (`prev`, null at the article's start).
bool QuoteBefore(Tokens tokens, std::span<const uint8_t> skip, size_t i,
                 const SentenceTokens* prev, const SentenceSpeech* prev_info) {
  Tokens qt = tokens;
  std::span<const uint8_t> qs = skip;
  size_t end = i;
  const bool comma = end > 0 && !skip[end - 1] && tokens[end - 1].folded() == ",";
  if (comma) --end;
  if (end == 0) {
    if (comma || prev == nullptr) return false;
    qt = prev->tokens;
    qs = prev_info->skip;
    end = qt.size();
  }
  if (end < 2 || !qs[end - 1] || !AfterQuote(qt, end)) return false;
  size_t b = end - 1;
  while (b > 0 && qs[b - 1]) --b;
  for (size_t k = 0; k < b; ++k) {
    if (!qs[k] && IsWordish(qt[k])) return false;
  }
  const std::string_view last = qt[end - 2].folded();
  // "»…,« berichtigte der Dekan": a comma inside the marks, as older German prints it.
  return comma || last == "," || last == "!" || last == "?" || last.starts_with(".") ||
         last == "\xE2\x80\xA6" || last == "\xE2\x80\x93" || last == "\xE2\x80\x94" || last == "-";
}

// In verb-second order the word right after a quotation that opens its clause is the verb
// of the clause, and the quotation its object: a cue, whatever the verb ("»Laß das!« stieß
// der Bauer hervor", "„…“, polterte der Wirt"), when a subject follows it.
bool ReplySlotCue(Tokens tokens, std::span<const uint8_t> skip, size_t i,
                  const SpeakerLexicon& lex, const SentenceTokens* prev,
                  const SentenceSpeech* prev_info, Cue* cue) {
  const Token& t = tokens[i];
  if (t.kind != TokenKind::kWord || t.upper || (i > 0 && !skip[i - 1] && tokens[i - 1].folded() != ",") ||
      lex.speech.Flags(t) != 0 || lex.words.Is(t, WordClass::kNotReplyVerb) ||
      lex.words.Is(t, WordClass::kCopula) ||
      !QuoteBefore(tokens, skip, i, prev, prev_info)) {
    return false;
  }
  cue->token = static_cast<uint32_t>(i);
  cue->subject_at = InvertedSubject(tokens, skip, i + 1, lex);
  return cue->subject_at != Cue::kNoSubject;
}

// Whether a verb cue or a colon further on has no subject next to it ("Heinrich stand auf
// und sagte:", "Ziepe stand dabei und schimpfte:").
bool HeadlessCue(Tokens tokens, const std::vector<Cue>& cues,
                 const std::vector<Cue>& colons) {
  for (const Cue& c : cues) {
    if (c.kind == CueKind::kVerb && c.token > 1 && c.subject_at == Cue::kNoSubject &&
        !tokens[c.token - 1].upper) {
      return true;
    }
  }
  // A colon right after the verb ("Experten sagen:") is MarkNearCue's.
  return !colons.empty() && colons.front().token > 2;
}

}  // namespace

// "Geschickt brachte ihm der Graf …": "Geschickt" is never named inside a sentence.
bool NamedNearby(const std::vector<SentenceTokens>& sents, size_t s, size_t at,
                 const SpeechLexicon& speech) {
  const Token& t = sents[s].tokens[at];
  constexpr size_t kNameReach = 60;
  bool inside = false;
  for (size_t k = s > kNameReach ? s - kNameReach : 0; k < sents.size() && k <= s + kNameReach; ++k) {
    Tokens ts = sents[k].tokens;
    for (size_t i = 1; i < ts.size(); ++i) {
      if (ts[i].folded() != t.folded() || !ts[i].upper || (k == s && i == at)) continue;
      const uint8_t flags = speech.Flags(ts[i - 1]);
      if (flags & SpeechLexicon::kDeterminer) return false;
      inside = inside || (ts[i - 1].kind == TokenKind::kWord && !ts[i - 1].upper);
    }
  }
  return inside;
}

namespace {

// Where the sentence opens with a lone capitalised word and its verb, the verb-second order
// of a named subject ("Heinrich stand auf", "Arkadij aber antwortete"), maybe after a form of
// address ("Frau Holle lachte"), and not with an adverb before the verb and its subject
// ("Danach ging er", "Dann sprach der Alte"; an object's article after the verb is no subject:
// "Blondchen sah dem Mädchen ins Gesicht"): the name's token, SIZE_MAX when none.
// A word the text names inside its sentences nearby (NamedNearby) opens with its verb whatever
// follows the verb ("August sah mich an und sagte:", "Ziepe fuhr sie an:").
size_t OpeningName(const std::vector<SentenceTokens>& sents, size_t s,
                   std::span<const uint8_t> skip, const SpeakerLexicon& lex) {
  Tokens tokens = sents[s].tokens;
  constexpr uint8_t kNoun = SpeechLexicon::kDeterminer | SpeechLexicon::kMale |
                            SpeechLexicon::kFemale | SpeechLexicon::kStop;
  auto word = [&](size_t k) { return tokens[k].kind == TokenKind::kWord; };
  // A conjunction or preposition is no name, nor a title before one ("Indem aber läuft …",
  // "Daß es …", "Vom Turm schlägt …").
  auto function_word = [&](size_t k) {
    return lex.words.Is(tokens[k], WordClass::kCoordinating) ||
           lex.words.Is(tokens[k], WordClass::kNotReplyVerb) ||
           lex.words.Is(tokens[k], WordClass::kClauseIntro) ||
           lex.words.Is(tokens[k], WordClass::kPreposition);
  };
  size_t n = 0;  // "Frau", "Herr": capitalised stop words before the name.
  if (tokens.size() > 1 && word(0) && tokens[0].upper && word(1) && tokens[1].upper &&
      (lex.speech.Flags(tokens[0]) & SpeechLexicon::kStop) && !function_word(0)) {
    n = 1;
  }
  if (tokens.size() < n + 4 || skip[n] || skip[n + 1] || skip[n + 2] ||
      lex.grammar->plural_subject(tokens[n + 1].folded(), tokens[n].folded())) {
    return SIZE_MAX;
  }
  const bool opens = word(n) && tokens[n].upper && lex.speech.Flags(tokens[n]) == 0 &&
                     !function_word(n) &&
                     word(n + 1) && !tokens[n + 1].upper &&
                     !(lex.speech.Flags(tokens[n + 1]) & ~SpeechLexicon::kStop & kNoun);
  if (!opens) return SIZE_MAX;
  const bool object_next = !word(n + 2) || lex.words.Is(tokens[n + 2], WordClass::kObliqueArticle) ||
                           (!tokens[n + 2].upper && !(lex.speech.Flags(tokens[n + 2]) & kNoun));
  return object_next || NamedNearby(sents, s, n, lex.speech) ? n : SIZE_MAX;
}

// How many lower-case adverbs (at most two) stand right before the verb at tokens[c]
// ("Kirby also said", "Pacheco once said").
uint8_t AdverbsBefore(Tokens tokens, std::span<const uint8_t> skip,
                      size_t c, const SpeechLexicon& speech) {
  uint8_t n = 0;
  while (n < 2 && c > size_t{n} + 1 && !skip[c - n - 1] && tokens[c - n - 1].kind == TokenKind::kWord &&
         !tokens[c - n - 1].upper && (speech.Flags(tokens[c - n - 1]) & SpeechLexicon::kAdverb)) {
    ++n;
  }
  return n;
}

// The sentence's speech cues, and its colons right before a quotation, which name the
// speaker like a cue ("Weber: „…“", "Die Mutter: »…«"); marks where names may start.
// The first token from tokens[i] on (or tokens.size()) that FindCues does not pass over at its
// first tests: Match's filter, and with `verb_second` ReplySlotCue's first three. A loop of
// its own, whose values stay in registers, for the many tokens passed over.
size_t NextCueCandidate(Tokens tokens, size_t i, std::span<const uint8_t> skip,
                        const SpeechLexicon& speech, bool verb_second) {
  for (; i < tokens.size(); ++i) {
    if (skip[i]) continue;
    const Token& t = tokens[i];
    if (speech.MayMatch(t)) return i;
    if (verb_second && t.kind == TokenKind::kWord && !t.upper &&
        (i == 0 || skip[i - 1] || tokens[i - 1].folded() == ",")) {
      return i;
    }
  }
  return i;
}

void FindCues(const std::vector<SentenceTokens>& sents, size_t s, const SpeakerLexicon& lex,
              SentenceSpeech& si,
              const SentenceTokens* prev, const SentenceSpeech* prev_info,
              std::vector<Cue>& colons, std::vector<uint8_t>& near) {
  Tokens tokens = sents[s].tokens;
  near.assign(tokens.size(), 0);
  const bool verb_second = lex.grammar->verb_second;
  for (size_t i = 0; i < tokens.size(); ++i) {
    // Before the cue is made: quotations are many tokens, and most words start no cue.
    if ((i = NextCueCandidate(tokens, i, si.skip, lex.speech, verb_second)) == tokens.size()) break;
    Cue cue;
    if (lex.speech.Match(tokens, i, &cue)) {
      if (verb_second && cue.kind == CueKind::kVerb) {
        cue.subject_at = InvertedSubject(tokens, si.skip, i + cue.length, lex);
      }
      if (cue.kind == CueKind::kVerb) cue.lead = AdverbsBefore(tokens, si.skip, i, lex.speech);
    } else if (!verb_second || !ReplySlotCue(tokens, si.skip, i, lex, prev, prev_info, &cue)) {
      continue;
    }
    // The sentence's cues stay with its reading, so its vector starts empty: room for a few
    // at the first, where growing one at a time reallocated it at the second.
    if (si.cues.capacity() == 0) si.cues.reserve(4);
    si.cues.push_back(cue);
    MarkNearCue(tokens, si.skip, cue, lex, near);
    i += cue.length - 1;
  }
  colons.clear();
  // A colon token is a ':' byte of the folded text, where the tokens lie in order: most
  // sentences have none, and one memchr over their bytes spares the walk.
  const bool colon = !tokens.empty() &&
                     std::memchr(tokens.front().folded_data, ':',
                                 tokens.back().folded_data + tokens.back().folded().size() -
                                     tokens.front().folded_data) != nullptr;
  for (size_t i = 0; colon && i + 1 < tokens.size(); ++i) {
    if (si.skip[i] || tokens[i].folded() != ":" || !si.skip[i + 1]) continue;
    Cue colon;
    colon.token = static_cast<uint32_t>(i);
    colons.push_back(colon);
    MarkNearCue(tokens, si.skip, colon, lex, near);
  }
  if (verb_second && HeadlessCue(tokens, si.cues, colons)) {
    size_t name = OpeningName(sents, s, si.skip, lex);
    // "Da stand Heinrich auf und sagte:": a name after the opening adverb and verb, when the
    // text names it so nearby (alone, this lost more than it won: German fiction F1 71.2 -> 70.7).
    if (name == SIZE_MAX) {
      size_t begin = 0;
      while (begin < tokens.size() && (si.skip[begin] || tokens[begin].kind == TokenKind::kPunct)) ++begin;
      const size_t at = AdverbVerbSubject(tokens, si.skip, begin, tokens.size(), lex);
      if (at != SIZE_MAX && tokens[at].upper && lex.speech.Flags(tokens[at]) == 0 &&
          NamedNearby(sents, s, at, lex.speech)) {
        name = at;
      }
    }
    if (name != SIZE_MAX) near[name] = std::max<uint8_t>(near[name], 1);
  }
}

// "Scholz trat ans Pult, und er sagte:": the person whose mention opens the sentence before a
// pronoun subject, when its gender fits; -1 when another mention comes first or none opens it.
int SentenceOpener(Tokens tokens, const SentenceSpeech& si, const Mention& pronoun,
                   const SpeakerWords& words, const ArticlePersons& art) {
  for (const Mention& m : si.mentions) {
    if (m.tb >= pronoun.tb || m.kind == MentionKind::kPronoun || m.genitive || m.person < 0) {
      return -1;
    }
    bool opens = true;  // Only punctuation before it, no quotation: it opens the sentence.
    for (size_t k = 0; k < m.tb; ++k) opens = opens && !si.skip[k] && tokens[k].kind == TokenKind::kPunct;
    const char g = art.persons[m.person].gender;
    if (!opens || words.Is(tokens[m.tb], WordClass::kObliqueArticle) ||
        (g != '?' && pronoun.gender != '?' && g != pronoun.gender)) {
      return -1;
    }
    return m.person;
  }
  return -1;
}

// "…, Spicer said, adding, “…”", "Lewandowski added, saying": a participle right after a
// reporting verb and a comma has that verb's subject, not the first one of the sentence.
int ChainedSubject(const Cue* prev, const Cue& cue, Tokens tokens,
                   const SpeakerLexicon& lex) {
  if (prev == nullptr || prev->kind != CueKind::kVerb || cue.kind != CueKind::kVerb ||
      prev->mention < 0 || prev->token + prev->length + 1 != cue.token ||
      tokens[cue.token - 1].folded() != ",") {
    return -1;
  }
  return lex.grammar->participle(tokens[cue.token].folded()) ? prev->mention : -1;
}

// Each cue's subject and the person it stands for; a pronoun resolves here, against what
// was read before it: the person opening its sentence, else the current speaker. Logs the
// speech events.
void ResolveCueSubjects(Tokens tokens, const SpeakerLexicon& lex,
                        uint32_t window_begin,
                        SentenceSpeech& si, ArticlePersons& art) {
  const Cue* prev = nullptr;
  for (Cue& cue : si.cues) {
    cue.mention = ChainedSubject(prev, cue, tokens, lex);
    if (cue.mention < 0) cue.mention = Subject(cue, si.mentions, tokens, lex);
    prev = &cue;
    if (cue.mention < 0 || cue.kind == CueKind::kLabel) continue;
    Mention& m = si.mentions[cue.mention];
    const uint32_t pos = tokens[m.tb].span.begin;
    if (m.kind == MentionKind::kPronoun && m.person < 0) {
      m.person = SentenceOpener(tokens, si, m, lex.words, art);
      if (m.person < 0) m.person = art.ResolvePronoun(m.gender, pos, window_begin);
      if (m.person >= 0) art.mentions.emplace_back(pos, m.person);
    }
    cue.person = m.person;
    if (cue.person >= 0) art.speakers.emplace_back(tokens[cue.token].span.begin, cue.person);
  }
}

// Sentence readings each thread keeps between articles (~SpeakerReading), their vectors
// empty with their room; an article of more sentences frees its own. 4,096 keeps a long text
// (the benchmarks' 256 KiB, about 2,500 sentences) whose 512 freed 4,000 blocks; a thread
// keeps well under a megabyte of them.
constexpr size_t kPooledSentences = 4096;

std::vector<SentenceSpeech>& SentencePool() {
  thread_local std::vector<SentenceSpeech> pool;
  return pool;
}

// The skeleton index of the thread's last reading: its table of 128 strings or more was
// built and freed at every article.
ArticlePersons::SkeletonIndex& SkeletonIndexPool() {
  thread_local ArticlePersons::SkeletonIndex pool;
  return pool;
}

}  // namespace

SpeakerReading::~SpeakerReading() {
  std::swap(SkeletonIndexPool(), art.skeleton_index);  // Swapped whole: no moved-from map.
  std::vector<SentenceSpeech>& pool = SentencePool();
  if (sentences.empty() || sentences.size() > kPooledSentences || !pool.empty()) return;
  for (SentenceSpeech& si : sentences) {
    si.skip = {};
    si.mentions.clear();
    si.cues.clear();
  }
  pool = std::move(sentences);
}

uint32_t WindowBegin(const std::vector<Span>& paragraphs, uint32_t paragraph) {
  return paragraphs.empty() ? 0u : paragraphs[paragraph > 0 ? paragraph - 1 : 0].begin;
}

SpeakerReading ReadSpeakers(const DocContext& ctx, const std::vector<QuoteSpan>& quotes,
                            const MentionFinder& finder) {
  SpeakerReading r;
  ArticlePersons& art = r.art;
  // Room for a name skeleton per 64 bytes of an article (German capitalises every noun), so
  // that the index rarely grows; capped, since a huge text's distinct words are far fewer.
  // The thread's last table when it has the same room (as if new: see ClearFor).
  const size_t room = std::min<size_t>(ctx.text.size() / 64, 4096);
  if (ArticlePersons::SkeletonIndex& pooled = SkeletonIndexPool(); pooled.ClearFor(room)) {
    std::swap(art.skeleton_index, pooled);
  } else {
    art.skeleton_index.Reserve(room);
  }
  // An article names a few persons: growing one at a time moved seven strings each.
  art.persons.reserve(8);
  r.sentences = std::move(SentencePool());
  SentencePool().clear();
  r.sentences.resize(ctx.sentences.size());
  size_t total = 0;
  for (const SentenceTokens& st : ctx.sentences) total += st.tokens.size();
  r.skips.assign(total, 0);  // Zero: MarkQuoted sets the quoted tokens' flags only.
  size_t qi = 0, first = 0;
  std::vector<uint8_t> near;  // Reused across sentences: no allocation per sentence.
  std::vector<Cue> colons;
  std::vector<RoleBinding> bindings;
  for (size_t s = 0; s < ctx.sentences.size(); ++s) {
    Tokens tokens = ctx.sentences[s].tokens;
    SentenceSpeech& si = r.sentences[s];
    const std::span<uint8_t> skip(r.skips.data() + first, tokens.size());
    first += tokens.size();
    MarkQuoted(tokens, quotes, qi, skip);
    si.skip = skip;
    FindCues(ctx.sentences, s, finder.lexicon(), si, s > 0 ? &ctx.sentences[s - 1] : nullptr,
             s > 0 ? &r.sentences[s - 1] : nullptr, colons, near);
    bindings.clear();
    finder.Find(ctx.text, tokens, si.skip, near, art, &bindings, si.mentions);
    for (Cue& cue : si.cues) {
      if (cue.kind != CueKind::kVerb) continue;
      // The phrase found for the cue is its subject, not the sentence's first mention in an
      // earlier clause ("Sogleich kochte sie …, und bald kam der Mond und sagte:").
      const uint32_t at = AddUnnamedSubject(ctx.text, tokens, si.skip, cue, finder, art, si.mentions);
      if (cue.subject_at == Cue::kNoSubject) cue.subject_at = at;
    }
    for (const Cue& colon : colons) {
      AddUnnamedSubject(ctx.text, tokens, si.skip, colon, finder, art, si.mentions);
    }
    for (const RoleBinding& b : bindings) {
      // "Deputy Prime Minister X", "der frühere Minister Y": not the title's office now.
      if (b.tb > 0 && finder.lexicon().words.Is(tokens[b.tb - 1], WordClass::kOtherOffice)) continue;
      const ArticlePerson& p = art.persons[b.person];
      r.roles.push_back({s, {tokens[b.tb].span.begin, tokens[b.te - 1].span.end}, p.id, p.name,
                         b.key});
    }
    const uint32_t paragraph = ctx.sentences[s].sentence.paragraph;
    ResolveCueSubjects(tokens, finder.lexicon(), WindowBegin(ctx.seg->paragraphs, paragraph), si,
                       art);
  }
  art.SortByPosition();
  return r;
}

}  // namespace crosscheck::internal
