// End-to-end tests of the Pipeline with the bundled model (models/syntax.kmodel).
#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <thread>

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

  // Beam search of width 2 (`khaldun parse` and `eval syntax` by default):
  // 86.26 / 83.30 measured.
  syntax::BeamOptions beam;
  beam.width = 2;
  syntax::SyntaxScores b = syntax::EvaluateSyntax(**model, *gold, beam);
  std::printf("EWT test, beam 2: %s\n", b.SummaryLine().c_str());
  EXPECT_GE(b.Percent(b.heads), 86.0);
  EXPECT_GE(b.Percent(b.labeled), 83.0);
}

// Every word has one head in the sentence or the root, exactly one word
// hangs on the root, and following heads from any word reaches the root.
void ExpectTree(const Sentence& s) {
  const int n = static_cast<int>(s.words.size());
  int roots = 0;
  for (int i = 0; i < n; ++i) {
    const int h = s.words[i].head;
    ASSERT_GE(h, 0);
    ASSERT_LE(h, n);
    roots += h == 0;
    int at = i + 1, steps = 0;
    while (at != 0 && steps <= n) {
      at = s.words[at - 1].head;
      ++steps;
    }
    EXPECT_EQ(at, 0) << "word " << i + 1 << " is on a cycle";
  }
  EXPECT_EQ(roots, n > 0 ? 1 : 0);
}

std::vector<Sentence> AnalyzeWithBeam(const Pipeline& pipeline, std::string_view text,
                                      const syntax::SyntaxModel& model, const syntax::BeamOptions& beam) {
  std::vector<Sentence> sentences = pipeline.Tokenize(text);
  for (Sentence& s : sentences) model.Analyze(&s, beam);
  return sentences;
}

TEST(BeamSearch, ParsesAreTreesAtEveryWidthAndWidthOneIsGreedy) {
  auto text = port::ReadFile(kSource + "/tests/golden/syntax/news.txt");
  ASSERT_TRUE(text.ok());
  auto model = syntax::SyntaxModel::Load(kSource + "/models/syntax.kmodel");
  ASSERT_TRUE(model.ok());
  const std::string greedy = ToConllu(Bundled().Analyze(*text), *text);
  syntax::BeamOptions one;
  EXPECT_EQ(ToConllu(AnalyzeWithBeam(Bundled(), *text, **model, one), *text), greedy);
  for (int width : {2, 3, 8, 64}) {
    for (double prune : {1.0, 1e9}) {  // 1e9: nothing pruned, the beam stays full
      syntax::BeamOptions beam;
      beam.width = width;
      beam.prune_nats = prune;
      for (const Sentence& s : AnalyzeWithBeam(Bundled(), *text, **model, beam)) {
        SCOPED_TRACE("width " + std::to_string(width));
        ExpectTree(s);
      }
    }
  }
}

Result<std::unique_ptr<Pipeline>> BundledWithBeam(int width) {
  PipelineOptions o;
  o.syntax_model_path = kSource + "/models/syntax.kmodel";
  o.parser_beam_width = width;
  return Pipeline::Create(o);
}

TEST(BeamSearch, FindsTheObjectGreedyParsingMakesACompound) {
  // Greedy parsing reads "Pakistan of" as the start of a noun phrase and
  // hangs Pakistan on "militants"; the second-best transition there leads
  // to the better sequence.
  auto pipeline = BundledWithBeam(2);
  ASSERT_TRUE(pipeline.ok());
  auto sentences =
      (*pipeline)->Analyze("Officials in Kabul accused Pakistan of sheltering militants and demanded action.");
  ASSERT_EQ(sentences.size(), 1u);
  const std::vector<Word>& w = sentences[0].words;
  ASSERT_EQ(w[4].form, "Pakistan");
  EXPECT_EQ(w[4].head, 4);  // accused
  EXPECT_EQ(w[4].deprel, Deprel::kObj);
}

TEST(BeamSearch, ThreadsAgreeWithOneThread) {
  auto pipeline = BundledWithBeam(3);
  ASSERT_TRUE(pipeline.ok());
  auto text = port::ReadFile(kSource + "/tests/golden/syntax/news.txt");
  ASSERT_TRUE(text.ok());
  std::vector<Sentence> serial = (*pipeline)->Tokenize(*text);
  for (int rep = 0; rep < 3; ++rep) serial.insert(serial.end(), serial.begin(), serial.end());
  std::vector<Sentence> parallel = serial;
  for (Sentence& s : serial) (*pipeline)->AnalyzeSentence(&s);
  std::vector<std::thread> threads;
  for (int t = 0; t < 3; ++t) {
    threads.emplace_back([&, t] {
      for (size_t i = t; i < parallel.size(); i += 3) (*pipeline)->AnalyzeSentence(&parallel[i]);
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(ToConllu(parallel, *text), ToConllu(serial, *text));
}

TEST(BeamSearch, WidthOutOfRangeIsRefused) {
  for (int width : {0, -1, 65}) {
    auto pipeline = BundledWithBeam(width);
    ASSERT_FALSE(pipeline.ok());
    EXPECT_EQ(pipeline.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(pipeline.status().message().find("beam width"), std::string::npos);
  }
}

}  // namespace
}  // namespace khaldun
