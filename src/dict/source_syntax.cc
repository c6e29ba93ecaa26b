#include "dict/source_syntax.h"

#include <algorithm>

namespace khaldun::dict {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsVowel(char c) {
  c = static_cast<char>(c | 0x20);
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// Position of the first `comment` character outside [...], or npos.
size_t CommentStart(std::string_view line, char comment) {
  int depth = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (c == '[') {
      ++depth;
    } else if (c == ']') {
      if (depth > 0) --depth;
    } else if (c == comment && depth == 0) {
      return i;
    }
  }
  return std::string_view::npos;
}

// Appends `suffix` in the case of the word's last letter.
std::string WithSuffix(std::string_view stem, std::string_view suffix, bool lower) {
  std::string out(stem);
  for (char c : suffix) out.push_back(lower ? c : static_cast<char>(c - 'a' + 'A'));
  return out;
}

bool EndsWithCI(std::string_view w, std::string_view tail) {
  if (w.size() < tail.size()) return false;
  for (size_t i = 0; i < tail.size(); ++i) {
    if ((w[w.size() - tail.size() + i] | 0x20) != tail[i]) return false;
  }
  return true;
}

}  // namespace

SourceLines::SourceLines(std::string_view bytes, Dialect dialect)
    : bytes_(bytes), dialect_(dialect) {
  if (bytes_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
}

bool SourceLines::Next(std::string_view* out, size_t* number) {
  while (!ended_at_marker_ && pos_ < bytes_.size()) {
    size_t nl = bytes_.find('\n', pos_);
    std::string_view line =
        bytes_.substr(pos_, nl == std::string_view::npos ? std::string_view::npos : nl - pos_);
    pos_ = nl == std::string_view::npos ? bytes_.size() : nl + 1;
    ++line_no_;

    if (dialect_ == Dialect::kPetrarch) {
      // <!-- ... --> comments, possibly spanning lines: keep what is outside
      // them. Only lines that hold a comment are copied into scratch_.
      if (in_xml_comment_ || line.find("<!--") != std::string_view::npos) {
        scratch_.clear();
        std::string_view rest = line;
        while (!rest.empty()) {
          if (in_xml_comment_) {
            size_t end = rest.find("-->");
            if (end == std::string_view::npos) break;
            in_xml_comment_ = false;
            rest.remove_prefix(end + 3);
            continue;
          }
          size_t start = rest.find("<!--");
          scratch_.append(rest.substr(0, start));
          if (start == std::string_view::npos) break;
          scratch_.push_back(' ');
          in_xml_comment_ = true;
          xml_comment_start_ = line_no_;
          rest.remove_prefix(start + 4);
        }
        line = scratch_;
      }
      line = Trim(line);
      if (line.empty() || line[0] == '#') continue;
      if (line.substr(0, 2) == "<!") continue;  // <!DOCTYPE ...> and the like
      size_t c = CommentStart(line, '#');
      if (c != std::string_view::npos) line = line.substr(0, c);
    } else {
      line = Trim(line);
      if (line.empty() || line[0] == '#' || line.substr(0, 2) == "//") continue;
      if (line.substr(0, 2) == "~~") {
        ended_at_marker_ = true;
        break;
      }
      size_t c = CommentStart(line, ';');
      if (c != std::string_view::npos) line = line.substr(0, c);
    }
    line = Trim(line);
    if (line.empty()) continue;
    ++content_lines_;
    *out = line;
    *number = line_no_;
    return true;
  }
  return false;
}

Status StrictStatus(const std::vector<LineProblem>& problems, bool strict) {
  if (!strict || problems.empty()) return Status::Ok();
  std::string msg = problems.front().ToString();
  if (problems.size() > 1)
    msg += " (and " + std::to_string(problems.size() - 1) + " more problems)";
  return InvalidArgumentError(
      msg + "; fix the dictionary or read it without strict mode to skip such lines");
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

Phrase ParsePhrase(std::string_view text) {
  Phrase p;
  text = Trim(text);
  p.text = std::string(text);
  size_t i = 0;
  char pending = 0;  // connector seen since the last word
  while (i < text.size()) {
    char c = text[i];
    if (c == '_' || IsSpace(c)) {
      if (!p.words.empty()) pending = (IsSpace(c) || pending == ' ') ? ' ' : '_';
      ++i;
      continue;
    }
    size_t start = i;
    while (i < text.size() && text[i] != '_' && !IsSpace(text[i])) ++i;
    if (!p.words.empty()) p.connectors.push_back(pending ? pending : ' ');
    p.words.emplace_back(text.substr(start, i - start));
    pending = 0;
  }
  p.exact = !text.empty() && text.back() == '_';
  return p;
}

bool ParseDate(std::string_view d, std::string* iso, std::string* why) {
  if ((d.size() != 6 && d.size() != 8) || !std::all_of(d.begin(), d.end(), IsDigit)) {
    *why = "date '" + std::string(d) + "' is not YYMMDD or YYYYMMDD";
    return false;
  }
  auto num = [&](size_t at, size_t n) {
    int v = 0;
    for (size_t k = 0; k < n; ++k) v = v * 10 + (d[at + k] - '0');
    return v;
  };
  int year, month, day;
  if (d.size() == 6) {
    year = num(0, 2);
    year += year <= 30 ? 2000 : 1900;  // PETRARCH/TABARI century rule
    month = num(2, 2);
    day = num(4, 2);
  } else {
    year = num(0, 4);
    month = num(4, 2);
    day = num(6, 2);
  }
  static constexpr int kDays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1] ||
      (month == 2 && day == 29 && !leap)) {
    *why = "date '" + std::string(d) + "' is not a calendar date";
    return false;
  }
  char buf[16];
  buf[0] = static_cast<char>('0' + year / 1000);
  buf[1] = static_cast<char>('0' + year / 100 % 10);
  buf[2] = static_cast<char>('0' + year / 10 % 10);
  buf[3] = static_cast<char>('0' + year % 10);
  buf[4] = '-';
  buf[5] = static_cast<char>('0' + month / 10);
  buf[6] = static_cast<char>('0' + month % 10);
  buf[7] = '-';
  buf[8] = static_cast<char>('0' + day / 10);
  buf[9] = static_cast<char>('0' + day % 10);
  iso->assign(buf, 10);
  return true;
}

