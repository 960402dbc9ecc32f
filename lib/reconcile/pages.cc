#include "lib/reconcile/pages.h"

#include <cstdint>
#include <cstring>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace crosscheck::internal {

LargePages::LargePages(size_t bytes, bool zeroed) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  constexpr size_t kHuge = size_t{2} << 20;
  // Below a huge page the system's pages cost little, and the rounding up would.
  if (bytes >= kHuge) {
    const size_t length = (bytes + kHuge - 1) / kHuge * kHuge;
    // Mapped with a huge page to spare, so that the room can start on a huge page's boundary.
    void* const map = mmap(nullptr, length + kHuge, PROT_READ | PROT_WRITE,
                           MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (map != MAP_FAILED) {
      const auto start = reinterpret_cast<uintptr_t>(map);
      const uintptr_t aligned = (start + kHuge - 1) & ~(kHuge - 1);
      const uintptr_t end = start + length + kHuge;
      if (aligned > start) munmap(map, aligned - start);
      if (end > aligned + length) {
        munmap(reinterpret_cast<void*>(aligned + length), end - (aligned + length));
      }
      // A hint: where the system has no huge pages to give, it gives small ones. Either
      // comes zeroed.
      madvise(reinterpret_cast<void*>(aligned), length, MADV_HUGEPAGE);
      data_ = reinterpret_cast<void*>(aligned);
      mapped_ = length;
      return;
    }
  }
#endif
  data_ = ::operator new(bytes);
  if (zeroed) std::memset(data_, 0, bytes);
}

void LargePages::Release() {
  if (data_ == nullptr) return;
#if defined(__linux__)
  if (mapped_ != 0) {
    munmap(data_, mapped_);
    data_ = nullptr;
    mapped_ = 0;
    return;
  }
#endif
  ::operator delete(data_);
  data_ = nullptr;
}

}  // namespace crosscheck::internal
