// The bodies of the libFuzzer targets, shared with the unit test FuzzRegressions
// (tests/run/fuzz_regressions_test.cc), which replays tests/fuzz/regressions/ through them.
// Each check takes the raw fuzz bytes and returns "" when every invariant holds, else a
// description of the first one that failed. The fuzzers trap on a non-empty answer.
#ifndef CROSSCHECK_TESTS_FUZZ_FUZZ_CHECKS_H_
#define CROSSCHECK_TESTS_FUZZ_FUZZ_CHECKS_H_

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/checker.h"
#include "crosscheck/reader.h"

namespace crosscheck::fuzz {

inline const Checker& FuzzChecker() {
  static const Checker* checker = [] {
    absl::StatusOr<Checker> c = Checker::Create();
    if (!c.ok()) __builtin_trap();
    return new Checker(std::move(*c));
  }();
  return *checker;
}

// extract_fuzzer: the whole extraction of one document (German for odd sizes, English for
// even; a publication date when the size is a multiple of 3). Every span must lie inside the
// text, and each claim's context must be the text's bytes it says it copies.
inline std::string CheckExtract(const uint8_t* data, size_t size) {
  Document doc;
  doc.id = "fuzz";
  doc.text.assign(reinterpret_cast<const char*>(data), size);
  doc.lang = size % 2 ? "de" : "en";
  if (size % 3 == 0) doc.published = absl::CivilDay(2024, 11, 6);
  absl::StatusOr<DocumentResult> r = FuzzChecker().Extract(doc);
  if (!r.ok()) return "";
  const std::string_view text = doc.text;
  for (size_t i = 0; i < r->claims.size(); ++i) {
    const Claim& c = r->claims[i];
    const std::string at = "claim " + std::to_string(i) + ": ";
    if (c.span.begin > c.span.end || c.span.end > text.size()) return at + "span outside the text";
    if (c.sentence.begin > c.sentence.end || c.sentence.end > text.size()) {
      return at + "sentence outside the text";
    }
    const uint32_t begin = std::min(c.span.begin, c.sentence.begin);
    const uint32_t end = std::max(c.span.end, c.sentence.end);
    if (c.context_begin != begin || c.context != text.substr(begin, end - begin)) {
      return at + "context is not the text from min(span, sentence) to max(span, sentence)";
    }
  }
  return "";
}

// jsonl_fuzzer: the JSON Lines reader. Every non-blank line becomes a document or a
// diagnostic that skips it.
inline std::string CheckJsonl(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  uint64_t docs = 0, skipped = 0;
  const uint64_t inputs = ReadJsonLines(
      in, "fuzz", {}, [&](Document) { ++docs; }, [&](Diagnostic d) { skipped += d.skipped; });
  if (docs + skipped != inputs) {
    return std::to_string(inputs) + " inputs but " + std::to_string(docs) + " documents and " +
           std::to_string(skipped) + " skipped";
  }
  return "";
}

namespace internal {

// Reads the fuzz bytes as small numbers, doubles and words; zeros once they run out.
class FuzzBytes {
 public:
  FuzzBytes(const uint8_t* d, size_t n) : d_(d), n_(n) {}
  bool empty() const { return i_ >= n_; }
  uint8_t Byte() { return i_ < n_ ? d_[i_++] : 0; }
  double Double() {
    double v = 0;
    if (i_ + sizeof v <= n_) {
      std::memcpy(&v, d_ + i_, sizeof v);
      i_ += sizeof v;
    }
    return v;
  }
  std::string Word() {
    static const char* kWords[] = {"einbahnstraße", "zweibahnstraße", "nicht", "one-way",
                                   "two-way", "russia", "north_korea", "12", "not", "ist"};
    return kWords[Byte() % 10];
  }

 private:
  const uint8_t* d_;
  size_t n_, i_ = 0;
};

}  // namespace internal

// reconcile_fuzzer: the reconciler over claims built from the bytes (kinds, keys from a small
// alphabet so that claims meet, arbitrary intervals, dates, quotes and roles). Severities stay
// in 0..1, confidences are numbers, and every claim reference points at a claim.
inline std::string CheckReconcile(const uint8_t* data, size_t size) {
  internal::FuzzBytes in(data, size);
  std::vector<DocumentResult> docs(1 + in.Byte() % 4);
  for (size_t k = 0; k < docs.size(); ++k) docs[k].id = "d" + std::to_string(k);
  while (!in.empty()) {
    DocumentResult& d = docs[in.Byte() % docs.size()];
    Claim c;
    c.kind = static_cast<ClaimKind>(in.Byte() % 5);
    c.key = "k" + std::to_string(in.Byte() % 3);
    c.value.low = in.Double();
    c.value.high = in.Double();
    c.value.low_open = in.Byte() & 1;
    c.value.high_open = in.Byte() & 1;
    c.unit = in.Byte() % 2 ? "troops" : "USD";
    c.modality = static_cast<Modality>(in.Byte() % 6);
    c.source = in.Byte() % 2 ? "cnn" : "";
    c.confidence = (in.Byte() % 101) / 100.0;
    const int day = in.Byte() % 60;
    DateFields date;
    if (in.Byte() % 2) {
      date.range = DateRange{absl::CivilDay(2024, 10, 1) + day,
                             absl::CivilDay(2024, 10, 1) + day + in.Byte() % 5};
    }
    QuoteFields quote;
    quote.speaker = in.Byte() % 2 ? "antony_blinken" : "john_kirby";
    c.form = static_cast<QuoteForm>(in.Byte() % 3);
    for (int w = in.Byte() % 6; w > 0; --w) quote.content += in.Word() + " ";
    quote.topics = {in.Byte() % 2 ? "russia" : "north_korea"};
    RoleFields role;
    role.person = quote.speaker;
    role.role = in.Byte() % 2 ? "us_secretary_of_state" : "us_secretary_of_defense";
    // A claim holds the fields of its own kind.
    if (c.kind == ClaimKind::kDate) c.mutable_date() = std::move(date);
    if (c.kind == ClaimKind::kQuote) c.mutable_quote() = std::move(quote);
    if (c.kind == ClaimKind::kRole) c.mutable_role() = std::move(role);
    d.claims.push_back(std::move(c));
  }
  const std::vector<Finding> findings = FuzzChecker().Reconcile(docs);
  for (size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    const std::string at = "finding " + std::to_string(i) + ": ";
    if (!(f.severity >= 0 && f.severity <= 1)) return at + "severity outside 0..1";
    if (std::isnan(f.confidence)) return at + "confidence is NaN";
    for (const std::vector<ClaimRef>* side : {&f.side_a, &f.side_b}) {
      for (const ClaimRef& r : *side) {
        if (r.document >= docs.size() || r.claim >= docs[r.document].claims.size()) {
          return at + "reference to a claim that does not exist";
        }
      }
    }
  }
  return "";
}

}  // namespace crosscheck::fuzz

#endif  // CROSSCHECK_TESTS_FUZZ_FUZZ_CHECKS_H_
