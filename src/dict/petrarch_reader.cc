#include "dict/petrarch_reader.h"

#include <algorithm>
#include <utility>

#include "dict/source_syntax.h"
#include "port/file.h"

namespace khaldun::dict {
namespace {

template <typename T>
Result<T> Finish(T value, bool strict) {
  KHALDUN_RETURN_IF_ERROR(StrictStatus(value.problems, strict));
  return value;
}

// "+CORDON_OFF" / "WIRE_+TAP" / "SPEED": the phrase without '+', and which
// word carried the '+'. False with *why for two '+' or a '+' with no word.
bool ParseVerbPhrase(std::string_view text, Phrase* out, size_t* verb_word, std::string* why) {
  size_t plus = text.find('+');
  if (plus != std::string_view::npos && text.find('+', plus + 1) != std::string_view::npos) {
    *why = "verb '" + std::string(text) + "' has more than one '+'";
    return false;
  }
  std::string cleaned(text);
  *verb_word = 0;
  if (plus != std::string_view::npos) {
    cleaned.erase(plus, 1);
    *verb_word = ParsePhrase(text.substr(0, plus)).words.size();
  }
  *out = ParsePhrase(cleaned);
  if (out->words.empty() || *verb_word >= out->words.size()) {
    *why = "verb '" + std::string(text) + "' has no word after its '+'";
    return false;
  }
  if (plus == std::string_view::npos && out->connectors.find('_') != std::string::npos) {
    *why = "multi-word verb '" + std::string(text) +
           "' needs '+' on the word that inflects (+CORDON_OFF)";
    return false;
  }
  return true;
}

// A verb line of a block: "SPEED {SPEEDING SPEEDS SPED }", "+ASK_FOR {...} [020]".
bool ParseVerbEntry(std::string_view line, size_t n, VerbEntry* out, std::string* why) {
  std::string_view before;
  std::vector<std::string_view> insides;
  if (!SplitBrackets(line, &before, &insides, why)) return false;
  if (insides.size() > 1) {
    *why = "verb line has more than one code";
    return false;
  }
  *out = VerbEntry();
  out->line = n;
  if (insides.size() == 1) {
    if (!ParseEventCode(insides[0], &out->code, why)) return false;
  }
  std::string_view main = before;
  std::string_view forms;
  bool has_forms = false;
  size_t brace = before.find('{');
  if (brace != std::string_view::npos) {
    size_t close = before.find('}', brace);
    if (close == std::string_view::npos) {
      *why = "'{' without a matching '}' in the verb forms";
      return false;
    }
    if (!Trim(before.substr(close + 1)).empty()) {
      *why = "unexpected text after the verb forms '{...}'";
      return false;
    }
    has_forms = true;
    forms = before.substr(brace + 1, close - brace - 1);
    main = Trim(before.substr(0, brace));
  } else if (before.find('}') != std::string_view::npos) {
    *why = "'}' without a matching '{'";
    return false;
  }
  if (!ParseVerbPhrase(main, &out->phrase, &out->verb_word, why)) return false;
  if (has_forms) {
    std::string_view rest = Trim(forms);
    while (!rest.empty()) {
      size_t sp = rest.find_first_of(" \t");
      Phrase form;
      size_t ignored = 0;
      if (!ParseVerbPhrase(rest.substr(0, sp), &form, &ignored, why)) return false;
      out->forms.push_back(std::move(form));
      rest = sp == std::string_view::npos ? std::string_view() : Trim(rest.substr(sp));
    }
  } else {
    for (const std::string& w : VerbForms(out->phrase.words[out->verb_word])) {
      Phrase form = out->phrase;
      form.words[out->verb_word] = w;
      form.text = JoinPhrase(form);
      out->forms.push_back(std::move(form));
    }
    out->forms_generated = true;
  }
  return true;
}

// Expands an issue phrase: "n:" adds the plural of the word it marks, "v:"
// the verb forms, and each '+' is written both as ' ' and as '-'. False when
// there would be more than config::kMaxIssueForms forms.
bool ExpandIssue(std::string_view text, std::vector<std::string>* forms) {
  std::vector<std::vector<std::string>> token_variants;
  size_t total = 1;
  std::string_view rest = Trim(text);
  while (!rest.empty()) {
    size_t sp = rest.find_first_of(" \t");
    std::string token(rest.substr(0, sp));
    rest = sp == std::string_view::npos ? std::string_view() : Trim(rest.substr(sp));
    std::vector<std::string> inflected;
    size_t marker = std::string::npos;
    bool noun = false;
    for (size_t i = 0; i + 1 < token.size(); ++i) {
      char c = static_cast<char>(token[i] | 0x20);
      if ((c == 'n' || c == 'v') && token[i + 1] == ':' && (i == 0 || token[i - 1] == '+')) {
        marker = i;
        noun = c == 'n';
        break;
      }
    }
    if (marker != std::string::npos) {
      token.erase(marker, 2);
      size_t last_plus = token.rfind('+');
      size_t word_start = last_plus == std::string::npos ? 0 : last_plus + 1;
      std::string head = token.substr(0, word_start);
      std::string word = token.substr(word_start);
      inflected.push_back(token);
      if (!word.empty()) {
        if (noun) {
          inflected.push_back(head + Plural(word));
        } else {
          for (const std::string& f : VerbForms(word)) inflected.push_back(head + f);
        }
      }
    } else {
      inflected.push_back(token);
    }
    std::vector<std::string> variants;
    for (const std::string& t : inflected) {
      size_t pluses = static_cast<size_t>(std::count(t.begin(), t.end(), '+'));
      if (pluses >= 16 || (size_t{1} << pluses) * inflected.size() > config::kMaxIssueForms)
        return false;
      std::vector<std::string> joined = {""};
      for (char c : t) {
        if (c != '+') {
          for (std::string& j : joined) j.push_back(c);
          continue;
        }
        size_t m = joined.size();
        for (size_t k = 0; k < m; ++k) {
          joined.push_back(joined[k] + '-');
          joined[k].push_back(' ');
        }
      }
      for (std::string& j : joined) variants.push_back(std::move(j));
    }
    total *= variants.size();
    if (total > config::kMaxIssueForms) return false;
    token_variants.push_back(std::move(variants));
  }
  forms->assign(1, "");
  for (const auto& variants : token_variants) {
    std::vector<std::string> next;
    next.reserve(forms->size() * variants.size());
    for (const std::string& prefix : *forms) {
      for (const std::string& v : variants) {
        // '+' at a token's end ("eu+ gene") leaves a double space: collapse it.
        std::string f;
        for (char ch : prefix.empty() ? v : prefix + ' ' + v) {
          if (ch == ' ' && (f.empty() || f.back() == ' ')) continue;
          f.push_back(ch);
        }
        while (!f.empty() && f.back() == ' ') f.pop_back();
        next.push_back(std::move(f));
      }
    }
    *forms = std::move(next);
  }
  std::sort(forms->begin(), forms->end());
  forms->erase(std::unique(forms->begin(), forms->end()), forms->end());
  return true;
}

// The value of NAME="value" in an <ISSUE ...> tag, or "".
std::string Attribute(std::string_view tag, std::string_view name) {
  size_t at = 0;
  while ((at = tag.find(name, at)) != std::string_view::npos) {
    size_t eq = at + name.size();
    bool boundary = at == 0 || tag[at - 1] == ' ' || tag[at - 1] == '\t';
    if (boundary && eq < tag.size() && tag[eq] == '=' && eq + 1 < tag.size() &&
        tag[eq + 1] == '"') {
      size_t close = tag.find('"', eq + 2);
      if (close != std::string_view::npos) return std::string(tag.substr(eq + 2, close - eq - 2));
    }
    at = eq;
  }
  return "";
}

}  // namespace

Result<PetrarchActors> ParsePetrarchActors(std::string_view bytes, std::string_view source_name,
                                           bool strict) {
  return Finish(ParseActorDictionary(bytes, source_name, Dialect::kPetrarch), strict);
}

Result<PetrarchAgents> ParsePetrarchAgents(std::string_view bytes, std::string_view source_name,
                                           bool strict) {
  return Finish(ParseAgentDictionary(bytes, source_name, Dialect::kPetrarch), strict);
}

Result<PetrarchVerbs> ParsePetrarchVerbs(std::string_view bytes, std::string_view source_name,
                                         bool strict) {
  VerbDictionary d;
  ProblemSink problems(&d.problems, source_name);
  SourceLines lines(bytes, Dialect::kPetrarch);
  bool in_synset = false;  // '+' lines are synset members (else multi-word verbs)
  bool synset_ok = false;  // the current synset label was usable
  bool orphaned = false;   // the last block header was skipped: so are its lines
  std::string_view line;
  size_t n = 0;
  std::string why;
  while (lines.Next(&line, &n)) {
    if (line.substr(0, 3) == "---") {
      // "---  GRANT   [070]  ---", also "---  DELAY   [120]---  ---".
      std::string_view body = line;
      while (!body.empty() &&
             (body.front() == '-' || body.front() == ' ' || body.front() == '\t')) {
        body.remove_prefix(1);
      }
      while (!body.empty() && (body.back() == '-' || body.back() == ' ' || body.back() == '\t')) {
        body.remove_suffix(1);
      }
      std::string_view name;
      std::vector<std::string_view> insides;
      orphaned = true;
      in_synset = false;
      if (!SplitBrackets(Trim(body), &name, &insides, &why)) {
        problems.Add(n, why + "; verb block skipped");
        continue;
      }
      VerbBlock block;
      block.line = n;
      block.name = std::string(name);
      block.code.primary = "---";
      if (name.empty()) {
        problems.Add(n, "verb block header has no name; block skipped");
        continue;
      }
      if (!insides.empty() && !ParseEventCode(insides[0], &block.code, &why)) {
        problems.Add(n, why + "; block skipped");
        continue;
      }
      if (insides.size() > 1) {
        // "--- DELAY [120] [031:031] ---": PETRARCH reads the first code.
        problems.Add(n, "verb block header has more than one code; the first is the block's");
      }
      d.blocks.push_back(std::move(block));
      orphaned = false;
      continue;
    }
    char c = line[0];
    if (c == '&') {
      std::string_view label = line;
      size_t sp = label.find_first_of(" \t");
      if (sp != std::string_view::npos) {
        problems.Add(
            n, "unexpected text after synset name '" + std::string(label.substr(0, sp)) + "'");
        label = label.substr(0, sp);
      }
      Synset s;
      s.line = n;
      s.no_plurals = label.back() == '_';
      while (label.size() > 1 && label.back() == '_') label.remove_suffix(1);
      s.name = std::string(label);
      in_synset = true;
      synset_ok = false;
      if (s.name.size() < 2) {
        problems.Add(n, "synset label has no name; its members are skipped");
        continue;
      }
      synset_ok = true;
      auto dup = std::find_if(d.synsets.begin(), d.synsets.end(),
                              [&](const Synset& o) { return o.name == s.name; });
      if (dup != d.synsets.end()) {
        problems.Add(n, "synset " + s.name + " is defined again (first at line " +
                            std::to_string(dup->line) + "); the new members are added to it");
        std::rotate(dup, dup + 1, d.synsets.end());  // make it the current (last) synset
        continue;
      }
      d.synsets.push_back(std::move(s));
      continue;
    }
    if (c == '+' && in_synset) {
      std::string_view member = Trim(line.substr(1));
      if (!synset_ok || d.synsets.empty()) {
        problems.Add(n, "member of a skipped synset; skipped");
        continue;
      }
      if (member.empty() || member.find_first_of("[]*") != std::string_view::npos) {
        problems.Add(n, "synset member '" + std::string(line) + "' is empty or has a code or '*'");
        continue;
      }
      d.synsets.back().members.push_back(ParsePhrase(member));
      continue;
    }
    if (c == '-' || (c != '~' && !in_synset && orphaned)) {
      if (orphaned) {
        problems.Add(n, "line belongs to a skipped verb block; skipped");
        continue;
      }
      if (d.blocks.empty()) {
        problems.Add(n, "pattern before any '--- NAME [code] ---' block");
        continue;
      }
      VerbPattern p;
      if (!ParsePattern(line.substr(1), Dialect::kPetrarch, &p, &why)) {
        problems.Add(n, why + "; pattern skipped");
        continue;
      }
      p.line = n;
      d.blocks.back().patterns.push_back(std::move(p));
      continue;
    }
    if (c == '~') {
      size_t eq = line.find('=');
      if (eq == std::string_view::npos) {
        problems.Add(n, "transformation has no '='");
        continue;
      }
      d.transformations.push_back(
          {std::string(Trim(line.substr(1, eq - 1))), std::string(Trim(line.substr(eq + 1))), n});
      continue;
    }
    if (d.blocks.empty()) {
      problems.Add(n, "verb '" + std::string(line) + "' before any '--- NAME [code] ---' block");
      continue;
    }
    VerbEntry verb;
    if (!ParseVerbEntry(line, n, &verb, &why)) {
      problems.Add(n, why + "; verb skipped");
      continue;
    }
    in_synset = false;
    d.blocks.back().verbs.push_back(std::move(verb));
  }
  ResolveSynsets(&d, &problems);
  if (size_t at = lines.unterminated_comment_line()) {
    problems.Add(at, "'<!--' comment is never closed; the rest of the file was skipped");
  }
  d.content_lines = lines.content_lines();
  SortProblems(&d.problems);
  return Finish(std::move(d), strict);
}

Result<PetrarchDiscards> ParsePetrarchDiscards(std::string_view bytes, std::string_view source_name,
                                               bool strict) {
  DiscardList d;
  ProblemSink problems(&d.problems, source_name);
  SourceLines lines(bytes, Dialect::kPetrarch);
  std::string_view line;
  size_t n = 0;
  while (lines.Next(&line, &n)) {
    DiscardEntry e;
    e.line = n;
    e.story = line[0] == '+';
    std::string_view text = Trim(e.story ? line.substr(1) : line);
    if (text.empty()) {
      problems.Add(n, "empty discard phrase");
      continue;
    }
    if (text.find_first_of("[]") != std::string_view::npos) {
      problems.Add(n, "discard phrase has a code bracket; discards take no code");
      continue;
    }
    e.phrase = ParsePhrase(text);
    d.discards.push_back(std::move(e));
  }
  if (size_t at = lines.unterminated_comment_line()) {
    problems.Add(at, "'<!--' comment is never closed; the rest of the file was skipped");
  }
  d.content_lines = lines.content_lines();
  SortProblems(&d.problems);
  return Finish(std::move(d), strict);
}

Result<PetrarchIssues> ParsePetrarchIssues(std::string_view bytes, std::string_view source_name,
                                           bool strict) {
  IssueList d;
  ProblemSink problems(&d.problems, source_name);
  // Issue tags are "<ISSUE ...>", which the PETRARCH dialect would take for
  // an SGML declaration only when they start with "<!"; they do not.
  SourceLines lines(bytes, Dialect::kPetrarch);
  std::string category, type;
  bool open = false;
  size_t open_line = 0;
  std::string_view line;
  size_t n = 0;
  std::string why;
  while (lines.Next(&line, &n)) {
    if (line.substr(0, 6) == "<ISSUE") {
      if (line.back() != '>') {
        problems.Add(n, "<ISSUE tag is not closed with '>'");
        continue;
      }
      if (open)
        problems.Add(n, "<ISSUE> inside the <ISSUE> opened at line " + std::to_string(open_line));
      category = Attribute(line, "CATEGORY");
      type = Attribute(line, "TYPE");
      if (category.empty()) problems.Add(n, "<ISSUE> tag has no CATEGORY=\"...\"");
      open = true;
      open_line = n;
      continue;
    }
    if (line == "</ISSUE>") {
      if (!open) problems.Add(n, "</ISSUE> without an open <ISSUE>");
      open = false;
      category.clear();
      type.clear();
      continue;
    }
    IssueEntry e;
    e.line = n;
    e.category = category;
    e.type = type;
    std::string_view text;
    if (line[0] == '~') {
      e.exclusion = line.size() > 1 && line[1] == '~' ? 2 : 1;
      text = Trim(line.substr(static_cast<size_t>(e.exclusion)));
      if (text.find_first_of("[]") != std::string_view::npos) {
        problems.Add(n, "exclusion phrase has a code bracket; exclusions take no code");
        continue;
      }
    } else {
      std::string_view before;
      std::vector<std::string_view> insides;
      if (!SplitBrackets(line, &before, &insides, &why)) {
        problems.Add(n, why + "; issue skipped");
        continue;
      }
      if (insides.empty()) {
        problems.Add(n, "issue phrase '" + std::string(line) + "' has no [CODE]; skipped");
        continue;
      }
      if (insides.size() > 1) {
        problems.Add(n,
                     "issue phrase has " + std::to_string(insides.size()) + " codes; expected one");
        continue;
      }
      std::string_view code = Trim(insides[0]);
      if (code.empty() || code.find_first_of(" \t") != std::string_view::npos) {
        problems.Add(n, "issue code '" + std::string(insides[0]) + "' is empty or has spaces");
        continue;
      }
      e.code = std::string(code);
      text = before;
    }
    if (text.empty()) {
      problems.Add(n, "empty issue phrase");
      continue;
    }
    e.text = std::string(text);
    if (!ExpandIssue(text, &e.forms)) {
      problems.Add(n, "issue phrase expands to more than " +
                          std::to_string(config::kMaxIssueForms) + " forms; skipped");
      continue;
    }
    d.issues.push_back(std::move(e));
  }
  if (open) problems.Add(open_line, "<ISSUE> is never closed with </ISSUE>");
  if (size_t at = lines.unterminated_comment_line()) {
    problems.Add(at, "'<!--' comment is never closed; the rest of the file was skipped");
  }
  d.content_lines = lines.content_lines();
  SortProblems(&d.problems);
  return Finish(std::move(d), strict);
}

Result<PetrarchActors> ReadPetrarchActorsFile(const std::string& path, bool strict) {
  KHALDUN_ASSIGN_OR_RETURN(std::string bytes, port::ReadFile(path));
  return ParsePetrarchActors(bytes, path, strict);
}
Result<PetrarchAgents> ReadPetrarchAgentsFile(const std::string& path, bool strict) {
  KHALDUN_ASSIGN_OR_RETURN(std::string bytes, port::ReadFile(path));
  return ParsePetrarchAgents(bytes, path, strict);
}
Result<PetrarchVerbs> ReadPetrarchVerbsFile(const std::string& path, bool strict) {
  KHALDUN_ASSIGN_OR_RETURN(std::string bytes, port::ReadFile(path));
  return ParsePetrarchVerbs(bytes, path, strict);
}
Result<PetrarchDiscards> ReadPetrarchDiscardsFile(const std::string& path, bool strict) {
  KHALDUN_ASSIGN_OR_RETURN(std::string bytes, port::ReadFile(path));
  return ParsePetrarchDiscards(bytes, path, strict);
}
Result<PetrarchIssues> ReadPetrarchIssuesFile(const std::string& path, bool strict) {
  KHALDUN_ASSIGN_OR_RETURN(std::string bytes, port::ReadFile(path));
  return ParsePetrarchIssues(bytes, path, strict);
}

}  // namespace khaldun::dict
