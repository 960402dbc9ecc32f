#include "lib/engine.h"

#include "fmt/format.h"
#include "lib/extract/tables.h"

namespace crosscheck::internal {

Engine::Engine(Options options, std::shared_ptr<const LanguageRegistry> languages)
    : options_(std::move(options)),
      languages_(std::move(languages)),
      extractor_(options_.extract, *languages_) {
  // Reconciliation reads no language data; the places it needs come with its options.
  if (!options_.reconcile.place_within) options_.reconcile.place_within = GazetteerWithin;
  if (!options_.reconcile.place_country) options_.reconcile.place_country = GazetteerCountry;
}

absl::StatusOr<std::shared_ptr<const Engine>> Engine::Create(Options options) {
  // The recognizers read the common tables in constructors that cannot fail: check first.
  if (absl::Status s = CheckCommonTables(); !s.ok()) return s;
  absl::StatusOr<std::shared_ptr<const LanguageRegistry>> languages =
      LanguageRegistry::Create(options.extract);
  if (!languages.ok()) return languages.status();
  const std::string& lang = options.extract.default_lang;
  if (!lang.empty() && (*languages)->Find(lang) == nullptr) {
    return absl::InvalidArgumentError(
        fmt::format("unsupported language \"{}\" (use {})", lang, (*languages)->Codes()));
  }
  return std::make_shared<const Engine>(std::move(options), *std::move(languages));
}

}  // namespace crosscheck::internal
