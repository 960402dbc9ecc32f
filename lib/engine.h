// The compiled state behind a Checker: options plus language data, built once.
#ifndef CROSSCHECK_LIB_ENGINE_H_
#define CROSSCHECK_LIB_ENGINE_H_

#include <memory>

#include "absl/status/statusor.h"
#include "crosscheck/options.h"
#include "lib/extract/extract.h"
#include "lib/lang/lang.h"

namespace crosscheck::internal {

class Engine {
 public:
  // Checks the common tables and builds the language packs (a broken table is a
  // FailedPrecondition naming file and line)
  // and checks that options.extract.default_lang is one of them.
  static absl::StatusOr<std::shared_ptr<const Engine>> Create(Options options);

  const Options& options() const { return options_; }
  const LanguageRegistry& languages() const { return *languages_; }
  const Extractor& extractor() const { return extractor_; }

  Engine(Options options, std::shared_ptr<const LanguageRegistry> languages);

 private:
  Options options_;
  std::shared_ptr<const LanguageRegistry> languages_;
  Extractor extractor_;
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_ENGINE_H_
