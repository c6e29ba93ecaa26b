// Internal. Use include/khaldun/khaldun.h.
// Event writers: one JSON object per line in the schema of ARCHITECTURE.md
// section 4, and a TSV form with the same fields flattened (header from
// EventTsvHeader()).
//
// Thread safety: pure functions.
#ifndef KHALDUN_SRC_IO_EVENT_WRITER_H_
#define KHALDUN_SRC_IO_EVENT_WRITER_H_

#include <string>

#include "event/event.h"

namespace khaldun::io {

// One line of JSON, without the trailing newline.
std::string EventToJson(const event::Event& e);

// The TSV column names, tab-separated, without newline.
std::string EventTsvHeader();
// One TSV row (tabs and newlines inside fields become spaces).
std::string EventToTsv(const event::Event& e);

}  // namespace khaldun::io

#endif  // KHALDUN_SRC_IO_EVENT_WRITER_H_
