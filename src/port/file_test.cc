#include "port/file.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace khaldun::port {
namespace {

TEST(File, WriteAtomicThenReadAndMap) {
  auto dir = std::filesystem::temp_directory_path() / "khaldun_file_test";
  std::filesystem::create_directories(dir);
  std::string path = (dir / "x.bin").string();
  ASSERT_TRUE(WriteFileAtomic(path, "abc\0def").ok());
  auto read = ReadFile(path);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(*read, std::string("abc\0def", 3));  // string literal stops at NUL
  auto mapped = MappedFile::Open(path);
  ASSERT_TRUE(mapped.ok());
  EXPECT_EQ((*mapped)->bytes(), "abc");
  std::filesystem::remove_all(dir);
}

TEST(File, MissingFileIsNotFoundAndNamesThePath) {
  auto r = ReadFile("/nonexistent/khaldun/file");
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_NE(r.status().message().find("/nonexistent/khaldun/file"), std::string::npos);
}

}  // namespace
}  // namespace khaldun::port
