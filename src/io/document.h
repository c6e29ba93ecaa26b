// Internal. Use include/khaldun/khaldun.h.
// Input documents and the readers that make them: plain text (one document
// per file) and JSONL (one story per line: {"id", "date", "text", ...}; other
// fields are carried through as `meta_json`).
//
// A malformed line is not fatal: it becomes a skipped document with a reason,
// so every line of the input is accounted for in the run's summary.
#ifndef KHALDUN_SRC_IO_DOCUMENT_H_
#define KHALDUN_SRC_IO_DOCUMENT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/status.h"

namespace khaldun::io {

struct InputDocument {
  std::string id;         // "id" field, or "<source>:<line>" when absent
  std::string date;       // "date" field (YYYY-MM-DD), may be empty
  std::string text;
  std::string meta_json;  // the other fields, as a JSON object ("{}" when none)
  size_t line = 0;        // 1-based line in the input (JSONL), 0 for plain text
  size_t invalid_bytes = 0;  // invalid UTF-8 bytes in the line, replaced by U+FFFD
};

// Parses one JSONL line. Errors (kInvalidArgument) say what is wrong: not
// JSON, not an object, no "text" string, "id" or "date" of the wrong type,
// a date not in YYYY-MM-DD form.
[[nodiscard]] Result<InputDocument> ParseJsonlDocument(std::string_view line, size_t line_no,
                                                       std::string_view source_name);

// Calls `on_document` for every document and `on_skip(line, reason)` for every
// line that could not be read. Blank lines are ignored.
template <typename OnDocument, typename OnSkip>
void ForEachJsonlDocument(std::string_view input, std::string_view source_name,
                          OnDocument on_document, OnSkip on_skip) {
  size_t pos = 0, line_no = 0;
  while (pos < input.size()) {
    size_t nl = input.find('\n', pos);
    if (nl == std::string_view::npos) nl = input.size();
    std::string_view line = input.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    auto doc = ParseJsonlDocument(line, line_no, source_name);
    if (doc.ok()) {
      on_document(std::move(doc).value());
    } else {
      on_skip(line_no, doc.status().message());
    }
  }
}

}  // namespace khaldun::io

#endif  // KHALDUN_SRC_IO_DOCUMENT_H_
