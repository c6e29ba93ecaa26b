// khaldun dict compile|check|dump|stats: the knowledge-base tools.
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <map>
#include <set>
#include <string>

#include "cli/commands.h"
#include "dict/codebook.h"
#include "dict/knowledge_base.h"
#include "dict/knowledge_source.h"
#include "port/file.h"
#include "token/tokenizer.h"

namespace khaldun::cli {
namespace {

struct DictArgs {
  std::string input;
  std::string output;
  std::string codebook = KHALDUN_DEFAULT_CODEBOOK;
  bool strict = false;
  bool quiet = false;
};

void PrintProblems(const char* command, const std::vector<dict::LineProblem>& problems,
                   size_t limit) {
  for (size_t i = 0; i < problems.size() && i < limit; ++i) {
    std::fprintf(stderr, "%s: %s\n", command, problems[i].ToString().c_str());
  }
  if (problems.size() > limit) {
    std::fprintf(stderr, "%s: ... and %zu more problems\n", command, problems.size() - limit);
  }
}

bool ReadSourceAndCodebook(const char* command, const DictArgs& args, dict::KnowledgeSource* source,
                           dict::Codebook* codebook) {
  auto s = dict::ReadKnowledgeDir(args.input);
  if (!s.ok()) {
    std::fprintf(stderr, "%s: %s\n", command, s.status().ToString().c_str());
    return false;
  }
  auto cb = dict::Codebook::ReadFile(args.codebook);
  if (!cb.ok()) {
    std::fprintf(stderr, "%s: %s\n", command, cb.status().ToString().c_str());
    return false;
  }
  *source = std::move(s).value();
  *codebook = std::move(cb).value();
  return true;
}

std::string Today() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof(buf), "%Y-%m-%d", &tm);
  return buf;
}

int RunCompile(const DictArgs& args) {
  const char* cmd = "khaldun dict compile";
  auto start = std::chrono::steady_clock::now();
  dict::KnowledgeSource source;
  dict::Codebook codebook;
  if (!ReadSourceAndCodebook(cmd, args, &source, &codebook)) return 1;
  std::vector<dict::LineProblem> problems = source.problems;
  token::Tokenizer tokenizer;
  dict::CompileOptions options;
  options.build_date = Today();
  auto kb = dict::KnowledgeBase::Compile(source, codebook, tokenizer, options, &problems);
  if (!kb.ok()) {
    std::fprintf(stderr, "%s: %s\n", cmd, kb.status().ToString().c_str());
    return 1;
  }
  PrintProblems(cmd, problems, args.quiet ? 20 : 200);
  if (args.strict && !problems.empty()) {
    std::fprintf(stderr, "%s: %zu problems and --strict: nothing written\n", cmd, problems.size());
    return 1;
  }
  std::string bytes = (*kb)->Serialize();
  Status st = port::WriteFileAtomic(args.output, bytes);
  if (!st.ok()) {
    std::fprintf(stderr, "%s: %s\n", cmd, st.ToString().c_str());
    return 1;
  }
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  if (!args.quiet) {
    std::fprintf(stderr,
                 "%s: %s: %zu actors, %zu agents, %zu patterns, %zu issues, %zu places, %zu trie "
                 "keys, %zu bytes, %zu lines skipped, %.0f ms\n",
                 cmd, args.output.c_str(), (*kb)->actors().size(), (*kb)->agents().size(),
                 (*kb)->patterns().size(), (*kb)->issues().size(), (*kb)->places().size(),
                 (*kb)->trie().key_count(), bytes.size(), problems.size(), ms);
  }
  return 0;
}

int RunCheck(const DictArgs& args) {
  const char* cmd = "khaldun dict check";
  dict::KnowledgeSource source;
  dict::Codebook codebook;
  if (!ReadSourceAndCodebook(cmd, args, &source, &codebook)) return 1;
  std::vector<dict::LineProblem> problems = dict::CheckKnowledge(source, codebook);
  PrintProblems(cmd, problems, 100000);
  std::printf("%zu files, %zu actors, %zu agents, %zu patterns: %zu problems\n",
              source.files.size(), source.actors.size(), source.agents.size(),
              source.patterns.size(), problems.size());
  return problems.empty() ? 0 : 1;
}

