// Internal. Use include/khaldun/khaldun.h.
// Dependency parser: greedy arc-hybrid transitions scored by an averaged
// perceptron, trained with a dynamic oracle (Goldberg & Nivre 2013) so it
// learns to recover from its own mistakes. Produces UD relations.
//
// Transition system (ROOT sits at the END of the buffer, which makes the
// last attachment to ROOT a normal LEFT decision):
//   SHIFT      push b0 onto the stack
//   LEFT-l     s0 <-l- b0, pop s0       (b0 may be ROOT; then l = root and
//                                        the stack must hold only s0, so
//                                        every tree has exactly one root)
//   RIGHT-l    s1 -l-> s0, pop s0
// Every sentence of n words takes exactly 2n transitions: linear time.
//
// Thread safety: a Parser is immutable after construction; Parse() may be
// called from many threads at once.
#ifndef KHALDUN_SRC_SYNTAX_PARSER_H_
#define KHALDUN_SRC_SYNTAX_PARSER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/analysis.h"
#include "khaldun/status.h"
#include "syntax/perceptron.h"
#include "syntax/word_features.h"

namespace khaldun::syntax {

// Beam search (width > 1) instead of greedy decisions: about 1.4x the
// parsing time at width 2, +0.9 UAS / +1.0 LAS on EWT dev and test.
struct BeamOptions {
  int width = 1;  // states kept; 1 is greedy parsing (1; at most 64)
  // Transition scores are divided by this before the softmax; it fits the
  // quantized weights' scale (largest |weight| 32767). Tuned on EWT dev (8000).
  double temperature = 8000;
  // Sequences this many nats (natural-log units) below the best are dropped (1).
  double prune_nats = 1.0;
};

class Parser {
 public:
  Parser() = default;
  explicit Parser(FrozenWeights weights) : weights_(std::move(weights)) {}

  // Sets head and deprel of every word from forms and XPOS tags.
  void Parse(const std::vector<WordAtoms>& atoms, std::vector<Word>* words,
             const BeamOptions& beam = {}) const;

  void Serialize(std::string* out) const { weights_.Serialize(out); }
  // Views weights inside `bytes` (must outlive the Parser). Errors: kCorruption.
  [[nodiscard]] static Result<Parser> View(std::string_view bytes);

  const FrozenWeights& weights() const { return weights_; }

 private:
  void ParseWithBeam(const std::vector<WordAtoms>& atoms, std::vector<Word>* words,
                     const BeamOptions& beam) const;

  FrozenWeights weights_;
};

struct ParserTrainingOptions {
  int epochs = 15;               // passes over the training data (15)
  uint64_t seed = 1;             // shuffling and exploration seed (1)
  int explore_from_epoch = 1;    // from this epoch (0-based) follow the model's own
                                 // non-optimal choices sometimes (1)
  double explore_probability = 0.9;  // ... with this probability (0.9)
  bool verbose = false;          // per-epoch statistics on stderr (false)
  int prune_min_weight = 0;      // drop weights whose |quantized value| is below this (0)
  // ... and keep at most this many features, the strongest (the size
  // budget: 393216 fill a 2^19-slot table, 4 MB; SIZE_MAX for no limit).
  size_t max_features = 393216;
  // Experiments: when set, called after each epoch (1-based) with the
  // averaged, unpruned parser so far (costs a freeze per epoch).
  std::function<void(int epoch, const class Parser& parser)> after_epoch;
};

// Trains on sentences whose words carry (predicted or gold) XPOS tags and gold
// heads/deprels. Sentences with heads missing are skipped.
Parser TrainParser(const std::vector<const Sentence*>& train, const ParserTrainingOptions& options);

}  // namespace khaldun::syntax

#endif  // KHALDUN_SRC_SYNTAX_PARSER_H_
