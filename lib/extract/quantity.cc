#include "lib/extract/quantity.h"

#include <algorithm>

#include "fmt/format.h"
#include "lib/extract/attribution.h"
#include "lib/extract/frame.h"
#include "lib/extract/numeral.h"

namespace crosscheck::internal {
namespace {

// Words after a figure that cannot be its counted noun.
const StringSet& NotNouns() {
  static const auto* words = new StringSet{
      "und", "oder", "bis", "der", "die", "das", "den", "dem", "des", "in", "im", "an", "am",
      "auf", "aus", "mit", "von", "vom", "zu", "zur", "zum", "für", "pro", "je", "mal", "jahre",
      "jahren", "and", "or", "to", "of", "the", "in", "on", "at", "by", "for", "per", "a", "an",
      "were", "was", "are", "is", "have", "has", "had", "times", "more", "years", "year",
      "von", "nach", "bereits", "already", "insgesamt", "total", "from", "than", "als", "with"};
  return *words;
}

bool NounFollows(const std::vector<Token>& tokens, size_t at, const Lexicon& lex);

struct Measure {
  std::string name;
  size_t end = 0;  // Token after the noun.
  bool known = false;
};

// The measure of a hyphenated compound by its last part: "US-Soldaten" counts soldiers.
const std::vector<std::string>* CompoundMeasure(const Token& t, const Lexicon& lex) {
  const size_t dash = t.folded.rfind('-');
  if (dash == std::string::npos || dash + 1 >= t.folded.size()) return nullptr;
  return lex.measures.Find(std::string_view(t.folded).substr(dash + 1));
}

// Whether tokens[k] may stand between a figure and its counted noun: a country or demonym
// ("nordkoreanische", "North Korean"), a German lower-case adjective, or an English modifier
// from the table ("additional", "missing", "more").
bool IsModifier(const std::vector<Token>& tokens, size_t k, const Lexicon& lex, size_t* length) {
  *length = 1;
  const Token& t = tokens[k];
  if (lex.modifiers.Find(t.folded) != nullptr) return true;
  if (PhraseMatch e = lex.Entity(tokens, k); e.length > 0) {
    *length = e.length;
    return true;
  }
  // A German attributive adjective; a verb or adverb ("sendet", "weiterhin") ends the phrase.
  return lex.lang == "de" && !t.upper && !NotNouns().contains(Key(t)) &&
         HasGermanAdjectiveEnding(t.folded);
}

// The counted noun after a figure: from the table, else the next noun in normalised form
// ("350 pounds of cement" -> pounds_of_cement). After a vague plural or a scale, English puts
// "of" before the noun: "thousands of people", "tens of thousands of soldiers".
std::optional<Measure> FindMeasure(const std::vector<Token>& tokens, size_t from,
                                   bool of_allowed, const Lexicon& lex) {
  if (of_allowed && lex.lang == "en" && from + 1 < tokens.size() && tokens[from].folded == "of") {
    ++from;
  }
  // "1.500 nordkoreanische Soldaten", "7,000 North Korean troops", "2,000 police officers".
  constexpr size_t kMaxModifiers = 3;
  size_t k = from;
  size_t noun = from;  // The first word that is not a modifier, for nouns in no table.
  bool noun_found = false;
  for (size_t skipped = 0; k < tokens.size() && skipped <= kMaxModifiers; ++skipped) {
    if (tokens[k].kind != TokenKind::kWord) break;
    PhraseMatch m = lex.measures.Match(tokens, k);
    if (m.length > 0) return Measure{m.fields->at(0), k + m.length, true};
    if (const auto* c = CompoundMeasure(tokens[k], lex)) return Measure{c->at(0), k + 1, true};
    // A nationality noun counts people of that nation ("212 Bangladeshis", "1.800
    // Österreicher"); whose they are is the entity, read as the subject. It is a noun when
    // no noun follows it ("40 Kenyan runners" counts runners).
    if (PhraseMatch e = lex.Entity(tokens, k);
        e.length == 1 && e.fields->size() > 1 && e.fields->at(1) == "demonym" &&
        !NounFollows(tokens, k + 1, lex) && (lex.lang != "de" || tokens[k].upper)) {
      return Measure{"people", k + 1, true};
    }
    size_t length = 1;
    const bool modifier = IsModifier(tokens, k, lex, &length);
    if (!modifier && !noun_found) {
      noun = k;
      noun_found = true;
    }
    // English nouns can modify the counted noun ("police officers"): look on while a known
    // noun may still follow, but only past words that could be part of the noun phrase.
    if (!modifier && (lex.lang != "en" || NotNouns().contains(Key(tokens[k])))) break;
    k += length;
  }
  if (!noun_found) noun = k;
  if (noun >= tokens.size() || tokens[noun].kind != TokenKind::kWord) return std::nullopt;
  const Token& t = tokens[noun];
  if (NotNouns().contains(Key(t)) || lex.entities.Find(t.folded) != nullptr) return std::nullopt;
  if (lex.lang == "de" && !t.upper) return std::nullopt;  // German nouns are capitalised.
  if (lex.lang == "en" && t.upper) return std::nullopt;   // Likely a name.
  Measure out{std::string(t.folded), noun + 1, false};
  if (lex.lang == "en" && noun + 2 < tokens.size() && tokens[noun + 1].folded == "of" &&
      tokens[noun + 2].kind == TokenKind::kWord && !NotNouns().contains(Key(tokens[noun + 2]))) {
    out.name = fmt::format("{}_of_{}", t.folded, tokens[noun + 2].folded);
    out.end = noun + 3;
  }
  return out;
}

std::string NearestPurpose(const std::vector<Token>& tokens, size_t first, size_t last,
                           const Lexicon& lex) {
  constexpr size_t kWindow = 30;  // A clause or two; also keeps long sentences linear.
  std::string best;
  size_t best_distance = SIZE_MAX;
  const size_t lo = first > kWindow ? first - kWindow : 0;
  const size_t hi = std::min(tokens.size(), last + kWindow);
  for (size_t i = lo; i < hi; ++i) {
    PhraseMatch m = lex.purposes.Match(tokens, i);
    if (m.length == 0) continue;
    const size_t d = i >= last ? i - last : first - (i + m.length) + 2;  // Prefer after.
    if (d < best_distance) {
      best_distance = d;
      best = m.fields->at(0);
    }
    i += m.length - 1;
  }
  return best.empty() ? "money" : best;
}

// A rate in the figure's clause: "Im Monat rekrutiert Russland 30.000 Soldaten", "3,000
// people die on the roads every year". The clause ends at a comma or semicolon, except
// after a short opening phrase ("Every day, some 400 migrants ...").
std::string RateNear(const std::vector<Token>& tokens, size_t first, size_t last,
                     const Lexicon& lex) {
  constexpr size_t kWindow = 10;  // Also keeps long sentences linear.
  auto clause_break = [&](size_t k) {
    return tokens[k].kind == TokenKind::kPunct &&
           (tokens[k].folded == "," || tokens[k].folded == ";" || tokens[k].folded == ":");
  };
  size_t from = first;
  while (from > 0 && first - from < kWindow && (!clause_break(from - 1) || from - 1 <= 2)) --from;
  size_t to = last;
  while (to < tokens.size() && to - last < kWindow && !clause_break(to)) ++to;
  for (size_t i = from; i < to; ++i) {
    PhraseMatch m = lex.rates.Match(tokens, i);
    if (m.length > 0 && (i + m.length <= first || i >= last)) return m.fields->at(0);
  }
  return "";
}

// Whether the sentence speaks of a figure without repeating its noun: "die Zahl könnte auf
// 12.000 steigen", "expected the number to grow to 12,000".
bool TalksAboutAFigure(const std::vector<Token>& tokens) {
  static const auto* cues = new StringSet{
      "zahl", "zahlen", "anzahl", "gesamtzahl", "number", "numbers", "figure", "figures",
      "total", "tally", "count"};
  for (const Token& t : tokens) {
    if (cues->contains(Key(t))) return true;
  }
  return false;
}

// The nearest counted noun before token `before` in the sentence, with its position.
std::optional<std::pair<std::string, size_t>> MeasureBefore(const std::vector<Token>& tokens,
                                                            size_t before, const Lexicon& lex) {
  constexpr size_t kWindow = 30;
  std::optional<std::pair<std::string, size_t>> found;
  for (size_t k = before > kWindow ? before - kWindow : 0; k < before; ++k) {
    PhraseMatch m = lex.measures.Match(tokens, k);
    if (m.length > 0 && k + m.length <= before) found = std::pair{m.fields->at(0), k};
  }
  return found;
}

// A figure followed by a noun counts that noun; only a figure followed by a verb, a
// preposition or punctuation may leave its noun implied.
bool NounFollows(const std::vector<Token>& tokens, size_t at, const Lexicon& lex) {
  if (at >= tokens.size() || tokens[at].kind != TokenKind::kWord) return false;
  if (lex.lang == "de") return tokens[at].upper;
  return !NotNouns().contains(Key(tokens[at]));
}

Span TokenSpan(const std::vector<Token>& tokens, size_t first, size_t last) {
  return {tokens[first].span.begin, tokens[last - 1].span.end};
}

}  // namespace

size_t BoilerplateStart(const DocContext& ctx, const Lexicon& lex) {
  const size_t n = ctx.seg->paragraphs.size();
  // Boilerplate trails the article: only the second half is searched, so a story about a
  // press release is not cut off. The sentences' tokens are reused, not made again.
  for (const SentenceTokens& st : ctx.sentences) {
    if (st.sentence.paragraph < n / 2) continue;
    const std::vector<Token>& tokens = st.tokens;
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (lex.boilerplate.Match(tokens, i).length > 0) return st.sentence.paragraph;
      if (tokens[i].folded == "http" || tokens[i].folded == "https") return st.sentence.paragraph;
    }
  }
  return n;
}

