// The bytes crosscheck.dask moves between processes: claims, documents and findings in a
// compact binary form. The claims JSON format (claims_io.h) carries the same fields but costs
// ten times as much to write and read, which was most of a distributed run's overhead.
// Every field is written: a field added to Claim, DocumentResult or Finding is added here
// (the static_asserts in codec.cc stop the build until it is).
#ifndef CROSSCHECK_PYTHON_SRC_CODEC_H_
#define CROSSCHECK_PYTHON_SRC_CODEC_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "crosscheck/types.h"

namespace crosscheck::python {

class Encoder {
 public:
  explicit Encoder(std::string& out) : out_(out) {}
  void U32(uint32_t v) { Raw(&v, sizeof v); }
  void I64(int64_t v) { Raw(&v, sizeof v); }
  void F64(double v) { Raw(&v, sizeof v); }
  void Str(std::string_view s) {
    U32(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  void Day(const std::optional<absl::CivilDay>& d);
  void Range(const std::optional<DateRange>& r);
  void Claim(const crosscheck::Claim& c);
  // The document's fields but its claims and text.
  void Header(const DocumentResult& d);
  void Diagnostic(const crosscheck::Diagnostic& d);

 private:
  void Raw(const void* p, size_t n) { out_.append(static_cast<const char*>(p), n); }
  std::string& out_;
};

// Reads what Encoder wrote; throws ValueError on bytes that end early.
class Decoder {
 public:
  explicit Decoder(std::string_view in) : in_(in) {}
  bool done() const { return in_.empty(); }
  uint32_t U32() { uint32_t v; Raw(&v, sizeof v); return v; }
  int64_t I64() { int64_t v; Raw(&v, sizeof v); return v; }
  double F64() { double v; Raw(&v, sizeof v); return v; }
  std::string Str();
  StringList Strings();  // A count, then the strings.
  std::optional<absl::CivilDay> Day();
  std::optional<DateRange> Range();
  crosscheck::Claim Claim();
  void Header(DocumentResult& d);
  crosscheck::Diagnostic Diagnostic();

 private:
  void Raw(void* p, size_t n);
  std::string_view in_;
};

}  // namespace crosscheck::python

#endif  // CROSSCHECK_PYTHON_SRC_CODEC_H_
