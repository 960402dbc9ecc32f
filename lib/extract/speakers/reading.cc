#include "lib/extract/speakers/reading.h"

#include <algorithm>

#include "lib/extract/speakers/subjects.h"

namespace crosscheck::internal {
namespace {

// Flags the sentence's tokens that lie inside a quotation; `qi` walks the quotations once
// over the whole article.
void MarkQuoted(const std::vector<Token>& tokens, const std::vector<QuoteSpan>& quotes,
                size_t& qi, std::vector<uint8_t>& skip) {
  skip.assign(tokens.size(), false);
  for (size_t i = 0; i < tokens.size(); ++i) {
    while (qi < quotes.size() && quotes[qi].outer.end <= tokens[i].span.begin) ++qi;
    skip[i] = qi < quotes.size() && quotes[qi].outer.begin <= tokens[i].span.begin;
  }
}

// The sentence's speech cues, and its colons right before a quotation, which name the
// speaker like a cue ("Weber: „…“", "Die Mutter: »…«"); marks where names may start.
void FindCues(const std::vector<Token>& tokens, const SpeakerLexicon& lex, SentenceSpeech& si,
              std::vector<Cue>& colons, std::vector<uint8_t>& near) {
  near.assign(tokens.size(), 0);
  for (size_t i = 0; i < tokens.size(); ++i) {
    Cue cue;
    if (si.skip[i] || !lex.speech.Match(tokens, i, &cue)) continue;
    si.cues.push_back(cue);
    MarkNearCue(tokens, si.skip, cue, lex, near);
    i += cue.length - 1;
  }
  colons.clear();
  for (size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (si.skip[i] || tokens[i].folded != ":" || !si.skip[i + 1]) continue;
    Cue colon;
    colon.token = static_cast<uint32_t>(i);
    colons.push_back(colon);
    MarkNearCue(tokens, si.skip, colon, lex, near);
  }
}

// Each cue's subject and the person it stands for; a pronoun resolves here, against what
// was read before it. Logs the speech events.
void ResolveCueSubjects(const std::vector<Token>& tokens, const SpeakerLexicon& lex,
                        uint32_t window_begin,
                        SentenceSpeech& si, ArticlePersons& art) {
  for (Cue& cue : si.cues) {
    cue.mention = Subject(cue, si.mentions, tokens, lex);
    if (cue.mention < 0 || cue.kind == CueKind::kLabel) continue;
    Mention& m = si.mentions[cue.mention];
    const uint32_t pos = tokens[m.tb].span.begin;
    if (m.kind == MentionKind::kPronoun && m.person < 0) {
      m.person = art.ResolvePronoun(m.gender, pos, window_begin);
      if (m.person >= 0) art.mentions.emplace_back(pos, m.person);
    }
    cue.person = m.person;
    if (cue.person >= 0) art.speakers.emplace_back(tokens[cue.token].span.begin, cue.person);
  }
}

}  // namespace

uint32_t WindowBegin(const std::vector<Span>& paragraphs, uint32_t paragraph) {
  return paragraphs.empty() ? 0u : paragraphs[paragraph > 0 ? paragraph - 1 : 0].begin;
}

SpeakerReading ReadSpeakers(const DocContext& ctx, const std::vector<QuoteSpan>& quotes,
                            const MentionFinder& finder) {
  SpeakerReading r;
  ArticlePersons& art = r.art;
  // Room for a name skeleton per 32 bytes of an article (German capitalises every noun), so
  // that the index rarely grows; capped, since a huge text's distinct words are far fewer.
  art.skeleton_index.Reserve(std::min<size_t>(ctx.text.size() / 32, 4096));
  r.sentences.resize(ctx.sentences.size());
  size_t qi = 0;
  std::vector<uint8_t> near;  // Reused across sentences: no allocation per sentence.
  std::vector<Cue> colons;
  std::vector<RoleBinding> bindings;
  for (size_t s = 0; s < ctx.sentences.size(); ++s) {
    const std::vector<Token>& tokens = ctx.sentences[s].tokens;
    SentenceSpeech& si = r.sentences[s];
    MarkQuoted(tokens, quotes, qi, si.skip);
    FindCues(tokens, finder.lexicon(), si, colons, near);
    bindings.clear();
    si.mentions = finder.Find(ctx.text, tokens, si.skip, near, art, &bindings);
    for (const Cue& cue : si.cues) {
      if (cue.kind == CueKind::kVerb) {
        AddUnnamedSubject(ctx.text, tokens, si.skip, cue, finder, art, si.mentions);
      }
    }
    for (const Cue& colon : colons) {
      AddUnnamedSubject(ctx.text, tokens, si.skip, colon, finder, art, si.mentions);
    }
    for (const RoleBinding& b : bindings) {
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
