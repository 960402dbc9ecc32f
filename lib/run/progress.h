// Progress of a run: counters the extraction threads add to, reported from the reading thread
// at most twice a second.
#ifndef CROSSCHECK_LIB_RUN_PROGRESS_H_
#define CROSSCHECK_LIB_RUN_PROGRESS_H_

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>

#include "crosscheck/run.h"

namespace crosscheck::internal {

class ProgressMeter {
 public:
  using Callback = std::function<void(const Progress&)>;
  ProgressMeter(Callback callback, uint64_t total_bytes)
      : callback_(std::move(callback)), start_(Clock::now()), last_(start_) {
    progress_.total_bytes = total_bytes;
  }

  // One document extracted; safe from any thread.
  void Done(uint64_t bytes) {
    bytes_ += bytes;
    ++documents_;
  }

  // Reports if half a second has passed since the last report; from the reading thread.
  void MaybeReport() {
    if (!callback_) return;
    const auto now = Clock::now();
    if (now - last_ < std::chrono::milliseconds(500)) return;
    last_ = now;
    Emit(now);
  }

  // The last report, once every document is done.
  void Finish() {
    if (callback_) Emit(Clock::now());
  }

 private:
  using Clock = std::chrono::steady_clock;
  void Emit(Clock::time_point now) {
    progress_.documents = documents_;
    progress_.bytes = bytes_;
    progress_.seconds = std::chrono::duration<double>(now - start_).count();
    callback_(progress_);
  }

  Callback callback_;
  Progress progress_;
  const Clock::time_point start_;
  Clock::time_point last_;
  std::atomic<uint64_t> documents_{0}, bytes_{0};
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_RUN_PROGRESS_H_
