#include "port/huge_pages.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <numeric>
#include <vector>

namespace khaldun::port {
namespace {

TEST(HugePages, LargeBlocksAre2MiBAlignedSmallOnesLineAligned) {
  for (size_t bytes : {size_t{0}, size_t{1}, size_t{100}, size_t{2} << 20, (size_t{5} << 20) + 3}) {
    void* p = AllocateLarge(bytes);
    ASSERT_NE(p, nullptr);
    const uintptr_t align = bytes >= (size_t{2} << 20) ? (size_t{2} << 20) : 64;
    EXPECT_EQ(reinterpret_cast<uintptr_t>(p) % align, 0u) << bytes;
    if (bytes > 0) {
      // The whole block is writable.
      static_cast<char*>(p)[0] = 1;
      static_cast<char*>(p)[bytes - 1] = 2;
    }
    FreeLarge(p);
  }
}

TEST(HugePages, VectorWithTheAllocatorKeepsItsContents) {
  std::vector<uint32_t, HugePageAllocator<uint32_t>> v(1u << 20);  // 4 MiB
  std::iota(v.begin(), v.end(), 0u);
  auto moved = std::move(v);
  ASSERT_EQ(moved.size(), 1u << 20);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(moved.data()) % (size_t{2} << 20), 0u);
  EXPECT_EQ(moved[123456], 123456u);
  moved.resize(10);
  moved.shrink_to_fit();
  EXPECT_EQ(moved[9], 9u);
}

}  // namespace
}  // namespace khaldun::port
