#include "event/dates.h"

#include "base/calendar.h"
#include "dict/phrase_trie.h"

namespace khaldun::event {

// Literals compare as string_view: GCC 12 compares a std::string with a
// char* through strlen and an out-of-line compare.
using namespace std::string_view_literals;

namespace {

using base::CivilFromDays;
using base::DaysFromCivil;

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
  if (w == "sep."sv) return 9;
  return 0;
}

int NumberWord(std::string_view w) {
  static const char* kNumbers[] = {"zero", "one", "two",   "three", "four", "five",
                                   "six",  "seven", "eight", "nine",  "ten"};
  for (int i = 0; i <= 10; ++i) {
    if (w == kNumbers[i]) return i;
  }
  if (w == "a"sv || w == "an"sv) return 1;
  int n = 0;
  if (w.empty() || w.size() > 3) return -1;
  for (char c : w) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return n;
}

// A day of the month written in digits ("19", "19th"), else -1.
int DayNumber(std::string_view w) {
  if (w.size() > 2 && (w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd") ||
                       w.ends_with("th"))) {
    w.remove_suffix(2);
  }
  if (w.empty() || w.size() > 2) return -1;
  int n = 0;
  for (char c : w) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return n >= 1 && n <= 31 ? n : -1;
}

// A four-digit year from 1900 to 2100, else 0.
int64_t Year(std::string_view w) {
  if (w.size() != 4) return 0;
  int64_t y = 0;
  for (char c : w) {
    if (c < '0' || c > '9') return 0;
    y = y * 10 + (c - '0');
  }
  return y >= 1900 && y <= 2100 ? y : 0;
}

}  // namespace

std::optional<int64_t> DaysFromIsoDate(std::string_view date) { return base::DaysFromIsoDate(date); }

std::string IsoDateFromDays(int64_t days) { return base::IsoDateFromDays(days); }

