// Plain data that flows through crosscheck's pipeline: documents in, claims and findings out.
//
//   crosscheck::Document doc{.id = "a1", .lang = "de", .text = "..."};
//   // ... Checker::Extract(doc) yields claims whose spans index doc.text.
//
// All types are value types without hidden sharing; copying is safe, and concurrent reads of a
// const object are safe.
#ifndef CROSSCHECK_TYPES_H_
#define CROSSCHECK_TYPES_H_

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "absl/time/civil_time.h"
#include "crosscheck/shared_string.h"
#include "crosscheck/string_list.h"

namespace crosscheck {

// A byte range [begin, end) into a document's original UTF-8 text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  std::string_view Of(std::string_view text) const { return text.substr(begin, end - begin); }
  friend bool operator==(const Span&, const Span&) = default;
};

// An inclusive range of calendar days.
struct DateRange {
  absl::CivilDay begin;
  absl::CivilDay end;
  friend bool operator==(const DateRange&, const DateRange&) = default;
};

// A claim's optional DateRange in 8 bytes instead of std::optional's 40: most claims have
// none. Reads and assigns as a std::optional<DateRange> (by value: no DateRange to refer to).
// Days are held as 32-bit numbers from 1970: a day more than 5.8 million years away is held
// as the nearest one that fits.
class DateRangeField {
 public:
  DateRangeField() = default;
  DateRangeField(std::nullopt_t) {}  // NOLINT: assigns like an optional.
  DateRangeField(const DateRange& r)  // NOLINT
      : begin_(Days(r.begin)), end_(Days(r.end)) {}
  DateRangeField(const std::optional<DateRange>& r) {  // NOLINT
    if (r) *this = *r;
  }
  operator std::optional<DateRange>() const {  // NOLINT: reads like an optional.
    if (!has_value()) return std::nullopt;
    return **this;
  }
  bool has_value() const { return begin_ != kNone; }
  explicit operator bool() const { return has_value(); }
  DateRange operator*() const { return {kEpoch() + begin_, kEpoch() + end_}; }
  DateRange value() const { return **this; }
  // c.date->begin: a DateRange held for the expression.
  struct Arrow {
    DateRange range;
    const DateRange* operator->() const { return &range; }
  };
  Arrow operator->() const { return {**this}; }
  void reset() { begin_ = end_ = kNone; }
  friend bool operator==(const DateRangeField&, const DateRangeField&) = default;

 private:
  static constexpr int32_t kNone = std::numeric_limits<int32_t>::min();
  static absl::CivilDay kEpoch() { return absl::CivilDay(1970, 1, 1); }
  static int32_t Days(absl::CivilDay day) {
    const int64_t d = day - kEpoch();
    constexpr int64_t kMax = std::numeric_limits<int32_t>::max();
    return static_cast<int32_t>(d < -kMax ? -kMax : d > kMax ? kMax : d);
  }
  int32_t begin_ = kNone;  // Days since 1970-01-01.
  int32_t end_ = kNone;
};

// A set of real numbers; unbounded sides are +-infinity.
struct Interval {
  double low = -std::numeric_limits<double>::infinity();
  double high = std::numeric_limits<double>::infinity();
  bool low_open = false;
  bool high_open = false;

  static Interval Exact(double v) { return {v, v, false, false}; }
  bool Contains(double v) const {
    return (low_open ? v > low : v >= low) && (high_open ? v < high : v <= high);
  }
  friend bool operator==(const Interval&, const Interval&) = default;
};

// One article to check. `published` anchors relative dates ("gestern", "on Wednesday").
struct Document {
  std::string id;
  std::string lang;  // "de", "en", or empty to detect.
  std::optional<absl::CivilDay> published;
  std::string source;
  std::string url;
  std::string text;  // UTF-8, as read.
  std::string origin;  // Where it was read from ("dir/a.txt", "feed.jsonl:12"), for messages.
  // The story (event or development) the article belongs to; claims are compared only within
  // a story. Empty: found by grouping (include/crosscheck/story.h).
  std::string story;
};

enum class ClaimKind : uint8_t { kQuantity, kMoney, kDate, kQuote, kRole };
std::string_view ToString(ClaimKind kind);

