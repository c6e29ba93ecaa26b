#include "token/tokenizer.h"

#include <algorithm>
#include <cstring>
#include <string_view>

#include "base/check.h"
#include "text/abbreviations.h"
#include "text/sentence_splitter.h"
#include "text/utf8.h"

namespace khaldun::token {
namespace {

using text::AsciiLower;
using text::CharKind;
using text::ClassifyChar;
using text::IsAsciiAlnum;
using text::IsAsciiAlpha;
using text::IsAsciiDigit;
using text::IsAsciiLower;
using text::IsAsciiUpper;
using text::IsSpace;
using text::IsWordKind;

bool EqualsIgnoreCase(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (AsciiLower(a[i]) != lower[i]) return false;
  }
  return true;
}

bool StartsWithIgnoreCase(std::string_view a, std::string_view lower_prefix) {
  return a.size() >= lower_prefix.size() &&
         EqualsIgnoreCase(a.substr(0, lower_prefix.size()), lower_prefix);
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return IsAsciiDigit(c); });
}

bool InList(std::string_view word_lower, const std::string_view* begin,
            const std::string_view* end) {
  return std::find(begin, end, word_lower) != end;
}

// Prefixes EWT keeps joined to the rest of the word by a hyphen ("e-mail",
// "co-workers", "non-violent", "mid-2004"): every prefix that EWT train+dev
// keeps joined more often than it splits.
constexpr std::string_view kHyphenPrefixes[] = {
    "anti",  "arch",   "co",    "counter", "cross", "e",    "ex",   "intra",
    "micro", "mid",    "multi", "neo",     "non",   "over", "post", "pre",
    "pro",   "psycho", "re",    "semi",    "socio", "sub",  "un"};

// Units split from a number written against them ("10km", "5pm", "3bn").
// Not "g" and "t": "4G", "3T" are names more often than grams and tonnes.
constexpr std::string_view kUnits[] = {
    "am", "b",   "bn",  "cm", "ft",  "gb", "ghz", "hr", "hrs", "hz",   "k",   "kb", "kg",  "khz",
    "km", "kmh", "kph", "kw", "kwh", "lb", "lbs", "m",  "mb",  "mg",   "mhz", "mi", "min", "mins",
    "ml", "mln", "mm",  "mn", "mph", "mw", "oz",  "pm", "sec", "secs", "tb",  "tn", "yr",  "yrs"};

// Whole words EWT splits without an apostrophe: {word, split offset}.
struct WholeWordSplit {
  std::string_view lower;
  size_t at;
};
constexpr WholeWordSplit kWholeWordSplits[] = {
    {"aint", 2},     {"alot", 1},   {"arent", 3},  {"cannot", 3},  {"cant", 2},  {"couldnt", 5},
    {"didnt", 3},    {"doesnt", 4}, {"dont", 2},   {"gonna", 3},   {"gotta", 3}, {"hadnt", 3},
    {"hasnt", 3},    {"havent", 4}, {"im", 1},     {"isnt", 2},    {"ive", 1},   {"outta", 3},
    {"shouldnt", 6}, {"thats", 4},  {"theres", 5}, {"theyre", 4},  {"wanna", 3}, {"wasnt", 3},
    {"werent", 4},   {"whats", 4},  {"wont", 2},   {"wouldnt", 5}, {"youre", 3},
};

// Clitics after an apostrophe: "'s" "'m" "'d" "'ll" "'re" "'ve".
bool IsApostropheClitic(std::string_view after_apostrophe) {
  static constexpr std::string_view kClitics[] = {"s", "m", "d", "ll", "re", "ve"};
  if (after_apostrophe.size() > 2) return false;
  char buf[2];
  for (size_t i = 0; i < after_apostrophe.size(); ++i) buf[i] = AsciiLower(after_apostrophe[i]);
  return InList(std::string_view(buf, after_apostrophe.size()), std::begin(kClitics),
                std::end(kClitics));
}

constexpr std::string_view kEmoticons[] = {":)",  ":(", ":-)", ":-(", ";)",  ";-)", ":D",
                                           ":-D", ":P", ":p",  ":-P", ":'(", ":/",  "(:"};

