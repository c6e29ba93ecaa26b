#include "base/section_file.h"

#include <gtest/gtest.h>

namespace khaldun::base {
namespace {

constexpr char kMagic[] = "khaldun test format 1\n";

std::string MakeFile() {
  SectionFileWriter w(kMagic, 1);
  w.AddSection(7, "hello");
  w.AddSection(9, std::string(100, 'x'));
  return w.Finish();
}

TEST(SectionFile, RoundTripWithAlignedSections) {
  std::string bytes = MakeFile();
  auto f = SectionFile::Parse(bytes, kMagic, 1, "t.bin", "rebuild it");
  ASSERT_TRUE(f.ok()) << f.status().ToString();
  EXPECT_EQ(*f->Get(7), "hello");
  EXPECT_EQ(f->Get(9)->size(), 100u);
  for (const auto& s : f->sections()) EXPECT_EQ((s.bytes.data() - bytes.data()) % 8, 0);
  EXPECT_EQ(f->Get(8).status().code(), StatusCode::kCorruption);
}

TEST(SectionFile, EveryTruncationAndEveryFlippedByteIsRefused) {
  std::string bytes = MakeFile();
  for (size_t n = 0; n < bytes.size(); ++n) {
    auto f = SectionFile::Parse(std::string_view(bytes).substr(0, n), kMagic, 1, "t.bin", "rebuild");
    // A cut inside the trailing alignment padding is harmless; any other is an error.
    if (n < bytes.size() - 7) {
      ASSERT_FALSE(f.ok()) << "truncated to " << n;
      EXPECT_EQ(f.status().code(), StatusCode::kCorruption);
      EXPECT_NE(f.status().message().find("t.bin"), std::string::npos);
    }
  }
  for (size_t i = 0; i < bytes.size(); ++i) {
    std::string bad = bytes;
    bad[i] ^= 0x20;
    auto f = SectionFile::Parse(bad, kMagic, 1, "t.bin", "rebuild");
    bool in_padding = true;  // flips in zero padding between sections change nothing read
    if (f.ok()) {
      for (const auto& s : f->sections()) {
        size_t off = s.bytes.data() - bad.data();
        if (i >= off && i < off + s.bytes.size()) in_padding = false;
      }
      EXPECT_TRUE(in_padding) << "flip at " << i << " was not detected";
    }
  }
}

TEST(SectionFile, OtherVersionNamesBothVersions) {
  SectionFileWriter w("khaldun test format 2\n", 2);
  std::string bytes = w.Finish();
  auto f = SectionFile::Parse(bytes, kMagic, 1, "t.bin", "rebuild it with X");
  ASSERT_FALSE(f.ok());
  EXPECT_NE(f.status().message().find("format 2"), std::string::npos);
  EXPECT_NE(f.status().message().find("rebuild it with X"), std::string::npos);
}

}  // namespace
}  // namespace khaldun::base
