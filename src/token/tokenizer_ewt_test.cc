// Word-level precision/recall/F1 of the tokenizer on the UD English EWT test
// set, with gold sentence boundaries: each "# text" line is tokenized as one
// sentence (Tokenizer::TokenizeSentence) and the predicted words are compared
// with the gold syntactic words by their byte offsets in the text (a word is
// right when both its start and end match). Gold offsets come from aligning
// the surface tokens with the text; the words of a multiword token ("don't"
// -> "do" "n't") are placed inside it when they spell it. Skips when
// ../shared is missing. Set KHALDUN_EVAL_VERBOSE=1 to print the most
// frequent errors.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "text/ewt_testdata.h"
#include "text/normalize.h"
#include "token/tokenizer.h"

namespace khaldun::token {
namespace {

namespace config {
// A little under the measured F1 (P 0.9945, R 0.9945, F1 0.9945 when
// written; dev 0.992, train 0.994), so a regression fails.
constexpr double kMinF1 = 0.985;
}  // namespace config

using SpanSet = std::set<std::pair<uint32_t, uint32_t>>;

// Gold word spans of one sentence; words that cannot be aligned count as
// gold but never match.
size_t GoldSpans(const text::testing::EwtSentence& s, SpanSet* spans) {
  const std::string& t = s.text;
  size_t pos = 0, count = 0;
  for (const text::testing::EwtToken& tok : s.tokens) {
    count += tok.words.size();
    while (pos < t.size() && t[pos] == ' ') ++pos;
    size_t at =
        t.compare(pos, tok.surface.size(), tok.surface) == 0 ? pos : t.find(tok.surface, pos);
    if (at == std::string::npos) continue;
    pos = at + tok.surface.size();
    std::string joined;
    for (const std::string& w : tok.words) joined += w;
    if (joined != tok.surface) continue;  // e.g. a corrected spelling
    size_t b = at;
    for (const std::string& w : tok.words) {
      spans->insert({static_cast<uint32_t>(b), static_cast<uint32_t>(b + w.size())});
      b += w.size();
    }
  }
  return count;
}

TEST(TokenizerEwt, WordF1OnTestSetWithGoldSentences) {
  std::vector<text::testing::EwtSentence> sentences;
  const std::string path = text::testing::EwtPath("en_ewt-ud-test.conllu");
  if (!text::testing::ReadEwt(path, &sentences)) {
    GTEST_SKIP() << "EWT test data not found at " << path
                 << " (../shared is absent on this machine); skipping the tokenizer evaluation";
  }
  const bool verbose = std::getenv("KHALDUN_EVAL_VERBOSE") != nullptr;
  const Tokenizer tok;
  size_t gold_words = 0, predicted_words = 0, correct = 0;
  std::map<std::string, int> errors;
  for (const text::testing::EwtSentence& s : sentences) {
    SpanSet gold;
    gold_words += GoldSpans(s, &gold);
    const text::NormalizedText nt = text::Normalize(s.text);
    const Sentence out = tok.TokenizeSentence(nt, {0, static_cast<uint32_t>(nt.text.size())});
    predicted_words += out.words.size();
    SpanSet predicted;
    for (const Word& w : out.words) {
      predicted.insert({w.span.begin, w.span.end});
      if (gold.count({w.span.begin, w.span.end})) ++correct;
    }
    if (verbose) {
      for (const auto& g : gold) {
        if (!predicted.count(g)) ++errors["missed  " + s.text.substr(g.first, g.second - g.first)];
      }
      for (const auto& p : predicted) {
        if (!gold.count(p)) ++errors["spurious " + s.text.substr(p.first, p.second - p.first)];
      }
    }
  }
  const double p = predicted_words ? static_cast<double>(correct) / predicted_words : 0;
  const double r = gold_words ? static_cast<double>(correct) / gold_words : 0;
  const double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
  std::printf(
      "EWT test tokenization (gold sentences): %zu sentences, gold %zu, predicted %zu, "
      "correct %zu\n  precision %.4f  recall %.4f  F1 %.4f\n",
      sentences.size(), gold_words, predicted_words, correct, p, r, f1);
  if (verbose) {
    std::vector<std::pair<int, std::string>> sorted;
    for (const auto& [k, v] : errors) sorted.emplace_back(v, k);
    std::sort(sorted.rbegin(), sorted.rend());
    for (size_t i = 0; i < sorted.size() && i < 80; ++i) {
      std::printf("  %4d  %s\n", sorted[i].first, sorted[i].second.c_str());
    }
  }
  EXPECT_GT(f1, config::kMinF1);
}

}  // namespace
}  // namespace khaldun::token
