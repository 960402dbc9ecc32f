// The inputs between reading and the sink of a run. The reading thread opens a slot per input
// in input order, waiting while `window` slots are open, so that memory holds a bounded number
// of documents however uneven they are; any thread fills a slot; whichever thread fills the
// first open one hands every finished slot at the front to the sink, in order, outside the
// lock. Ids are admitted there, so that the first document with an id keeps it whichever
// thread was faster.
#ifndef CROSSCHECK_LIB_RUN_ORDERED_SLOTS_H_
#define CROSSCHECK_LIB_RUN_ORDERED_SLOTS_H_

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "crosscheck/types.h"
#include "lib/io/unique_ids.h"
#include "lib/run/extract_stream.h"
#include "lib/run/work_queue.h"

namespace crosscheck::internal {

// What one input became.
struct Slot {
  std::vector<Diagnostic> diagnostics;  // Warnings while reading, or why it was skipped.
  bool read_document = false;           // A document was read: its id must be admitted.
  std::string id, origin;               // That document's.
  std::optional<DocumentResult> document;  // Extracted.
  std::string prepared;                 // StreamOptions::prepare's bytes.
  std::optional<Diagnostic> failure;    // Extraction failed.
  bool done = false;
  size_t bytes = 0;  // The input's size, for the window's budget.
};

class OrderedSlots {
 public:
  OrderedSlots(QueueBounds window, const StreamSink& sink) : window_(window), sink_(sink) {}

  // The next input position, for an input of `bytes`; waits while the window is full.
  uint64_t Open(size_t bytes) {
    std::unique_lock lock(mu_);
    while (window_.Full(open_.size(), open_bytes_)) {
      opener_waits_ = true;
      room_.wait(lock);
    }
    open_.emplace_back();
    open_.back().bytes = bytes;
    open_bytes_ += bytes;
    return first_ + open_.size() - 1;
  }

  // The slot at `position` is done; hands on what is ready.
  void Fill(uint64_t position, Slot slot) {
    std::unique_lock lock(mu_);
    slot.done = true;
    slot.bytes = open_[position - first_].bytes;
    open_[position - first_] = std::move(slot);
    Deliver(lock);
  }

 private:
  void Deliver(std::unique_lock<std::mutex>& lock) {
    if (delivering_) return;  // That thread will see this slot before it stops.
    delivering_ = true;
    std::vector<Slot> ready;
    while (!open_.empty() && open_.front().done) {
      while (!open_.empty() && open_.front().done) {
        open_bytes_ -= open_.front().bytes;
        ready.push_back(std::move(open_.front()));
        open_.pop_front();
        ++first_;
      }
      if (opener_waits_ && window_.Low(open_.size(), open_bytes_)) {
        opener_waits_ = false;
        room_.notify_all();
      }
      lock.unlock();
      for (Slot& slot : ready) Hand(slot);
      ready.clear();
      lock.lock();
    }
    delivering_ = false;
  }

  void Hand(Slot& slot) {
    for (Diagnostic& d : slot.diagnostics) sink_.diagnostic(std::move(d));
    if (!slot.read_document) return;
    if (std::optional<Diagnostic> duplicate = ids_.Admit(slot.id, slot.origin)) {
      sink_.diagnostic(*std::move(duplicate));
    } else if (slot.document) {
      sink_.document(*std::move(slot.document), std::move(slot.prepared));
    } else if (slot.failure) {
      sink_.diagnostic(*std::move(slot.failure));
    }
  }

  const QueueBounds window_;
  const StreamSink& sink_;
  std::mutex mu_;
  std::condition_variable room_;
  std::deque<Slot> open_;  // Positions first_, first_ + 1, ...
  uint64_t first_ = 0;
  size_t open_bytes_ = 0;
  bool opener_waits_ = false;
  bool delivering_ = false;
  UniqueIds ids_;  // Only the delivering thread admits ids.
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_RUN_ORDERED_SLOTS_H_
