// Names of the public enums, as they appear in reports, and evidence accessors.
#include <string_view>

#include "crosscheck/types.h"

namespace crosscheck {

std::string_view ToString(ClaimKind kind) {
  switch (kind) {
    case ClaimKind::kQuantity: return "quantity";
    case ClaimKind::kMoney: return "money";
    case ClaimKind::kDate: return "date";
    case ClaimKind::kQuote: return "quote";
    case ClaimKind::kRole: return "role";
  }
  return "unknown";
}

std::string_view ToString(Modality modality) {
  switch (modality) {
    case Modality::kUnspecified: return "unspecified";
    case Modality::kHappened: return "happened";
    case Modality::kInitial: return "initial";
    case Modality::kPlanned: return "planned";
    case Modality::kProjected: return "projected";
    case Modality::kLatest: return "latest";
  }
  return "unknown";
}

std::string_view ToString(QuoteForm form) {
  switch (form) {
    case QuoteForm::kDirect: return "direct";
    case QuoteForm::kFragment: return "fragment";
    case QuoteForm::kLabel: return "label";
  }
  return "unknown";
}

std::string_view ToString(FindingKind kind) {
  switch (kind) {
    case FindingKind::kNumeric: return "numeric";
    case FindingKind::kQuote: return "quote";
    case FindingKind::kRole: return "role";
    case FindingKind::kDate: return "date";
  }
  return "unknown";
}

std::string_view ToString(FindingType type) {
  switch (type) {
    case FindingType::kContradiction: return "contradiction";
    case FindingType::kDispute: return "dispute";
    case FindingType::kUpdate: return "update";
    case FindingType::kInconsistency: return "inconsistency";
  }
  return "unknown";
}

std::string_view ToString(Aspect aspect) {
  switch (aspect) {
    case Aspect::kLevel: return "level";
    case Aspect::kCumulative: return "cumulative";
    case Aspect::kChange: return "change";
    case Aspect::kOccasion: return "occasion";
  }
  return "unknown";
}

namespace {

std::string_view FromContext(const Claim& c, Span s, std::string_view text) {
  if (!text.empty()) return s.Of(text);
  if (s.begin < c.context_begin || s.end > c.context_begin + c.context.size()) return {};
  return std::string_view(c.context).substr(s.begin - c.context_begin, s.size());
}

}  // namespace

std::string_view ClaimWords(const Claim& c, std::string_view text) {
  return FromContext(c, c.span, text);
}

std::string_view SentenceWords(const Claim& c, std::string_view text) {
  return FromContext(c, c.sentence, text);
}

Severity SeverityLevel(double severity) {
  if (severity >= 0.7) return Severity::kHigh;
  if (severity >= 0.4) return Severity::kMedium;
  return Severity::kLow;
}

std::string_view ToString(Severity severity) {
  switch (severity) {
    case Severity::kHigh: return "high";
    case Severity::kMedium: return "medium";
    case Severity::kLow: return "low";
  }
  return "unknown";
}

}  // namespace crosscheck
