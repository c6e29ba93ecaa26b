// Internal. Use include/khaldun/khaldun.h.
// English lemmatizer: the dictionary form of a word given its gold or
// predicted tags ("fled"/VBD -> "flee", "casualties"/NNS -> "casualty",
// "n't"/RB -> "not"), following the conventions of the UD English Web
// Treebank (EWT): lemmas are lowercased except for proper nouns and "I",
// object pronouns map to subject pronouns ("him" -> "he"), possessive "'s"
// stays "'s", numbers and punctuation stay as written.
//
// A lemma is looked up in three layers, first match wins:
//   1. exceptions learned from a gold-lemmatised treebank (LearnExceptions),
//      keyed by (lowercased form, XPOS);
//   2. closed-class tables compiled in (pronouns, clitics, auxiliaries) and
//      WordNet's morphological exception lists (noun.exc, verb.exc, ...);
//   3. Morphy-style suffix rules ("-ies" -> "-y", "-ed", "-ing", doubling,
//      silent e), whose candidate lemmas are checked against WordNet's lemma
//      index (index.noun, index.verb, ...) so that "hoped" -> "hope" but
//      "helped" -> "help"; words WordNet does not know fall back to spelling
//      heuristics ("googled" -> "google", "blogged" -> "blog").
//
// The WordNet index is kept as a set of 64-bit hashes of lemmas, so the
// serialized lemmatizer is under 1 MB.
//
// Thread safety: Lemmatize, Serialize and the accessors are const and may be
// called from many threads at once. FromWordNet, LearnExceptions and
// Deserialize build or mutate the object and need exclusive access.
#ifndef KHALDUN_SRC_SYNTAX_LEMMATIZER_H_
#define KHALDUN_SRC_SYNTAX_LEMMATIZER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "khaldun/analysis.h"
#include "khaldun/status.h"

namespace khaldun::syntax {

namespace internal {

// A set of nonzero 64-bit keys in an open-addressing table (linear probing,
// load factor <= 1/2). Zero marks an empty slot; key 0 is stored as 1.
class KeySet {
 public:
  void Insert(uint64_t key);
  bool Contains(uint64_t key) const;
  size_t size() const { return size_; }
  // All keys, sorted (for deterministic serialization).
  std::vector<uint64_t> SortedKeys() const;

 private:
  void Grow();
  std::vector<uint64_t> slots_;
  size_t size_ = 0;
};

// A map from nonzero 64-bit keys to short strings kept in one pool, in an
// open-addressing table like KeySet. Inserting an existing key overwrites it
// (the old bytes stay in the pool; overwrites are rare).
class StringMap {
 public:
  void Insert(uint64_t key, std::string_view value);
  // True and sets *value (pointing into this map, valid until the next
  // Insert) when `key` is present.
  bool Find(uint64_t key, std::string_view* value) const;
  size_t size() const { return size_; }
  size_t pool_bytes() const { return pool_.size(); }
  // All (key, value) pairs sorted by key.
  std::vector<std::pair<uint64_t, std::string_view>> Sorted() const;

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t offset = 0;  // into pool_
    uint32_t size = 0;
  };
  void Grow();
  std::vector<Slot> slots_;
  std::string pool_;
  size_t size_ = 0;
};

}  // namespace internal

class Lemmatizer {
 public:
  // A lemmatizer with no WordNet data and no learned exceptions: only the
  // compiled-in tables and spelling heuristics (94.0% on EWT test with gold
  // tags; 99.0% once LearnExceptions has seen EWT train, in 32 KB).
  Lemmatizer() = default;

  // Move-only: a loaded lemmatizer holds about 2 MB of tables; share it
  // through the model that owns it rather than copying it.
  Lemmatizer(const Lemmatizer&) = delete;
  Lemmatizer& operator=(const Lemmatizer&) = delete;
  // A move hands the contents and their instance_id() over; the emptied
  // source gets a new id.
  Lemmatizer(Lemmatizer&& other) noexcept { *this = std::move(other); }
  Lemmatizer& operator=(Lemmatizer&& other) noexcept;

  // Loads WordNet 3.0's exception lists (noun.exc, verb.exc, adj.exc,
  // adv.exc) and lemma indexes (index.noun, index.verb, index.adj,
  // index.adv) from `dir`, e.g. "/usr/share/wordnet" as installed by Debian's
  // wordnet-base. Multi-word entries ("give_up") are skipped.
  // Errors: kNotFound / kIoError naming the missing file and saying to
  // install wordnet-base; kCorruption when a file has no usable entries.
  // Cost: reads about 6 MB; takes ~0.1 s.
  [[nodiscard]] static Result<Lemmatizer> FromWordNet(const std::string& dir);

