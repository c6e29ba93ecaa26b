// Internal. Use include/khaldun/khaldun.h.
// A read-only view of one parsed sentence for the event coder: children of
// every word, lower-cased lemmas and forms, case markers, voice; and the few
// tree predicates the coder asks about (verb-like heads, open complements).
//
// Thread safety: a SentenceView is built and used by one thread; it views a
// Sentence that must outlive it.
#ifndef KHALDUN_SRC_EVENT_SENTENCE_VIEW_H_
#define KHALDUN_SRC_EVENT_SENTENCE_VIEW_H_

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/analysis.h"

namespace khaldun::event {

// "No word": a missing head, child or slot.
inline constexpr size_t kNone = static_cast<size_t>(-1);

// True when `w` is one of `set`.
// Length and first byte are checked before memcmp: the lists are short
// words and most candidates differ in one of the two.
inline bool IsIn(std::string_view w, std::initializer_list<std::string_view> set) {
  if (w.empty()) {
    for (std::string_view s : set) {
      if (s.empty()) return true;
    }
    return false;
  }
  for (std::string_view s : set) {
    if (s.size() == w.size() && s[0] == w[0] && std::memcmp(s.data(), w.data(), w.size()) == 0) {
      return true;
    }
  }
  return false;
}

// ASCII lower case (lemmas and the closed word lists the coder compares).
inline std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// ASCII upper case (PETRARCH's new actors are named in upper case).
inline std::string UpperAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// Everything the coder needs to read one sentence's tree.
class SentenceView {
 public:
  explicit SentenceView(const Sentence& s) : s_(s), kids_(s.words.size()) {
    lemmas_.reserve(s.words.size());
    forms_.reserve(s.words.size());
    for (size_t i = 0; i < s.words.size(); ++i) {
      int32_t h = s.words[i].head;
      if (h >= 1 && static_cast<size_t>(h) <= s.words.size()) kids_[h - 1].push_back(i);
      // Lower-cased once: the coder asks for them many times per word.
      lemmas_.push_back(LowerAscii(s.words[i].lemma.empty() ? s.words[i].form : s.words[i].lemma));
      forms_.push_back(LowerAscii(s.words[i].form));
    }
  }
  const Word& w(size_t i) const { return s_.words[i]; }
  size_t size() const { return s_.words.size(); }
  size_t Head(size_t i) const {
    int32_t h = s_.words[i].head;
    return (h >= 1 && static_cast<size_t>(h) <= s_.words.size()) ? static_cast<size_t>(h - 1) : kNone;
  }
  const std::vector<size_t>& Kids(size_t i) const { return kids_[i]; }
  const std::string& Lemma(size_t i) const { return lemmas_[i]; }
  const std::string& Form(size_t i) const { return forms_[i]; }
  size_t Child(size_t i, Deprel rel) const {
    for (size_t k : kids_[i]) {
      if (s_.words[k].deprel == rel) return k;
    }
    return kNone;
  }
  // The preposition or case marker of a nominal ("with" for "with Syria").
  // "with European Council president Donald Tusk", where the parser hangs
  // "with" on the title before the name, is "with" too.
  // (A view of the marker's lemma, valid while this view lives.)
  std::string_view CaseOf(size_t i) const {
    std::string_view out;
    for (size_t k : kids_[i]) {
      if (s_.words[k].deprel == Deprel::kCase && s_.words[k].upos != Upos::kPART) {
        out = Lemma(k);  // the last case word: "because of" -> "of"
      }
    }
    // (The marker hung on the phrase's first word: "from al-Shabaab
    // militants" with "from" on "al", a compound of "militants".)
    if (out.empty()) {
      for (size_t k : kids_[i]) {
        if (k > i ||
            (s_.words[k].deprel != Deprel::kNmodDesc && s_.words[k].deprel != Deprel::kCompound)) {
          continue;
        }
        for (size_t g : kids_[k]) {
          if (g < k && s_.words[g].deprel == Deprel::kCase && s_.words[g].upos != Upos::kPART) {
            out = Lemma(g);
          }
        }
      }
    }
    return out;
  }
  bool IsPassive(size_t v, int depth = 0) const {
    for (size_t k : kids_[v]) {
      Deprel d = s_.words[k].deprel;
      if (d == Deprel::kNsubjPass || d == Deprel::kAuxPass || d == Deprel::kCsubjPass) return true;
    }
    const Word& w = s_.words[v];
    // "an agreement brokered by Norway", "the town shelled by rebels": a
    // reduced relative clause is a passive participle.
    if (w.xpos == Xpos::kVBN && w.deprel == Deprel::kAcl) return true;
    // "was attacked and killed": a bare participle conjoined to a passive.
    if (depth < 4 && w.xpos == Xpos::kVBN && w.deprel == Deprel::kConj) {
      size_t head = Head(v);
      if (head != static_cast<size_t>(-1)) return IsPassive(head, depth + 1);
    }
    return false;
  }

