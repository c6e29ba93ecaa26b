// Internal. Use include/khaldun/khaldun.h.
// ParallelFor: runs fn(i) for i in [0, n) on `threads` threads (the caller's
// thread included). Items are handed out in small chunks from an atomic
// counter, so uneven work balances itself. Results are written by index, so
// output order never depends on the thread count.
#ifndef KHALDUN_SRC_BASE_PARALLEL_H_
#define KHALDUN_SRC_BASE_PARALLEL_H_

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace khaldun::base {

template <typename Fn>
void ParallelFor(size_t n, int threads, Fn fn) {
  constexpr size_t kChunk = 16;
  if (threads <= 1 || n <= kChunk) {
    for (size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::atomic<size_t> next{0};
  auto worker = [&]() {
    for (;;) {
      size_t begin = next.fetch_add(kChunk);
      if (begin >= n) return;
      size_t end = std::min(n, begin + kChunk);
      for (size_t i = begin; i < end; ++i) fn(i);
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
}

}  // namespace khaldun::base

#endif  // KHALDUN_SRC_BASE_PARALLEL_H_
