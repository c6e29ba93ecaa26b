#include "dict/tabari_reader.h"

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

// "{ ACTING_ ACTXD_ ACTUALITY }" -> phrases. False when the braces are not a pair.
bool ParseForms(std::string_view text, std::vector<Phrase>* forms, std::string* why) {
  text = Trim(text);
  if (text.empty() || text.front() != '{' || text.back() != '}' ||
      text.find_first_of("{}", 1) != text.size() - 1) {
    *why = "verb forms are not one '{ FORM FORM ... }' list";
    return false;
  }
  std::string_view rest = Trim(text.substr(1, text.size() - 2));
  while (!rest.empty()) {
    size_t sp = rest.find_first_of(" \t");
    forms->push_back(ParsePhrase(rest.substr(0, sp)));
    rest = sp == std::string_view::npos ? std::string_view() : Trim(rest.substr(sp));
  }
  return true;
}

}  // namespace

Result<TabariActors> ParseTabariActors(std::string_view bytes, std::string_view source_name,
                                       bool strict) {
  return Finish(ParseActorDictionary(bytes, source_name, Dialect::kTabari), strict);
}

Result<TabariAgents> ParseTabariAgents(std::string_view bytes, std::string_view source_name,
                                       bool strict) {
  return Finish(ParseAgentDictionary(bytes, source_name, Dialect::kTabari), strict);
}

Result<TabariVerbs> ParseTabariVerbs(std::string_view bytes, std::string_view source_name,
                                     bool strict) {
  VerbDictionary d;
  d.stems = true;
  ProblemSink problems(&d.problems, source_name);
  SourceLines lines(bytes, Dialect::kTabari);
  enum class Section { kVerbs, kSynsets, kTime } section = Section::kVerbs;
  std::vector<VerbBlock>* blocks = &d.blocks;  // where verbs and patterns of this section go
  bool orphaned = false;   // the last verb line was skipped: so are its patterns and forms
  bool synset_ok = false;  // the last synset label was usable
  std::string_view line;
  size_t n = 0;
  std::string why;
  while (lines.Next(&line, &n)) {
    if (line[0] == '<') {
      orphaned = false;
      if (line == "<SYNSETS>") {
        section = Section::kSynsets;
      } else if (line == "<TIME>") {
        section = Section::kTime;
        blocks = &d.time_blocks;
      } else if (line == "</SYNSETS>" || line == "</TIME>") {
        section = Section::kVerbs;
        blocks = &d.blocks;
      } else {
        problems.Add(n, "unknown section tag '" + std::string(line) + "'");
      }
      continue;
    }
    if (section == Section::kSynsets) {
      if (line[0] == '&') {
        Synset s;
        s.line = n;
        std::string_view label = line;
        size_t sp = label.find_first_of(" \t");
        if (sp != std::string_view::npos) {
          problems.Add(n, "unexpected text after synset name");
          label = label.substr(0, sp);
        }
        s.no_plurals = label.back() == '_';
        while (label.size() > 1 && label.back() == '_') label.remove_suffix(1);
        s.name = std::string(label);
        synset_ok = s.name.size() >= 2;
        if (!synset_ok) {
          problems.Add(n, "synset label has no name; its members are skipped");
          continue;
        }
        d.synsets.push_back(std::move(s));
      } else if (line[0] == '+') {
        std::string_view member = Trim(line.substr(1));
        if (d.synsets.empty() || !synset_ok) {
          problems.Add(n, "synset member without a usable '&NAME' label before it");
        } else if (member.empty() || member.find_first_of("[]*") != std::string_view::npos) {
          problems.Add(n, "synset member is empty or has a code or '*'");
        } else {
          d.synsets.back().members.push_back(ParsePhrase(member));
        }
      } else {
        problems.Add(n, "expected '&NAME' or '+member' inside <SYNSETS>");
      }
      continue;
    }
    if ((line[0] == '-' || line[0] == '{') && orphaned) {
      problems.Add(n, "line belongs to a skipped verb; skipped");
      continue;
    }
    if (line[0] == '-') {
      if (blocks->empty()) {
        problems.Add(n, "pattern before any verb");
        continue;
      }
      VerbPattern p;
      if (!ParsePattern(line.substr(1), Dialect::kTabari, &p, &why)) {
        problems.Add(n, why + "; pattern skipped");
        continue;
      }
      p.line = n;
      blocks->back().patterns.push_back(std::move(p));
      continue;
    }
    if (line[0] == '{') {
      // The forms of the verb on the line before: "ACT_ [100]" / "{ ACTING_ ACTXD_ }".
      if (blocks->empty() || blocks->back().verbs.empty()) {
        problems.Add(n, "verb forms before any verb");
        continue;
      }
      VerbEntry& verb = blocks->back().verbs.back();
      std::vector<Phrase> forms;
      if (!ParseForms(line, &forms, &why)) {
        problems.Add(n, why);
        continue;
      }
      if (!verb.forms.empty())
        problems.Add(n, "second list of forms for the verb at line " + std::to_string(verb.line));
      for (Phrase& f : forms) verb.forms.push_back(std::move(f));
      continue;
    }
    // "ABANDON  [345]", "APPRECIATE POSITION  [042]", "LAST_WEEK [-7]".
    orphaned = true;
    std::string_view before;
    std::vector<std::string_view> insides;
    if (!SplitBrackets(line, &before, &insides, &why)) {
      problems.Add(n, why + "; verb skipped");
      continue;
    }
    if (insides.size() != 1) {
      problems.Add(n, insides.empty() ? "verb '" + std::string(line) + "' has no [code]; skipped"
                                      : std::string("verb line has more than one code; skipped"));
      continue;
    }
    VerbBlock block;
    block.line = n;
    if (!ParseEventCode(insides[0], &block.code, &why)) {
      problems.Add(n, why + "; verb skipped");
      continue;
    }
    VerbEntry verb;
    verb.line = n;
    std::string_view phrase = before;
    size_t brace = before.find('{');
    if (brace != std::string_view::npos) {
      if (!ParseForms(before.substr(brace), &verb.forms, &why)) {
        problems.Add(n, why + "; verb skipped");
        continue;
      }
      phrase = Trim(before.substr(0, brace));
    }
    if (phrase.empty()) {
      problems.Add(n, "verb line has a code but no verb");
      continue;
    }
    verb.phrase = ParsePhrase(phrase);
    block.name = verb.phrase.text;
    block.verbs.push_back(std::move(verb));
    blocks->push_back(std::move(block));
    orphaned = false;
  }
  ResolveSynsets(&d, &problems);
  d.content_lines = lines.content_lines();
  SortProblems(&d.problems);
  return Finish(std::move(d), strict);
}

