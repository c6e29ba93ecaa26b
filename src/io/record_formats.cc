#include "io/record_formats.h"

#include <algorithm>
#include <cctype>

namespace khaldun::io {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "19950101" or "950101" (yy <= 30 is 20yy) -> "1995-01-01"; "" otherwise.
std::string IsoDate(std::string_view d) {
  d = Trim(d);
  if (!IsDigits(d)) return "";
  std::string y;
  if (d.size() == 8) {
    y = std::string(d.substr(0, 4));
    d.remove_prefix(4);
  } else if (d.size() == 6) {
    int yy = (d[0] - '0') * 10 + (d[1] - '0');
    y = (yy <= 30 ? "20" : "19") + std::string(d.substr(0, 2));
    d.remove_prefix(2);
  } else {
    return "";
  }
  std::string m(d.substr(0, 2)), day(d.substr(2, 2));
  if (m < "01" || m > "12" || day < "01" || day > "31") return "";
  return y + "-" + m + "-" + day;
}

size_t LineAt(std::string_view text, size_t pos) {
  return 1 + static_cast<size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(
                                                                            std::min(pos, text.size())),
                                            '\n'));
}

// The text with XML comments replaced by spaces (same length, so offsets and
// line numbers still hold).
std::string BlankComments(std::string_view xml) {
  std::string out(xml);
  size_t pos = 0;
  while ((pos = out.find("<!--", pos)) != std::string::npos) {
    size_t end = out.find("-->", pos + 4);
    end = end == std::string::npos ? out.size() : end + 3;
    for (size_t i = pos; i < end; ++i) {
      if (out[i] != '\n') out[i] = ' ';
    }
    pos = end;
  }
  return out;
}

std::string DecodeEntities(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      static const std::pair<std::string_view, char> kEntities[] = {
          {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
      bool done = false;
      for (const auto& [name, c] : kEntities) {
        if (s.substr(i, name.size()) == name) {
          out += c;
          i += name.size() - 1;
          done = true;
          break;
        }
      }
      if (done) continue;
    }
    out += s[i];
  }
  return out;
}

// The value of attribute `name` in a start tag ("<Sentence date = "1" id='x'>"),
// or "" when absent. Spaces around '=' and either quote are accepted.
std::string Attribute(std::string_view tag, std::string_view name) {
  size_t pos = 0;
  while ((pos = tag.find(name, pos)) != std::string_view::npos) {
    bool start_ok = pos > 0 && IsSpace(tag[pos - 1]);
    size_t i = pos + name.size();
    pos = i;
    if (!start_ok) continue;
    while (i < tag.size() && IsSpace(tag[i])) ++i;
    if (i >= tag.size() || tag[i] != '=') continue;
    ++i;
    while (i < tag.size() && IsSpace(tag[i])) ++i;
    if (i >= tag.size() || (tag[i] != '"' && tag[i] != '\'')) continue;
    char q = tag[i];
    size_t end = tag.find(q, i + 1);
    if (end == std::string_view::npos) return "";
    return DecodeEntities(tag.substr(i + 1, end - i - 1));
  }
  return "";
}

// The contents of the first <name>...</name> in `s`, or npos-marked empty.
bool Element(std::string_view s, std::string_view name, std::string* out) {
  std::string open = "<" + std::string(name) + ">";
  std::string close = "</" + std::string(name) + ">";
  size_t b = s.find(open);
  if (b == std::string_view::npos) return false;
  size_t e = s.find(close, b);
  if (e == std::string_view::npos) return false;
  *out = std::string(s.substr(b + open.size(), e - b - open.size()));
  return true;
}

