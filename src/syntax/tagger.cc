#include "syntax/tagger.h"

#include <cstring>

#include <algorithm>
#include <cstdio>
#include <map>
#include <random>
#include <unordered_map>

#include "base/coding.h"
#include "base/hash.h"

namespace khaldun::syntax {
namespace {

inline uint64_t F(uint64_t tmpl, uint64_t a) { return base::HashCombine(tmpl * 0x100000001b3ULL, a); }
inline uint64_t F(uint64_t tmpl, uint64_t a, uint64_t b) { return base::HashCombine(F(tmpl, a), b); }

}  // namespace

TagLexicon::TagLexicon(std::vector<LexiconEntry> entries) : entries_(std::move(entries)) {
  size_t size = 16;
  while (size < entries_.size() * 2) size *= 2;
  table_.assign(size, -1);
  for (size_t e = 0; e < entries_.size(); ++e) {
    size_t i = entries_[e].form_hash & (size - 1);
    while (table_[i] >= 0) i = (i + 1) & (size - 1);
    table_[i] = static_cast<int32_t>(e);
  }
}

uint32_t WordClassOf(const Lemmatizer* lexicon, std::string_view form) {
  constexpr uint32_t kComputed = 1u << 31;
  if (lexicon == nullptr || form.empty() || form.size() > 40) return kComputed;
  char lower[48];
  for (size_t k = 0; k < form.size(); ++k) {
    char c = form[k];
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c + 32);
    } else if (!((c >= 'a' && c <= 'z') || c == '-' || c == '\'')) {
      return kComputed;
    }
    lower[k] = c;
  }
  const std::string_view key(lower, form.size());
  // WordNet lookups cost several hash probes a word and news repeats its
  // words: a small per-thread cache of recent answers (exact keys, so the
  // result never depends on what was seen before).
  // (Keyed by the lexicon's instance id, not its address: a lemmatizer
  // loaded where a freed one stood must not get the old one's answers.)
  struct Slot {
    uint64_t lexicon_id = 0;
    uint8_t size = 0;
    char text[40];
    uint32_t classes = 0;
  };
  thread_local std::vector<Slot> cache(4096);
  uint64_t h = 1469598103934665603ULL;
  for (char c : key) h = (h ^ static_cast<uint8_t>(c)) * 1099511628211ULL;
  Slot& slot = cache[h & 4095];
  if (slot.lexicon_id == lexicon->instance_id() && slot.size == key.size() &&
      std::memcmp(slot.text, key.data(), key.size()) == 0) {
    return slot.classes;
  }
  const uint32_t classes = kComputed | lexicon->WordNetClasses(key);
  slot.lexicon_id = lexicon->instance_id();
  slot.size = static_cast<uint8_t>(key.size());
  std::memcpy(slot.text, key.data(), key.size());
  slot.classes = classes;
  return classes;
}

