#include "dict/knowledge_source.h"

#include <algorithm>
#include <filesystem>
#include <string>

#include "base/hash.h"
#include "port/file.h"

namespace khaldun::dict {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

// Splits on `sep`, trims each piece and drops empty pieces.
std::vector<std::string> SplitList(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(sep, start);
    if (end == std::string_view::npos) end = s.size();
    std::string_view piece = Trim(s.substr(start, end - start));
    if (!piece.empty()) out.emplace_back(piece);
    start = end + 1;
  }
  return out;
}

// Splits a line into trimmed fields on ' | '. A '|' with no space on either
// side separates alternatives inside a field ("target=on|against").
std::vector<std::string_view> SplitFields(std::string_view s) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '|') continue;
    bool space_before = i == 0 || s[i - 1] == ' ' || s[i - 1] == '\t';
    bool space_after = i + 1 == s.size() || s[i + 1] == ' ' || s[i + 1] == '\t';
    if (!space_before && !space_after) continue;
    out.push_back(Trim(s.substr(start, i - start)));
    start = i + 1;
  }
  out.push_back(Trim(s.substr(start)));
  return out;
}

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsCameoCodeShape(std::string_view s) {
  if (s.size() < 2 || s.size() > 4) return false;
  return std::all_of(s.begin(), s.end(), IsDigit);
}

struct LineContext {
  std::string_view file;
  size_t line;
  KnowledgeSource* out;
  void Problem(std::string reason) const {
    out->problems.push_back(LineProblem{std::string(file), line, std::move(reason)});
  }
  SourceLocation Where() const { return SourceLocation{std::string(file), line}; }
};

// "SYRGOV 2000-07-17..2011-01-01", "SYR", "SYRINS in SYR 2014-01-01..".
bool ParseDatedCode(std::string_view text, const LineContext& ctx, KbDatedCode* out) {
  text = Trim(text);
  size_t space = text.find_first_of(" \t");
  std::string_view code = text.substr(0, space);
  std::string_view range = space == std::string_view::npos ? "" : Trim(text.substr(space));
  out->in_country.clear();
  if (range.starts_with("in ") || range.starts_with("in\t")) {
    range = Trim(range.substr(3));
    const size_t end = range.find_first_of(" \t");
    const std::string_view country = range.substr(0, end);
    if (country.size() != 3 || !IsWellFormedActorCode(country)) {
      ctx.Problem("'in " + std::string(country) + "' needs a 3-letter country code (SYRINS in SYR)");
      return false;
    }
    out->in_country = std::string(country);
    range = end == std::string_view::npos ? "" : Trim(range.substr(end));
  }
  if (!IsWellFormedActorCode(code)) {
    ctx.Problem("'" + std::string(code) +
                "' is not an actor code (3-letter upper-case groups, e.g. SYR, SYRGOV, IGOUNO)");
    return false;
  }
  out->code = std::string(code);
  out->from.clear();
  out->to.clear();
  if (range.empty()) return true;
  size_t dots = range.find("..");
  if (dots == std::string_view::npos) {
    ctx.Problem("date range '" + std::string(range) + "' must be FROM..TO (either end may be empty)");
    return false;
  }
  std::string_view from = Trim(range.substr(0, dots));
  std::string_view to = Trim(range.substr(dots + 2));
  if ((!from.empty() && !IsIsoDate(from)) || (!to.empty() && !IsIsoDate(to))) {
    ctx.Problem("date range '" + std::string(range) + "' needs ISO dates YYYY-MM-DD");
    return false;
  }
  if (from.empty() && to.empty()) {
    ctx.Problem("date range '..' has no dates: leave it out for a code that always applies");
    return false;
  }
  out->from = std::string(from);
  out->to = std::string(to);
  return true;
}

bool ParseNames(std::string_view field, const LineContext& ctx, std::vector<std::string>* names) {
  *names = SplitList(field, ';');
  if (names->empty()) {
    ctx.Problem("no names before '|'");
    return false;
  }
  return true;
}