bool ParseDatedCode(std::string_view inside, DatedCode* out, std::string* why) {
  inside = Trim(inside);
  size_t sp = 0;
  while (sp < inside.size() && !IsSpace(inside[sp])) ++sp;
  std::string_view code = inside.substr(0, sp);
  if (code.empty()) {
    *why = "empty code bracket '[]'";
    return false;
  }
  // "[991201-010114]": a date restriction without its code.
  bool date_like =
      std::all_of(code.begin(), code.end(),
                  [](char c) { return IsDigit(c) || c == '-' || c == '<' || c == '>'; }) &&
      std::count_if(code.begin(), code.end(), IsDigit) >= 6;
  if (date_like || code[0] == '<' || code[0] == '>') {
    *why = "code bracket '[" + std::string(inside) + "]' starts with a date: the code is missing";
    return false;
  }
  out->code = std::string(code);
  out->from.clear();
  out->to.clear();
  std::string rest;  // the restriction with its spaces removed: "<900823", "950601-990815"
  for (char c : inside.substr(sp)) {
    if (!IsSpace(c)) rest.push_back(c);
  }
  if (rest.empty()) return true;
  if (rest[0] == '<') return ParseDate(std::string_view(rest).substr(1), &out->to, why);
  if (rest[0] == '>') return ParseDate(std::string_view(rest).substr(1), &out->from, why);
  size_t dash = rest.find('-');
  if (dash == std::string::npos) {
    *why = "date restriction '" + rest + "' needs '<' (before), '>' (from) or a range 'from-to'";
    return false;
  }
  std::string_view r(rest);
  if (!ParseDate(r.substr(0, dash), &out->from, why) ||
      !ParseDate(r.substr(dash + 1), &out->to, why)) {
    return false;
  }
  if (!(out->from < out->to)) {
    *why = "date range '" + rest + "' is empty: " + out->from + " is not before " + out->to;
    return false;
  }
  return true;
}