int TaggerFeatures(const std::vector<WordAtoms>& atoms, const std::vector<uint32_t>& ambiguity,
                   size_t i, int prev1, int prev2, const uint32_t* word_class, uint64_t* out) {
  const size_t n = atoms.size();
  const WordAtoms& w = atoms[i];
  auto lower_at = [&](long k) -> uint64_t {
    if (k < 0) return kNoWord + static_cast<uint64_t>(-k);
    if (static_cast<size_t>(k) >= n) return kNoWord + 10 + (static_cast<uint64_t>(k) - n);
    return atoms[static_cast<size_t>(k)].lower;
  };
  auto suffix3_at = [&](long k) -> uint64_t {
    if (k < 0 || static_cast<size_t>(k) >= n) return kNoWord;
    return atoms[static_cast<size_t>(k)].suffix[2];
  };
  auto shape_at = [&](long k) -> uint64_t {
    if (k < 0 || static_cast<size_t>(k) >= n) return kNoWord;
    return atoms[static_cast<size_t>(k)].shape;
  };
  const long li = static_cast<long>(i);
  const uint64_t p1 = static_cast<uint64_t>(prev1 + 2), p2 = static_cast<uint64_t>(prev2 + 2);
  int k = 0;
  out[k++] = F(0, 0);  // bias
  out[k++] = F(1, w.lower);
  out[k++] = F(2, w.form);
  for (int a = 0; a < 4; ++a) out[k++] = F(3 + a, w.suffix[a]);
  for (int a = 0; a < 3; ++a) out[k++] = F(7 + a, w.prefix[a]);
  out[k++] = F(10, w.shape);
  out[k++] = F(11, w.flags, i == 0);
  out[k++] = F(12, lower_at(li - 1));
  out[k++] = F(13, lower_at(li - 2));
  out[k++] = F(14, lower_at(li + 1));
  out[k++] = F(15, lower_at(li + 2));
  out[k++] = F(16, p1);
  out[k++] = F(17, p2);
  out[k++] = F(18, p1, p2);
  out[k++] = F(19, p1, w.lower);
  out[k++] = F(20, suffix3_at(li - 1));
  out[k++] = F(21, suffix3_at(li + 1));
  out[k++] = F(22, w.lower, lower_at(li + 1));
  out[k++] = F(23, lower_at(li - 1), w.lower);
  out[k++] = F(24, shape_at(li - 1));
  out[k++] = F(25, shape_at(li + 1));
  out[k++] = F(26, p1, w.suffix[2]);
  out[k++] = F(27, w.suffix[2], lower_at(li + 1));
  auto amb_at = [&](long k) -> uint64_t {
    if (k < 0 || static_cast<size_t>(k) >= n) return 1;
    return ambiguity[static_cast<size_t>(k)];
  };
  out[k++] = F(28, amb_at(li));
  out[k++] = F(29, amb_at(li + 1));
  out[k++] = F(30, amb_at(li + 1), amb_at(li + 2));
  out[k++] = F(31, p1, amb_at(li + 1));
  out[k++] = F(32, w.lower, amb_at(li + 1));
  out[k++] = F(33, lower_at(li - 1), lower_at(li + 1));
  out[k++] = F(34, p1, lower_at(li + 1));
  out[k++] = F(35, w.suffix[1], amb_at(li - 1));
  out[k++] = F(36, w.shape, w.suffix[2]);
  out[k++] = F(37, amb_at(li - 1), w.lower);
  if (word_class != nullptr) {
    const uint64_t wc = word_class[i], wc1 = word_class[i + 1];
    const uint64_t wcp = i > 0 ? word_class[i - 1] : 1;
    const uint64_t caps = (w.flags & (kFlagCapitalized | kFlagAllCaps)) | (i == 0 ? 4 : 0);
    out[k++] = F(38, wc);
    out[k++] = F(39, wc, caps);
    out[k++] = F(40, wc, p1);
    out[k++] = F(41, wc, w.suffix[1]);
    out[k++] = F(42, wc1);
    out[k++] = F(43, wc, wc1);
    out[k++] = F(44, wcp);
    out[k++] = F(45, F(0, wc, p1), p2);
    out[k++] = F(46, wcp, wc);
  }
  return k;
}

