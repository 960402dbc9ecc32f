// An unlinked temporary file that a run writes bytes to and reads them back from, so that what
// waits for the end of a run (claims JSON Lines before the stories are known, sentences before
// the findings are) is held outside the process's memory.
#ifndef CROSSCHECK_LIB_RUN_SPILL_H_
#define CROSSCHECK_LIB_RUN_SPILL_H_

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "absl/status/status.h"

namespace crosscheck::internal {

// In memory where no temporary file can be made (a read-only /tmp), so that the run still
// works, only holding more.
class Spill {
 public:
  Spill() = default;
  Spill(const Spill&) = delete;
  Spill& operator=(const Spill&) = delete;
  ~Spill();

  // In $TMPDIR, else /tmp.
  void Open();
  void Write(std::string_view bytes);
  uint64_t size() const { return size_; }  // Bytes written.

  // After the writing: flushes it and reads from the start.
  absl::Status Rewind();
  bool Read(size_t size, std::string& out);
  // After Rewind(): the `size` bytes at `offset`.
  bool ReadAt(uint64_t offset, size_t size, std::string& out);

 private:
  static constexpr size_t kBufferBytes = size_t{1} << 20;
  std::unique_ptr<char[]> buffer_;  // The file's stdio buffer.
  std::FILE* file_ = nullptr;
  bool failed_ = false;
  uint64_t size_ = 0;
  std::string memory_;  // Without a file.
  size_t read_ = 0;
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_RUN_SPILL_H_