// Lines joined by single spaces, trimmed.
std::string Unwrap(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : Trim(s)) {
    if (IsSpace(c)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// The suite's Text sometimes joins a multiword name with '_' (TABARI's
// convention: "Dol_Amroth") where the record's parse tree, the words
// PETRARCH actually coded, has them apart ("(NNP Dol) (NNP Amroth)"). Such
// a word is written apart here too; one the parse tree also has stays.
std::string SplitJoinedWords(const std::string& text, std::string_view parse) {
  std::string out = text;
  size_t start = 0;
  while (start < out.size()) {
    size_t end = out.find_first_of(" \t", start);
    if (end == std::string::npos) end = out.size();
    std::string_view word(out.data() + start, end - start);
    while (!word.empty() && !std::isalnum(static_cast<unsigned char>(word.back()))) {
      word.remove_suffix(1);
    }
    size_t underscore = word.find('_');
    if (underscore != std::string_view::npos && underscore > 0 &&
        parse.find(word) == std::string_view::npos) {
      for (size_t i = start; i < start + word.size(); ++i) {
        if (out[i] == '_') out[i] = ' ';
      }
    }
    start = end + 1;
  }
  return out;
}

}  // namespace

PetrarchEnvironment ParsePetrarchEnvironment(std::string_view xml) {
  std::string clean = BlankComments(xml);
  PetrarchEnvironment env;
  std::string block;
  if (!Element(clean, "Environment", &block)) return env;
  std::string v;
  if (Element(block, "Verbfile", &v)) env.verbs = std::string(Trim(v));
  if (Element(block, "Agentfile", &v)) env.agents = std::string(Trim(v));
  if (Element(block, "Discardfile", &v)) env.discards = std::string(Trim(v));
  std::string_view rest = block;
  while (Element(rest, "Actorfile", &v)) {
    env.actors.emplace_back(Trim(v));
    rest.remove_prefix(rest.find("</Actorfile>") + 12);
  }
  return env;
}

std::vector<ValidationRecord> ParsePetrarchRecords(std::string_view xml,
                                                   std::string_view source_name,
                                                   std::vector<std::string>* problems) {
  std::string clean = BlankComments(xml);
  std::vector<ValidationRecord> out;
  auto problem = [&](size_t pos, const std::string& why) {
    if (problems) problems->push_back(std::string(source_name) + ":" +
                                      std::to_string(LineAt(clean, pos)) + ": " + why);
  };
  size_t pos = 0;
  int new_actor_length = 0;
  size_t config_from = 0;  // where to look for <Config> tags before the next record
  while ((pos = clean.find("<Sentence", pos)) != std::string::npos) {
    // The <Config> options set since the last record apply from here on.
    for (size_t c = clean.find("<Config", config_from); c < pos;
         c = clean.find("<Config", c + 1)) {
      size_t end = clean.find('>', c);
      if (end == std::string::npos || end > pos) break;
      std::string_view ctag(clean.data() + c, end - c);
      if (Attribute(ctag, "option") == "new_actor_length") {
        const std::string value = Attribute(ctag, "value");
        int n = 0;
        bool digits = !value.empty() && value.size() <= 3;
        for (char ch : value) {
          digits = digits && ch >= '0' && ch <= '9';
          if (digits) n = n * 10 + (ch - '0');
        }
        if (digits) {
          new_actor_length = n;
        } else {
          problem(c, "<Config option=\"new_actor_length\"> value '" + value +
                         "' is not a word count; ignored");
        }
      }
    }
    config_from = pos;
    size_t tag_end = clean.find('>', pos);
    if (tag_end == std::string::npos) break;
    char after = clean[pos + 9];
    if (!IsSpace(after) && after != '>') {  // "<Sentences>"
      pos = tag_end;
      continue;
    }
    size_t close = clean.find("</Sentence>", tag_end);
    if (close == std::string::npos) {
      problem(pos, "<Sentence> without </Sentence>; rest of the file skipped");
      break;
    }
    std::string_view tag(clean.data() + pos, tag_end - pos);
    std::string_view body(clean.data() + tag_end + 1, close - tag_end - 1);
    ValidationRecord r;
    r.new_actor_length = new_actor_length;
    r.doc.line = LineAt(clean, pos);
    r.doc.id = Attribute(tag, "id");
    r.doc.date = IsoDate(Attribute(tag, "date"));
    r.category = Attribute(tag, "category");
    if (r.doc.id.empty()) r.doc.id = std::string(source_name) + ":" + std::to_string(r.doc.line);
    std::string text;
    if (!Element(body, "Text", &text)) {
      problem(pos, "record " + r.doc.id + " has no <Text>; skipped");
      pos = close;
      continue;
    }
    r.doc.text = Unwrap(DecodeEntities(text));
    std::string parse;
    if (Element(body, "Parse", &parse)) r.doc.text = SplitJoinedWords(r.doc.text, parse);
    r.doc.meta_json = "{}";
    bool any_expectation = false;
    size_t e = 0;
    while ((e = body.find("<EventCoding", e)) != std::string_view::npos) {
      size_t end = body.find('>', e);
      if (end == std::string_view::npos) break;
      std::string_view etag = body.substr(e, end - e);
      any_expectation = true;
      std::string error = Attribute(etag, "error");
      if (!error.empty()) r.error = error;
      ExpectedEvent ev;
      ev.source = Attribute(etag, "sourcecode");
      ev.target = Attribute(etag, "targetcode");
      ev.code = Attribute(etag, "eventcode");
      if (!ev.code.empty()) r.expected.push_back(std::move(ev));
      e = end;
    }
    if (!any_expectation) r.scored = false;
    out.push_back(std::move(r));
    pos = close;
  }
  return out;
}

std::vector<ValidationRecord> ParseTabariRecords(std::string_view text,
                                                 std::string_view source_name,
                                                 std::vector<std::string>* problems,
                                                 std::string_view stop_after_prefix) {
  std::vector<ValidationRecord> out;
  // Split into lines, keeping 1-based numbers.
  std::vector<std::string_view> lines;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    lines.push_back(text.substr(pos, nl - pos));
    pos = nl + 1;
  }
  auto header = [](std::string_view line, std::string* date, std::string* id) {
    line = Trim(line);
    size_t sp = line.find_first_of(" \t");
    if (sp != 6 || !IsDigits(line.substr(0, 6))) return false;
    std::string_view rest = Trim(line.substr(sp));
    if (rest.empty()) return false;
    size_t end = rest.find_first_of(" \t");
    *date = std::string(line.substr(0, 6));
    *id = std::string(rest.substr(0, end));
    return true;
  };
  size_t i = 0;
  while (i < lines.size()) {
    std::string date, id;
    if (!header(lines[i], &date, &id)) {
      ++i;
      continue;
    }
    ValidationRecord r;
    r.doc.line = i + 1;
    r.doc.id = id;
    r.doc.date = IsoDate(date);
    r.doc.meta_json = "{}";
    size_t dash = id.find('-');
    r.category = dash == std::string::npos ? id : id.substr(0, dash);
    ++i;
    std::string body, comment;
    bool in_comment = false, comment_done = false;
    for (; i < lines.size(); ++i) {
      std::string_view line = lines[i];
      std::string d2, id2;
      if (!in_comment && header(line, &d2, &id2)) break;
      if (!in_comment && comment_done && Trim(line).empty()) {
        ++i;
        break;
      }
      if (!in_comment && !line.empty() && line[0] == '#') {
        ++i;
        break;
      }
      if (!in_comment) {
        size_t open = line.find("/*");
        if (open == std::string_view::npos) {
          if (!comment_done) body += std::string(line) + "\n";
          continue;
        }
        if (!comment_done) body += std::string(line.substr(0, open)) + "\n";
        line.remove_prefix(open + 2);
        in_comment = true;
      }
      size_t close = line.find("*/");
      if (close == std::string_view::npos) {
        comment += std::string(line) + "\n";
      } else {
        comment += std::string(line.substr(0, close));
        in_comment = false;
        comment_done = true;
      }
    }
    r.doc.text = Unwrap(body);
    // Expected events: "{...}" outside "[...]"; "-{" is disabled.
    bool any = false;
    int bracket = 0;
    for (size_t k = 0; k < comment.size(); ++k) {
      char c = comment[k];
      if (c == '[') ++bracket;
      if (c == ']' && bracket > 0) --bracket;
      if (c != '{' || bracket > 0) continue;
      size_t end = comment.find('}', k);
      if (end == std::string::npos) break;
      std::string inside = Unwrap(comment.substr(k + 1, end - k - 1));
      bool disabled = k > 0 && comment[k - 1] == '-';
      k = end;
      if (disabled) continue;
      if (inside.rfind("OPTION", 0) == 0) {
        r.scored = false;
        any = true;
        continue;
      }
      any = true;
      if (inside == "---" || inside == "+++" || inside == "###" || inside.empty()) continue;
      std::vector<std::string> parts;
      size_t s = 0;
      while (s <= inside.size()) {
        size_t slash = inside.find('/', s);
        if (slash == std::string::npos) slash = inside.size();
        parts.emplace_back(Trim(std::string_view(inside).substr(s, slash - s)));
        s = slash + 1;
      }
      if (parts.size() != 3) {
        if (problems) {
          problems->push_back(std::string(source_name) + ":" + std::to_string(r.doc.line) +
                              ": record " + id + ": expected event '{" + inside +
                              "}' is not SOURCE / TARGET / CODE; ignored");
        }
        continue;
      }
      r.expected.push_back(ExpectedEvent{parts[0], parts[1], parts[2]});
    }
    if (!any) r.scored = false;
    if (r.doc.text.empty()) {
      if (problems) {
        problems->push_back(std::string(source_name) + ":" + std::to_string(r.doc.line) +
                            ": record " + id + " has no text; skipped");
      }
    } else {
      out.push_back(std::move(r));
    }
    if (!stop_after_prefix.empty() && id.rfind(stop_after_prefix, 0) == 0) break;
  }
  return out;
}

}  // namespace khaldun::io
