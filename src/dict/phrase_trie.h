// Internal. Use include/khaldun/khaldun.h.
// A trie over token ids for longest-match lookup of dictionary phrases
// ("United Nations Security Council", "Bashar al-Assad", "foreign minister")
// in tokenized text.
//
// Keys are sequences of folded tokens (FoldToken: lower case, accents
// removed). Text tokens are matched by their folded form or, failing that, by
// their folded lemma, so "Syrian" and a lemma-normalised plural both match.
// Each key carries one or more hits (what the phrase names).
//
// Layout: nodes and edges are flat arrays (edges of a node are contiguous and
// sorted by token id, so a step is a binary search); the vocabulary maps a
// folded token to its id. Serialize/Deserialize write and read these arrays.
//
// Thread safety: immutable after Build/Deserialize; const methods may be
// called from many threads.
#ifndef KHALDUN_SRC_DICT_PHRASE_TRIE_H_
#define KHALDUN_SRC_DICT_PHRASE_TRIE_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/status.h"

namespace khaldun::dict {

// Lower case (full Unicode case folding) with combining marks removed:
// "Erdoğan" -> "erdogan", "U.S." -> "u.s.". ASCII input takes a fast path.
std::string FoldToken(std::string_view token);

// What a phrase names: an index into one of the knowledge base's tables.
// DO NOT RENUMBER `type` values: stored in compiled files.
struct PhraseHit {
  uint8_t type = 0;  // EntityType of knowledge_base.h
  uint8_t pad[3] = {0, 0, 0};
  uint32_t index = 0;
  bool operator==(const PhraseHit& o) const { return type == o.type && index == o.index; }
};

inline constexpr uint32_t kNoToken = 0xFFFFFFFFu;

// The candidate ids of one text token: its folded form and folded lemma
// (kNoToken when not in the vocabulary; equal ids are fine).
struct TokenKey {
  uint32_t form = kNoToken;
  uint32_t lemma = kNoToken;
};

class PhraseTrie {
 public:
  PhraseTrie() = default;
  // Move-only (large).
  PhraseTrie(PhraseTrie&&) noexcept = default;
  PhraseTrie& operator=(PhraseTrie&&) noexcept = default;
  PhraseTrie(const PhraseTrie&) = delete;
  PhraseTrie& operator=(const PhraseTrie&) = delete;

  // Collects keys, then Build() makes the trie.
  class Builder {
   public:
    // `key`: folded tokens, at least one. A key may be added many times; its
    // hits accumulate (duplicates of the same hit are kept once).
    void Add(const std::vector<std::string>& key, PhraseHit hit);
    PhraseTrie Build() const;

   private:
    std::map<std::vector<std::string>, std::vector<PhraseHit>> keys_;
  };

  // Id of a folded token, or kNoToken.
  uint32_t TokenId(std::string_view folded) const;
  // ids[i] = TokenId(folded[i]) for i < count, faster than one at a time.
  void TokenIds(const std::string_view* folded, size_t count, uint32_t* ids) const;

  // The longest key that starts at keys[start]: returns its length in tokens
  // (0 when none) and sets *node for Hits(). Tokens match by form first, then
  // by lemma. O(length * log(fan-out)).
  size_t LongestMatch(const TokenKey* keys, size_t count, size_t start, uint32_t* node) const;

  // The hits of a node returned by LongestMatch (empty for others).
  const PhraseHit* HitsBegin(uint32_t node) const;
  const PhraseHit* HitsEnd(uint32_t node) const;

  size_t node_count() const { return nodes_.size(); }
  size_t key_count() const { return key_count_; }
  size_t vocabulary_size() const { return vocabulary_.size(); }

  std::string Serialize() const;
  // Never reads out of bounds, whatever the bytes; checks every index.
  // Errors: kCorruption.
  [[nodiscard]] static Result<PhraseTrie> Deserialize(std::string_view bytes);

 private:
  struct Node {
    uint32_t first_edge = 0;
    uint32_t edge_count = 0;
    uint32_t first_hit = 0;
    uint32_t hit_count = 0;
  };
  struct Edge {
    uint32_t token = 0;
    uint32_t child = 0;
  };
  uint32_t Child(uint32_t node, uint32_t token) const;
  void IndexVocabulary();
  // TokenId given the token's HashBytes.
  uint32_t Probe(uint64_t hash, std::string_view folded) const;

  // Folded token -> id: open addressing over (hash tag, id) slots, at most
  // half full. (Replaces a std::unordered_map, whose lookups chased a
  // bucket, a node and the string through three cache misses; this is one
  // slot and, on a tag match, the string: TokenId runs for every word.)
  struct TokenSlot {
    uint32_t tag = 0;  // high half of the token's HashBytes
    uint32_t id = kNoToken;
  };
  std::vector<std::string> vocabulary_;  // id -> folded token
  std::vector<TokenSlot> token_slots_;
  size_t token_mask_ = 0;
  std::vector<Node> nodes_;  // nodes_[0] is the root
  std::vector<Edge> edges_;
  std::vector<PhraseHit> hits_;
  size_t key_count_ = 0;
};

}  // namespace khaldun::dict

#endif  // KHALDUN_SRC_DICT_PHRASE_TRIE_H_