void ParseActorLine(std::string_view line, ActorKind kind, const LineContext& ctx) {
  std::vector<std::string_view> fields = SplitFields(line);
  if (fields.size() != 2) {
    ctx.Problem("an actor line is 'names | codes' (found " + std::to_string(fields.size()) +
                " fields)");
    return;
  }
  KbActor actor;
  actor.kind = kind;
  actor.where = ctx.Where();
  if (!ParseNames(fields[0], ctx, &actor.names)) return;
  for (const std::string& piece : SplitList(fields[1], ';')) {
    KbDatedCode code;
    if (!ParseDatedCode(piece, ctx, &code)) return;
    actor.codes.push_back(std::move(code));
  }
  if (actor.codes.empty()) {
    ctx.Problem("no code after '|'");
    return;
  }
  ctx.out->actors.push_back(std::move(actor));
}

void ParseAgentLine(std::string_view line, const LineContext& ctx) {
  std::vector<std::string_view> fields = SplitFields(line);
  if (fields.size() != 2) {
    ctx.Problem("an agent line is 'names | ROLE'");
    return;
  }
  KbAgent agent;
  agent.where = ctx.Where();
  if (!ParseNames(fields[0], ctx, &agent.names)) return;
  std::string_view roles = fields[1];
  // "NGO~": written before the country code.
  if (roles.size() > 1 && roles.back() == '~') {
    agent.before_actor = true;
    roles.remove_suffix(1);
  }
  if (roles.empty() || roles.size() % 3 != 0 || !std::all_of(roles.begin(), roles.end(), IsUpper)) {
    ctx.Problem("role '" + std::string(fields[1]) +
                "' must be 3-letter upper-case role codes (MIL, GOV; NGO~ to go before the country)");
    return;
  }
  agent.roles = std::string(roles);
  ctx.out->agents.push_back(std::move(agent));
}

