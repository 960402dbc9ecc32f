// libFuzzer target: the reconciler over claims built from fuzz bytes (kinds, keys from a
// small alphabet so that claims meet, arbitrary intervals, dates, quotes and roles).
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "crosscheck/checker.h"

namespace {

class Bytes {
 public:
  Bytes(const uint8_t* d, size_t n) : d_(d), n_(n) {}
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

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const crosscheck::Checker* checker = [] {
    auto c = crosscheck::Checker::Create();
    return new crosscheck::Checker(*c);
  }();
  Bytes in(data, size);
  std::vector<crosscheck::DocumentResult> docs(1 + in.Byte() % 4);
  for (size_t k = 0; k < docs.size(); ++k) docs[k].id = "d" + std::to_string(k);
  while (!in.empty()) {
    crosscheck::DocumentResult& d = docs[in.Byte() % docs.size()];
    crosscheck::Claim c;
    c.kind = static_cast<crosscheck::ClaimKind>(in.Byte() % 5);
    c.key = "k" + std::to_string(in.Byte() % 3);
    c.value.low = in.Double();
    c.value.high = in.Double();
    c.value.low_open = in.Byte() & 1;
    c.value.high_open = in.Byte() & 1;
    c.unit = in.Byte() % 2 ? "troops" : "USD";
    c.modality = static_cast<crosscheck::Modality>(in.Byte() % 5);
    c.source = in.Byte() % 2 ? "cnn" : "";
    c.confidence = (in.Byte() % 101) / 100.0;
    const int day = in.Byte() % 60;
    if (in.Byte() % 2) c.date = crosscheck::DateRange{absl::CivilDay(2024, 10, 1) + day,
                                                      absl::CivilDay(2024, 10, 1) + day + in.Byte() % 5};
    c.speaker = in.Byte() % 2 ? "antony_blinken" : "john_kirby";
    c.form = static_cast<crosscheck::QuoteForm>(in.Byte() % 3);
    for (int w = in.Byte() % 6; w > 0; --w) c.content += in.Word() + " ";
    c.topics = {in.Byte() % 2 ? "russia" : "north_korea"};
    c.person = c.speaker;
    c.role = in.Byte() % 2 ? "us_secretary_of_state" : "us_secretary_of_defense";
    d.claims.push_back(std::move(c));
  }
  for (const crosscheck::Finding& f : checker->Reconcile(docs)) {
    if (!(f.severity >= 0 && f.severity <= 1) || std::isnan(f.confidence)) __builtin_trap();
    for (const auto* side : {&f.side_a, &f.side_b}) {
      for (const crosscheck::ClaimRef& r : *side) {
        if (r.document >= docs.size() || r.claim >= docs[r.document].claims.size()) __builtin_trap();
      }
    }
  }
  return 0;
}
