// Internal. Use include/khaldun/khaldun.h.
// Reading and writing CoNLL-U (https://universaldependencies.org/format.html).
//
// Only the syntactic words (integer ids) are kept: multiword-token ranges
// ("4-5") and empty nodes ("8.1") are skipped, which is what tagging and
// parsing on gold tokenization needs. Spans are not known from CoNLL-U, so
// Word::span is left {0,0}; `space_after` comes from SpaceAfter=No in MISC.
//
// Thread safety: free functions over values.
#ifndef KHALDUN_SRC_IO_CONLLU_H_
#define KHALDUN_SRC_IO_CONLLU_H_

#include <string>
#include <string_view>
#include <vector>

#include "khaldun/analysis.h"
#include "khaldun/status.h"

namespace khaldun::io {

struct ConlluSentence {
  std::string sent_id;  // from "# sent_id = ...", may be empty
  std::string text;     // from "# text = ...", may be empty
  Sentence sentence;
};

// Parses CoNLL-U text. `source_name` is used in error messages only.
// Errors: kInvalidArgument naming source_name:line and what is wrong (wrong
// column count, bad id, unknown UPOS/XPOS/deprel, head out of range).
[[nodiscard]] Result<std::vector<ConlluSentence>> ParseConllu(std::string_view text,
                                                              std::string_view source_name);

// Reads and parses a CoNLL-U file. Errors: as ParseConllu, plus kNotFound/kIoError.
[[nodiscard]] Result<std::vector<ConlluSentence>> ReadConlluFile(const std::string& path);

// Appends one sentence in CoNLL-U (10 columns, FEATS and DEPS as "_"), ending
// with a blank line. Comments "# sent_id" and "# text" are written when not empty.
void AppendConllu(const Sentence& sentence, std::string_view sent_id, std::string_view text,
                  std::string* out);

}  // namespace khaldun::io

#endif  // KHALDUN_SRC_IO_CONLLU_H_
