// Internal. Use include/khaldun/khaldun.h.
// Averaged-perceptron weights shared by the tagger and the parser.
//
// A feature is a 64-bit hash of (template id, atom values). Each feature has a
// sparse list of (class, weight) pairs: a feature is usually seen with only a
// few classes, so this is far smaller and faster than a dense matrix.
//
//  * TrainingWeights: mutable, used only by the trainers. Keeps the running
//    sums for averaging (Daume's trick: avg = w - u / c).
//  * FrozenWeights: the averaged, pruned and quantized weights used at run
//    time. Stored as an open-addressing table of 32-bit fingerprints pointing
//    into an array of packed (class, int16 weight) entries, read in place
//    from a memory-mapped model file; at load it builds its own lookup table
//    for speed (twice as many slots, short entry lists inline, dense rows
//    for many-class features), so the file format does not fix the layout
//    Score reads.
//
// Thread safety: TrainingWeights is single-threaded. FrozenWeights is
// immutable after construction; Score() may be called from many threads.
#ifndef KHALDUN_SRC_SYNTAX_PERCEPTRON_H_
#define KHALDUN_SRC_SYNTAX_PERCEPTRON_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "khaldun/status.h"
#include "port/huge_pages.h"

namespace khaldun::syntax {

class TrainingWeights {
 public:
  explicit TrainingWeights(int num_classes) : num_classes_(num_classes) {}

  // Adds the current (non-averaged) weights of `features` to scores[0..num_classes).
  void Score(std::span<const uint64_t> features, float* scores) const;
  // Standard perceptron update: +1 to `good`, -1 to `bad` for every feature.
  void Update(std::span<const uint64_t> features, int good, int bad);
  // Call once per training instance (the averaging clock).
  void Tick() { ++clock_; }
  int num_classes() const { return num_classes_; }
  size_t num_features() const { return rows_.size(); }

 private:
  friend class FrozenWeights;
  struct Entry {
    uint16_t cls;
    float w;
    double u;  // sum of clock * delta, for averaging
  };
  void Add(uint64_t feature, int cls, float delta);

  int num_classes_;
  uint64_t clock_ = 1;
  std::unordered_map<uint64_t, uint32_t> index_;
  std::vector<std::vector<Entry>> rows_;
};

class FrozenWeights {
 public:
  FrozenWeights() = default;
  // Averages the training weights and drops entries whose averaged magnitude
  // quantizes to zero. The scale maps the largest |weight| to 32767.
  static FrozenWeights FromTraining(const TrainingWeights& training);

  // A copy without the entries whose |quantized weight| is below `min_abs`
  // (and without features left empty): the main size/speed knob. Most
  // entries are tiny and change almost no decision.
  // With `max_features`, also keeps only that many features, those with
  // the largest |weight| (ties: lower fingerprint first), so that the table
  // fits a size budget: the slot table is the smallest power of two at most
  // 3/4 full, so e.g. 393216 features fit 2^19 slots (4 MB).
  FrozenWeights Pruned(int min_abs, size_t max_features = SIZE_MAX) const;

