#include "syntax/perceptron.h"

#if defined(__x86_64__)
#include <immintrin.h>
#endif

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "base/coding.h"

namespace khaldun::syntax {

const uint64_t FrozenWeights::kEmptySlots[16] = {};
const FrozenWeights::LookupSlot FrozenWeights::kEmptyLookup[16] = {};

void TrainingWeights::Score(std::span<const uint64_t> features, float* scores) const {
  for (uint64_t f : features) {
    auto it = index_.find(f);
    if (it == index_.end()) continue;
    for (const Entry& e : rows_[it->second]) scores[e.cls] += e.w;
  }
}

void TrainingWeights::Add(uint64_t feature, int cls, float delta) {
  auto [it, inserted] = index_.try_emplace(feature, static_cast<uint32_t>(rows_.size()));
  if (inserted) rows_.emplace_back();
  auto& row = rows_[it->second];
  for (Entry& e : row) {
    if (e.cls == cls) {
      e.w += delta;
      e.u += static_cast<double>(clock_) * delta;
      return;
    }
  }
  row.push_back({static_cast<uint16_t>(cls), delta, static_cast<double>(clock_) * delta});
}

void TrainingWeights::Update(std::span<const uint64_t> features, int good, int bad) {
  if (good == bad) return;
  for (uint64_t f : features) {
    Add(f, good, 1.0f);
    Add(f, bad, -1.0f);
  }
}

FrozenWeights& FrozenWeights::operator=(FrozenWeights&& other) noexcept {
  num_classes_ = other.num_classes_;
  num_features_ = other.num_features_;
  num_entries_ = other.num_entries_;
  slot_count_ = other.slot_count_;
  slot_bits_ = other.slot_bits_;
  bool owned = !other.owned_slots_.empty();
  owned_slots_ = std::move(other.owned_slots_);
  owned_entries_ = std::move(other.owned_entries_);
  slots_ = owned ? owned_slots_.data() : other.slots_;
  entries_ = owned ? owned_entries_.data() : other.entries_;
  // (Moving a vector keeps its buffer, so the lookup pointers stay valid.)
  owned_lookup_ = std::move(other.owned_lookup_);
  owned_dense_ = std::move(other.owned_dense_);
  owned_sparse_ = std::move(other.owned_sparse_);
  sparse_ = owned_sparse_.empty() ? nullptr : owned_sparse_.data();
  lookup_ = owned_lookup_.empty() ? kEmptyLookup : owned_lookup_.data();
  lookup_bits_ = other.lookup_bits_;
  dense_ = owned_dense_.empty() ? nullptr : owned_dense_.data();
  dense_stride_ = other.dense_stride_;
  dense_avx2_ = other.dense_avx2_;
  other.slots_ = kEmptySlots;
  other.lookup_ = kEmptyLookup;
  other.lookup_bits_ = 4;
  other.entries_ = nullptr;
  other.dense_ = nullptr;
  other.sparse_ = nullptr;
  other.slot_count_ = 16;
  other.slot_bits_ = 4;
  return *this;
}

FrozenWeights FrozenWeights::FromTraining(const TrainingWeights& training) {
  // Averaged weights first, to find the quantization scale.
  const double c = static_cast<double>(training.clock_);
  double max_abs = 1e-9;
  for (const auto& row : training.rows_) {
    for (const auto& e : row) max_abs = std::max(max_abs, std::fabs(e.w - e.u / c));
  }
  const double scale = 32767.0 / max_abs;

  std::vector<Kept> kept;
  for (const auto& [feature, row_index] : training.index_) {
    Kept k{Fingerprint(feature), {}};
    for (const auto& e : training.rows_[row_index]) {
      long q = std::lround((e.w - e.u / c) * scale);
      if (q == 0) continue;
      k.entries.push_back((static_cast<uint32_t>(e.cls) << 16) |
                          static_cast<uint16_t>(static_cast<int16_t>(q)));
    }
    if (!k.entries.empty()) kept.push_back(std::move(k));
  }
  // Deterministic layout whatever the hash map's iteration order.
  std::sort(kept.begin(), kept.end(),
            [](const Kept& a, const Kept& b) { return a.fingerprint < b.fingerprint; });

  return Build(training.num_classes_, std::move(kept));
}

FrozenWeights FrozenWeights::Pruned(int min_abs, size_t max_features) const {
  std::vector<Kept> kept;
  for (size_t i = 0; i < slot_count_; ++i) {
    uint64_t slot = slots_[i];
    if (slot == 0) continue;
    uint32_t v = static_cast<uint32_t>(slot >> 32);
    Kept k;
    k.fingerprint = static_cast<uint32_t>(slot);
    for (uint32_t e = 0; e < (v & 0xff); ++e) {
      uint32_t entry = entries_[(v >> 8) + e];
      if (std::abs(static_cast<int16_t>(entry & 0xffff)) >= min_abs) k.entries.push_back(entry);
    }
    if (!k.entries.empty()) kept.push_back(std::move(k));
  }
  if (kept.size() > max_features) {
    auto strength = [](const Kept& k) {
      int m = 0;
      for (uint32_t e : k.entries) m = std::max(m, std::abs(static_cast<int>(static_cast<int16_t>(e & 0xffff))));
      return m;
    };
    std::vector<std::pair<int, uint32_t>> order;  // (-strength, index)
    order.reserve(kept.size());
    for (size_t i = 0; i < kept.size(); ++i) order.push_back({-strength(kept[i]), static_cast<uint32_t>(i)});
    // Ties broken by fingerprint, independent of the table's slot order.
    std::sort(order.begin(), order.end(), [&](const auto& a, const auto& b) {
      if (a.first != b.first) return a.first < b.first;
      return kept[a.second].fingerprint < kept[b.second].fingerprint;
    });
    std::vector<Kept> top;
    top.reserve(max_features);
    for (size_t i = 0; i < max_features; ++i) top.push_back(std::move(kept[order[i].second]));
    kept = std::move(top);
  }
  std::sort(kept.begin(), kept.end(),
            [](const Kept& a, const Kept& b) { return a.fingerprint < b.fingerprint; });
  return Build(num_classes_, std::move(kept));
}

FrozenWeights FrozenWeights::Build(int num_classes, std::vector<Kept> kept) {
  // Two features with one fingerprint cannot be told apart at run time:
  // merge them (Score adds every entry, so concatenating sums the weights).
  size_t w = 0;
  for (size_t r = 0; r < kept.size(); ++r) {
    if (w > 0 && kept[w - 1].fingerprint == kept[r].fingerprint &&
        kept[w - 1].entries.size() + kept[r].entries.size() <= 255) {
      kept[w - 1].entries.insert(kept[w - 1].entries.end(), kept[r].entries.begin(),
                                 kept[r].entries.end());
    } else {
      if (w != r) kept[w] = std::move(kept[r]);
      ++w;
    }
  }
  kept.resize(w);
  FrozenWeights out;
  out.num_classes_ = num_classes;
  size_t slots = 16;
  int bits = 4;
  while (slots * 3 < kept.size() * 4) slots *= 2, ++bits;  // load factor <= 0.75
  out.slot_count_ = slots;
  out.slot_bits_ = bits;
  out.owned_slots_.assign(slots, 0);
  for (const Kept& k : kept) {
    uint32_t begin = static_cast<uint32_t>(out.owned_entries_.size());
    for (uint32_t e : k.entries) out.owned_entries_.push_back(e);
    uint64_t value = (static_cast<uint64_t>((begin << 8) | k.entries.size()) << 32) |
                     k.fingerprint;
    size_t mask = slots - 1;
    size_t i = out.Home(k.fingerprint);
    while (out.owned_slots_[i] != 0) i = (i + 1) & mask;
    out.owned_slots_[i] = value;
  }
  out.num_features_ = kept.size();
  out.num_entries_ = out.owned_entries_.size();
  out.slots_ = out.owned_slots_.data();
  out.entries_ = out.owned_entries_.data();
  out.BuildLookupTable();
  return out;
}

void FrozenWeights::BuildLookupTable() {
  owned_dense_.clear();
  dense_ = nullptr;
  // A dense row costs about 11 instructions per block of 32 classes (its
  // padding included) and about 4 cache lines; a sparse entry about 7
  // instructions. Rows from 10 entries (for the tagger's 102 and the
  // parser's 115 classes) measured fastest: 10 against the previous 28
  // gave 6% more tokens/s on the syntax benchmark, for 3 MB more memory
  // (from 7 no faster; from 4, 23 MB more).
  const size_t blocks = (static_cast<size_t>(num_classes_) + kDenseBlock - 1) / kDenseBlock;
  const size_t min_entries = std::max<size_t>(4, 5 * blocks / 2);
  dense_stride_ = (static_cast<size_t>(num_classes_) + kDenseBlock - 1) & ~(kDenseBlock - 1);
  // A feature whose entries repeat a class (merged fingerprints) and sum past
  // the int16 range stays sparse, so that Score always equals ScorePlain.
  std::vector<int32_t> sums(static_cast<size_t>(num_classes_));
  auto dense_sums = [&](uint32_t v) {
    std::fill(sums.begin(), sums.end(), 0);
    for (uint32_t k = 0; k < (v & 0xff); ++k) {
      const uint32_t e = entries_[(v >> 8) + k];
      sums[e >> 16] += static_cast<int16_t>(e & 0xffff);
    }
    for (int32_t x : sums) {
      if (x < -32768 || x > 32767) return false;
    }
    return true;
  };
  // Which serialized slots a lookup can find: a fingerprint shared by two
  // features whose entries did not fit one slot is stored twice, and only
  // the copy nearer its home slot is ever read.
  std::vector<bool> read(slot_count_, false);
  for (size_t i = 0; i < slot_count_; ++i) {
    if (slots_[i] == 0) continue;
    const uint32_t fp = static_cast<uint32_t>(slots_[i]);
    size_t first = Home(fp);
    while (static_cast<uint32_t>(slots_[first]) != fp) first = (first + 1) & (slot_count_ - 1);
    read[i] = first == i;
  }
  std::vector<size_t> dense_slots;
  for (size_t i = 0; i < slot_count_; ++i) {
    const uint32_t v = static_cast<uint32_t>(slots_[i] >> 32);
    if (read[i] && (v & 0xff) >= min_entries && dense_sums(v)) dense_slots.push_back(i);
  }
  if (dense_slots.size() >= (1u << 24)) dense_slots.clear();
  // Twice the serialized table's slots (at most 3/8 full): most lookups are
  // of features the model does not have, and a miss probes until an empty
  // slot, about 8.5 slots at 3/4 load but 1.8 at 3/8. Measured on the
  // syntax benchmark: 117k -> 152k tokens/s, for 12 MB more memory.
  lookup_bits_ = slot_bits_ + 1;
  const size_t lookup_count = size_t{1} << lookup_bits_;
  owned_lookup_.assign(lookup_count, LookupSlot{0, {kNoEntry, kNoEntry, kNoEntry}});
  std::vector<size_t> where(slot_count_, 0);  // serialized slot -> lookup slot
  for (size_t i = 0; i < slot_count_; ++i) {
    if (!read[i]) continue;
    const uint32_t fp = static_cast<uint32_t>(slots_[i]);
    size_t at = LookupHome(fp);
    while (owned_lookup_[at].fingerprint != 0) at = (at + 1) & (lookup_count - 1);
    where[i] = at;
    LookupSlot& slot = owned_lookup_[at];
    slot.fingerprint = fp;
    const uint32_t v = static_cast<uint32_t>(slots_[i] >> 32);
    if ((v & 0xff) <= 3) {
      for (uint32_t k = 0; k < (v & 0xff); ++k) slot.entry[k] = entries_[(v >> 8) + k];
    } else {
      slot.entry[0] = kIndirect;
      slot.entry[1] = v;
    }
  }
  if (!dense_slots.empty()) {
    owned_dense_.assign(dense_slots.size() * dense_stride_, 0);
    for (size_t row = 0; row < dense_slots.size(); ++row) {
      LookupSlot& slot = owned_lookup_[where[dense_slots[row]]];
      dense_sums(static_cast<uint32_t>(slots_[dense_slots[row]] >> 32));
      int16_t* dense = owned_dense_.data() + row * dense_stride_;
      for (size_t c = 0; c < sums.size(); ++c) dense[c] = static_cast<int16_t>(sums[c]);
      slot.entry[0] = kIndirect;
      slot.entry[1] = static_cast<uint32_t>(row) << 8;  // count 0: a dense row
    }
    dense_ = owned_dense_.data();
  }
  // The remaining indirect slots (sparse lists of 4 to min_entries - 1
  // entries, and longer ones that cannot be dense) get their lists copied.
  auto has_list = [](const LookupSlot& slot) {
    return slot.fingerprint != 0 && slot.entry[0] == kIndirect && (slot.entry[1] & 0xff) != 0;
  };
  size_t listed = 0;
  for (const LookupSlot& slot : owned_lookup_) listed += has_list(slot) ? slot.entry[1] & 0xff : 0;
  owned_sparse_.clear();
  owned_sparse_.reserve(listed);
  for (LookupSlot& slot : owned_lookup_) {
    if (!has_list(slot)) continue;
    const uint32_t v = slot.entry[1];
    const uint32_t begin = static_cast<uint32_t>(owned_sparse_.size());
    owned_sparse_.insert(owned_sparse_.end(), entries_ + (v >> 8),
                         entries_ + (v >> 8) + (v & 0xff));
    slot.entry[1] = (begin << 8) | (v & 0xff);
  }
  sparse_ = owned_sparse_.empty() ? nullptr : owned_sparse_.data();
  lookup_ = owned_lookup_.data();
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
  dense_avx2_ = __builtin_cpu_supports("avx2");
#endif
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
__attribute__((target("avx2"))) void FrozenWeights::AddDenseRowsAvx2(const int16_t* const* rows,
                                                                     size_t count,
                                                                     int32_t* scores) const {
  const size_t n = static_cast<size_t>(num_classes_);
  auto at = [](const int16_t* w) { return reinterpret_cast<const __m128i*>(w); };
  for (size_t c = 0; c < n; c += kDenseBlock) {
    // Four named accumulators, so that they stay in registers.
    __m256i s0 = _mm256_setzero_si256(), s1 = s0, s2 = s0, s3 = s0;
    for (size_t r = 0; r < count; ++r) {
      const int16_t* w = rows[r] + c;
      s0 = _mm256_add_epi32(s0, _mm256_cvtepi16_epi32(_mm_loadu_si128(at(w))));
      s1 = _mm256_add_epi32(s1, _mm256_cvtepi16_epi32(_mm_loadu_si128(at(w + 8))));
      s2 = _mm256_add_epi32(s2, _mm256_cvtepi16_epi32(_mm_loadu_si128(at(w + 16))));
      s3 = _mm256_add_epi32(s3, _mm256_cvtepi16_epi32(_mm_loadu_si128(at(w + 24))));
    }
    if (c + kDenseBlock <= n) {
      __m256i* out = reinterpret_cast<__m256i*>(scores + c);
      _mm256_storeu_si256(out, _mm256_add_epi32(_mm256_loadu_si256(out), s0));
      _mm256_storeu_si256(out + 1, _mm256_add_epi32(_mm256_loadu_si256(out + 1), s1));
      _mm256_storeu_si256(out + 2, _mm256_add_epi32(_mm256_loadu_si256(out + 2), s2));
      _mm256_storeu_si256(out + 3, _mm256_add_epi32(_mm256_loadu_si256(out + 3), s3));
    } else {
      // The last, partial block (rows are padded to whole blocks).
      alignas(32) int32_t sum[kDenseBlock];
      __m256i* to = reinterpret_cast<__m256i*>(sum);
      _mm256_store_si256(to, s0);
      _mm256_store_si256(to + 1, s1);
      _mm256_store_si256(to + 2, s2);
      _mm256_store_si256(to + 3, s3);
      for (size_t k = 0; c + k < n; ++k) scores[c + k] += sum[k];
    }
  }
}
#else
void FrozenWeights::AddDenseRowsAvx2(const int16_t* const* rows, size_t count,
                                     int32_t* scores) const {
  for (size_t r = 0; r < count; ++r) AddDenseRow(rows[r], scores);
}
#endif

void FrozenWeights::AddDenseRow(const int16_t* row, int32_t* scores) const {
  const size_t n = static_cast<size_t>(num_classes_);
  size_t c = 0;
#if defined(__SSE2__)
  for (; c + 8 <= n; c += 8) {
    const __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(row + c));
    // Sign-extend the eight int16 weights to int32 and add to the scores.
    const __m128i sign = _mm_srai_epi16(w, 15);
    const __m128i lo = _mm_unpacklo_epi16(w, sign);
    const __m128i hi = _mm_unpackhi_epi16(w, sign);
    __m128i* out = reinterpret_cast<__m128i*>(scores + c);
    _mm_storeu_si128(out, _mm_add_epi32(_mm_loadu_si128(out), lo));
    _mm_storeu_si128(out + 1, _mm_add_epi32(_mm_loadu_si128(out + 1), hi));
  }
#endif
  for (; c < n; ++c) scores[c] += row[c];
}

void FrozenWeights::Serialize(std::string* out) const {
  base::PadTo(out, 8);
  base::PutFixed<uint32_t>(out, static_cast<uint32_t>(num_classes_));
  base::PutFixed<uint32_t>(out, 0);
  base::PutFixed<uint64_t>(out, num_features_);
  base::PutFixed<uint64_t>(out, slot_count_);
  base::PutFixed<uint64_t>(out, num_entries_);
  out->append(reinterpret_cast<const char*>(slots_), slot_count_ * sizeof(uint64_t));
  out->append(reinterpret_cast<const char*>(entries_), num_entries_ * sizeof(uint32_t));
  base::PadTo(out, 8);
}

Result<FrozenWeights> FrozenWeights::View(std::string_view bytes) {
  if (reinterpret_cast<uintptr_t>(bytes.data()) % 8 != 0) {
    return CorruptionError("weights block is not 8-byte aligned");
  }
  base::ByteReader r(bytes);
  uint32_t classes = 0, pad = 0;
  uint64_t features = 0, slots = 0, entries = 0;
  if (!r.Read(&classes) || !r.Read(&pad) || !r.Read(&features) || !r.Read(&slots) ||
      !r.Read(&entries)) {
    return CorruptionError("weights block header is truncated");
  }
  if (classes == 0 || classes > 65535 || slots < 16 || (slots & (slots - 1)) != 0 ||
      features > slots || entries >= (1u << 24)) {
    return CorruptionError("weights block header has impossible sizes");
  }
  if (r.remaining() / 8 < slots || (r.remaining() - slots * 8) / 4 < entries) {
    return CorruptionError("weights block is truncated");
  }
  FrozenWeights w;
  w.num_classes_ = static_cast<int>(classes);
  w.num_features_ = features;
  w.slot_count_ = slots;
  w.slot_bits_ = 0;
  while ((size_t{1} << w.slot_bits_) < slots) ++w.slot_bits_;
  w.num_entries_ = entries;
  const char* base = bytes.data() + r.position();
  w.slots_ = reinterpret_cast<const uint64_t*>(base);  // aligned: checked above, header is 32 bytes
  w.entries_ = reinterpret_cast<const uint32_t*>(base + slots * 8);
  // Check every slot points inside the entry array and at valid classes, so
  // Score() can trust the table without bounds checks.
  size_t used = 0;
  for (size_t i = 0; i < slots; ++i) {
    uint64_t s = w.slots_[i];
    if (s == 0) continue;
    ++used;
    uint32_t begin = static_cast<uint32_t>(s >> 32) >> 8;
    uint32_t count = static_cast<uint32_t>(s >> 32) & 0xff;
    if (static_cast<uint64_t>(begin) + count > entries) {
      return CorruptionError("weights slot points past the entries");
    }
  }
  if (used != features || used == slots) return CorruptionError("weights table counts disagree");
  for (size_t i = 0; i < entries; ++i) {
    if ((w.entries_[i] >> 16) >= classes) return CorruptionError("weight entry has a bad class");
  }
  w.BuildLookupTable();
  return w;
}

}  // namespace khaldun::syntax
