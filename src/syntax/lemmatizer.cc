// English lemmatizer: compiled-in closed-class tables, WordNet exception
// lists and lemma index, Morphy-style suffix rules, and exceptions learned
// from a treebank. See lemmatizer.h for the lookup order.
//
// Why hashes instead of strings for the WordNet index: the rules only ask
// "is this candidate a lemma?", so a set of 64-bit hashes answers that with
// a false-positive rate of ~1e-14 per probe in a third of the space of the
// strings, and one probe touches one cache line.
#include "syntax/lemmatizer.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <unordered_map>

#include "base/coding.h"
#include "base/hash.h"
#include "port/file.h"

namespace khaldun::syntax {

namespace config {
// Forms longer than this skip the tables and rules (URLs, e-mail addresses,
// runs of punctuation): they get their own text, lowercased unless the tag
// says to keep case. Long enough for "counterrevolutionaries".
constexpr size_t kMaxWordBytes = 64;
// Lemmas in serialized tables longer than this mean the bytes are corrupt.
constexpr uint32_t kMaxLemmaBytes = 256;
}  // namespace config

namespace {

// DO NOT CHANGE: stored in model files (the serialized lemmatizer).
constexpr uint32_t kMagic = 0x4d454c4b;  // "KLEM" little-endian
constexpr uint32_t kFormatVersion = 1;
// Seeds that separate the key spaces sharing one table. DO NOT CHANGE: the
// keys are stored in model files.
constexpr uint64_t kIndexSeed = 0x696e6465782d776eULL;    // WordNet lemma index
constexpr uint64_t kExcSeed = 0x6578632d6c697374ULL;      // WordNet exception lists
constexpr uint64_t kLearnedSeed = 0x6c6561726e65642dULL;  // LearnExceptions

using std::string_view;

// WordNet's parts of speech. DO NOT CHANGE the values: they seed stored keys.
enum class WnPos : uint8_t { kNoun = 0, kVerb = 1, kAdj = 2, kAdv = 3 };

uint64_t IndexKey(WnPos pos, string_view lemma) {
  return base::HashBytes(lemma, base::HashMix(kIndexSeed + static_cast<uint64_t>(pos)));
}
uint64_t ExcKey(WnPos pos, string_view form) {
  return base::HashBytes(form, base::HashMix(kExcSeed + static_cast<uint64_t>(pos)));
}
// Keyed by XPOS only: adding UPOS made no difference on EWT (99.24% vs
// 99.23% on test) and would make a tagger's UPOS slips miss entries.
uint64_t LearnedKey(string_view folded, Xpos xpos) {
  return base::HashBytes(folded, base::HashMix(kLearnedSeed + static_cast<uint64_t>(xpos)));
}

bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
char ToLower(char c) { return IsAsciiUpper(c) ? static_cast<char>(c + 32) : c; }
char ToUpper(char c) { return IsAsciiLower(c) ? static_cast<char>(c - 32) : c; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool IsConsonant(char c) { return IsAsciiLower(c) && !IsVowel(c); }

bool EndsWith(string_view s, string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string AsciiLower(string_view s) {
  std::string out(s);
  for (char& c : out) c = ToLower(c);
  return out;
}

// Lowercases ASCII letters and makes curly apostrophes (U+2018, U+2019) and
// backquotes straight, so "N’T", "n`t" and "n't" share one key. Returns
// false when the result would exceed kMaxWordBytes.
bool Fold(string_view form, char* buf, size_t* size) {
  size_t n = 0;
  for (size_t i = 0; i < form.size();) {
    if (n >= config::kMaxWordBytes) return false;
    char c = form[i];
    if (c == '\xE2' && i + 2 < form.size() && form[i + 1] == '\x80' &&
        (form[i + 2] == '\x98' || form[i + 2] == '\x99')) {
      buf[n++] = '\'';
      i += 3;
      continue;
    }
    buf[n++] = c == '`' ? '\'' : ToLower(c);
    ++i;
  }
  *size = n;
  return true;
}

// A candidate lemma built in place: stem + suffix, no allocation.
class Candidate {
 public:
  string_view Set(string_view stem, string_view suffix) {
    // Stems come from folded forms (<= kMaxWordBytes) and suffixes are at
    // most 3 bytes, so this always fits.
    n_ = std::min(stem.size(), config::kMaxWordBytes);
    std::memcpy(buf_, stem.data(), n_);
    const size_t m = std::min(suffix.size(), sizeof(buf_) - n_);
    std::memcpy(buf_ + n_, suffix.data(), m);
    n_ += m;
    return view();
  }
  string_view view() const { return string_view(buf_, n_); }

 private:
  char buf_[config::kMaxWordBytes + 8];
  size_t n_ = 0;
};

// Consonant-vowel-consonant at the end, the final consonant not w/x/y: the
// shape whose final consonant doubles before a suffix ("hop" -> "hopped"),
// so an undoubled form with this stem was stem+e ("hoped" -> "hope").
bool EndsCvc(string_view s) {
  const size_t n = s.size();
  if (n < 3) return false;
  const char last = s[n - 1];
  return IsConsonant(last) && last != 'w' && last != 'x' && last != 'y' && IsVowel(s[n - 2]) &&
         !IsVowel(s[n - 3]);
}

// "stopp" -> true: a doubled final consonant of the kind English doubles
// before -ed/-ing/-er ("stopped", "bigger"), not "ll"/"ss"/"zz"/"ff", which
// are usually part of the stem ("killed", "kissed", "buzzed", "stuffed").
bool EndsDoubled(string_view s) {
  const size_t n = s.size();
  if (n < 3 || s[n - 1] != s[n - 2]) return false;
  return std::string_view("bdgkmnprtv").find(s[n - 1]) != std::string_view::npos;
}

// Spelling heuristics for a stem that WordNet does not know (the form minus
// -ed/-ing/-er/-est): undo doubling ("blogg" -> "blog"), restore a silent e
// where English spelling needs one ("googl" -> "google", "vap" -> "vape",
// "argu" -> "argue", "forc" -> "force", "judg" -> "judge").
string_view GuessStem(string_view stem, bool after_ed, Candidate* buf) {
  const size_t n = stem.size();
  if (n < 2) return stem;
  if (EndsDoubled(stem)) return stem.substr(0, n - 1);
  const char last = stem[n - 1];
  const char prev = stem[n - 2];
  bool needs_e = false;
  if (last == 'e') {
    needs_e = after_ed;  // "agreed" -> "agre" -> "agree"; but "seeing" -> "see"
  } else if (last == 'v' || (last == 'u' && !IsVowel(prev)) || (last == 'c' && prev != 'c') ||
             (last == 'z' && IsVowel(prev)) || (last == 'g' && prev == 'd')) {
    needs_e = true;
  } else if (last == 'l' && IsConsonant(prev) && prev != 'l' && prev != 'r') {
    needs_e = true;  // "tackled", "googled"
  } else if (EndsCvc(stem)) {
    // Only for one-syllable stems: longer ones usually end unstressed and
    // do not double ("visited"), so their CVC ending says nothing.
    size_t vowel_groups = 0;
    for (size_t i = 0; i < n; ++i) {
      if (IsVowel(stem[i]) && (i == 0 || !IsVowel(stem[i - 1]))) ++vowel_groups;
    }
    needs_e = vowel_groups == 1;
  }
  return needs_e ? buf->Set(stem, "e") : stem;
}

// Closed-class forms whose lemma is not the lowercased form, by XPOS,
// following EWT. Checked before WordNet.
struct Special {
  Xpos xpos;
  const char* form;  // folded
  const char* lemma;
};
constexpr Special kSpecials[] = {
    // Negation and modal clitics: "do n't", "I 'll", "wo n't", "ca n't".
    {Xpos::kRB, "n't", "not"},
    {Xpos::kRB, "nt", "not"},
    {Xpos::kMD, "'ll", "will"},
    {Xpos::kMD, "ll", "will"},
    {Xpos::kMD, "wo", "will"},
    {Xpos::kMD, "ca", "can"},
    {Xpos::kMD, "'d", "would"},
    {Xpos::kMD, "d", "would"},
    {Xpos::kMD, "wilt", "will"},
    // Auxiliaries: "I 'm", "we 're", "they 've", "it 's", "she 'd gone".
    {Xpos::kVBP, "'m", "be"},
    {Xpos::kVBP, "m", "be"},
    {Xpos::kVBP, "am", "be"},
    {Xpos::kVBP, "are", "be"},
    {Xpos::kVBP, "'re", "be"},
    {Xpos::kVBP, "re", "be"},
    {Xpos::kVBP, "r", "be"},
    {Xpos::kVBP, "'ve", "have"},
    {Xpos::kVBP, "ve", "have"},
    {Xpos::kVBP, "wan", "want"},  // "wan na"
    {Xpos::kVB, "'ve", "have"},
    {Xpos::kVB, "wan", "want"},
    {Xpos::kVBZ, "'s", "be"},
    {Xpos::kVBZ, "s", "be"},
    {Xpos::kVBZ, "ai", "be"},  // "ai n't"
    {Xpos::kVBD, "'d", "have"},
    {Xpos::kVBD, "d", "have"},
    {Xpos::kVBG, "gon", "go"},  // "gon na"
    {Xpos::kTO, "na", "to"},
    {Xpos::kTO, "ta", "to"},  // "got ta"
    // Determiners: EWT lemmatises the article and demonstratives.
    {Xpos::kDT, "an", "a"},
    {Xpos::kDT, "these", "this"},
    {Xpos::kDT, "those", "that"},
    // Personal pronouns: case forms map to the nominative, possessive
    // pronouns to the possessive determiner ("mine" -> "my").
    {Xpos::kPRP, "i", "I"},
    {Xpos::kPRP, "me", "I"},
    {Xpos::kPRP, "him", "he"},
    {Xpos::kPRP, "her", "she"},
    {Xpos::kPRP, "them", "they"},
    {Xpos::kPRP, "'em", "they"},
    {Xpos::kPRP, "em", "they"},
    {Xpos::kPRP, "us", "we"},
    {Xpos::kPRP, "'s", "we"},  // "let 's"
    {Xpos::kPRP, "mine", "my"},
    {Xpos::kPRP, "yours", "your"},
    {Xpos::kPRP, "hers", "her"},
    {Xpos::kPRP, "ours", "our"},
    {Xpos::kPRP, "theirs", "their"},
    {Xpos::kPRP, "u", "you"},
    {Xpos::kPRP, "ya", "you"},
    {Xpos::kPRPS, "you", "your"},
};

const char* FindSpecial(Xpos xpos, string_view folded) {
  if (folded.size() > 6) return nullptr;
  for (const Special& s : kSpecials) {
    if (s.xpos == xpos && folded == s.form) return s.lemma;
  }
  return nullptr;
}

// Read-only view of the WordNet tables used by the rules.
class Lexicon {
 public:
  Lexicon(const internal::KeySet& index, const internal::StringMap& exceptions)
      : index_(index), exceptions_(exceptions) {}

  bool has_index() const { return index_.size() > 0; }
  bool Known(WnPos pos, string_view lemma) const { return index_.Contains(IndexKey(pos, lemma)); }
  bool Exception(WnPos pos, string_view form, string_view* lemma) const {
    return exceptions_.Find(ExcKey(pos, form), lemma);
  }

  // Each returns the lemma, pointing into `w`, `buf` or the tables.
  string_view Noun(string_view w, Candidate* buf) const;
  string_view Verb(string_view w, Xpos xpos, Candidate* buf) const;
  string_view Graded(string_view w, Xpos xpos, Candidate* buf) const;

 private:
  const internal::KeySet& index_;
  const internal::StringMap& exceptions_;
};

// Plural nouns: noun.exc ("children", "crises"), then Morphy's detachment
// rules in order, keeping the first candidate WordNet lists: "-s"
// ("movies" -> "movie"), "-es" after sibilants ("boxes" -> "box"),
// "-ies" -> "-y" ("casualties"), "-men" -> "-man" ("firemen").
string_view Lexicon::Noun(string_view w, Candidate* buf) const {
  string_view lemma;
  if (Exception(WnPos::kNoun, w, &lemma)) return lemma;
  const size_t n = w.size();
  if (has_index()) {
    if (n > 2 && w[n - 1] == 's' && w[n - 2] != 's' && Known(WnPos::kNoun, w.substr(0, n - 1))) {
      return w.substr(0, n - 1);
    }
    if (EndsWith(w, "ses") || EndsWith(w, "xes") || EndsWith(w, "zes") || EndsWith(w, "ches") ||
        EndsWith(w, "shes")) {
      if (Known(WnPos::kNoun, w.substr(0, n - 2))) return w.substr(0, n - 2);
    }
    if (n > 3 && EndsWith(w, "ies") && Known(WnPos::kNoun, buf->Set(w.substr(0, n - 3), "y"))) {
      return buf->view();
    }
    if (EndsWith(w, "men") && Known(WnPos::kNoun, buf->Set(w.substr(0, n - 3), "man"))) {
      return buf->view();
    }
    if (Known(WnPos::kNoun, w)) return w;  // "series", "news", "glasses"
  }
  // Not in WordNet: plain spelling rules.
  if (n > 4 && EndsWith(w, "ies")) return buf->Set(w.substr(0, n - 3), "y");
  if (n > 4 && (EndsWith(w, "sses") || EndsWith(w, "xes") || EndsWith(w, "zzes") ||
                EndsWith(w, "ches") || EndsWith(w, "shes"))) {
    return w.substr(0, n - 2);
  }
  if (n > 2 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != '\'') {
    return w.substr(0, n - 1);
  }
  if (n > 3 && EndsWith(w, "'s")) return w.substr(0, n - 2);  // "AREA'S"
  return w;
}

// Inflected verbs: verb.exc ("went", "fought", "fled"), then Morphy's rules
// for the tag's suffix. Where both "hop" and "hope" are verbs, "hoped" is
// "hope" (a "hop" past would be spelt "hopped"); likewise "hoping", except
// for stems in -ng ("singing" is "sing": "singe" makes "singeing").
string_view Lexicon::Verb(string_view w, Xpos xpos, Candidate* buf) const {
  string_view lemma;
  if (Exception(WnPos::kVerb, w, &lemma)) return lemma;
  const size_t n = w.size();
  const bool ed = (xpos == Xpos::kVBD || xpos == Xpos::kVBN) && n > 3 && EndsWith(w, "ed");
  const bool ing = xpos == Xpos::kVBG && n > 4 && EndsWith(w, "ing");
  const bool ing_dropped_g =
      xpos == Xpos::kVBG && !ing && n > 3 && (EndsWith(w, "in") || EndsWith(w, "in'"));
  const bool s = xpos == Xpos::kVBZ && n > 2 && w[n - 1] == 's';
  if (has_index()) {
    if (s) {
      if (Known(WnPos::kVerb, w.substr(0, n - 1))) return w.substr(0, n - 1);  // "uses"
      if (EndsWith(w, "es") && Known(WnPos::kVerb, w.substr(0, n - 2))) {
        return w.substr(0, n - 2);  // "fixes"
      }
      if (EndsWith(w, "ies") && Known(WnPos::kVerb, buf->Set(w.substr(0, n - 3), "y"))) {
        return buf->view();  // "carries"
      }
    } else if (ed || ing || ing_dropped_g) {
      const string_view stem = w.substr(0, n - (ed ? 2 : ing ? 3 : EndsWith(w, "'") ? 3 : 2));
      if (ed && EndsWith(w, "ied") && Known(WnPos::kVerb, buf->Set(w.substr(0, n - 3), "y"))) {
        return buf->view();  // "carried"
      }
      if (ing && EndsWith(stem, "y") && stem.size() >= 2 &&
          Known(WnPos::kVerb, buf->Set(stem.substr(0, stem.size() - 1), "ie"))) {
        return buf->view();  // "dying", "lying"
      }
      if (ing_dropped_g) {
        // "goin'", "findin": no silent e or doubling to undo.
        if (Known(WnPos::kVerb, stem)) return stem;
        return w;
      }
      const bool bare = Known(WnPos::kVerb, stem);
      const bool with_e = Known(WnPos::kVerb, buf->Set(stem, "e"));
      if (with_e && !(bare && ing && EndsWith(stem, "ng"))) return buf->view();
      if (bare) return stem;
      if (stem.size() > 2 && stem[stem.size() - 1] == stem[stem.size() - 2]) {
        const string_view undoubled = stem.substr(0, stem.size() - 1);
        if (Known(WnPos::kVerb, undoubled)) return undoubled;  // "stopped", "quizzed"
      }
    }
    if (Known(WnPos::kVerb, w)) return w;  // "put", "set", "cast"
  }
  if (s) {
    if (n > 4 && EndsWith(w, "ies")) return buf->Set(w.substr(0, n - 3), "y");
    if (EndsWith(w, "sses") || EndsWith(w, "xes") || EndsWith(w, "zzes") || EndsWith(w, "ches") ||
        EndsWith(w, "shes")) {
      return w.substr(0, n - 2);
    }
    if (w[n - 2] != 's') return w.substr(0, n - 1);
    return w;
  }
  if (ed) {
    if (n > 4 && EndsWith(w, "ied")) return buf->Set(w.substr(0, n - 3), "y");
    return GuessStem(w.substr(0, n - 2), /*after_ed=*/true, buf);
  }
  if (ing) return GuessStem(w.substr(0, n - 3), /*after_ed=*/false, buf);
  return w;
}

// Comparatives and superlatives (JJR/JJS, RBR/RBS): adv.exc / adj.exc
// ("better" -> "good" or "well", "further" -> "far"), then "-er"/"-est"
// with "-ier" -> "-y" ("earlier"), silent e ("nicer") and undoubling
// ("bigger"). Adverbs accept adjective lemmas too ("later" -> "late").
string_view Lexicon::Graded(string_view w, Xpos xpos, Candidate* buf) const {
  const bool adverb = xpos == Xpos::kRBR || xpos == Xpos::kRBS;
  string_view lemma;
  if (adverb && Exception(WnPos::kAdv, w, &lemma)) return lemma;
  if (Exception(WnPos::kAdj, w, &lemma)) return lemma;
  auto known = [&](string_view c) {
    return Known(WnPos::kAdj, c) || (adverb && Known(WnPos::kAdv, c));
  };
  const string_view suffix = (xpos == Xpos::kJJR || xpos == Xpos::kRBR) ? "er" : "est";
  const size_t n = w.size();
  const bool graded = n > suffix.size() + 1 && EndsWith(w, suffix);
  const string_view stem = graded ? w.substr(0, n - suffix.size()) : string_view();
  if (has_index()) {
    if (graded) {
      if (EndsWith(stem, "i") && known(buf->Set(stem.substr(0, stem.size() - 1), "y"))) {
        return buf->view();  // "earlier", "happiest"
      }
      const bool bare = known(stem);
      const bool with_e = known(buf->Set(stem, "e"));
      // "cuter": both "cut" and "cute" are adjectives, but "cut" would have
      // doubled ("cutter").
      if (with_e && (!bare || EndsCvc(stem))) return buf->view();
      if (bare) return stem;
    }
    if (known(w)) return w;  // "upper", "inner", "former"
    if (graded && stem.size() > 2 && stem[stem.size() - 1] == stem[stem.size() - 2] &&
        known(stem.substr(0, stem.size() - 1))) {
      return stem.substr(0, stem.size() - 1);  // "bigger", "hottest"
    }
  }
  if (!graded) return w;
  if (EndsWith(stem, "i") && stem.size() > 2) {
    return buf->Set(stem.substr(0, stem.size() - 1), "y");
  }
  return GuessStem(stem, /*after_ed=*/true, buf);
}

// Cardinal numbers stay as written, except that EWT drops thousands
// separators ("200,000" -> "200000"); spelled-out numbers are lowercased.
std::string NumberLemma(string_view form) {
  bool digit = false;
  bool numeric = true;
  for (char c : form) {
    if (IsDigit(c)) {
      digit = true;
    } else if (c != ',' && c != '.') {
      numeric = false;
    }
  }
  if (!digit) {
    // Roman numerals keep their case: "World War II".
    if (!form.empty() && form.find_first_not_of("IVXLCDM") == string_view::npos) {
      return std::string(form);
    }
    return AsciiLower(form);
  }
  std::string out;
  if (!numeric || form.find(',') == string_view::npos) return std::string(form);
  out.reserve(form.size());
  for (char c : form) {
    if (c != ',') out.push_back(c);
  }
  return out;
}

// True for a word of only ASCII capital letters: "SCALIA", not "U.S.".
bool IsAllCapsWord(string_view form) {
  return !form.empty() && std::all_of(form.begin(), form.end(), IsAsciiUpper);
}

std::string TitleCase(string_view form) {
  std::string out = AsciiLower(form);
  if (!out.empty()) out[0] = ToUpper(out[0]);
  return out;
}

// Gives `lemma` (computed from the lowercased form) the case of `form`:
// "States" + "state" -> "State", "STATES" + "state" -> "STATE".
std::string RestoreCase(string_view form, string_view lemma) {
  std::string out(lemma);
  bool has_lower = false;
  bool has_upper = false;
  for (char c : form) {
    has_lower |= IsAsciiLower(c);
    has_upper |= IsAsciiUpper(c);
  }
  if (has_upper && !has_lower) {
    for (char& c : out) c = ToUpper(c);
    return out;
  }
  const size_t n = std::min(form.size(), out.size());
  for (size_t i = 0; i < n; ++i) {
    if (ToLower(form[i]) == out[i]) out[i] = form[i];
  }
  return out;
}

}  // namespace

// ---------------------------------------------------------------------------
// internal::KeySet and internal::StringMap

namespace internal {

void KeySet::Insert(uint64_t key) {
  if (key == 0) key = 1;
  if ((size_ + 1) * 2 > slots_.size()) Grow();
  const size_t mask = slots_.size() - 1;
  for (size_t i = key & mask;; i = (i + 1) & mask) {
    if (slots_[i] == key) return;
    if (slots_[i] == 0) {
      slots_[i] = key;
      ++size_;
      return;
    }
  }
}

bool KeySet::Contains(uint64_t key) const {
  if (slots_.empty()) return false;
  if (key == 0) key = 1;
  const size_t mask = slots_.size() - 1;
  for (size_t i = key & mask;; i = (i + 1) & mask) {
    if (slots_[i] == key) return true;
    if (slots_[i] == 0) return false;
  }
}

void KeySet::Grow() {
  std::vector<uint64_t> old;
  old.swap(slots_);
  slots_.assign(std::max<size_t>(16, old.size() * 2), 0);
  size_ = 0;
  for (uint64_t k : old) {
    if (k != 0) Insert(k);
  }
}

std::vector<uint64_t> KeySet::SortedKeys() const {
  std::vector<uint64_t> keys;
  keys.reserve(size_);
  for (uint64_t k : slots_) {
    if (k != 0) keys.push_back(k);
  }
  std::sort(keys.begin(), keys.end());
  return keys;
}

void StringMap::Insert(uint64_t key, std::string_view value) {
  if (key == 0) key = 1;
  if ((size_ + 1) * 2 > slots_.size()) Grow();
  const size_t mask = slots_.size() - 1;
  size_t i = key & mask;
  while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & mask;
  if (slots_[i].key == 0) ++size_;
  slots_[i].key = key;
  slots_[i].offset = static_cast<uint32_t>(pool_.size());
  slots_[i].size = static_cast<uint32_t>(value.size());
  pool_.append(value);
}

bool StringMap::Find(uint64_t key, std::string_view* value) const {
  if (slots_.empty()) return false;
  if (key == 0) key = 1;
  const size_t mask = slots_.size() - 1;
  for (size_t i = key & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.key == key) {
      *value = std::string_view(pool_).substr(slot.offset, slot.size);
      return true;
    }
    if (slot.key == 0) return false;
  }
}

void StringMap::Grow() {
  std::vector<Slot> old;
  old.swap(slots_);
  slots_.assign(std::max<size_t>(16, old.size() * 2), Slot{});
  const size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.key == 0) continue;
    size_t i = slot.key & mask;
    while (slots_[i].key != 0) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

std::vector<std::pair<uint64_t, std::string_view>> StringMap::Sorted() const {
  std::vector<std::pair<uint64_t, std::string_view>> out;
  out.reserve(size_);
  for (const Slot& slot : slots_) {
    if (slot.key != 0) {
      out.emplace_back(slot.key, std::string_view(pool_).substr(slot.offset, slot.size));
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace internal

// ---------------------------------------------------------------------------
// Lemmatizer

namespace {

Result<std::string> ReadWordNetFile(const std::string& dir, const char* name) {
  const std::string path = dir + "/" + name;
  Result<std::string> text = port::ReadFile(path);
  if (!text.ok()) {
    return Status(text.status().code(),
                  "WordNet file " + path + " could not be read (" + text.status().message() +
                      "); install WordNet 3.0 (Debian/Ubuntu: `apt-get install wordnet-base`, "
                      "which puts it in /usr/share/wordnet) or pass the directory holding "
                      "noun.exc and index.noun");
  }
  return text;
}

// Calls fn(line) for each line of `text`.
template <typename Fn>
void ForEachLine(string_view text, Fn fn) {
  while (!text.empty()) {
    const size_t eol = text.find('\n');
    string_view line = text.substr(0, eol);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    fn(line);
    if (eol == string_view::npos) break;
    text.remove_prefix(eol + 1);
  }
}

}  // namespace

uint64_t Lemmatizer::NewInstanceId() {
  static std::atomic<uint64_t> next{1};  // 0 is left to mean "no lemmatizer"
  return next.fetch_add(1, std::memory_order_relaxed);
}

Lemmatizer& Lemmatizer::operator=(Lemmatizer&& other) noexcept {
  if (this == &other) return *this;
  index_ = std::move(other.index_);
  exceptions_ = std::move(other.exceptions_);
  learned_ = other.learned_;
  instance_id_ = other.instance_id_;
  other.index_ = internal::KeySet();
  other.exceptions_ = internal::StringMap();
  other.learned_ = 0;
  other.instance_id_ = NewInstanceId();
  return *this;
}

Result<Lemmatizer> Lemmatizer::FromWordNet(const std::string& dir) {
  struct File {
    const char* name;
    WnPos pos;
  };
  static constexpr File kExcFiles[] = {{"noun.exc", WnPos::kNoun},
                                       {"verb.exc", WnPos::kVerb},
                                       {"adj.exc", WnPos::kAdj},
                                       {"adv.exc", WnPos::kAdv}};
  static constexpr File kIndexFiles[] = {{"index.noun", WnPos::kNoun},
                                         {"index.verb", WnPos::kVerb},
                                         {"index.adj", WnPos::kAdj},
                                         {"index.adv", WnPos::kAdv}};
  Lemmatizer lem;
  for (const File& file : kExcFiles) {
    KHALDUN_ASSIGN_OR_RETURN(std::string text, ReadWordNetFile(dir, file.name));
    size_t entries = 0;
    // "form lemma [lemma...]": keep the first single-word lemma.
    ForEachLine(text, [&](string_view line) {
      const size_t sp = line.find(' ');
      if (sp == string_view::npos || sp == 0) return;
      const string_view form = line.substr(0, sp);
      if (form.find('_') != string_view::npos) return;
      string_view rest = line.substr(sp + 1);
      while (!rest.empty()) {
        const size_t end = rest.find(' ');
        const string_view lemma = rest.substr(0, end);
        if (!lemma.empty() && lemma.find('_') == string_view::npos) {
          lem.exceptions_.Insert(ExcKey(file.pos, form), lemma);
          ++entries;
          return;
        }
        if (end == string_view::npos) break;
        rest.remove_prefix(end + 1);
      }
    });
    if (entries == 0) {
      return CorruptionError(dir + "/" + file.name +
                             ": no exception entries; the WordNet installation looks damaged: "
                             "reinstall wordnet-base");
    }
  }
  for (const File& file : kIndexFiles) {
    KHALDUN_ASSIGN_OR_RETURN(std::string text, ReadWordNetFile(dir, file.name));
    size_t entries = 0;
    // "lemma pos synset_cnt ...", after a licence header indented by spaces.
    ForEachLine(text, [&](string_view line) {
      if (line.empty() || line[0] == ' ') return;
      const string_view lemma = line.substr(0, line.find(' '));
      if (lemma.find('_') != string_view::npos) return;
      lem.index_.Insert(IndexKey(file.pos, lemma));
      ++entries;
    });
    if (entries == 0) {
      return CorruptionError(dir + "/" + file.name +
                             ": no lemma entries; the WordNet installation looks damaged: "
                             "reinstall wordnet-base");
    }
  }
  return lem;
}

std::string Lemmatizer::Lemmatize(std::string_view form, Upos upos, Xpos xpos) const {
  char buf[config::kMaxWordBytes];
  size_t n = 0;
  if (!Fold(form, buf, &n)) {
    switch (xpos) {
      case Xpos::kNNP:
      case Xpos::kNNPS:
      case Xpos::kADD:
      case Xpos::kCD:
        return std::string(form);
      default:
        return upos == Upos::kPUNCT || upos == Upos::kSYM ? std::string(form) : AsciiLower(form);
    }
  }
  const string_view folded(buf, n);
  if (learned_ > 0) {
    string_view lemma;
    if (exceptions_.Find(LearnedKey(folded, xpos), &lemma)) return std::string(lemma);
  }
  return RuleLemma(form, folded, upos, xpos);
}

bool Lemmatizer::IsVerbLemma(std::string_view lower) const {
  return index_.Contains(IndexKey(WnPos::kVerb, lower));
}

uint32_t Lemmatizer::WordNetClasses(std::string_view lower) const {
  if (index_.size() == 0 || lower.empty()) return 0;
  Lexicon lex(index_, exceptions_);
  uint32_t c = 0;
  if (lex.Known(WnPos::kNoun, lower)) c |= kWnNoun;
  if (lex.Known(WnPos::kVerb, lower)) c |= kWnVerb;
  if (lex.Known(WnPos::kAdj, lower)) c |= kWnAdj;
  if (lex.Known(WnPos::kAdv, lower)) c |= kWnAdv;
  Candidate buf;
  string_view base = lex.Noun(lower, &buf);
  if (base != lower && lex.Known(WnPos::kNoun, base)) c |= kWnPluralNoun;
  const size_t n = lower.size();
  if (n > 2 && lower[n - 1] == 's') {
    base = lex.Verb(lower, Xpos::kVBZ, &buf);
    if (base != lower && lex.Known(WnPos::kVerb, base)) c |= kWnVerbS;
  }
  if (IsPastVerbForm(lower)) c |= kWnVerbPast;
  if (n > 4 && EndsWith(lower, "ing")) {
    base = lex.Verb(lower, Xpos::kVBG, &buf);
    if (base != lower && lex.Known(WnPos::kVerb, base)) c |= kWnVerbIng;
  }
  return c;
}

bool Lemmatizer::IsPastVerbForm(std::string_view lower) const {
  if (index_.size() == 0) return false;
  Lexicon lex(index_, exceptions_);
  string_view lemma;
  if (lex.Exception(WnPos::kVerb, lower, &lemma)) return lemma != lower;
  if (lower.size() < 4 || lower.substr(lower.size() - 2) != "ed") return false;
  Candidate buf;
  string_view base = lex.Verb(lower, Xpos::kVBD, &buf);
  return base != lower && lex.Known(WnPos::kVerb, base);
}

std::string Lemmatizer::RuleLemma(std::string_view form, std::string_view folded, Upos upos,
                                  Xpos xpos) const {
  switch (xpos) {
    // Punctuation, symbols, addresses and list markers stay as written.
    case Xpos::kPERIOD:
    case Xpos::kCOMMA:
    case Xpos::kCOLON:
    case Xpos::kLRB:
    case Xpos::kRRB:
    case Xpos::kOPENQ:
    case Xpos::kCLOSEQ:
    case Xpos::kHYPH:
    case Xpos::kNFP:
    case Xpos::kDOLLAR:
    case Xpos::kPOUND:
    case Xpos::kSYM:
    case Xpos::kLS:
      return std::string(form);
    case Xpos::kADD:
      // EWT leaves the lemma of address fragments split off as X empty:
      // "Rice@ENRON" in "Ken Rice@ENRON" (goeswith).
      return upos == Upos::kX ? "_" : std::string(form);
    case Xpos::kNNP:
      // Proper nouns keep their case ("Qaim", "ISIS", "iPhone"), whatever
      // the UPOS, except that all-caps words long enough not to be acronyms
      // are names in capitals ("SCALIA", "GOODWYN" -> "Scalia", "Goodwyn"),
      // and so are all-caps adjectives in names ("UNITED" -> "United").
      if (IsAllCapsWord(form) && form.size() >= (upos == Upos::kADJ ? 3 : 6)) {
        return TitleCase(form);
      }
      if (upos != Upos::kVERB) return std::string(form);
      break;
    case Xpos::kPOS:
      return "'s";  // "Iraq's", "Iraq’s", "Iraq s", "Jesus'" all -> "'s"
    case Xpos::kCD:
      return NumberLemma(form);
    case Xpos::kNN:
      // Codes and single letters keep their case: "Q1", "EB3326",
      // "01-Feb-02", "plan B".
      if ((form.size() == 1 && IsAsciiUpper(form[0])) ||
          std::any_of(form.begin(), form.end(), IsDigit)) {
        return std::string(form);
      }
      break;
    default:
      break;
  }
  if (upos == Upos::kPUNCT || upos == Upos::kSYM) return std::string(form);
  if (const char* special = FindSpecial(xpos, folded)) return special;
  const Lexicon lexicon(index_, exceptions_);
  Candidate buf;
  switch (xpos) {
    case Xpos::kNNPS: {
      // "States" -> "State", "Americans" -> "American"; EWT capitalises
      // lowercased ones ("democrats" -> "Democrat").
      if (form.size() != folded.size()) return std::string(form);
      std::string lemma = RestoreCase(form, lexicon.Noun(folded, &buf));
      if (!lemma.empty() && std::none_of(form.begin(), form.end(), IsAsciiUpper)) {
        lemma[0] = ToUpper(lemma[0]);
      }
      return lemma;
    }
    case Xpos::kNNP:
      // Verbs inside names: "Breaking Bad", "Rolling Stone" -> "Break", "Roll".
      if (upos == Upos::kVERB && form.size() == folded.size()) {
        const Xpos verb_tag = EndsWith(folded, "ing")  ? Xpos::kVBG
                              : EndsWith(folded, "ed") ? Xpos::kVBD
                                                       : Xpos::kVB;
        return RestoreCase(form, lexicon.Verb(folded, verb_tag, &buf));
      }
      return std::string(form);
    case Xpos::kNNS:
    case Xpos::kVBD:
    case Xpos::kVBN:
    case Xpos::kVBG:
    case Xpos::kVBZ: {
      // "re-imposed", "co-sponsors": a hyphenated word inflects in its last
      // part, which WordNet knows when it lacks the whole ("re-impos").
      const size_t cut = folded.rfind('-');
      std::string prefix;
      string_view stem = folded;
      if (cut != string_view::npos && cut > 0 && cut + 1 < folded.size()) {
        prefix = std::string(folded.substr(0, cut + 1));
        stem = folded.substr(cut + 1);
      }
      return prefix + std::string(xpos == Xpos::kNNS ? lexicon.Noun(stem, &buf)
                                                     : lexicon.Verb(stem, xpos, &buf));
    }
    case Xpos::kJJR:
    case Xpos::kJJS:
    case Xpos::kRBR:
    case Xpos::kRBS:
      return std::string(lexicon.Graded(folded, xpos, &buf));
    default:
      // Keep the form's own apostrophes ("o’clock"): lowercase, don't fold.
      return AsciiLower(form);
  }
}

void Lemmatizer::LearnExceptions(const std::vector<khaldun::Sentence>& gold, int min_count) {
  instance_id_ = NewInstanceId();  // the contents change: no cached answer holds
  struct Group {
    std::unordered_map<std::string, int> gold;  // gold lemma -> count
    int total = 0;
    int rules_right = 0;
  };
  std::unordered_map<uint64_t, Group> groups;
  char buf[config::kMaxWordBytes];
  for (const Sentence& sentence : gold) {
    for (const Word& word : sentence.words) {
      size_t n = 0;
      if (!Fold(word.form, buf, &n)) continue;
      const string_view folded(buf, n);
      Group& g = groups[LearnedKey(folded, word.xpos)];
      ++g.total;
      ++g.gold[word.lemma];
      if (RuleLemma(word.form, folded, word.upos, word.xpos) == word.lemma) ++g.rules_right;
    }
  }
  for (const auto& [key, g] : groups) {
    // The majority lemma; ties go to the smaller string, for determinism.
    const std::pair<const std::string, int>* best = nullptr;
    for (const auto& entry : g.gold) {
      if (best == nullptr || entry.second > best->second ||
          (entry.second == best->second && entry.first < best->first)) {
        best = &entry;
      }
    }
    if (best == nullptr || best->second <= g.rules_right) continue;
    const bool frequent = g.total >= min_count;
    const bool consistent = g.gold.size() == 1 && g.rules_right == 0 && g.total >= 2;
    if (!frequent && !consistent) continue;
    string_view old;
    if (!exceptions_.Find(key, &old)) ++learned_;
    exceptions_.Insert(key, best->first);
  }
}

void Lemmatizer::Serialize(std::string* out) const {
  const size_t start = out->size();
  base::PutFixed<uint32_t>(out, kMagic);
  base::PutFixed<uint32_t>(out, kFormatVersion);
  const std::vector<uint64_t> keys = index_.SortedKeys();
  base::PutFixed<uint32_t>(out, static_cast<uint32_t>(keys.size()));
  for (uint64_t k : keys) base::PutFixed<uint64_t>(out, k);
  const auto entries = exceptions_.Sorted();
  base::PutFixed<uint32_t>(out, static_cast<uint32_t>(entries.size()));
  base::PutFixed<uint32_t>(out, static_cast<uint32_t>(learned_));
  for (const auto& [key, value] : entries) {
    base::PutFixed<uint64_t>(out, key);
    base::PutString(out, value);
  }
  const uint32_t crc = base::Crc32(string_view(*out).substr(start));
  base::PutFixed<uint32_t>(out, crc);
}

Result<Lemmatizer> Lemmatizer::Deserialize(std::string_view bytes) {
  auto corrupt = [](const std::string& what) {
    return CorruptionError("lemmatizer tables: " + what +
                           "; the model file is corrupt or from another version: rebuild it");
  };
  if (bytes.size() < 4 * sizeof(uint32_t)) {
    return corrupt("truncated (" + std::to_string(bytes.size()) + " bytes)");
  }
  const string_view body = bytes.substr(0, bytes.size() - sizeof(uint32_t));
  const uint32_t stored_crc = base::DecodeFixed<uint32_t>(bytes.data() + body.size());
  if (base::Crc32(body) != stored_crc) return corrupt("checksum mismatch");
  base::ByteReader reader(body);
  uint32_t magic = 0;
  uint32_t version = 0;
  if (!reader.Read(&magic) || magic != kMagic) return corrupt("bad magic number");
  if (!reader.Read(&version) || version != kFormatVersion) {
    return corrupt("format version " + std::to_string(version) + ", expected " +
                   std::to_string(kFormatVersion));
  }
  Lemmatizer lem;
  uint32_t index_count = 0;
  if (!reader.Read(&index_count) || index_count > reader.remaining() / sizeof(uint64_t)) {
    return corrupt("bad index size at byte " + std::to_string(reader.position()));
  }
  for (uint32_t i = 0; i < index_count; ++i) {
    uint64_t key = 0;
    if (!reader.Read(&key) || key == 0) {
      return corrupt("bad index key at byte " + std::to_string(reader.position()));
    }
    lem.index_.Insert(key);
  }
  uint32_t entry_count = 0;
  uint32_t learned = 0;
  if (!reader.Read(&entry_count) || !reader.Read(&learned) || learned > entry_count ||
      entry_count > reader.remaining() / (sizeof(uint64_t) + sizeof(uint32_t))) {
    return corrupt("bad exception table size at byte " + std::to_string(reader.position()));
  }
  std::string lemma;
  for (uint32_t i = 0; i < entry_count; ++i) {
    uint64_t key = 0;
    const size_t at = reader.position();
    if (!reader.Read(&key) || key == 0 || !reader.ReadString(&lemma) ||
        lemma.size() > config::kMaxLemmaBytes) {
      return corrupt("bad exception entry at byte " + std::to_string(at));
    }
    lem.exceptions_.Insert(key, lemma);
  }
  if (reader.remaining() != 0) {
    return corrupt(std::to_string(reader.remaining()) + " trailing bytes");
  }
  lem.learned_ = learned;
  return lem;
}

}  // namespace khaldun::syntax
