#include "syntax/syntax_model.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <thread>

#include "io/conllu.h"
#include "port/file.h"
#include "syntax/evaluate.h"
#include "syntax/train.h"

namespace khaldun::syntax {
namespace {

std::vector<io::ConlluSentence> Tiny() {
  auto r = io::ReadConlluFile(std::string(KHALDUN_SOURCE_DIR) + "/tests/fixtures/syntax/tiny.conllu");
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? std::move(r).value() : std::vector<io::ConlluSentence>{};
}

// Trains once on the tiny fixture (our own sentences), shared by the tests.
const std::string& TinyModelBytes() {
  static const std::string* bytes = [] {
    SyntaxTrainingOptions options;
    options.tagger.epochs = 8;
    options.parser.epochs = 12;
    options.jackknife_folds = 0;
    options.wordnet_dir = std::filesystem::exists("/usr/share/wordnet/verb.exc") ? "/usr/share/wordnet" : "";
    auto r = TrainSyntaxModel(Tiny(), options, "tiny test model");
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return new std::string(r.ok() ? *r : "");
  }();
  return *bytes;
}

TEST(SyntaxTraining, LearnsTheTinyTreebank) {
  auto model = SyntaxModel::FromBytes(TinyModelBytes(), "tiny");
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  SyntaxScores s = EvaluateSyntax(**model, Tiny());
  EXPECT_EQ(s.words, 72u);
  // A perceptron that cannot fit 10 sentences it has seen 12 times is broken.
  EXPECT_GE(s.Percent(s.upos), 97.0) << s.SummaryLine();
  EXPECT_GE(s.Percent(s.heads), 95.0) << s.SummaryLine();
  EXPECT_GE(s.Percent(s.labeled), 90.0) << s.SummaryLine();
  EXPECT_EQ((*model)->provenance(), "tiny test model");
}

TEST(SyntaxModel, SaveLoadGivesTheSameAnalysis) {
  std::string path = (std::filesystem::temp_directory_path() / "khaldun_tiny.kmodel").string();
  ASSERT_TRUE(port::WriteFileAtomic(path, TinyModelBytes()).ok());
  auto loaded = SyntaxModel::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  auto in_memory = SyntaxModel::FromBytes(TinyModelBytes(), "tiny");
  ASSERT_TRUE(in_memory.ok());
  for (const auto& g : Tiny()) {
    Sentence a, b;
    for (const Word& w : g.sentence.words) {
      Word x;
      x.form = w.form;
      a.words.push_back(x);
    }
    b = a;
    (*loaded)->Analyze(&a);
    (*in_memory)->Analyze(&b);
    std::string ca, cb;
    io::AppendConllu(a, "", "", &ca);
    io::AppendConllu(b, "", "", &cb);
    EXPECT_EQ(ca, cb);
  }
  // Serializing the loaded parts again gives the same bytes: a fixed point.
  EXPECT_EQ(SyntaxModel::Serialize((*loaded)->tagger(), (*loaded)->lemmatizer(),
                                   (*loaded)->parser(), (*loaded)->provenance()),
            TinyModelBytes());
  std::filesystem::remove(path);
}

TEST(SyntaxModel, TruncatedOrCorruptFilesAreRefusedWithTheFixCommand) {
  const std::string& bytes = TinyModelBytes();
  std::string path = (std::filesystem::temp_directory_path() / "khaldun_bad.kmodel").string();
  for (size_t cut : {size_t{0}, size_t{10}, size_t{100}, bytes.size() / 2, bytes.size() - 9}) {
    ASSERT_TRUE(port::WriteFileAtomic(path, bytes.substr(0, cut)).ok());
    auto m = SyntaxModel::Load(path);
    ASSERT_FALSE(m.ok()) << "cut at " << cut;
    EXPECT_EQ(m.status().code(), StatusCode::kCorruption);
    EXPECT_NE(m.status().message().find(path), std::string::npos) << m.status().message();
    EXPECT_NE(m.status().message().find("khaldun train"), std::string::npos);
  }
  std::string flipped = bytes;
  flipped[flipped.size() / 2] ^= 0x55;
  auto m = SyntaxModel::FromBytes(flipped, "flipped.kmodel");
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("checksum"), std::string::npos) << m.status().message();
  std::filesystem::remove(path);
  EXPECT_EQ(SyntaxModel::Load("/nonexistent/m.kmodel").status().code(), StatusCode::kNotFound);
}

TEST(SyntaxModel, ThreadsShareOneModelAndAgreeWithOneThread) {
  auto model = SyntaxModel::FromBytes(TinyModelBytes(), "tiny");
  ASSERT_TRUE(model.ok());
  std::vector<Sentence> inputs;
  for (int rep = 0; rep < 50; ++rep) {
    for (const auto& g : Tiny()) {
      Sentence s;
      for (const Word& w : g.sentence.words) {
        Word x;
        x.form = w.form;
        s.words.push_back(x);
      }
      inputs.push_back(s);
    }
  }
  std::vector<Sentence> serial = inputs, parallel = inputs;
  for (Sentence& s : serial) (*model)->Analyze(&s);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (size_t i = t; i < parallel.size(); i += 4) (*model)->Analyze(&parallel[i]);
    });
  }
  for (auto& t : threads) t.join();
  for (size_t i = 0; i < serial.size(); ++i) {
    std::string a, b;
    io::AppendConllu(serial[i], "", "", &a);
    io::AppendConllu(parallel[i], "", "", &b);
    ASSERT_EQ(a, b);
  }
}

}  // namespace
}  // namespace khaldun::syntax