std::string JoinNames(const std::vector<std::string>& names) {
  std::string s;
  for (size_t i = 0; i < names.size(); ++i) s += (i ? "; " : "") + names[i];
  return s;
}

int RunDump(const DictArgs& args) {
  const char* cmd = "khaldun dict dump";
  auto kb = dict::KnowledgeBase::Load(args.input);
  if (!kb.ok()) {
    std::fprintf(stderr, "%s: %s\n", cmd, kb.status().ToString().c_str());
    return 1;
  }
  std::error_code ec;
  std::filesystem::create_directories(args.output, ec);
  if (ec) {
    std::fprintf(stderr, "%s: cannot create '%s': %s\n", cmd, args.output.c_str(),
                 ec.message().c_str());
    return 1;
  }
  std::map<std::string, std::string> files;
  std::string header = "# Dumped by `khaldun dict dump` from " + args.input + " (" +
                       (*kb)->provenance() + ")\n";
  for (const dict::KbActor& a : (*kb)->actors()) {
    std::string file = std::string("actors_") + dict::ActorKindName(a.kind) + ".txt";
    std::string& text = files[file];
    if (text.empty()) text = header + "@kind " + dict::ActorKindName(a.kind) + "\n";
    text += JoinNames(a.names) + " |";
    for (size_t i = 0; i < a.codes.size(); ++i) {
      const dict::KbDatedCode& c = a.codes[i];
      text += (i ? "; " : " ") + c.code;
      if (!c.in_country.empty()) text += " in " + c.in_country;
      if (!c.from.empty() || !c.to.empty()) text += " " + c.from + ".." + c.to;
    }
    text += "\n";
  }
  std::string& agents = files["agents.txt"];
  agents = header;
  for (const dict::KbAgent& a : (*kb)->agents()) {
    agents += JoinNames(a.names) + " | " + a.roles + (a.before_actor ? "~" : "") + "\n";
  }
  std::string& patterns = files["patterns.txt"];
  patterns = header;
  for (const dict::KbPattern& p : (*kb)->patterns()) patterns += p.ToLine() + "\n";
  std::string& issues = files["issues.txt"];
  issues = header;
  for (const dict::KbIssue& i : (*kb)->issues()) issues += JoinNames(i.names) + " | " + i.issue + "\n";
  std::string& places = files["places.txt"];
  places = header;
  for (const dict::KbPlace& p : (*kb)->places()) {
    places += JoinNames(p.names) + " | " + p.country + " | " + p.gazetteer_name + "\n";
  }
  for (const auto& [name, text] : files) {
    Status st = port::WriteFileAtomic(args.output + "/" + name, text);
    if (!st.ok()) {
      std::fprintf(stderr, "%s: %s\n", cmd, st.ToString().c_str());
      return 1;
    }
  }
  std::fprintf(stderr, "%s: wrote %zu files to %s\n", cmd, files.size(), args.output.c_str());
  return 0;
}

