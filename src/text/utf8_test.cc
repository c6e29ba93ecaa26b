#include "text/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace khaldun::text {
namespace {

struct DecodeCase {
  const char* name;
  std::string bytes;
  int length;  // 0 = invalid at position 0
  char32_t cp = 0;
};

const DecodeCase kDecodeCases[] = {
    {"ascii", "A", 1, U'A'},
    {"two_byte", "\xC3\xA9", 2, 0xE9},
    {"three_byte", "\xE2\x80\x99", 3, 0x2019},
    {"four_byte", "\xF0\x9F\x98\x80", 4, 0x1F600},
    {"max_scalar", "\xF4\x8F\xBF\xBF", 4, 0x10FFFF},
    {"last_before_surrogates", "\xED\x9F\xBF", 3, 0xD7FF},
    {"overlong_nul", std::string("\xC0\x80", 2), 0},
    {"overlong_slash", "\xC1\xAF", 0},
    {"overlong_three", "\xE0\x80\xAF", 0},
    {"overlong_four", "\xF0\x80\x80\xAF", 0},
    {"surrogate_high", "\xED\xA0\x80", 0},
    {"surrogate_low", "\xED\xBF\xBF", 0},
    {"above_max", "\xF4\x90\x80\x80", 0},
    {"lead_f5", "\xF5\x80\x80\x80", 0},
    {"lead_ff", "\xFF", 0},
    {"stray_continuation", "\x80", 0},
    {"truncated_two", "\xC3", 0},
    {"truncated_three", "\xE2\x80", 0},
    {"truncated_four", "\xF0\x9F\x98", 0},
    {"bad_continuation",
     "\xC3"
     "A",
     0},
};

TEST(DecodeUtf8, AcceptsWellFormedAndRejectsIllFormed) {
  for (const DecodeCase& c : kDecodeCases) {
    char32_t cp = 0;
    EXPECT_EQ(DecodeUtf8(c.bytes, 0, &cp), c.length) << c.name;
    if (c.length > 0) {
      EXPECT_EQ(static_cast<uint32_t>(cp), static_cast<uint32_t>(c.cp)) << c.name;
    }
  }
}

TEST(DecodeUtf8, EncodeRoundTripsEveryScalarValue) {
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    char buf[4];
    const int n = EncodeUtf8(cp, buf);
    char32_t back = 0;
    ASSERT_EQ(DecodeUtf8(std::string_view(buf, n), 0, &back), n) << static_cast<uint32_t>(cp);
    ASSERT_EQ(static_cast<uint32_t>(back), static_cast<uint32_t>(cp));
  }
}

TEST(DecodeUtf8, ClassifiesCharacters) {
  struct Case {
    const char* s;
    CharKind kind;
    int length;
  };
  const Case cases[] = {
      {"A", CharKind::kUpper, 1},
      {"z", CharKind::kLower, 1},
      {"7", CharKind::kDigit, 1},
      {" ", CharKind::kSpace, 1},
      {"\n", CharKind::kSpace, 1},
      {".", CharKind::kOther, 1},
      {"\xC3\x89", CharKind::kUpper, 2},      // É
      {"\xC3\xA9", CharKind::kLower, 2},      // é
      {"\xD8\xA8", CharKind::kLetter, 2},     // Arabic beh
      {"\xCC\x81", CharKind::kLetter, 2},     // combining acute
      {"\xD9\xA3", CharKind::kDigit, 2},      // Arabic-Indic three
      {"\xE2\x82\xAC", CharKind::kOther, 3},  // €
      {"\xEF\xBF\xBD", CharKind::kOther, 3},  // U+FFFD
  };
  for (const Case& c : cases) {
    const CharInfo ci = ClassifyChar(c.s, 0);
    EXPECT_EQ(ci.kind, c.kind) << c.s;
    EXPECT_EQ(ci.length, c.length) << c.s;
  }
}

}  // namespace
}  // namespace khaldun::text
