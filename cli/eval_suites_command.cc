// khaldun eval petrarch RECORDS.xml [--dicts DIR]
// khaldun eval tabari PROJECT|Validate.text
//
// The field's validation suites: each record is coded with the suite's own
// dictionaries (converted by src/dict/field_dictionaries.h; PETRARCH's parse
// trees are ignored: we parse ourselves) and compared with the events the
// record expects. A record is exact when the set of coded (source, target,
// code) equals the expected set (none expected: none coded). Failures are
// printed by category, then `records N exact M (P%)`.
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/field_dictionaries.h"
#include "dict/tabari_reader.h"
#include "io/record_formats.h"

namespace khaldun::cli {
namespace {

namespace fs = std::filesystem;

struct SuiteArgs {
  std::string input;
  std::string dicts;
  bool all = false;      // tabari: also the records after FINAL-01
  bool verbose = false;  // print the conversion notes
  CodingOptions coding;
};

using EventSet = std::set<io::ExpectedEvent>;

std::string SetText(const EventSet& s) {
  if (s.empty()) return "{}";
  std::string out;
  for (const io::ExpectedEvent& e : s) {
    if (!out.empty()) out += ' ';
    out += "{" + (e.source.empty() ? std::string("-") : e.source) + " / " +
           (e.target.empty() ? std::string("-") : e.target) + " / " + e.code + "}";
  }
  return out;
}

// `written_forms`: the dictionaries are PETRARCH's (see
// event::CoderOptions::written_forms).
int RunSuite(const char* cmd, const std::vector<io::ValidationRecord>& all_records,
             dict::KnowledgeSource source, const dict::ConversionCounts& counts,
             const std::vector<dict::LineProblem>& notes, const SuiteArgs& args,
             bool written_forms) {
  std::fprintf(stderr,
               "%s: converted %zu actors (%zu dropped), %zu agents, %zu verbs -> %zu patterns "
               "(%zu pattern lines dropped, %zu approximated, %zu no-event), %zu "
               "discards; %zu conversion notes%s\n",
               cmd, counts.actors, counts.actors_dropped, counts.agents, counts.verbs,
               counts.patterns, counts.patterns_dropped, counts.patterns_approximated,
               counts.null_patterns, counts.discards, notes.size(),
               args.verbose ? "" : " (--verbose prints them)");
  if (args.verbose) {
    for (const dict::LineProblem& p : notes) std::fprintf(stderr, "  %s\n", p.ToString().c_str());
  }
  Coding coding;
  if (!LoadFieldSource(cmd, std::move(source), args.coding, /*use_gazetteer=*/false, &coding)) {
    return 1;
  }
  coding.coder_options.written_forms = written_forms;
  std::vector<const io::ValidationRecord*> records;
  std::vector<io::InputDocument> docs;
  size_t unscored = 0;
  for (const io::ValidationRecord& r : all_records) {
    if (!r.scored) {
      ++unscored;
      continue;
    }
    records.push_back(&r);
    docs.push_back(r.doc);
  }
  AnalyzeStats analyze;
  event::CodeStats code_stats;
  std::vector<std::vector<event::Event>> events =
      CodeDocuments(coding, docs, args.coding.threads, &analyze, &code_stats);
  // Records under a <Config option="new_actor_length"> are coded again with
  // that option.
  std::map<int, std::vector<size_t>> by_new_actor_length;
  for (size_t i = 0; i < records.size(); ++i) {
    if (records[i]->new_actor_length > 0) {
      by_new_actor_length[records[i]->new_actor_length].push_back(i);
    }
  }
  for (const auto& [length, indices] : by_new_actor_length) {
    coding.coder_options.new_actor_length = length;
    std::vector<io::InputDocument> some;
    for (size_t i : indices) some.push_back(docs[i]);
    AnalyzeStats unused_analyze;
    event::CodeStats unused_code;
    std::vector<std::vector<event::Event>> recoded =
        CodeDocuments(coding, some, args.coding.threads, &unused_analyze, &unused_code);
    for (size_t j = 0; j < indices.size(); ++j) events[indices[j]] = std::move(recoded[j]);
  }
  coding.coder_options.new_actor_length = 0;
  ApplyFieldDictionaryRules(coding, docs, &events);
  std::map<std::string, std::vector<std::string>> failures;  // category -> lines
  std::map<std::string, std::pair<size_t, size_t>> per_category;  // exact, total
  size_t exact = 0;
  for (size_t i = 0; i < records.size(); ++i) {
    const io::ValidationRecord& r = *records[i];
    EventSet expected(r.expected.begin(), r.expected.end());
    EventSet got;
    for (const event::Event& e : events[i]) got.insert({e.source.code, e.target.code, e.cameo});
    std::string category = r.category.empty() ? std::string("(none)") : r.category;
    ++per_category[category].second;
    if (expected == got) {
      ++exact;
      ++per_category[category].first;
      continue;
    }
    failures[category].push_back(r.doc.id + ": expected " + SetText(expected) + " got " +
                                 SetText(got) + (r.error.empty() ? "" : " (error=" + r.error + ")") +
                                 "\n      " + r.doc.text);
  }
  for (const auto& [category, lines] : failures) {
    const auto& [ok, total] = per_category[category];
    std::printf("%s: %zu of %zu failed\n", category.c_str(), total - ok, total);
    for (const std::string& l : lines) std::printf("  %s\n", l.c_str());
  }
  std::printf("by category:");
  for (const auto& [category, c] : per_category) {
    std::printf(" %s %zu/%zu", category.c_str(), c.first, c.second);
  }
  std::printf("\n");
  if (unscored > 0) std::printf("(%zu records not scored: option or no expectation)\n", unscored);
  double pct = records.empty() ? 0.0 : 100.0 * static_cast<double>(exact) /
                                           static_cast<double>(records.size());
  std::printf("records %zu exact %zu (%.1f%%)\n", records.size(), exact, pct);
  return 0;
}

int RunPetrarch(const SuiteArgs& args) {
  const char* cmd = "khaldun eval petrarch";
  std::string xml;
  if (!ReadInput(args.input, &xml)) return 1;
  std::vector<std::string> read_problems;
  std::vector<io::ValidationRecord> records = io::ParsePetrarchRecords(xml, args.input, &read_problems);
  for (const std::string& p : read_problems) std::fprintf(stderr, "%s: %s\n", cmd, p.c_str());
  std::string dir = args.dicts.empty() ? fs::path(args.input).parent_path().string() : args.dicts;
  if (dir.empty()) dir = ".";
  io::PetrarchEnvironment env = io::ParsePetrarchEnvironment(xml);
  std::vector<dict::LineProblem> notes;
  dict::ConversionCounts counts;
  Result<dict::KnowledgeSource> source = InvalidArgumentError("no dictionaries");
  std::error_code ec;
  if (!env.verbs.empty() && !env.actors.empty() && fs::is_directory(dir, ec)) {
    dict::PetrarchFiles files;
    auto at = [&](const std::string& n) { return (fs::path(dir) / n).string(); };
    files.verbs.push_back(at(env.verbs));
    for (const std::string& a : env.actors) files.actors.push_back(at(a));
    if (!env.agents.empty()) files.agents.push_back(at(env.agents));
    if (!env.discards.empty()) files.discards.push_back(at(env.discards));
    source = dict::KnowledgeSourceFromPetrarchFiles(files, &notes, &counts);
  } else {
    source = dict::KnowledgeSourceFromPetrarch(dir, &notes, &counts);
  }
  if (!source.ok()) {
    std::fprintf(stderr, "%s: %s\n", cmd, source.status().ToString().c_str());
    return 1;
  }
  return RunSuite(cmd, records, std::move(source).value(), counts, notes, args,
                  /*written_forms=*/true);
}

int RunTabari(const SuiteArgs& args) {
  const char* cmd = "khaldun eval tabari";
  fs::path input(args.input);
  std::string project_path, text_path;
  std::error_code ec;
  if (input.extension() == ".project") {
    project_path = input.string();
    auto project = dict::ReadTabariProjectFile(project_path);
    if (!project.ok()) {
      std::fprintf(stderr, "%s: %s\n", cmd, project.status().ToString().c_str());
      return 1;
    }
    const std::string* t = project->Find("textfile");
    if (t == nullptr) {
      std::fprintf(stderr, "%s: %s names no <textfile>\n", cmd, project_path.c_str());
      return 1;
    }
    text_path = (input.parent_path() / *t).string();
  } else {
    text_path = input.string();
    fs::path same = input;
    same.replace_extension(".project");
    if (fs::exists(same, ec)) {
      project_path = same.string();
    } else {
      for (const auto& entry : fs::directory_iterator(input.parent_path().empty() ? fs::path(".")
                                                                                  : input.parent_path(),
                                                      ec)) {
        if (entry.path().extension() == ".project") {
          project_path = entry.path().string();
          break;
        }
      }
    }
    if (project_path.empty()) {
      std::fprintf(stderr, "%s: no .project file beside %s\n", cmd, text_path.c_str());
      return 1;
    }
  }
  std::string text;
  if (!ReadInput(text_path, &text)) return 1;
  std::vector<std::string> read_problems;
  std::vector<io::ValidationRecord> records =
      io::ParseTabariRecords(text, text_path, &read_problems, args.all ? "" : "FINAL");
  for (const std::string& p : read_problems) std::fprintf(stderr, "%s: %s\n", cmd, p.c_str());
  std::vector<dict::LineProblem> notes;
  dict::ConversionCounts counts;
  auto source = dict::KnowledgeSourceFromTabari(project_path, &notes, &counts);
  if (!source.ok()) {
    std::fprintf(stderr, "%s: %s\n", cmd, source.status().ToString().c_str());
    return 1;
  }
  return RunSuite(cmd, records, std::move(source).value(), counts, notes, args,
                  /*written_forms=*/false);
}

void AddCommon(CLI::App* sub, const std::shared_ptr<SuiteArgs>& args) {
  sub->add_flag("--verbose", args->verbose, "Print every conversion note");
  sub->add_option("--model", args->coding.model, "Syntax model file (default: the bundled model)");
  sub->add_option("--threads", args->coding.threads, "Worker threads")
      ->capture_default_str()
      ->check(CLI::Range(1, 256));
  sub->add_option("--beam", args->coding.beam, "Parser beam width (1: greedy)")
      ->capture_default_str()
      ->check(CLI::Range(1, 64));
}

}  // namespace

SubcommandRunners RegisterEvalSuites(CLI::App* eval) {
  auto pargs = std::make_shared<SuiteArgs>();
  CLI::App* petrarch = eval->add_subcommand(
      "petrarch", "PETRARCH unit-test records (PETR.UnitTest.records.xml) with their dictionaries");
  petrarch->add_option("records", pargs->input, "Records XML file")->required();
  petrarch->add_option("--dicts", pargs->dicts,
                       "Dictionary directory or PETR config (default: the records file's "
                       "directory, files named by its <Environment>)");
  AddCommon(petrarch, pargs);
  auto targs = std::make_shared<SuiteArgs>();
  CLI::App* tabari = eval->add_subcommand(
      "tabari", "TABARI validation records (Validate.text) with the project's dictionaries");
  tabari->add_option("input", targs->input, "Validate.project or Validate.text")->required();
  tabari->add_flag("--all", targs->all,
                   "Also score the records after FINAL-01 (they need other .options settings)");
  AddCommon(tabari, targs);
  return {{petrarch, [pargs]() { return RunPetrarch(*pargs); }},
          {tabari, [targs]() { return RunTabari(*targs); }}};
}

}  // namespace khaldun::cli