 private:
  const Sentence& s_;
  std::vector<std::vector<size_t>> kids_;
  std::vector<std::string> lemmas_;
  std::vector<std::string> forms_;
};

inline bool IsVerbLike(const Word& w) { return w.upos == Upos::kVERB; }

// Word k and the words below it, in text order; the search stops growing
// once it holds `cap` words (it may end a little over, by one node's kids).
inline std::vector<size_t> SubtreeOf(const SentenceView& v, size_t k, size_t cap) {
  std::vector<size_t> sub{k};
  for (size_t i = 0; i < sub.size() && sub.size() < cap; ++i) {
    for (size_t g : v.Kids(sub[i])) sub.push_back(g);
  }
  std::sort(sub.begin(), sub.end());
  return sub;
}

// Whether clause k is introduced by the marker `lemma` ("to", "that", "in").
inline bool HasMark(const SentenceView& v, size_t k, std::string_view lemma) {
  const size_t mark = v.Child(k, Deprel::kMark);
  return mark != static_cast<size_t>(-1) && v.Lemma(mark) == lemma;
}

// A predicative adjective with a copula and an open complement ("is ready
// to contribute troops", "is willing to withdraw") heads its clause like a
// verb; `verb` patterns apply to it.
inline bool IsPredicativeAdjective(const SentenceView& v, size_t p) {
  if (v.w(p).upos != Upos::kADJ || v.Child(p, Deprel::kCop) == static_cast<size_t>(-1)) {
    return false;
  }
  for (size_t k : v.Kids(p)) {
    if (v.w(k).deprel == Deprel::kXcomp) return true;
  }
  return false;
}

// An open complement: xcomp, or an infinitival clause the parser attached as
// advcl ("urged Syria to meet" often comes out as advcl with mark "to").
inline bool IsOpenComplement(const SentenceView& v, size_t k) {
  Deprel d = v.w(k).deprel;
  if (d == Deprel::kXcomp) return true;
  if (d != Deprel::kAdvcl) return false;
  size_t mark = v.Child(k, Deprel::kMark);
  if (mark == static_cast<size_t>(-1)) return false;
  if (v.Lemma(mark) == "to") return true;
  // "prevented protesters from storming parliament", "barred women from
  // working": after a verb of prevention, a from-clause is its complement
  // (what the object is kept from doing), as "to" is after "urged".
  const size_t head = v.Head(k);
  return v.Lemma(mark) == "from" && v.w(k).xpos == Xpos::kVBG &&
         head != static_cast<size_t>(-1) &&
         IsIn(v.Lemma(head), {"prevent", "stop", "ban", "bar", "block", "prohibit", "forbid",
                              "keep", "deter", "discourage", "dissuade", "restrain", "exclude",
                              "refrain", "restrict", "hinder", "impede", "obstruct", "disqualify",
                              "abstain", "desist"});
}

// The open complement of a predicate, or none. An aspect verb in between
// is looked through: "pledged to keep supporting Ukraine", "vowed to
// continue fighting" are about the support and the fighting.
inline size_t OpenComplementOf(const SentenceView& v, size_t p) {
  for (size_t k : v.Kids(p)) {
    if (v.w(k).deprel != Deprel::kXcomp) continue;
    if (IsIn(v.Lemma(k), {"keep", "continue", "resume", "start", "begin"})) {
      for (size_t g : v.Kids(k)) {
        if (v.w(g).deprel == Deprel::kXcomp && IsVerbLike(v.w(g))) return g;
      }
    }
    return k;
  }
  for (size_t k : v.Kids(p)) {
    if (IsOpenComplement(v, k)) return k;
  }
  return static_cast<size_t>(-1);
}

// The clause a speech verb reports: its ccomp, or a that-clause the parser
// hung on the verb's time phrase ("said on Thursday that ..."). None if
// neither.
inline size_t ReportedClauseOf(const SentenceView& v, size_t p) {
  const size_t none = static_cast<size_t>(-1);
  size_t c = v.Child(p, Deprel::kCcomp);
  if (c != none) return c;
  // '"Iran must stop enriching uranium," the chancellor told reporters':
  // the quote comes first and the speech verb hangs on it.
  if (v.w(p).deprel == Deprel::kParataxis && v.Head(p) != none && v.Head(p) < p &&
      v.Child(p, Deprel::kNsubj) != none) {
    return v.Head(p);
  }
  for (size_t k : v.Kids(p)) {
    if (v.w(k).deprel != Deprel::kObl) continue;
    for (size_t g : v.Kids(k)) {
      size_t mark = v.Child(g, Deprel::kMark);
      if (v.w(g).deprel == Deprel::kAcl && mark != none && v.Lemma(mark) == "that") return g;
    }
  }
  return none;
}

// A particle the parser read as a preposition: "handed over Karadzic to
// the tribunal" with "over" as the case marker of "Karadzic". Returns the
// particle (right after the verb, the verb has no object of its own), or
// none. Its noun is then the verb's object.
inline size_t MisparsedParticle(const SentenceView& v, size_t p) {
  const size_t none = static_cast<size_t>(-1);
  if (p + 2 >= v.size() || v.Child(p, Deprel::kObj) != none) return none;
  const size_t prt = p + 1;
  if (v.w(prt).deprel != Deprel::kCase ||
      !IsIn(v.Lemma(prt), {"over", "out", "up", "down", "off", "back", "away"})) {
    return none;
  }
  const size_t noun = v.Head(prt);
  if (noun == none || v.Head(noun) != p || v.w(noun).deprel != Deprel::kObl) return none;
  return prt;
}

}  // namespace khaldun::event

#endif  // KHALDUN_SRC_EVENT_SENTENCE_VIEW_H_
