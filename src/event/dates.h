// Internal. Use include/khaldun/khaldun.h.
// Calendar arithmetic and relative-date resolution for event dates: "on
// Tuesday", "yesterday", "last week", "two weeks ago", "on March 3" are
// resolved against the story date; a past month or year without a day ("in
// February 2022", "in 2014") gives its first day.
//
// Thread safety: pure functions.
#ifndef KHALDUN_SRC_EVENT_DATES_H_
#define KHALDUN_SRC_EVENT_DATES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/analysis.h"

namespace khaldun::event {

// Days since 1970-01-01 for a valid YYYY-MM-DD, else nullopt.
std::optional<int64_t> DaysFromIsoDate(std::string_view date);
// The inverse of DaysFromIsoDate.
std::string IsoDateFromDays(int64_t days);

// Resolves the temporal expression among `words` (indices into
// sentence.words, in text order: the words that modify the event predicate)
// against `story_date`. Returns the resolved date, or nullopt when the words
// hold no date expression or the story date is unknown. News convention: a
// bare weekday is the most recent such day before the story date (the same
// day counts when it is the story's own weekday: "on Tuesday" in a Tuesday
// story is that day).
std::optional<std::string> ResolveRelativeDate(const Sentence& sentence,
                                               const std::vector<size_t>& words,
                                               std::string_view story_date);

}  // namespace khaldun::event

#endif  // KHALDUN_SRC_EVENT_DATES_H_
