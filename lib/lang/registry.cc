#include <algorithm>
#include <filesystem>

#include "fmt/format.h"
#include "lib/lang/detect.h"
#include "lib/lang/lang.h"
#include "lib/lang/pack.h"

namespace crosscheck::internal {
namespace {

constexpr std::string_view kBuiltinCodes[] = {"de", "en"};  // By Lang.

const TableSchema kFunctionWords{"function_words", {{"form"}}};
// Words that say nothing of a story (lib/story/signature.cc reads the built-in ones): checked
// here, with the other tables of the language.
const TableSchema kStopwords{"stopwords", {{"form"}}, false, true};

// A language code as a folder may name one: two or three lower-case ASCII letters.
bool IsLanguageCode(std::string_view code) {
  return (code.size() == 2 || code.size() == 3) &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace

LanguageRegistry::LanguageRegistry() = default;
LanguageRegistry::~LanguageRegistry() = default;

absl::StatusOr<std::shared_ptr<const LanguageRegistry>> LanguageRegistry::Create(
    const ExtractOptions& options) {
  std::shared_ptr<LanguageRegistry> r(new LanguageRegistry);
  auto detector = std::make_unique<LanguageDetector>();
  std::vector<std::unique_ptr<FolderSource>> folders;
  auto add = [&](const DataSource& source, std::string code, bool builtin) -> absl::Status {
    const LanguageFolder folder(source, code, builtin);
    const Lang id = static_cast<Lang>(r->packs_.size());
    absl::StatusOr<std::unique_ptr<LanguagePack>> pack = LanguagePack::Build(folder, id, options);
    if (!pack.ok()) return pack.status();
    absl::StatusOr<Table> words = folder.Load(kFunctionWords);
    if (!words.ok()) return words.status();
    if (absl::Status s = folder.Load(kStopwords).status(); !s.ok()) return s;
    detector->Add(code, *words);
    r->packs_.push_back(*std::move(pack));
    return absl::OkStatus();
  };
  for (std::string_view code : kBuiltinCodes) {
    if (absl::Status s = add(EmbeddedSource(), std::string(code), true); !s.ok()) return s;
  }
  for (const std::string& dir : options.language_dirs) {
    std::string_view trimmed = dir;
    while (trimmed.size() > 1 && trimmed.back() == '/') trimmed.remove_suffix(1);
    const std::string code = std::filesystem::path(trimmed).filename().string();
    if (!IsLanguageCode(code)) {
      return absl::InvalidArgumentError(fmt::format(
          "language folder {}: its name is the language code, two or three letters a-z", dir));
    }
    if (r->Find(code) != nullptr) {
      return absl::InvalidArgumentError(
          fmt::format("language folder {}: language {} is there already", dir, code));
    }
    if (!std::filesystem::is_directory(dir)) {
      return absl::FailedPreconditionError(fmt::format("{}: no such folder", dir));
    }
    const auto& source = *folders.emplace_back(std::make_unique<FolderSource>(dir, code));
    if (absl::Status s = add(source, code, false); !s.ok()) return s;
  }
  r->detector_ = std::move(detector);
  return std::shared_ptr<const LanguageRegistry>(std::move(r));
}

const LanguagePack* LanguageRegistry::Find(std::string_view code) const {
  for (const auto& p : packs_) {
    if (p->lang == code) return p.get();
  }
  return nullptr;
}

std::string LanguageRegistry::Detect(std::string_view text) const {
  return detector_->Detect(text);
}

std::string LanguageRegistry::Codes() const {
  std::string out;
  for (size_t i = 0; i < packs_.size(); ++i) {
    if (i > 0) out += i + 1 == packs_.size() ? " or " : ", ";
    out += packs_[i]->lang;
  }
  return out;
}

}  // namespace crosscheck::internal
