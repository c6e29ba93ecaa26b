// Internal. Use include/khaldun/khaldun.h.
// Per-word atoms (hashes of the lowercased form, affixes, shape) computed once
// per sentence and shared by the tagger's and the parser's feature templates.
// The hash values are stored in model files (as feature keys): DO NOT CHANGE
// how they are computed without bumping the syntax model format version.
#ifndef KHALDUN_SRC_SYNTAX_WORD_FEATURES_H_
#define KHALDUN_SRC_SYNTAX_WORD_FEATURES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "khaldun/analysis.h"

namespace khaldun::syntax {

struct WordAtoms {
  uint64_t form;    // exact form
  uint64_t lower;   // lowercased form (ASCII lowering; digits mapped to '0')
  uint64_t prefix[3];
  uint64_t suffix[4];
  uint64_t shape;   // "Xx", "X.X.", "d,d", ... with runs collapsed
  uint32_t flags;   // kFlag* bits below
};

enum : uint32_t {
  kFlagCapitalized = 1,
  kFlagAllCaps = 2,
  kFlagHasDigit = 4,
  kFlagHasHyphen = 8,
  kFlagHasPeriod = 16,
};

// Fills `out` (resized to words.size()) from the word forms.
void ComputeWordAtoms(const std::vector<Word>& words, std::vector<WordAtoms>* out);

// Atoms for positions outside the sentence (before the first word, after the last).
inline constexpr uint64_t kNoWord = 0x6e6f776f72640000ULL;

}  // namespace khaldun::syntax

#endif  // KHALDUN_SRC_SYNTAX_WORD_FEATURES_H_
