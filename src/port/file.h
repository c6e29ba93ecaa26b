// Internal. Use include/khaldun/khaldun.h.
// File access behind a small interface, so tests can inject failures and the
// rest of the library never touches the OS directly.
//
// Thread safety: the functions are reentrant; a MappedFile is immutable after
// Open and may be read from many threads.
#ifndef KHALDUN_SRC_PORT_FILE_H_
#define KHALDUN_SRC_PORT_FILE_H_

#include <memory>
#include <string>
#include <string_view>

#include "khaldun/status.h"

namespace khaldun::port {

// Reads the whole file. Errors: kNotFound, kIoError.
[[nodiscard]] Result<std::string> ReadFile(const std::string& path);

// Writes `contents` to `path` atomically: a temporary file beside it is
// written, fsynced and renamed over `path`. Errors: kIoError.
[[nodiscard]] Status WriteFileAtomic(const std::string& path, std::string_view contents);

// A read-only memory map of a whole file (or, for empty files and when mmap is
// unavailable, a heap copy). Not copyable: owns the mapping.
class MappedFile {
 public:
  // Errors: kNotFound, kIoError.
  [[nodiscard]] static Result<std::unique_ptr<MappedFile>> Open(const std::string& path);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  std::string_view bytes() const { return bytes_; }
  const std::string& path() const { return path_; }

 private:
  MappedFile() = default;
  std::string path_;
  std::string_view bytes_;
  void* map_ = nullptr;
  size_t map_size_ = 0;
  std::string heap_copy_;
};

}  // namespace khaldun::port

#endif  // KHALDUN_SRC_PORT_FILE_H_