bool ParseEventCode(std::string_view inside, EventCode* out, std::string* why) {
  inside = Trim(inside);
  if (inside.empty()) {
    *why = "empty code bracket '[]'";
    return false;
  }
  size_t colon = inside.find(':');
  std::string_view primary = Trim(inside.substr(0, colon));
  std::string_view secondary =
      colon == std::string_view::npos ? std::string_view() : Trim(inside.substr(colon + 1));
  // ":026" (only the reverse dyad is coded) is allowed; ":" and "026:" are not.
  if ((primary.empty() && secondary.empty()) ||
      (colon != std::string_view::npos && secondary.empty()) ||
      secondary.find(':') != std::string_view::npos) {
    *why = "code '[" + std::string(inside) + "]' is not CODE or CODE:CODE";
    return false;
  }
  out->primary = std::string(primary);
  out->secondary = std::string(secondary);
  return true;
}

bool SplitBrackets(std::string_view line, std::string_view* before,
                   std::vector<std::string_view>* insides, std::string* why) {
  insides->clear();
  size_t open = line.find('[');
  *before = Trim(line.substr(0, open));
  while (open != std::string_view::npos) {
    size_t close = line.find(']', open + 1);
    size_t nested = line.find('[', open + 1);
    if (close == std::string_view::npos || (nested != std::string_view::npos && nested < close)) {
      *why = "'[' without a matching ']'";
      return false;
    }
    insides->push_back(line.substr(open + 1, close - open - 1));
    size_t next = close + 1;
    while (next < line.size() && IsSpace(line[next])) ++next;
    if (next == line.size()) return true;
    if (line[next] != '[') {
      *why = "unexpected text '" + std::string(Trim(line.substr(next))) + "' after ']'";
      return false;
    }
    open = next;
  }
  if (before->find(']') != std::string_view::npos) {
    *why = "']' without a matching '['";
    return false;
  }
  return true;
}

std::string Plural(std::string_view w) {
  if (w.empty()) return std::string(w);
  bool lower = IsLower(w.back());
  if (w.size() >= 2 && (w.back() | 0x20) == 'y' && !IsVowel(w[w.size() - 2])) {
    return WithSuffix(w.substr(0, w.size() - 1), "ies", lower);
  }
  if (EndsWithCI(w, "s") || EndsWithCI(w, "x") || EndsWithCI(w, "z") || EndsWithCI(w, "ch") ||
      EndsWithCI(w, "sh")) {
    return WithSuffix(w, "es", lower);
  }
  return WithSuffix(w, "s", lower);
}

std::vector<std::string> VerbForms(std::string_view w) {
  std::vector<std::string> forms;
  if (w.empty()) return forms;
  bool lower = IsLower(w.back());
  forms.push_back(Plural(w));  // third person singular follows the plural rule
  bool consonant_y = w.size() >= 2 && (w.back() | 0x20) == 'y' && !IsVowel(w[w.size() - 2]);
  if (consonant_y) {
    forms.push_back(WithSuffix(w.substr(0, w.size() - 1), "ied", lower));
  } else if ((w.back() | 0x20) == 'e') {
    forms.push_back(WithSuffix(w, "d", lower));
  } else {
    forms.push_back(WithSuffix(w, "ed", lower));
  }
  if (EndsWithCI(w, "ie") && w.size() > 2) {
    forms.push_back(WithSuffix(w.substr(0, w.size() - 2), "ying", lower));  // die -> dying
  } else if ((w.back() | 0x20) == 'e' && w.size() > 2 && !EndsWithCI(w, "ee") &&
             !EndsWithCI(w, "ye") && !EndsWithCI(w, "oe")) {
    forms.push_back(WithSuffix(w.substr(0, w.size() - 1), "ing", lower));  // rake -> raking
  } else {
    forms.push_back(WithSuffix(w, "ing", lower));
  }
  return forms;
}

