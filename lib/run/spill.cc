#include "lib/run/spill.h"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "absl/strings/str_cat.h"

namespace crosscheck::internal {

Spill::~Spill() {
  if (file_ != nullptr) std::fclose(file_);
}

void Spill::Open() {
  const char* env = std::getenv("TMPDIR");
  std::string path = std::string(env != nullptr && *env != '\0' ? env : "/tmp") +
                     "/crosscheck-XXXXXX";
  const int fd = ::mkstemp(path.data());
  if (fd < 0) return;
  ::unlink(path.c_str());  // Gone with the process, however it ends.
  file_ = ::fdopen(fd, "w+b");
  if (file_ == nullptr) {
    ::close(fd);
    return;
  }
  // stdio's buffer is the file system's block, 4 KB: the 272 MB of sentences of 100,000
  // articles were 66,000 write calls on the extraction threads.
  buffer_ = std::make_unique<char[]>(kBufferBytes);
  std::setvbuf(file_, buffer_.get(), _IOFBF, kBufferBytes);
}

void Spill::Write(std::string_view bytes) {
  size_ += bytes.size();
  if (file_ == nullptr) {
    memory_ += bytes;
  } else if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size()) {
    failed_ = true;
  }
}

absl::Status Spill::Rewind() {
  if (file_ != nullptr &&
      (failed_ || std::fflush(file_) != 0 || std::fseek(file_, 0, SEEK_SET) != 0)) {
    return absl::UnavailableError(
        absl::StrCat("cannot write a temporary file: ", std::strerror(errno)));
  }
  return absl::OkStatus();
}

bool Spill::Read(size_t size, std::string& out) {
  if (file_ == nullptr) {
    if (size > memory_.size() - read_) return false;
    out.assign(memory_, read_, size);
    read_ += size;
    return true;
  }
  out.resize(size);
  return std::fread(out.data(), 1, size, file_) == size;
}

bool Spill::ReadAt(uint64_t offset, size_t size, std::string& out) {
  if (offset > size_ || size > size_ - offset) return false;
  if (file_ == nullptr) {
    out.assign(memory_, offset, size);
    return true;
  }
  out.resize(size);
  size_t done = 0;
  while (done < size) {
    const ssize_t n = ::pread(::fileno(file_), out.data() + done, size - done,
                              static_cast<off_t>(offset + done));
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

}  // namespace crosscheck::internal
