#include "text/normalize.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>

#include "base/check.h"
#include "text/utf8.h"

namespace khaldun::text {
namespace {

namespace config {
// Longest starter + combining-mark cluster normalised as one unit. Real text
// has at most a handful of marks per base; the bound keeps the stack buffers
// fixed and the work linear on adversarial input.
constexpr int kMaxClusterCodePoints = 32;
// Longest canonical decomposition of one code point (U+1F82 -> 4).
constexpr int kMaxDecompositionLength = 4;
}  // namespace config

// How an ASCII byte is handled. kCopy bytes form the fast path.
enum AsciiClass : uint8_t { kCopy, kToSpace, kCarriageReturn, kNonAscii };

constexpr std::array<uint8_t, 256> MakeByteClasses() {
  std::array<uint8_t, 256> t{};
  for (int b = 0; b < 256; ++b) {
    if (b >= 0x80) {
      t[b] = kNonAscii;
    } else if ((b >= 0x20 && b < 0x7F) || b == '\n') {
      t[b] = kCopy;
    } else if (b == '\r') {
      t[b] = kCarriageReturn;
    } else {
      t[b] = kToSpace;  // tab, VT, FF, other C0 controls, DEL
    }
  }
  return t;
}
constexpr std::array<uint8_t, 256> kByteClass = MakeByteClasses();

// The analysis replacement of a non-ASCII code point: nullptr when the code
// point is kept (subject to NFC), "" when it is removed. See normalize.h for
// the rationale of each group.
const char* Replacement(char32_t cp) {
  if (cp < 0x00A0) {
    if (cp >= 0x80) return cp == 0x85 ? "\n" : " ";  // C1 controls; NEL is a line break
    return nullptr;
  }
  switch (cp) {
    case 0x00A0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return " ";
    case 0x00AD:
    case 0x034F:
    case 0x061C:
    case 0x180E:
    case 0xFEFF:
      return "";
    case 0x00AB:
    case 0x00BB:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
      return "\"";
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x2039:
    case 0x203A:
      return "'";
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xFE58:
    case 0xFE63:
    case 0xFF0D:
      return "-";
    case 0x2026:
      return "...";
    case 0x2028:
    case 0x2029:
      return "\n";
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return " ";
  if ((cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
      (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x2069)) {
    return "";
  }
  return nullptr;
}

// Code points with combining class 0 that canonical composition can still
// attach to the preceding starter, so they must not start a new cluster:
// Hangul medial vowels and final consonants, and two-part vowel signs of
// Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala, Myanmar and Balinese.
bool ComposesWithPreviousStarter(char32_t cp) {
  if ((cp >= 0x1161 && cp <= 0x1175) || (cp >= 0x11A8 && cp <= 0x11C2)) return true;
  switch (cp) {
    case 0x0B3E:
    case 0x0B56:
    case 0x0B57:
    case 0x0BBE:
    case 0x0BD7:
    case 0x0C56:
    case 0x0CC2:
    case 0x0CD5:
    case 0x0CD6:
    case 0x0D3E:
    case 0x0D57:
    case 0x0DCF:
    case 0x0DDF:
    case 0x102E:
    case 0x1B35:
      return true;
    default:
      return false;
  }
}

bool HasCanonicalDecomposition(char32_t cp) {
  const utf8proc_property_t* p = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
  return p->decomp_seqindex != UINT16_MAX && p->decomp_type == 0;
}

class Normalizer {
 public:
  explicit Normalizer(std::string_view in) : in_(in) {
    out_.text.reserve(in.size() + in.size() / 16 + 16);
    out_.to_original.reserve(in.size() + in.size() / 16 + 17);
  }

  NormalizedText Run() {
    const size_t n = in_.size();
    const auto* bytes = reinterpret_cast<const unsigned char*>(in_.data());
    size_t i = 0;
    while (i < n) {
      const uint8_t cls = kByteClass[bytes[i]];
      if (cls == kCopy) {
        // Fast path: copy the whole run of plain ASCII at once.
        size_t j = i + 1;
        while (j < n && kByteClass[bytes[j]] == kCopy) ++j;
        FlushCluster();
        out_.text.append(in_.data() + i, j - i);
        for (size_t k = i; k < j; ++k) out_.to_original.push_back(static_cast<uint32_t>(k));
        i = j;
        continue;
      }
      if (cls == kToSpace) {
        FlushCluster();
        Emit(" ", i);
        ++i;
        continue;
      }
      if (cls == kCarriageReturn) {
        FlushCluster();
        Emit(i + 1 < n && bytes[i + 1] == '\n' ? " " : "\n", i);
        ++i;
        continue;
      }
      char32_t cp = 0;
      const int len = DecodeUtf8(in_, i, &cp);
      if (len == 0) {
        FlushCluster();
        Emit("\xEF\xBF\xBD", i);  // U+FFFD for this one byte
        ++out_.invalid_bytes;
        ++i;
        continue;
      }
      if (const char* r = Replacement(cp)) {
        FlushCluster();
        Emit(r, i);
        i += len;
        continue;
      }
      const auto ccc = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp))->combining_class;
      const bool attaches = ccc != 0 || ComposesWithPreviousStarter(cp);
      if (!attaches || cluster_size_ == config::kMaxClusterCodePoints) FlushCluster();
      if (cluster_size_ == 0 && attaches) PullBackAsciiBase(i);
      cluster_cps_[cluster_size_] = cp;
      cluster_offsets_[cluster_size_] = static_cast<uint32_t>(i);
      ++cluster_size_;
      i += static_cast<size_t>(len);
    }
    FlushCluster();
    out_.to_original.push_back(static_cast<uint32_t>(n));
    KHALDUN_DCHECK(out_.to_original.size() == out_.text.size() + 1);
    return std::move(out_);
  }

 private:
  // Appends `bytes`, all mapped to original offset `orig`.
  void Emit(std::string_view bytes, size_t orig) {
    out_.text.append(bytes);
    out_.to_original.insert(out_.to_original.end(), bytes.size(), static_cast<uint32_t>(orig));
  }

  // A combining mark right after an ASCII letter (or '<' '=' '>', which
  // compose with U+0338) must be normalised together with it: "e" + U+0301
  // -> "é". The letter was already copied by the fast path, so take it back
  // into the cluster. Only exact 1:1 copies adjacent to the mark qualify.
  void PullBackAsciiBase(size_t mark_offset) {
    if (out_.text.empty() || mark_offset == 0) return;
    const char c = out_.text.back();
    if (!IsAsciiAlpha(c) && c != '<' && c != '=' && c != '>') return;
    if (out_.to_original.back() != mark_offset - 1 || in_[mark_offset - 1] != c) return;
    out_.text.pop_back();
    out_.to_original.pop_back();
    cluster_cps_[0] = static_cast<unsigned char>(c);
    cluster_offsets_[0] = static_cast<uint32_t>(mark_offset - 1);
    cluster_size_ = 1;
  }

  void EmitCodePoint(char32_t cp, uint32_t orig) {
    char buf[4];
    Emit(std::string_view(buf, static_cast<size_t>(EncodeUtf8(cp, buf))), orig);
  }

  void FlushCluster() {
    if (cluster_size_ == 0) return;
    const int n = cluster_size_;
    cluster_size_ = 0;
    // Common case: one code point without a canonical decomposition is its
    // own NFC form.
    if (n == 1 && !HasCanonicalDecomposition(cluster_cps_[0])) {
      EmitCodePoint(cluster_cps_[0], cluster_offsets_[0]);
      return;
    }
    // NFC = canonical decomposition, canonical ordering, composition.
    constexpr int kCap = config::kMaxClusterCodePoints * config::kMaxDecompositionLength;
    utf8proc_int32_t buf[kCap];
    utf8proc_ssize_t len = 0;
    for (int k = 0; k < n; ++k) {
      const utf8proc_ssize_t r =
          utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cluster_cps_[k]), buf + len,
                                  kCap - len, UTF8PROC_DECOMPOSE, nullptr);
      if (r < 0 || r > kCap - len) {  // cannot happen for scalar values; keep the input
        for (int m = 0; m < n; ++m) EmitCodePoint(cluster_cps_[m], cluster_offsets_[m]);
        return;
      }
      len += r;
    }
    // Canonical ordering: stable sort of each run of non-starters by class.
    for (utf8proc_ssize_t k = 1; k < len; ++k) {
      const utf8proc_int32_t cp = buf[k];
      const auto ccc = utf8proc_get_property(cp)->combining_class;
      if (ccc == 0) continue;
      utf8proc_ssize_t m = k;
      while (m > 0) {
        const auto prev = utf8proc_get_property(buf[m - 1])->combining_class;
        if (prev <= ccc) break;
        buf[m] = buf[m - 1];
        --m;
      }
      buf[m] = cp;
    }
    len = utf8proc_normalize_utf32(buf, len, static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE));
    const bool unchanged =
        len == n && std::equal(buf, buf + len, cluster_cps_, [](utf8proc_int32_t a, char32_t b) {
          return static_cast<char32_t>(a) == b;
        });
    if (unchanged) {
      for (int k = 0; k < n; ++k) EmitCodePoint(cluster_cps_[k], cluster_offsets_[k]);
    } else {
      for (utf8proc_ssize_t k = 0; k < len; ++k) {
        EmitCodePoint(static_cast<char32_t>(buf[k]), cluster_offsets_[0]);
      }
    }
  }

  std::string_view in_;
  NormalizedText out_;
  // The pending cluster: a starter and the marks that follow it, with the
  // original offset of each code point.
  char32_t cluster_cps_[config::kMaxClusterCodePoints];
  uint32_t cluster_offsets_[config::kMaxClusterCodePoints];
  int cluster_size_ = 0;
};

}  // namespace

NormalizedText Normalize(std::string_view original) {
  if (original.size() > kMaxInputBytes) original = original.substr(0, kMaxInputBytes);
  return Normalizer(original).Run();
}

Span OriginalSpan(const NormalizedText& text, uint32_t begin, uint32_t end) {
  KHALDUN_DCHECK(begin <= end && end <= text.text.size());
  const std::vector<uint32_t>& map = text.to_original;
  if (begin == end) return {map[begin], map[begin]};
  // The original character that produced byte end-1 extends to the next
  // different original offset (the next character, or the input's end).
  const uint32_t last = map[end - 1];
  size_t j = end;
  while (j + 1 < map.size() && map[j] == last) ++j;
  return {map[begin], map[j]};
}

}  // namespace khaldun::text
