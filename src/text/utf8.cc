#include "text/utf8.h"

#include <utf8proc.h>

namespace khaldun::text {

CharInfo ClassifyChar(std::string_view s, size_t pos) {
  const char c = s[pos];
  if (static_cast<unsigned char>(c) < 0x80) {
    if (IsAsciiUpper(c)) return {CharKind::kUpper, 1};
    if (IsAsciiLower(c)) return {CharKind::kLower, 1};
    if (IsAsciiDigit(c)) return {CharKind::kDigit, 1};
    if (IsSpace(c)) return {CharKind::kSpace, 1};
    return {CharKind::kOther, 1};
  }
  char32_t cp = 0;
  const int len = DecodeUtf8(s, pos, &cp);
  if (len == 0) return {CharKind::kOther, 1};
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
      return {CharKind::kUpper, len};
    case UTF8PROC_CATEGORY_LL:
      return {CharKind::kLower, len};
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      return {CharKind::kLetter, len};
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return {CharKind::kDigit, len};
    default:
      return {CharKind::kOther, len};
  }
}

}  // namespace khaldun::text
