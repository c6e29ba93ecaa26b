#include "dict/phrase_trie.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "base/coding.h"
#include "base/hash.h"

namespace khaldun::dict {

std::string FoldToken(std::string_view token) {
  bool ascii = std::all_of(token.begin(), token.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) {
    std::string out(token);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  utf8proc_uint8_t* folded = nullptr;
  utf8proc_ssize_t n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(token.data()),
      static_cast<utf8proc_ssize_t>(token.size()), &folded,
      static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK));
  if (n < 0 || folded == nullptr) {
    // Invalid UTF-8 cannot reach here through the text layer (it repairs
    // input); fall back to byte-wise lower case for direct callers.
    std::free(folded);
    std::string out(token);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  std::string out(reinterpret_cast<const char*>(folded), static_cast<size_t>(n));
  std::free(folded);
  return out;
}

void PhraseTrie::Builder::Add(const std::vector<std::string>& key, PhraseHit hit) {
  if (key.empty()) return;
  std::vector<PhraseHit>& hits = keys_[key];
  if (std::find(hits.begin(), hits.end(), hit) == hits.end()) hits.push_back(hit);
}

PhraseTrie PhraseTrie::Builder::Build() const {
  PhraseTrie trie;
  // Token ids in sorted order of the folded strings: deterministic output.
  std::map<std::string, uint32_t> ids;
  for (const auto& [key, hits] : keys_) {
    for (const std::string& t : key) ids.emplace(t, 0);
  }
  uint32_t next = 0;
  for (auto& [token, id] : ids) {
    id = next++;
    trie.vocabulary_.push_back(token);
  }
  // Build with child maps, then flatten breadth-first.
  struct TempNode {
    std::map<uint32_t, uint32_t> children;
    std::vector<PhraseHit> hits;
  };
  std::vector<TempNode> temp(1);
  for (const auto& [key, hits] : keys_) {
    uint32_t node = 0;
    for (const std::string& t : key) {
      uint32_t id = ids[t];
      auto it = temp[node].children.find(id);
      if (it == temp[node].children.end()) {
        uint32_t child = static_cast<uint32_t>(temp.size());
        temp[node].children.emplace(id, child);
        temp.emplace_back();
        node = child;
      } else {
        node = it->second;
      }
    }
    temp[node].hits = hits;
  }
  trie.key_count_ = keys_.size();
  // Breadth-first renumbering: children of a node get consecutive numbers.
  std::vector<uint32_t> order{0};
  std::vector<uint32_t> new_id(temp.size(), 0);
  for (size_t i = 0; i < order.size(); ++i) {
    for (const auto& [token, child] : temp[order[i]].children) {
      new_id[child] = static_cast<uint32_t>(order.size());
      order.push_back(child);
    }
  }
  trie.nodes_.resize(temp.size());
  for (size_t i = 0; i < order.size(); ++i) {
    const TempNode& t = temp[order[i]];
    Node& n = trie.nodes_[i];
    n.first_edge = static_cast<uint32_t>(trie.edges_.size());
    n.edge_count = static_cast<uint32_t>(t.children.size());
    for (const auto& [token, child] : t.children) trie.edges_.push_back(Edge{token, new_id[child]});
    n.first_hit = static_cast<uint32_t>(trie.hits_.size());
    n.hit_count = static_cast<uint32_t>(t.hits.size());
    trie.hits_.insert(trie.hits_.end(), t.hits.begin(), t.hits.end());
  }
  trie.IndexVocabulary();
  return trie;
}

void PhraseTrie::IndexVocabulary() {
  size_t slots = 16;
  while (slots < 2 * vocabulary_.size()) slots *= 2;  // at most half full
  token_slots_.assign(slots, TokenSlot{});
  token_mask_ = slots - 1;
  for (size_t i = 0; i < vocabulary_.size(); ++i) {
    const uint64_t h = base::HashBytes(vocabulary_[i]);
    const uint32_t tag = static_cast<uint32_t>(h >> 32);
    for (size_t k = h & token_mask_;; k = (k + 1) & token_mask_) {
      TokenSlot& slot = token_slots_[k];
      if (slot.id == kNoToken) {
        slot = TokenSlot{tag, static_cast<uint32_t>(i)};
        break;
      }
      // A repeated token (only in a damaged file) keeps its first id.
      if (slot.tag == tag && vocabulary_[slot.id] == vocabulary_[i]) break;
    }
  }
}

uint32_t PhraseTrie::Probe(uint64_t hash, std::string_view folded) const {
  if (token_slots_.empty()) return kNoToken;
  const uint32_t tag = static_cast<uint32_t>(hash >> 32);
  for (size_t k = hash & token_mask_;; k = (k + 1) & token_mask_) {
    const TokenSlot& slot = token_slots_[k];
    if (slot.id == kNoToken) return kNoToken;
    if (slot.tag == tag && vocabulary_[slot.id] == folded) return slot.id;
  }
}

uint32_t PhraseTrie::TokenId(std::string_view folded) const {
  return Probe(base::HashBytes(folded), folded);
}

void PhraseTrie::TokenIds(const std::string_view* folded, size_t count, uint32_t* ids) const {
  if (token_slots_.empty()) {
    std::fill(ids, ids + count, kNoToken);
    return;
  }
  // In batches, three passes: the table and the vocabulary are far larger
  // than the cache, so a lookup misses twice (its slot, then the token's
  // string); issuing every slot's load, then every string's, before using
  // any lets the misses overlap.
  constexpr size_t kBatch = 64;
  uint64_t hashes[kBatch];
  for (size_t start = 0; start < count; start += kBatch) {
    const size_t n = std::min(kBatch, count - start);
    const std::string_view* tokens = folded + start;
    uint32_t* out = ids + start;
    for (size_t i = 0; i < n; ++i) {
      hashes[i] = base::HashBytes(tokens[i]);
      __builtin_prefetch(&token_slots_[hashes[i] & token_mask_]);
    }
    // The id in the first slot whose tag matches: almost always the answer.
    for (size_t i = 0; i < n; ++i) {
      const uint32_t tag = static_cast<uint32_t>(hashes[i] >> 32);
      out[i] = kNoToken;
      for (size_t k = hashes[i] & token_mask_;; k = (k + 1) & token_mask_) {
        const TokenSlot& slot = token_slots_[k];
        if (slot.id == kNoToken) break;
        if (slot.tag == tag) {
          out[i] = slot.id;
          __builtin_prefetch(&vocabulary_[slot.id]);
          break;
        }
      }
    }
    // Confirmed by the string; on a tag collision, the full probe.
    for (size_t i = 0; i < n; ++i) {
      if (out[i] != kNoToken && vocabulary_[out[i]] != tokens[i])
        out[i] = Probe(hashes[i], tokens[i]);
    }
  }
}

uint32_t PhraseTrie::Child(uint32_t node, uint32_t token) const {
  if (token == kNoToken) return 0;
  const Node& n = nodes_[node];
  const Edge* begin = edges_.data() + n.first_edge;
  const Edge* end = begin + n.edge_count;
  const Edge* it = std::lower_bound(begin, end, token,
                                    [](const Edge& e, uint32_t t) { return e.token < t; });
  return (it != end && it->token == token) ? it->child : 0;
}

size_t PhraseTrie::LongestMatch(const TokenKey* keys, size_t count, size_t start,
                                uint32_t* node) const {
  *node = 0;
  if (nodes_.empty()) return 0;
  size_t best = 0;
  uint32_t current = 0;
  for (size_t i = start; i < count; ++i) {
    // The root is never a child, so 0 means "no edge".
    uint32_t next = Child(current, keys[i].form);
    if (next == 0 && keys[i].lemma != keys[i].form) next = Child(current, keys[i].lemma);
    if (next == 0) break;
    current = next;
    if (nodes_[current].hit_count > 0) {
      best = i - start + 1;
      *node = current;
    }
  }
  return best;
}

const PhraseHit* PhraseTrie::HitsBegin(uint32_t node) const {
  return node < nodes_.size() ? hits_.data() + nodes_[node].first_hit : nullptr;
}
const PhraseHit* PhraseTrie::HitsEnd(uint32_t node) const {
  return node < nodes_.size() ? hits_.data() + nodes_[node].first_hit + nodes_[node].hit_count
                              : nullptr;
}

namespace {
template <typename T>
void PutArray(std::string* out, const std::vector<T>& v) {
  base::PutFixed<uint64_t>(out, v.size());
  out->append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
}
template <typename T>
bool ReadArray(base::ByteReader* in, std::vector<T>* v) {
  uint64_t n = 0;
  if (!in->Read(&n) || n > in->remaining() / sizeof(T)) return false;
  std::string_view bytes;
  if (!in->ReadBytes(n * sizeof(T), &bytes)) return false;
  v->resize(n);
  if (n) std::memcpy(v->data(), bytes.data(), bytes.size());
  return true;
}
}  // namespace

std::string PhraseTrie::Serialize() const {
  std::string out;
  base::PutFixed<uint64_t>(&out, key_count_);
  base::PutFixed<uint64_t>(&out, vocabulary_.size());
  for (const std::string& t : vocabulary_) base::PutString(&out, t);
  PutArray(&out, nodes_);
  PutArray(&out, edges_);
  PutArray(&out, hits_);
  return out;
}

Result<PhraseTrie> PhraseTrie::Deserialize(std::string_view bytes) {
  base::ByteReader in(bytes);
  PhraseTrie trie;
  uint64_t keys = 0, vocab = 0;
  if (!in.Read(&keys) || !in.Read(&vocab) || vocab > in.remaining() / 4) {
    return CorruptionError("phrase trie header is truncated");
  }
  trie.key_count_ = keys;
  trie.vocabulary_.resize(vocab);
  for (std::string& t : trie.vocabulary_) {
    if (!in.ReadString(&t)) return CorruptionError("phrase trie vocabulary is truncated");
  }
  if (!ReadArray(&in, &trie.nodes_) || !ReadArray(&in, &trie.edges_) ||
      !ReadArray(&in, &trie.hits_) || in.remaining() != 0) {
    return CorruptionError("phrase trie arrays are truncated or followed by junk");
  }
  // Every index must be in range, and edges sorted, so lookups stay in bounds.
  for (const Node& n : trie.nodes_) {
    if (n.first_edge > trie.edges_.size() || n.edge_count > trie.edges_.size() - n.first_edge ||
        n.first_hit > trie.hits_.size() || n.hit_count > trie.hits_.size() - n.first_hit) {
      return CorruptionError("phrase trie node points outside its arrays");
    }
    for (uint32_t e = n.first_edge; e + 1 < n.first_edge + n.edge_count; ++e) {
      if (trie.edges_[e].token >= trie.edges_[e + 1].token) {
        return CorruptionError("phrase trie edges are not sorted");
      }
    }
  }
  for (const Edge& e : trie.edges_) {
    if (e.child == 0 || e.child >= trie.nodes_.size() || e.token >= trie.vocabulary_.size()) {
      return CorruptionError("phrase trie edge points outside its arrays");
    }
  }
  if (trie.nodes_.empty() && (!trie.edges_.empty() || !trie.hits_.empty())) {
    return CorruptionError("phrase trie has edges but no root");
  }
  trie.IndexVocabulary();
  return trie;
}

}  // namespace khaldun::dict