// What the text says about when or whether a figure holds.
enum class Modality : uint8_t {
  kUnspecified,
  kHappened,   // "bereits", "already", past tense report
  kInitial,    // "ursprünglich", "initially"
  kPlanned,    // "plant", "plans to"
  kProjected,  // "könnte", "expected to", "could"
  kLatest,     // "rose to", "auf 50 gestiegen": the newest count, which replaced a lower one
};
std::string_view ToString(Modality modality);

// What kind of figure a quantity is (the "aspect" slot of its frame): a level at one time
// ("2,000 troops are in Kursk"), a running total that only grows as news comes in (a death
// toll), a change ("another 500", "um 300 gestiegen"), or the count of one occasion (the
// crowd at one rally). Changes compare only with changes; a running total that rises between
// two dates is an update, not a contradiction; an occasion's count holds on its day only.
enum class Aspect : uint8_t { kLevel, kCumulative, kChange, kOccasion };
std::string_view ToString(Aspect aspect);

enum class QuoteForm : uint8_t { kDirect, kFragment, kLabel };
std::string_view ToString(QuoteForm form);

// kQuote: who said it and what.
struct QuoteFields {
  SharedString speaker;       // Canonical person key, "antony_blinken".
  SharedString speaker_name;  // As the article names the person at that point.
  SharedString speaker_role;  // Role key as the article gives it.
  SharedString content;       // The quoted words. (Claim::form: at the claim's top.)
  StringList topics;

  // What quotations are compared by, derived from `content` at extraction (folded words), so
  // that comparing needs no language data. Claims JSON does not carry them:
  // Checker::Reconcile derives them again for quotes that come without.
  StringList quote_words;      // Sorted and distinct; no negations, no numbers.
  StringList quote_numbers;    // Sorted.
  StringList quote_negations;  // In order; an odd number negates the quote.
  // One entry per antonym pair a word takes part in, "first<TAB>second<TAB>side<TAB>word<TAB>
  // place": the pair as the antonym table gives it, the side the quote takes ('0': first,
  // '1': second; a negated quote takes the other side than its word), the word, and the
  // pair's place in the table (pairs are tried in this order, and of several that split the
  // same quotations the first names the finding; optional: pairs without come last).
  StringList quote_opposites;
};

// kRole: person and role keys.
struct RoleFields {
  SharedString person;
  SharedString role;
  SharedString speaker_name;  // As the article names the person.
};

// kDate: the resolved days, or why they could not be resolved.
struct DateFields {
  DateRangeField range;
  SharedString unresolved;
  SharedString event;  // "interview", "deployment", ...
};

// The fields of one of the kinds above, out of line: one pointer, null while a claim has none
// (every quantity and money claim), so that a figure does not pay for a quote's nine fields.
// A value: copying copies the fields. It holds one kind's fields at a time, since a claim is
// of one kind: Mutable<T>() of another kind than it holds drops what it held.
class KindFields {
 public:
  KindFields() = default;
  KindFields(const KindFields& o) : bits_(o.Clone()) {}
  KindFields(KindFields&& o) noexcept : bits_(std::exchange(o.bits_, 0)) {}
  KindFields& operator=(const KindFields& o) {
    if (this != &o) Replace(o.Clone());
    return *this;
  }
  KindFields& operator=(KindFields&& o) noexcept {
    if (this != &o) Replace(std::exchange(o.bits_, 0));
    return *this;
  }
  ~KindFields() { Replace(0); }

  // The fields of kind T, empty when the claim holds none of that kind.
  template <typename T>
  const T& Get() const {
    if ((bits_ & kTagMask) == TagOf<T>()) return *As<T>(bits_);
    static const T empty;
    return empty;
  }
  template <typename T>
  T& Mutable() {
    if ((bits_ & kTagMask) != TagOf<T>()) Replace(Tagged(new T()));
    return *As<T>(bits_);
  }
  template <typename T>
  bool Holds() const {
    return (bits_ & kTagMask) == TagOf<T>();
  }
  bool empty() const { return bits_ == 0; }

