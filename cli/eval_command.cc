// khaldun eval syntax GOLD.conllu: tag and parse the gold tokens, score them.
// khaldun eval events GOLD.jsonl: code the gold sentences, score them with the
// rule of score_wire.py.
#include <cstdio>
#include <map>
#include <set>
#include <string>

#include "cli/coding.h"
#include "cli/commands.h"
#include "event/wire_score.h"
#include "io/event_writer.h"
#include "port/file.h"
#include "io/conllu.h"
#include "syntax/evaluate.h"
#include "syntax/syntax_model.h"

namespace khaldun::cli {
namespace {

struct EvalArgs {
  std::string gold;
  std::string model;
  std::string kb;
  std::string events_out;
  int misses = 0;
  int threads = 1;
  int syntax_beam = 2;  // eval syntax measures what `khaldun parse` does by default
  int coder_beam = 1;   // eval events measures what `khaldun code` does by default
};

int RunEvalSyntax(const EvalArgs& args) {
  auto gold = io::ReadConlluFile(args.gold);
  if (!gold.ok()) {
    std::fprintf(stderr, "khaldun eval syntax: %s\n", gold.status().ToString().c_str());
    return 1;
  }
  std::string path = args.model.empty() ? KHALDUN_DEFAULT_MODEL : args.model;
  auto model = syntax::SyntaxModel::Load(path);
  if (!model.ok()) {
    std::fprintf(stderr, "khaldun eval syntax: %s\n", model.status().ToString().c_str());
    return 1;
  }
  syntax::BeamOptions beam;
  beam.width = args.syntax_beam;
  syntax::SyntaxScores s = syntax::EvaluateSyntax(**model, *gold, beam);
  std::printf("gold: %s (%zu sentences, %zu words)\nmodel: %s\nparser beam width: %d\n",
              args.gold.c_str(), gold->size(), s.words, path.c_str(), beam.width);
  std::printf("UPOS %.2f XPOS %.2f lemma %.2f\n", s.Percent(s.upos), s.Percent(s.xpos),
              s.Percent(s.lemma));
  std::printf("%s\n", s.SummaryLine().c_str());
  return 0;
}

int RunEvalEvents(const EvalArgs& args) {
  const char* cmd = "khaldun eval events";
  auto bytes = port::ReadFile(args.gold);
  if (!bytes.ok()) {
    std::fprintf(stderr, "%s: %s\n", cmd, bytes.status().ToString().c_str());
    return 1;
  }
  auto gold = event::ParseGoldJsonl(*bytes, args.gold);
  if (!gold.ok()) {
    std::fprintf(stderr, "%s: %s\n", cmd, gold.status().ToString().c_str());
    return 1;
  }
  CodingOptions options;
  options.model = args.model;
  options.beam = args.coder_beam;
  options.kb = args.kb;
  Coding coding;
  if (!LoadCoding(cmd, options, &coding)) return 1;
  std::vector<io::InputDocument> docs;
  for (const event::GoldItem& g : *gold) {
    io::InputDocument d;
    d.id = g.id;
    d.date = g.date;
    d.text = g.text;
    docs.push_back(std::move(d));
  }
  AnalyzeStats analyze;
  event::CodeStats code;
  auto events = CodeDocuments(coding, docs, args.threads, &analyze, &code);
  std::map<std::string, std::vector<event::PredictedEvent>> predicted;
  std::string out;
  for (size_t d = 0; d < docs.size(); ++d) {
    std::vector<event::PredictedEvent>& ps = predicted[docs[d].id];
    for (const event::Event& e : events[d]) {
      ps.push_back(event::PredictedEvent{e.source.code, e.target.code, e.cameo});
      if (!args.events_out.empty()) out += io::EventToJson(e) + "\n";
    }
  }
  if (!args.events_out.empty()) {
    Status st = port::WriteFileAtomic(args.events_out, out);
    if (!st.ok()) {
      std::fprintf(stderr, "%s: %s\n", cmd, st.ToString().c_str());
      return 1;
    }
  }
  // Misses and extras, as score_wire.py --misses prints them.
  int shown = 0;
  for (const event::GoldItem& g : *gold) {
    if (shown >= args.misses) break;
    const auto& ps = predicted[g.id];
    std::vector<const event::GoldEvent*> missed;
    std::vector<const event::PredictedEvent*> extra;
    for (const auto& e : g.events) {
      bool hit = false;
      for (const auto& p : ps) hit = hit || event::EventsMatch(e, p, false);
      if (!hit) missed.push_back(&e);
    }
    for (const auto& p : ps) {
      bool hit = false;
      for (const auto& e : g.events) hit = hit || event::EventsMatch(e, p, false);
      if (!hit) extra.push_back(&p);
    }
    if (missed.empty() && extra.empty()) continue;
    ++shown;
    std::printf("%s: %s\n", g.id.c_str(), g.text.c_str());
    for (const auto* e : missed) {
      std::printf("   missed  %s->%s %s\n", e->source.c_str(), e->target.c_str(), e->cameo.c_str());
    }
    for (const auto* p : extra) {
      std::printf("   extra   %s->%s %s\n", p->source.c_str(), p->target.c_str(), p->cameo.c_str());
    }
  }
  // Per phenomenon and per gold CAMEO root.
  std::map<std::string, std::vector<std::string>> by_phenomenon, by_root;
  for (const event::GoldItem& g : *gold) {
    for (const std::string& p : g.phenomena) by_phenomenon[p].push_back(g.id);
    std::set<std::string> roots;
    for (const auto& e : g.events) roots.insert(e.cameo.substr(0, 2));
    for (const std::string& r : roots) by_root[r].push_back(g.id);
  }
  std::printf("by phenomenon:\n");
  for (const auto& [tag, ids] : by_phenomenon) {
    event::WireScore s = event::ScoreWire(*gold, predicted, false, &ids);
    std::printf("  %-16s n=%3zu P=%.2f R=%.2f F1=%.2f\n", tag.c_str(), ids.size(), s.precision,
                s.recall, s.f1);
  }
  // Sentences with nothing to code have no F1 (no gold, so no true
  // positives): what counts is that they stay uncoded.
  size_t empty_gold = 0, empty_kept = 0;
  for (const event::GoldItem& g : *gold) {
    if (!g.events.empty()) continue;
    ++empty_gold;
    if (predicted[g.id].empty()) ++empty_kept;
  }
  std::printf("  sentences without a gold event: %zu, left uncoded %zu (%.0f%%)\n", empty_gold,
              empty_kept, empty_gold ? 100.0 * empty_kept / empty_gold : 0.0);
  std::printf("by gold CAMEO root (sentences with an event of that root):\n");
  for (const auto& [root, ids] : by_root) {
    event::WireScore s = event::ScoreWire(*gold, predicted, false, &ids);
    std::printf("  %-16s n=%3zu P=%.2f R=%.2f F1=%.2f\n", root.c_str(), ids.size(), s.precision,
                s.recall, s.f1);
  }
  std::printf("coder: %llu sentences, %llu predicates matched, %llu not coded (negated, modal, "
              "conditional, question), %llu without an actor\n",
              static_cast<unsigned long long>(code.sentences),
              static_cast<unsigned long long>(code.predicates),
              static_cast<unsigned long long>(code.suppressed),
              static_cast<unsigned long long>(code.missing_actor));
  event::WireScore strict = event::ScoreWire(*gold, predicted, true);
  event::WireScore s = event::ScoreWire(*gold, predicted, false);
  std::printf("root P=%.3f R=%.3f F1=%.3f strict F1=%.3f gold=%zu predicted=%zu\n", s.precision,
              s.recall, s.f1, strict.f1, s.gold, s.predicted);
  return 0;
}

}  // namespace

Runner RegisterEval(CLI::App& app) {
  auto args = std::make_shared<EvalArgs>();
  CLI::App* cmd = app.add_subcommand("eval", "Measure accuracy against gold data");
  cmd->require_subcommand(1);
  CLI::App* syntax = cmd->add_subcommand("syntax", "UPOS, UAS and LAS on gold-tokenized CoNLL-U");
  syntax->add_option("gold", args->gold, "Gold CoNLL-U file")->required();
  syntax->add_option("--model", args->model, "Syntax model file (default: the bundled model)");
  syntax->add_option("--beam", args->syntax_beam, "Parser beam width (1: greedy)")
      ->capture_default_str()->check(CLI::Range(1, 64));
  CLI::App* events = cmd->add_subcommand("events", "Precision/recall/F1 on gold event JSONL (score_wire.py rule)");
  events->add_option("gold", args->gold, "Gold JSONL (e.g. ../shared/data/gold/dev.jsonl)")->required();
  events->add_option("--model", args->model, "Syntax model file (default: the bundled model)");
  events->add_option("--kb", args->kb, "Compiled knowledge base (default: the build's)");
  events->add_option("--misses", args->misses, "Print the first N sentences with misses or extras");
  events->add_option("--events-out", args->events_out, "Also write the coded events (JSONL) here");
  events->add_option("--threads", args->threads, "Worker threads")->check(CLI::Range(1, 256));
  events->add_option("--beam", args->coder_beam, "Parser beam width (1: greedy)")
      ->capture_default_str()->check(CLI::Range(1, 64));
  SubcommandRunners more = RegisterEvalSuites(cmd);
  for (auto& r : RegisterEvalCoverage(cmd)) more.push_back(std::move(r));
  return [args, syntax, events, more]() {
    if (syntax->parsed()) return RunEvalSyntax(*args);
    if (events->parsed()) return RunEvalEvents(*args);
    for (const auto& [sub, run] : more) {
      if (sub->parsed()) return run();
    }
    return 2;
  };
}

}  // namespace khaldun::cli
