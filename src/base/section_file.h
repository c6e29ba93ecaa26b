// Internal. Use include/khaldun/khaldun.h.
// The container shared by khaldun's binary files (syntax model, compiled
// knowledge base): a fixed header, a table of checksummed sections, and the
// sections themselves, each on an 8-byte boundary so the file can be
// memory-mapped and its arrays read in place.
//
// Layout (all little-endian; see doc/formats/container.md):
//   magic            32 bytes, ASCII, NUL-padded: "khaldun <kind> format <v>\n"
//   format_version   u32
//   sentinels        2 bytes 0x7F 0x7F, 2 bytes 0 (readers before version 1 fail here)
//   sanity           float 1.0f, float -0.5f, u32 1, u64 1   (catches endianness/layout)
//   section_count    u32, then u32 0 padding
//   section table    section_count x {kind u32, crc32 u32, offset u64, size u64}
//   sections         each starting at a multiple of 8
// DO NOT CHANGE: stored in model and dictionary files.
//
// Thread safety: SectionFileWriter is a builder for one thread; a parsed
// SectionFile is an immutable view and may be shared.
#ifndef KHALDUN_SRC_BASE_SECTION_FILE_H_
#define KHALDUN_SRC_BASE_SECTION_FILE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/status.h"

namespace khaldun::base {

class SectionFileWriter {
 public:
  // `magic` must be shorter than 32 bytes, e.g. "khaldun syntax model format 1\n".
  SectionFileWriter(std::string magic, uint32_t format_version);
  void AddSection(uint32_t kind, std::string bytes);
  // The complete file contents.
  std::string Finish() const;

 private:
  std::string magic_;
  uint32_t version_;
  std::vector<std::pair<uint32_t, std::string>> sections_;
};

class SectionFile {
 public:
  struct Section {
    uint32_t kind;
    std::string_view bytes;
  };
  // Validates magic, version, sanity block, table bounds, alignment and every
  // checksum. `file_name` and `rebuild_hint` (e.g. "rebuild it with `khaldun
  // train`") go into error messages. Errors: kCorruption. The returned views
  // point into `bytes`, which must outlive the SectionFile.
  [[nodiscard]] static Result<SectionFile> Parse(std::string_view bytes, std::string_view magic,
                                                 uint32_t format_version,
                                                 std::string_view file_name,
                                                 std::string_view rebuild_hint);

  // The first section of this kind, or an error naming the file.
  [[nodiscard]] Result<std::string_view> Get(uint32_t kind) const;
  const std::vector<Section>& sections() const { return sections_; }

 private:
  std::vector<Section> sections_;
  std::string file_name_;
  std::string rebuild_hint_;
};

}  // namespace khaldun::base

#endif  // KHALDUN_SRC_BASE_SECTION_FILE_H_