 private:
  // The kind is in the pointer's two low bits: the blocks are aligned to at least 8.
  static constexpr uintptr_t kTagMask = 3;
  template <typename T>
  static constexpr uintptr_t TagOf() {
    if constexpr (std::is_same_v<T, QuoteFields>) return 1;
    if constexpr (std::is_same_v<T, RoleFields>) return 2;
    if constexpr (std::is_same_v<T, DateFields>) return 3;
  }
  template <typename T>
  static uintptr_t Tagged(T* p) {
    static_assert(alignof(T) > kTagMask);
    return reinterpret_cast<uintptr_t>(p) | TagOf<T>();
  }
  template <typename T>
  static T* As(uintptr_t bits) {
    return reinterpret_cast<T*>(bits & ~kTagMask);
  }
  uintptr_t Clone() const {
    switch (bits_ & kTagMask) {
      case 1: return Tagged(new QuoteFields(*As<QuoteFields>(bits_)));
      case 2: return Tagged(new RoleFields(*As<RoleFields>(bits_)));
      case 3: return Tagged(new DateFields(*As<DateFields>(bits_)));
      default: return 0;
    }
  }
  // Takes `bits` and frees the fields held before.
  void Replace(uintptr_t bits) {
    const uintptr_t old = std::exchange(bits_, bits);
    switch (old & kTagMask) {
      case 1: delete As<QuoteFields>(old); break;
      case 2: delete As<RoleFields>(old); break;
      case 3: delete As<DateFields>(old); break;
      default: break;
    }
  }
  uintptr_t bits_ = 0;
};

// One typed statement an article makes, with its evidence. Fields that do not apply to the
// claim's kind stay empty; those of quotes, roles and dates are held apart (quote(), role(),
// date()), so that the figures, most claims, do not pay for them. A `check` run holds millions
// of claims: the strings and lists are compact (shared_string.h), since most are empty or
// repeat, and the one-byte fields sit together at the top, without padding between them.
struct Claim {
  ClaimKind kind = ClaimKind::kQuantity;
  Modality modality = Modality::kUnspecified;  // See the qualifiers below.
  Aspect aspect = Aspect::kLevel;              // kQuantity, kMoney: see Aspect.
  bool value_is_estimate = false;  // kQuantity, kMoney: a round figure read with tolerance.
  // kQuantity: a part singled out ("101 missing in Bangkok alone"), read as a floor of its
  // whole: no count of the whole on its day.
  bool value_is_part = false;
  // kQuantity, kMoney: given by a projection or a partial count ("laut Hochrechnung"), a
  // stage of the count rather than its result. Not in JSON: the source says it, and claims
  // read back are marked again (Checker::Reconcile).
  bool value_is_interim = false;
  // kQuantity: a vote share of an article whose lead names a projection ("In der ersten
  // Hochrechnung ..."): the evening's projection, though no source is named beside it. Such
  // figures of one evening are not compared with each other. In JSON as "projection_report":
  // the lead that says it is not in the claim, so claims read back could not mark it again.
  bool value_in_projection_report = false;
  QuoteForm form = QuoteForm::kDirect;  // kQuote.
  SharedString key;  // What the claim is about; only claims with equal keys are compared.
  Span span;         // The words that carry the claim.
  Span sentence;     // The sentence around it.
  uint32_t paragraph = 0;
  uint32_t line = 0;    // 1-based line and column (in code points) of span.begin.
  uint32_t column = 0;
  uint32_t context_begin = 0;  // Where `context` begins in the text.
  // The original bytes from min(span, sentence).begin to max(span, sentence).end, so that
  // evidence can be quoted after the document's text is dropped (streaming runs).
  SharedString context;
  double confidence = 1.0;

  // kQuantity, kMoney: the value as an interval, its unit (measure or ISO currency).
  Interval value;  // (value_is_estimate and aspect: at the top.)
  SharedString unit;
  SharedString subject;  // "north_korea"
  SharedString rate;     // "day", "week", ...; empty when a total.
  SharedString place;    // Where the figure holds, from the gazetteer: "valencia"; empty if unsaid.