bool ParsePattern(std::string_view body, Dialect dialect, VerbPattern* out, std::string* why) {
  *out = VerbPattern();
  body = Trim(body);
  // The code is the last bracket on the line.
  size_t open = body.rfind('[');
  if (open == std::string_view::npos || body.back() != ']') {
    *why = "pattern has no [code] at its end";
    return false;
  }
  if (!ParseEventCode(body.substr(open + 1, body.size() - open - 2), &out->code, why)) return false;
  std::string_view text = body.substr(0, open);
  if (text.find_first_of("[]") != std::string_view::npos) {
    *why = "pattern has a stray '[' or ']' before its code";
    return false;
  }

  std::vector<PatternToken>* side = &out->pre;
  bool seen_verb = false;
  int paren_depth = 0, brace_depth = 0;
  PatternToken* last = nullptr;  // the token a following '_' joins
  bool last_is_verb = false;
  auto push = [&](PatternToken t) {
    side->push_back(std::move(t));
    last = &side->back();
    last_is_verb = false;
  };
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (IsSpace(c)) {
      ++i;
      continue;
    }
    if (c == '_') {
      // "IN_*" and "WOULD_*_TALKS" join; "IN_ *" marks IN as an exact word.
      bool joins = i + 1 < text.size() && !IsSpace(text[i + 1]);
      if (joins) {
        if (last_is_verb) {
          out->verb_joined = true;
        } else if (last != nullptr) {
          last->joined = true;
        }
      } else if (last != nullptr && !last_is_verb && last->kind == PatternTokenKind::kWord) {
        last->exact = true;
      }
      ++i;
      continue;
    }
    if (c == '*') {
      if (seen_verb) {
        *why = "pattern has more than one '*' (the verb's position)";
        return false;
      }
      if (paren_depth != 0 || brace_depth != 0) {
        *why = "'*' inside a bracketed phrase";
        return false;
      }
      seen_verb = true;
      side = &out->post;
      last = nullptr;
      last_is_verb = true;
      ++i;
      continue;
    }
    if (c == '|') {
      *why = "'|' outside a { A | B } set";
      return false;
    }
    if (c == '{' && dialect == Dialect::kTabari) {
      size_t close = text.find('}', i + 1);
      if (close == std::string_view::npos) {
        *why = "'{' without a matching '}'";
        return false;
      }
      PatternToken t;
      t.kind = PatternTokenKind::kAlternatives;
      std::string_view set = text.substr(i + 1, close - i - 1);
      size_t start = 0;
      while (true) {
        size_t bar = set.find('|', start);
        std::string_view alt = Trim(set.substr(
            start, bar == std::string_view::npos ? std::string_view::npos : bar - start));
        if (alt.empty()) {
          *why = "empty alternative in '{" + std::string(set) + "}'";
          return false;
        }
        t.alternatives.emplace_back(alt);
        if (bar == std::string_view::npos) break;
        start = bar + 1;
      }
      push(std::move(t));
      i = close + 1;
      continue;
    }
    if (c == '{' || c == '(') {
      PatternToken t;
      t.kind = c == '{' ? PatternTokenKind::kNounPhraseOpen : PatternTokenKind::kPrepPhraseOpen;
      (c == '{' ? brace_depth : paren_depth)++;
      push(std::move(t));
      ++i;
      continue;
    }
    if (c == '}' || c == ')') {
      int& depth = c == '}' ? brace_depth : paren_depth;
      if (depth == 0) {
        *why = std::string("'") + c + "' without a matching opening bracket";
        return false;
      }
      --depth;
      PatternToken t;
      t.kind = c == '}' ? PatternTokenKind::kNounPhraseClose : PatternTokenKind::kPrepPhraseClose;
      push(std::move(t));
      ++i;
      continue;
    }
    size_t start = i;
    // A synset name may contain '_' ("&FIGHT_OF_WORDS"); ResolveSynsets
    // splits "&TIETYPES_RELATIONS" later, once the defined names are known.
    std::string_view stops = c == '&' ? std::string_view("(){}*|") : std::string_view("_(){}*|");
    while (i < text.size() && !IsSpace(text[i]) && stops.find(text[i]) == std::string_view::npos)
      ++i;
    std::string_view word = text.substr(start, i - start);
    PatternToken t;
    if (word == "$") {
      t.kind = PatternTokenKind::kSource;
    } else if (word == "+") {
      t.kind = PatternTokenKind::kTarget;
    } else if (word == "%") {
      t.kind = PatternTokenKind::kCompound;
    } else if (word == "^") {
      t.kind = PatternTokenKind::kSkip;
    } else if (word[0] == '&') {
      while (word.size() > 1 && word.back() == '_')
        word.remove_suffix(1);  // "&X_ *": trailing '_' only
      if (word.size() == 1) {
        *why = "'&' without a synset name";
        return false;
      }
      t.kind = PatternTokenKind::kSynset;
      t.text = std::string(word);
    } else {
      t.kind = PatternTokenKind::kWord;
      t.text = std::string(word);
    }
    push(std::move(t));
  }
  if (paren_depth != 0) {
    *why = "'(' without a matching ')'";
    return false;
  }
  if (brace_depth != 0) {
    *why = "'{' without a matching '}'";
    return false;
  }
  if (!seen_verb) {
    *why = "pattern has no '*' (the verb's position)";
    return false;
  }
  out->text = "- " + std::string(body);
  return true;
}

