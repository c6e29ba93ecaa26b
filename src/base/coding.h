// Internal. Use include/khaldun/khaldun.h.
// Little-endian fixed-width encoding for the on-disk formats (model and
// dictionary files). Readers never cast an unaligned pointer: every load goes
// through memcpy, which compilers turn into a single mov on x86.
#ifndef KHALDUN_SRC_BASE_CODING_H_
#define KHALDUN_SRC_BASE_CODING_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace khaldun::base {

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
              "khaldun's file formats are little-endian; big-endian hosts need byte swaps here");

template <typename T>
inline void PutFixed(std::string* dst, T value) {
  char buf[sizeof(T)];
  std::memcpy(buf, &value, sizeof(T));
  dst->append(buf, sizeof(T));
}

template <typename T>
inline T DecodeFixed(const char* p) {
  T value;
  std::memcpy(&value, p, sizeof(T));
  return value;
}

// Appends zero bytes until dst->size() is a multiple of `alignment`.
inline void PadTo(std::string* dst, size_t alignment) {
  while (dst->size() % alignment != 0) dst->push_back('\0');
}

// A bounds-checked cursor over bytes. Every Read* returns false (and leaves
// the output unspecified) instead of reading past the end, so a truncated or
// hostile file can never make a reader overrun its buffer.
class ByteReader {
 public:
  explicit ByteReader(std::string_view bytes) : bytes_(bytes) {}

  template <typename T>
  bool Read(T* out) {
    if (bytes_.size() - pos_ < sizeof(T)) return false;
    std::memcpy(out, bytes_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  // A u32 length followed by that many bytes.
  bool ReadString(std::string* out) {
    uint32_t n;
    if (!Read(&n) || bytes_.size() - pos_ < n) return false;
    out->assign(bytes_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  bool ReadBytes(size_t n, std::string_view* out) {
    if (bytes_.size() - pos_ < n) return false;
    *out = bytes_.substr(pos_, n);
    pos_ += n;
    return true;
  }
  size_t position() const { return pos_; }
  size_t remaining() const { return bytes_.size() - pos_; }

 private:
  std::string_view bytes_;
  size_t pos_ = 0;
};

inline void PutString(std::string* dst, std::string_view s) {
  PutFixed<uint32_t>(dst, static_cast<uint32_t>(s.size()));
  dst->append(s.data(), s.size());
}

}  // namespace khaldun::base

#endif  // KHALDUN_SRC_BASE_CODING_H_