  // Learns exceptions from gold-lemmatised sentences. Words are grouped by
  // (lowercased form, XPOS). For each group, the majority gold lemma L
  // is stored when answering L for the whole group would be right more
  // often than the current rules (WordNet + heuristics, not earlier learned
  // entries), and the group was seen at least `min_count` times or its gold
  // lemma is unanimous and the rules got every one of its >= 2 words wrong.
  // Entries learned by earlier calls are kept (and overwritten on conflict).
  // Example: EWT's "PM"/NN -> "p.m.", "American"/JJ -> "American".
  // Cost: linear in the number of words.
  void LearnExceptions(const std::vector<khaldun::Sentence>& gold, int min_count = 1);

  // The lemma of one word given its tags. Never fails: an unknown word gets
  // its lowercased form, minus a regular inflection suffix when the tag says
  // it is inflected. Does not allocate beyond the returned string (which
  // itself fits the small-string buffer for lemmas up to 15 bytes).
  // Cost: O(length of form), a handful of hash probes.
  std::string Lemmatize(std::string_view form, Upos upos, Xpos xpos) const;

  // Verb lexicon queries for tag repair (syntax/tag_repair.h). `lower` is
  // the lowercased form. True when WordNet knows it as a past form of a
  // verb: an irregular past in verb.exc ("struck" -> strike, "fled" -> flee)
  // or a regular -ed form of a listed verb ("attacked" -> attack). Always
  // false without WordNet data.
  bool IsPastVerbForm(std::string_view lower) const;
  // True when WordNet lists `lower` as a verb lemma ("resume", "attack").
  bool IsVerbLemma(std::string_view lower) const;

  // WordNet's word classes of a lowercased form, as kWn* bits: which lemma
  // indexes list it, and whether it is a regular or irregular inflection of a
  // listed noun (plural) or verb (-s, past, -ing). A tagger feature for
  // words it saw rarely ("outages" is a plural noun, "fled" a past verb).
  // 0 without WordNet data. Cost: up to a dozen hash probes.
  enum : uint32_t {
    kWnNoun = 1,
    kWnVerb = 2,
    kWnAdj = 4,
    kWnAdv = 8,
    kWnPluralNoun = 16,
    kWnVerbS = 32,
    kWnVerbPast = 64,
    kWnVerbIng = 128,
  };
  uint32_t WordNetClasses(std::string_view lower) const;

  // Appends the compact binary form (tables + CRC-32) to `out`, to be
  // embedded in a model file.
  // DO NOT CHANGE the layout without bumping kFormatVersion in the .cc: it
  // is stored in model files.
  void Serialize(std::string* out) const;

  // Rebuilds a lemmatizer from Serialize's bytes. Errors: kCorruption for
  // truncated, trailing, corrupt (CRC mismatch) or wrong-version bytes; the
  // message says to rebuild the model. Never reads out of bounds.
  [[nodiscard]] static Result<Lemmatizer> Deserialize(std::string_view bytes);

  // Names these contents for caches kept outside the lemmatizer (the
  // tagger's WordClassOf): unique in the process and renewed whenever the
  // contents change (LearnExceptions, a move), so a cache keyed by it never
  // answers for another lemmatizer, even one built where a freed one stood.
  uint64_t instance_id() const { return instance_id_; }

  // Sizes, for reports and tests.
  size_t index_size() const { return index_.size(); }
  size_t exception_size() const { return exceptions_.size(); }
  size_t learned_size() const { return learned_; }

 private:
  // The lemma by compiled-in tables, WordNet and rules, ignoring learned
  // entries. `folded` is the form lowercased (ASCII) with curly apostrophes
  // and backquotes made straight.
  std::string RuleLemma(std::string_view form, std::string_view folded, Upos upos, Xpos xpos) const;

  internal::KeySet index_;          // WordNet lemmas, keyed by POS
  internal::StringMap exceptions_;  // WordNet exceptions and learned entries
  size_t learned_ = 0;              // how many keys of exceptions_ were learned
  uint64_t instance_id_ = NewInstanceId();
  static uint64_t NewInstanceId();
};

}  // namespace khaldun::syntax

#endif  // KHALDUN_SRC_SYNTAX_LEMMATIZER_H_
