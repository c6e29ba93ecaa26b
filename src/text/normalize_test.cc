#include "text/normalize.h"

#include <gtest/gtest.h>
#include <utf8proc.h>

#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "text/utf8.h"

namespace khaldun::text {
namespace {

// Checks the offset-map contract of normalize.h.
void ExpectValidMap(std::string_view original, const NormalizedText& nt) {
  ASSERT_EQ(nt.to_original.size(), nt.text.size() + 1);
  EXPECT_EQ(nt.to_original.back(), original.size());
  for (size_t i = 0; i < nt.text.size(); ++i) {
    ASSERT_LT(nt.to_original[i], original.size()) << i;
    ASSERT_LE(nt.to_original[i], nt.to_original[i + 1]) << i;
  }
}

bool IsValidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    char32_t cp;
    const int n = DecodeUtf8(s, i, &cp);
    if (n == 0) return false;
    i += static_cast<size_t>(n);
  }
  return true;
}

struct NormalizeCase {
  const char* name;
  std::string input;
  std::string expected;
};

const NormalizeCase kCases[] = {
    {"empty", "", ""},
    {"ascii_unchanged", "Rebels seized Brega on Tuesday.", "Rebels seized Brega on Tuesday."},
    {"curly_apostrophe", "Gaddafi\xE2\x80\x99s forces", "Gaddafi's forces"},
    {"curly_single_quotes", "\xE2\x80\x98no\xE2\x80\x99", "'no'"},
    {"reversed_quote_and_prime",
     "\xE2\x80\x9B"
     "a\xE2\x80\xB2",
     "'a'"},
    {"curly_double_quotes", "\xE2\x80\x9CWe will win\xE2\x80\x9D", "\"We will win\""},
    {"low_double_quote", "\xE2\x80\x9EJa\xE2\x80\x9C", "\"Ja\""},
    {"guillemets",
     "\xC2\xAB"
     "non\xC2\xBB",
     "\"non\""},
    {"en_dash_range",
     "1990\xE2\x80\x93"
     "2000",
     "1990-2000"},
    {"em_dash", "Tripoli\xE2\x80\x94the capital", "Tripoli-the capital"},
    {"minus_sign",
     "\xE2\x88\x92"
     "5",
     "-5"},
    {"unicode_hyphens", "al\xE2\x80\x90Qaeda al\xE2\x80\x91Qaeda", "al-Qaeda al-Qaeda"},
    {"ascii_double_hyphen_kept", "WASHINGTON (AP) -- Rebels", "WASHINGTON (AP) -- Rebels"},
    {"ellipsis", "Wait\xE2\x80\xA6", "Wait..."},
    {"nbsp_and_thin_space",
     "10\xC2\xA0km\xE2\x80\x89"
     "away",
     "10 km away"},
    {"ideographic_space",
     "a\xE3\x80\x80"
     "b",
     "a b"},
    {"tab", "a\tb", "a b"},
    {"crlf", "a\r\nb", "a \nb"},
    {"lone_cr_is_line_break", "a\rb", "a\nb"},
    {"newline_kept", "Headline\n\nBody", "Headline\n\nBody"},
    {"line_and_paragraph_separators",
     "a\xE2\x80\xA8"
     "b\xE2\x80\xA9"
     "c",
     "a\nb\nc"},
    {"nel",
     "a\xC2\x85"
     "b",
     "a\nb"},
    {"c0_controls",
     std::string("a\x01\x1F\x7F"
                 "b\0c",
                 7),
     "a   b c"},
    {"c1_control",
     "a\xC2\x9B"
     "b",
     "a b"},
    {"zero_width_removed",
     "Gad\xE2\x80\x8B"
     "da\xE2\x80\x8D"
     "fi",
     "Gaddafi"},
    {"soft_hyphen_removed",
     "Gad\xC2\xAD"
     "dafi",
     "Gaddafi"},
    {"bom_removed", "\xEF\xBB\xBFRebels", "Rebels"},
    {"bidi_marks_removed",
     "a\xE2\x80\x8F"
     "b\xE2\x80\xAE"
     "c",
     "abc"},
    {"nfc_composes_ascii_base", "Cafe\xCC\x81", "Caf\xC3\xA9"},
    {"nfc_composes_non_ascii_base", "\xC3\xA5\xCC\x81", "\xC7\xBB"},    // å + acute -> ǻ
    {"nfc_orders_marks", "a\xCC\x81\xCC\xA3", "\xE1\xBA\xA1\xCC\x81"},  // a+acute+dot below
    {"nfc_singleton", "\xE2\x84\xAB", "\xC3\x85"},                      // ANGSTROM SIGN -> Å
    {"nfc_keeps_precomposed", "S\xC3\xA3o Paulo", "S\xC3\xA3o Paulo"},
    {"nfc_hangul_jamo", "\xE1\x84\x80\xE1\x85\xA1", "\xEA\xB0\x80"},  // ᄀ + ᅡ -> 가
    {"arabic_unchanged", "\xD8\xB7\xD8\xB1\xD8\xA7\xD8\xA8\xD9\x84\xD8\xB3",
     "\xD8\xB7\xD8\xB1\xD8\xA7\xD8\xA8\xD9\x84\xD8\xB3"},
    {"no_nfkc", "\xEF\xAC\x81", "\xEF\xAC\x81"},  // ﬁ ligature stays
    {"replacement_char_kept", "\xEF\xBF\xBD", "\xEF\xBF\xBD"},
};

