#include "text/sentence_splitter.h"

#include <algorithm>
#include <string_view>

#include "text/abbreviations.h"
#include "text/utf8.h"

namespace khaldun::text {
namespace {

namespace config {
// The word before a period is looked for at most this far back, so a 1 MB
// line without spaces stays linear.
constexpr size_t kMaxWordLookBehind = 64;
// Hard-wrapped text: lines are at most this long ...
constexpr size_t kMaxWrappedLineBytes = 100;
// ... at least this many lines are followed by a non-blank line ...
constexpr size_t kMinWrappedLines = 3;
// ... at least 60% of those are longer than 60% of the longest line ...
constexpr double kWrappedLongLineFraction = 0.6;
// ... and at least 25% of them continue on a line starting in lower case.
constexpr double kWrappedLowerContinuationFraction = 0.25;
}  // namespace config

bool IsTerminal(char c) { return c == '.' || c == '?' || c == '!'; }
bool IsOpener(char c) { return c == '"' || c == '\'' || c == '(' || c == '[' || c == '{'; }
bool IsCloser(char c) { return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}'; }

// Lower-case words after which a line break never ends a sentence
// ("talks with\nPresident Obama").
bool IsFunctionWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {"a",  "an",  "and",  "as",   "at", "but",
                                                "by", "for", "from", "in",   "of", "on",
                                                "or", "the", "than", "that", "to", "with"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

bool LooksHardWrapped(std::string_view t) {
  size_t max_len = 0;
  for (size_t b = 0; b < t.size();) {
    size_t e = t.find('\n', b);
    if (e == std::string_view::npos) e = t.size();
    max_len = std::max(max_len, e - b);
    b = e + 1;
  }
  if (max_len > config::kMaxWrappedLineBytes || max_len < 40) return false;
  size_t interior = 0, long_lines = 0, lower_next = 0;
  for (size_t b = 0; b < t.size();) {
    size_t e = t.find('\n', b);
    if (e == std::string_view::npos) break;
    const size_t len = e - b;
    const size_t next = e + 1;
    if (len > 0 && next < t.size() && t[next] != '\n') {
      ++interior;
      if (len * 10 >= max_len * 6) ++long_lines;
      if (ClassifyChar(t, next).kind == CharKind::kLower) ++lower_next;
    }
    b = next;
  }
  return interior >= config::kMinWrappedLines &&
         long_lines >= config::kWrappedLongLineFraction * static_cast<double>(interior) &&
         lower_next >= config::kWrappedLowerContinuationFraction * static_cast<double>(interior);
}

class Splitter {
 public:
  explicit Splitter(std::string_view t) : t_(t), n_(t.size()), wrapped_(LooksHardWrapped(t)) {}

  std::vector<Span> Run() {
    size_t i = 0;
    while (i < n_) {
      const char c = t_[i];
      if (c == '\n') {
        i = HandleNewline(i);
      } else if (IsTerminal(c)) {
        i = HandleTerminal(i);
      } else {
        ++i;
      }
    }
    Emit(n_);
    return std::move(out_);
  }

 private:
  // Ends the current sentence at `end` (exclusive), trimmed.
  void Emit(size_t end) {
    size_t b = start_, e = end;
    while (b < e && IsSpace(t_[b])) ++b;
    while (e > b && IsSpace(t_[e - 1])) --e;
    if (b < e) out_.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
    start_ = end;
  }

  size_t SkipSpaces(size_t i) const {
    while (i < n_ && IsSpace(t_[i])) ++i;
    return i;
  }

  // The word that starts at `i`: ASCII alphanumerics and non-ASCII bytes.
  std::string_view WordAt(size_t i) const {
    size_t e = i;
    while (e < n_ && (IsAsciiAlnum(t_[e]) || static_cast<unsigned char>(t_[e]) >= 0x80)) ++e;
    return t_.substr(i, e - i);
  }

  // Does the text at `i` (the next non-space character) look like the start
  // of a sentence? Opening quotes and brackets are looked through.
  struct Next {
    CharKind kind = CharKind::kOther;
    bool starts_sentence = false;  // capital, digit, uncased letter, or $ # @ and the like
    std::string_view word;         // the first word, after any openers
    size_t pos = 0;                // where `word` starts
  };
  Next LookAhead(size_t i) const {
    Next next;
    while (i < n_ && IsOpener(t_[i])) ++i;
    if (i >= n_) return next;
    const CharInfo ci = ClassifyChar(t_, i);
    next.kind = ci.kind;
    next.pos = i;
    next.word = WordAt(i);
    switch (ci.kind) {
      case CharKind::kUpper:
      case CharKind::kDigit:
      case CharKind::kLetter:
        next.starts_sentence = true;
        break;
      case CharKind::kOther: {
        const char c = t_[i];
        // Currency and other non-ASCII symbols, $5, #hashtag, @handle, * bullet.
        next.starts_sentence =
            static_cast<unsigned char>(c) >= 0x80 || c == '$' || c == '#' || c == '@' || c == '*';
        break;
      }
      default:
        break;
    }
    return next;
  }

  // A list marker at the start of a line: "- ", "* ", "1. ", "2) ".
  bool StartsListItem(size_t i) const {
    if (i >= n_) return false;
    if ((t_[i] == '-' || t_[i] == '*') && i + 1 < n_ && t_[i + 1] == ' ') return true;
    size_t j = i;
    while (j < n_ && j - i < 3 && IsAsciiDigit(t_[j])) ++j;
    return j > i && j + 1 < n_ && (t_[j] == '.' || t_[j] == ')') && t_[j + 1] == ' ';
  }

  size_t HandleNewline(size_t i) {
    size_t j = i + 1;
    bool blank = false;
    while (j < n_ && IsSpace(t_[j])) {
      blank |= t_[j] == '\n';
      ++j;
    }
    if (j >= n_) return j;
    if (blank) {
      Emit(i);
    } else if (wrapped_ ? StartsListItem(j) : SingleNewlineEndsSentence(i, j)) {
      Emit(i);
    }
    return j;
  }

  // Line break at `i`, next line starting at `j` (non-space).
  bool SingleNewlineEndsSentence(size_t i, size_t j) const {
    size_t p = i;
    while (p > start_ && t_[p - 1] == ' ') --p;
    if (p <= start_) return false;  // nothing pending in this sentence
    if (ClassifyChar(t_, j).kind == CharKind::kLower) return false;
    // A line ending in final punctuation was judged by HandleTerminal.
    size_t q = p;
    while (q > start_ && IsCloser(t_[q - 1])) --q;
    if (q > start_ && IsTerminal(t_[q - 1])) return false;
    const char last = t_[p - 1];
    if (last == ',' || last == ';' || last == ':' || last == '-' || last == '(' || last == '&' ||
        last == '/') {
      return false;
    }
    if (last == ')') {  // dateline: "TRIPOLI, March 29 (Reuters)"
      size_t open = p - 1;
      while (open > start_ && t_[open] != '(' && p - open <= 24) --open;
      if (t_[open] == '(' && IsNewsAgency(t_.substr(open + 1, p - 2 - open))) return false;
    }
    size_t w = p;
    while (w > start_ && IsAsciiAlpha(t_[w - 1]) && p - w < 8) --w;
    if ((w == start_ || IsSpace(t_[w - 1])) && IsFunctionWord(t_.substr(w, p - w))) return false;
    return true;
  }

  // Final punctuation starting at `i`. Returns where scanning continues.
  size_t HandleTerminal(size_t i) {
    size_t k = i;
    bool question_or_bang = false;
    while (k < n_ && IsTerminal(t_[k])) {
      question_or_bang |= t_[k] != '.';
      ++k;
    }
    const size_t run = k - i;
    size_t m = k;
    bool quoted = false;
    while (m < n_ && IsCloser(t_[m])) {
      quoted = true;
      ++m;
    }
    if (m >= n_) return m;                           // end of text: the final Emit handles it
    if (!IsSpace(t_[m])) return std::max(k, i + 1);  // "3.5", "U.S.-led", "e.g.,"
    const size_t after = SkipSpaces(m);
    if (after >= n_) return after;
    const bool line_break = t_.substr(m, after - m).find('\n') != std::string_view::npos;
    const Next next = LookAhead(after);
    bool boundary;
    if (question_or_bang) {
      // '"Who did it?" he asked.' continues; an unquoted '?' or '!' ends the
      // sentence even before a lower-case word ("Why? nobody knows").
      boundary = next.starts_sentence || next.kind == CharKind::kLower || line_break;
      if (quoted && next.kind == CharKind::kLower) boundary = false;
    } else if (run >= 2) {  // ellipsis
      boundary = next.kind == CharKind::kUpper || next.kind == CharKind::kLetter ||
                 (line_break && !wrapped_);
    } else {
      boundary = PeriodEndsSentence(i, next, line_break && !wrapped_);
    }
    if (boundary) Emit(m);
    return m;
  }

  // `line_break`: a line break follows the period, in text that is not
  // hard-wrapped, so it ends a paragraph or a list item.
  bool PeriodEndsSentence(size_t dot, const Next& next, bool line_break) const {
    // The word before the period, without leading openers.
    size_t b = dot;
    while (b > start_ && !IsSpace(t_[b - 1]) && dot - b < config::kMaxWordLookBehind) --b;
    while (b < dot && IsOpener(t_[b])) ++b;
    const std::string_view word = t_.substr(b, dot - b);
    AbbreviationKind kind = AbbreviationKind::kNone;
    if (!word.empty() && !IsCloser(word.back())) kind = ClassifyAbbreviation(word);

    const bool next_is_number = next.kind == CharKind::kDigit;
    switch (kind) {
      case AbbreviationKind::kTitle:
        return false;
      case AbbreviationKind::kBeforeNumber:
        if (next_is_number) return false;
        break;  // "He said no." is an ordinary word
      case AbbreviationKind::kMonth:
        if (next_is_number) return false;
        [[fallthrough]];
      case AbbreviationKind::kGeneral:
      case AbbreviationKind::kInitial: {
        if (line_break) return true;  // a paragraph ends after "... in the U.S."
        if (next.kind != CharKind::kUpper) return false;
        // "J. A. Smith": an initial before another initial.
        if (kind == AbbreviationKind::kInitial && next.word.size() == 1 && next.pos + 1 < n_ &&
            t_[next.pos + 1] == '.') {
          return false;
        }
        return IsSentenceStarter(next.word);
      }
      case AbbreviationKind::kListEnd:
      case AbbreviationKind::kNone:
        break;
    }
    if (!next.starts_sentence && !line_break) return false;
    // "1. Rebels ..." / "a. ...": a list marker opening the sentence.
    if (b == SkipSpaces(start_) && word.size() <= 2 &&
        std::all_of(word.begin(), word.end(), [](char c) { return IsAsciiDigit(c); })) {
      return false;
    }
    if (b == SkipSpaces(start_) && word.size() == 1 && IsAsciiLower(word[0])) return false;
    return true;
  }

  std::string_view t_;
  size_t n_;
  bool wrapped_;
  size_t start_ = 0;
  std::vector<Span> out_;
};

}  // namespace

std::vector<Span> SplitSentences(std::string_view normalized) { return Splitter(normalized).Run(); }

std::vector<Span> SplitSentences(const NormalizedText& text) { return SplitSentences(text.text); }

}  // namespace khaldun::text