std::optional<std::string> ResolveRelativeDate(const Sentence& sentence,
                                               const std::vector<size_t>& words,
                                               std::string_view story_date) {
  std::optional<int64_t> story = DaysFromIsoDate(story_date);
  if (!story) return std::nullopt;
  auto lower = [&](size_t k) -> std::string {
    return k < words.size() ? dict::FoldToken(sentence.words[words[k]].form) : std::string();
  };
  // Word k + 1 follows word k in the text (the words may come from several
  // modifiers, each in text order).
  auto next_to = [&](size_t k) {
    return k + 1 < words.size() && words[k + 1] == words[k] + 1;
  };
  // An explicit calendar date wins over a weekday beside it ("on Monday,
  // June 19, 2009"): look for one first.
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string w = lower(k);
    // "May" is a month only when capitalized and next to a day number
    // ("on May 5"), not the modal ("may attack").
    int month = Month(w);
    // "June 19", "June 19, 2009", "June 19 2009", "19 June", "19 June 2009".
    int day = next_to(k) ? DayNumber(lower(k + 1)) : -1;
    size_t last = k + 1;  // the word an explicit year would follow
    if (day < 1) {
      day = k > 0 && next_to(k - 1) ? DayNumber(lower(k - 1)) : -1;
      last = k;
    }
    if (month == 5 && sentence.words[words[k]].form != "May"sv) month = 0;
    if (month == 0 || day < 1) continue;
    if (next_to(last) && lower(last + 1) == ","sv) ++last;
    const int64_t year = next_to(last) ? Year(lower(last + 1)) : 0;
    int64_t y = 0;
    unsigned sm = 0, sd = 0;
    CivilFromDays(*story, &y, &sm, &sd);
    int64_t candidate = DaysFromCivil(year > 0 ? year : y, static_cast<unsigned>(month),
                                      static_cast<unsigned>(day));
    // Without a year, a date after the story date (in a past-tense story) is last year's.
    if (year == 0 && candidate > *story + 7) {
      candidate = DaysFromCivil(y - 1, static_cast<unsigned>(month), static_cast<unsigned>(day));
    }
    return IsoDateFromDays(candidate);
  }
  for (size_t k = 0; k < words.size(); ++k) {
    std::string w = lower(k);
    if (w == "yesterday"sv) return IsoDateFromDays(*story - 1);
    if (w == "today"sv || w == "tonight"sv) return IsoDateFromDays(*story);
    int wd = Weekday(w);
    if (wd >= 0) {
      // 1970-01-01 was a Thursday (weekday 3).
      int story_wd = static_cast<int>(((*story % 7) + 7 + 3) % 7);
      int back = (story_wd - wd + 7) % 7;
      if (lower(k - 1) == "next"sv && k > 0)
        return IsoDateFromDays(*story + (wd - story_wd + 7) % 7);
      return IsoDateFromDays(*story - back);
    }
    if (w == "last"sv || w == "previous"sv) {
      std::string unit = lower(k + 1);
      if (unit == "week"sv) return IsoDateFromDays(*story - 7);
      if (unit == "month"sv) return IsoDateFromDays(*story - 30);
      if (unit == "year"sv) return IsoDateFromDays(*story - 365);
      if (unit == "night"sv) return IsoDateFromDays(*story - 1);
    }
    if (w == "ago"sv && k >= 2) {
      int n = NumberWord(lower(k - 2));
      std::string unit = lower(k - 1);
      if (n > 0) {
        if (unit == "day"sv || unit == "days"sv) return IsoDateFromDays(*story - n);
        if (unit == "week"sv || unit == "weeks"sv) return IsoDateFromDays(*story - 7 * n);
        if (unit == "month"sv || unit == "months"sv) return IsoDateFromDays(*story - 30 * n);
        if (unit == "year"sv || unit == "years"sv) return IsoDateFromDays(*story - 365 * n);
      }
    }
  }
  // A month or a year without a day, after "in" or "during" ("in February
  // 2022", "in early March", "during 2019"): its first day (the schema's
  // dates are days), the latest such month not after the story's when no
  // year is written. Not the story's own month or year, which the story date
  // dates more closely, nor one still to come (a plan's).
  int64_t story_year = 0;
  unsigned story_month = 0, story_day = 0;
  CivilFromDays(*story, &story_year, &story_month, &story_day);
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string& form = sentence.words[words[k]].form;
    const bool capital = !form.empty() && form[0] >= 'A' && form[0] <= 'Z';
    const int month = capital ? Month(lower(k)) : 0;
    const int64_t bare_year = month == 0 ? Year(lower(k)) : 0;
    if (month == 0 && bare_year == 0) continue;
    size_t intro = k;
    if (intro > 0 && next_to(intro - 1) &&
        (lower(intro - 1) == "early"sv || lower(intro - 1) == "late"sv)) {
      --intro;
    }
    if (intro == 0 || !next_to(intro - 1) ||
        (lower(intro - 1) != "in"sv && lower(intro - 1) != "during"sv)) {
      continue;
    }
    // The phrase dates a clause, not a noun inside one: "sorry for the deaths
    // of 24 soldiers in an air strike in November" was said on the story's
    // day. (Its head: the month's, or the year's after it.)
    size_t phrase = words[k];
    if (next_to(k) && Year(lower(k + 1)) != 0 &&
        sentence.words[phrase].head == static_cast<int32_t>(words[k + 1] + 1)) {
      phrase = words[k + 1];
    }
    const int32_t head = sentence.words[phrase].head;
    if (head >= 1 && static_cast<size_t>(head) <= sentence.words.size()) {
      const Upos u = sentence.words[static_cast<size_t>(head - 1)].upos;
      if (u == Upos::kNOUN || u == Upos::kPROPN || u == Upos::kPRON || u == Upos::kNUM) continue;
    }
    if (bare_year != 0) {
      if (bare_year >= story_year) continue;
      return IsoDateFromDays(DaysFromCivil(bare_year, 1, 1));
    }
    const int64_t written = next_to(k) ? Year(lower(k + 1)) : 0;
    const unsigned m = static_cast<unsigned>(month);
    const int64_t year = written != 0 ? written : (m > story_month ? story_year - 1 : story_year);
    if (year > story_year || (year == story_year && m >= story_month)) continue;
    return IsoDateFromDays(DaysFromCivil(year, m, 1));
  }
  return std::nullopt;
}

}  // namespace khaldun::event