void Tagger::Tag(const std::vector<WordAtoms>& atoms, std::vector<Word>* words,
                 const Lemmatizer* lexicon) const {
  uint64_t features[kMaxTaggerFeatures];
  int32_t scores[256];
  const size_t n = words->size();
  thread_local std::vector<uint32_t> ambiguity;
  thread_local std::vector<int32_t> sure;
  thread_local std::vector<uint32_t> word_class;
  word_class.assign(n + 1, 0);
  ambiguity.resize(n);
  sure.resize(n);
  for (size_t i = 0; i < n; ++i) {
    const LexiconEntry* e = lexicon_.Find(atoms[i].form);
    ambiguity[i] = e ? e->ambiguity : 0;
    sure[i] = e ? e->sure_class : -1;
  }
  int prev1 = -1, prev2 = -1;
  for (size_t i = 0; i < n; ++i) {
    if (sure[i] >= 0) {  // fast path: a frequent word that never varied in training
      (*words)[i].upos = classes_[sure[i]].upos;
      (*words)[i].xpos = classes_[sure[i]].xpos;
      prev2 = prev1;
      prev1 = sure[i];
      continue;
    }
    if (lexicon != nullptr) {  // computed when first needed: most words are sure
      if (word_class[i] == 0) word_class[i] = WordClassOf(lexicon, (*words)[i].form);
      if (i > 0 && word_class[i - 1] == 0) word_class[i - 1] = WordClassOf(lexicon, (*words)[i - 1].form);
      if (i + 1 < n && word_class[i + 1] == 0) {
        word_class[i + 1] = WordClassOf(lexicon, (*words)[i + 1].form);
      }
    }
    int nf = TaggerFeatures(atoms, ambiguity, i, prev1, prev2,
                            lexicon ? word_class.data() : nullptr, features);
    std::fill(scores, scores + classes_.size(), 0);
    weights_.Score(std::span<const uint64_t>(features, nf), scores);
    int best = static_cast<int>(std::max_element(scores, scores + classes_.size()) - scores);
    (*words)[i].upos = classes_[best].upos;
    (*words)[i].xpos = classes_[best].xpos;
    prev2 = prev1;
    prev1 = best;
  }
}

void Tagger::Serialize(std::string* out) const {
  base::PutFixed<uint32_t>(out, static_cast<uint32_t>(classes_.size()));
  for (const TagClass& c : classes_) {
    out->push_back(static_cast<char>(c.upos));
    out->push_back(static_cast<char>(c.xpos));
  }
  base::PadTo(out, 8);
  base::PutFixed<uint64_t>(out, lexicon_.entries().size());
  for (const LexiconEntry& e : lexicon_.entries()) {
    base::PutFixed<uint64_t>(out, e.form_hash);
    base::PutFixed<uint32_t>(out, e.ambiguity);
    base::PutFixed<int32_t>(out, e.sure_class);
  }
  weights_.Serialize(out);
}

Result<Tagger> Tagger::View(std::string_view bytes) {
  base::ByteReader r(bytes);
  uint32_t n = 0;
  if (!r.Read(&n) || n == 0 || n > 4096 || r.remaining() < 2 * n) {
    return CorruptionError("tagger class table is truncated");
  }
  std::vector<TagClass> classes;
  for (uint32_t i = 0; i < n; ++i) {
    uint8_t u = 0, x = 0;
    (void)r.Read(&u);
    (void)r.Read(&x);
    if (u >= static_cast<uint8_t>(Upos::kCount) || x >= static_cast<uint8_t>(Xpos::kCount)) {
      return CorruptionError("tagger class table has an unknown tag");
    }
    classes.push_back({static_cast<Upos>(u), static_cast<Xpos>(x)});
  }
  std::string_view skip;
  if (!r.ReadBytes((8 - r.position() % 8) % 8, &skip)) return CorruptionError("tagger is truncated");
  uint64_t lexicon_size = 0;
  if (!r.Read(&lexicon_size) || lexicon_size > r.remaining() / 16) {
    return CorruptionError("tagger lexicon is truncated");
  }
  std::vector<LexiconEntry> lexicon(lexicon_size);
  for (LexiconEntry& e : lexicon) {
    (void)r.Read(&e.form_hash);
    (void)r.Read(&e.ambiguity);
    (void)r.Read(&e.sure_class);
    if (e.sure_class >= static_cast<int32_t>(n)) return CorruptionError("tagger lexicon has a bad class");
  }
  KHALDUN_ASSIGN_OR_RETURN(FrozenWeights w, FrozenWeights::View(bytes.substr(r.position())));
  if (w.num_classes() != static_cast<int>(classes.size())) {
    return CorruptionError("tagger weights and class table disagree");
  }
  return Tagger(std::move(w), std::move(classes), TagLexicon(std::move(lexicon)));
}

