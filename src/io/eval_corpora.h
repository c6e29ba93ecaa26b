// Internal. Use include/khaldun/khaldun.h.
// Readers for the third-party evaluation corpora used by `khaldun eval
// examples` and `khaldun eval confli` (doc/evaluation.md), and small helpers
// for `khaldun eval coverage`:
//   PLOVER_GSR_CAMEO.txt  one JSON array of records {"id", "event", "mode",
//                         "text", ...}: the CAMEO manual's example sentences
//                         labelled with a PLOVER 0.5 event type (no CAMEO code)
//   class_train.tsv       "sentence<TAB>label" per line (CRLF allowed), label
//                         0-4: statement, verbal cooperation, material
//                         cooperation, verbal conflict, material conflict
//
// Every reader is a plain function over bytes and never reads out of bounds.
//
// Thread safety: the functions are reentrant.
#ifndef KHALDUN_SRC_IO_EVAL_CORPORA_H_
#define KHALDUN_SRC_IO_EVAL_CORPORA_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/status.h"

namespace khaldun::io {

// One PLOVER gold record with a sentence.
struct PloverExample {
  std::string id;     // "PLOVER-GSR01-AGREE-0001"
  std::string event;  // PLOVER event type as written: "AGREE", "DEMAND", "FIGHT"
  std::string mode;   // "" or "heavy-weapons", "visit", ...
  std::string text;   // the example sentence
};

// Parses the JSON array. Records without a "text" string (the DOCUMENT
// record) are skipped. Errors (kInvalidArgument naming `source_name`): not
// JSON, not an array, a record that is not an object or has no "event".
[[nodiscard]] Result<std::vector<PloverExample>> ParsePloverGsr(std::string_view bytes,
                                                                std::string_view source_name);

// The CAMEO roots ("03", "19") a PLOVER event type stands for. Covers both
// the 0.5 names used by PLOVER_GSR_CAMEO.txt (DEMAND, DISAPPROVE,
// INVESTIGATE, FIGHT) and the 2021 names (REQUEST, ACCUSE). Empty when the
// name is unknown (DOCUMENT).
std::vector<std::string> PloverEventRoots(std::string_view event);

// One labelled sentence.
struct LabeledText {
  std::string text;
  int label = 0;
  size_t line = 0;  // 1-based
};

// Parses "text<TAB>label" lines; the label is the last tab-separated field
// and must be an integer in [0, max_label]. Blank lines are skipped; '\r'
// before '\n' is dropped. Errors (kInvalidArgument, "source:line: reason"):
// a line with no tab or a bad label.
[[nodiscard]] Result<std::vector<LabeledText>> ParseLabeledTsv(std::string_view bytes,
                                                               std::string_view source_name,
                                                               int max_label = 4);

// The verb a PETRARCH pattern line's trailing comment names: for
// "- * AID   [070]  # RUSH" returns "RUSH" (the first word after the '#'
// that follows the closing ']'), upper-cased. "" when there is none.
std::string PatternCommentWord(std::string_view raw_line);

// A date (YYYY-MM-DD) inside the half-open range [from, to) of a PETRARCH
// dated code, for looking the same name up in another dictionary: `from`
// when given, else the 1st of January of the year before `to`; "" when both
// are empty.
std::string DateInside(std::string_view from, std::string_view to);

}  // namespace khaldun::io

#endif  // KHALDUN_SRC_IO_EVAL_CORPORA_H_
