#include "port/huge_pages.h"

#include <cstdlib>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace khaldun::port {

namespace {
constexpr size_t kHugePage = size_t{2} << 20;
constexpr size_t kLine = 64;
}  // namespace

void* AllocateLarge(size_t bytes) {
  if (bytes == 0) bytes = 1;
  const size_t align = bytes >= kHugePage ? kHugePage : kLine;
  // aligned_alloc wants a size that is a multiple of the alignment.
  const size_t size = (bytes + align - 1) / align * align;
  void* p = std::aligned_alloc(align, size);
  if (p == nullptr) throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  // Before the first write, so that the pages are faulted in huge. A hint:
  // failure (THP disabled, old kernel) leaves ordinary pages.
  if (align == kHugePage) (void)madvise(p, size, MADV_HUGEPAGE);
#endif
  return p;
}

void FreeLarge(void* p) noexcept { std::free(p); }

}  // namespace khaldun::port