std::string JoinPhrase(const Phrase& p) {
  std::string out;
  for (size_t i = 0; i < p.words.size(); ++i) {
    if (i > 0) out.push_back(i - 1 < p.connectors.size() ? p.connectors[i - 1] : ' ');
    out += p.words[i];
  }
  if (p.exact) out.push_back('_');
  return out;
}

void SortProblems(std::vector<LineProblem>* problems) {
  std::stable_sort(problems->begin(), problems->end(),
                   [](const LineProblem& a, const LineProblem& b) { return a.line < b.line; });
}

namespace {

// Splits an undefined "&A_B_C" into the longest defined synset prefix and
// the remaining words, all joined. False when no prefix is defined.
bool SplitSynsetName(const PatternToken& t, const std::vector<std::string>& defined,
                     std::vector<PatternToken>* out) {
  std::string_view name = t.text;
  for (size_t cut = name.rfind('_'); cut != std::string_view::npos && cut > 1;
       cut = cut == 0 ? std::string_view::npos : name.rfind('_', cut - 1)) {
    std::string prefix(name.substr(0, cut));
    if (!std::binary_search(defined.begin(), defined.end(), prefix)) continue;
    PatternToken syn;
    syn.kind = PatternTokenKind::kSynset;
    syn.text = prefix;
    syn.joined = true;
    out->push_back(syn);
    Phrase rest = ParsePhrase(name.substr(cut + 1));
    for (const std::string& w : rest.words) {
      PatternToken word;
      word.kind = w[0] == '&' ? PatternTokenKind::kSynset : PatternTokenKind::kWord;
      word.text = w;
      word.joined = true;
      out->push_back(word);
    }
    out->back().joined = t.joined;
    return true;
  }
  return false;
}

// Resolves the synset tokens of one side of a pattern. Returns the first
// undefined name, or "".
std::string ResolveSide(std::vector<PatternToken>* side, const std::vector<std::string>& defined) {
  std::vector<PatternToken> out;
  out.reserve(side->size());
  for (PatternToken& t : *side) {
    if (t.kind != PatternTokenKind::kSynset ||
        std::binary_search(defined.begin(), defined.end(), t.text)) {
      out.push_back(std::move(t));
      continue;
    }
    if (!SplitSynsetName(t, defined, &out)) return t.text;
  }
  *side = std::move(out);
  return "";
}

}  // namespace

