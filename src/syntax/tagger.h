// Internal. Use include/khaldun/khaldun.h.
// Part-of-speech tagger: a greedy left-to-right averaged perceptron that
// predicts the joint (UPOS, XPOS) tag of each word from its form, affixes,
// shape, the neighbouring words and the two tags before it, and the WordNet
// word classes (noun/verb/adjective/adverb lemma, plural, verb -s/past/-ing
// form) of the word and its neighbours, from the model's lemmatizer: they
// help most on words training saw rarely (EWT dev UPOS 94.78 -> 95.36).
//
// Thread safety: a Tagger is immutable after construction; Tag() may be
// called from many threads at once.
#ifndef KHALDUN_SRC_SYNTAX_TAGGER_H_
#define KHALDUN_SRC_SYNTAX_TAGGER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/analysis.h"
#include "khaldun/status.h"
#include "syntax/lemmatizer.h"
#include "syntax/perceptron.h"
#include "syntax/word_features.h"

namespace khaldun::syntax {

struct TagClass {
  Upos upos;
  Xpos xpos;
  bool operator==(const TagClass&) const = default;
};

// What training saw of a word form: a hash of the set of classes it took (its
// "ambiguity class", a feature for the words around the one being tagged) and,
// for frequent words that always took one class, that class (a fast path that
// skips scoring).
struct LexiconEntry {
  uint64_t form_hash;    // WordAtoms::form
  uint32_t ambiguity;    // hash of the sorted set of classes seen
  int32_t sure_class;    // class id, or -1 when the word is ambiguous or rare
};

class TagLexicon {
 public:
  TagLexicon() = default;
  explicit TagLexicon(std::vector<LexiconEntry> entries);
  const LexiconEntry* Find(uint64_t form_hash) const {
    if (table_.empty()) return nullptr;
    size_t mask = table_.size() - 1;
    for (size_t i = form_hash & mask;; i = (i + 1) & mask) {
      int32_t e = table_[i];
      if (e < 0) return nullptr;
      if (entries_[e].form_hash == form_hash) return &entries_[e];
    }
  }
  const std::vector<LexiconEntry>& entries() const { return entries_; }

 private:
  std::vector<LexiconEntry> entries_;
  std::vector<int32_t> table_;  // open addressing, -1 = empty
};

class Tagger {
 public:
  Tagger() = default;
  Tagger(FrozenWeights weights, std::vector<TagClass> classes, TagLexicon lexicon)
      : weights_(std::move(weights)), classes_(std::move(classes)), lexicon_(std::move(lexicon)) {}

  // Sets upos and xpos of every word. `atoms` are the words' atoms.
  // `lexicon` (the model's WordNet-backed lemmatizer; may be null) supplies
  // the WordNet word classes of the words (see WordClassOf); pass the same
  // one the tagger was trained with.
  void Tag(const std::vector<WordAtoms>& atoms, std::vector<Word>* words,
           const Lemmatizer* lexicon = nullptr) const;

  void Serialize(std::string* out) const;
  // Views weights inside `bytes` (must outlive the Tagger). Errors: kCorruption.
  [[nodiscard]] static Result<Tagger> View(std::string_view bytes);

  const FrozenWeights& weights() const { return weights_; }
  // A copy whose weights are FrozenWeights::Pruned(min_abs).
  Tagger Pruned(int min_abs, size_t max_features = SIZE_MAX) const {
    return Tagger(weights_.Pruned(min_abs, max_features), classes_, TagLexicon(lexicon_.entries()));
  }

 private:
  FrozenWeights weights_;
  std::vector<TagClass> classes_;
  TagLexicon lexicon_;
};

struct TaggerTrainingOptions {
  int epochs = 10;         // passes over the training data (10)
  uint64_t seed = 1;       // shuffling seed (1)
  bool verbose = false;    // per-epoch accuracy on stderr (false)
  int lexicon_min_count = 5;       // forms seen fewer times get no ambiguity class (5)
  int sure_min_count = 20;         // a form seen this often ... (20)
  double sure_min_share = 0.995;   // ... with one class this share of the time is tagged without scoring (0.995)
  bool wordnet_features = true;    // features of WordNet word classes, when a lexicon is given (true)
};

// Trains a tagger on gold-tagged sentences (only form, upos and xpos are read).
// `lexicon` as for Tagger::Tag (may be null).
Tagger TrainTagger(const std::vector<const Sentence*>& train, const TaggerTrainingOptions& options,
                   const Lemmatizer* lexicon = nullptr);

// The WordNet classes of a word form (Lemmatizer::WordNetClasses of its
// ASCII-lowercased form; 0 for forms with digits or other symbols, or
// without a lexicon), with bit 31 set so that it is never the "not computed" 0.
uint32_t WordClassOf(const Lemmatizer* lexicon, std::string_view form);

// Number of features a tagger extracts per word (for buffers).
inline constexpr int kMaxTaggerFeatures = 48;
// Fills `out` with the features of word i given the classes of the two
// previous words (-1 for none). Returns the count. Shared by training and
// tagging so they can never disagree.
// `ambiguity[k]` is the ambiguity class of word k (0 when unknown);
// `word_class` is WordClassOf word i and i+1 (0 past the end), or null for
// no WordNet features.
int TaggerFeatures(const std::vector<WordAtoms>& atoms, const std::vector<uint32_t>& ambiguity,
                   size_t i, int prev1, int prev2, const uint32_t* word_class, uint64_t* out);

}  // namespace khaldun::syntax

#endif  // KHALDUN_SRC_SYNTAX_TAGGER_H_