bool IsSlotWord(std::string_view s) {
  if (s == "obj" || s == "iobj" || s == "subj" || s == "poss" || s == "xcomp.obj" ||
      s == "xcomp.any" || s == "speaker" || s == "nsubj" || s == "next") {
    return true;
  }
  // "skip:at", "skip:obj": the first actor after that slot's noun phrase
  // (TABARI's and PETRARCH's '^').
  if (s.starts_with("skip:")) {
    const std::string_view rest = s.substr(5);
    return rest == "obj" || (!rest.empty() && std::all_of(rest.begin(), rest.end(), [](char c) {
                               return c >= 'a' && c <= 'z';
                             }));
  }
  // A preposition: lower-case letters only.
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

void ParsePatternLine(std::string_view line, const LineContext& ctx) {
  std::vector<std::string_view> fields = SplitFields(line);
  if (fields.size() < 2 || fields.size() > 3) {
    ctx.Problem("a pattern line is 'CAMEO | verb|noun lemma | options'");
    return;
  }
  KbPattern p;
  p.where = ctx.Where();
  if (!IsCameoCodeShape(fields[0]) && fields[0] != kNoEventCode) {
    ctx.Problem("'" + std::string(fields[0]) + "' is not a CAMEO code (2-4 digits) or --- (no event)");
    return;
  }
  p.cameo = std::string(fields[0]);
  std::string_view pred = fields[1];
  size_t space = pred.find(' ');
  std::string_view kind = pred.substr(0, space);
  if (kind == "verb") {
    p.kind = PredicateKind::kVerb;
  } else if (kind == "noun") {
    p.kind = PredicateKind::kNoun;
  } else {
    ctx.Problem("predicate '" + std::string(pred) + "' must start with 'verb' or 'noun'");
    return;
  }
  std::vector<std::string> words =
      SplitList(space == std::string_view::npos ? "" : pred.substr(space), ' ');
  if (words.empty()) {
    ctx.Problem("no lemma after '" + std::string(kind) + "'");
    return;
  }
  for (size_t i = 0; i < words.size(); ++i) p.lemma += (i ? " " : "") + Lower(words[i]);
  if (fields.size() == 3) {
    for (const std::string& option : SplitList(fields[2], ';')) {
      size_t eq = option.find('=');
      std::string key = Lower(Trim(std::string_view(option).substr(0, eq)));
      std::string value =
          eq == std::string::npos ? "" : std::string(Trim(std::string_view(option).substr(eq + 1)));
      auto alternatives = [&](std::vector<std::string>* list, bool slots) {
        for (const std::string& v : SplitList(value, '|')) {
          std::string lv = Lower(v);
          if (slots && !IsSlotWord(lv)) {
            ctx.Problem("slot '" + v + "' is not obj, iobj, subj, poss, xcomp.obj, xcomp.any or a preposition");
            return false;
          }
          list->push_back(lv);
        }
        if (list->empty()) {
          ctx.Problem("option '" + key + "=' has no value");
          return false;
        }
        return true;
      };
      bool ok = true;
      if (key == "obj") {
        ok = alternatives(&p.objects, false);
      } else if (key == "target") {
        ok = alternatives(&p.targets, true);
      } else if (key == "source") {
        ok = alternatives(&p.sources, true);
      } else if (key == "xcomp") {
        ok = alternatives(&p.xcomps, false);
      } else if (key == "adv") {
        ok = alternatives(&p.adverbs, false);
      } else if (key == "not-obj") {
        ok = alternatives(&p.not_objects, false);
      } else if (key == "not-xcomp") {
        ok = alternatives(&p.not_xcomps, false);
      } else if (key == "not-prep") {
        ok = alternatives(&p.not_preps, true);
      } else if (key == "before" || key == "after") {
        std::vector<std::string>* items = key == "before" ? &p.before : &p.after;
        for (const std::string& item : SplitList(value, ' ')) items->push_back(Lower(item));
        if (items->empty()) {
          ctx.Problem("option '" + key + "=' has no value");
          ok = false;
        }
      } else if (key == "compound") {
        std::vector<std::string> slot;
        ok = alternatives(&slot, true);
        if (ok && slot.size() != 1) {
          ctx.Problem("option 'compound=' takes one slot");
          ok = false;
        }
        if (ok) p.compound = slot[0];
      } else if (key == "symmetric" && eq == std::string::npos) {
        p.symmetric = true;
      } else if (key == "target-optional" && eq == std::string::npos) {
        p.target_optional = true;
      } else if (key == "reverse" && IsCameoCodeShape(value)) {
        p.reverse = value;
      } else {
        ctx.Problem("unknown option '" + option +
                    "' (obj=, target=, source=, xcomp=, adv=, not-obj=, not-xcomp=, not-prep=, "
                    "before=, after=, compound=, symmetric, reverse=CODE, target-optional)");
        ok = false;
      }
      if (!ok) return;
    }
  }
  ctx.out->patterns.push_back(std::move(p));
}

void ParseIssueLine(std::string_view line, const LineContext& ctx) {
  std::vector<std::string_view> fields = SplitFields(line);
  if (fields.size() != 2 || fields[1].empty()) {
    ctx.Problem("an issue line is 'names | ISSUE'");
    return;
  }
  KbIssue issue;
  issue.where = ctx.Where();
  if (!ParseNames(fields[0], ctx, &issue.names)) return;
  issue.issue = std::string(fields[1]);
  ctx.out->issues.push_back(std::move(issue));
}

void ParsePlaceLine(std::string_view line, const LineContext& ctx) {
  std::vector<std::string_view> fields = SplitFields(line);
  // The optional fourth field, `division`, only tells the gazetteer compiler
  // which entry of that name is meant (geo/gazetteer.h); the knowledge base
  // needs the names and the country alone.
  if (fields.size() < 3 || fields.size() > 4 || fields[2].empty() ||
      (fields.size() == 4 && fields[3] != "division")) {
    ctx.Problem("a place line is 'aliases | COUNTRY | gazetteer name' or '... | division'");
    return;
  }
  KbPlace place;
  place.where = ctx.Where();
  if (!ParseNames(fields[0], ctx, &place.names)) return;
  if (fields[1].size() != 3 || !IsWellFormedActorCode(fields[1])) {
    ctx.Problem("country '" + std::string(fields[1]) + "' is not a 3-letter code");
    return;
  }
  place.country = std::string(fields[1]);
  place.gazetteer_name = std::string(fields[2]);
  ctx.out->places.push_back(std::move(place));
}

}  // namespace

