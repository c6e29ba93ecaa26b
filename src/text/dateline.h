// Internal. Use include/khaldun/khaldun.h.
// Wire-story datelines: "CAIRO, March 3 (Reuters) - ", "WASHINGTON (AP) -- ",
// "BENGHAZI, Libya, March 29 (AFP) — ". The sentence splitter keeps an inline
// dateline with its sentence; the event coder blanks it before parsing so
// "CAIRO" is not read as the subject of the first sentence.
//
// Thread safety: pure functions.
#ifndef KHALDUN_SRC_TEXT_DATELINE_H_
#define KHALDUN_SRC_TEXT_DATELINE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace khaldun::text {

// The byte length of the dateline at the start of `text` (after leading
// whitespace), including the dash and the space after it; 0 when there is
// none. A dateline is a place in capitals ("ST. LOUIS"), optionally followed
// by ", Country" and/or ", Month Day", then an optional "(Agency)", then a
// dash ("-", "--", en or em dash). Without an agency in brackets, the place
// must be followed by a date, so ordinary capitalised openings ("NATO - the
// alliance") are not taken.
size_t DatelineLength(std::string_view text);

// Replaces the dateline's bytes with spaces (offsets are unchanged).
void BlankDateline(std::string* text);

}  // namespace khaldun::text

#endif  // KHALDUN_SRC_TEXT_DATELINE_H_
