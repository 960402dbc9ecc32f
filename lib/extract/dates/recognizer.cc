#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "absl/container/flat_hash_map.h"
#include "lib/base/concat.h"
#include "lib/base/lex_entry.h"
#include "lib/extract/attribution.h"
#include "lib/extract/dates/clock.h"
#include "lib/extract/dates/date.h"
#include "lib/extract/dates/raw_date.h"
#include "lib/extract/quantities/frame.h"

namespace crosscheck::internal {
namespace {

// A date found in a sentence, with the end of its range ("vom 12. Januar bis zum
// 22.01.2016").
struct Found {
  size_t sentence;
  RawDate raw;
  std::optional<RawDate> to;
};

// NextDateStart (below) passes over the tokens where ParseAt(t, i) cannot find a date, most
// of them, which saves running the whole parser at every word. Its test mirrors ParseAt's
// branches: numbers; "N units ago"; words from the month, weekday and relative-day tables
// and the date words that start a date; words with a digit ("25th") or a hyphen
// ("mid-November", "twenty-first"), possessives ("Sunday's"); and with ordinal_word_month
// an ordinal word, which is read only before a month.
// A word of DateWords::start_words: the lexicon's bit for a token it tagged.
bool StartsDate(const Token& w, const DateWords& words) {
  return w.lex != nullptr ? w.lex->Is(kLexDateStart)
                          : words.start_words.Find(w.folded(), w.hash) != nullptr;
}

// The first of tokens [i, t.size()) where ParseAt may find a date, or t.size(): a loop of
// its own, whose values stay in registers (FindInSentence's loop asked a test per token
// with its state on the stack).
size_t NextDateStart(Tokens t, size_t i, const LanguagePack& pack) {
  const DateWords& words = pack.dates;
  if (words.any_start) {  // Every number and word.
    while (i < t.size() && t[i].kind != TokenKind::kNumber && t[i].kind != TokenKind::kWord) {
      ++i;
    }
    return i;
  }
  const RoleTable& roles = pack.dates.roles;
  const bool ordinal = pack.grammar.ordinal_word_month;
  const size_t n = t.size();
  for (; i < n; ++i) {
    const Token& w = t[i];
    if (w.kind == TokenKind::kNumber) return i;
    if (w.kind != TokenKind::kWord) continue;
    if (w.hyphen || (i + 2 < n && roles.Has(t[i + 2], kAgo))) return i;
    // The word's own tests, answered at CompileLexicon for a word it tagged.
    if (!(w.lex != nullptr && w.lex->Is(kLexPlainDate))) {
      const unsigned char c0 = static_cast<unsigned char>(w.folded()[0]);
      if ((c0 >= '0' && c0 <= '9') || StartsDate(w, words) || PossessiveEnding(w.folded()) > 0) {
        return i;
      }
    }
    if (ordinal && i + 1 < n && t[i + 1].kind == TokenKind::kWord &&
        StartsDate(t[i + 1], words)) {
      return i;
    }
  }
  return n;
}

// False when NextDateStart passes every token of the sentence: its summary answers for
// numbers, words with a hyphen or a digit and words that start a date (which also covers an
// ordinal word's next); the possessive endings and the role "ago" are asked of each word,
// which costs less than NextDateStart's whole test.
bool MayHoldDate(const SentenceTokens& st, const LanguagePack& pack) {
  if (pack.dates.any_start || st.shapes != 0 ||
      (st.classes >> kLexDateStart) & 1) {
    return true;
  }
  for (const Token& t : st.tokens) {
    if (t.kind == TokenKind::kWord && PossessiveEnding(t.folded()) > 0) return true;
    if (pack.dates.roles.Has(t, kAgo)) return true;
  }
  return false;
}

// The dates of one sentence, in order; *article_date is set from the first full date.
void FindInSentence(Tokens t, size_t s, const LanguagePack& pack,
                    std::vector<Found>& found, std::optional<absl::CivilDay>* article_date) {
  for (size_t i = 0; i < t.size(); ++i) {
    const size_t next = NextDateStart(t, i, pack);
#ifdef CROSSCHECK_CHECK_FILTERS
    // The sanitizer build (CI) proves the filter on every test text: it may only skip
    // tokens where the parser finds nothing.
    for (size_t j = i; j < next; ++j) {
      if (ParseAt(t, j, pack)) {
        std::fprintf(stderr, "date filter skipped a date at '%.*s'\n",
                     static_cast<int>(t[j].folded().size()), t[j].folded().data());
        std::abort();
      }
    }
#endif
    if ((i = next) == t.size()) break;
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
size_t ExtendLeft(Tokens t, size_t first, const LanguagePack& pack,
                  bool* deadline) {
  size_t k = first;
  while (k > 0 && k + 2 > first && HasRole(t, k - 1, pack, kPrepLeft)) --k;
  for (size_t j = k; j < first; ++j) {
    if (HasRole(t, j, pack, kDeadline)) *deadline = true;
  }
  return k;
}

// What a date is the date of: the nearest event word in its clause. An incident (the
// attack, the crash a story reports) is the story's own event, so its dates compare across
// the story whoever the sentence names; an incident noun also ends compounds
// ("Zugunglück"). An incident noun after an attribute word ("Opfer des Anschlags", "victims
// of the attack") belongs to another noun and is not the date's event (a verb is not: "die
// Bahn des Betreibers entgleiste"). A statement ("sagte am Mittwoch") is an event of its
// own, so the report of an incident does not take its date.
struct EventWord {
  std::string event;
  bool incident = false;
  bool statement = false;
};

std::string_view KindOf(const std::vector<std::string>& fields) {
  return fields.size() > 1 ? std::string_view(fields[1]) : std::string_view();
}

constexpr size_t kMinStem = 3, kMinHead = 4;  // "Zug-unglück"; shorter heads are endings.

// Whether IncidentHead may find a head in w: a word long enough, ending as an event may.
bool MayHaveIncidentHead(const Token& w, const LanguagePack& pack) {
  return w.kind == TokenKind::kWord && w.folded().size() >= kMinStem + kMinHead &&
         pack.dates.MayEndInEvent(w.folded());
}

// The incident a German compound ends with ("Zug|unglück", "Messer|angriff"), or null.
const std::vector<std::string>* IncidentHead(const Token& w, const LanguagePack& pack) {
  if (!MayHaveIncidentHead(w, pack)) return nullptr;
  for (size_t k = kMinStem; k + kMinHead <= w.folded().size(); ++k) {
    const std::vector<std::string>* f = pack.dates.events.Find(w.folded().substr(k));
    if (f != nullptr && KindOf(*f) == "incident") return f;
  }
  return nullptr;
}

// The event row at tokens[i], by the word or the compound's head; null for none or a word
// of another kind (an attribute word, the words of clock times).
const std::vector<std::string>* EventAt(Tokens t, size_t i,
                                        const LanguagePack& pack) {
  if (PhraseMatch m = pack.dates.events.Match(t, i); m.length != 0) {
    const std::string_view kind = KindOf(*m.fields);
    return kind.empty() || kind == "incident" || kind == "incident_verb" || kind == "statement"
               ? m.fields
               : nullptr;
  }
  return IncidentHead(t[i], pack);
}

// Whether an attribute word ("des", "of", "of the") comes a few words before tokens[i]
// ("Opfer des schweren Zugunglücks", "the aftermath of the bridge collapse").
bool AfterAttribute(Tokens t, size_t i, const LanguagePack& pack) {
  constexpr size_t kBetween = 4;  // "of the [Francis Scott Key Bridge] collapse".
  for (size_t k = i; k > 0 && i - k <= kBetween + 1;) {
    --k;
    if (t[k].kind != TokenKind::kWord) return false;
    PhraseMatch m = pack.dates.events.Match(t, k);
    if (m.length != 0 && k + m.length <= i && KindOf(*m.fields) == "attribute") return true;
  }
  return false;
}

// The nearest event word in the clause of tokens [first, last) (or, with `clause` false,
// within `window` tokens either side).
EventWord EventNear(Tokens t, size_t first, size_t last,
                    const LanguagePack& pack, size_t window = 25, bool clause = true) {
  // The row only: the event's name is copied once, for the nearest (a copy at each nearer
  // word allocated, 100,000 times on 2,000 articles).
  const std::vector<std::string>* best_row = nullptr;
  size_t best = SIZE_MAX;
  auto [lo, hi] = clause ? ClauseAround(t, first, last, window)
                         : std::pair{first > window ? first - window : 0,
                                     std::min(t.size(), last + window)};
  // EventAt's first tests, from values kept in registers: most words are no event's.
  const PhraseTable::Gate events = pack.dates.events.Gated();
  for (size_t i = lo; i < hi; ++i) {
    const size_t d = i < first ? first - i : i - first;
    if (d >= best || (!events.MayMatch(t[i]) && !MayHaveIncidentHead(t[i], pack))) continue;
    const std::vector<std::string>* row = EventAt(t, i, pack);
    if (row == nullptr) continue;
    const std::string_view kind = KindOf(*row);
    if (kind == "incident" && AfterAttribute(t, i, pack)) continue;
    best = d, best_row = row;
  }
  if (best_row == nullptr) return {};
  const std::string_view kind = KindOf(*best_row);
  return {best_row->front(), kind.starts_with("incident"), kind == "statement"};
}

// "Saturday's strike": a weekday in the possessive names the day of the event noun right
// after it. Counted as the story's incident when the noun names an incident's kind of event,
// even where the word alone is too loose to be one ("strike" is also a walkout): null for none
// and for other events ("Thursday's vote": several votes, several days).
const std::vector<std::string>* PossessiveEvent(Tokens t, const RawDate& raw,
                                                const LanguagePack& pack) {
  if (raw.weekday == 0 || raw.last == 0 || raw.last >= t.size() ||
      PossessiveEnding(t[raw.last - 1].folded()) == 0) {
    return nullptr;
  }
  const std::vector<std::string>* row = EventAt(t, raw.last, pack);
  if (row == nullptr) return nullptr;
  if (KindOf(*row) == "incident") return row;
  const std::vector<std::string>* named = pack.dates.events.Find(row->front());
  return KindOf(*row).empty() && named != nullptr && KindOf(*named) == "incident" ? row : nullptr;
}

// `r` as a claim's DateRangeField reads it back: the same days, but for days so far from 1970
// that the field's count of days is cut (hostile counts of years).
std::optional<DateRange> HeldAsDays(const std::optional<DateRange>& r) {
  constexpr int64_t kYears = 5'000'000;  // 1.8e9 days from 1970, below INT32_MAX.
  if (!r || (r->begin.year() > -kYears && r->begin.year() < kYears &&
             r->end.year() > -kYears && r->end.year() < kYears)) {
    return r;
  }
  return DateRangeField(r);
}

// An incident's date is a day or a few ("am 22. Januar", "27.-28. Oktober"), not a month or
// a year ("im Juni 2021", "1904-2018": other events the article recalls).
bool DayPrecise(const std::optional<DateRange>& d) {
  constexpr int kMaxDays = 3;
  return d && d->end - d->begin < kMaxDays;
}

// A whole year before the publication's ("the results of the 2022 election"): an earlier
// occasion of a recurring event (an election, a summit) that the article recalls, not the
// day of the story's own.
bool PastYear(const std::optional<DateRange>& d, std::optional<absl::CivilDay> published) {
  return d && published && d->begin.month() == 1 && d->begin.day() == 1 &&
         d->end.month() == 12 && d->end.day() == 31 && d->end.year() < published->year();
}

// An article that gives days of its incident that exclude each other ("on Sunday" and "on
// Tuesday" in a report of a war) tells of several occasions, not one: those dates keep no
// key, and only articles with one day compare.
void DropSeveralOccasions(std::vector<Claim>& claims, size_t from) {
  struct Overlap {
    absl::CivilDay begin, end;
  };
  absl::flat_hash_map<std::string, Overlap> by_key;
  for (size_t i = from; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    if (c.key.empty() || !c.key.ends_with("/_")) continue;
    const DateRange days = *c.date().range;
    auto [it, added] = by_key.try_emplace(c.key, Overlap{days.begin, days.end});
    Overlap& o = it->second;
    o = {std::max(o.begin, days.begin), std::min(o.end, days.end)};
  }
  for (size_t i = from; i < claims.size() && !by_key.empty(); ++i) {
    const auto it = claims[i].key.empty() ? by_key.end() : by_key.find(claims[i].key);
    if (it != by_key.end() && it->second.begin > it->second.end) claims[i].key.clear();
  }
}

// Whether "since"/"seit" opens the date at tokens [first, raw_first) or stands right before it.
bool Since(Tokens t, size_t first, size_t raw_first, const LanguagePack& pack) {
  for (size_t k = first > 0 ? first - 1 : 0; k < raw_first; ++k) {
    const PhraseMatch m = pack.quantities.properties.Match(t, k);
    if (m.length == 1 && m.fields->at(1) == "since") return true;
  }
  return false;
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
    if (!MayHoldDate(ctx.sentences[s], pack)) {
#ifdef CROSSCHECK_CHECK_FILTERS
      // The sanitizer build proves the summary too: no token it skips may start a date.
      Tokens t = ctx.sentences[s].tokens;
      if (NextDateStart(t, 0, pack) < t.size()) std::abort();
#endif
      continue;
    }
    FindInSentence(ctx.sentences[s].tokens, s, pack, found, &article_date);
  }
  const std::optional<absl::CivilDay> anchor = ctx.published ? ctx.published : article_date;
  SentenceFacts facts;
  size_t facts_sentence = SIZE_MAX;
  const size_t from = ctx.claims.size();
  for (const Found& f : found) {
    const SentenceTokens& st = ctx.sentences[f.sentence];
    Tokens t = st.tokens;
    bool deadline = false;
    const size_t first = ExtendLeft(t, f.raw.first, pack, &deadline);
    const size_t last = f.to ? f.to->last : f.raw.last;
    // "destroyed by the August 14 quake": the day names the incident after it, no deadline.
    if (const PhraseMatch m = deadline ? pack.dates.events.Match(t, last) : PhraseMatch{};
        m.length > 0 && KindOf(*m.fields) == "incident") {
      deadline = false;
    }
    Claim c;
    c.kind = ClaimKind::kDate;
    c.span = {t[first].span.begin, t[last - 1].span.end};
    c.sentence = st.sentence.span;
    c.paragraph = st.sentence.paragraph;
    c.confidence = 0.9;
    DateFields& date = c.mutable_date();
    // The tests below read `range`, not the field: reading the field back makes each day
    // anew from its count since 1970 (two calls of Abseil's n_day, 475 instructions each).
    const std::optional<DateRange> range =
        f.to ? ResolveRange(f.raw, *f.to, anchor) : Resolve(f.raw, anchor, deadline);
    date.range = range;
    if (!range) date.unresolved = Unresolved(f, anchor);
    if (deadline) {
      date.event = "deadline";
    } else if (const std::vector<std::string>* row = PossessiveEvent(t, f.raw, pack);
               row != nullptr && DayPrecise(HeldAsDays(range))) {
      date.event = row->front();
      c.key = Concat("date/", std::string_view(date.event), "/_");
    } else if (f.raw.weekday != 0 && first == f.raw.first && first > 0 &&
               t[first - 1].kind == TokenKind::kNumber) {
      // "went down from 145 to 128 Friday": the day a count stood at, no event's day.
    } else if (EventWord ev = EventNear(t, f.raw.first, last, pack); ev.statement) {
      date.event = std::move(ev.event);  // The day something was said: no event to compare.
    } else if (ev.incident && Since(t, first, f.raw.first, pack)) {
      // "attacks since October 10": when a run of them began, not the day of the incident.
    } else if (ev.incident) {
      // A month or a year near an incident word recalls another time ("im Juni 2021"): no
      // event, so that it stays the time frame of the sentence's figures.
      if (DayPrecise(HeldAsDays(range))) {
        date.event = std::move(ev.event);
        c.key = Concat("date/", std::string_view(date.event), "/_");
      }
    } else if (date.event = std::move(ev.event);
               !date.event.empty() && !PastYear(HeldAsDays(range), anchor)) {
      if (facts_sentence != f.sentence) {  // Once per sentence, however many dates it has.
        AnalyzeSentenceInto(ctx.text, t, pack, facts);  // Its vectors kept: no allocation.
        facts_sentence = f.sentence;
      }
      c.subject = SubjectOf(t, facts, first, last);
      if (!c.subject.empty()) c.key = Concat("date/", std::string_view(date.event), "/", std::string_view(c.subject));
    }
    ctx.claims.push_back(std::move(c));
  }
  DropSeveralOccasions(ctx.claims, from);
}

void DateRecognizer::EventFigures(DocContext& ctx) const {
  const LanguagePack& pack = *ctx.pack;
  ClockTimes(ctx, [&](Tokens t, size_t first, size_t last) {
    EventWord ev = EventNear(t, first, last, pack);
    return ev.incident ? std::move(ev.event) : std::string();
  });
  constexpr size_t kWindow = 8;  // "In nur vier Minuten entwendeten Einbrecher ...".
  for (Claim& c : ctx.claims) {
    if (c.kind != ClaimKind::kQuantity || c.unit != "duration" || !c.subject.empty()) continue;
    auto s = std::upper_bound(ctx.sentences.begin(), ctx.sentences.end(), c.span.begin,
                              [](uint32_t at, const SentenceTokens& x) {
                                return at < x.sentence.span.begin;
                              });
    if (s == ctx.sentences.begin()) continue;
    Tokens t = (--s)->tokens;
    size_t first = 0, last = 0;
    while (first < t.size() && t[first].span.begin < c.span.begin) ++first;
    for (last = first; last < t.size() && t[last].span.end <= c.span.end;) ++last;
    // "51 hours after the crash": a time since the incident, not how long it lasted.
    if (last < t.size() && pack.quantities.roles.Has(t[last], kOffsetAfter)) continue;
    if (EventWord ev = EventNear(t, first, last, *ctx.pack, kWindow, false); ev.incident) {
      c.subject = std::move(ev.event);
      c.key = Concat(std::string_view(c.subject), "/", std::string_view(c.unit));
      c.confidence = std::max(c.confidence, 0.9);  // What is timed is known: the incident.
    }
  }
  NameTheIncident(ctx.claims);
}

}  // namespace crosscheck::internal
