#include "syntax/parser.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdio>
#include <random>

#include "base/hash.h"

namespace khaldun::syntax {
namespace {

constexpr int kLabels = static_cast<int>(Deprel::kCount);
constexpr int kShift = 0;
constexpr int kNumClasses = 1 + 2 * kLabels;
constexpr int kRootLabel = static_cast<int>(Deprel::kRoot);
inline int LeftClass(int label) { return 1 + label; }
inline int RightClass(int label) { return 1 + kLabels + label; }
constexpr int kMaxFeatures = 84;

// The parser configuration. Words are 0..n-1; n is ROOT (end of buffer).
struct State {
  int n = 0;
  int b = 0;  // buffer front
  std::vector<int> stack;
  std::vector<int> head, label;
  std::vector<int> lc1, lc2, rc1, rc2;  // leftmost/2nd-leftmost, rightmost/2nd-rightmost child
  std::vector<uint8_t> nleft, nright;
  std::vector<uint64_t> left_labels, right_labels;  // bit sets of child labels

  void Init(int words) {
    n = words;
    b = 0;
    stack.clear();
    head.assign(n + 1, -1);
    label.assign(n + 1, -1);
    lc1.assign(n + 1, -1);
    lc2.assign(n + 1, -1);
    rc1.assign(n + 1, -1);
    rc2.assign(n + 1, -1);
    nleft.assign(n + 1, 0);
    nright.assign(n + 1, 0);
    left_labels.assign(n + 1, 0);
    right_labels.assign(n + 1, 0);
  }
  bool Terminal() const { return stack.empty() && b >= n; }
  int S(size_t k) const { return stack.size() > k ? stack[stack.size() - 1 - k] : -1; }

  void AddArc(int h, int d, int l) {
    head[d] = h;
    label[d] = l;
    if (d < h) {
      // d is a left child; children arrive inside-out for the buffer front,
      // so compare positions rather than trusting arrival order.
      if (lc1[h] < 0 || d < lc1[h]) {
        lc2[h] = lc1[h];
        lc1[h] = d;
      } else if (lc2[h] < 0 || d < lc2[h]) {
        lc2[h] = d;
      }
      if (nleft[h] < 255) ++nleft[h];
      left_labels[h] |= 1ULL << l;
    } else {
      if (rc1[h] < 0 || d > rc1[h]) {
        rc2[h] = rc1[h];
        rc1[h] = d;
      } else if (rc2[h] < 0 || d > rc2[h]) {
        rc2[h] = d;
      }
      if (nright[h] < 255) ++nright[h];
      right_labels[h] |= 1ULL << l;
    }
  }

  bool CanShift() const { return b < n; }
  bool CanLeft() const { return !stack.empty() && (b < n || stack.size() == 1); }
  bool CanRight() const { return stack.size() >= 2; }

  bool Valid(int cls) const {
    if (cls == kShift) return CanShift();
    if (cls <= kLabels) {
      int l = cls - 1;
      if (!CanLeft()) return false;
      return (b >= n) == (l == kRootLabel);
    }
    return CanRight() && cls - 1 - kLabels != kRootLabel;
  }

  // Calls fn(from, to) for each run [from, to) of valid classes, in
  // increasing order: the same classes as testing Valid(c) for each.
  template <typename Fn>
  void ForEachValidRange(Fn fn) const {
    if (CanShift()) fn(kShift, kShift + 1);
    if (CanLeft()) {
      if (b >= n) {
        fn(LeftClass(kRootLabel), LeftClass(kRootLabel) + 1);
      } else {
        fn(LeftClass(0), LeftClass(kRootLabel));
        fn(LeftClass(kRootLabel) + 1, LeftClass(kLabels));
      }
    }
    if (CanRight()) {
      fn(RightClass(0), RightClass(kRootLabel));
      fn(RightClass(kRootLabel) + 1, RightClass(kLabels));
    }
  }

  // The valid class with the highest score, the lowest such class on a tie.
  int BestValid(const int32_t* scores) const {
    int best = -1;
    ForEachValidRange([&](int from, int to) {
      for (int c = from; c < to; ++c) {
        if (best < 0 || scores[c] > scores[best]) best = c;
      }
    });
    return best;
  }

