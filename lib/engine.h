// The compiled state behind a Checker: options plus language data, built once.
#ifndef CROSSCHECK_LIB_ENGINE_H_
#define CROSSCHECK_LIB_ENGINE_H_

#include <memory>

#include "crosscheck/options.h"
#include "lib/extract/extract.h"

namespace crosscheck::internal {

class Engine {
 public:
  explicit Engine(Options options);
  const Options& options() const { return options_; }
  const Extractor& extractor() const { return extractor_; }

 private:
  Options options_;
  Extractor extractor_;
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_ENGINE_H_
