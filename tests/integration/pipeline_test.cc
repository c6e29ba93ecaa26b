// End-to-end tests of the Pipeline with the bundled model (models/syntax.kmodel).
#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "io/conllu.h"
#include "khaldun/khaldun.h"
#include "port/file.h"
#include "syntax/evaluate.h"
#include "syntax/syntax_model.h"

namespace khaldun {
namespace {

const std::string kSource = KHALDUN_SOURCE_DIR;

const Pipeline& Bundled() {
  static const Pipeline* p = [] {
    PipelineOptions o;
    o.syntax_model_path = kSource + "/models/syntax.kmodel";
    auto r = Pipeline::Create(o);
    if (!r.ok()) {
      ADD_FAILURE() << r.status().ToString();
      std::abort();
    }
    return std::move(r).value().release();
  }();
  return *p;
}

std::string ToConllu(const std::vector<Sentence>& sentences, std::string_view text) {
  std::string out;
  for (const Sentence& s : sentences) {
    io::AppendConllu(s, "", text.substr(s.span.begin, s.span.size()), &out);
  }
  return out;
}

// Golden: our own sentences and the analysis the bundled model gives them.
// After retraining the model, review and regenerate with tools/update_golden.sh.
TEST(Pipeline, GoldenConllu) {
  auto text = port::ReadFile(kSource + "/tests/golden/syntax/news.txt");
  auto expected = port::ReadFile(kSource + "/tests/golden/syntax/news.conllu");
  ASSERT_TRUE(text.ok() && expected.ok());
  EXPECT_EQ(ToConllu(Bundled().Analyze(*text), *text), *expected)
      << "if the model was retrained on purpose, run tools/update_golden.sh and review the diff";
}

TEST(Pipeline, SpansPointAtTheOriginalBytes) {
  std::string text = "\xE2\x80\x9CWe will not attack,\xE2\x80\x9D the rebels\xC2\xA0said. They didn't.";
  auto sentences = Bundled().Analyze(text);
  ASSERT_GE(sentences.size(), 1u);
  for (const Sentence& s : sentences) {
    uint32_t prev = s.span.begin;
    for (const Word& w : s.words) {
      ASSERT_LE(prev, w.span.begin);
      ASSERT_LE(w.span.end, text.size());
      prev = w.span.end;
      std::string original = text.substr(w.span.begin, w.span.size());
      if (w.form == "\"") {
        EXPECT_EQ(original.size(), 3u);  // a curly quote in the original
      } else {
        EXPECT_EQ(original, w.form);
      }
    }
  }
}

TEST(Pipeline, MessyInputNeverCrashesAndIsCounted) {
  std::mt19937_64 rng(11);
  for (int trial = 0; trial < 20; ++trial) {
    std::string junk(1 + rng() % 3000, '\0');
    for (char& c : junk) c = static_cast<char>(rng());
    AnalyzeStats st;
    auto sentences = Bundled().Analyze(junk, &st);
    EXPECT_EQ(st.bytes, junk.size());
    for (const Sentence& s : sentences) {
      for (const Word& w : s.words) {
        EXPECT_LE(w.span.end, junk.size());
        EXPECT_GE(w.head, 0);
      }
    }
  }
  AnalyzeStats st;
  EXPECT_TRUE(Bundled().Analyze("", &st).empty());
  EXPECT_EQ(st.sentences, 0u);
}

TEST(Pipeline, OneMegabyteSingleLineIsCutIntoBoundedSentences) {
  std::string line;
  while (line.size() < (1 << 20)) line += "troops shelled positions near the border and ";
  AnalyzeStats st;
  auto sentences = Bundled().Analyze(line, &st);
  EXPECT_GT(st.long_sentences_cut, 0u);
  size_t words = 0;
  for (const Sentence& s : sentences) {
    EXPECT_LE(s.span.size(), 4096u);
    words += s.words.size();
  }
  EXPECT_EQ(words, st.words);
  EXPECT_GT(words, 100000u);
}

// Accuracy floors on EWT test (when ../shared is there): set a little under
// what the bundled model scores (models/README.md), so a regression fails.
constexpr double kUposFloor = 95.3;
constexpr double kUasFloor = 85.2;
constexpr double kLasFloor = 82.2;

TEST(BundledModel, EwtTestScoresStayAboveTheirFloors) {
  std::string path = std::string(KHALDUN_SHARED_DIR) + "/data/ud-english-ewt/en_ewt-ud-test.conllu";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no " << path << " (../shared not present)";
  auto gold = io::ReadConlluFile(path);
  ASSERT_TRUE(gold.ok());
  auto model = syntax::SyntaxModel::Load(kSource + "/models/syntax.kmodel");
  ASSERT_TRUE(model.ok());
  syntax::SyntaxScores s = syntax::EvaluateSyntax(**model, *gold);
  std::printf("EWT test: %s lemma %.2f\n", s.SummaryLine().c_str(), s.Percent(s.lemma));
  EXPECT_GE(s.Percent(s.upos), kUposFloor);
  EXPECT_GE(s.Percent(s.heads), kUasFloor);
  EXPECT_GE(s.Percent(s.labeled), kLasFloor);
  EXPECT_GE(s.Percent(s.lemma), 96.0);
}

}  // namespace
}  // namespace khaldun
