// khaldun train: tagger, lemmatizer and parser from CoNLL-U, into one model file.
#include <chrono>
#include <cstdio>
#include <ctime>
#include <string>

#include "cli/commands.h"
#include "io/conllu.h"
#include "port/file.h"
#include "syntax/evaluate.h"
#include "syntax/syntax_model.h"
#include "syntax/train.h"

namespace khaldun::cli {
namespace {

struct TrainArgs {
  std::string train;
  std::string dev;
  std::string out = "models/syntax.kmodel";
  syntax::SyntaxTrainingOptions options;
  std::string command_line;
};

int RunTrain(const TrainArgs& args) {
  auto start = std::chrono::steady_clock::now();
  auto train = io::ReadConlluFile(args.train);
  if (!train.ok()) {
    std::fprintf(stderr, "khaldun train: %s\n", train.status().ToString().c_str());
    return 1;
  }
  std::vector<io::ConlluSentence> dev;
  if (!args.dev.empty()) {
    auto d = io::ReadConlluFile(args.dev);
    if (!d.ok()) {
      std::fprintf(stderr, "khaldun train: %s\n", d.status().ToString().c_str());
      return 1;
    }
    dev = std::move(d).value();
  }
  size_t words = 0;
  for (const auto& s : *train) words += s.sentence.words.size();
  std::time_t now = std::time(nullptr);
  char date[32];
  std::strftime(date, sizeof(date), "%Y-%m-%d", std::gmtime(&now));
  std::string provenance = "khaldun syntax model, trained " + std::string(date) +
                           "\ncommand: " + args.command_line + "\ntraining data: " + args.train +
                           " (" + std::to_string(train->size()) + " sentences, " +
                           std::to_string(words) + " words)\n" +
                           "derived from Universal Dependencies English EWT when trained on it: "
                           "CC BY-SA 4.0\n";
  auto bytes = syntax::TrainSyntaxModel(*train, args.options, provenance);
  if (!bytes.ok()) {
    std::fprintf(stderr, "khaldun train: %s\n", bytes.status().ToString().c_str());
    return 1;
  }
  if (!dev.empty()) {
    // Score on dev and store the scores in the model's provenance too.
    auto model = syntax::SyntaxModel::FromBytes(*bytes, "trained model");
    if (!model.ok()) {
      std::fprintf(stderr, "khaldun train: %s\n", model.status().ToString().c_str());
      return 1;
    }
    syntax::SyntaxScores scores = syntax::EvaluateSyntax(**model, dev);
    std::printf("dev (%s): %s XPOS %.2f lemma %.2f\n", args.dev.c_str(),
                scores.SummaryLine().c_str(), scores.Percent(scores.xpos),
                scores.Percent(scores.lemma));
    provenance += "dev scores (" + args.dev + "): " + scores.SummaryLine() + "\n";
    bytes = syntax::SyntaxModel::Serialize((*model)->tagger(), (*model)->lemmatizer(),
                                           (*model)->parser(), provenance);
  }
  Status written = port::WriteFileAtomic(args.out, *bytes);
  if (!written.ok()) {
    std::fprintf(stderr, "khaldun train: %s\n", written.ToString().c_str());
    return 1;
  }
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("wrote %s (%.1f MB) in %.0f s\n", args.out.c_str(), bytes->size() / 1e6, seconds);
  return 0;
}

}  // namespace

Runner RegisterTrain(CLI::App& app) {
  auto args = std::make_shared<TrainArgs>();
  CLI::App* cmd = app.add_subcommand("train", "Train the tagger, lemmatizer and parser from CoNLL-U");
  cmd->add_option("--train", args->train, "Training treebank (CoNLL-U)")->required();
  cmd->add_option("--dev", args->dev, "Development treebank to report scores on (CoNLL-U)");
  cmd->add_option("--out", args->out, "Model file to write")->capture_default_str();
  cmd->add_option("--tagger-epochs", args->options.tagger.epochs)->capture_default_str();
  cmd->add_option("--parser-epochs", args->options.parser.epochs)->capture_default_str();
  cmd->add_option("--folds", args->options.jackknife_folds,
                  "Jackknife folds for the parser's training tags (0: gold tags)")
      ->capture_default_str();
  cmd->add_option("--wordnet", args->options.wordnet_dir, "WordNet dictionary folder")
      ->capture_default_str();
  cmd->add_option("--seed", args->options.parser.seed)->capture_default_str();
  cmd->add_option("--prune", args->options.parser.prune_min_weight,
                  "Drop parser weights below this quantized magnitude (size/speed knob)")
      ->capture_default_str();
  cmd->add_flag("--verbose", args->options.verbose, "Progress on stderr");
  cmd->callback([args, cmd]() {
    args->options.tagger.verbose = args->options.verbose;
    args->options.parser.verbose = args->options.verbose;
    args->options.tagger.seed = args->options.parser.seed;
    args->command_line = "khaldun train";
    for (const auto* opt : cmd->get_options()) {
      if (opt->count() > 0 && !opt->get_lnames().empty()) {
        args->command_line += " --" + opt->get_lnames()[0];
        for (const auto& r : opt->results()) args->command_line += " " + r;
      }
    }
  });
  return [args]() { return RunTrain(*args); };
}

}  // namespace khaldun::cli