  // Adds the weights of `features` to scores[0..num_classes) (as integers).
  // Features not in the table are ignored.
  //
  // Fast because the table usually misses cache, so each feature should
  // cost one miss and the misses should overlap:
  //  * Score reads its own lookup table (built at load), whose 16-byte slots
  //    hold a feature's entries inline when it has at most three (about 80%
  //    of the parser's features), so most features need no second access;
  //  * all slot loads are issued as prefetches first, then the entry lists of
  //    the other features are prefetched while the inline ones are added, and
  //    added last (3-4x faster than the plain loop, which
  //    FrozenWeightsTest.ScoreMatchesPlainLookup keeps as the reference);
  //  * features with weights for many classes (tags, tag pairs, the bias) are
  //    read from dense rows and added with vector instructions instead of one
  //    scattered add per (class, weight) entry.
  void Score(std::span<const uint64_t> features, int32_t* scores) const {
    constexpr size_t kBatch = 128;
    uint32_t sparse_lists[kBatch];
    const int16_t* dense_rows[kBatch];
    const size_t mask = (size_t{1} << lookup_bits_) - 1;
    for (size_t start = 0; start < features.size(); start += kBatch) {
      const size_t n = features.size() - start < kBatch ? features.size() - start : kBatch;
      const uint64_t* f = features.data() + start;
      // (Fingerprints and home slots kept from the prefetch pass, not
      // recomputed: a multiply and four shifts a feature.)
      uint32_t fps[kBatch];
      uint32_t homes[kBatch];
      for (size_t k = 0; k < n; ++k) {
        fps[k] = Fingerprint(f[k]);
        homes[k] = static_cast<uint32_t>(LookupHome(fps[k]));
        __builtin_prefetch(&lookup_[homes[k]]);
      }
      // Dense rows and sparse lists are told apart once, as they are found
      // (it is a data-dependent branch), and fetched while the rest are
      // looked up.
      size_t sparse_count = 0, dense_count = 0;
      for (size_t k = 0; k < n; ++k) {
        const uint32_t fp = fps[k];
        for (size_t i = homes[k];; i = (i + 1) & mask) {
          const LookupSlot& slot = lookup_[i];
          if (slot.fingerprint == 0) break;
          if (slot.fingerprint != fp) continue;
          if (slot.entry[0] != kIndirect) {
            // (Unused entries add weight 0 to class 0: no branch to mispredict
            // on how many a slot holds.)
            for (uint32_t e : slot.entry) scores[e >> 16] += static_cast<int16_t>(e & 0xffff);
            break;
          }
          const uint32_t v = slot.entry[1];
          if ((v & 0xff) == 0) {
            const int16_t* row = dense_ + size_t{v >> 8} * dense_stride_;
            __builtin_prefetch(row);
            dense_rows[dense_count++] = row;
          } else {
            __builtin_prefetch(sparse_ + (v >> 8));
            sparse_lists[sparse_count++] = v;
          }
          break;
        }
      }
      for (size_t h = 0; h < sparse_count; ++h) {
        const uint32_t v = sparse_lists[h];
        const uint32_t* e = sparse_ + (v >> 8);
        for (uint32_t k = 0; k < (v & 0xff); ++k) {
          scores[e[k] >> 16] += static_cast<int16_t>(e[k] & 0xffff);
        }
      }
      if (dense_count == 0) continue;
      if (dense_avx2_) {
        AddDenseRowsAvx2(dense_rows, dense_count, scores);
      } else {
        for (size_t r = 0; r < dense_count; ++r) AddDenseRow(dense_rows[r], scores);
      }
    }
  }

  // The same result as Score, one feature at a time (reference for tests).
  void ScorePlain(std::span<const uint64_t> features, int32_t* scores) const {
    const size_t mask = slot_count_ - 1;
    for (uint64_t f : features) {
      for (size_t i = Home(Fingerprint(f));; i = (i + 1) & mask) {
        if (slots_[i] == 0) break;
        if (static_cast<uint32_t>(slots_[i]) == Fingerprint(f)) {
          uint32_t v = static_cast<uint32_t>(slots_[i] >> 32);
          for (uint32_t k = 0; k < (v & 0xff); ++k) {
            uint32_t e = entries_[(v >> 8) + k];
            scores[e >> 16] += static_cast<int16_t>(e & 0xffff);
          }
          break;
        }
      }
    }
  }

  // Tests: use the baseline (SSE2 or plain) dense-row code even on a CPU
  // with AVX2, so that both paths are checked against ScorePlain.
  void UseBaselineSimdForTesting() { dense_avx2_ = false; }
  bool has_dense_rows() const { return dense_ != nullptr; }
  bool has_sparse_lists() const { return sparse_ != nullptr; }

  int num_classes() const { return num_classes_; }
  size_t num_features() const { return num_features_; }
  size_t num_entries() const { return num_entries_; }

  // Appends the binary form (8-byte aligned blocks) to `out`.
  void Serialize(std::string* out) const;
  // Reads weights from `bytes`, which must stay alive (typically a
  // memory-mapped model file) and be 8-byte aligned. Errors: kCorruption.
  [[nodiscard]] static Result<FrozenWeights> View(std::string_view bytes);