const char* ActorKindName(ActorKind kind) {
  switch (kind) {
    case ActorKind::kCountry: return "country";
    case ActorKind::kIgo: return "igo";
    case ActorKind::kNgo: return "ngo";
    case ActorKind::kGroup: return "group";
    case ActorKind::kParty: return "party";
    case ActorKind::kPerson: return "person";
    case ActorKind::kMedia: return "media";
    case ActorKind::kBusiness: return "business";
    case ActorKind::kOther: return "other";
  }
  return "other";
}

bool ParseActorKind(std::string_view name, ActorKind* kind) {
  for (int i = 0; i < kActorKindCount; ++i) {
    if (name == ActorKindName(static_cast<ActorKind>(i))) {
      *kind = static_cast<ActorKind>(i);
      return true;
    }
  }
  return false;
}

std::string KbActor::CodeOn(std::string_view date) const {
  if (date.empty()) {
    for (auto it = codes.rbegin(); it != codes.rend(); ++it) {
      if (it->from.empty() && it->to.empty() && it->in_country.empty()) return it->code;
    }
    for (auto it = codes.rbegin(); it != codes.rend(); ++it) {
      if (it->in_country.empty()) return it->code;
    }
    return std::string();
  }
  for (const KbDatedCode& c : codes) {
    if (c.in_country.empty() && c.AppliesOn(date)) return c.code;
  }
  return std::string();
}

std::string KbActor::CodeIn(std::string_view date, std::string_view country) const {
  if (country.empty()) return std::string();
  for (const KbDatedCode& c : codes) {
    if (c.in_country == country && (date.empty() || c.AppliesOn(date))) return c.code;
  }
  return std::string();
}

std::string KbPattern::ToLine() const {
  std::string line = cameo + " | " + (kind == PredicateKind::kVerb ? "verb " : "noun ") + lemma;
  std::vector<std::string> options;
  auto join = [](const std::vector<std::string>& v, const char* separator = "|") {
    std::string s;
    for (size_t i = 0; i < v.size(); ++i) s += (i ? separator : "") + v[i];
    return s;
  };
  if (!objects.empty()) options.push_back("obj=" + join(objects));
  if (!xcomps.empty()) options.push_back("xcomp=" + join(xcomps));
  if (!adverbs.empty()) options.push_back("adv=" + join(adverbs));
  if (!not_objects.empty()) options.push_back("not-obj=" + join(not_objects));
  if (!not_xcomps.empty()) options.push_back("not-xcomp=" + join(not_xcomps));
  if (!not_preps.empty()) options.push_back("not-prep=" + join(not_preps));
  if (!before.empty()) options.push_back("before=" + join(before, " "));
  if (!after.empty()) options.push_back("after=" + join(after, " "));
  if (!compound.empty()) options.push_back("compound=" + compound);
  if (!sources.empty()) options.push_back("source=" + join(sources));
  if (!targets.empty()) options.push_back("target=" + join(targets));
  if (symmetric) options.push_back("symmetric");
  if (!reverse.empty()) options.push_back("reverse=" + reverse);
  if (target_optional) options.push_back("target-optional");
  line += " |";
  for (size_t i = 0; i < options.size(); ++i) line += (i ? "; " : " ") + options[i];
  return line;
}

SourceFileType SourceFileTypeFor(std::string_view path) {
  size_t slash = path.find_last_of('/');
  std::string_view base = slash == std::string_view::npos ? path : path.substr(slash + 1);
  if (base == "agents.txt") return SourceFileType::kAgents;
  if (base == "patterns.txt") return SourceFileType::kPatterns;
  if (base == "issues.txt") return SourceFileType::kIssues;
  if (base == "places.txt") return SourceFileType::kPlaces;
  return SourceFileType::kActors;
}

