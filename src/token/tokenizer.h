// Internal. Use include/khaldun/khaldun.h.
// Tokenizer: raw document bytes -> sentences of words, each word with its byte
// span in the ORIGINAL input.
//
//   Tokenizer tok;  // build once, share between threads
//   TokenizeStats stats;
//   std::vector<Sentence> sentences = tok.Tokenize(document_bytes, &stats);
//   // sentences[i].words[j].form == "n't", .span == original bytes of "n’t"
//
// Tokenize runs text::Normalize, text::SplitSentences, cuts overlong sentences
// and splits each sentence into words following the conventions of the
// Universal Dependencies English Web Treebank (EWT), on which the tagger and
// parser are trained:
//   - Clitics are separate words: "don't" -> "do" "n't", "can't" -> "ca"
//     "n't", "won't" -> "wo" "n't", "I'm" -> "I" "'m"; also "'re" "'ve" "'ll"
//     "'d" and "'s" (possessive and "is"): "Gaddafi's" -> "Gaddafi" "'s"
//     (also when the original had ’). Whole words: "cannot" -> "can" "not",
//     "gonna" -> "gon" "na", "wanna" -> "wan" "na", "gotta" -> "got" "ta",
//     and the apostrophe-less "dont" "didnt" "cant" "wont" "im" "ive" ...
//     as EWT splits them. Not after digits: "1990's" stays whole (EWT).
//   - Plural possessive: "rebels'" -> "rebels" "'".
//   - Hyphens (rule derived from EWT train+dev): a hyphen between word
//     characters is split off ("search-engine" -> "search" "-" "engine",
//     "al-Qaeda", "F-16", "1990-2000" likewise) except after the prefixes EWT
//     keeps joined: anti arch co counter cross e ex intra micro mid multi neo
//     non over post pre pro psycho re semi socio sub un ("e-mail",
//     "co-workers", "non-violent", "mid-2004"), and in all-digit phone
//     numbers and dates with two or more hyphens ("2011-03-29",
//     "1-800-555-0199") or of the form 555-0199 / 77042-2016, and in
//     day-month-year dates ("01-Feb-02"). A prefix after a slash counts as
//     starting a word ("amendment/anti-gay"), one after a split hyphen does
//     not ("Lashkar-e-Toiba" -> "Lashkar" "-" "e" "-" "Toiba").
//   - Slashes split between words ("and/or" -> "and" "/" "or") but not in
//     numbers and dates ("9/11", "11/28/2000") or after one letter ("w/o").
//   - Abbreviations keep their period ("U.S.", "Gen.", "Inc.", "Sept.",
//     "W."); at the very end of a sentence the period is a word of its own
//     and the abbreviation loses it ("in the U.S." -> "U.S" "."), as in EWT.
//   - Numbers stay whole ("1,200", "3.5", "10:30", "2011-03-29"); currency
//     and percent signs are split ("$1.2" -> "$" "1.2", "50%" -> "50" "%");
//     numbers with a unit are split ("10km" -> "10" "km", "5pm" -> "5" "pm",
//     "$3bn", "420,588MMBTU"), ordinals, decades and codes ending in one
//     letter that is not a unit are not ("20th", "1990s", "4G", "83N").
//   - URLs, e-mail addresses, @handles, #hashtags and a few emoticons (":)",
//     ":-(") are one word. "AT&T", "PG&E" are one word.
//   - Other punctuation is split off, one word per character, except runs:
//     "...", "?!", "!!!", "--", "''" are one word.
// Word fields set: form (normalised text), span (original bytes), space_after;
// the others keep their defaults. The words of a sentence are in order, their
// spans do not overlap and lie inside the sentence's span, and the original
// bytes of each span normalise to the word's form (a word never ends inside
// one normalised character: "…" gives one word "...").
//
// Quality: word precision/recall/F1 0.9945/0.9945/0.9945 against UD English
// EWT test with gold sentence boundaries (dev 0.992, train 0.994); see
// tokenizer_ewt_test.cc. Speed: about 5 million words/s on one core for
// Tokenize (normalisation and splitting included) on EWT test text.
//
// Limits: Options::max_sentence_bytes bounds the work per sentence; the whole
// run is linear in the input size. Normalize's limits apply (see
// text/normalize.h).
//
// Thread safety: a Tokenizer is immutable after construction; its const
// methods may be called from many threads at once.
#ifndef KHALDUN_SRC_TOKEN_TOKENIZER_H_
#define KHALDUN_SRC_TOKEN_TOKENIZER_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "khaldun/analysis.h"
#include "text/normalize.h"

namespace khaldun::token {

// Counters of one or more Tokenize calls. Tokenize ADDS to them, so one
// object can total a corpus.
struct TokenizeStats {
  uint64_t invalid_bytes = 0;       // invalid UTF-8 bytes replaced by U+FFFD
  uint64_t sentences = 0;           // sentences returned (pieces of cut sentences count each)
  uint64_t words = 0;               // words returned
  uint64_t long_sentences_cut = 0;  // sentences longer than max_sentence_bytes, cut into pieces
};

struct TokenizerOptions {
  // Sentences longer than this many normalised bytes are cut into pieces of
  // at most this size, at the last space before the limit (or, in a run
  // without spaces, at a character boundary), and counted in
  // TokenizeStats::long_sentences_cut. 0 means no limit. (4096)
  size_t max_sentence_bytes = 4096;
};

class Tokenizer {
 public:
  using Options = TokenizerOptions;

  explicit Tokenizer(Options options = {});

  // Normalises `original` (any bytes; invalid UTF-8 is replaced and counted),
  // splits it into sentences and tokenizes them. Every Word has form
  // (normalised text), span (ORIGINAL byte offsets into `original`) and
  // space_after; other fields keep their defaults. Sentence::span is the
  // original range of the (trimmed) sentence. Empty or all-space input gives
  // no sentences. `stats` (may be null) is added to. Never fails. O(n).
  std::vector<Sentence> Tokenize(std::string_view original, TokenizeStats* stats = nullptr) const;

  // Tokenizes the normalised range `sentence` (NORMALISED coordinates, e.g.
  // from text::SplitSentences) of `text` as one sentence: no sentence
  // splitting and no cutting. Word spans and the returned Sentence::span are
  // ORIGINAL offsets, mapped through text.to_original. For callers that split
  // sentences themselves. Precondition: sentence.begin <= sentence.end <=
  // text.text.size().
  Sentence TokenizeSentence(const text::NormalizedText& text, Span sentence) const;

  const Options& options() const { return options_; }

 private:
  Options options_;
};

}  // namespace khaldun::token

#endif  // KHALDUN_SRC_TOKEN_TOKENIZER_H_