void ResolveSynsets(VerbDictionary* d, ProblemSink* problems) {
  std::vector<std::string> defined;
  for (const Synset& s : d->synsets) defined.push_back(s.name);
  std::sort(defined.begin(), defined.end());
  for (Synset& s : d->synsets) {
    std::vector<Phrase> kept;
    for (Phrase& m : s.members) {
      std::string missing;
      for (const std::string& w : m.words) {
        if (w[0] == '&' && !std::binary_search(defined.begin(), defined.end(), w)) missing = w;
      }
      if (missing.empty()) {
        kept.push_back(std::move(m));
      } else {
        problems->Add(s.line, "member '" + m.text + "' of " + s.name + " names undefined synset " +
                                  missing + "; member skipped");
      }
    }
    s.members = std::move(kept);
  }
  auto resolve_blocks = [&](std::vector<VerbBlock>* blocks) {
    for (VerbBlock& b : *blocks) {
      std::vector<VerbPattern> kept;
      for (VerbPattern& p : b.patterns) {
        std::string missing = ResolveSide(&p.pre, defined);
        if (missing.empty()) missing = ResolveSide(&p.post, defined);
        if (missing.empty()) {
          kept.push_back(std::move(p));
        } else {
          problems->Add(p.line, "synset " + missing + " is not defined; pattern skipped");
        }
      }
      b.patterns = std::move(kept);
    }
  };
  resolve_blocks(&d->blocks);
  resolve_blocks(&d->time_blocks);
}

ActorDictionary ParseActorDictionary(std::string_view bytes, std::string_view source_name,
                                     Dialect dialect) {
  ActorDictionary d;
  ProblemSink problems(&d.problems, source_name);
  SourceLines lines(bytes, dialect);
  enum class Section { kActors, kNouns, kAdjectives } section = Section::kActors;
  bool have_current = false;
  ActorEntry current;
  auto finish = [&] {
    if (!have_current) return;
    have_current = false;
    if (current.codes.empty()) {
      problems.Add(current.line, "actor '" + current.names[0].text + "' has no code; skipped");
      return;
    }
    d.actors.push_back(std::move(current));
  };
  std::string_view line;
  size_t n = 0;
  std::string why;
  std::vector<std::string_view> insides;
  std::string_view before;
  size_t last_line = 0;  // the content line before this one
  while (lines.Next(&line, &n)) {
    bool follows_previous = n == last_line + 1;  // no blank or comment line between
    last_line = n;
    if (dialect == Dialect::kTabari && line[0] == '<') {
      finish();
      if (line == "<NOUN>") {
        section = Section::kNouns;
      } else if (line == "<ADJECTIVE>") {
        section = Section::kAdjectives;
      } else if (line == "</NOUN>" || line == "</ADJECTIVE>") {
        section = Section::kActors;
      } else {
        problems.Add(n, "unknown section tag '" + std::string(line) + "'");
      }
      continue;
    }
    if (section != Section::kActors) {
      (section == Section::kNouns ? d.nouns : d.adjectives).push_back(ParsePhrase(line));
      continue;
    }
    if (line[0] == '[') {
      if (!have_current) {
        problems.Add(n, "code line with no actor name before it");
        continue;
      }
      if (!SplitBrackets(line, &before, &insides, &why)) {
        problems.Add(n, why);
        continue;
      }
      for (std::string_view inside : insides) {
        DatedCode code;
        if (ParseDatedCode(inside, &code, &why)) {
          current.codes.push_back(std::move(code));
        } else {
          problems.Add(n, why + "; code skipped");
        }
      }
      continue;
    }
    if (line[0] == '+') {
      std::string_view name = Trim(line.substr(1));
      if (!have_current) {
        problems.Add(n, "synonym '" + std::string(line) + "' with no actor before it");
      } else if (name.empty()) {
        problems.Add(n, "empty synonym line");
      } else if (name.find_first_of("[]") != std::string_view::npos) {
        problems.Add(n, "synonym has a '[' or ']'; codes go on their own lines");
      } else {
        current.names.push_back(ParsePhrase(name));
      }
      continue;
    }
    if (!SplitBrackets(line, &before, &insides, &why)) {
      finish();
      problems.Add(n, why + "; actor skipped");
      continue;
    }
    if (before.empty()) {
      finish();
      problems.Add(n, "actor line has no name");
      continue;
    }
    // Names on consecutive lines before the first code share the codes that
    // follow ("IVO_JOSIPOVIC_" / "PRESIDENT_JOSIPOVIC_" / "\t[HRVGOV ...]").
    // PETRARCH's reader leaves all but the last of them without a code, which
    // is not what the dictionaries mean; a blank or comment line ends a group.
    bool joins_group = have_current && current.codes.empty() && follows_previous;
    if (!joins_group) {
      finish();
      current = ActorEntry();
      current.line = n;
      have_current = true;
    }
    current.names.push_back(ParsePhrase(before));
    for (std::string_view inside : insides) {
      DatedCode code;
      if (ParseDatedCode(inside, &code, &why)) {
        current.codes.push_back(std::move(code));
      } else {
        problems.Add(n, why + "; code skipped");
      }
    }
  }
  finish();
  if (size_t at = lines.unterminated_comment_line()) {
    problems.Add(at, "'<!--' comment is never closed; the rest of the file was skipped");
  }
  d.content_lines = lines.content_lines();
  SortProblems(&d.problems);
  return d;
}

