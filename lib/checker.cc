// Extraction of one document and reconciliation of extracted ones; runs over many documents
// (threads, reading, the store) are lib/run/.
#include "crosscheck/checker.h"

#include "absl/strings/str_cat.h"
#include "fmt/format.h"
#include "crosscheck/reconcile.h"
#include "crosscheck/story.h"
#include "crosscheck/text.h"
#include "lib/engine.h"
#include "lib/extract/interim.h"

namespace crosscheck {

Checker::Checker(std::shared_ptr<const internal::Engine> engine) : engine_(std::move(engine)) {}

absl::StatusOr<Checker> Checker::Create(Options options) {
  const ExtractOptions& e = options.extract;
  for (double t : {e.approx_tolerance, e.unit_count_tolerance, e.nearly_tolerance,
                   e.round_tolerance, options.reconcile.numeric_gap_tolerance}) {
    if (!(t >= 0 && t < 1)) {
      return absl::InvalidArgumentError(absl::StrCat("tolerance ", t, " is not in [0, 1)"));
    }
  }
  if (!(options.reconcile.min_severity >= 0 && options.reconcile.min_severity <= 1)) {
    return absl::InvalidArgumentError("min_severity must be in [0, 1]");
  }
  absl::StatusOr<std::shared_ptr<const internal::Engine>> engine =
      internal::Engine::Create(std::move(options));
  if (!engine.ok()) return engine.status();
  return Checker(*std::move(engine));
}

const Options& Checker::options() const { return engine_->options(); }

absl::StatusOr<DocumentResult> Checker::Extract(const Document& document) const {
  DocumentResult out;
  out.id = document.id;
  out.published = document.published;
  out.source = document.source;
  out.url = document.url;
  out.origin = document.origin;
  out.lang = document.lang;
  if (document.text.size() > engine_->options().extract.max_document_bytes) {
    return absl::InvalidArgumentError(absl::StrCat(
        "document \"", document.id, "\" of ", document.text.size(), " bytes exceeds the limit"));
  }
  if (out.lang.empty()) out.lang = engine_->options().extract.default_lang;
  if (out.lang.empty()) out.lang = engine_->languages().Detect(document.text);
  absl::StatusOr<std::vector<Claim>> claims =
      engine_->extractor().Extract(document, out.lang, &out.home);
  if (!claims.ok()) {
    return absl::Status(claims.status().code(),
                        absl::StrCat("document \"", document.id, "\": ", claims.status().message()));
  }
  out.claims = *std::move(claims);
  out.story = document.story;
  const StoryOptions& story = engine_->options().story;
  // The signature is taken while the text is here: streaming runs drop it before grouping.
  if (out.story.empty() && !story.one_story) {
    out.story_terms = StorySignature(document.text, out.lang, story);
  }
  out.text = document.text;
  return out;
}

std::vector<Finding> Checker::Reconcile(const std::vector<DocumentResult>& documents) const {
  const ReconcileOptions& options = engine_->options().reconcile;
  const internal::LanguageRegistry& languages = engine_->languages();
  const bool quotes = internal::LacksQuoteTerms(documents);
  const bool interim = internal::LacksInterimMarks(documents, languages);
  if (!quotes && !interim) return crosscheck::Reconcile(documents, options);
  // Claims read back from JSON come without the terms quotations are compared by, and
  // without the mark of a projection's figure (their sources say it).
  std::vector<DocumentResult> completed = documents;
  for (DocumentResult& d : completed) {
    if (quotes) engine_->extractor().quote_terms().DeriveAll(d.claims);
    if (interim) internal::MarkInterim(d, languages);
  }
  return crosscheck::Reconcile(completed, options);
}

}  // namespace crosscheck
