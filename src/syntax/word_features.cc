#include "syntax/word_features.h"

#include "base/hash.h"

namespace khaldun::syntax {

void ComputeWordAtoms(const std::vector<Word>& words, std::vector<WordAtoms>* out) {
  out->resize(words.size());
  char lower[64];
  char shape[16];
  for (size_t i = 0; i < words.size(); ++i) {
    std::string_view form = words[i].form;
    WordAtoms& a = (*out)[i];
    a.form = base::HashBytes(form, 1);
    // Long words keep their first 63 bytes for the lowercased key: affixes of
    // such words come from that prefix, which is fine for URLs and the like.
    size_t n = form.size() < sizeof(lower) - 1 ? form.size() : sizeof(lower) - 1;
    uint32_t flags = 0;
    size_t uppers = 0, letters = 0, shape_len = 0;
    char last_shape = 0;
    for (size_t k = 0; k < n; ++k) {
      unsigned char c = static_cast<unsigned char>(form[k]);
      char s;
      if (c >= 'A' && c <= 'Z') {
        lower[k] = static_cast<char>(c + 32);
        ++uppers;
        ++letters;
        s = 'X';
      } else if (c >= 'a' && c <= 'z') {
        lower[k] = static_cast<char>(c);
        ++letters;
        s = 'x';
      } else if (c >= '0' && c <= '9') {
        lower[k] = '0';
        flags |= kFlagHasDigit;
        s = 'd';
      } else {
        lower[k] = static_cast<char>(c);
        if (c == '-') flags |= kFlagHasHyphen;
        if (c == '.') flags |= kFlagHasPeriod;
        s = c >= 0x80 ? 'u' : static_cast<char>(c);
      }
      if (s != last_shape && shape_len < sizeof(shape)) shape[shape_len++] = s;
      last_shape = s;
    }
    if (uppers > 0 && (form[0] >= 'A' && form[0] <= 'Z')) flags |= kFlagCapitalized;
    if (letters > 1 && uppers == letters) flags |= kFlagAllCaps;
    std::string_view low(lower, n);
    a.lower = base::HashBytes(low, 2);
    for (size_t k = 0; k < 3; ++k) {
      a.prefix[k] = base::HashBytes(low.substr(0, k + 1), 3 + k);
    }
    for (size_t k = 0; k < 4; ++k) {
      size_t len = k + 1 < n ? k + 1 : n;
      a.suffix[k] = base::HashBytes(low.substr(n - len), 7 + k);
    }
    a.shape = base::HashBytes(std::string_view(shape, shape_len), 11);
    a.flags = flags;
  }
}

}  // namespace khaldun::syntax