QuantityRecognizer::QuantityRecognizer(const ExtractOptions& options)
    : options_(options), de_(Lexicon::Build("de", options)), en_(Lexicon::Build("en", options)) {}

void QuantityRecognizer::Run(DocContext& ctx) const {
  const Lexicon& lex = ctx.lang == "en" ? en_ : de_;
  const size_t boilerplate = BoilerplateStart(ctx, lex);
  const size_t dates_end = ctx.claims.size();  // Date claims come first.
  size_t date_cursor = 0;
  // The last quantity claim, for implied counted nouns. An index: push_back moves claims.
  std::optional<size_t> previous_index;
  auto previous_claim = [&]() -> const Claim* {
    return previous_index ? &ctx.claims[*previous_index] : nullptr;
  };
  for (const SentenceTokens& st : ctx.sentences) {
    if (st.sentence.paragraph >= boilerplate) break;
    const std::vector<Token>& tokens = st.tokens;
    std::vector<uint8_t> excluded(tokens.size(), false);
    std::vector<std::pair<uint32_t, DateRange>> deadlines;  // (position, time frame)
    // Date claims come in reading order: a cursor keeps this linear in the document.
    while (date_cursor < dates_end && ctx.claims[date_cursor].span.end <= st.sentence.span.begin) {
      ++date_cursor;
    }
    for (size_t c = date_cursor; c < dates_end; ++c) {
      const Claim& d = ctx.claims[c];
      if (d.span.begin >= st.sentence.span.end) break;
      for (size_t k = 0; k < tokens.size(); ++k) {
        if (tokens[k].span.begin < d.span.end && tokens[k].span.end > d.span.begin) excluded[k] = true;
      }
      if (d.event == "deadline" && d.date) deadlines.emplace_back(d.span.begin, *d.date);
    }
    std::vector<NumberExpr> numbers = FindNumbers(ctx.text, tokens, excluded, lex, options_);
    if (numbers.empty()) continue;
    const SentenceFacts facts = AnalyzeSentence(ctx.text, tokens, lex);
    const bool talks_about_a_figure = TalksAboutAFigure(tokens);
    for (const NumberExpr& e : numbers) {
      const Claim* previous = previous_claim();
      Claim c;
      c.sentence = st.sentence.span;
      c.paragraph = st.sentence.paragraph;
      c.value = e.value;
      c.value_is_estimate = e.estimate;
      // "Tausende", "dozens": a reporter's loose word, weak evidence against a count.
      c.confidence = e.vague ? 0.45 : 0.9;
      size_t np_end = e.last;
      if (!e.currency.empty()) {
        c.kind = ClaimKind::kMoney;
        c.unit = e.currency;
        c.subject = SubjectOf(facts, e.first, e.last);
        // An amount someone announces is usually theirs to give: "Austin (US) kündigte … an".
        if (const SourceCue* s = SourceOf(facts, e.first); c.subject.empty() && s != nullptr &&
                                                           s->source != "reports") {
          c.subject = s->source;
        }
        const std::string purpose = NearestPurpose(tokens, e.first, e.last, lex);
        c.key = fmt::format("{}/{}", c.subject.empty() ? "_" : c.subject, purpose);
      } else {
        c.kind = ClaimKind::kQuantity;
        std::optional<Measure> m = FindMeasure(tokens, e.last, e.vague || e.scaled, lex);
        // "-3 °C": a unit the numeral reader knows stands in for a missing noun.
        if (!m && !e.unit.empty()) m = Measure{e.unit, e.unit_end, true};
        if (m) {
          c.unit = m->name;
          np_end = m->end;
          // A noun in no table may count anything ("26 seconds", "three seats of a party"):
          // kept, but compared only on request (below ReconcileOptions::min_confidence).
          if (!m->known) c.confidence = 0.45;
          c.subject = SubjectOf(facts, e.first, np_end);
        } else if (!e.vague && !NounFollows(tokens, e.last, lex) && talks_about_a_figure) {
          // "… wobei die Zahl auf bis zu 12.000 ansteigen könnte": the noun is implied, by an
          // earlier noun in the sentence or the paragraph's previous figure.
          if (auto before = MeasureBefore(tokens, e.first, lex)) {
            c.unit = before->first;
            // The subject modifies that noun: "die Zahl der nordkoreanischen Soldaten".
            const size_t np_first = before->second > 3 ? before->second - 3 : 0;
            for (const EntityMention& m : facts.entities) {
              if (m.first >= np_first && m.last <= before->second + 1 && !m.source) c.subject = m.key;
            }
            if (c.subject.empty()) c.subject = SubjectOf(facts, e.first, np_end);
          } else if (previous != nullptr && previous->paragraph == c.paragraph) {
            c.unit = previous->unit;
            c.subject = SubjectOf(facts, e.first, np_end);
            if (c.subject.empty()) c.subject = previous->subject;
          } else {
            continue;
          }
          c.confidence = 0.6;
        } else {
          continue;  // A bare number with nothing counted is no claim.
        }
        if (c.subject.empty() && previous != nullptr && previous->paragraph == c.paragraph) {
          c.subject = previous->subject;
        }
      }
      c.span = TokenSpan(tokens, e.first, np_end);
      c.rate = RateNear(tokens, e.first, np_end, lex);
      c.modality = ModalityOf(tokens, e.first, np_end, lex);
      if (const SourceCue* s = SourceOf(facts, e.first)) c.source = s->source;
      ApplyFrame(tokens, e.first, np_end, lex, SubjectInside(facts, e.first, np_end), c);
      if (c.kind == ClaimKind::kQuantity) {
        c.key = fmt::format("{}/{}", c.subject.empty() ? "_" : c.subject, c.unit);
      }
      // "bis Dezember auf bis zu 12.000": a deadline in the same sentence is the time frame.
      if (!deadlines.empty()) c.time = deadlines.front().second;
      const bool is_quantity = c.kind == ClaimKind::kQuantity;
      ctx.claims.push_back(std::move(c));
      if (is_quantity) previous_index = ctx.claims.size() - 1;
    }
  }
}

}  // namespace crosscheck::internal