Tagger TrainTagger(const std::vector<const Sentence*>& train, const TaggerTrainingOptions& options,
                   const Lemmatizer* wordnet) {
  if (!options.wordnet_features) wordnet = nullptr;
  // Class inventory in a fixed order (sorted pairs), so training is reproducible.
  std::map<std::pair<int, int>, int> class_index;
  for (const Sentence* s : train) {
    for (const Word& w : s->words) class_index[{static_cast<int>(w.upos), static_cast<int>(w.xpos)}] = 0;
  }
  std::vector<TagClass> classes;
  for (auto& [key, index] : class_index) {
    index = static_cast<int>(classes.size());
    classes.push_back({static_cast<Upos>(key.first), static_cast<Xpos>(key.second)});
  }
  // The lexicon: per exact form, the classes seen and how often.
  std::unordered_map<uint64_t, std::map<int, int>> seen;
  std::vector<WordAtoms> atoms;
  for (const Sentence* s : train) {
    ComputeWordAtoms(s->words, &atoms);
    for (size_t i = 0; i < s->words.size(); ++i) {
      const Word& w = s->words[i];
      ++seen[atoms[i].form][class_index[{static_cast<int>(w.upos), static_cast<int>(w.xpos)}]];
    }
  }
  std::vector<LexiconEntry> lexicon_entries;
  for (const auto& [form, counts] : seen) {
    uint64_t amb = 0x51;
    int total = 0, top = 0, top_class = -1;
    for (const auto& [cls, count] : counts) {
      amb = base::HashCombine(amb, static_cast<uint64_t>(cls));
      total += count;
      if (count > top) top = count, top_class = cls;
    }
    // A word is "sure" when frequent and (almost) never varying; the
    // thresholds follow the usual perceptron-tagger practice.
    bool sure = total >= options.sure_min_count && top >= total * options.sure_min_share;
    // Rare forms get no entry: their class set in training is nearly their
    // gold tag, a feature the model would trust and never see on new text.
    if (total < options.lexicon_min_count) continue;
    lexicon_entries.push_back({form, static_cast<uint32_t>(amb) | 2u, sure ? top_class : -1});
  }
  std::sort(lexicon_entries.begin(), lexicon_entries.end(),
            [](const LexiconEntry& a, const LexiconEntry& b) { return a.form_hash < b.form_hash; });
  TagLexicon lexicon(lexicon_entries);
  TrainingWeights weights(static_cast<int>(classes.size()));
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(options.seed);
  std::vector<uint32_t> ambiguity, word_class;
  std::vector<float> scores(classes.size());
  uint64_t features[kMaxTaggerFeatures];
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t correct = 0, total = 0;
    for (size_t idx : order) {
      const Sentence& s = *train[idx];
      ComputeWordAtoms(s.words, &atoms);
      ambiguity.resize(s.words.size());
      for (size_t i = 0; i < s.words.size(); ++i) {
        const LexiconEntry* e = lexicon.Find(atoms[i].form);
        ambiguity[i] = e ? e->ambiguity : 0;
      }
      int prev1 = -1, prev2 = -1;
      word_class.assign(s.words.size() + 1, 0);
      if (wordnet != nullptr) {
        for (size_t i = 0; i < s.words.size(); ++i) word_class[i] = WordClassOf(wordnet, s.words[i].form);
      }
      for (size_t i = 0; i < s.words.size(); ++i) {
        int gold = class_index[{static_cast<int>(s.words[i].upos), static_cast<int>(s.words[i].xpos)}];
        int nf = TaggerFeatures(atoms, ambiguity, i, prev1, prev2,
                                wordnet ? word_class.data() : nullptr, features);
        std::fill(scores.begin(), scores.end(), 0.0f);
        std::span<const uint64_t> fs(features, nf);
        weights.Score(fs, scores.data());
        int guess = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
        weights.Update(fs, gold, guess);
        weights.Tick();
        correct += guess == gold;
        ++total;
        prev2 = prev1;
        prev1 = guess;  // condition on predictions, as at run time
      }
    }
    if (options.verbose) {
      std::fprintf(stderr, "tagger epoch %d: train accuracy %.2f%% (%zu features)\n", epoch + 1,
                   100.0 * correct / std::max<size_t>(total, 1), weights.num_features());
    }
  }
  return Tagger(FrozenWeights::FromTraining(weights), std::move(classes), std::move(lexicon));
}

}  // namespace khaldun::syntax
