// Internal. Use include/khaldun/khaldun.h.
// Scores a syntax model against gold CoNLL-U, on the gold tokenization:
// UPOS/XPOS/lemma accuracy and attachment scores over all words
// (punctuation included, as in the CoNLL 2018 shared task).
#ifndef KHALDUN_SRC_SYNTAX_EVALUATE_H_
#define KHALDUN_SRC_SYNTAX_EVALUATE_H_

#include <cstddef>
#include <string>
#include <vector>

#include "io/conllu.h"
#include "syntax/syntax_model.h"

namespace khaldun::syntax {

struct SyntaxScores {
  size_t words = 0;
  size_t upos = 0, xpos = 0, lemma = 0, heads = 0, labeled = 0;
  double seconds = 0;  // time spent in tagging, lemmatizing and parsing
  double Percent(size_t k) const { return words ? 100.0 * k / words : 0.0; }
  double WordsPerSecond() const { return seconds > 0 ? words / seconds : 0.0; }
  // "UPOS 95.31 UAS 87.10 LAS 83.92 tokens/s 612000"
  std::string SummaryLine() const;
};

// Runs `model` on copies of the gold sentences (forms only) and compares.
SyntaxScores EvaluateSyntax(const SyntaxModel& model, const std::vector<io::ConlluSentence>& gold,
                            const BeamOptions& beam = {});

}  // namespace khaldun::syntax

#endif  // KHALDUN_SRC_SYNTAX_EVALUATE_H_