Result<TabariOptions> ParseTabariOptions(std::string_view bytes, std::string_view source_name,
                                         bool strict) {
  TabariOptions d;
  ProblemSink problems(&d.problems, source_name);
  SourceLines lines(bytes, Dialect::kTabari);
  std::string_view line;
  size_t n = 0;
  while (lines.Next(&line, &n)) {
    size_t colon = line.find(':');
    std::string_view command =
        colon == std::string_view::npos ? std::string_view() : Trim(line.substr(0, colon));
    bool ok = !command.empty();
    for (char c : command) ok = ok && ((c >= 'A' && c <= 'Z') || c == ' ');
    if (!ok) {
      problems.Add(n, "option is not 'COMMAND: argument'");
      continue;
    }
    TabariOption o{std::string(command), std::string(Trim(line.substr(colon + 1))), n};
    if (o.command == "LABEL") {
      size_t eq = o.argument.find('=');
      if (eq == std::string::npos || eq == 0) {
        problems.Add(n, "LABEL is not 'CODE=text'");
        continue;
      }
      d.labels.emplace_back(std::string(Trim(std::string_view(o.argument).substr(0, eq))),
                            std::string(Trim(std::string_view(o.argument).substr(eq + 1))));
    }
    d.options.push_back(std::move(o));
  }
  d.content_lines = lines.content_lines();
  return Finish(std::move(d), strict);
}

