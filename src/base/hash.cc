#include "base/hash.h"

#include <zlib.h>

namespace khaldun::base {

uint32_t Crc32(std::string_view data, uint32_t crc) {
  // zlib takes uInt lengths: feed large buffers in chunks.
  const char* p = data.data();
  size_t n = data.size();
  uLong c = crc;
  while (n > 0) {
    uInt chunk = n > (1u << 30) ? (1u << 30) : static_cast<uInt>(n);
    c = crc32(c, reinterpret_cast<const Bytef*>(p), chunk);
    p += chunk;
    n -= chunk;
  }
  return static_cast<uint32_t>(c);
}

}  // namespace khaldun::base
