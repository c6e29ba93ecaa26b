#include "base/section_file.h"

#include <cstring>

#include "base/coding.h"
#include "base/hash.h"

namespace khaldun::base {
namespace {

constexpr size_t kMagicBytes = 32;
constexpr size_t kHeaderBytes = kMagicBytes + 4 + 4 + 4 + 4 + 4 + 8 + 4 + 4;  // = 68
constexpr size_t kEntryBytes = 4 + 4 + 8 + 8;

void PutSanity(std::string* out) {
  PutFixed<float>(out, 1.0f);
  PutFixed<float>(out, -0.5f);
  PutFixed<uint32_t>(out, 1);
  PutFixed<uint64_t>(out, 1);
}

}  // namespace

SectionFileWriter::SectionFileWriter(std::string magic, uint32_t format_version)
    : magic_(std::move(magic)), version_(format_version) {}

void SectionFileWriter::AddSection(uint32_t kind, std::string bytes) {
  sections_.emplace_back(kind, std::move(bytes));
}

std::string SectionFileWriter::Finish() const {
  std::string out = magic_;
  out.resize(kMagicBytes, '\0');
  PutFixed<uint32_t>(&out, version_);
  out += "\x7f\x7f";
  out.append(2, '\0');
  PutSanity(&out);
  PutFixed<uint32_t>(&out, static_cast<uint32_t>(sections_.size()));
  PutFixed<uint32_t>(&out, 0);
  size_t offset = out.size() + sections_.size() * kEntryBytes;
  offset = (offset + 7) / 8 * 8;
  for (const auto& [kind, bytes] : sections_) {
    PutFixed<uint32_t>(&out, kind);
    PutFixed<uint32_t>(&out, Crc32(bytes));
    PutFixed<uint64_t>(&out, offset);
    PutFixed<uint64_t>(&out, bytes.size());
    offset = (offset + bytes.size() + 7) / 8 * 8;
  }
  for (const auto& section : sections_) {
    PadTo(&out, 8);
    out += section.second;
  }
  PadTo(&out, 8);
  return out;
}

Result<SectionFile> SectionFile::Parse(std::string_view bytes, std::string_view magic,
                                       uint32_t format_version, std::string_view file_name,
                                       std::string_view rebuild_hint) {
  auto corrupt = [&](const std::string& what) {
    return CorruptionError(std::string(file_name) + ": " + what + "; " + std::string(rebuild_hint));
  };
  if (bytes.size() < kHeaderBytes) {
    return corrupt("file is " + std::to_string(bytes.size()) + " bytes, too short for a header");
  }
  std::string_view got_magic = bytes.substr(0, kMagicBytes);
  if (got_magic.substr(0, magic.size()) != magic) {
    // Same family, other version? Name both.
    size_t space = magic.rfind(' ');
    if (space != std::string_view::npos && got_magic.substr(0, space) == magic.substr(0, space)) {
      std::string got(got_magic.substr(0, got_magic.find('\n')));
      return corrupt("file is '" + got + "' but this khaldun reads '" +
                     std::string(magic.substr(0, magic.size() - 1)) + "'");
    }
    return corrupt("not a khaldun file of this kind (wrong magic bytes)");
  }
  for (size_t k = magic.size(); k < kMagicBytes; ++k) {
    if (bytes[k] != '\0') return corrupt("magic bytes are not zero-padded");
  }
  ByteReader r(bytes.substr(kMagicBytes));
  uint32_t version = 0;
  (void)r.Read(&version);
  if (version != format_version) {
    return corrupt("format version " + std::to_string(version) + ", this khaldun reads version " +
                   std::to_string(format_version));
  }
  std::string_view sentinels;
  (void)r.ReadBytes(4, &sentinels);
  if (sentinels != std::string_view("\x7f\x7f\0\0", 4)) return corrupt("bad sentinel bytes");
  std::string expected_sanity;
  PutSanity(&expected_sanity);
  std::string_view sanity;
  (void)r.ReadBytes(expected_sanity.size(), &sanity);
  if (sanity != expected_sanity) return corrupt("sanity block mismatch (wrong endianness or layout)");
  uint32_t count = 0, pad = 0;
  (void)r.Read(&count);
  (void)r.Read(&pad);
  if (pad != 0) return corrupt("section table header is damaged");
  if (count > 1024 || r.remaining() < count * kEntryBytes) return corrupt("section table is truncated");
  SectionFile file;
  file.file_name_ = std::string(file_name);
  file.rebuild_hint_ = std::string(rebuild_hint);
  // Sections follow the table in order, each on the next 8-byte boundary, and
  // the file ends padded to 8: every byte is either checksummed or a zero pad,
  // so any change to any byte is caught.
  uint64_t expected = (kMagicBytes + r.position() + uint64_t{count} * kEntryBytes + 7) / 8 * 8;
  uint64_t previous_end = kMagicBytes + r.position() + uint64_t{count} * kEntryBytes;
  auto zero_padding = [&](uint64_t from, uint64_t to) {
    for (uint64_t k = from; k < to && k < bytes.size(); ++k) {
      if (bytes[k] != '\0') return false;
    }
    return true;
  };
  for (uint32_t i = 0; i < count; ++i) {
    uint32_t kind, crc;
    uint64_t offset, size;
    if (!r.Read(&kind) || !r.Read(&crc) || !r.Read(&offset) || !r.Read(&size)) {
      return corrupt("section table is truncated");
    }
    if (offset % 8 != 0) return corrupt("section " + std::to_string(i) + " is not 8-byte aligned");
    if (offset > bytes.size() || size > bytes.size() - offset) {
      return corrupt("section " + std::to_string(i) + " runs past the end of the file (truncated?)");
    }
    if (offset != expected || !zero_padding(previous_end, offset)) {
      return corrupt("section " + std::to_string(i) + " is not where the table says");
    }
    std::string_view data = bytes.substr(offset, size);
    if (Crc32(data) != crc) return corrupt("checksum mismatch in section " + std::to_string(i));
    file.sections_.push_back({kind, data});
    previous_end = offset + size;
    expected = (previous_end + 7) / 8 * 8;
  }
  if (bytes.size() != expected || !zero_padding(previous_end, expected)) {
    return corrupt("file is " + std::to_string(bytes.size()) + " bytes, expected " +
                   std::to_string(expected) + " (truncated or with trailing bytes)");
  }
  return file;
}

Result<std::string_view> SectionFile::Get(uint32_t kind) const {
  for (const auto& s : sections_) {
    if (s.kind == kind) return s.bytes;
  }
  return CorruptionError(file_name_ + ": missing section " + std::to_string(kind) + "; " +
                         rebuild_hint_);
}

}  // namespace khaldun::base
