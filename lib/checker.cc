#include "crosscheck/checker.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "fmt/format.h"
#include "crosscheck/reconcile.h"
#include "crosscheck/story.h"
#include "crosscheck/text.h"
#include "lib/engine.h"

namespace crosscheck {
namespace internal {

Engine::Engine(Options options) : options_(std::move(options)), extractor_(options_.extract) {}

}  // namespace internal

namespace {

int ThreadCount(int jobs) {
  if (jobs > 0) return jobs;
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

// A bounded queue between the reading thread and the extraction threads, so that memory holds
// at most a few documents' text at a time.
class WorkQueue {
 public:
  explicit WorkQueue(size_t capacity) : capacity_(capacity) {}
  void Push(std::pair<size_t, Document> item) {
    std::unique_lock lock(mu_);
    not_full_.wait(lock, [&] { return items_.size() < capacity_; });
    items_.push_back(std::move(item));
    not_empty_.notify_one();
  }
  std::optional<std::pair<size_t, Document>> Pop() {
    std::unique_lock lock(mu_);
    not_empty_.wait(lock, [&] { return !items_.empty() || closed_; });
    if (items_.empty()) return std::nullopt;
    auto item = std::move(items_.front());
    items_.pop_front();
    not_full_.notify_one();
    return item;
  }
  void Close() {
    std::lock_guard lock(mu_);
    closed_ = true;
    not_empty_.notify_all();
  }

 private:
  std::mutex mu_;
  std::condition_variable not_full_, not_empty_;
  std::deque<std::pair<size_t, Document>> items_;
  size_t capacity_;
  bool closed_ = false;
};

}  // namespace

Checker::Checker(std::shared_ptr<const internal::Engine> engine) : engine_(std::move(engine)) {}

absl::StatusOr<Checker> Checker::Create(Options options) {
  const ExtractOptions& e = options.extract;
  for (double t : {e.approx_tolerance, e.nearly_tolerance, e.round_tolerance,
                   options.reconcile.numeric_gap_tolerance}) {
    if (!(t >= 0 && t < 1)) {
      return absl::InvalidArgumentError(absl::StrCat("tolerance ", t, " is not in [0, 1)"));
    }
  }
  if (!(options.reconcile.min_severity >= 0 && options.reconcile.min_severity <= 1)) {
    return absl::InvalidArgumentError("min_severity must be in [0, 1]");
  }
  if (!e.default_lang.empty() && e.default_lang != "de" && e.default_lang != "en") {
    return absl::InvalidArgumentError(
        absl::StrCat("unsupported language \"", e.default_lang, "\" (use de or en)"));
  }
  return Checker(std::make_shared<const internal::Engine>(std::move(options)));
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
  if (out.lang.empty()) out.lang = DetectLanguage(document.text);
  absl::StatusOr<std::vector<Claim>> claims = engine_->extractor().Extract(document, out.lang);
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
  if (!internal::LacksQuoteTerms(documents)) return crosscheck::Reconcile(documents, options);
  // Claims read back from JSON come without the terms quotations are compared by.
  std::vector<DocumentResult> completed = documents;
  for (DocumentResult& d : completed) engine_->extractor().quote_terms().DeriveAll(d.claims);
  return crosscheck::Reconcile(completed, options);
}

Report Checker::Check(std::vector<Document> documents, int jobs) const {
  Report report;
  report.inputs = documents.size();
  const size_t n = documents.size();
  std::vector<absl::StatusOr<DocumentResult>> results(n, absl::UnknownError("not run"));
  jobs = ThreadCount(jobs);
  jobs = static_cast<int>(std::min<size_t>(jobs, std::max<size_t>(n, 1)));
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next.fetch_add(1)) < n;) {
      results[i] = Extract(documents[i]);
      documents[i].text.clear();
      documents[i].text.shrink_to_fit();
    }
  };
  std::vector<std::thread> threads;
  for (int t = 1; t < jobs; ++t) threads.emplace_back(work);
  work();
  for (std::thread& t : threads) t.join();
  // Results are collected in input order, so output does not depend on thread timing.
  for (size_t i = 0; i < n; ++i) {
    if (results[i].ok()) {
      report.documents.push_back(*std::move(results[i]));
    } else {
      report.diagnostics.push_back(
          {documents[i].origin.empty() ? documents[i].id : documents[i].origin,
           std::string(results[i].status().message()), true});
    }
  }
  AssignStories(report.documents, engine_->options().story);
  report.findings = Reconcile(report.documents);
  return report;
}

Report Checker::CheckPaths(const std::vector<std::string>& paths, const ReadOptions& read,
                           const RunOptions& run) const {
  const int jobs = ThreadCount(run.jobs);
  const auto start = std::chrono::steady_clock::now();
  Progress progress;
  if (run.progress) progress.total_bytes = InputBytes(paths, read);
  std::atomic<uint64_t> done_docs{0}, done_bytes{0};

  // Results by input position; an entry is either a document or a diagnostic.
  struct Slot {
    std::optional<DocumentResult> document;
    std::optional<Diagnostic> diagnostic;
  };
  std::mutex results_mu;
  std::vector<Slot> slots;
  WorkQueue queue(static_cast<size_t>(jobs) * 4);
  std::vector<std::thread> workers;
  for (int t = 0; t < jobs; ++t) {
    workers.emplace_back([&] {
      while (auto item = queue.Pop()) {
        auto& [index, doc] = *item;
        absl::StatusOr<DocumentResult> r = Extract(doc);
        done_bytes += doc.text.size();
        ++done_docs;
        std::lock_guard lock(results_mu);
        if (r.ok()) {
          if (!run.keep_text) {
            r->text.clear();
            r->text.shrink_to_fit();
          }
          slots[index].document = *std::move(r);
        } else {
          slots[index].diagnostic = Diagnostic{doc.origin.empty() ? doc.id : doc.origin,
                                               std::string(r.status().message()), true};
        }
      }
    });
  }
  auto last_report = start;
  auto maybe_progress = [&] {
    if (!run.progress) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_report < std::chrono::milliseconds(500)) return;
    last_report = now;
    progress.documents = done_docs;
    progress.bytes = done_bytes;
    progress.seconds = std::chrono::duration<double>(now - start).count();
    run.progress(progress);
  };
  absl::flat_hash_map<std::string, std::string> seen_ids;  // id -> origin
  Report report;
  report.inputs = ForEachInput(
      paths, read,
      [&](Document d) {
        size_t index;
        {
          std::lock_guard lock(results_mu);
          index = slots.size();
          slots.emplace_back();
          auto [it, inserted] = seen_ids.emplace(d.id, d.origin);
          if (!inserted) {
            slots[index].diagnostic =
                Diagnostic{d.origin, fmt::format("duplicate id \"{}\" (first read from {}); skipped",
                                                 d.id, it->second), true};
            return;
          }
        }
        queue.Push({index, std::move(d)});
        maybe_progress();
      },
      [&](Diagnostic diag) {
        std::lock_guard lock(results_mu);
        slots.emplace_back();
        slots.back().diagnostic = std::move(diag);
      });
  queue.Close();
  for (std::thread& t : workers) t.join();
  for (Slot& slot : slots) {
    if (slot.document) report.documents.push_back(*std::move(slot.document));
    if (slot.diagnostic) report.diagnostics.push_back(*std::move(slot.diagnostic));
  }
  if (run.progress) {
    progress.documents = done_docs;
    progress.bytes = done_bytes;
    progress.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.progress(progress);
  }
  AssignStories(report.documents, engine_->options().story);
  if (run.reconcile) report.findings = Reconcile(report.documents);
  return report;
}

}  // namespace crosscheck
