#include "dict/phrase_trie.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace khaldun::dict {
namespace {

// The reference matcher: try every key, keep the longest that matches at
// `start` (by form or lemma, token by token). Quadratic and obviously right.
size_t NaiveLongest(const std::vector<std::pair<std::vector<std::string>, PhraseHit>>& keys,
                    const std::vector<std::pair<std::string, std::string>>& text, size_t start,
                    std::vector<PhraseHit>* hits) {
  size_t best = 0;
  hits->clear();
  for (const auto& [key, hit] : keys) {
    if (start + key.size() > text.size()) continue;
    bool ok = true;
    for (size_t i = 0; i < key.size() && ok; ++i) {
      ok = key[i] == text[start + i].first || key[i] == text[start + i].second;
    }
    if (!ok) continue;
    if (key.size() > best) {
      best = key.size();
      hits->clear();
    }
    if (key.size() == best) hits->push_back(hit);
  }
  return best;
}

TEST(PhraseTrie, FoldTokenLowersAndStripsAccents) {
  EXPECT_EQ(FoldToken("Erdoğan"), "erdogan");
  EXPECT_EQ(FoldToken("U.S."), "u.s.");
  EXPECT_EQ(FoldToken("CÔTE"), "cote");
  EXPECT_EQ(FoldToken(""), "");
}

TEST(PhraseTrie, LongestMatchWins) {
  PhraseTrie::Builder b;
  b.Add({"united", "nations"}, PhraseHit{0, {}, 1});
  b.Add({"united", "nations", "security", "council"}, PhraseHit{0, {}, 2});
  b.Add({"united"}, PhraseHit{1, {}, 3});
  PhraseTrie t = b.Build();
  std::vector<std::string> words = {"united", "nations", "security", "council", "met"};
  std::vector<TokenKey> keys;
  for (const auto& w : words) keys.push_back({t.TokenId(w), t.TokenId(w)});
  uint32_t node = 0;
  EXPECT_EQ(t.LongestMatch(keys.data(), keys.size(), 0, &node), 4u);
  ASSERT_EQ(t.HitsEnd(node) - t.HitsBegin(node), 1);
  EXPECT_EQ(t.HitsBegin(node)->index, 2u);
  EXPECT_EQ(t.LongestMatch(keys.data(), keys.size(), 1, &node), 0u);
  EXPECT_EQ(t.LongestMatch(keys.data(), 1, 0, &node), 1u);  // "united" alone
  EXPECT_EQ(t.HitsBegin(node)->index, 3u);
}

// The token index (open addressing over hash tags): every vocabulary token
// gets its own id back, before and after a serialization round trip, and
// tokens not in it (including prefixes, extensions and the empty string)
// get kNoToken, at a size where probe sequences are long.
TEST(PhraseTrie, TokenIdFindsEveryTokenAndNothingElse) {
  PhraseTrie::Builder b;
  std::vector<std::string> tokens;
  for (int i = 0; i < 20000; ++i)
    tokens.push_back("tok" + std::to_string(i * 7919) + "z");  // no token a prefix of another
  for (size_t i = 0; i < tokens.size(); ++i)
    b.Add({tokens[i]}, PhraseHit{0, {}, static_cast<uint32_t>(i)});
  PhraseTrie built = b.Build();
  Result<PhraseTrie> loaded = PhraseTrie::Deserialize(built.Serialize());
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  for (const PhraseTrie* t : {&built, &*loaded}) {
    ASSERT_EQ(t->vocabulary_size(), tokens.size());
    std::vector<bool> seen(tokens.size(), false);
    for (const std::string& token : tokens) {
      const uint32_t id = t->TokenId(token);
      ASSERT_LT(id, tokens.size()) << token;
      EXPECT_FALSE(seen[id]) << token;
      seen[id] = true;
      // The id leads to the key's hit.
      TokenKey key{id, id};
      uint32_t node = 0;
      ASSERT_EQ(t->LongestMatch(&key, 1, 0, &node), 1u) << token;
      EXPECT_EQ(tokens[t->HitsBegin(node)->index], token);
      EXPECT_EQ(t->TokenId(token + "x"), kNoToken);
      EXPECT_EQ(t->TokenId(token.substr(0, token.size() - 1)), kNoToken);
    }
    EXPECT_EQ(t->TokenId(""), kNoToken);
    EXPECT_EQ(t->TokenId("unknown"), kNoToken);
    // The batch lookup (several batches, known and unknown tokens mixed)
    // gives what one-at-a-time lookups give.
    std::vector<std::string> queries;
    for (size_t i = 0; i < 300; ++i) {
      queries.push_back(i % 3 == 2 ? "nope" + std::to_string(i) : tokens[i * 61 % tokens.size()]);
    }
    std::vector<std::string_view> views(queries.begin(), queries.end());
    std::vector<uint32_t> ids(views.size(), 12345);
    t->TokenIds(views.data(), views.size(), ids.data());
    for (size_t i = 0; i < queries.size(); ++i) {
      EXPECT_EQ(ids[i], t->TokenId(queries[i])) << queries[i];
      EXPECT_EQ(ids[i] == kNoToken, i % 3 == 2) << queries[i];
    }
  }
  EXPECT_EQ(PhraseTrie().TokenId("tok0"), kNoToken);  // an empty trie
}

TEST(PhraseTrie, AgreesWithNaiveMatcherOnRandomInputs) {
  std::mt19937 rng(7);
  const std::vector<std::string> vocab = {"a", "b", "c", "d", "e", "f"};
  for (int round = 0; round < 50; ++round) {
    std::vector<std::pair<std::vector<std::string>, PhraseHit>> keys;
    PhraseTrie::Builder b;
    int nkeys = 1 + static_cast<int>(rng() % 30);
    for (int k = 0; k < nkeys; ++k) {
      std::vector<std::string> key(1 + rng() % 4);
      for (auto& w : key) w = vocab[rng() % vocab.size()];
      PhraseHit hit{static_cast<uint8_t>(rng() % 4), {}, static_cast<uint32_t>(k)};
      bool dup = false;
      for (auto& [kk, hh] : keys) dup = dup || (kk == key && hh == hit);
      if (!dup) keys.emplace_back(key, hit);
      b.Add(key, hit);
    }
    PhraseTrie t = b.Build();
    // Round trip through bytes on every other round.
    if (round % 2) {
      auto r = PhraseTrie::Deserialize(t.Serialize());
      ASSERT_TRUE(r.ok()) << r.status().ToString();
      t = std::move(r).value();
    }
    std::vector<std::pair<std::string, std::string>> text(20);
    std::vector<TokenKey> tk(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
      text[i] = {vocab[rng() % vocab.size()], rng() % 3 ? "zz" : vocab[rng() % vocab.size()]};
      tk[i] = {t.TokenId(text[i].first), t.TokenId(text[i].second)};
    }
    for (size_t start = 0; start < text.size(); ++start) {
      std::vector<PhraseHit> expected;
      uint32_t node = 0;
      size_t got = t.LongestMatch(tk.data(), tk.size(), start, &node);
      // The trie takes the form edge before the lemma edge at each step; the
      // naive matcher would also accept a lemma path. Only compare where
      // forms and lemmas cannot disagree: lemma "zz" is never in a key.
      bool lemma_free = true;
      for (size_t i = start; i < text.size(); ++i) lemma_free = lemma_free && text[i].second == "zz";
      if (!lemma_free) continue;
      size_t want = NaiveLongest(keys, text, start, &expected);
      ASSERT_EQ(got, want) << "round " << round << " start " << start;
      if (got) {
        std::vector<PhraseHit> hits(t.HitsBegin(node), t.HitsEnd(node));
        std::sort(hits.begin(), hits.end(), [](auto& x, auto& y) { return x.index < y.index; });
        std::sort(expected.begin(), expected.end(), [](auto& x, auto& y) { return x.index < y.index; });
        EXPECT_EQ(hits, expected);
      }
    }
  }
}

TEST(PhraseTrie, CorruptBytesAreRefusedNotCrashed) {
  PhraseTrie::Builder b;
  b.Add({"syria"}, PhraseHit{0, {}, 0});
  b.Add({"syrian", "army"}, PhraseHit{1, {}, 1});
  std::string bytes = b.Build().Serialize();
  for (size_t cut = 0; cut < bytes.size(); ++cut) {
    EXPECT_FALSE(PhraseTrie::Deserialize(bytes.substr(0, cut)).ok()) << cut;
  }
  std::mt19937 rng(3);
  for (int i = 0; i < 2000; ++i) {
    std::string b2 = bytes;
    b2[rng() % b2.size()] = static_cast<char>(rng());
    auto r = PhraseTrie::Deserialize(b2);
    if (r.ok()) {
      std::vector<TokenKey> keys(3, TokenKey{0, 1});
      uint32_t node = 0;
      r->LongestMatch(keys.data(), keys.size(), 0, &node);  // must stay in bounds
    }
  }
}

}  // namespace
}  // namespace khaldun::dict
