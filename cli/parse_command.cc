// khaldun parse [FILE|-]: raw text or JSONL stories in, CoNLL-U out.
#include <cstdio>
#include <string>
#include <vector>

#include "base/parallel.h"
#include "cli/commands.h"
#include "io/conllu.h"
#include "io/document.h"
#include "khaldun/khaldun.h"

namespace khaldun::cli {
namespace {

struct ParseArgs {
  std::string input = "-";
  std::string format = "auto";
  std::string model;
  int threads = 1;
  // A parse is the product here, so the more accurate beam search is the
  // default (the coder parses greedily: see PipelineOptions).
  int beam = 2;
};

int RunParse(const ParseArgs& args) {
  std::string bytes;
  if (!ReadInput(args.input, &bytes)) return 1;
  PipelineOptions options;
  options.syntax_model_path = args.model;
  options.parser_beam_width = args.beam;
  auto pipeline = Pipeline::Create(options);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "khaldun parse: %s\n", pipeline.status().ToString().c_str());
    return 1;
  }
  std::string format = args.format;
  if (format == "auto") {
    size_t first = bytes.find_first_not_of(" \t\r\n");
    format = first != std::string::npos && bytes[first] == '{' ? "jsonl" : "text";
  }
  std::vector<io::InputDocument> docs;
  size_t skipped = 0;
  std::string source = args.input == "-" ? "<stdin>" : args.input;
  if (format == "jsonl") {
    io::ForEachJsonlDocument(
        bytes, source, [&](io::InputDocument d) { docs.push_back(std::move(d)); },
        [&](size_t, const std::string& why) {
          ++skipped;
          std::fprintf(stderr, "khaldun parse: skipped %s\n", why.c_str());
        });
  } else if (format == "text") {
    io::InputDocument d;
    d.id = source;
    d.text = std::move(bytes);
    docs.push_back(std::move(d));
  } else {
    std::fprintf(stderr, "khaldun parse: unknown --input '%s' (use text, jsonl or auto)\n",
                 format.c_str());
    return 2;
  }

  // Tokenize every document, analyze all sentences in parallel, print in order.
  std::vector<std::vector<Sentence>> sentences(docs.size());
  std::vector<Sentence*> all;
  AnalyzeStats stats;
  for (size_t d = 0; d < docs.size(); ++d) {
    sentences[d] = (*pipeline)->Tokenize(docs[d].text, &stats);
    stats.invalid_bytes += docs[d].invalid_bytes;  // repaired while reading the JSONL line
    for (Sentence& s : sentences[d]) all.push_back(&s);
  }
  base::ParallelFor(all.size(), args.threads, [&](size_t i) { (*pipeline)->AnalyzeSentence(all[i]); });
  std::string out;
  for (size_t d = 0; d < docs.size(); ++d) {
    out += "# newdoc id = " + docs[d].id + "\n";
    for (size_t k = 0; k < sentences[d].size(); ++k) {
      const Sentence& s = sentences[d][k];
      std::string_view text = std::string_view(docs[d].text).substr(s.span.begin, s.span.size());
      std::string one_line(text);
      for (char& c : one_line) {
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
      }
      io::AppendConllu(s, docs[d].id + "-" + std::to_string(k + 1), one_line, &out);
    }
    if (out.size() > (1 << 20)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fprintf(stderr,
               "khaldun parse: %zu documents parsed, %zu skipped; %llu sentences, %llu words, "
               "%llu invalid UTF-8 bytes replaced, %llu long sentences cut\n",
               docs.size(), skipped, static_cast<unsigned long long>(stats.sentences),
               static_cast<unsigned long long>(stats.words),
               static_cast<unsigned long long>(stats.invalid_bytes),
               static_cast<unsigned long long>(stats.long_sentences_cut));
  return 0;
}

}  // namespace

Runner RegisterParse(CLI::App& app) {
  auto args = std::make_shared<ParseArgs>();
  CLI::App* cmd = app.add_subcommand("parse", "Tokenize, tag, lemmatize and parse; print CoNLL-U");
  cmd->add_option("file", args->input, "Input file, or - for standard input")->capture_default_str();
  cmd->add_option("--input", args->format, "Input format: text, jsonl or auto")
      ->capture_default_str();
  cmd->add_option("--model", args->model, "Syntax model file (default: the bundled model)");
  cmd->add_option("--threads", args->threads, "Worker threads")->capture_default_str()
      ->check(CLI::Range(1, 256));
  cmd->add_option("--beam", args->beam, "Parser beam width (1: greedy, faster)")
      ->capture_default_str()->check(CLI::Range(1, 64));
  return [args]() { return RunParse(*args); };
}

}  // namespace khaldun::cli
