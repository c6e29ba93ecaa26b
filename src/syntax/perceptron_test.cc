#include "syntax/perceptron.h"

#include <gtest/gtest.h>

#include <random>

#include "base/hash.h"

namespace khaldun::syntax {
namespace {

// Features as the models make them: 64-bit hashes (the table keys on their
// top bits, so small integers would all share one fingerprint).
uint64_t Feature(uint64_t i) { return base::HashMix(i * 0x9E3779B97F4A7C15ULL + 12345); }

FrozenWeights RandomWeights(std::mt19937_64& rng, int classes, int features) {
  TrainingWeights t(classes);
  std::vector<uint64_t> fs(8);
  for (int step = 0; step < features; ++step) {
    // Two frequent features a step (like tags) gather entries for many
    // classes, the rest few (like words).
    for (size_t k = 0; k < fs.size(); ++k) {
      fs[k] = Feature(k < 2 ? rng() % 40 : rng() % (features * 4));
    }
    t.Update(fs, static_cast<int>(rng() % classes), static_cast<int>(rng() % classes));
    t.Tick();
  }
  return FrozenWeights::FromTraining(t);
}

TEST(FrozenWeightsTest, ScoreMatchesPlainLookup) {
  // Class counts below one 32-class block, exactly two blocks, and three
  // blocks and a partial one (the parser has 101 classes).
  for (int classes : {20, 64, 101}) {
    std::mt19937_64 rng(7);
    FrozenWeights w = RandomWeights(rng, classes, 3000);
    ASSERT_GT(w.num_features(), 100u);
    ASSERT_TRUE(w.has_dense_rows()) << classes;  // many-class features take the vector path
    // Features with 4 entries up to the dense-row threshold (5 entries at 64
    // classes, 10 at 101; at 20, 4 already make a row) keep a list outside the slot.
    if (classes >= 64) {
      ASSERT_TRUE(w.has_sparse_lists()) << classes;
    }
    for (bool baseline : {false, true}) {
      if (baseline) w.UseBaselineSimdForTesting();
      for (int trial = 0; trial < 200; ++trial) {
        std::vector<uint64_t> fs(1 + rng() % 300);  // more than one prefetch batch sometimes
        for (auto& f : fs) f = Feature(rng() % 12000);
        std::vector<int32_t> a(classes, 0), b(classes, 0);
        w.Score(fs, a.data());
        w.ScorePlain(fs, b.data());
        ASSERT_EQ(a, b) << classes << " classes, " << (baseline ? "baseline" : "best")
                        << " dense rows";
      }
    }
  }
}

TEST(FrozenWeightsTest, SharedFingerprintsReadAsThePlainLookupDoes) {
  // Small integers all have fingerprint 1: the table merges them into slots
  // of at most 255 entries and stores the fingerprint again and again; only
  // the first copy from its home slot is ever read, by both lookups.
  std::mt19937_64 rng(9);
  TrainingWeights t(20);
  std::vector<uint64_t> fs(8);
  for (int step = 0; step < 3000; ++step) {
    for (auto& f : fs) f = rng() % 12000;
    t.Update(fs, static_cast<int>(rng() % 20), static_cast<int>(rng() % 20));
    t.Tick();
  }
  FrozenWeights w = FrozenWeights::FromTraining(t);
  for (int trial = 0; trial < 50; ++trial) {
    std::vector<uint64_t> probe(1 + rng() % 40);
    for (auto& f : probe) f = rng() % 12000;
    std::vector<int32_t> a(20, 0), b(20, 0);
    w.Score(probe, a.data());
    w.ScorePlain(probe, b.data());
    ASSERT_EQ(a, b);
  }
}

TEST(FrozenWeightsTest, AveragingFavoursEarlyStableWeights) {
  TrainingWeights t(2);
  uint64_t f[] = {42};
  t.Update(f, 0, 1);  // early: class 0 good
  for (int i = 0; i < 99; ++i) t.Tick();
  t.Update(f, 1, 0);  // one late flip back to neutral current weights
  t.Tick();
  FrozenWeights w = FrozenWeights::FromTraining(t);
  int32_t s[2] = {0, 0};
  w.Score(f, s);
  EXPECT_GT(s[0], s[1]);  // the average remembers 99 ticks of class 0 winning
}

TEST(FrozenWeightsTest, SerializeViewRoundTripAndCorruption) {
  std::mt19937_64 rng(3);
  FrozenWeights w = RandomWeights(rng, 10, 500);
  std::string bytes;
  w.Serialize(&bytes);
  auto v = FrozenWeights::View(bytes);
  ASSERT_TRUE(v.ok()) << v.status().ToString();
  std::vector<uint64_t> fs;
  for (int i = 0; i < 2000; ++i) fs.push_back(Feature(i));
  std::vector<int32_t> a(10, 0), b(10, 0);
  w.Score(fs, a.data());
  v->Score(fs, b.data());
  EXPECT_EQ(a, b);
  for (size_t cut : {size_t{0}, size_t{8}, bytes.size() / 2, bytes.size() - 4}) {
    EXPECT_FALSE(FrozenWeights::View(std::string_view(bytes).substr(0, cut)).ok()) << cut;
  }
}

}  // namespace
}  // namespace khaldun::syntax
