// Languages and the registry of their packs. The built-in languages have names in the Lang
// enum; a pack added at run time (ExtractOptions::language_dirs) takes the next free value.
// The registry maps a language code ("de") to its pack and detects a text's language from
// each pack's function words.
//
//   absl::StatusOr<std::shared_ptr<const LanguageRegistry>> r = LanguageRegistry::Create(opts);
//   if (const LanguagePack* pack = (*r)->Find("de")) ...
//
// Immutable once created; safe to share between threads.
#ifndef CROSSCHECK_LIB_LANG_LANG_H_
#define CROSSCHECK_LIB_LANG_LANG_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "crosscheck/options.h"

namespace crosscheck::internal {

enum class Lang : uint8_t {
  kGerman = 0,
  kEnglish = 1,
  kFirstAdded = 2,  // Packs from language_dirs, in their order.
};

inline bool IsBuiltin(Lang l) { return l < Lang::kFirstAdded; }

struct LanguagePack;
class LanguageDetector;

class LanguageRegistry {
 public:
  // The built-in languages and those of options.language_dirs, each built once; a table that
  // is missing, empty or malformed is a FailedPrecondition naming file and line.
  static absl::StatusOr<std::shared_ptr<const LanguageRegistry>> Create(
      const ExtractOptions& options);
  ~LanguageRegistry();

  // The pack of `code`, or nullptr when there is none ("und", a language without data).
  const LanguagePack* Find(std::string_view code) const;
  const LanguagePack& Get(Lang lang) const { return *packs_[static_cast<size_t>(lang)]; }
  // The code of the language `text` is written in, or "und" when unsure.
  std::string Detect(std::string_view text) const;
  // "de, en or fr", for messages.
  std::string Codes() const;

 private:
  LanguageRegistry();
  std::vector<std::unique_ptr<const LanguagePack>> packs_;  // By Lang.
  std::unique_ptr<const LanguageDetector> detector_;
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_LANG_LANG_H_
