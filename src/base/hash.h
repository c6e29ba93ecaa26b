// Internal. Use include/khaldun/khaldun.h.
// Fast non-cryptographic hashing for feature keys and string interning, and
// a CRC for file integrity. The hash values of HashBytes/HashMix are stored in
// model files: DO NOT CHANGE them without bumping the model format version.
#ifndef KHALDUN_SRC_BASE_HASH_H_
#define KHALDUN_SRC_BASE_HASH_H_

#include <cstdint>
#include <cstring>
#include <string_view>

namespace khaldun::base {

// 64-bit mixer (the finaliser of SplitMix64): cheap and well distributed.
inline uint64_t HashMix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

// Combines a running hash with one more value.
inline uint64_t HashCombine(uint64_t seed, uint64_t value) {
  return HashMix(seed ^ (value + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2)));
}

// Hash of a byte string: 8 bytes at a time through HashCombine.
inline uint64_t HashBytes(std::string_view s, uint64_t seed = 0x2545F4914F6CDD1DULL) {
  uint64_t h = seed ^ s.size();
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = HashCombine(h, w);
  }
  uint64_t tail = 0;
  std::memcpy(&tail, s.data() + i, s.size() - i);
  return HashCombine(h, tail);
}

// CRC-32 (zlib's polynomial) of `data`, continuing from `crc` (0 to start).
// We use zlib's implementation rather than writing a CRC-32C by hand.
uint32_t Crc32(std::string_view data, uint32_t crc = 0);

}  // namespace khaldun::base

#endif  // KHALDUN_SRC_BASE_HASH_H_
