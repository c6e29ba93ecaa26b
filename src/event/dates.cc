#include "event/dates.h"

#include <cstdio>

#include "dict/phrase_trie.h"

namespace khaldun::event {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days algorithms.
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

void CivilFromDays(int64_t z, int64_t* y, unsigned* m, unsigned* d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t yy = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = yy + (*m <= 2);
}

int Weekday(std::string_view w) {  // 0 = Monday
  static const char* kDays[] = {"monday", "tuesday", "wednesday", "thursday",
                                "friday", "saturday", "sunday"};
  for (int i = 0; i < 7; ++i) {
    if (w == kDays[i]) return i;
  }
  return -1;
}

int Month(std::string_view w) {
  static const char* kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                  "july",    "august",   "september", "october", "november", "december"};
  static const char* kAbbrev[] = {"jan.", "feb.", "mar.", "apr.", "may", "jun.",
                                  "jul.", "aug.", "sept.", "oct.", "nov.", "dec."};
  for (int i = 0; i < 12; ++i) {
    if (w == kMonths[i] || w == kAbbrev[i]) return i + 1;
  }
  if (w == "sep.") return 9;
  return 0;
}

int NumberWord(std::string_view w) {
  static const char* kNumbers[] = {"zero", "one", "two",   "three", "four", "five",
                                   "six",  "seven", "eight", "nine",  "ten"};
  for (int i = 0; i <= 10; ++i) {
    if (w == kNumbers[i]) return i;
  }
  if (w == "a" || w == "an") return 1;
  int n = 0;
  if (w.empty() || w.size() > 3) return -1;
  for (char c : w) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return n;
}

}  // namespace

std::optional<int64_t> DaysFromIsoDate(std::string_view date) {
  unsigned y = 0, m = 0, d = 0;
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return std::nullopt;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (date[i] < '0' || date[i] > '9') return std::nullopt;
  }
  y = static_cast<unsigned>((date[0] - '0') * 1000 + (date[1] - '0') * 100 + (date[2] - '0') * 10 +
                            (date[3] - '0'));
  m = static_cast<unsigned>((date[5] - '0') * 10 + (date[6] - '0'));
  d = static_cast<unsigned>((date[8] - '0') * 10 + (date[9] - '0'));
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  return DaysFromCivil(y, m, d);
}

std::string IsoDateFromDays(int64_t days) {
  int64_t y = 0;
  unsigned m = 0, d = 0;
  CivilFromDays(days, &y, &m, &d);
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%04lld-%02u-%02u", static_cast<long long>(y), m, d);
  return buf;
}

std::optional<std::string> ResolveRelativeDate(const Sentence& sentence,
                                               const std::vector<size_t>& words,
                                               std::string_view story_date) {
  std::optional<int64_t> story = DaysFromIsoDate(story_date);
  if (!story) return std::nullopt;
  auto lower = [&](size_t k) -> std::string {
    return k < words.size() ? dict::FoldToken(sentence.words[words[k]].form) : std::string();
  };
  for (size_t k = 0; k < words.size(); ++k) {
    std::string w = lower(k);
    if (w == "yesterday") return IsoDateFromDays(*story - 1);
    if (w == "today" || w == "tonight") return IsoDateFromDays(*story);
    int wd = Weekday(w);
    if (wd >= 0) {
      // 1970-01-01 was a Thursday (weekday 3).
      int story_wd = static_cast<int>(((*story % 7) + 7 + 3) % 7);
      int back = (story_wd - wd + 7) % 7;
      if (lower(k - 1) == "next" && k > 0) return IsoDateFromDays(*story + (wd - story_wd + 7) % 7);
      return IsoDateFromDays(*story - back);
    }
    if (w == "last" || w == "previous") {
      std::string unit = lower(k + 1);
      if (unit == "week") return IsoDateFromDays(*story - 7);
      if (unit == "month") return IsoDateFromDays(*story - 30);
      if (unit == "year") return IsoDateFromDays(*story - 365);
      if (unit == "night") return IsoDateFromDays(*story - 1);
    }
    if (w == "ago" && k >= 2) {
      int n = NumberWord(lower(k - 2));
      std::string unit = lower(k - 1);
      if (n > 0) {
        if (unit == "day" || unit == "days") return IsoDateFromDays(*story - n);
        if (unit == "week" || unit == "weeks") return IsoDateFromDays(*story - 7 * n);
        if (unit == "month" || unit == "months") return IsoDateFromDays(*story - 30 * n);
        if (unit == "year" || unit == "years") return IsoDateFromDays(*story - 365 * n);
      }
    }
    int month = Month(w);
    if (month > 0 && w != "may") {
      int day = NumberWord(lower(k + 1));
      if (day >= 1 && day <= 31) {
        int64_t y = 0;
        unsigned sm = 0, sd = 0;
        CivilFromDays(*story, &y, &sm, &sd);
        int64_t candidate = DaysFromCivil(y, static_cast<unsigned>(month), static_cast<unsigned>(day));
        // A date after the story date in a past-tense story is last year's.
        if (candidate > *story + 7) candidate = DaysFromCivil(y - 1, static_cast<unsigned>(month),
                                                              static_cast<unsigned>(day));
        return IsoDateFromDays(candidate);
      }
    }
  }
  return std::nullopt;
}

}  // namespace khaldun::event
