// Internal. Use include/khaldun/khaldun.h.
// Proleptic Gregorian calendar arithmetic on ISO dates (YYYY-MM-DD), for dated
// dictionary codes and relative event dates. Uses Howard Hinnant's
// days_from_civil / civil_from_days algorithms.
//
// Thread safety: pure functions.
#ifndef KHALDUN_SRC_BASE_CALENDAR_H_
#define KHALDUN_SRC_BASE_CALENDAR_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace khaldun::base {

// Days since 1970-01-01 for a date given by its parts (month 1-12, day 1-31).
int64_t DaysFromCivil(int64_t year, unsigned month, unsigned day);
// The inverse of DaysFromCivil.
void CivilFromDays(int64_t days, int64_t* year, unsigned* month, unsigned* day);

// Days since 1970-01-01 for a valid-looking YYYY-MM-DD, else nullopt.
std::optional<int64_t> DaysFromIsoDate(std::string_view date);
// "YYYY-MM-DD" for a day number.
std::string IsoDateFromDays(int64_t days);

}  // namespace khaldun::base

#endif  // KHALDUN_SRC_BASE_CALENDAR_H_
