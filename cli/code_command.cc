// khaldun code [FILE|-]: stories in, CAMEO events out (JSONL or TSV).
#include <cstdio>
#include <string>
#include <vector>

#include "cli/coding.h"
#include "cli/commands.h"
#include "cli/field_dictionaries.h"
#include "io/record_formats.h"
#include "io/event_writer.h"

namespace khaldun::cli {
namespace {

struct CodeArgs {
  std::string input = "-";
  std::string format = "auto";
  std::string output_format = "jsonl";
  std::string date;
  bool trace = false;
  std::string dict_petrarch;
  std::string dict_tabari;
  CodingOptions coding;
};

int RunCode(const CodeArgs& args) {
  const char* cmd = "khaldun code";
  if (args.output_format != "jsonl" && args.output_format != "tsv") {
    std::fprintf(stderr, "%s: unknown --output '%s' (use jsonl or tsv)\n", cmd,
                 args.output_format.c_str());
    return 2;
  }
  if (!args.date.empty() && !dict::IsIsoDate(args.date)) {
    std::fprintf(stderr, "%s: --date '%s' is not YYYY-MM-DD\n", cmd, args.date.c_str());
    return 2;
  }
  std::string bytes;
  if (!ReadInput(args.input, &bytes)) return 1;
  std::string format = args.format;
  if (format == "auto") {
    size_t first = bytes.find_first_not_of(" \t\r\n");
    format = first != std::string::npos && bytes[first] == '{' ? "jsonl" : "text";
  }
  std::string source = args.input == "-" ? "<stdin>" : args.input;
  std::vector<io::InputDocument> docs;
  size_t skipped = 0;
  if (format == "jsonl") {
    io::ForEachJsonlDocument(
        bytes, source,
        [&](io::InputDocument d) {
          if (d.date.empty()) d.date = args.date;
          docs.push_back(std::move(d));
        },
        [&](size_t, const std::string& why) {
          ++skipped;
          std::fprintf(stderr, "%s: skipped %s\n", cmd, why.c_str());
        });
  } else if (format == "text") {
    io::InputDocument d;
    d.id = source;
    d.date = args.date;
    d.text = std::move(bytes);
    docs.push_back(std::move(d));
  } else if (format == "petrarch-xml" || format == "tabari") {
    std::vector<std::string> problems;
    std::vector<io::ValidationRecord> records =
        format == "tabari" ? io::ParseTabariRecords(bytes, source, &problems)
                           : io::ParsePetrarchRecords(bytes, source, &problems);
    skipped += problems.size();
    for (const std::string& p : problems) std::fprintf(stderr, "%s: skipped %s\n", cmd, p.c_str());
    for (io::ValidationRecord& r : records) {
      if (r.doc.date.empty()) r.doc.date = args.date;
      docs.push_back(std::move(r.doc));
    }
  } else {
    std::fprintf(stderr,
                 "%s: unknown --input '%s' (use text, jsonl, petrarch-xml, tabari or auto)\n",
                 cmd, format.c_str());
    return 2;
  }
  Coding coding;
  bool field = !args.dict_petrarch.empty() || !args.dict_tabari.empty();
  if (field) {
    if (!LoadFieldDictionaries(cmd, args.dict_petrarch, args.dict_tabari, args.coding, &coding)) {
      return 1;
    }
  } else if (!LoadCoding(cmd, args.coding, &coding)) {
    return 1;
  }
  AnalyzeStats analyze;
  event::CodeStats code;
  std::vector<std::string> traces;
  std::vector<std::vector<event::Event>> events = CodeDocuments(
      coding, docs, args.coding.threads, &analyze, &code, args.trace ? &traces : nullptr);
  if (field) ApplyFieldDictionaryRules(coding, docs, &events);
  for (size_t d = 0; d < traces.size(); ++d) {
    std::fprintf(stderr, "# %s\n%s", docs[d].id.c_str(), traces[d].c_str());
  }
  std::string out;
  if (args.output_format == "tsv") out = io::EventTsvHeader() + "\n";
  size_t empty_docs = 0, docs_with_events = 0;
  for (size_t d = 0; d < docs.size(); ++d) {
    if (docs[d].text.find_first_not_of(" \t\r\n") == std::string::npos) ++empty_docs;
    if (!events[d].empty()) ++docs_with_events;
    for (const event::Event& e : events[d]) {
      out += args.output_format == "tsv" ? io::EventToTsv(e) : io::EventToJson(e);
      out += '\n';
    }
    if (out.size() > (1 << 20)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fprintf(stderr,
               "%s: %zu documents read (%zu with events, %zu empty), %zu lines skipped; %llu "
               "sentences, %llu words, %llu events; %llu predicates matched, %llu not coded "
               "(negated, modal, conditional or question), %llu without an actor; %llu invalid "
               "UTF-8 bytes replaced, %llu long sentences cut\n",
               cmd, docs.size(), docs_with_events, empty_docs, skipped,
               static_cast<unsigned long long>(analyze.sentences),
               static_cast<unsigned long long>(analyze.words),
               static_cast<unsigned long long>(code.events),
               static_cast<unsigned long long>(code.predicates),
               static_cast<unsigned long long>(code.suppressed),
               static_cast<unsigned long long>(code.missing_actor),
               static_cast<unsigned long long>(analyze.invalid_bytes),
               static_cast<unsigned long long>(analyze.long_sentences_cut));
  return 0;
}

}  // namespace

Runner RegisterCode(CLI::App& app) {
  auto args = std::make_shared<CodeArgs>();
  CLI::App* cmd = app.add_subcommand("code", "Code stories into CAMEO events");
  cmd->add_option("file", args->input, "Input file, or - for standard input")->capture_default_str();
  cmd->add_option("--input", args->format,
                  "Input format: text, jsonl, petrarch-xml (PETRARCH validation records), tabari "
                  "(TABARI .text records) or auto")
      ->capture_default_str();
  cmd->add_option("--output", args->output_format, "Output format: jsonl or tsv")
      ->capture_default_str();
  cmd->add_option("--date", args->date, "Story date (YYYY-MM-DD) for plain text or JSONL lines without one");
  cmd->add_flag("--trace", args->trace,
                "Print each sentence's parse, dictionary matches and pattern candidates to stderr");
  cmd->add_option("--model", args->coding.model, "Syntax model file (default: the bundled model)");
  cmd->add_option("--kb", args->coding.kb, "Compiled knowledge base (default: the build's)");
  cmd->add_option("--dict-petrarch", args->dict_petrarch,
                  "Code with a PETRARCH dictionary set (directory or PETR config) instead of the "
                  "knowledge base");
  cmd->add_option("--dict-tabari", args->dict_tabari,
                  "Code with a TABARI project's dictionaries instead of the knowledge base");
  cmd->add_option("--gazetteer", args->coding.gazetteer, "Compiled gazetteer (default: the build's)");
  cmd->add_flag("--countries-as-named", args->coding.countries_as_named,
                "Code a country named as an actor as named (USA), not by the body acting "
                "for it (USAGOV for a statement or dispute, USAMIL for force)");
  cmd->add_option("--beam", args->coding.beam, "Parser beam width (1: greedy)")
      ->capture_default_str()->check(CLI::Range(1, 64));
  cmd->add_option("--threads", args->coding.threads, "Worker threads")->capture_default_str()
      ->check(CLI::Range(1, 256));
  return [args]() { return RunCode(*args); };
}

}  // namespace khaldun::cli
