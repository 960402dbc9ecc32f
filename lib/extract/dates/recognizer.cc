#include <cstdio>
#include <cstdlib>

#include "fmt/format.h"
#include "lib/extract/attribution.h"
#include "lib/extract/dates/date.h"
#include "lib/extract/dates/raw_date.h"

namespace crosscheck::internal {
namespace {

// A date found in a sentence, with the end of its range ("vom 12. Januar bis zum
// 22.01.2016").
struct Found {
  size_t sentence;
  RawDate raw;
  std::optional<RawDate> to;
};

// Whether ParseAt(t, i) can find a date: false for most tokens, which saves running the
// whole parser at every word. It mirrors ParseAt's branches: numbers; "N units ago"; words
// from the month, weekday and relative-day tables and the date words that start a date;
// words with a digit ("25th") or a hyphen ("mid-November", "twenty-first"); and with
// ordinal_word_month an ordinal word, which is read only before a month.
bool MayStartDate(const std::vector<Token>& t, size_t i, const LanguagePack& pack) {
  const Token& w = t[i];
  if (w.kind == TokenKind::kNumber) return true;
  if (w.kind != TokenKind::kWord) return false;
  const DateWords& words = pack.dates;
  const unsigned char c0 = static_cast<unsigned char>(w.folded[0]);
  if (words.any_start || w.hyphen || (c0 >= '0' && c0 <= '9')) return true;
  if (words.start_words.Find(w.folded, w.hash) != nullptr) return true;
  if (HasRole(t, i + 2, pack, kAgo)) return true;
  return pack.grammar.ordinal_word_month && i + 1 < t.size() &&
         t[i + 1].kind == TokenKind::kWord &&
         words.start_words.Find(t[i + 1].folded, t[i + 1].hash) != nullptr;
}

// The dates of one sentence, in order; *article_date is set from the first full date.
void FindInSentence(const std::vector<Token>& t, size_t s, const LanguagePack& pack,
                    std::vector<Found>& found, std::optional<absl::CivilDay>* article_date) {
  for (size_t i = 0; i < t.size(); ++i) {
    if (!MayStartDate(t, i, pack)) {
#ifdef CROSSCHECK_CHECK_FILTERS
      // The sanitizer build (CI) proves the filter on every test text: it may only skip
      // tokens where the parser finds nothing.
      if (ParseAt(t, i, pack)) {
        std::fprintf(stderr, "date filter skipped a date at '%.*s'\n",
                     static_cast<int>(t[i].folded.size()), t[i].folded.data());
        std::abort();
      }
#endif
      continue;
    }
    std::optional<RawDate> r = ParseAt(t, i, pack);
    if (!r) continue;
    Found f{s, *r, std::nullopt};
    if (r->month_to) {
      // "Nov-Feb 2017": split into the range's two ends.
      RawDate end = *r;
      end.month = r->month_to;
      end.year = r->year_to;
      end.month_to = f.raw.month_to = 0;
      f.to = end;
    } else if (size_t c = ConnectorAt(t, r->last, AfterBetween(t, r->first, pack), pack)) {
      if (std::optional<RawDate> b = ParseAt(t, r->last + c, pack, true)) {
        const bool year_a = r->month == 0 && r->year && !r->weekday;
        const bool year_b = b->month == 0 && b->year && !b->weekday;
        // A year range needs years at both ends or a month at the end ("2014 through May
        // 2018"); "bis 2018" after a day would be a deadline, not a range.
        if (!year_b || year_a) f.to = *b;
      }
    }
    if (!*article_date && r->year && r->day_from > 0 && r->month) {
      *article_date = absl::CivilDay(r->year, r->month, r->day_from);
    }
    i = (f.to ? f.to->last : r->last) - 1;
    found.push_back(std::move(f));
  }
}

// Words before the date that belong to it in the evidence ("am 25. Oktober"); a deadline
// word among them ("bis Dezember") sets *deadline.
size_t ExtendLeft(const std::vector<Token>& t, size_t first, const LanguagePack& pack,
                  bool* deadline) {
  size_t k = first;
  while (k > 0 && k + 2 > first && HasRole(t, k - 1, pack, kPrepLeft)) --k;
  for (size_t j = k; j < first; ++j) {
    if (HasRole(t, j, pack, kDeadline)) *deadline = true;
  }
  return k;
}

// The nearest event word in the sentence names what the date is about.
std::string EventNear(const std::vector<Token>& t, size_t first, size_t last,
                      const LanguagePack& pack) {
  constexpr size_t kWindow = 25;
  std::string event;
  size_t best = SIZE_MAX;
  const size_t lo = first > kWindow ? first - kWindow : 0;
  for (size_t i = lo; i < std::min(t.size(), last + kWindow); ++i) {
    PhraseMatch m = pack.dates.events.Match(t, i);
    if (m.length == 0) continue;
    const size_t d = i < first ? first - i : i - first;
    if (d < best) {
      best = d;
      event = m.fields->at(0);
    }
  }
  return event;
}

// Why a date has no resolution.
const char* Unresolved(const Found& f, std::optional<absl::CivilDay> anchor) {
  const bool needs = NeedsAnchor(f.raw) || (f.to && NeedsAnchor(*f.to));
  if (needs && !anchor) {
    return f.raw.year == 0 && f.raw.month != 0
               ? "no year: the article has no publication date and names no full date"
               : "relative date: the article has no publication date";
  }
  return f.to ? "the range ends before it starts" : "no such day in the calendar";
}

}  // namespace

void DateRecognizer::Run(DocContext& ctx) const {
  const LanguagePack& pack = *ctx.pack;
  std::vector<Found> found;
  std::optional<absl::CivilDay> article_date;  // The first full date the article itself gives.
  for (size_t s = 0; s < ctx.sentences.size(); ++s) {
    FindInSentence(ctx.sentences[s].tokens, s, pack, found, &article_date);
  }
  const std::optional<absl::CivilDay> anchor = ctx.published ? ctx.published : article_date;
  SentenceFacts facts;
  size_t facts_sentence = SIZE_MAX;
  for (const Found& f : found) {
    const SentenceTokens& st = ctx.sentences[f.sentence];
    const std::vector<Token>& t = st.tokens;
    bool deadline = false;
    const size_t first = ExtendLeft(t, f.raw.first, pack, &deadline);
    const size_t last = f.to ? f.to->last : f.raw.last;
    Claim c;
    c.kind = ClaimKind::kDate;
    c.span = {t[first].span.begin, t[last - 1].span.end};
    c.sentence = st.sentence.span;
    c.paragraph = st.sentence.paragraph;
    c.confidence = 0.9;
    c.date = f.to ? ResolveRange(f.raw, *f.to, anchor) : Resolve(f.raw, anchor, deadline);
    if (!c.date) c.unresolved = Unresolved(f, anchor);
    if (deadline) {
      c.event = "deadline";
    } else if (c.event = EventNear(t, f.raw.first, last, pack); !c.event.empty()) {
      if (facts_sentence != f.sentence) {  // Once per sentence, however many dates it has.
        facts = AnalyzeSentence(ctx.text, t, pack);
        facts_sentence = f.sentence;
      }
      c.subject = SubjectOf(facts, first, last);
      if (!c.subject.empty()) c.key = fmt::format("date/{}/{}", c.event, c.subject);
    }
    ctx.claims.push_back(std::move(c));
  }
}

}  // namespace crosscheck::internal