int RunStats(const DictArgs& args) {
  const char* cmd = "khaldun dict stats";
  auto start = std::chrono::steady_clock::now();
  auto kb = dict::KnowledgeBase::Load(args.input);
  if (!kb.ok()) {
    std::fprintf(stderr, "%s: %s\n", cmd, kb.status().ToString().c_str());
    return 1;
  }
  double load_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  const dict::KnowledgeBase& k = **kb;
  std::map<std::string, size_t> by_kind;
  size_t dated = 0;
  for (const dict::KbActor& a : k.actors()) {
    ++by_kind[dict::ActorKindName(a.kind)];
    for (const dict::KbDatedCode& c : a.codes) dated += !c.from.empty() || !c.to.empty();
  }
  std::map<std::string, size_t> per_code;
  size_t verbs = 0, nouns = 0;
  for (const dict::KbPattern& p : k.patterns()) {
    ++per_code[p.cameo];
    (p.kind == dict::PredicateKind::kVerb ? verbs : nouns) += 1;
  }
  std::printf("actors %zu\n", k.actors().size());
  for (int i = 0; i < dict::kActorKindCount; ++i) {
    const char* name = dict::ActorKindName(static_cast<dict::ActorKind>(i));
    std::string label = std::string(name) == "person" ? "people" : std::string(name) + " actors";
    std::printf("%s %zu\n", label.c_str(), by_kind[name]);
  }
  std::printf("dated codes %zu\n", dated);
  std::printf("agents %zu\n", k.agents().size());
  std::printf("patterns %zu\n", k.patterns().size());
  std::printf("patterns on verbs %zu\n", verbs);
  std::printf("patterns on nouns %zu\n", nouns);
  std::printf("issues %zu\n", k.issues().size());
  std::printf("places %zu\n", k.places().size());
  std::printf("phrase keys %zu\n", k.trie().key_count());
  std::printf("phrase vocabulary %zu\n", k.trie().vocabulary_size());
  std::printf("trie nodes %zu\n", k.trie().node_count());
  std::printf("load ms %.2f\n", load_ms);
  size_t codes = 0, covered = 0;
  std::vector<std::string> missing;
  for (const dict::CameoEntry& e : k.codebook().entries()) {
    if (e.code.size() < 3) continue;  // roots are covered through their children
    ++codes;
    if (per_code.count(e.code)) {
      ++covered;
    } else {
      missing.push_back(e.code);
    }
  }
  std::printf("cameo codes %zu\n", codes);
  std::printf("cameo codes with patterns %zu\n", covered);
  std::printf("cameo codes without patterns %zu\n", missing.size());
  for (const std::string& code : missing) std::printf("cameo code without patterns %s\n", code.c_str());
  for (const auto& [code, n] : per_code) std::printf("patterns[%s] %zu\n", code.c_str(), n);
  return 0;
}

}  // namespace

Runner RegisterDict(CLI::App& app) {
  auto args = std::make_shared<DictArgs>();
  CLI::App* cmd = app.add_subcommand("dict", "Compile, check, dump and count the knowledge base");
  cmd->require_subcommand(1);
  CLI::App* compile = cmd->add_subcommand("compile", "Compile data/kb-style sources into one binary");
  compile->add_option("dir", args->input, "Source directory (e.g. data/kb)")->required();
  compile->add_option("-o,--output", args->output, "Output file")->required();
  compile->add_option("--codebook", args->codebook, "CAMEO codebook TSV")->capture_default_str();
  compile->add_flag("--strict", args->strict, "Fail on any unreadable line");
  compile->add_flag("--quiet", args->quiet, "Print at most 20 problems and no summary");
  CLI::App* check = cmd->add_subcommand("check", "Lint the sources; exit 1 if anything is wrong");
  check->add_option("dir", args->input, "Source directory")->required();
  check->add_option("--codebook", args->codebook, "CAMEO codebook TSV")->capture_default_str();
  CLI::App* dump = cmd->add_subcommand("dump", "Write a compiled file back as source files");
  dump->add_option("file", args->input, "Compiled knowledge base")->required();
  dump->add_option("-o,--output", args->output, "Output directory")->required();
  CLI::App* stats = cmd->add_subcommand("stats", "Counts per kind and patterns per CAMEO code");
  stats->add_option("file", args->input, "Compiled knowledge base")
      ->default_str(KHALDUN_DEFAULT_KB);
  args->input = "";
  return [args, compile, check, dump, stats]() {
    if (compile->parsed()) return RunCompile(*args);
    if (check->parsed()) return RunCheck(*args);
    if (dump->parsed()) return RunDump(*args);
    if (stats->parsed()) {
      if (args->input.empty()) args->input = KHALDUN_DEFAULT_KB;
      return RunStats(*args);
    }
    return 2;
  };
}

}  // namespace khaldun::cli
