// Internal. Use include/khaldun/khaldun.h.
// Normalize: raw document bytes -> valid, NFC, analysis-friendly UTF-8 text,
// with a map from every output byte back to the original byte it came from.
//
// This is the first stage of the pipeline; everything downstream (sentence
// splitting, tokenization, tagging, matching) reads NormalizedText::text, and
// every span handed to the user is mapped back through `to_original`, so
// evidence is always shown as the user typed it.
//
// What changes (and why: the tagger, parser and dictionaries were built on
// plain ASCII punctuation, as in the English Web Treebank):
//   - Invalid UTF-8: each byte that does not belong to a well-formed sequence
//     (overlong, surrogate, > U+10FFFF, truncated, stray continuation) becomes
//     U+FFFD and is counted in `invalid_bytes`. Messy input is not an error.
//   - NFC (canonical composition) via utf8proc: "e" + U+0301 -> "é".
//   - Quotes: U+2018 U+2019 U+201A U+201B U+2032 U+2039 U+203A -> '
//             U+201C U+201D U+201E U+201F U+2033 U+00AB U+00BB -> "
//   - Dashes: U+2010 U+2011 U+2012 U+2013 (en) U+2014 (em) U+2015 U+2212
//     (minus) U+FE58 U+FE63 U+FF0D -> a single '-'. One character, always, so
//     "1990–2000" and "1990-2000" tokenize alike; an ASCII "--" in the input
//     stays "--" (EWT keeps it as one token).
//   - U+2026 (ellipsis) -> "...".
//   - Spaces: NBSP, U+1680, U+2000-U+200A, U+202F, U+205F, U+3000, tab,
//     VT, FF, and all other C0/C1 control characters and DEL -> ' '.
//   - Line breaks: '\n' is kept (paragraph breaks end sentences); U+2028,
//     U+2029 and U+0085 (NEL) -> '\n'; CR LF -> " \n"; a lone CR (old Mac
//     line end) -> '\n', not ' ', so such files keep their paragraphs.
//   - Removed: zero-width space/joiners (U+200B-U+200D), word joiner and
//     invisible operators (U+2060-U+2064), BOM/ZWNBSP (U+FEFF), soft hyphen
//     (U+00AD), bidi marks and embeddings (U+200E U+200F U+202A-U+202E
//     U+2066-U+2069 U+061C), U+034F, U+180E.
// Nothing else changes (no case folding, no NFKC: "ﬁ" and full-width forms
// stay as they are).
//
// Offset map contract: `to_original` has text.size() + 1 entries, is
// non-decreasing, and to_original[text.size()] == original size. Byte i of
// `text` came from the original character starting at to_original[i]. A
// character copied unchanged maps byte for byte; a replaced character maps
// all its output bytes to the start of the original character ("…" -> three
// '.' at the same offset); when NFC changes a cluster (a starter and its
// combining marks), the whole normalised cluster maps to the cluster's
// original start. Removed characters have no output byte; OriginalSpan()
// attributes them to the preceding character.
//
// Limits: inputs are indexed with uint32_t offsets; only the first
// kMaxInputBytes bytes of a larger input are normalised (the rest is dropped).
// Clusters longer than 32 code points (a "zalgo" attack) are normalised in
// pieces. Compositions between two starters are handled for Hangul jamo and
// the handful of Indic/Myanmar/Balinese two-part vowels, not for arbitrary
// sequences across a cut.
//
// Speed: runs of plain ASCII (the bulk of news) are copied with a table
// lookup per byte and no per-character work; utf8proc is only called on
// non-ASCII clusters that may change under NFC.
//
// Thread safety: pure function.
#ifndef KHALDUN_SRC_TEXT_NORMALIZE_H_
#define KHALDUN_SRC_TEXT_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/analysis.h"

namespace khaldun::text {

// Inputs larger than this are truncated to it (offsets are uint32_t).
inline constexpr uint32_t kMaxInputBytes = 0xFFFFFFFEu;

struct NormalizedText {
  std::string text;                   // valid UTF-8, NFC, normalised for analysis (see above)
  std::vector<uint32_t> to_original;  // size text.size()+1; byte i of text came from original
                                      // byte to_original[i]; last entry = original size
  uint32_t invalid_bytes = 0;         // invalid UTF-8 bytes replaced by U+FFFD
};

// Normalises `original` (any bytes). Never fails, never throws (except
// std::bad_alloc). O(n) time; the output text is at most 3 * n bytes, and
// with its offset map takes about 5 bytes per input byte for typical text.
NormalizedText Normalize(std::string_view original);

// Maps the normalised byte range [begin, end) to the original bytes it came
// from. begin <= end <= text.size() is required. The result covers whole
// original characters: a word made of "’s" (normalised "'s") covers the three
// bytes of ’ plus "s". Removed invisible characters right after the range are
// included in it. For begin == end the result is empty, at the original
// offset of `begin`.
Span OriginalSpan(const NormalizedText& text, uint32_t begin, uint32_t end);

}  // namespace khaldun::text

#endif  // KHALDUN_SRC_TEXT_NORMALIZE_H_