// Tokenizes one normalised range into words; see tokenizer.h for the rules.
// Word boundaries are found on the normalised text; spans are mapped to the
// original only when a word is emitted.
class SentenceTokenizer {
 public:
  SentenceTokenizer(const text::NormalizedText& nt, size_t end, std::vector<khaldun::Word>* out)
      : nt_(nt), t_(nt.text), end_(end), out_(out) {}

  void Run(size_t begin) {
    size_t i = begin;
    while (i < end_) {
      while (i < end_ && IsSpace(t_[i])) ++i;
      size_t e = i;
      while (e < end_ && !IsSpace(t_[e])) ++e;
      if (e > i) Chunk(i, e);
      i = e;
    }
  }

 private:
  void Add(size_t b, size_t e) {
    if (b >= e) return;
    khaldun::Word w;
    w.form.assign(t_.data() + b, e - b);
    w.span = text::OriginalSpan(nt_, static_cast<uint32_t>(b), static_cast<uint32_t>(e));
    w.space_after = e >= t_.size() || IsSpace(t_[e]);
    out_->push_back(std::move(w));
  }

  // Never end a word inside one normalised unit: bytes that share an
  // original offset (the "..." made from one "…", or a cluster NFC changed,
  // such as "€" followed by reordered combining marks) stay in one word, so
  // the spans of consecutive words never overlap.
  size_t UnitEnd(size_t j, size_t e) const {
    while (j > 0 && j < e && nt_.to_original[j] == nt_.to_original[j - 1]) ++j;
    return j;
  }

  // Adds [b, UnitEnd(e)) and returns where the next word may start.
  size_t AddUnit(size_t b, size_t e, size_t chunk_end) {
    e = UnitEnd(e, chunk_end);
    Add(b, e);
    return e;
  }

  bool IsWordAt(size_t i, size_t e) const {
    return i < e && (IsAsciiAlnum(t_[i]) || (static_cast<unsigned char>(t_[i]) >= 0x80 &&
                                             IsWordKind(ClassifyChar(t_, i).kind)));
  }

  // One whitespace-delimited chunk [b, e).
  void Chunk(size_t b, size_t e) {
    const bool has_at = std::memchr(t_.data() + b, '@', e - b) != nullptr;
    size_t p = b;
    while (p < e) {
      const char c = AsciiLower(t_[p]);
      if (c == 'h' || c == 'f' || c == 'm' || c == 'w') {
        if (size_t n = MatchUrl(p, e)) {
          p = AddUnit(p, p + n, e);
          continue;
        }
      }
      if (has_at) {
        if (size_t n = MatchEmail(p, e)) {
          p = AddUnit(p, p + n, e);
          continue;
        }
      }
      if (IsWordAt(p, e)) {
        p = ScanWord(p, e);
        continue;
      }
      p = Punctuation(p, e);
    }
  }

  // "http://...", "https://", "ftp://", "mailto:", "www.x": to the end of the
  // chunk, less trailing punctuation.
  size_t MatchUrl(size_t p, size_t e) const {
    const std::string_view s = t_.substr(p, e - p);
    size_t prefix = 0;
    if (StartsWithIgnoreCase(s, "http://"))
      prefix = 7;
    else if (StartsWithIgnoreCase(s, "https://"))
      prefix = 8;
    else if (StartsWithIgnoreCase(s, "ftp://"))
      prefix = 6;
    else if (StartsWithIgnoreCase(s, "mailto:"))
      prefix = 7;
    else if (StartsWithIgnoreCase(s, "www.") && s.size() > 4 && IsAsciiAlnum(s[4]))
      prefix = 4;
    if (prefix == 0 || s.size() <= prefix) return 0;
    size_t n = s.size();
    const bool has_paren = s.find('(') != std::string_view::npos;
    while (n > prefix) {
      const char c = s[n - 1];
      if (c == ')' && has_paren) break;
      if (std::strchr(".,;:!?'\")]}>", c) == nullptr) break;
      --n;
    }
    return n > prefix ? n : 0;
  }