  // The one valid transition when there is only one (an empty stack can
  // only shift; ROOT alone in the buffer under one word can only take it
  // as its root), else -1: such moves need no scoring.
  int ForcedClass() const {
    if (stack.empty()) return b < n ? kShift : -1;
    if (b >= n && stack.size() == 1) return LeftClass(kRootLabel);
    return -1;
  }

  void Apply(int cls) {
    if (cls == kShift) {
      stack.push_back(b++);
    } else if (cls <= kLabels) {
      int s0 = stack.back();
      stack.pop_back();
      AddArc(b, s0, cls - 1);
    } else {
      int s0 = stack.back();
      stack.pop_back();
      AddArc(stack.back(), s0, cls - 1 - kLabels);
    }
  }
};

inline uint64_t F(uint64_t t, uint64_t a) { return base::HashCombine(t * 0x9E3779B97F4A7C15ULL, a); }
inline uint64_t F(uint64_t t, uint64_t a, uint64_t b) { return base::HashCombine(F(t, a), b); }
inline uint64_t F(uint64_t t, uint64_t a, uint64_t b, uint64_t c) {
  return base::HashCombine(F(t, a, b), c);
}

// Features of a configuration: the templates of Zhang & Nivre (2011)
// adapted to arc-hybrid, where LEFT decides (s0, b0) and RIGHT (s1, s0).
// They come in two parts. The buffer part (the bias and the templates of
// b0, b1, b2 and b3 alone, whose words never change) depends only on the
// position of b0, which stays put through every LEFT and RIGHT: a sentence
// of n words takes 2n transitions but visits only n + 1 buffer fronts, so
// Parse scores the buffer part once per front (BufferScores) and the
// configuration part at every transition.
constexpr int kMaxBufferFeatures = 13;
constexpr int kMaxConfigurationFeatures = kMaxFeatures - kMaxBufferFeatures;

struct AtomReader {
  const std::vector<WordAtoms>& atoms;
  const std::vector<Word>& words;
  int n;
  uint64_t W(int i) const {
    if (i < 0) return 1;
    if (i >= n) return 2;
    return atoms[i].lower;
  }
  uint64_t T(int i) const {
    if (i < 0) return 100;
    if (i >= n) return 101;
    return static_cast<uint64_t>(words[i].xpos);
  }
  uint64_t U(int i) const {
    if (i < 0) return 300;
    if (i >= n) return 301;
    return static_cast<uint64_t>(words[i].upos);
  }
};

// The buffer word after i (ROOT, n, is the last), or -1.
inline int NextInBuffer(int i, int n) { return i >= 0 && i + 1 <= n ? i + 1 : -1; }

// The buffer part for buffer front b (0..n; n is ROOT).
int ExtractBufferFeatures(int b, const AtomReader& r, uint64_t* out) {
  const int n = r.n;
  const int b0 = b <= n ? b : -1;
  const int b1 = NextInBuffer(b0, n), b2 = NextInBuffer(b1, n), b3 = NextInBuffer(b2, n);
  const uint64_t b0w = r.W(b0), b0t = r.T(b0), b1w = r.W(b1), b1t = r.T(b1), b2w = r.W(b2),
                 b2t = r.T(b2);
  int k = 0;
  out[k++] = F(0, 0);
  out[k++] = F(7, b0w);
  out[k++] = F(8, b0t);
  out[k++] = F(9, b0w, b0t);
  out[k++] = F(10, b1w);
  out[k++] = F(11, b1t);
  out[k++] = F(12, b1w, b1t);
  out[k++] = F(13, b2w);
  out[k++] = F(14, b2t);
  out[k++] = F(22, b0t, b1t);
  out[k++] = F(30, b0t, b1t, b2t);
  out[k++] = F(82, b0w, b1w);
  out[k++] = F(83, b0t, b1t, r.T(b3));
  return k;
}

// The configuration part: every template that looks at the stack or at
// children built so far.
int ExtractConfigurationFeatures(const State& st, const AtomReader& r, uint64_t* out) {
  const int n = st.n;
  auto W = [&](int i) { return r.W(i); };
  auto T = [&](int i) { return r.T(i); };
  auto U = [&](int i) { return r.U(i); };
  auto L = [&](int i) -> uint64_t { return i < 0 ? 200 : static_cast<uint64_t>(st.label[i]); };
  auto child = [&](const std::vector<int>& v, int i) { return i < 0 || i > n ? -1 : v[i]; };
  auto dist = [](int a, int b) -> uint64_t {
    if (a < 0 || b < 0) return 0;
    int d = b - a;
    return d >= 5 ? (d >= 10 ? 7 : 6) : static_cast<uint64_t>(d);
  };

  const int s0 = st.S(0), s1 = st.S(1), s2 = st.S(2);
  const int b0 = st.b <= n ? st.b : -1;
  const int b1 = NextInBuffer(b0, n);
  const uint64_t s0w = W(s0), s0t = T(s0), s1w = W(s1), s1t = T(s1), s2t = T(s2);
  const uint64_t b0w = W(b0), b0t = T(b0), b1t = T(b1);
  const int s0l = child(st.lc1, s0), s0l2 = child(st.lc2, s0), s0r = child(st.rc1, s0),
            s0r2 = child(st.rc2, s0);
  const int s1l = child(st.lc1, s1), s1r = child(st.rc1, s1), s1r2 = child(st.rc2, s1);
  const int b0l = child(st.lc1, b0), b0l2 = child(st.lc2, b0);
  const uint64_t d_s0b0 = dist(s0, b0), d_s1s0 = dist(s1, s0);
  const uint64_t s0vl = s0 >= 0 ? st.nleft[s0] : 0, s0vr = s0 >= 0 ? st.nright[s0] : 0;
  const uint64_t s1vl = s1 >= 0 ? st.nleft[s1] : 0, s1vr = s1 >= 0 ? st.nright[s1] : 0;
  const uint64_t b0vl = b0 >= 0 ? st.nleft[b0] : 0;

  int k = 0;
  // Single words (b0, b1 and b2 are in the buffer part).
  out[k++] = F(1, s0w);
  out[k++] = F(2, s0t);
  out[k++] = F(3, s0w, s0t);
  out[k++] = F(4, s1w);
  out[k++] = F(5, s1t);
  out[k++] = F(6, s1w, s1t);
  // Pairs: (s0, b0) for LEFT, (s1, s0) for RIGHT.
  out[k++] = F(15, F(0, s0w, s0t), b0w, b0t);
  out[k++] = F(16, F(0, s0w, s0t), b0w);
  out[k++] = F(17, s0w, b0w, b0t);
  out[k++] = F(18, F(0, s0w, s0t), b0t);
  out[k++] = F(19, s0t, b0w, b0t);
  out[k++] = F(20, s0w, b0w);
  out[k++] = F(21, s0t, b0t);
  out[k++] = F(23, F(0, s1w, s1t), s0w, s0t);
  out[k++] = F(24, F(0, s1w, s1t), s0t);
  out[k++] = F(25, s1t, s0w, s0t);
  out[k++] = F(26, s1w, s0w);
  out[k++] = F(27, s1t, s0t);
  out[k++] = F(28, s1w, s0t);
  out[k++] = F(29, s1t, s0w);
  // Triples of tags.
  out[k++] = F(31, s0t, b0t, b1t);
  out[k++] = F(32, s1t, s0t, b0t);
  out[k++] = F(33, s2t, s1t, s0t);
  out[k++] = F(34, s0t, T(s0l), b0t);
  out[k++] = F(35, s0t, T(s0r), b0t);
  out[k++] = F(36, s0t, b0t, T(b0l));
  out[k++] = F(37, s1t, s0t, T(s0l));
  out[k++] = F(38, s1t, s0t, T(s0r));
  out[k++] = F(39, s1t, T(s1r), s0t);
  out[k++] = F(40, s1t, T(s1l), s0t);
  // Distance.
  out[k++] = F(41, s0w, d_s0b0);
  out[k++] = F(42, s0t, d_s0b0);
  out[k++] = F(43, b0w, d_s0b0);
  out[k++] = F(44, b0t, d_s0b0);
  out[k++] = F(45, s0t, b0t, d_s0b0);
  out[k++] = F(46, s1t, s0t, d_s1s0);
  out[k++] = F(47, s1w, d_s1s0);
  out[k++] = F(48, s0w, s1t, d_s1s0);
  // Valency.
  out[k++] = F(49, s0w, s0vl);
  out[k++] = F(50, s0t, s0vl);
  out[k++] = F(51, s0w, s0vr);
  out[k++] = F(52, s0t, s0vr);
  out[k++] = F(53, s1t, s1vr);
  out[k++] = F(54, s1t, s1vl);
  out[k++] = F(55, b0w, b0vl);
  out[k++] = F(56, b0t, b0vl);
  // Children.
  out[k++] = F(57, W(s0l));
  out[k++] = F(58, T(s0l));
  out[k++] = F(59, L(s0l));
  out[k++] = F(60, W(s0r));
  out[k++] = F(61, T(s0r));
  out[k++] = F(62, L(s0r));
  out[k++] = F(63, T(s1l));
  out[k++] = F(64, L(s1l));
  out[k++] = F(65, W(s1r));
  out[k++] = F(66, T(s1r));
  out[k++] = F(67, L(s1r));
  out[k++] = F(68, W(b0l));
  out[k++] = F(69, T(b0l));
  out[k++] = F(70, L(b0l));
  // Second-order children.
  out[k++] = F(71, s0t, T(s0l), T(s0l2));
  out[k++] = F(72, s0t, T(s0r), T(s0r2));
  out[k++] = F(73, b0t, T(b0l), T(b0l2));
  out[k++] = F(74, s1t, T(s1r), T(s1r2));
  out[k++] = F(75, L(s0l2), L(s0r2));
  // Label sets.
  out[k++] = F(76, s0t, s0 >= 0 ? st.left_labels[s0] : 0);
  out[k++] = F(77, s0t, s0 >= 0 ? st.right_labels[s0] : 0);
  out[k++] = F(78, b0t, b0 >= 0 ? st.left_labels[b0] : 0);
  out[k++] = F(79, s1t, s1 >= 0 ? st.right_labels[s1] : 0);
  // Coarse tags for the two decisions, and the next two words together.
  out[k++] = F(80, U(s0), U(b0));
  out[k++] = F(81, U(s1), U(s0));
  return k;
}


// Both parts (training scores every transition afresh).
int ExtractFeatures(const State& st, const AtomReader& r, uint64_t* out) {
  const int k = ExtractBufferFeatures(st.b, r, out);
  return k + ExtractConfigurationFeatures(st, r, out + k);
}

// The buffer part's scores for each buffer front of one sentence, computed
// on first use (a beam's states may sit at different fronts).
class BufferScores {
 public:
  void Reset(int words) {
    scores_.resize(static_cast<size_t>(words + 1) * kNumClasses);
    known_.assign(words + 1, 0);
  }
  const int32_t* For(int b, const AtomReader& r, const FrozenWeights& weights) {
    int32_t* row = &scores_[static_cast<size_t>(b) * kNumClasses];
    if (!known_[b]) {
      uint64_t features[kMaxBufferFeatures];
      const int nf = ExtractBufferFeatures(b, r, features);
      std::fill(row, row + kNumClasses, 0);
      weights.Score(std::span<const uint64_t>(features, nf), row);
      known_[b] = 1;
    }
    return row;
  }