TEST(Normalize, TableOfReplacements) {
  for (const NormalizeCase& c : kCases) {
    const NormalizedText nt = Normalize(c.input);
    EXPECT_EQ(nt.text, c.expected) << c.name;
    EXPECT_EQ(nt.invalid_bytes, 0u) << c.name;
    ExpectValidMap(c.input, nt);
  }
}

struct InvalidCase {
  const char* name;
  std::string input;
  std::string expected;
  uint32_t invalid;
};

const InvalidCase kInvalidCases[] = {
    {"lone_continuation",
     "a\x80"
     "b",
     "a\xEF\xBF\xBD"
     "b",
     1},
    {"truncated_at_end", "abc\xE2\x80", "abc\xEF\xBF\xBD\xEF\xBF\xBD", 2},
    {"truncated_before_ascii",
     "\xF0\x9F"
     "x",
     "\xEF\xBF\xBD\xEF\xBF\xBD"
     "x",
     2},
    {"overlong", "\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD", 2},
    {"surrogate", "\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", 3},
    {"above_max", "\xF4\x90\x80\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", 4},
    {"latin1", "caf\xE9 ok", "caf\xEF\xBF\xBD ok", 1},
    {"ff", "\xFF\xFE", "\xEF\xBF\xBD\xEF\xBF\xBD", 2},
};

TEST(Normalize, ReplacesEachInvalidByteAndCountsIt) {
  for (const InvalidCase& c : kInvalidCases) {
    const NormalizedText nt = Normalize(c.input);
    EXPECT_EQ(nt.text, c.expected) << c.name;
    EXPECT_EQ(nt.invalid_bytes, c.invalid) << c.name;
    ExpectValidMap(c.input, nt);
  }
}

TEST(Normalize, MapsReplacedCharactersToTheirOriginalStart) {
  const std::string in = "Gaddafi\xE2\x80\x99s \xE2\x80\x9Cwar\xE2\x80\x9D\xE2\x80\xA6";
  const NormalizedText nt = Normalize(in);
  ASSERT_EQ(nt.text, "Gaddafi's \"war\"...");
  EXPECT_EQ(nt.to_original[7], 7u);    // ' <- ’ at 7..9
  EXPECT_EQ(nt.to_original[8], 10u);   // s
  EXPECT_EQ(nt.to_original[10], 12u);  // " <- “
  EXPECT_EQ(nt.to_original[11], 15u);  // w
  // "..." all three from … at 21.
  EXPECT_EQ(nt.to_original[15], 21u);
  EXPECT_EQ(nt.to_original[16], 21u);
  EXPECT_EQ(nt.to_original[17], 21u);
  EXPECT_EQ(OriginalSpan(nt, 7, 9), (Span{7, 11}));     // "'s" covers "’s"
  EXPECT_EQ(OriginalSpan(nt, 15, 18), (Span{21, 24}));  // "..." covers "…"
  EXPECT_EQ(OriginalSpan(nt, 0, 7), (Span{0, 7}));
  EXPECT_EQ(OriginalSpan(nt, 3, 3), (Span{3, 3}));
}