void ParseKnowledgeFile(std::string_view bytes, std::string_view name, SourceFileType type,
                        KnowledgeSource* out) {
  out->files.emplace_back(name);
  out->source_hash = base::HashCombine(out->source_hash, base::HashBytes(name));
  out->source_hash = base::HashCombine(out->source_hash, base::HashBytes(bytes));
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  bool have_kind = false;
  ActorKind kind = ActorKind::kOther;
  size_t line_no = 0;
  size_t pos = 0;
  while (pos < bytes.size()) {
    size_t end = bytes.find('\n', pos);
    if (end == std::string_view::npos) end = bytes.size();
    std::string_view line = bytes.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    size_t hash = line.find('#');
    if (hash != std::string_view::npos) line = line.substr(0, hash);
    line = Trim(line);
    if (line.empty()) continue;
    LineContext ctx{name, line_no, out};
    if (line.find('\0') != std::string_view::npos) {
      ctx.Problem("line contains a NUL byte (binary data in a text source?)");
      continue;
    }
    if (line.substr(0, 5) == "@kind") {
      std::string_view value = Trim(line.substr(5));
      if (type != SourceFileType::kActors) {
        ctx.Problem("@kind belongs in actor files only");
      } else if (!ParseActorKind(value, &kind)) {
        ctx.Problem("unknown @kind '" + std::string(value) +
                    "' (country, igo, ngo, group, party, person, media, business, other)");
      } else {
        have_kind = true;
      }
      continue;
    }
    switch (type) {
      case SourceFileType::kActors:
        if (!have_kind) {
          ctx.Problem("actor line before any '@kind' line: start the file with e.g. '@kind country'");
          continue;
        }
        ParseActorLine(line, kind, ctx);
        break;
      case SourceFileType::kAgents: ParseAgentLine(line, ctx); break;
      case SourceFileType::kPatterns: ParsePatternLine(line, ctx); break;
      case SourceFileType::kIssues: ParseIssueLine(line, ctx); break;
      case SourceFileType::kPlaces: ParsePlaceLine(line, ctx); break;
    }
  }
}

Result<KnowledgeSource> ReadKnowledgeDir(const std::string& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    return NotFoundError("knowledge source directory '" + dir +
                            "' not found (the default is data/kb in the source tree)");
  }
  std::vector<std::string> paths;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".txt") {
      paths.push_back(entry.path().string());
    }
  }
  if (ec) return IoError("cannot list '" + dir + "': " + ec.message());
  if (paths.empty()) return NotFoundError("no .txt source files in '" + dir + "'");
  std::sort(paths.begin(), paths.end());
  KnowledgeSource source;
  for (const std::string& path : paths) {
    KHALDUN_ASSIGN_OR_RETURN(std::string bytes, port::ReadFile(path));
    ParseKnowledgeFile(bytes, path, SourceFileTypeFor(path), &source);
  }
  return source;
}

std::vector<std::string_view> GroupMembers(std::string_view code) {
  std::vector<std::string_view> out;
  for (size_t begin = 0; begin <= code.size();) {
    size_t end = code.find('/', begin);
    if (end == std::string_view::npos) end = code.size();
    out.push_back(code.substr(begin, end - begin));
    begin = end + 1;
  }
  return out;
}

bool IsWellFormedActorCode(std::string_view code) {
  for (std::string_view member : GroupMembers(code)) {
    if (member.empty() || member.size() % 3 != 0 ||
        !std::all_of(member.begin(), member.end(), IsUpper)) {
      return false;
    }
  }
  return true;
}

bool IsCountryLevelCode(std::string_view code) {
  for (std::string_view member : GroupMembers(code)) {
    if (member.size() != 3) return false;
  }
  return true;
}

bool IsIsoDate(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!IsDigit(d[i])) return false;
  }
  int month = (d[5] - '0') * 10 + (d[6] - '0');
  int day = (d[8] - '0') * 10 + (d[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

}  // namespace khaldun::dict
