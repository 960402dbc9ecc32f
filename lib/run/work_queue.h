// A bounded queue between one reading thread and the extraction threads, so that memory
// holds at most a few documents' texts at a time.
//
// Bounds hold for both queues of a run (this one and OrderedSlots): many small documents per
// thread, so that the threads rarely wait for each other, but few large ones.
#ifndef CROSSCHECK_LIB_RUN_WORK_QUEUE_H_
#define CROSSCHECK_LIB_RUN_WORK_QUEUE_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>
#include <utility>

namespace crosscheck::internal {

struct QueueBounds {
  size_t max_items;    // Never more items than this.
  size_t min_items;    // Always room for this many, whatever their size.
  size_t byte_budget;  // Past min_items, no more bytes than this.

  bool Full(size_t items, size_t bytes) const {
    return items >= max_items || (items >= min_items && bytes >= byte_budget);
  }
  // Half empty: the waiting side is woken only then, so that it works in bursts (a wake-up
  // per item cost a context switch per document).
  bool Low(size_t items, size_t bytes) const {
    return items <= max_items / 2 && (items <= min_items / 2 || bytes <= byte_budget / 2);
  }
};

template <typename T>
class WorkQueue {
 public:
  explicit WorkQueue(QueueBounds bounds) : bounds_(bounds) {}

  // Waits while the queue is full.
  void Push(T item, size_t bytes) {
    std::unique_lock lock(mu_);
    while (bounds_.Full(items_.size(), bytes_)) {
      pusher_waits_ = true;
      not_full_.wait(lock);
    }
    items_.push_back({std::move(item), bytes});
    bytes_ += bytes;
    not_empty_.notify_one();
  }

  // Waits for an item; empty once the queue is closed and drained.
  std::optional<T> Pop() {
    std::unique_lock lock(mu_);
    not_empty_.wait(lock, [&] { return !items_.empty() || closed_; });
    if (items_.empty()) return std::nullopt;
    T item = std::move(items_.front().item);
    bytes_ -= items_.front().bytes;
    items_.pop_front();
    if (pusher_waits_ && bounds_.Low(items_.size(), bytes_)) {
      pusher_waits_ = false;
      not_full_.notify_one();
    }
    return item;
  }

  // No more items will come.
  void Close() {
    std::lock_guard lock(mu_);
    closed_ = true;
    not_empty_.notify_all();
  }

 private:
  struct Entry {
    T item;
    size_t bytes;
  };

  std::mutex mu_;
  std::condition_variable not_full_, not_empty_;
  std::deque<Entry> items_;
  size_t bytes_ = 0;
  const QueueBounds bounds_;
  bool pusher_waits_ = false;
  bool closed_ = false;
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_RUN_WORK_QUEUE_H_