TEST(Normalize, MapsComposedClusterToItsStart) {
  const std::string in = "Cafe\xCC\x81 ok";  // e + U+0301 at 3..5
  const NormalizedText nt = Normalize(in);
  ASSERT_EQ(nt.text, "Caf\xC3\xA9 ok");
  EXPECT_EQ(OriginalSpan(nt, 0, 5), (Span{0, 6}));
  EXPECT_EQ(OriginalSpan(nt, 3, 5), (Span{3, 6}));
  EXPECT_EQ(OriginalSpan(nt, 6, 8), (Span{7, 9}));
}

TEST(Normalize, RemovedCharactersDoNotBreakSpans) {
  const std::string in =
      "\xEF\xBB\xBFGad\xC2\xAD"
      "dafi said";
  const NormalizedText nt = Normalize(in);
  ASSERT_EQ(nt.text, "Gaddafi said");
  EXPECT_EQ(OriginalSpan(nt, 0, 7), (Span{3, 12}));
  EXPECT_EQ(OriginalSpan(nt, 8, 12), (Span{13, 17}));
}

// The fast per-cluster NFC agrees with utf8proc's whole-string NFC (the slow
// reference) on random strings of letters, combining marks, precomposed and
// decomposable characters and Hangul jamo.
TEST(Normalize, ClusterNfcMatchesReferenceNfc) {
  const std::vector<char32_t> alphabet = {
      'a',    'e',    'o',    'A',    'n',    ' ',    0x00E9, 0x00C5, 0x00F1, 0x0300, 0x0301,
      0x0303, 0x0308, 0x0323, 0x0327, 0x0345, 0x0344, 0x212B, 0x2126, 0x0958, 0x1E0B, 0x1100,
      0x1161, 0x11A8, 0xAC00, 0x0B47, 0x0B3E, 0x0627, 0x0653, 0x05D0, 0x05B7, 0x3099, 0x304B};
  std::mt19937 rng(42);
  for (int iter = 0; iter < 5000; ++iter) {
    std::string s;
    const int len = static_cast<int>(rng() % 12);
    for (int k = 0; k < len; ++k) {
      char buf[4];
      s.append(buf, EncodeUtf8(alphabet[rng() % alphabet.size()], buf));
    }
    const NormalizedText nt = Normalize(s);
    utf8proc_uint8_t* ref = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(s.c_str()));
    ASSERT_NE(ref, nullptr);
    const std::string expected(reinterpret_cast<char*>(ref));
    std::free(ref);
    ASSERT_EQ(nt.text, expected) << "input: " << s;
    ExpectValidMap(s, nt);
  }
}

TEST(Normalize, RandomBytesNeverBreakTheContract) {
  std::mt19937 rng(7);
  for (int iter = 0; iter < 2000; ++iter) {
    std::string s(rng() % 64, '\0');
    for (char& c : s) c = static_cast<char>(rng());
    const NormalizedText nt = Normalize(s);
    ASSERT_TRUE(IsValidUtf8(nt.text));
    ExpectValidMap(s, nt);
  }
}

TEST(Normalize, LongClusterOfMarksIsBounded) {
  std::string s = "a";
  for (int i = 0; i < 10000; ++i) s += "\xCC\x81";
  const NormalizedText nt = Normalize(s);
  EXPECT_TRUE(IsValidUtf8(nt.text));
  ExpectValidMap(s, nt);
}

}  // namespace
}  // namespace khaldun::text