  // local@domain.tld, starting at a word character.
  size_t MatchEmail(size_t p, size_t e) const {
    auto local = [](char c) {
      return IsAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    };
    auto domain = [](char c) { return IsAsciiAlnum(c) || c == '.' || c == '-'; };
    if (!IsAsciiAlnum(t_[p])) return 0;
    // RFC 5321 lengths also keep this linear on long runs of local-part characters.
    constexpr size_t kMaxLocal = 64, kMaxDomain = 255;
    size_t i = p;
    while (i < e && i - p <= kMaxLocal && local(t_[i])) ++i;
    if (i >= e || t_[i] != '@' || i == p) return 0;
    size_t j = ++i;
    while (j < e && j - i <= kMaxDomain && domain(t_[j])) ++j;
    while (j > i && (t_[j - 1] == '.' || t_[j - 1] == '-')) --j;
    const std::string_view dom = t_.substr(i, j - i);
    const size_t dot = dom.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || dom.size() - dot - 1 < 2) return 0;
    return j - p;
  }

  // Punctuation and symbols at p; returns the next position.
  size_t Punctuation(size_t p, size_t e) {
    const char c = t_[p];
    const auto uc = static_cast<unsigned char>(c);
    if (uc >= 0x80) {  // non-ASCII symbol or punctuation: one character
      return AddUnit(p, p + ClassifyChar(t_, p).length, e);
    }
    // @handle, #hashtag
    if ((c == '@' || c == '#') && p + 1 < e &&
        (IsAsciiAlpha(t_[p + 1]) || t_[p + 1] == '_' || (c == '@' && IsAsciiDigit(t_[p + 1])))) {
      size_t j = p + 1;
      while (j < e && (IsAsciiAlnum(t_[j]) || t_[j] == '_')) ++j;
      return AddUnit(p, j, e);
    }
    if (c == '\'') {
      // A clitic written apart ("Gaddafi 's") or "'em".
      size_t j = p + 1;
      while (j < e && IsAsciiAlpha(t_[j])) ++j;
      const std::string_view after = t_.substr(p + 1, j - p - 1);
      if (j - p > 1 && !IsWordAt(j, e) &&
          (IsApostropheClitic(after) || EqualsIgnoreCase(after, "em"))) {
        return AddUnit(p, j, e);
      }
      // Abbreviated years and decades: "'90s", "'72".
      j = p + 1;
      while (j < e && IsAsciiDigit(t_[j])) ++j;
      if (j - p == 3) {
        if (j < e && t_[j] == 's') ++j;
        if (!IsWordAt(j, e)) return AddUnit(p, j, e);
      }
    }
    if (c == ':' || c == ';' || c == '(') {
      for (std::string_view emo : kEmoticons) {
        if (t_.substr(p, e - p) == emo) return AddUnit(p, e, e);
      }
    }
    size_t j = p + 1;
    if (c == '.' || c == '?' || c == '!') {
      while (j < e && (t_[j] == '.' || t_[j] == '?' || t_[j] == '!')) ++j;
    } else if (c != '(' && c != ')' && c != '[' && c != ']' && c != '{' && c != '}' && c != '<' &&
               c != '>') {
      while (j < e && t_[j] == c) ++j;  // "--", "''", "**"
    }
    return AddUnit(p, j, e);
  }

  // Does a connector at `j` (between word characters) join the two sides?
  bool Joins(size_t p, size_t j, size_t e) const {
    if (j + 1 >= e || !IsWordAt(j + 1, e)) return false;
    const char c = t_[j];
    const char prev = t_[j - 1];
    const char next = t_[j + 1];
    switch (c) {
      case '.':   // "U.S", "3.5", "e.g", "whitehouse.gov"
      case '\'':  // "don't", "O'Brien", "Gaddafi's"
      case '-':   // decided in EmitWord
      case '/':   // decided in EmitWord
      case '_':
        return true;
      case ',': {  // "1,200" but not "1,2" or "Iraq,Syria"
        if (!IsAsciiDigit(prev)) return false;
        size_t k = j + 1;
        while (k < e && IsAsciiDigit(t_[k])) ++k;
        if (k - j - 1 != 3) return false;
        size_t b = j;
        while (b > p && (IsAsciiDigit(t_[b - 1]) || t_[b - 1] == ',')) --b;
        return b == p;
      }
      case ':':  // "10:30"
        return IsAsciiDigit(prev) && IsAsciiDigit(next);
      case '&':  // "AT&T", "PG&E"
        return IsAsciiUpper(prev) && IsAsciiUpper(next);
      default:
        return false;
    }
  }

  // A word starting at p (a word character). Returns the next position.
  size_t ScanWord(size_t p, size_t e) {
    size_t j = p;
    for (;;) {
      while (j < e) {
        if (IsAsciiAlnum(t_[j])) {
          ++j;
          continue;
        }
        if (static_cast<unsigned char>(t_[j]) < 0x80) break;
        const text::CharInfo ci = ClassifyChar(t_, j);
        if (!IsWordKind(ci.kind)) break;
        j += ci.length;
      }
      if (j < e && Joins(p, j, e)) {
        ++j;
        continue;
      }
      break;
    }
    size_t word_end = j;
    if (j < e && t_[j] == '.' && !(j + 1 < e && t_[j + 1] == '.') && AttachesPeriod(p, j)) {
      word_end = j + 1;
    }
    word_end = UnitEnd(word_end, e);
    EmitWord(p, word_end);
    return word_end;
  }

  // Does the period at `dot` belong to the word [p, dot)?
  bool AttachesPeriod(size_t p, size_t dot) const {
    std::string_view word = t_.substr(p, dot - p);
    // "R-Ariz." and "and/or Corp.": the abbreviation is the last segment.
    const size_t sep = word.find_last_of("-/");
    if (sep != std::string_view::npos) word.remove_prefix(sep + 1);
    const text::AbbreviationKind kind = text::ClassifyAbbreviation(word);
    if (kind == text::AbbreviationKind::kNone) return false;
    // At the end of the sentence the period is a word of its own (EWT):
    // "in the U.S." -> "U.S" ".". Closing quotes and brackets may follow.
    size_t k = dot + 1;
    while (k < end_ &&
           (t_[k] == '"' || t_[k] == '\'' || t_[k] == ')' || t_[k] == ']' || IsSpace(t_[k]))) {
      ++k;
    }
    if (k >= end_) return false;
    if (kind == text::AbbreviationKind::kBeforeNumber) {
      size_t n = dot + 1;
      while (n < end_ && IsSpace(t_[n])) ++n;
      return n < end_ && IsAsciiDigit(t_[n]);
    }
    return true;
  }

  // Splits the raw word [b, e) at hyphens and slashes that separate words,
  // then splits clitics and units off each piece.
  void EmitWord(size_t b, size_t e) {
    const std::string_view w = t_.substr(b, e - b);
    const size_t hyphen = w.find('-');
    const size_t slash = w.find('/');
    if (hyphen == std::string_view::npos && slash == std::string_view::npos) {
      Piece(b, e);
      return;
    }
    if (KeepsSeparators(w)) {
      Piece(b, e);
      return;
    }
    size_t seg = b;
    for (size_t i = b; i < e; ++i) {
      const char c = t_[i];
      if (c != '-' && c != '/') continue;
      const std::string_view first = t_.substr(seg, i - seg);
      bool keep = false;
      if (c == '-') {
        // A prefix starting the word or following a slash: "non-violent",
        // "amendment/anti-gay"; not after a split hyphen ("Lashkar-e-Toiba").
        keep = (seg == b || t_[seg - 1] == '/') && first.size() <= 7 &&
               std::all_of(first.begin(), first.end(), [](char x) { return IsAsciiAlpha(x); });
        if (keep) {
          char buf[7];
          for (size_t k = 0; k < first.size(); ++k) buf[k] = AsciiLower(first[k]);
          keep = InList(std::string_view(buf, first.size()), std::begin(kHyphenPrefixes),
                        std::end(kHyphenPrefixes));
        }
      } else {
        // "w/o", "l/c": one letter before the slash.
        keep = first.size() == 1 && IsAsciiAlpha(first[0]);
      }
      if (keep) continue;  // the separator stays inside the current piece
      Piece(seg, i);
      Add(i, i + 1);
      seg = i + 1;
    }
    Piece(seg, e);
  }

  // Numbers and dates keep their hyphens and slashes: "2011-03-29",
  // "1-800-555-0199", "555-0199", "77042-2016", "9/11", "11/28/2000".
  static bool KeepsSeparators(std::string_view w) {
    if (IsDayMonthYear(w) || IsDesignation(w)) return true;
    size_t hyphens = 0, slashes = 0;
    for (char c : w) {
      hyphens += c == '-';
      slashes += c == '/';
      if (c != '-' && c != '/' && !IsAsciiDigit(c)) return false;
    }
    if (slashes > 0 || hyphens >= 2) return true;  // "9/11", "713/853-5025", "2011-03-29"
    const size_t h = w.find('-');
    const size_t left = h, right = w.size() - h - 1;
    return (left == 3 || left == 5) && right == 4;
  }

  // Model and type designations: "S-400", "F-16", "MiG-29", "COVID-19",
  // "AK-47", "MQ-9B": a capitalised letter code of up to five letters, a
  // hyphen, and a number with up to two letters after it. Split, "S - 400"
  // reads as a name and a number, and the parser loses the noun phrase.
  static bool IsDesignation(std::string_view w) {
    const size_t h = w.find('-');
    if (h == std::string_view::npos || h == 0 || h > 5 || w.find('-', h + 1) != std::string_view::npos) {
      return false;
    }
    const std::string_view left = w.substr(0, h), right = w.substr(h + 1);
    if (!(left[0] >= 'A' && left[0] <= 'Z')) return false;
    for (char c : left) {
      if (!IsAsciiAlpha(c)) return false;
    }
    size_t digits = 0;
    while (digits < right.size() && IsAsciiDigit(right[digits])) ++digits;
    if (digits == 0 || digits > 4 || right.size() - digits > 2) return false;
    for (size_t k = digits; k < right.size(); ++k) {
      if (!IsAsciiAlpha(right[k])) return false;
    }
    return true;
  }

  // "01-Feb-02", "29-Mar-2011".
  static bool IsDayMonthYear(std::string_view w) {
    const size_t h1 = w.find('-');
    if (h1 == std::string_view::npos || h1 == 0 || h1 > 2) return false;
    const size_t h2 = w.find('-', h1 + 1);
    if (h2 != h1 + 4) return false;
    return AllDigits(w.substr(0, h1)) && AllDigits(w.substr(h2 + 1)) && w.size() - h2 - 1 <= 4 &&
           text::ClassifyAbbreviation(w.substr(h1 + 1, 3)) == text::AbbreviationKind::kMonth;
  }

  // A piece without word-separating hyphens or slashes: split clitics and
  // units, then emit.
  void Piece(size_t b, size_t e) {
    if (b >= e) return;
    const std::string_view w = t_.substr(b, e - b);
    // Whole-word splits: "cannot", "gonna", "dont".
    if (w.size() <= 8) {
      for (const WholeWordSplit& s : kWholeWordSplits) {
        if (EqualsIgnoreCase(w, s.lower)) {
          Add(b, b + s.at);
          Add(b + s.at, e);
          return;
        }
      }
    }
    // Clitics, right to left: "couldn't've" -> "could" "n't" "'ve".
    size_t stem_end = e;
    size_t clitic_starts[3];
    int clitics = 0;
    while (clitics < 3) {
      const std::string_view s = t_.substr(b, stem_end - b);
      if (s.size() > 3 && EqualsIgnoreCase(s.substr(s.size() - 3), "n't") &&
          IsAsciiAlpha(s[s.size() - 4])) {
        stem_end -= 3;
      } else {
        const size_t apo = s.rfind('\'');
        if (apo == std::string_view::npos || apo == 0 || !IsApostropheClitic(s.substr(apo + 1)))
          break;
        if (AllDigits(s.substr(0, apo))) break;  // "1990's" stays whole (EWT)
        stem_end = b + apo;
      }
      clitic_starts[clitics++] = stem_end;
    }
    if (clitics > 0) {
      SplitUnit(b, stem_end);
      for (int k = clitics - 1; k >= 0; --k) {
        Add(clitic_starts[k], k == 0 ? e : clitic_starts[k - 1]);
      }
      return;
    }
    SplitUnit(b, e);
  }

  // A number written against a unit is two words: "10km" -> "10" "km",
  // "5pm" -> "5" "pm", "420,588MMBTU" -> "420,588" "MMBTU". Ordinals and
  // decades stay whole ("20th", "1990s"), as do codes ending in one letter
  // that is not a unit ("83N", "3143C").
  void SplitUnit(size_t b, size_t e) {
    size_t i = b;
    while (i < e && (IsAsciiDigit(t_[i]) || ((t_[i] == '.' || t_[i] == ',' || t_[i] == ':') &&
                                             i > b && i + 1 < e && IsAsciiDigit(t_[i + 1])))) {
      ++i;
    }
    if (i > b && i < e) {
      size_t k = i;
      while (k < e && IsAsciiAlpha(t_[k])) ++k;
      if (k == e && IsUnit(t_.substr(i, e - i))) {
        Add(b, i);
        Add(i, e);
        return;
      }
    }
    Add(b, e);
  }

  static bool IsUnit(std::string_view letters) {
    static constexpr std::string_view kNumberSuffixes[] = {"st", "nd", "rd", "th", "s"};
    char buf[8];
    const size_t n = std::min(letters.size(), sizeof(buf));
    for (size_t k = 0; k < n; ++k) buf[k] = AsciiLower(letters[k]);
    const std::string_view lower(buf, n);
    if (letters.size() <= 4 && InList(lower, std::begin(kUnits), std::end(kUnits))) return true;
    return letters.size() >= 2 &&
           !InList(lower, std::begin(kNumberSuffixes), std::end(kNumberSuffixes));
  }

  const text::NormalizedText& nt_;
  std::string_view t_;
  size_t end_;
  std::vector<khaldun::Word>* out_;
};

}  // namespace

