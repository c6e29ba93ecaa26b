// Internal. Use include/khaldun/khaldun.h.
// An allocator for large tables that are read at random (the tagger's and
// parser's weight lookup tables): allocations of 2 MiB or more are aligned
// to 2 MiB and, on Linux, marked for transparent huge pages.
//
// Why: a syntax model's tables are about 30 MB read a few bytes at a time
// at random places. With 4 KiB pages nearly every read also misses the TLB
// (a few thousand entries cover only a few MB), and a page walk costs more
// than the read, the more so in a virtual machine. With 2 MiB pages the
// tables need 15 TLB entries. Where huge pages are unavailable (other
// systems, THP disabled) this is an ordinary aligned allocation.
//
// Thread safety: stateless; safe to use from many threads.
#ifndef KHALDUN_SRC_PORT_HUGE_PAGES_H_
#define KHALDUN_SRC_PORT_HUGE_PAGES_H_

#include <cstddef>
#include <new>

namespace khaldun::port {

// Returns at least `bytes` bytes aligned to 64, and to 2 MiB (with the huge
// page hint) when `bytes` is 2 MiB or more. Throws std::bad_alloc on failure.
// Free with FreeLarge.
void* AllocateLarge(size_t bytes);
void FreeLarge(void* p) noexcept;

template <typename T>
struct HugePageAllocator {
  using value_type = T;
  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) noexcept {}
  T* allocate(size_t n) {
    if (n > static_cast<size_t>(-1) / sizeof(T)) throw std::bad_array_new_length();
    return static_cast<T*>(AllocateLarge(n * sizeof(T)));
  }
  void deallocate(T* p, size_t) noexcept { FreeLarge(p); }
  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const noexcept {
    return true;
  }
};

}  // namespace khaldun::port

#endif  // KHALDUN_SRC_PORT_HUGE_PAGES_H_
