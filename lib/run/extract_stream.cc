#include "lib/run/extract_stream.h"

#include <algorithm>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

#include "lib/io/unique_ids.h"
#include "lib/run/progress.h"
#include "lib/run/work_queue.h"

namespace crosscheck::internal {
namespace {

// What one input became: a document or a diagnostic, at its input position.
struct Slot {
  std::optional<DocumentResult> document;
  std::optional<Diagnostic> diagnostic;
};

struct Item {
  size_t slot;
  Document document;
};

// The slots of a run, filled by the reading thread (positions, skips) and the extraction
// threads (results) under one lock.
class Slots {
 public:
  size_t Add(std::optional<Diagnostic> diagnostic = std::nullopt) {
    std::lock_guard lock(mu_);
    slots_.emplace_back();
    slots_.back().diagnostic = std::move(diagnostic);
    return slots_.size() - 1;
  }
  void Set(size_t i, absl::StatusOr<DocumentResult> result, const Document& from) {
    std::lock_guard lock(mu_);
    if (result.ok()) {
      slots_[i].document = *std::move(result);
    } else {
      slots_[i].diagnostic = Diagnostic{from.origin.empty() ? from.id : from.origin,
                                        std::string(result.status().message()), true};
    }
  }
  // Moves the slots into `report` in input order; call once every thread is done.
  void MoveInto(Report& report) {
    for (Slot& slot : slots_) {
      if (slot.document) report.documents.push_back(*std::move(slot.document));
      if (slot.diagnostic) report.diagnostics.push_back(*std::move(slot.diagnostic));
    }
    slots_.clear();
  }

 private:
  std::mutex mu_;
  std::vector<Slot> slots_;
};

void ExtractItems(const Checker& checker, const StreamOptions& options, WorkQueue<Item>& queue,
                  Slots& slots, ProgressMeter& meter) {
  while (std::optional<Item> item = queue.Pop()) {
    const Document& doc = item->document;
    absl::StatusOr<DocumentResult> r = checker.Extract(doc);
    if (r.ok()) {
      if (options.on_extracted) options.on_extracted(doc, *r);
      if (!options.keep_text) {
        r->text.clear();
        r->text.shrink_to_fit();
      }
    }
    meter.Done(doc.text.size());
    slots.Set(item->slot, std::move(r), doc);
  }
}

}  // namespace

int ThreadCount(int jobs) {
  if (jobs > 0) return jobs;
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

Report ExtractStream(const Checker& checker, const InputSource& source,
                     const StreamOptions& options) {
  const int jobs = std::max(1, options.jobs);
  ProgressMeter meter(options.progress, options.total_bytes);
  Slots slots;
  WorkQueue<Item> queue(static_cast<size_t>(jobs) * 4);
  std::vector<std::thread> workers;
  for (int t = 0; t < jobs; ++t) {
    workers.emplace_back([&] { ExtractItems(checker, options, queue, slots, meter); });
  }
  UniqueIds ids;  // Only the reading thread admits ids.
  Report report;
  report.inputs = source(
      [&](Document d) {
        if (std::optional<Diagnostic> duplicate = ids.Admit(d)) {
          slots.Add(std::move(duplicate));
          return;
        }
        queue.Push({slots.Add(), std::move(d)});
        meter.MaybeReport();
      },
      [&](Diagnostic diagnostic) { slots.Add(std::move(diagnostic)); });
  queue.Close();
  for (std::thread& t : workers) t.join();
  slots.MoveInto(report);
  meter.Finish();
  return report;
}

}  // namespace crosscheck::internal
