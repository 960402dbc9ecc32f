// Large working buffers backed by huge pages where the kernel offers them on request
// (Linux transparent huge pages in "madvise" mode): a 4 MiB document's token store is 30 MB,
// and faulting it in 4 KiB at a time cost more than reading the text (on a virtual machine a
// fault is tens of microseconds). Advice only: nothing changes where it is not honoured.
#ifndef CROSSCHECK_LIB_BASE_HUGE_PAGES_H_
#define CROSSCHECK_LIB_BASE_HUGE_PAGES_H_

#include <cstddef>

namespace crosscheck::internal {

// Advises huge pages for the whole 2 MiB pages inside [p, p + bytes) when that is at least
// two of them; smaller buffers are left alone. Call it before the memory is first written.
void AdviseHugePages(const void* p, size_t bytes);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_BASE_HUGE_PAGES_H_
