#include "text/dateline.h"

namespace khaldun::text {
namespace {

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool IsMonthWord(std::string_view w) {
  static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
                                  "Aug", "Sep", "Oct", "Nov", "Dec"};
  if (w.size() < 3) return false;
  for (const char* m : kMonths) {
    if (w.substr(0, 3) == m) return true;
  }
  return false;
}

// An upper-case letter of Latin-1 in UTF-8 (U+00C0..U+00DE but the
// multiplication sign): the accented capitals of Spanish, Portuguese and
// French place names.
bool IsUpperLatin1(std::string_view text, size_t i) {
  if (i + 1 >= text.size() || static_cast<unsigned char>(text[i]) != 0xC3) return false;
  const unsigned char next = static_cast<unsigned char>(text[i + 1]);
  return next >= 0x80 && next <= 0x9E && next != 0x97;
}

}  // namespace

size_t DatelineLength(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\r' || text[i] == '\t')) ++i;
  size_t start = i;
  // The place: capitals, spaces, periods, apostrophes, hyphens.
  size_t letters = 0;
  while (i < text.size()) {
    if (IsUpperLatin1(text, i)) {  // "BOGOTÁ", "SÃO PAULO"
      ++letters;
      i += 2;
    } else if (IsUpper(text[i]) || text[i] == ' ' || text[i] == '.' || text[i] == '\'' ||
               (text[i] == '-' && i + 1 < text.size() && IsUpper(text[i + 1]))) {
      letters += IsUpper(text[i]);
      ++i;
    } else {
      break;
    }
    if (i - start > 40) return 0;
  }
  if (letters < 2) return 0;
  // The place must end at a word boundary (not "NATOs").
  if (i < text.size() && IsLower(text[i])) return 0;
  bool dated = false, agency = false;
  // ", Country" and/or ", Month Day" parts.
  for (int part = 0; part < 3; ++part) {
    size_t j = i;
    while (j < text.size() && text[j] == ' ') ++j;
    if (j >= text.size() || text[j] != ',') break;
    ++j;
    while (j < text.size() && text[j] == ' ') ++j;
    size_t word = j;
    while (j < text.size() && (IsUpper(text[j]) || IsLower(text[j]) || text[j] == '.')) ++j;
    std::string_view w = text.substr(word, j - word);
    if (w.empty() || !IsUpper(w[0])) return 0;
    if (IsMonthWord(w)) {
      while (j < text.size() && text[j] == ' ') ++j;
      size_t digits = j;
      while (j < text.size() && IsDigit(text[j])) ++j;
      if (j == digits || j - digits > 2) return 0;
      dated = true;
    } else {
      // A country or region name, possibly two words ("Ivory Coast").
      while (j + 1 < text.size() && text[j] == ' ' && IsUpper(text[j + 1])) {
        ++j;
        while (j < text.size() && (IsUpper(text[j]) || IsLower(text[j]))) ++j;
      }
    }
    i = j;
  }
  while (i < text.size() && text[i] == ' ') ++i;
  if (i < text.size() && text[i] == '(') {
    size_t close = text.find(')', i);
    if (close == std::string_view::npos || close - i > 40) return 0;
    agency = true;
    i = close + 1;
  }
  if (!dated && !agency) return 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) ++i;
  // The dash: '-', "--", en dash (E2 80 93), em dash (E2 80 94).
  size_t dash = i;
  while (i < text.size()) {
    if (text[i] == '-') {
      ++i;
    } else if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
               static_cast<unsigned char>(text[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(text[i + 2]) == 0x93 ||
                static_cast<unsigned char>(text[i + 2]) == 0x94)) {
      i += 3;
    } else {
      break;
    }
  }
  if (i == dash) return 0;
  while (i < text.size() && text[i] == ' ') ++i;
  return i;
}

void BlankDateline(std::string* text) {
  size_t n = DatelineLength(*text);
  for (size_t i = 0; i < n; ++i) {
    char& c = (*text)[i];
    if (c != '\n' && c != '\r') c = ' ';
  }
}

}  // namespace khaldun::text
