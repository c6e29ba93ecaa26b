// Internal. Use include/khaldun/khaldun.h.
// SplitSentences: normalised text -> sentence ranges.
//
// Rule-based and tuned for news. A sentence ends:
//   - at a blank line (a paragraph break), always;
//   - after '?' or '!' (runs like "?!" included) followed by whitespace;
//     when a closing quote or bracket follows the mark, not before a
//     lower-case word ('"Who did it?" he asked.', "(spelling?) was");
//   - after an ellipsis "..." before a capitalised word;
//   - after '.', followed by closing quotes/brackets and whitespace ('He said
//     "No." Then ...' splits after the quote), depending on the word before
//     the period (see text/abbreviations.h):
//       ordinary word ("Iraq."):  before a capital, digit, uncased letter, an
//                                 opening quote/bracket or a symbol ($, #);
//                                 never before a lower-case word;
//       title ("Gen.", "Mr.", "Lt. Col.", "vs.", "e.g."): never;
//       "No.", "Vol.":            not before a number ("No. 3"), else ordinary;
//       month ("Sept.", "Dec."):  not before a number ("Dec. 12"), else as general;
//       general ("U.S.", "Inc.", "Jr.", "a.m.", "Calif.") and initials
//       ("George W. Bush", "J.R.R. Tolkien"): only before a word that usually
//       starts a sentence and rarely continues a name (IsSentenceStarter:
//       "The", "He", "But", "In" ...). So "based in the U.S. The talks"
//       splits while "the U.S. Embassy" and "U.S. President Obama" stay
//       whole; the price is a missed split in "based in the U.S. Officials
//       said" (judged rarer and less harmful than cutting names);
//       "etc.":                   before a capital, like an ordinary word;
//     never after a list number opening the sentence ("1. Rebels ...").
//     Decimals ("3.5", "$1.2") and dotted words ("U.S.-led") are never split
//     because the period is not followed by whitespace;
//   - after final punctuation followed by a line break (in text that is not
//     hard-wrapped), whatever the next line starts with, unless the word
//     before the period is a title ("Gen.\nYounes") or "No."/a month before
//     a number;
//   - at a single line break, when the line before has no final punctuation
//     and the next line does not start in lower case: headlines and bylines
//     ("Rebels seize Brega\nBy Jane Doe\nTRIPOLI ..."), list items. Not when
//     the line ends with ',', ';', ':', '-', '(', '&', '/', a lower-case
//     function word ("of", "the", "and" ...) or a dateline agency
//     ("TRIPOLI, March 29 (Reuters)\n- Rebels ..."). Inline datelines
//     ("WASHINGTON (AP) -- Rebels ...") have no final punctuation and stay
//     with their sentence.
// Hard-wrapped text (most lines of similar length <= 100 bytes, many lines
// continuing in lower case) is detected per document; there a single line
// break counts as a space, except before a list marker ("- ", "* ", "1. ").
//
// Quality: on UD English EWT test (web text, many sentences without final
// punctuation or starting in lower case, which these rules do not split)
// boundary precision 0.996, recall 0.755, F1 0.859; see
// sentence_splitter_ewt_test.cc.
//
// Thread safety: pure functions.
#ifndef KHALDUN_SRC_TEXT_SENTENCE_SPLITTER_H_
#define KHALDUN_SRC_TEXT_SENTENCE_SPLITTER_H_

#include <string_view>
#include <vector>

#include "khaldun/analysis.h"
#include "text/normalize.h"

namespace khaldun::text {

// Returns the sentences of `text` as half-open byte ranges into text.text,
// i.e. in NORMALISED coordinates (not original ones, unlike most Spans):
// callers map them back with OriginalSpan(text, s.begin, s.end). The ranges
// are in order, do not overlap, are never empty, and start and end with a
// non-space character (leading and trailing ' ' and '\n' are trimmed).
// Empty or all-space text gives no sentences. O(n).
std::vector<Span> SplitSentences(const NormalizedText& text);

// The same on normalised text given directly (e.g. NormalizedText::text).
std::vector<Span> SplitSentences(std::string_view normalized);

}  // namespace khaldun::text

#endif  // KHALDUN_SRC_TEXT_SENTENCE_SPLITTER_H_
