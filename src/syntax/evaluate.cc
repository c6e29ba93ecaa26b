#include "syntax/evaluate.h"

#include <chrono>
#include <cstdio>

namespace khaldun::syntax {

std::string SyntaxScores::SummaryLine() const {
  char buf[160];
  std::snprintf(buf, sizeof(buf), "UPOS %.2f UAS %.2f LAS %.2f tokens/s %.0f", Percent(upos),
                Percent(heads), Percent(labeled), WordsPerSecond());
  return buf;
}

SyntaxScores EvaluateSyntax(const SyntaxModel& model, const std::vector<io::ConlluSentence>& gold,
                            const BeamOptions& beam) {
  // Strip everything but the forms first, so the timed loop measures only analysis.
  std::vector<Sentence> inputs;
  inputs.reserve(gold.size());
  for (const auto& g : gold) {
    Sentence s;
    for (const Word& w : g.sentence.words) {
      Word x;
      x.form = w.form;
      x.space_after = w.space_after;
      s.words.push_back(std::move(x));
    }
    inputs.push_back(std::move(s));
  }
  SyntaxScores scores;
  auto start = std::chrono::steady_clock::now();
  for (Sentence& s : inputs) model.Analyze(&s, beam);
  scores.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  for (size_t k = 0; k < gold.size(); ++k) {
    const auto& gw = gold[k].sentence.words;
    const auto& pw = inputs[k].words;
    for (size_t i = 0; i < gw.size(); ++i) {
      ++scores.words;
      scores.upos += pw[i].upos == gw[i].upos;
      scores.xpos += pw[i].xpos == gw[i].xpos;
      scores.lemma += pw[i].lemma == gw[i].lemma;
      bool head = pw[i].head == gw[i].head;
      scores.heads += head;
      scores.labeled += head && pw[i].deprel == gw[i].deprel;
    }
  }
  return scores;
}

}  // namespace khaldun::syntax