  // kQuote, kRole, kDate: that kind's fields; empty for other kinds.
  const QuoteFields& quote() const { return detail.Get<QuoteFields>(); }
  const RoleFields& role() const { return detail.Get<RoleFields>(); }
  const DateFields& date() const { return detail.Get<DateFields>(); }
  QuoteFields& mutable_quote() { return detail.Mutable<QuoteFields>(); }
  RoleFields& mutable_role() { return detail.Mutable<RoleFields>(); }
  DateFields& mutable_date() { return detail.Mutable<DateFields>(); }
  // The person as the article names them: a quote's speaker or a role's holder.
  const SharedString& speaker_name() const {
    return kind == ClaimKind::kRole ? role().speaker_name : quote().speaker_name;
  }
  KindFields detail;

  // Qualifiers for all kinds (and `modality`, at the top).
  DateRangeField time;  // The time frame the claim is about, where stated.
  SharedString source;  // Who the article attributes it to: "south_korea", "cnn".
};

enum class FindingKind { kNumeric, kQuote, kRole, kDate };
std::string_view ToString(FindingKind kind);

// What a finding says about its two sides:
// - kContradiction: the same thing, at the same time, with values that cannot both hold;
// - kDispute: the same, but two named sources disagree (police against organisers);
// - kUpdate: the same thing at a later time (a toll that rose); information, not an error;
// - kInconsistency: one article contradicting itself.
enum class FindingType { kContradiction, kDispute, kUpdate, kInconsistency };
std::string_view ToString(FindingType type);

// Refers to claim `claim` of document `document` in a Report.
struct ClaimRef {
  uint32_t document = 0;
  uint32_t claim = 0;
  friend bool operator==(const ClaimRef&, const ClaimRef&) = default;
  friend auto operator<=>(const ClaimRef&, const ClaimRef&) = default;
};

// A contradiction between two groups of mutually compatible claims.
struct Finding {
  FindingKind kind = FindingKind::kNumeric;
  FindingType type = FindingType::kContradiction;
  std::string key;
  double severity = 0;    // 0..1
  double confidence = 0;  // 0..1, how sure the extraction of the evidence was.
  bool same_source = false;  // One source contradicting itself.
  std::vector<ClaimRef> side_a;
  std::vector<ClaimRef> side_b;
  std::string explanation;
  // The words in conflict where they are narrower than the claims' spans (folded): the
  // opposite terms or the negation of a quote. Reports mark them inside the evidence.
  std::vector<std::string> terms;
};

enum class Severity { kLow, kMedium, kHigh };
Severity SeverityLevel(double severity);
std::string_view ToString(Severity severity);

// An input that was skipped or only partly read, with the reason.
struct Diagnostic {
  std::string input;   // File, "file:line", or document id.
  std::string message;
  bool skipped = true;  // false: a warning; the document was still read.
};

// The claim's words and its sentence, from the document text when present, else from the
// claim's own context.
std::string_view ClaimWords(const Claim& claim, std::string_view document_text);
std::string_view SentenceWords(const Claim& claim, std::string_view document_text);

struct DocumentResult {
  std::string id;
  std::string lang;
  std::optional<absl::CivilDay> published;
  std::string source;
  std::string url;
  std::string origin;
  std::string text;  // Kept so reports can quote evidence; empty if the caller dropped it.
  std::vector<Claim> claims;
  // As given by the input, else assigned by grouping; documents with equal stories are compared.
  std::string story;
  // Where the article is set (a gazetteer key: the place its lead names most, a city or
  // region over a country), or empty. Its figures that name no place hold there when one story
  // joins articles set in sibling places (ReconcileOptions::home_camp_articles).
  std::string home;
  // What story grouping compares (StorySignature of the text), computed while the text is
  // there; empty when the document came without text (then its claims' sentences are used).
  std::vector<uint64_t> story_terms;
};

// The reconciler compares only claims whose ReconcileKey is equal: it is the grouping key of
// reconciliation, and the shuffle key of a distributed run (crosscheck.dask), which therefore
// calls this function rather than restating it. A change of grouping is made here.
inline std::string_view ReconcileKey(const DocumentResult& document, const Claim& claim) {
  (void)document;  // Groups may come to depend on the document (its story).
  return claim.key;
}

struct Report {
  std::vector<DocumentResult> documents;
  std::vector<Finding> findings;
  std::vector<Diagnostic> diagnostics;
  uint64_t inputs = 0;  // Inputs given: documents read + documents skipped.
};

}  // namespace crosscheck

#endif  // CROSSCHECK_TYPES_H_