 private:
  std::vector<int32_t> scores_;
  std::vector<uint8_t> known_;
};

// Dynamic-oracle cost of each transition kind (ignoring labels): the number
// of gold arcs that become unreachable (Goldberg & Nivre 2013, arc-hybrid).
struct Costs {
  int shift, left, right;
};

Costs StructuralCosts(const State& st, const std::vector<int>& gold_head) {
  const int n = st.n;
  const int s0 = st.S(0), s1 = st.S(1);
  Costs c{0, 0, 0};
  if (st.CanShift()) {
    // b0 loses heads in the stack below s0, and dependents anywhere in the stack.
    const int b0 = st.b;
    for (size_t k = 0; k < st.stack.size(); ++k) {
      int x = st.stack[k];
      if (gold_head[x] == b0) ++c.shift;
      if (x != s0 && gold_head[b0] == x) ++c.shift;
    }
  }
  if (s0 >= 0) {
    // Dependents of s0 still in the buffer (b0 onwards, ROOT excluded).
    int deps_in_buffer = 0;
    for (int k = st.b; k < n; ++k) deps_in_buffer += gold_head[k] == s0;
    int h = gold_head[s0];
    // LEFT: s0 loses heads s1 and buffer beyond b0 (ROOT included), and dependents in buffer.
    c.left = deps_in_buffer + ((h == s1 && s1 >= 0) || (h > st.b && h <= n) ? 1 : 0);
    // RIGHT: s0 loses heads in the buffer (ROOT included), and dependents in buffer.
    c.right = deps_in_buffer + (h >= st.b && h <= n ? 1 : 0);
  }
  return c;
}

// e^-x for x in [0, 12], from a table with 1/256-nat steps (linear
// interpolation; relative error under 1e-5): the softmax needs tens of
// these per transition, and std::exp was a tenth of beam parsing time.
double ExpOfNegative(double x) {
  static constexpr int kSteps = 256;
  static constexpr int kSize = 12 * kSteps + 2;
  static const std::vector<double> table = [] {
    std::vector<double> t(kSize);
    for (int i = 0; i < kSize; ++i) t[i] = std::exp(-static_cast<double>(i) / kSteps);
    return t;
  }();
  const double at = x * kSteps;
  if (at >= kSize - 1) return 0.0;
  const int i = static_cast<int>(at);
  const double f = at - i;
  return table[i] + (table[i + 1] - table[i]) * f;
}

}  // namespace

void Parser::Parse(const std::vector<WordAtoms>& atoms, std::vector<Word>* words,
                   const BeamOptions& beam) const {
  if (beam.width > 1) {
    ParseWithBeam(atoms, words, beam);
    return;
  }
  thread_local State st;
  thread_local BufferScores buffer_scores;
  const int n = static_cast<int>(words->size());
  const AtomReader reader{atoms, *words, n};
  st.Init(n);
  buffer_scores.Reset(n);
  uint64_t features[kMaxConfigurationFeatures];
  int32_t scores[kNumClasses];
  while (!st.Terminal()) {
    const int forced = st.ForcedClass();
    if (forced >= 0) {
      st.Apply(forced);
      continue;
    }
    const int32_t* buffer_part = buffer_scores.For(st.b, reader, weights_);
    std::copy(buffer_part, buffer_part + kNumClasses, scores);
    const int nf = ExtractConfigurationFeatures(st, reader, features);
    weights_.Score(std::span<const uint64_t>(features, nf), scores);
    st.Apply(st.BestValid(scores));
  }
  for (int i = 0; i < n; ++i) {
    Word& w = (*words)[i];
    w.head = st.head[i] == n ? 0 : st.head[i] + 1;
    w.deprel = static_cast<Deprel>(st.label[i]);
  }
}

// Beam search over transition sequences. A sequence scores the sum of its
// transitions' log-probabilities, each a softmax over the valid transitions
// of raw scores divided by the temperature (raw sums of perceptron scores
// favour sequences whose states happen to have large scores, and measured
// far worse). Candidates more than prune_nats below the best are dropped,
// so where the parser is sure the beam holds one state and costs no more
// than greedy parsing.
void Parser::ParseWithBeam(const std::vector<WordAtoms>& atoms, std::vector<Word>* words,
                           const BeamOptions& beam) const {
  struct Candidate {
    int item;
    int cls;
    double score;
  };
  thread_local std::vector<State> current, next;
  thread_local std::vector<double> item_score, next_score;
  thread_local std::vector<Candidate> candidates;
  const int width = std::min(beam.width, 64);
  const int n = static_cast<int>(words->size());
  if (static_cast<int>(current.size()) < width) {
    current.resize(width);
    next.resize(width);
  }
  thread_local BufferScores buffer_scores;
  const AtomReader reader{atoms, *words, n};
  current[0].Init(n);
  buffer_scores.Reset(n);
  item_score.assign(1, 0.0);
  int items = 1;
  uint64_t features[kMaxConfigurationFeatures];
  int32_t scores[kNumClasses];
  const double inv_t = 1.0 / beam.temperature;
  auto by_score = [](const Candidate& a, const Candidate& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.item != b.item ? a.item < b.item : a.cls < b.cls;
  };
  while (!current[0].Terminal()) {  // every sequence takes 2n transitions
    candidates.clear();
    for (int i = 0; i < items; ++i) {
      const State& st = current[i];
      // A forced move's softmax is 1: the sequence keeps its score.
      const int forced = st.ForcedClass();
      if (forced >= 0) {
        candidates.push_back({i, forced, item_score[i]});
        continue;
      }
      const int32_t* buffer_part = buffer_scores.For(st.b, reader, weights_);
      std::copy(buffer_part, buffer_part + kNumClasses, scores);
      const int nf = ExtractConfigurationFeatures(st, reader, features);
      weights_.Score(std::span<const uint64_t>(features, nf), scores);
      int32_t best = INT32_MIN;
      st.ForEachValidRange([&](int from, int to) {
        for (int c = from; c < to; ++c) best = std::max(best, scores[c]);
      });
      // The log of the softmax's denominator, leaving out terms below e^-12
      // (at most 114 of them: under 0.001 nats). Only transitions within
      // prune_nats of the item's best can survive, as the best sequence
      // scores at least as high as this item's best.
      // (In double: prune_nats may be huge, "prune nothing".)
      const double least = best - 12.0 * beam.temperature;
      const double keep = best - beam.prune_nats * beam.temperature;
      const size_t first = candidates.size();
      double z = 0;
      st.ForEachValidRange([&](int from, int to) {
        for (int c = from; c < to; ++c) {
          if (scores[c] < least) continue;
          z += ExpOfNegative((best - scores[c]) * inv_t);
          if (scores[c] >= keep) candidates.push_back({i, c, (scores[c] - best) * inv_t});
        }
      });
      const double base = item_score[i] - std::log(z);
      for (size_t k = first; k < candidates.size(); ++k) candidates[k].score += base;
      // Only an item's own `width` best transitions can survive.
      if (candidates.size() - first > static_cast<size_t>(width)) {
        std::partial_sort(candidates.begin() + first, candidates.begin() + first + width,
                          candidates.end(), by_score);
        candidates.resize(first + width);
      }
    }
    std::sort(candidates.begin(), candidates.end(), by_score);
    int kept = 0;
    while (kept < width && kept < static_cast<int>(candidates.size()) &&
           candidates[kept].score >= candidates[0].score - beam.prune_nats) {
      ++kept;
    }
    next_score.clear();
    for (int k = 0; k < kept; ++k) {
      const Candidate& c = candidates[k];
      bool used_later = false;
      for (int j = k + 1; j < kept; ++j) used_later = used_later || candidates[j].item == c.item;
      if (used_later) {
        next[k] = current[c.item];  // copy-assignment reuses the vectors' storage
      } else {
        std::swap(next[k], current[c.item]);
      }
      next[k].Apply(c.cls);
      next_score.push_back(c.score);
    }
    std::swap(current, next);
    std::swap(item_score, next_score);
    items = kept;
  }
  const State& st = current[0];
  for (int i = 0; i < n; ++i) {
    Word& w = (*words)[i];
    w.head = st.head[i] == n ? 0 : st.head[i] + 1;
    w.deprel = static_cast<Deprel>(st.label[i]);
  }
}

Result<Parser> Parser::View(std::string_view bytes) {
  KHALDUN_ASSIGN_OR_RETURN(FrozenWeights w, FrozenWeights::View(bytes));
  if (w.num_classes() != kNumClasses) {
    return CorruptionError("parser has " + std::to_string(w.num_classes()) +
                           " classes, this khaldun expects " + std::to_string(kNumClasses));
  }
  return Parser(std::move(w));
}

Parser TrainParser(const std::vector<const Sentence*>& train, const ParserTrainingOptions& options) {
  TrainingWeights weights(kNumClasses);
  std::vector<size_t> order;
  for (size_t i = 0; i < train.size(); ++i) {
    bool complete = !train[i]->words.empty();
    for (const Word& w : train[i]->words) complete = complete && w.head >= 0;
    if (complete) order.push_back(i);
  }
  std::mt19937_64 rng(options.seed);
  std::uniform_real_distribution<double> coin(0.0, 1.0);
  State st;
  std::vector<WordAtoms> atoms;
  std::vector<int> gold_head, gold_label;
  uint64_t features[kMaxFeatures];
  float scores[kNumClasses];
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t steps = 0, errors = 0, correct_heads = 0, words_seen = 0;
    const bool explore = epoch >= options.explore_from_epoch;
    for (size_t idx : order) {
      const Sentence& s = *train[idx];
      const int n = static_cast<int>(s.words.size());
      ComputeWordAtoms(s.words, &atoms);
      gold_head.assign(n, 0);
      gold_label.assign(n, 0);
      for (int i = 0; i < n; ++i) {
        gold_head[i] = s.words[i].head == 0 ? n : s.words[i].head - 1;
        gold_label[i] = static_cast<int>(s.words[i].deprel);
      }
      st.Init(n);
      while (!st.Terminal()) {
        int nf = ExtractFeatures(st, AtomReader{atoms, s.words, n}, features);
        std::span<const uint64_t> fs(features, nf);
        std::fill(scores, scores + kNumClasses, 0.0f);
        weights.Score(fs, scores);
        Costs c = StructuralCosts(st, gold_head);
        const int s0 = st.S(0), s1 = st.S(1);
        auto cost = [&](int cls) {
          if (cls == kShift) return c.shift;
          if (cls <= kLabels) {
            return c.left + (gold_head[s0] == st.b && gold_label[s0] != cls - 1 ? 1 : 0);
          }
          return c.right + (gold_head[s0] == s1 && gold_label[s0] != cls - 1 - kLabels ? 1 : 0);
        };
        int guess = -1, best_correct = -1, min_cost = 1 << 30;
        for (int cls = 0; cls < kNumClasses; ++cls) {
          if (!st.Valid(cls)) continue;
          int k = cost(cls);
          if (guess < 0 || scores[cls] > scores[guess]) guess = cls;
          if (k < min_cost || (k == min_cost && scores[cls] > scores[best_correct])) {
            min_cost = k;
            best_correct = cls;
          }
        }
        ++steps;
        int next = best_correct;
        if (cost(guess) > min_cost) {
          ++errors;
          weights.Update(fs, best_correct, guess);
          if (explore && coin(rng) < options.explore_probability) next = guess;
        } else {
          next = guess;
        }
        weights.Tick();
        st.Apply(next);
      }
      for (int i = 0; i < n; ++i) correct_heads += st.head[i] == gold_head[i];
      words_seen += n;
    }
    if (options.verbose) {
      std::fprintf(stderr, "parser epoch %d: %.2f%% wrong transitions, train UAS %.2f%%, %zu features\n",
                   epoch + 1, 100.0 * errors / std::max<size_t>(steps, 1),
                   100.0 * correct_heads / std::max<size_t>(words_seen, 1), weights.num_features());
    }
    if (options.after_epoch && epoch + 1 < options.epochs) {
      options.after_epoch(epoch + 1, Parser(FrozenWeights::FromTraining(weights)));
    }
  }
  FrozenWeights frozen = FrozenWeights::FromTraining(weights);
  if (options.prune_min_weight > 0 || frozen.num_features() > options.max_features) {
    frozen = frozen.Pruned(options.prune_min_weight, options.max_features);
  }
  return Parser(std::move(frozen));
}

}  // namespace khaldun::syntax
