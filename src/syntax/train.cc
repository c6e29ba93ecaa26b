#include "syntax/train.h"

#include <cstdio>

#include "syntax/lemmatizer.h"
#include "syntax/syntax_model.h"
#include "syntax/word_features.h"

namespace khaldun::syntax {

Result<std::string> TrainSyntaxModel(const std::vector<io::ConlluSentence>& train,
                                     const SyntaxTrainingOptions& options,
                                     const std::string& provenance) {
  std::vector<const Sentence*> gold;
  std::vector<Sentence> gold_copy;
  gold.reserve(train.size());
  for (const auto& s : train) gold.push_back(&s.sentence);
  for (const auto& s : train) gold_copy.push_back(s.sentence);

  // WordNet first: the tagger's word-class features query it. Its
  // WordNet tables (all the tagger reads) are not changed by LearnExceptions.
  Lemmatizer lemmatizer;  // compiled-in rules only, when no WordNet folder is given
  if (!options.wordnet_dir.empty()) {
    KHALDUN_ASSIGN_OR_RETURN(lemmatizer, Lemmatizer::FromWordNet(options.wordnet_dir));
  }
  if (options.verbose) std::fprintf(stderr, "training the tagger on %zu sentences\n", gold.size());
  Tagger tagger = TrainTagger(gold, options.tagger, &lemmatizer)
                      .Pruned(options.tagger_prune, options.tagger_max_features);

  // The parser's training copy, with jackknifed tags.
  std::vector<Sentence> parser_data = gold_copy;
  const int folds = options.jackknife_folds;
  std::vector<WordAtoms> atoms;
  for (int fold = 0; fold < folds; ++fold) {
    std::vector<const Sentence*> rest;
    for (size_t i = 0; i < gold.size(); ++i) {
      if (static_cast<int>(i % folds) != fold) rest.push_back(gold[i]);
    }
    if (options.verbose) std::fprintf(stderr, "jackknife fold %d/%d\n", fold + 1, folds);
    TaggerTrainingOptions fold_options = options.tagger;
    fold_options.verbose = false;
    Tagger fold_tagger = TrainTagger(rest, fold_options, &lemmatizer);
    for (size_t i = fold; i < parser_data.size(); i += folds) {
      ComputeWordAtoms(parser_data[i].words, &atoms);
      fold_tagger.Tag(atoms, &parser_data[i].words, &lemmatizer);
    }
  }
  std::vector<const Sentence*> parser_train;
  for (const Sentence& s : parser_data) parser_train.push_back(&s);
  if (options.verbose) std::fprintf(stderr, "training the parser\n");
  Parser parser = TrainParser(parser_train, options.parser);

  lemmatizer.LearnExceptions(gold_copy);
  return SyntaxModel::Serialize(tagger, lemmatizer, parser, provenance);
}

}  // namespace khaldun::syntax
