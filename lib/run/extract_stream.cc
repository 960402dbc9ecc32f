#include "lib/run/extract_stream.h"

#include <algorithm>
#include <optional>
#include <thread>
#include <utility>
#include <variant>
#include <vector>

#include "lib/run/ordered_slots.h"
#include "lib/run/progress.h"
#include "lib/run/work_queue.h"

namespace crosscheck::internal {
namespace {

struct Item {
  uint64_t position;
  InputItem input;
};

size_t InputBytes(const InputItem& input) {
  if (const Document* doc = std::get_if<Document>(&input)) return doc->text.size();
  return std::get<JsonLine>(input).bytes.size();
}

// Extracts one document into its slot.
void ExtractInto(const Checker& checker, const StreamOptions& options, uint64_t position,
                 const Document& doc, Slot& slot, ProgressMeter& meter) {
  slot.read_document = true;
  slot.id = doc.id;
  slot.origin = doc.origin;
  absl::StatusOr<DocumentResult> r = checker.Extract(doc);
  meter.Done(doc.text.size());
  if (!r.ok()) {
    slot.failure = Diagnostic{doc.origin.empty() ? doc.id : doc.origin,
                              std::string(r.status().message()), true};
    return;
  }
  if (options.on_extracted) options.on_extracted(position, doc, *r);
  if (!options.keep_text) {
    r->text.clear();
    r->text.shrink_to_fit();
  }
  if (options.prepare) slot.prepared = options.prepare(*r);
  slot.document = *std::move(r);
}

void ExtractItems(const Checker& checker, const StreamOptions& options, WorkQueue<Item>& queue,
                  OrderedSlots& slots, ProgressMeter& meter) {
  while (std::optional<Item> item = queue.Pop()) {
    Slot slot;
    if (const Document* doc = std::get_if<Document>(&item->input)) {
      ExtractInto(checker, options, item->position, *doc, slot, meter);
    } else {
      // Parsed here, not on the reading thread, so that reading does not serialise the run.
      ParseJsonLine(
          std::get<JsonLine>(item->input),
          [&](Document doc) { ExtractInto(checker, options, item->position, doc, slot, meter); },
          [&](Diagnostic d) { slot.diagnostics.push_back(std::move(d)); });
    }
    slots.Fill(item->position, std::move(slot));
  }
}

}  // namespace

int ThreadCount(int jobs) {
  if (jobs > 0) return jobs;
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

uint64_t ExtractInOrder(const Checker& checker, const InputSource& source,
                        const StreamOptions& options, const StreamSink& sink) {
  const size_t jobs = static_cast<size_t>(std::max(1, options.jobs));
  ProgressMeter meter(options.progress, options.total_bytes);
  // Inputs waiting per thread: 16 small ones (4 MB), or at least one large one; twice that
  // open, so that those done can wait for an earlier slow one.
  constexpr size_t kMB = size_t{1} << 20;
  OrderedSlots slots({jobs * 32, jobs * 2, jobs * 8 * kMB}, sink);
  WorkQueue<Item> queue({jobs * 16, jobs, jobs * 4 * kMB});
  std::vector<std::thread> workers;
  for (size_t t = 0; t < jobs; ++t) {
    workers.emplace_back([&] { ExtractItems(checker, options, queue, slots, meter); });
  }
  const uint64_t inputs = source(
      [&](InputItem input) {
        const size_t bytes = InputBytes(input);
        queue.Push({slots.Open(bytes), std::move(input)}, bytes);
        meter.MaybeReport();
      },
      [&](Diagnostic diagnostic) {
        Slot slot;
        slot.diagnostics.push_back(std::move(diagnostic));
        slots.Fill(slots.Open(0), std::move(slot));
      });
  queue.Close();
  for (std::thread& t : workers) t.join();
  meter.Finish();
  return inputs;
}

Report ExtractStream(const Checker& checker, const InputSource& source,
                     const StreamOptions& options) {
  Report report;
  const StreamSink sink{
      [&](DocumentResult d, std::string) { report.documents.push_back(std::move(d)); },
      [&](Diagnostic d) { report.diagnostics.push_back(std::move(d)); }};
  report.inputs = ExtractInOrder(checker, source, options, sink);
  return report;
}

}  // namespace crosscheck::internal
