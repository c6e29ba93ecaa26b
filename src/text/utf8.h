// Internal. Use include/khaldun/khaldun.h.
// Strict UTF-8 decoding and encoding of single scalar values, and the few
// character-class questions the text and token layers ask about normalised
// text.
//
// DecodeUtf8 follows Unicode 15, table 3-7 (well-formed byte sequences): it
// rejects overlong forms (C0 80, E0 80 80, F0 80 80 80), UTF-16 surrogates
// (ED A0 80 .. ED BF BF), values above U+10FFFF (F4 90 .., F5 ..) and
// truncated sequences. Callers replace each rejected byte with U+FFFD.
//
// Thread safety: pure functions.
#ifndef KHALDUN_SRC_TEXT_UTF8_H_
#define KHALDUN_SRC_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace khaldun::text {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes the scalar value starting at s[pos]. Returns its length in bytes
// (1-4) and stores the value in *cp, or returns 0 (and leaves *cp alone) when
// the bytes at `pos` do not begin a well-formed sequence. Precondition:
// pos < s.size().
inline int DecodeUtf8(std::string_view s, size_t pos, char32_t* cp) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  const size_t avail = s.size() - pos;
  const unsigned b0 = p[0];
  if (b0 < 0x80) {
    *cp = b0;
    return 1;
  }
  auto cont = [](unsigned b) { return (b & 0xC0) == 0x80; };
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    if (avail < 2 || !cont(p[1])) return 0;
    *cp = ((b0 & 0x1F) << 6) | (p[1] & 0x3F);
    return 2;
  }
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (avail < 3) return 0;
    const unsigned b1 = p[1];
    // Second-byte ranges exclude overlongs (E0) and surrogates (ED).
    const unsigned lo = b0 == 0xE0 ? 0xA0 : 0x80;
    const unsigned hi = b0 == 0xED ? 0x9F : 0xBF;
    if (b1 < lo || b1 > hi || !cont(p[2])) return 0;
    *cp = ((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (p[2] & 0x3F);
    return 3;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (avail < 4) return 0;
    const unsigned b1 = p[1];
    // Second-byte ranges exclude overlongs (F0) and values > U+10FFFF (F4).
    const unsigned lo = b0 == 0xF0 ? 0x90 : 0x80;
    const unsigned hi = b0 == 0xF4 ? 0x8F : 0xBF;
    if (b1 < lo || b1 > hi || !cont(p[2]) || !cont(p[3])) return 0;
    *cp = ((b0 & 0x07) << 18) | ((b1 & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    return 4;
  }
  return 0;  // stray continuation byte, C0/C1 (overlong lead) or F5..FF
}

// Writes the UTF-8 form of `cp` (a scalar value) to out[0..3]; returns the
// number of bytes written.
inline int EncodeUtf8(char32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsAsciiAlpha(char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }
inline char AsciiLower(char c) { return IsAsciiUpper(c) ? static_cast<char>(c + 32) : c; }
// Whitespace of NORMALISED text: normalisation turns every other space and
// control character into one of these two.
inline bool IsSpace(char c) { return c == ' ' || c == '\n'; }

// The coarse class of one character of normalised (valid UTF-8) text, as the
// sentence splitter and tokenizer see it.
enum class CharKind : uint8_t {
  kUpper,   // cased letter, upper or title case ("A", "É")
  kLower,   // cased letter, lower case
  kLetter,  // uncased letter (Arabic, CJK ...) or a combining mark
  kDigit,   // any Unicode number (Nd, Nl, No)
  kSpace,   // ' ' or '\n'
  kOther,   // punctuation, symbols, U+FFFD, unassigned
};

struct CharInfo {
  CharKind kind;
  int length;  // bytes, 1-4
};

// Classifies the character at s[pos]. Precondition: pos < s.size() and s is
// valid UTF-8 (as NormalizedText::text is). An invalid byte is reported as
// kOther of length 1, so callers always make progress.
CharInfo ClassifyChar(std::string_view s, size_t pos);

inline bool IsWordKind(CharKind k) {
  return k == CharKind::kUpper || k == CharKind::kLower || k == CharKind::kLetter ||
         k == CharKind::kDigit;
}

}  // namespace khaldun::text

#endif  // KHALDUN_SRC_TEXT_UTF8_H_
