// khaldun eval syntax GOLD.conllu: tag and parse the gold tokens, score them.
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "io/conllu.h"
#include "syntax/evaluate.h"
#include "syntax/syntax_model.h"

namespace khaldun::cli {
namespace {

struct EvalArgs {
  std::string gold;
  std::string model;
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
  syntax::SyntaxScores s = syntax::EvaluateSyntax(**model, *gold);
  std::printf("gold: %s (%zu sentences, %zu words)\nmodel: %s\n", args.gold.c_str(), gold->size(),
              s.words, path.c_str());
  std::printf("UPOS %.2f XPOS %.2f lemma %.2f\n", s.Percent(s.upos), s.Percent(s.xpos),
              s.Percent(s.lemma));
  std::printf("%s\n", s.SummaryLine().c_str());
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
  return [args, syntax]() {
    if (syntax->parsed()) return RunEvalSyntax(*args);
    return 2;
  };
}

}  // namespace khaldun::cli
