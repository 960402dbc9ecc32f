// Memory for reconciliation's largest arrays, the facts (about 100 bytes a compared claim) and
// the key table, taken from the system in 2 MB pages where it allows them. Written once in
// full, 100 MB of facts in 4 KB pages were 24,000 page faults, which cost about as much as
// copying the facts (a third of the copying pass's time in the profile of a million claims).
#ifndef CROSSCHECK_LIB_RECONCILE_PAGES_H_
#define CROSSCHECK_LIB_RECONCILE_PAGES_H_

#include <cstddef>
#include <utility>

namespace crosscheck::internal {

class LargePages {
 public:
  LargePages() = default;
  // Room for `bytes`, aligned for any object, all zero bytes if `zeroed`; small requests come
  // from operator new.
  explicit LargePages(size_t bytes, bool zeroed = false);
  ~LargePages() { Release(); }
  LargePages(LargePages&& o) noexcept
      : data_(std::exchange(o.data_, nullptr)), mapped_(std::exchange(o.mapped_, 0)) {}
  LargePages& operator=(LargePages&& o) noexcept {
    if (this != &o) {
      Release();
      data_ = std::exchange(o.data_, nullptr);
      mapped_ = std::exchange(o.mapped_, 0);
    }
    return *this;
  }
  void* data() const { return data_; }
  void Release();

 private:
  void* data_ = nullptr;
  size_t mapped_ = 0;  // Bytes mapped from the system; 0: data_ is from operator new.
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_RECONCILE_PAGES_H_
