// Internal. Use include/khaldun/khaldun.h.
// Trains a complete syntax model (tagger, lemmatizer, parser) from CoNLL-U.
//
// The parser is trained on tags predicted by jackknifing (k taggers, each
// trained on the other k-1 folds, tag the held-out fold), so at training time
// it sees the kind of tagging errors it will meet at run time.
#ifndef KHALDUN_SRC_SYNTAX_TRAIN_H_
#define KHALDUN_SRC_SYNTAX_TRAIN_H_

#include <string>
#include <vector>

#include "io/conllu.h"
#include "khaldun/status.h"
#include "syntax/parser.h"
#include "syntax/tagger.h"

namespace khaldun::syntax {

struct SyntaxTrainingOptions {
  TaggerTrainingOptions tagger;      // see tagger.h
  ParserTrainingOptions parser;      // see parser.h
  int jackknife_folds = 4;           // folds for the parser's predicted tags; 0 = gold tags (4)
  // Size budget of the final tagger (not the jackknife ones): weights with
  // |quantized value| below tagger_prune dropped, then at most
  // tagger_max_features features kept, the strongest (196608 fill a 2^18-slot
  // table). On EWT dev this cost 0.01-0.02 UPOS for 3 MB.
  int tagger_prune = 400;            // (400)
  size_t tagger_max_features = 196608;  // (196608)
  // WordNet exception lists and lemma index (Debian wordnet-base); "" trains
  // a lemmatizer with only its compiled-in rules ("/usr/share/wordnet").
  std::string wordnet_dir = "/usr/share/wordnet";
  bool verbose = false;              // progress on stderr (false)
};

// Returns the bytes of a model file. `provenance` is stored in it verbatim.
// Errors: from loading WordNet (kNotFound with what to install).
[[nodiscard]] Result<std::string> TrainSyntaxModel(const std::vector<io::ConlluSentence>& train,
                                                   const SyntaxTrainingOptions& options,
                                                   const std::string& provenance);

}  // namespace khaldun::syntax

#endif  // KHALDUN_SRC_SYNTAX_TRAIN_H_