Tokenizer::Tokenizer(Options options) : options_(options) {}

Sentence Tokenizer::TokenizeSentence(const text::NormalizedText& text, Span sentence) const {
  KHALDUN_DCHECK(sentence.begin <= sentence.end && sentence.end <= text.text.size());
  Sentence out;
  out.span = text::OriginalSpan(text, sentence.begin, sentence.end);
  SentenceTokenizer(text, sentence.end, &out.words).Run(sentence.begin);
  return out;
}

std::vector<Sentence> Tokenizer::Tokenize(std::string_view original, TokenizeStats* stats) const {
  const text::NormalizedText nt = text::Normalize(original);
  const std::string_view t = nt.text;
  std::vector<Sentence> out;
  uint64_t cut = 0, words = 0;
  const size_t max = options_.max_sentence_bytes;
  auto emit = [&](size_t b, size_t e) {
    while (b < e && IsSpace(t[b])) ++b;
    while (e > b && IsSpace(t[e - 1])) --e;
    if (b >= e) return;
    Sentence s = TokenizeSentence(nt, {static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
    if (s.words.empty()) return;
    words += s.words.size();
    out.push_back(std::move(s));
  };
  for (const Span& s : text::SplitSentences(nt)) {
    size_t b = s.begin;
    const size_t e = s.end;
    if (max == 0 || e - b <= max) {
      emit(b, e);
      continue;
    }
    ++cut;
    while (e - b > max) {
      const size_t limit = b + max;
      // The last space in the second half of the window, else a character
      // boundary at the limit.
      size_t c = limit;
      while (c > b + max / 2 && !IsSpace(t[c])) --c;
      if (!IsSpace(t[c])) {
        // Back to the start of a character, and of a normalised unit.
        auto inside = [&](size_t x) {
          return (static_cast<unsigned char>(t[x]) & 0xC0) == 0x80 ||
                 nt.to_original[x] == nt.to_original[x - 1];
        };
        c = limit;
        while (c > b && inside(c)) --c;
        if (c == b) {  // max smaller than one unit
          c = b + 1;
          while (c < e && inside(c)) ++c;
        }
      }
      emit(b, c);
      b = c;
    }
    emit(b, e);
  }
  if (stats != nullptr) {
    stats->invalid_bytes += nt.invalid_bytes;
    stats->sentences += out.size();
    stats->words += words;
    stats->long_sentences_cut += cut;
  }
  return out;
}

}  // namespace khaldun::token