namespace {

// A phrase with its last word replaced by `word`.
Phrase WithLastWord(const Phrase& p, const std::string& word) {
  Phrase out = p;
  if (out.words.empty()) return out;
  out.words.back() = word;
  out.text = JoinPhrase(out);
  return out;
}

}  // namespace

AgentDictionary ParseAgentDictionary(std::string_view bytes, std::string_view source_name,
                                     Dialect dialect) {
  AgentDictionary d;
  ProblemSink problems(&d.problems, source_name);
  SourceLines lines(bytes, dialect);
  std::string_view line;
  size_t n = 0;
  std::string why;
  std::vector<std::string_view> insides;
  std::string_view before;
  while (lines.Next(&line, &n)) {
    // "!PERSON! = MAN, MEN, WOMAN": a substitution set.
    if (line[0] == '!' && line.find('=') != std::string_view::npos &&
        line.find('[') == std::string_view::npos) {
      size_t close = line.find('!', 1);
      size_t eq = line.find('=');
      std::string_view name =
          close == std::string_view::npos ? std::string_view() : line.substr(1, close - 1);
      if (name.empty() || close > eq || !Trim(line.substr(close + 1, eq - close - 1)).empty()) {
        problems.Add(n, "substitution set is not '!NAME! = A, B, ...'");
        continue;
      }
      std::vector<std::string> items;
      std::string_view rest = line.substr(eq + 1);
      while (!rest.empty()) {
        size_t comma = rest.find(',');
        std::string_view item = Trim(rest.substr(0, comma));
        if (!item.empty()) items.emplace_back(item);
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
      }
      if (items.empty()) {
        problems.Add(n, "substitution set !" + std::string(name) + "! has no items");
        continue;
      }
      d.substitutions.emplace_back(std::string(name), std::move(items));
      continue;
    }
    if (line.find('[') == std::string_view::npos) {
      problems.Add(n, "agent '" + std::string(line) + "' has no [~CODE]; skipped");
      continue;
    }
    if (!SplitBrackets(line, &before, &insides, &why)) {
      problems.Add(n, why + "; agent skipped");
      continue;
    }
    if (insides.size() != 1) {
      problems.Add(n,
                   "agent has " + std::to_string(insides.size()) + " code brackets; expected one");
      continue;
    }
    AgentEntry agent;
    agent.line = n;
    std::string_view code = Trim(insides[0]);
    if (!code.empty() && code.front() == '~') {
      agent.placement = AgentPlacement::kAfterActor;
      code = Trim(code.substr(1));
    } else if (!code.empty() && code.back() == '~') {
      agent.placement = AgentPlacement::kBeforeActor;
      code = Trim(code.substr(0, code.size() - 1));
    } else {
      problems.Add(n, "agent code '" + std::string(code) +
                          "' needs '~' before it ([~GOV]) or after it ([NGO~])");
      continue;
    }
    if (code.empty() || code.find_first_of(" \t~") != std::string_view::npos) {
      problems.Add(n, "agent code '" + std::string(insides[0]) + "' is empty or has spaces");
      continue;
    }
    agent.code = std::string(code);

    std::string_view phrase = before;
    bool explicit_plurals = false;
    std::string_view plural_text;
    size_t brace = phrase.find('{');
    if (brace != std::string_view::npos) {
      size_t close = phrase.find('}', brace);
      if (close == std::string_view::npos) {
        problems.Add(n, "'{' without a matching '}' in the plural; agent skipped");
        continue;
      }
      if (!Trim(phrase.substr(close + 1)).empty()) {
        problems.Add(n, "unexpected text after the plural '{...}'; agent skipped");
        continue;
      }
      explicit_plurals = true;
      plural_text = phrase.substr(brace + 1, close - brace - 1);
      phrase = Trim(phrase.substr(0, brace));
    } else if (phrase.find('}') != std::string_view::npos) {
      problems.Add(n, "'}' without a matching '{'; agent skipped");
      continue;
    }
    if (phrase.empty()) {
      problems.Add(n, "agent has a code but no phrase");
      continue;
    }

    size_t bang = phrase.find('!');
    if (bang != std::string_view::npos) {
      // CONGRESS!PERSON! -> CONGRESSMAN, CONGRESSMEN, ...: only the first
      // marker is expanded (as PETRARCH does), with no generated plurals.
      size_t close = phrase.find('!', bang + 1);
      if (close == std::string_view::npos) {
        problems.Add(n, "substitution marker '!' is not closed; agent skipped");
        continue;
      }
      std::string name(phrase.substr(bang + 1, close - bang - 1));
      auto it = std::find_if(d.substitutions.begin(), d.substitutions.end(),
                             [&](const auto& s) { return s.first == name; });
      if (it == d.substitutions.end()) {
        problems.Add(n, "substitution marker !" + name + "! is not defined above; agent skipped");
        continue;
      }
      if (it->second.size() > config::kMaxSubstitutions) {
        problems.Add(n, "substitution set !" + name + "! has more than " +
                            std::to_string(config::kMaxSubstitutions) + " items; agent skipped");
        continue;
      }
      std::string_view tail = phrase.substr(close + 1);
      if (tail.find('!') != std::string_view::npos) {
        problems.Add(n, "only the first !MARKER! is expanded; '" + std::string(tail) +
                            "' is kept as written");
      }
      for (const std::string& item : it->second) {
        AgentEntry e = agent;
        e.phrase = ParsePhrase(std::string(phrase.substr(0, bang)) + item + std::string(tail));
        d.agents.push_back(std::move(e));
      }
      continue;
    }

    agent.phrase = ParsePhrase(phrase);
    if (explicit_plurals) {
      std::string_view rest = Trim(plural_text);
      // Several plurals are separated by spaces: "{ATTORNEYS_GENERAL}".
      while (!rest.empty()) {
        size_t sp = rest.find_first_of(" \t");
        agent.plurals.push_back(ParsePhrase(rest.substr(0, sp)));
        rest = sp == std::string_view::npos ? std::string_view() : Trim(rest.substr(sp));
      }
    } else if (dialect == Dialect::kPetrarch && !agent.phrase.words.empty()) {
      agent.plurals.push_back(WithLastWord(agent.phrase, Plural(agent.phrase.words.back())));
      agent.plurals_generated = true;
    }
    d.agents.push_back(std::move(agent));
  }
  if (size_t at = lines.unterminated_comment_line()) {
    problems.Add(at, "'<!--' comment is never closed; the rest of the file was skipped");
  }
  d.content_lines = lines.content_lines();
  SortProblems(&d.problems);
  return d;
}

}  // namespace khaldun::dict