  FrozenWeights(const FrozenWeights&) = delete;
  FrozenWeights& operator=(const FrozenWeights&) = delete;
  FrozenWeights(FrozenWeights&& other) noexcept { *this = std::move(other); }
  FrozenWeights& operator=(FrozenWeights&& other) noexcept;

 private:
  // The table stores only this 32-bit fingerprint of a feature, and the
  // home slot is derived from it, so a table can be rebuilt (pruned, resized)
  // without the original keys. Never 0 (0 marks an empty slot). An absent
  // feature matches a stored one with probability features / 2^32 (about
  // 1/4000 per lookup for a million features): a rare, harmless extra weight.
  static uint32_t Fingerprint(uint64_t f) { return static_cast<uint32_t>(f >> 32) | 1u; }
  size_t Home(uint32_t fp) const {
    return static_cast<size_t>((fp * 0x9E3779B97F4A7C15ULL) >> (64 - slot_bits_));
  }
  size_t LookupHome(uint32_t fp) const {
    return static_cast<size_t>((fp * 0x9E3779B97F4A7C15ULL) >> (64 - lookup_bits_));
  }
  struct Kept {
    uint32_t fingerprint;
    std::vector<uint32_t> entries;
  };
  static FrozenWeights Build(int num_classes, std::vector<Kept> kept);
  // Builds the lookup table Score reads from the serialized one (slots_,
  // entries_, left as they are): entries inline for features with at most
  // three, a dense row (count 0, begin = row index) for features with many,
  // and the lists in between copied into sparse_ (begin = offset there).
  void BuildLookupTable();
  void AddDenseRow(const int16_t* row, int32_t* scores) const;
  // Adds `count` dense rows with AVX2 (used when the CPU has it): for each
  // block of 32 classes the rows are summed in registers and the scores are
  // read and written once, not once a row (a transition adds about 30 rows).
  void AddDenseRowsAvx2(const int16_t* const* rows, size_t count, int32_t* scores) const;
  static constexpr size_t kDenseBlock = 32;

  int num_classes_ = 0;
  size_t num_features_ = 0;
  size_t num_entries_ = 0;
  size_t slot_count_ = 16;
  int slot_bits_ = 4;
  // Slot: low 32 bits fingerprint, high 32 bits (begin << 8 | count).
  const uint64_t* slots_ = kEmptySlots;
  const uint32_t* entries_ = nullptr;  // (class << 16) | uint16 weight
  // Owned storage when built in memory; empty when viewing a mapped file.
  std::vector<uint64_t> owned_slots_;
  std::vector<uint32_t> owned_entries_;
  // The lookup table Score uses (twice the serialized slots, built by
  // BuildLookupTable). A slot holds up to three entries (unused ones
  // kNoEntry, which adds 0 to class 0), or kIndirect and (begin << 8 |
  // count): its entry list in sparse_, or, when the count is 0, its dense
  // row of int16 weights (dense_stride_ per row, a multiple of kDenseBlock).
  struct alignas(16) LookupSlot {
    uint32_t fingerprint;
    uint32_t entry[3];
  };
  static constexpr uint32_t kNoEntry = 0;             // class 0, weight 0
  static constexpr uint32_t kIndirect = 0xffffffffu;
  const LookupSlot* lookup_ = kEmptyLookup;
  int lookup_bits_ = 4;
  std::vector<LookupSlot, port::HugePageAllocator<LookupSlot>> owned_lookup_;
  const int16_t* dense_ = nullptr;
  size_t dense_stride_ = 0;
  // The entry lists of the features with more than three entries and no
  // dense row, copied together out of entries_ (a lookup slot's begin
  // indexes this array): a few MB in huge pages instead of the mapped file.
  const uint32_t* sparse_ = nullptr;
  std::vector<uint32_t, port::HugePageAllocator<uint32_t>> owned_sparse_;
  bool dense_avx2_ = false;
  std::vector<int16_t, port::HugePageAllocator<int16_t>> owned_dense_;
  static const uint64_t kEmptySlots[16];
  static const LookupSlot kEmptyLookup[16];
};

}  // namespace khaldun::syntax

#endif  // KHALDUN_SRC_SYNTAX_PERCEPTRON_H_