Result<TabariProject> ParseTabariProject(std::string_view bytes, std::string_view source_name,
                                         bool strict) {
  TabariProject d;
  ProblemSink problems(&d.problems, source_name);
  SourceLines lines(bytes, Dialect::kTabari);
  std::string_view line;
  size_t n = 0;
  bool first = true;
  while (lines.Next(&line, &n)) {
    if (line[0] != '<') {
      if (first) {
        d.description = std::string(line);
      } else {
        problems.Add(n, "expected '<key> value'");
      }
      first = false;
      continue;
    }
    first = false;
    size_t close = line.find('>');
    if (close == std::string_view::npos) {
      problems.Add(n, "'<' without a matching '>'");
      continue;
    }
    std::string_view key = Trim(line.substr(1, close - 1));
    if (key.substr(0, 7) == "session") {
      ++d.sessions;
      continue;
    }
    std::string_view value = Trim(line.substr(close + 1));
    if (key.empty() || value.empty()) {
      problems.Add(n, "project entry '" + std::string(line) + "' has no key or no value");
      continue;
    }
    d.files.emplace_back(std::string(key), std::string(value));
  }
  d.content_lines = lines.content_lines();
  return Finish(std::move(d), strict);
}

Result<TabariActors> ReadTabariActorsFile(const std::string& path, bool strict) {
  KHALDUN_ASSIGN_OR_RETURN(std::string bytes, port::ReadFile(path));
  return ParseTabariActors(bytes, path, strict);
}
Result<TabariAgents> ReadTabariAgentsFile(const std::string& path, bool strict) {
  KHALDUN_ASSIGN_OR_RETURN(std::string bytes, port::ReadFile(path));
  return ParseTabariAgents(bytes, path, strict);
}
Result<TabariVerbs> ReadTabariVerbsFile(const std::string& path, bool strict) {
  KHALDUN_ASSIGN_OR_RETURN(std::string bytes, port::ReadFile(path));
  return ParseTabariVerbs(bytes, path, strict);
}
Result<TabariOptions> ReadTabariOptionsFile(const std::string& path, bool strict) {
  KHALDUN_ASSIGN_OR_RETURN(std::string bytes, port::ReadFile(path));
  return ParseTabariOptions(bytes, path, strict);
}
Result<TabariProject> ReadTabariProjectFile(const std::string& path, bool strict) {
  KHALDUN_ASSIGN_OR_RETURN(std::string bytes, port::ReadFile(path));
  return ParseTabariProject(bytes, path, strict);
}

Result<TabariDictionaries> ReadTabariProject(const std::string& project_path, bool strict) {
  TabariDictionaries out;
  KHALDUN_ASSIGN_OR_RETURN(out.project, ReadTabariProjectFile(project_path, strict));
  // File names in a project are relative to the project's directory.
  size_t slash = project_path.rfind('/');
  std::string dir = slash == std::string::npos ? "" : project_path.substr(0, slash + 1);
  auto resolve = [&](const std::string& name) { return name.starts_with('/') ? name : dir + name; };
  auto context = [&](std::string_view key) {
    return project_path + ": <" + std::string(key) + ">";
  };
  if (const std::string* f = out.project.Find("actorsfile")) {
    auto r = ReadTabariActorsFile(resolve(*f), strict);
    if (!r.ok()) return r.status().WithContext(context("actorsfile"));
    out.actors = std::move(r).value();
  }
  if (const std::string* f = out.project.Find("verbsfile")) {
    auto r = ReadTabariVerbsFile(resolve(*f), strict);
    if (!r.ok()) return r.status().WithContext(context("verbsfile"));
    out.verbs = std::move(r).value();
  }
  if (const std::string* f = out.project.Find("agentsfile")) {
    auto r = ReadTabariAgentsFile(resolve(*f), strict);
    if (!r.ok()) return r.status().WithContext(context("agentsfile"));
    out.agents = std::move(r).value();
  }
  if (const std::string* f = out.project.Find("optionsfile")) {
    auto r = ReadTabariOptionsFile(resolve(*f), strict);
    if (!r.ok()) return r.status().WithContext(context("optionsfile"));
    out.options = std::move(r).value();
  }
  return out;
}

}  // namespace khaldun::dict
