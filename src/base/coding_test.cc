#include "base/coding.h"

#include <gtest/gtest.h>

#include "base/hash.h"

namespace khaldun::base {
namespace {

TEST(Coding, FixedRoundTripAndBoundsChecks) {
  std::string buf;
  PutFixed<uint32_t>(&buf, 0xdeadbeef);
  PutFixed<uint64_t>(&buf, 42);
  PutString(&buf, "hello");
  ByteReader r(buf);
  uint32_t a;
  uint64_t b;
  std::string s;
  ASSERT_TRUE(r.Read(&a));
  ASSERT_TRUE(r.Read(&b));
  ASSERT_TRUE(r.ReadString(&s));
  EXPECT_EQ(a, 0xdeadbeefu);
  EXPECT_EQ(b, 42u);
  EXPECT_EQ(s, "hello");
  EXPECT_FALSE(r.Read(&a));  // nothing left

  // A length prefix that claims more bytes than exist is refused.
  std::string bad;
  PutFixed<uint32_t>(&bad, 1000);
  bad += "abc";
  ByteReader r2(bad);
  EXPECT_FALSE(r2.ReadString(&s));
}

TEST(Hash, Crc32MatchesKnownValue) {
  // The standard CRC-32 check value of "123456789".
  EXPECT_EQ(Crc32("123456789"), 0xCBF43926u);
  EXPECT_NE(HashBytes("abc"), HashBytes("abd"));
  EXPECT_EQ(HashBytes("a longer string over 8 bytes"), HashBytes("a longer string over 8 bytes"));
}

}  // namespace
}  // namespace khaldun::base
