#include "event/tree_repair.h"

#include <initializer_list>
#include <string>
#include <string_view>

#include "event/sentence_view.h"

namespace khaldun::event {

// Literals compare as string_view: GCC 12 compares a std::string with a
// char* through strlen and an out-of-line compare.
using namespace std::string_view_literals;

namespace {

// Relations the parser gives a misattached non-restrictive relative clause.
bool IsClauseAttachment(Deprel d) {
  return d == Deprel::kParataxis || d == Deprel::kConj || d == Deprel::kCcomp ||
         d == Deprel::kAdvcl;
}

// The 0-based index of word k's head (heads are 1-based with 0 the root),
// or w.size() for the root or a head out of range.
size_t HeadOf(const std::vector<Word>& w, size_t k) {
  const int32_t h = w[k].head;
  return h < 1 || static_cast<size_t>(h) > w.size() ? w.size() : static_cast<size_t>(h - 1);
}

// True when `ancestor` is `node` or above it in the tree.
bool Dominates(const Sentence& s, size_t ancestor, size_t node) {
  size_t at = node;
  for (size_t steps = 0; steps <= s.words.size(); ++steps) {
    if (at == ancestor) return true;
    at = HeadOf(s.words, at);
    if (at == s.words.size()) return false;
  }
  return false;
}

// True when a word before `node` hangs on it with relation `rel` and reads
// `lower` (lower case): the marker "to" of a clause, the case "of" of a noun.
bool HasMarkerBefore(const std::vector<Word>& w, size_t node, Deprel rel, std::string_view lower) {
  for (size_t k = 0; k < node && k < w.size(); ++k) {
    if (w[k].head == static_cast<int32_t>(node + 1) && w[k].deprel == rel &&
        LowerAscii(w[k].form) == lower) {
      return true;
    }
  }
  return false;
}

// The root when it is a noun or name (a sentence the parser read with no
// verb), else w.size().
size_t NominalRoot(const std::vector<Word>& w) {
  size_t root = w.size();
  for (size_t k = 0; k < w.size(); ++k) {
    if (w[k].head == 0) root = k;
  }
  if (root == w.size() || (w[root].upos != Upos::kPROPN && w[root].upos != Upos::kNOUN)) {
    return w.size();
  }
  return root;
}

// True when `noun` has the case marker "of".
bool OfComplement(const Sentence& s, size_t noun) {
  return HasMarkerBefore(s.words, noun, Deprel::kCase, "of");
}

// True when `verb` has a subject (active or passive).
bool HasSubject(const std::vector<Word>& w, size_t verb) {
  for (const Word& word : w) {
    if (word.head == static_cast<int32_t>(verb + 1) &&
        (word.deprel == Deprel::kNsubj || word.deprel == Deprel::kNsubjPass)) {
      return true;
    }
  }
  return false;
}

// Weekdays, months and the like, that an opening time phrase is made of.
bool IsTimeWord(const Word& word) {
  static const char* const kTimes[] = {
      "monday",   "tuesday", "wednesday", "thursday", "friday",  "saturday",  "sunday",
      "january",  "february", "march",    "april",    "may",     "june",      "july",
      "august",   "september", "october", "november", "december", "today",    "yesterday",
      "tonight",  "jan.",    "feb.",      "aug.",     "sept.",   "sep.",      "oct.",
      "nov.",     "dec."};
  const std::string lower = LowerAscii(word.form);
  for (const char* t : kTimes) {
    if (lower == t) return true;
  }
  return false;
}

// A unit of time that measures "later" or "earlier": "hours later", "two
// days earlier".
bool IsTimeUnit(const Word& word) {
  static const char* const kTimeUnits[] = {
      "second", "seconds", "minute", "minutes", "hour",    "hours",     "day",   "days",
      "week",   "weeks",   "month",  "months",  "year",    "years",     "decade", "decades",
      "moment", "moments", "time",   "times",   "century", "centuries", "night", "nights"};
  const std::string lower = LowerAscii(word.form);
  for (const char* t : kTimeUnits) {
    if (lower == t) return true;
  }
  return false;
}

// The last word of `node`'s subtree (0-based).
size_t SubtreeEnd(const Sentence& s, size_t node) {
  size_t end = node;
  for (size_t i = node + 1; i < s.words.size(); ++i) {
    if (Dominates(s, node, i)) end = i;
  }
  return end;
}

// "On Wednesday, U.S. envoy Zalmay Khalilzad met ...": a title the parser
// made an apposition of the opening time word describes the name after it.
void RepairTitleAfterOpeningTime(const Sentence& sentence, std::optional<Sentence>* out) {
  const std::vector<Word>& w = sentence.words;
  for (size_t title = 1; title + 1 < w.size(); ++title) {
    if (w[title].deprel != Deprel::kAppos) continue;
    if (w[title].upos != Upos::kNOUN && w[title].upos != Upos::kPROPN) continue;
    const int32_t h = w[title].head;
    if (h < 1 || static_cast<size_t>(h - 1) >= title || !IsTimeWord(w[h - 1])) continue;
    const size_t first = SubtreeEnd(sentence, title) + 1;
    if (first >= w.size() || w[first].upos != Upos::kPROPN) continue;
    // The name's head: its first word, or the word its parts hang on.
    size_t name = first;
    for (int up = 0; up < 3; ++up) {
      const int32_t nh = w[name].head;
      if ((w[name].deprel != Deprel::kFlat && w[name].deprel != Deprel::kCompound) || nh < 1 ||
          w[nh - 1].upos != Upos::kPROPN) {
        break;
      }
      name = static_cast<size_t>(nh - 1);
    }
    if (w[name].deprel != Deprel::kNsubj && w[name].deprel != Deprel::kNsubjPass) continue;
    if (Dominates(*out ? **out : sentence, title, name)) continue;  // would make a cycle
    if (!*out) *out = sentence;
    (*out)->words[title].head = static_cast<int32_t>(name + 1);
    (*out)->words[title].deprel = Deprel::kNmodDesc;
  }
}

// "put its troops on high alert along the border with India", with "with
// India" hung on the verb: the with-phrase right after "border" says
// whose border it is (the coder reads a border as the country beyond it).
void RepairBorderWith(const Sentence& sentence, std::optional<Sentence>* out) {
  const std::vector<Word>& w = sentence.words;
  for (size_t with = 1; with + 1 < w.size(); ++with) {
    if (LowerAscii(w[with].form) != "with"sv || w[with].deprel != Deprel::kCase) continue;
    const size_t border = with - 1;
    const std::string noun = LowerAscii(w[border].form);
    if (w[border].upos != Upos::kNOUN || (noun != "border"sv && noun != "borders"sv &&
                                          noun != "frontier"sv && noun != "boundary"sv)) {
      continue;
    }
    const int32_t h = w[with].head;
    if (h < 1 || static_cast<size_t>(h) > w.size()) continue;
    const size_t other = static_cast<size_t>(h - 1);
    if (other <= with || w[other].deprel != Deprel::kObl) continue;
    if (w[other].head == static_cast<int32_t>(border + 1)) continue;
    if (Dominates(*out ? **out : sentence, other, border)) continue;  // would make a cycle
    if (!*out) *out = sentence;
    (*out)->words[other].head = static_cast<int32_t>(border + 1);
    (*out)->words[other].deprel = Deprel::kNmod;
  }
}

// "Canada expelled a Chinese diplomat accused of intimidating a lawmaker",
// with "accused" read as an adverbial clause of "expelled" (whose subject
// it would share): a bare past participle right after the verb's object,
// with no comma, is a reduced relative clause on that object.
void RepairParticipleAfterObject(const Sentence& sentence, std::optional<Sentence>* out) {
  const std::vector<Word>& w = sentence.words;
  for (size_t part = 2; part < w.size(); ++part) {
    if (w[part].xpos != Xpos::kVBN || w[part].deprel != Deprel::kAdvcl) continue;
    const int32_t h = w[part].head;
    if (h < 1 || static_cast<size_t>(h) > w.size() || static_cast<size_t>(h - 1) >= part) continue;
    const size_t verb = static_cast<size_t>(h - 1);
    bool own_clause = false;  // a subject, auxiliary or marker of its own
    for (size_t k = 0; k < w.size(); ++k) {
      if (w[k].head != static_cast<int32_t>(part + 1)) continue;
      const Deprel d = w[k].deprel;
      if (d == Deprel::kNsubj || d == Deprel::kNsubjPass || d == Deprel::kAux ||
          d == Deprel::kAuxPass || (d == Deprel::kMark && k < part)) {
        own_clause = true;
      }
    }
    if (own_clause) continue;
    // The object whose phrase ends right before the participle.
    size_t object = w.size();
    for (size_t k = verb + 1; k < part; ++k) {
      if (w[k].head == static_cast<int32_t>(verb + 1) && w[k].deprel == Deprel::kObj &&
          (w[k].upos == Upos::kNOUN || w[k].upos == Upos::kPROPN) &&
          SubtreeEnd(out->has_value() ? **out : sentence, k) + 1 == part) {
        object = k;
      }
    }
    if (object == w.size()) continue;
    if (!*out) *out = sentence;
    (*out)->words[part].head = static_cast<int32_t>(object + 1);
    (*out)->words[part].deprel = Deprel::kAcl;
  }
}

// "Orban met Russian President Vladimir Putin in Moscow, drawing criticism
// from EU leaders", with "drawing" a clause on "Putin": a present
// participle set off by a comma after the verb's object or oblique, with no
// subject, auxiliary or marker of its own, speaks of the whole clause (an
// adverbial clause of the verb, sharing its subject). Not the participles
// that work as prepositions ("including", "following", "according").
void RepairCommaParticipleOnObject(const Sentence& sentence, std::optional<Sentence>* out) {
  const Sentence& current = *out ? **out : sentence;
  const std::vector<Word>& w = current.words;
  for (size_t part = 2; part < w.size(); ++part) {
    if (w[part].xpos != Xpos::kVBG || w[part].deprel != Deprel::kAcl || w[part - 1].form != ","sv ||
        IsIn(w[part].lemma, {"include", "follow", "accord", "regard", "concern", "exclude",
                             "involve", "compare", "count", "begin", "start", "end"})) {
      continue;
    }
    bool own_clause = false;
    for (size_t k = 0; k < w.size(); ++k) {
      if (HeadOf(w, k) != part) continue;
      const Deprel d = w[k].deprel;
      own_clause = own_clause || d == Deprel::kNsubj || d == Deprel::kNsubjPass ||
                   d == Deprel::kAux || d == Deprel::kAuxPass || (d == Deprel::kMark && k < part);
    }
    if (own_clause) continue;
    // Up from the noun it hangs on, through its phrase, to the verb's
    // object or oblique.
    size_t n = HeadOf(w, part);
    for (int up = 0; up < 3 && n < w.size(); ++up) {
      if (w[n].deprel == Deprel::kObj || w[n].deprel == Deprel::kObl) break;
      if (w[n].deprel != Deprel::kNmod && w[n].deprel != Deprel::kCompound &&
          w[n].deprel != Deprel::kFlat && w[n].deprel != Deprel::kConj) {
        n = w.size();
        break;
      }
      n = HeadOf(w, n);
    }
    if (n >= w.size() || (w[n].deprel != Deprel::kObj && w[n].deprel != Deprel::kObl)) continue;
    const size_t verb = HeadOf(w, n);
    if (verb >= w.size() || verb > n || w[verb].upos != Upos::kVERB) continue;
    if (!*out) *out = sentence;
    (*out)->words[part].head = static_cast<int32_t>(verb + 1);
    (*out)->words[part].deprel = Deprel::kAdvcl;
    return;
  }
}

// "The foreign ministers of Egypt, Jordan and Saudi Arabia met in Cairo",
// read with "ministers" the root and "met" a relative clause on it whose
// subject is "Jordan and Saudi Arabia": a list after the of-phrase of the
// root noun, right after a comma, continues that of-phrase, and the verb is
// the sentence's, with the noun its subject.
void RepairListReadAsRelativeSubject(const Sentence& sentence, std::optional<Sentence>* out) {
  const Sentence& current = *out ? **out : sentence;
  const std::vector<Word>& w = current.words;
  for (size_t h = 0; h < w.size(); ++h) {
    if (w[h].head != 0 || (w[h].upos != Upos::kNOUN && w[h].upos != Upos::kPROPN)) continue;
    for (size_t verb = h + 1; verb < w.size(); ++verb) {
      if (HeadOf(w, verb) != h || w[verb].deprel != Deprel::kAclRelcl ||
          w[verb].upos != Upos::kVERB) {
        continue;
      }
      size_t subject = w.size();
      for (size_t k = h + 1; k < verb; ++k) {
        if (HeadOf(w, k) == verb && w[k].deprel == Deprel::kNsubj) subject = k;
      }
      if (subject == w.size()) continue;
      // (The subject's phrase may start before it: "Burkina Faso".)
      size_t first = subject;
      while (first > h + 1 && HeadOf(w, first - 1) == subject &&
             (w[first - 1].deprel == Deprel::kCompound || w[first - 1].deprel == Deprel::kAmod)) {
        --first;
      }
      if (first < 2 || w[first - 1].form != ","sv) continue;
      // The of-phrase's noun ends right before the comma; the subject is
      // itself coordinated ("Jordan and Saudi Arabia").
      size_t of_noun = w.size();
      for (size_t k = h + 1; k + 1 < first; ++k) {
        if (HeadOf(w, k) == h && w[k].deprel == Deprel::kNmod &&
            SubtreeEnd(current, k) + 2 == first) {
          of_noun = k;
        }
      }
      bool coordinated = false;
      for (size_t k = subject + 1; k < verb; ++k) {
        coordinated = coordinated || (HeadOf(w, k) == subject && w[k].deprel == Deprel::kConj);
      }
      if (of_noun == w.size() || !coordinated) continue;
      if (!*out) *out = sentence;
      std::vector<Word>& words = (*out)->words;
      words[subject].head = static_cast<int32_t>(of_noun + 1);
      words[subject].deprel = Deprel::kConj;
      for (size_t k = 0; k < words.size(); ++k) {
        if (HeadOf(words, k) == h && k > verb) words[k].head = static_cast<int32_t>(verb + 1);
      }
      words[verb].head = 0;
      words[verb].deprel = Deprel::kRoot;
      words[h].head = static_cast<int32_t>(verb + 1);
      words[h].deprel = Deprel::kNsubj;
      return;
    }
  }
}

// "Iran denies supplying drones to Russia" (a headline), with "supplying"
// read as an adjective on "drones": right after a verb of denying or
// admitting, a gerund before the verb's object is the act denied, the
// object's governor (an open complement), as the parser reads the same
// words in body text. ("Iran denies supplying drones" is not a denial of
// drones, which would be a refusal of arms.)
void RepairGerundReadAsModifier(const Sentence& sentence, std::optional<Sentence>* out) {
  const std::vector<Word>& w = sentence.words;
  for (size_t g = 1; g + 1 < w.size(); ++g) {
    if (w[g].xpos != Xpos::kVBG || w[g].deprel != Deprel::kAmod) continue;
    const size_t verb = g - 1;
    if (!IsIn(w[verb].lemma, {"deny", "admit", "acknowledge", "confess"})) continue;
    const int32_t h = w[g].head;
    if (h < 1 || static_cast<size_t>(h) > w.size()) continue;
    const size_t object = static_cast<size_t>(h - 1);
    if (object <= g || w[object].head != static_cast<int32_t>(verb + 1) ||
        w[object].deprel != Deprel::kObj) {
      continue;
    }
    if (!*out) *out = sentence;
    (*out)->words[g].head = static_cast<int32_t>(verb + 1);
    (*out)->words[g].deprel = Deprel::kXcomp;
    (*out)->words[object].head = static_cast<int32_t>(g + 1);
    (*out)->words[object].deprel = Deprel::kObj;
    // Whatever else hung on the verb after the object is the gerund's too
    // ("to Russia", "for use in Ukraine").
    for (size_t k = object + 1; k < w.size(); ++k) {
      if ((*out)->words[k].head == static_cast<int32_t>(verb + 1) &&
          ((*out)->words[k].deprel == Deprel::kObl || (*out)->words[k].deprel == Deprel::kIobj)) {
        (*out)->words[k].head = static_cast<int32_t>(g + 1);
      }
    }
  }
}

// "... offered Israel normal relations in return for its withdrawal from
// land occupied in the 1967 war, adopting a peace initiative ...", with
// "adopting" hung on "occupied": a participle clause set off by a comma
// after a reduced relative clause (a past participle modifying a noun, with
// no subject of its own) belongs to the clause that relative sits in: the
// nearest verb above with a subject.
void RepairParticipleOnReducedRelative(const Sentence& sentence, std::optional<Sentence>* out) {
  const std::vector<Word>& w = sentence.words;
  for (size_t part = 2; part < w.size(); ++part) {
    if (w[part].xpos != Xpos::kVBG || w[part].deprel != Deprel::kAdvcl ||
        w[part - 1].form != ","sv) {
      continue;
    }
    const size_t relative = HeadOf(w, part);
    if (relative >= part || w[relative].xpos != Xpos::kVBN || w[relative].deprel != Deprel::kAcl ||
        HasSubject(w, relative)) {
      continue;
    }
    size_t clause = HeadOf(w, relative);
    for (size_t steps = 0; clause < w.size() && steps < w.size(); ++steps) {
      if (w[clause].upos == Upos::kVERB && HasSubject(w, clause)) break;
      clause = HeadOf(w, clause);
    }
    if (clause >= w.size()) continue;
    if (!*out) *out = sentence;
    (*out)->words[part].head = static_cast<int32_t>(clause + 1);
  }
}

// "Erdogan called Israel a war criminal", read as a double object (Israel
// the indirect object, "criminal" the object, as in "gave Israel a
// warning") or as a small clause: after a verb of naming, the first is the object and the
// second says what it is called (UD's xcomp), so no phone call to a
// criminal is coded, and the naming patterns apply.
void RepairNamingDoubleObject(const Sentence& sentence, std::optional<Sentence>* out) {
  static const char* const kNaming[] = {
      "call",    "calls",    "called",    "calling",   "label",     "labels",   "labelled",
      "labeled", "labelling", "labeling", "brand",     "brands",    "branded",  "branding",
      "dub",     "dubs",     "dubbed",    "dubbing",   "term",      "terms",    "termed"};
  const std::vector<Word>& w = sentence.words;
  for (size_t verb = 0; verb < w.size(); ++verb) {
    if (w[verb].upos != Upos::kVERB) continue;
    const std::string form = LowerAscii(w[verb].form);
    bool naming = false;
    for (const char* n : kNaming) naming = naming || form == n;
    if (!naming) continue;
    size_t iobj = w.size(), obj = w.size();
    for (size_t k = verb + 1; k < w.size(); ++k) {
      if (w[k].head != static_cast<int32_t>(verb + 1)) continue;
      if (w[k].deprel == Deprel::kIobj && iobj == w.size()) iobj = k;
      if (w[k].deprel == Deprel::kObj && obj == w.size()) {
        obj = k;
      } else if (w[k].deprel == Deprel::kObj && iobj == w.size() && obj != w.size()) {
        // ("called the raid a war crime", read as two objects: the first
        // is named, the second is what it is called.)
        iobj = obj;
        obj = k;
      }
    }
    // ("called Israel a terrorist state", read as a small clause: the
    // object "state" with "Israel" its subject.)
    if (iobj == w.size() && obj != w.size()) {
      for (size_t k = verb + 1; k < obj; ++k) {
        if (w[k].head == static_cast<int32_t>(obj + 1) && w[k].deprel == Deprel::kNsubj) iobj = k;
      }
      if (iobj != w.size()) {
        if (!*out) *out = sentence;
        (*out)->words[iobj].head = static_cast<int32_t>(verb + 1);
        (*out)->words[iobj].deprel = Deprel::kObj;
        (*out)->words[obj].deprel = Deprel::kXcomp;
        continue;
      }
    }
    // ("called the incident an act of piracy", the second noun read as an
    // unmarked oblique.)
    if (iobj == w.size() && obj != w.size()) {
      size_t second = w.size();
      for (size_t k = obj + 1; k < w.size() && second == w.size(); ++k) {
        if (w[k].head == static_cast<int32_t>(verb + 1) &&
            (w[k].deprel == Deprel::kOblUnmarked || w[k].deprel == Deprel::kOblNpmod) &&
            w[k].upos == Upos::kNOUN) {
          second = k;
        }
      }
      if (second != w.size()) {
        if (!*out) *out = sentence;
        (*out)->words[second].deprel = Deprel::kXcomp;
        continue;
      }
    }
    if (iobj == w.size() || obj == w.size() || obj < iobj) continue;
    if (!*out) *out = sentence;
    (*out)->words[iobj].deprel = Deprel::kObj;
    (*out)->words[obj].deprel = Deprel::kXcomp;
  }
}

// "Venezuela's government and the opposition signed ...", read as two
// subjects of "signed": a verb has one subject (one object), so a second
// one that opens with "and" or "or" is a conjunct of the first.
void RepairSecondArgumentAsConjunct(const Sentence& sentence, std::optional<Sentence>* out) {
  const std::vector<Word>& w = sentence.words;
  for (size_t second = 2; second < w.size(); ++second) {
    const Deprel d = w[second].deprel;
    if (d != Deprel::kNsubj && d != Deprel::kObj && d != Deprel::kNsubjPass) continue;
    bool coordinated = false;
    for (size_t k = 0; k < second; ++k) {
      if (w[k].head == static_cast<int32_t>(second + 1) && w[k].deprel == Deprel::kCc) {
        const std::string cc = LowerAscii(w[k].form);
        coordinated = cc == "and"sv || cc == "or"sv;
      }
    }
    if (!coordinated) continue;
    size_t first = w.size();
    for (size_t k = 0; k < second && first == w.size(); ++k) {
      if (w[k].head == w[second].head && w[k].deprel == d) first = k;
    }
    if (first == w.size()) continue;
    if (Dominates(*out ? **out : sentence, second, first)) continue;  // would make a cycle
    if (!*out) *out = sentence;
    (*out)->words[second].head = static_cast<int32_t>(first + 1);
    (*out)->words[second].deprel = Deprel::kConj;
  }
}

// "Khalilzad and Taliban chief Baradar signed the deal", read as a
// sentence with no verb: "Khalilzad" the root, "chief" its apposition and
// "Baradar signed the deal" a relative clause on "chief". A relative clause
// with no relative word, a subject of its own right after the noun it
// hangs on and an object of its own (so no gap for that noun to fill) is
// the main clause, when the root is a noun; the root is its subject, and
// the noun a title of that subject.
void RepairMainClauseReadAsRelative(const Sentence& sentence, std::optional<Sentence>* out) {
  const std::vector<Word>& w = (*out ? **out : sentence).words;
  const size_t root = NominalRoot(w);
  if (root == w.size()) return;
  for (size_t verb = 2; verb < w.size(); ++verb) {
    if (w[verb].deprel != Deprel::kAclRelcl || w[verb].upos != Upos::kVERB) continue;
    const size_t noun = HeadOf(w, verb);
    if (noun >= verb || noun <= root) continue;
    // The noun is the root's apposition or conjunct.
    if (w[noun].head != static_cast<int32_t>(root + 1) ||
        (w[noun].deprel != Deprel::kAppos && w[noun].deprel != Deprel::kConj)) {
      continue;
    }
    size_t subject = w.size();
    bool object = false, relative_word = false;
    for (size_t k = 0; k < w.size(); ++k) {
      if (w[k].head != static_cast<int32_t>(verb + 1)) continue;
      if (w[k].deprel == Deprel::kNsubj && k < verb) subject = k;
      object = object || (w[k].deprel == Deprel::kObj && k > verb);
      const std::string lower = LowerAscii(w[k].form);
      relative_word = relative_word || lower == "that"sv || lower == "which"sv ||
                      lower == "who"sv || lower == "whom"sv || lower == "whose"sv;
    }
    if (subject == w.size() || !object || relative_word ||
        (w[subject].upos != Upos::kPROPN && w[subject].upos != Upos::kNOUN)) {
      continue;
    }
    // The subject's phrase opens right after the noun.
    size_t opens = subject;
    for (size_t k = noun + 1; k < subject; ++k) {
      if (Dominates(*out ? **out : sentence, subject, k)) opens = std::min(opens, k);
    }
    if (opens != noun + 1) continue;
    if (!*out) *out = sentence;
    std::vector<Word>& words = (*out)->words;
    words[verb].head = 0;
    words[verb].deprel = Deprel::kRoot;
    words[root].head = static_cast<int32_t>(verb + 1);
    words[root].deprel = Deprel::kNsubj;
    words[noun].head = static_cast<int32_t>(subject + 1);
    words[noun].deprel = Deprel::kNmodDesc;
    for (size_t k = verb + 1; k < words.size(); ++k) {
      if (words[k].head == static_cast<int32_t>(root + 1) && words[k].deprel == Deprel::kPunct) {
        words[k].head = static_cast<int32_t>(verb + 1);
      }
    }
    return;
  }
}

// "Saudi, Emirati and Egyptian ministers met in Cairo", "Russian, Iranian
// and Turkish foreign ministers met": a list of capitalised nationality
// words before a plural noun, which the parser breaks up (the first an
// adverb, the second the subject, the noun its conjunct). The noun is the
// head, taking the list's attachment outside it; the first word is its
// modifier and the others that word's conjuncts, as the parser reads "French
// and German leaders met".
void RepairCoordinatedNationalities(const Sentence& sentence, std::optional<Sentence>* out) {
  for (size_t n = 3; n < sentence.words.size(); ++n) {
    const std::vector<Word>& w = (*out ? **out : sentence).words;
    auto name_like = [&](size_t k) {
      return !w[k].form.empty() && w[k].form[0] >= 'A' && w[k].form[0] <= 'Z' &&
             (w[k].upos == Upos::kADJ || w[k].upos == Upos::kPROPN);
    };
    if (w[n].upos != Upos::kNOUN || w[n].xpos != Xpos::kNNS) continue;
    std::vector<size_t> modifiers;  // lower-case adjectives after the list ("foreign")
    size_t last = n - 1;
    while (last > 0 && w[last].upos == Upos::kADJ && !name_like(last)) modifiers.push_back(last--);
    if (last < 2 || !name_like(last)) continue;
    const size_t cc = last - 1;
    if (w[cc].upos != Upos::kCCONJ ||
        (LowerAscii(w[cc].form) != "and"sv && LowerAscii(w[cc].form) != "or"sv)) {
      continue;
    }
    size_t first = cc - 1;
    if (!name_like(first)) continue;
    std::vector<size_t> names{first, last};
    std::vector<size_t> commas;
    while (first >= 2 && w[first - 1].form == ","sv && name_like(first - 2)) {
      commas.push_back(first - 1);
      first -= 2;
      names.push_back(first);
    }
    if (first > 0 && name_like(first - 1)) continue;
    // Already read as one phrase: nothing to do.
    bool right = HeadOf(w, first) == n && w[first].deprel == Deprel::kAmod;
    for (size_t k : names) right = right && (k == first || HeadOf(w, k) == first);
    if (right) continue;
    std::vector<size_t> group = names;
    group.insert(group.end(), modifiers.begin(), modifiers.end());
    group.insert(group.end(), commas.begin(), commas.end());
    group.push_back(cc);
    group.push_back(n);
    auto in_group = [&](size_t k) { return std::find(group.begin(), group.end(), k) != group.end(); };
    // The list's attachment outside it: the noun's own, else a core relation's.
    size_t outside = w.size();
    Deprel relation = Deprel::kRoot;
    int best = -1;
    for (size_t k : group) {
      const size_t h = HeadOf(w, k);
      if (in_group(h)) continue;
      const Deprel d = w[k].deprel;
      const int rank = k == n ? 3
                       : (d == Deprel::kNsubj || d == Deprel::kNsubjPass || d == Deprel::kObj ||
                          d == Deprel::kObl || d == Deprel::kIobj || d == Deprel::kNmod || d == Deprel::kRoot)
                           ? 2
                           : 1;
      if (rank > best) best = rank, outside = h, relation = d;
    }
    if (best < 0) continue;
    Sentence repaired = *out ? **out : sentence;
    std::vector<Word>& r = repaired.words;
    auto set = [&](size_t k, size_t head, Deprel d) {
      r[k].head = head == r.size() ? 0 : static_cast<int32_t>(head + 1);
      r[k].deprel = d;
    };
    set(n, outside, relation);
    set(first, n, Deprel::kAmod);
    for (size_t k : names) {
      if (k != first) set(k, first, Deprel::kConj);
    }
    for (size_t k : modifiers) set(k, n, Deprel::kAmod);
    set(cc, last, Deprel::kCc);
    for (size_t k : commas) set(k, k + 1, Deprel::kPunct);
    // Words outside the list that hung on a part of it hang on the noun.
    for (size_t k = 0; k < r.size(); ++k) {
      const size_t h = HeadOf(r, k);
      if (!in_group(k) && h != r.size() && in_group(h) && h != n) set(k, n, r[k].deprel);
    }
    // (One root, and no cycle.)
    size_t roots = 0;
    bool cycle = false;
    for (size_t k = 0; k < r.size(); ++k) {
      roots += r[k].head == 0 ? 1 : 0;
      size_t at = k;
      size_t steps = 0;
      while (at != r.size() && steps++ <= r.size()) at = HeadOf(r, at);
      cycle = cycle || at != r.size();
    }
    if (roots != 1 || cycle) continue;
    *out = std::move(repaired);
  }
}

// "Biden and Chinese leader Xi Jinping met", "Putin and Ukrainian President
// Volodymyr Zelensky met", "Khalilzad and Taliban political chief Baradar
// signed": the nationality or name after "and" read as a conjunct of the
// first party, and the second party's title and name as the subject (with
// the first party a compound of the title, or a second subject). The word
// after "and" describes the phrase it opens, that phrase is the conjunct,
// and the first party the subject. (Only a phrase that ends in a name with
// a title before it: "U.S. and British aircraft" are one party.)
void RepairModifierReadAsConjunct(const Sentence& sentence, std::optional<Sentence>* out) {
  const std::vector<Word>& w = (*out ? **out : sentence).words;
  auto head_of = [&](size_t k) { return HeadOf(w, k); };
  for (size_t cc = 1; cc + 2 < w.size(); ++cc) {
    if (w[cc].deprel != Deprel::kCc || LowerAscii(w[cc].form) != "and"sv) continue;
    const size_t modifier = cc + 1;
    if (head_of(cc) != modifier || w[modifier].deprel != Deprel::kConj ||
        (w[modifier].upos != Upos::kADJ && w[modifier].upos != Upos::kPROPN)) {
      continue;
    }
    const size_t first = head_of(modifier);
    if (first >= cc) continue;
    // The modifier is bare: nothing hangs on it but the "and".
    bool bare = true;
    for (size_t k = 0; k < w.size(); ++k) bare = bare && (k == cc || head_of(k) != modifier);
    if (!bare) continue;
    // The phrase it opens: left modifiers up to their head, the subject.
    size_t subject = modifier + 1;
    while (subject < w.size() &&
           (w[subject].deprel == Deprel::kNmodDesc || w[subject].deprel == Deprel::kCompound ||
            w[subject].deprel == Deprel::kAmod) &&
           head_of(subject) > subject && head_of(subject) < w.size()) {
      subject = head_of(subject);
    }
    // (A named party with a title between: "U.S. and British aircraft
    // struck" is one phrase with two modifiers.)
    // (Also after a preposition or as an object, with the first party read
    // inside the second's phrase: "sought arrest warrants for Benjamin
    // Netanyahu and Hamas leader Yahya Sinwar".)
    if (subject >= w.size() || w[subject].upos != Upos::kPROPN || subject < modifier + 2) continue;
    const Deprel role = w[subject].deprel;
    const bool as_subject = role == Deprel::kNsubj;
    if (!as_subject && role != Deprel::kObj && role != Deprel::kObl && role != Deprel::kNmod) {
      continue;
    }
    const size_t verb = head_of(subject);
    if (verb >= w.size() || (as_subject && verb < subject)) continue;
    // The first party: a subject of the same verb, or a modifier inside the
    // second party's phrase.
    const bool own_subject =
        as_subject && w[first].deprel == Deprel::kNsubj && head_of(first) == verb;
    const bool inside = (w[first].deprel == Deprel::kCompound ||
                         w[first].deprel == Deprel::kNmodDesc) &&
                        head_of(first) > modifier && Dominates(*out ? **out : sentence, subject, first);
    if (!own_subject && !inside) continue;
    if (!*out) *out = sentence;
    std::vector<Word>& words = (*out)->words;
    words[modifier].head = static_cast<int32_t>(modifier + 2);
    words[modifier].deprel = w[modifier].upos == Upos::kADJ ? Deprel::kAmod : Deprel::kCompound;
    words[first].head = static_cast<int32_t>(verb + 1);
    words[first].deprel = role;
    words[subject].head = static_cast<int32_t>(first + 1);
    words[subject].deprel = Deprel::kConj;
    words[cc].head = static_cast<int32_t>(subject + 1);
  }
}

// "..., and the junta later expelled the French ambassador", with "the
// junta" read as the measure of "later" (as in "two days later"): a noun
// that is no span of time, before "later" or "earlier" of a verb with no
// subject, is that verb's subject.
void RepairSubjectReadAsMeasure(const Sentence& sentence, std::optional<Sentence>* out) {
  const std::vector<Word>& w = sentence.words;
  for (size_t noun = 0; noun + 2 < w.size(); ++noun) {
    const Deprel d = w[noun].deprel;
    if (d != Deprel::kOblUnmarked && d != Deprel::kNmodUnmarked && d != Deprel::kOblNpmod) continue;
    if (w[noun].upos != Upos::kNOUN && w[noun].upos != Upos::kPROPN) continue;
    if (IsTimeUnit(w[noun])) continue;
    const int32_t h = w[noun].head;
    if (h < 1 || static_cast<size_t>(h) > w.size() || static_cast<size_t>(h - 1) != noun + 1) continue;
    const size_t adverb = noun + 1;
    const std::string adv = LowerAscii(w[adverb].form);
    if (adv != "later"sv && adv != "earlier"sv) continue;
    const int32_t vh = w[adverb].head;
    if (vh < 1 || static_cast<size_t>(vh) > w.size()) continue;
    const size_t verb = static_cast<size_t>(vh - 1);
    if (verb <= adverb || w[verb].upos != Upos::kVERB) continue;
    if (HasSubject(w, verb)) continue;
    if (!*out) *out = sentence;
    (*out)->words[noun].head = static_cast<int32_t>(verb + 1);
    (*out)->words[noun].deprel = Deprel::kNsubj;
  }
}

// "Keita announced his resignation hours later", read with "resignation" a
// compound of "hours" (and "his" hung there too): the noun before a time
// unit measuring "later"/"earlier" is the object of the verb those modify,
// when the verb has none, and the words before it that the unit took
// ("his", "the") are the noun's again. (Also where the parser made the unit
// itself the object, with "later" on the verb: the unit then measures
// "later".)
void RepairObjectReadAsMeasureCompound(const Sentence& sentence, std::optional<Sentence>* out) {
  const std::vector<Word>& w = sentence.words;
  for (size_t noun = 1; noun + 2 < w.size(); ++noun) {
    const size_t unit = noun + 1, adverb = noun + 2;
    if (w[noun].deprel != Deprel::kCompound || w[noun].upos != Upos::kNOUN ||
        HeadOf(w, noun) != unit) {
      continue;
    }
    if (!IsTimeUnit(w[unit])) continue;
    const std::string adv = LowerAscii(w[adverb].form);
    if (adv != "later"sv && adv != "earlier"sv) continue;
    const size_t verb = HeadOf(w, adverb);
    if (verb >= noun || w[verb].upos != Upos::kVERB) continue;
    // The unit measures "later", or is the verb's object beside it.
    const bool unit_as_object = HeadOf(w, unit) == verb && w[unit].deprel == Deprel::kObj;
    if (HeadOf(w, unit) != adverb && !unit_as_object) continue;
    bool has_object = false;
    for (size_t k = 0; k < w.size(); ++k) {
      has_object = has_object || (k != unit && HeadOf(w, k) == verb && w[k].deprel == Deprel::kObj);
    }
    if (has_object) continue;
    if (!*out) *out = sentence;
    (*out)->words[noun].head = static_cast<int32_t>(verb + 1);
    (*out)->words[noun].deprel = Deprel::kObj;
    if (unit_as_object) {
      (*out)->words[unit].head = static_cast<int32_t>(adverb + 1);
      (*out)->words[unit].deprel = Deprel::kOblNpmod;
    }
    for (size_t k = verb + 1; k < noun; ++k) {
      if (HeadOf(w, k) == unit) (*out)->words[k].head = static_cast<int32_t>(noun + 1);
    }
  }
}

// "..., killing at least five people, officials said Friday", read with
// "Friday" the subject of "said" (and "officials" a conjunct of "people",
// killed with them): a weekday or date word after the verb is never its
// subject but when it happened (obl:tmod); a noun right before the verb,
// after a comma, that the parser made an earlier noun's conjunct is the
// subject.
void RepairTimeWordReadAsSubject(const Sentence& sentence, std::optional<Sentence>* out) {
  const std::vector<Word>& w = sentence.words;
  for (size_t time = 2; time < w.size(); ++time) {
    if (w[time].deprel != Deprel::kNsubj || !IsTimeWord(w[time])) continue;
    const size_t verb = HeadOf(w, time);
    if (verb >= time || w[verb].upos != Upos::kVERB) continue;
    size_t other_subject = w.size();
    for (size_t k = 0; k < verb; ++k) {
      if (HeadOf(w, k) == verb && (w[k].deprel == Deprel::kNsubj || w[k].deprel == Deprel::kNsubjPass)) {
        other_subject = k;
      }
    }
    const size_t before = verb - 1;
    const bool conj_subject =
        other_subject == w.size() && before >= 2 && w[before].deprel == Deprel::kConj &&
        (w[before].upos == Upos::kNOUN || w[before].upos == Upos::kPROPN) &&
        (w[before - 1].form == ","sv ||
         (w[before - 1].upos == Upos::kDET && before >= 3 && w[before - 2].form == ","sv));
    if (other_subject == w.size() && !conj_subject) continue;
    if (!*out) *out = sentence;
    (*out)->words[time].deprel = Deprel::kOblTmod;
    if (conj_subject) {
      (*out)->words[before].head = static_cast<int32_t>(verb + 1);
      (*out)->words[before].deprel = Deprel::kNsubj;
    }
  }
}

// "A Palestinian man who stabbed two Israeli police officers was shot dead
// by police", read with "officers" the passive subject of "shot" and "man"
// the root: the noun after the relative clause's verb, when that verb has
// no object, is its object, and the passive verb is the main clause's, with
// the noun the relative clause describes as its subject.
void RepairRelativeObjectReadAsPassiveSubject(const Sentence& sentence,
                                              std::optional<Sentence>* out) {
  const std::vector<Word>& w = sentence.words;
  for (size_t noun = 0; noun < w.size(); ++noun) {
    if (w[noun].head != 0 || (w[noun].upos != Upos::kNOUN && w[noun].upos != Upos::kPROPN)) {
      continue;
    }
    size_t relative = w.size(), passive = w.size();
    for (size_t k = noun + 1; k < w.size(); ++k) {
      if (HeadOf(w, k) != noun) continue;
      if (w[k].deprel == Deprel::kAclRelcl && relative == w.size()) relative = k;
      if (w[k].xpos == Xpos::kVBN && k > relative && relative != w.size()) passive = k;
    }
    if (passive == w.size()) continue;
    size_t subject = w.size();
    bool has_aux = false, relative_object = false;
    for (size_t k = 0; k < w.size(); ++k) {
      if (HeadOf(w, k) == passive && w[k].deprel == Deprel::kNsubjPass) subject = k;
      if (HeadOf(w, k) == passive && w[k].deprel == Deprel::kAuxPass) has_aux = true;
      if (HeadOf(w, k) == relative && w[k].deprel == Deprel::kObj) relative_object = true;
    }
    if (!has_aux || relative_object || subject == w.size() || subject <= relative ||
        subject >= passive || (w[subject].upos != Upos::kNOUN && w[subject].upos != Upos::kPROPN)) {
      continue;
    }
    if (!*out) *out = sentence;
    std::vector<Word>& o = (*out)->words;
    o[subject].head = static_cast<int32_t>(relative + 1);
    o[subject].deprel = Deprel::kObj;
    o[passive].head = 0;
    o[passive].deprel = Deprel::kRoot;
    o[noun].head = static_cast<int32_t>(passive + 1);
    o[noun].deprel = Deprel::kNsubjPass;
    for (size_t k = 0; k < w.size(); ++k) {
      if (HeadOf(w, k) == noun && w[k].deprel == Deprel::kPunct && k > passive) {
        o[k].head = static_cast<int32_t>(passive + 1);
      }
    }
    return;
  }
}

// "Erdogan said that Jamal Khashoggi's killing ... had been planned, and
// demanded that Riyadh hand over 18 suspects", with "demanded" a conjunct
// of "killing": a finite verb with no subject of its own does not
// coordinate with a gerund or noun; it is a conjunct of the nearest finite
// verb above (and shares its subject).
void RepairFiniteConjunctOnGerund(const Sentence& sentence, std::optional<Sentence>* out) {
  const std::vector<Word>& w = sentence.words;
  auto finite = [](Xpos x) { return x == Xpos::kVBD || x == Xpos::kVBZ || x == Xpos::kVBP; };
  // (Or a past form the tagger read as a participle, with no auxiliary of
  // its own, right after "and" on a gerund: "accused China of hacking into
  // networks and charged seven Chinese nationals".)
  auto bare_participle = [&](size_t verb) {
    if (w[verb].xpos != Xpos::kVBN || verb == 0 || LowerAscii(w[verb - 1].form) != "and"sv) {
      return false;
    }
    const size_t head = HeadOf(w, verb);
    if (head >= verb || w[head].xpos != Xpos::kVBG) return false;
    for (const Word& k : w) {
      if (k.head == static_cast<int32_t>(verb + 1) &&
          (k.deprel == Deprel::kAux || k.deprel == Deprel::kAuxPass)) {
        return false;
      }
    }
    return true;
  };
  for (size_t verb = 1; verb < w.size(); ++verb) {
    const bool participle = w[verb].deprel == Deprel::kConj && bare_participle(verb);
    if (w[verb].deprel != Deprel::kConj || (!finite(w[verb].xpos) && !participle) ||
        HasSubject(w, verb)) {
      continue;
    }
    const size_t head = HeadOf(w, verb);
    if (head >= verb || (w[head].xpos != Xpos::kVBG && w[head].upos != Upos::kNOUN)) continue;
    size_t above = HeadOf(w, head);
    for (size_t steps = 0; above < w.size() && steps < w.size(); ++steps) {
      if (finite(w[above].xpos) && HasSubject(w, above)) break;
      above = HeadOf(w, above);
    }
    if (above >= w.size() || above >= verb) continue;
    if (!*out) *out = sentence;
    std::vector<Word>& words = (*out)->words;
    words[verb].head = static_cast<int32_t>(above + 1);
    if (participle) {
      words[verb].xpos = Xpos::kVBD;
      // (Its object, which the parser gave the gerund as a second one.)
      for (size_t k = verb + 1; k < words.size(); ++k) {
        if (HeadOf(words, k) == head && words[k].deprel == Deprel::kObj) {
          words[k].head = static_cast<int32_t>(verb + 1);
        }
      }
    }
  }
}

// "Supreme Leader Ayatollah Ali Khamenei vowed ...", read as two subjects
// of "vowed" ("Leader" and "Ali"): a subject right before another, with no
// coordinator or comma between, is the title of the name after it.
void RepairTitleReadAsSecondSubject(const Sentence& sentence, std::optional<Sentence>* out) {
  const std::vector<Word>& w = sentence.words;
  for (size_t title = 0; title + 1 < w.size(); ++title) {
    if (w[title].deprel != Deprel::kNsubj) continue;
    if (w[title].upos != Upos::kNOUN && w[title].upos != Upos::kPROPN) continue;
    const size_t next = SubtreeEnd(*out ? **out : sentence, title) + 1;
    if (next >= w.size()) continue;
    // (A title is a plain noun phrase: no coordination or possessive in it,
    // as in "Ethiopia's army and the Tigray People's Liberation Front".)
    bool plain = true;
    for (size_t k = 0; k < next && plain; ++k) {
      if (k == title || !Dominates(*out ? **out : sentence, title, k)) continue;
      const Deprel d = w[k].deprel;
      plain = d != Deprel::kConj && d != Deprel::kCc && d != Deprel::kCase &&
              d != Deprel::kNmodPoss && w[k].upos != Upos::kPUNCT;
    }
    if (!plain) continue;
    // The other subject: its subtree starts at `next`.
    size_t name = w.size();
    for (size_t k = next; k < w.size(); ++k) {
      if (w[k].head == w[title].head && w[k].deprel == Deprel::kNsubj) {
        name = k;
        break;
      }
    }
    if (name == w.size() || w[name].upos != Upos::kPROPN) continue;
    bool adjacent = true;  // every word from `next` to the name is in its subtree
    for (size_t k = next; k < name && adjacent; ++k) {
      adjacent = Dominates(*out ? **out : sentence, name, k) && w[k].deprel != Deprel::kCc &&
                 w[k].upos != Upos::kPUNCT;
    }
    if (!adjacent) continue;
    if (Dominates(*out ? **out : sentence, title, name)) continue;  // would make a cycle
    if (!*out) *out = sentence;
    (*out)->words[title].head = static_cast<int32_t>(name + 1);
    (*out)->words[title].deprel = Deprel::kNmodDesc;
  }
}

// "The Ethiopian government and Tigrayan forces signed ...", read as
// "government" a compound of "forces" with "Tigrayan" its conjunct: a
// compound that is a noun phrase of its own (a determiner or adjective on
// it) and is coordinated with the word right before the head is the first
// conjunct, and the head the second, when the word before the head is a
// name or adjective. ("the defence and foreign ministries", a bare
// modifier, and "Armenian state and media websites", two noun modifiers,
// keep their reading.)
void RepairCoordinatedNounReadAsCompound(const Sentence& sentence, std::optional<Sentence>* out) {
  const std::vector<Word>& w = sentence.words;
  for (size_t first = 0; first + 3 < w.size(); ++first) {
    if (w[first].deprel != Deprel::kCompound || w[first].upos != Upos::kNOUN) continue;
    const int32_t h = w[first].head;
    if (h < 1 || static_cast<size_t>(h) > w.size()) continue;
    const size_t head = static_cast<size_t>(h - 1);
    if (head <= first + 2 || w[head].upos != Upos::kNOUN) continue;
    const size_t modifier = head - 1;  // "Tigrayan"
    if (w[modifier].head != static_cast<int32_t>(first + 1) || w[modifier].deprel != Deprel::kConj) {
      continue;
    }
    // (A noun between is another modifier of the head: "Armenian state and
    // media websites".)
    if (w[modifier].upos == Upos::kNOUN) continue;
    bool phrase = false, cc = false;
    size_t cc_at = w.size();
    for (size_t k = 0; k < w.size(); ++k) {
      if (w[k].head == static_cast<int32_t>(first + 1) && k < first &&
          (w[k].deprel == Deprel::kDet || w[k].deprel == Deprel::kAmod)) {
        phrase = true;
      }
      if (w[k].head == static_cast<int32_t>(modifier + 1) && w[k].deprel == Deprel::kCc &&
          k > first && k < modifier) {
        cc = true;
        cc_at = k;
      }
    }
    if (!phrase || !cc) continue;
    if (Dominates(*out ? **out : sentence, head, first) == false) continue;
    if (!*out) *out = sentence;
    Sentence& s = **out;
    s.words[first].head = w[head].head;
    s.words[first].deprel = w[head].deprel;
    s.words[head].head = static_cast<int32_t>(first + 1);
    s.words[head].deprel = Deprel::kConj;
    s.words[modifier].head = static_cast<int32_t>(head + 1);
    s.words[modifier].deprel =
        w[modifier].upos == Upos::kADJ ? Deprel::kAmod : Deprel::kCompound;
    s.words[cc_at].head = static_cast<int32_t>(head + 1);
  }
}

// "The African Union envoy who mediated the talks, former Nigerian President
// Olusegun Obasanjo, called ...", with the name an apposition of "talks": a
// person's name in apposition to a common noun inside a relative clause
// describes the noun the clause modifies.
void RepairAppositionAfterRelativeClause(const Sentence& sentence, std::optional<Sentence>* out) {
  const std::vector<Word>& w = sentence.words;
  for (size_t name = 1; name < w.size(); ++name) {
    if (w[name].deprel != Deprel::kAppos || w[name].upos != Upos::kPROPN) continue;
    if (w[name - 1].upos != Upos::kPUNCT && w[name - 1].deprel != Deprel::kNmodDesc &&
        w[name - 1].deprel != Deprel::kAmod && w[name - 1].deprel != Deprel::kCompound) {
      continue;
    }
    // A person's name: a title on it, or a second part (flat).
    bool person = false;
    for (size_t k = 0; k < w.size(); ++k) {
      if (w[k].head != static_cast<int32_t>(name + 1)) continue;
      person = person || w[k].deprel == Deprel::kNmodDesc || w[k].deprel == Deprel::kFlat;
    }
    if (!person) continue;
    const int32_t h = w[name].head;
    if (h < 1 || static_cast<size_t>(h) > w.size()) continue;
    const size_t noun = static_cast<size_t>(h - 1);
    if (w[noun].upos != Upos::kNOUN || noun > name) continue;
    // Up from the noun to a relative clause, and the noun it modifies.
    size_t at = noun;
    size_t modified = w.size();
    for (int up = 0; up < 3; ++up) {
      const int32_t ah = w[at].head;
      if (ah < 1 || static_cast<size_t>(ah) > w.size()) break;
      if (w[at].deprel == Deprel::kAclRelcl) {
        modified = static_cast<size_t>(ah - 1);
        break;
      }
      at = static_cast<size_t>(ah - 1);
    }
    if (modified == w.size() || modified >= noun) continue;
    if (w[modified].upos != Upos::kNOUN && w[modified].upos != Upos::kPROPN) continue;
    if (Dominates(*out ? **out : sentence, name, modified)) continue;  // would make a cycle
    if (!*out) *out = sentence;
    (*out)->words[name].head = static_cast<int32_t>(modified + 1);
  }
}

// "The Security Council demanded on Friday that Israel halt settlement
// building", with the that-clause hung on "Friday": a that-clause on the
// time phrase of a verb is the verb's complement.
void RepairThatClauseOnTimePhrase(const Sentence& sentence, std::optional<Sentence>* out) {
  const std::vector<Word>& w = sentence.words;
  for (size_t clause = 2; clause < w.size(); ++clause) {
    if (w[clause].deprel != Deprel::kAcl && w[clause].deprel != Deprel::kAclRelcl) continue;
    if (!HasMarkerBefore(w, clause, Deprel::kMark, "that")) continue;
    const int32_t th = w[clause].head;
    if (th < 1 || static_cast<size_t>(th) > w.size()) continue;
    const size_t time = static_cast<size_t>(th - 1);
    const Deprel td = w[time].deprel;
    if (td != Deprel::kObl && td != Deprel::kOblTmod && td != Deprel::kOblNpmod &&
        td != Deprel::kOblUnmarked) {
      continue;
    }
    if (!IsTimeWord(w[time])) continue;
    const int32_t vh = w[time].head;
    if (vh < 1 || static_cast<size_t>(vh) > w.size() || w[vh - 1].upos != Upos::kVERB) continue;
    if (!*out) *out = sentence;
    (*out)->words[clause].head = vh;
    (*out)->words[clause].deprel = Deprel::kCcomp;
  }
}

// For a clause hung on a nominal: the verb that nominal is the object or
// indirect object of (or, with `oblique`, an oblique of), when the verb comes
// first, its form starts with one of `stems` and it has no complement
// (ccomp, xcomp) yet; else npos. The two addressee repairs below use it.
size_t AddresseeVerb(const std::vector<Word>& w, size_t clause,
                     std::initializer_list<std::string_view> stems, bool oblique) {
  constexpr size_t kNoVerb = static_cast<size_t>(-1);
  const int32_t ah = w[clause].head;
  if (ah < 1 || static_cast<size_t>(ah) > w.size()) return kNoVerb;
  const size_t addressee = static_cast<size_t>(ah - 1);
  const Deprel ad = w[addressee].deprel;
  if (ad != Deprel::kObj && ad != Deprel::kIobj && !(oblique && ad == Deprel::kObl)) {
    return kNoVerb;
  }
  const int32_t vh = w[addressee].head;
  if (vh < 1 || static_cast<size_t>(vh) > w.size()) return kNoVerb;
  const size_t verb = static_cast<size_t>(vh - 1);
  if (w[verb].upos != Upos::kVERB || verb > addressee) return kNoVerb;
  const std::string form = LowerAscii(w[verb].form);
  bool listed = false;
  for (std::string_view stem : stems) listed = listed || form.rfind(stem, 0) == 0;
  if (!listed) return kNoVerb;
  for (const Word& k : w) {
    if (k.head == vh && (k.deprel == Deprel::kCcomp || k.deprel == Deprel::kXcomp)) return kNoVerb;
  }
  return verb;
}

// "Biden told reporters that he had spoken with Netanyahu", with the
// that-clause hung on "reporters": a that-clause with its own subject on
// the addressee of a verb of telling is what was told, the verb's
// complement. (A relative "that" is the clause's subject or object, not
// its marker: "told the reporters that covered the trip" is left alone.)
void RepairThatClauseOnAddressee(const Sentence& sentence, std::optional<Sentence>* out) {
  const std::vector<Word>& w = sentence.words;
  for (size_t clause = 2; clause < w.size(); ++clause) {
    if (w[clause].deprel != Deprel::kAcl && w[clause].deprel != Deprel::kAclRelcl) continue;
    if (!HasMarkerBefore(w, clause, Deprel::kMark, "that") || !HasSubject(w, clause)) continue;
    const size_t verb =
        AddresseeVerb(w, clause,
                      {"tell", "told", "assur", "inform", "remind", "warn", "convinc", "persuad",
                       "notif", "promis", "reassur"},
                      /*oblique=*/false);
    if (verb == static_cast<size_t>(-1)) continue;
    if (!*out) *out = sentence;
    (*out)->words[clause].head = static_cast<int32_t>(verb + 1);
    (*out)->words[clause].deprel = Deprel::kCcomp;
  }
}

// "Israeli-Palestinian talks", "an Egyptian-Qatari proposal": two
// capitalised modifiers joined by a hyphen, the first read as a modifier of
// the second, name two parties: the first modifies the noun, the second is
// its conjunct. ("Saudi-led" is no pair: the second word is lower case.)
void RepairHyphenatedPair(const Sentence& sentence, std::optional<Sentence>* out) {
  const std::vector<Word>& w = sentence.words;
  auto capitalised_modifier = [&](size_t k) {
    return !w[k].form.empty() && w[k].form[0] >= 'A' && w[k].form[0] <= 'Z' &&
           (w[k].upos == Upos::kADJ || w[k].upos == Upos::kPROPN) &&
           (w[k].deprel == Deprel::kAmod || w[k].deprel == Deprel::kCompound);
  };
  for (size_t a = 0; a + 2 < w.size(); ++a) {
    const size_t b = a + 2;
    if (w[a + 1].form != "-"sv || !capitalised_modifier(a) || !capitalised_modifier(b)) continue;
    // (The first on the second, or both on the noun.)
    if (w[a].head != static_cast<int32_t>(b + 1) && w[a].head != w[b].head) continue;
    const int32_t noun = w[b].head;
    if (noun < 1 || static_cast<size_t>(noun) > w.size() || static_cast<size_t>(noun - 1) <= b) {
      continue;
    }
    // (Only on a noun of two parties' dealings: "an Egyptian-American
    // journalist", "Mohamed Soltan" is one person of two origins.)
    if (w[noun - 1].upos != Upos::kNOUN ||
        !IsIn(LowerAscii(w[noun - 1].lemma),
              {"talk", "talks", "negotiation", "dialogue", "summit", "meeting", "agreement",
               "accord", "deal", "treaty", "pact", "ceasefire", "truce", "proposal", "initiative",
               "plan", "clash", "clashes", "fighting", "exercise", "drill", "drills", "exchange",
               "swap", "relation", "relations", "tie", "ties", "cooperation", "mediation"})) {
      continue;
    }
    // (Nothing else may hang on the second word: "Franco-German" is a pair,
    // "Greek-Cypriot Foreign Minister" is one name.)
    bool other_dependent = false;
    for (size_t k = 0; k < w.size(); ++k) {
      other_dependent = other_dependent || (k != a && k != a + 1 &&
                                            w[k].head == static_cast<int32_t>(b + 1));
    }
    if (other_dependent) continue;
    if (!*out) *out = sentence;
    std::vector<Word>& o = (*out)->words;
    o[a].head = noun;
    o[a].deprel = w[b].deprel;
    o[b].head = static_cast<int32_t>(a + 1);
    o[b].deprel = Deprel::kConj;
    o[a + 1].head = static_cast<int32_t>(b + 1);
    o[a + 1].deprel = Deprel::kPunct;
  }
}

// "called on the military to abandon President Maduro", with "to abandon"
// hung on "military": a to-infinitive on the addressee of a verb of asking
// or ordering is that verb's open complement (what the addressee is asked
// to do, which did not happen).
void RepairInfinitiveOnAddressee(const Sentence& sentence, std::optional<Sentence>* out) {
  const std::vector<Word>& w = sentence.words;
  for (size_t clause = 2; clause < w.size(); ++clause) {
    if (w[clause].deprel != Deprel::kAcl || w[clause].upos != Upos::kVERB) continue;
    if (!HasMarkerBefore(w, clause, Deprel::kMark, "to")) continue;
    // (Not when the verb has its complement already.)
    const size_t verb =
        AddresseeVerb(w, clause,
                      {"call", "urg", "ask", "press", "encourag", "invit", "told", "tell",
                       "order", "persuad", "appeal", "allow", "permit", "forc", "pressur",
                       "implor", "beg", "lobb", "instruct", "authori", "advis", "remind",
                       "request", "demand", "exhort", "summon", "compel", "oblig", "challeng",
                       "warn", "plead", "push"},
                      /*oblique=*/true);
    if (verb == static_cast<size_t>(-1)) continue;
    if (!*out) *out = sentence;
    (*out)->words[clause].head = static_cast<int32_t>(verb + 1);
    (*out)->words[clause].deprel = Deprel::kXcomp;
  }
}

// "extradited Ovidio Guzman, a son of drug lord Joaquin Guzman, to the
// United States", with "to the United States" hung on "son": a to-phrase
// closing an apposition of the verb's object goes with the verb (not for
// the nouns that take one: "Smith, ambassador to the United Nations").
void RepairToPhraseAfterApposition(const Sentence& sentence, std::optional<Sentence>* out) {
  static const char* const kTakesTo[] = {
      "ambassador", "ambassadors", "envoy",   "envoys",     "representative", "representatives",
      "delegate",   "delegates",   "adviser", "advisers",   "advisor",        "advisors",
      "emissary",   "attache",     "consul",  "successor",  "heir",           "threat",
      "visit",      "trip",        "road",    "gateway",    "access",         "route",
      "aid",        "support",     "loyal",   "opposition", "answer",         "response"};
  const std::vector<Word>& w = sentence.words;
  for (size_t phrase = 2; phrase < w.size(); ++phrase) {
    if (w[phrase].deprel != Deprel::kNmod) continue;
    if (!HasMarkerBefore(w, phrase, Deprel::kCase, "to")) continue;
    const int32_t ah = w[phrase].head;
    if (ah < 1 || static_cast<size_t>(ah) > w.size()) continue;
    const size_t appos = static_cast<size_t>(ah - 1);
    if (w[appos].deprel != Deprel::kAppos) continue;
    const std::string noun = LowerAscii(w[appos].form);
    bool takes_to = false;
    for (const char* t : kTakesTo) takes_to = takes_to || noun == t;
    if (takes_to) continue;
    const int32_t oh = w[appos].head;
    if (oh < 1 || static_cast<size_t>(oh) > w.size()) continue;
    const size_t object = static_cast<size_t>(oh - 1);
    if (w[object].deprel != Deprel::kObj) continue;
    const int32_t vh = w[object].head;
    if (vh < 1 || static_cast<size_t>(vh) > w.size() || w[vh - 1].upos != Upos::kVERB) continue;
    // (The phrase closes the apposition: a comma right before it.)
    size_t first = phrase;
    for (size_t k = 0; k < phrase; ++k) {
      if (w[k].upos != Upos::kPUNCT && Dominates(*out ? **out : sentence, phrase, k)) {
        first = std::min(first, k);
      }
    }
    if (first == 0 || w[first - 1].form != ","sv) continue;
    if (!*out) *out = sentence;
    (*out)->words[phrase].head = vh;
    (*out)->words[phrase].deprel = Deprel::kObl;
  }
}

// "..., days after Harare expelled the mission's head", with "after Harare"
// read as a prepositional phrase and "expelled" left without a subject: a
// name right before a finite verb that has no subject of its own is that
// verb's subject, and the preposition the clause's subordinator.
void RepairSubjectReadAsPrepositionalObject(const Sentence& sentence,
                                             std::optional<Sentence>* out) {
  const std::vector<Word>& w = sentence.words;
  for (size_t name = 1; name + 1 < w.size(); ++name) {
    const bool common = w[name].upos == Upos::kNOUN;
    if (w[name].upos != Upos::kPROPN && w[name].upos != Upos::kPRON && !common) continue;
    if (w[name].deprel != Deprel::kNmod && w[name].deprel != Deprel::kObl) continue;
    size_t marker = w.size();
    for (size_t k = 0; k < name; ++k) {
      if (w[k].head != static_cast<int32_t>(name + 1) || w[k].deprel != Deprel::kCase) continue;
      const std::string l = LowerAscii(w[k].form);
      if (l == "after"sv || l == "before"sv || l == "since"sv || l == "until"sv || l == "as"sv ||
          l == "because"sv) {
        marker = k;
      }
    }
    if (marker == w.size()) continue;
    const size_t verb = SubtreeEnd(*out ? **out : sentence, name) + 1;
    if (verb >= w.size()) continue;
    const Xpos x = w[verb].xpos;
    if (x != Xpos::kVBD && x != Xpos::kVBZ && x != Xpos::kVBP) continue;
    // (A subject before the preposition cannot be the subordinate clause's:
    // the parser sometimes gives the main clause's subject to this verb.)
    size_t old_subject = w.size();
    bool has_subject = false;
    for (size_t k = 0; k < w.size(); ++k) {
      if (w[k].head != static_cast<int32_t>(verb + 1) ||
          (w[k].deprel != Deprel::kNsubj && w[k].deprel != Deprel::kNsubjPass)) {
        continue;
      }
      if (k > marker) has_subject = true;
      else old_subject = k;
    }
    if (has_subject) continue;
    // ("after Ecuadorian police raided its embassy": a common noun only when
    // the verb has no subject at all, "the meeting after lunch ended" has,
    // and is no auxiliary: "after two reservists were beaten".)
    if (common && (old_subject != w.size() || w[verb].upos != Upos::kVERB)) continue;
    if (Dominates(*out ? **out : sentence, name, verb)) continue;  // would make a cycle
    if (!*out) *out = sentence;
    (*out)->words[name].head = static_cast<int32_t>(verb + 1);
    (*out)->words[name].deprel = Deprel::kNsubj;
    (*out)->words[marker].head = static_cast<int32_t>(verb + 1);
    (*out)->words[marker].deprel = Deprel::kMark;
    if (old_subject != w.size()) (*out)->words[old_subject].deprel = Deprel::kDep;
    // (A clause with a subject of its own is no open complement.)
    if (w[verb].deprel == Deprel::kXcomp) (*out)->words[verb].deprel = Deprel::kAdvcl;
  }
}

// "Erdogan said on Tuesday that Jamal Khashoggi's killing ... had been
// planned", with "that" hung on "Tuesday" and the clause on "that": the
// clause is the verb's complement and "that" its marker.
void RepairThatWordOnTimePhrase(const Sentence& sentence, std::optional<Sentence>* out) {
  const std::vector<Word>& w = sentence.words;
  for (size_t that = 1; that + 1 < w.size(); ++that) {
    if (LowerAscii(w[that].form) != "that"sv || w[that].deprel == Deprel::kMark) continue;
    const int32_t th = w[that].head;
    if (th < 1 || static_cast<size_t>(th) > w.size()) continue;
    const size_t time = static_cast<size_t>(th - 1);
    if (time + 1 != that || !IsTimeWord(w[time])) continue;
    const int32_t vh = w[time].head;
    if (vh < 1 || static_cast<size_t>(vh) > w.size() || w[vh - 1].upos != Upos::kVERB) continue;
    // The clause hung on "that".
    size_t clause = w.size();
    for (size_t k = that + 1; k < w.size() && clause == w.size(); ++k) {
      if (w[k].head != static_cast<int32_t>(that + 1)) continue;
      const Deprel d = w[k].deprel;
      if (d == Deprel::kCcomp || d == Deprel::kAcl || d == Deprel::kAclRelcl ||
          d == Deprel::kAdvcl || d == Deprel::kConj) {
        clause = k;
      }
    }
    if (clause == w.size()) continue;
    if (!*out) *out = sentence;
    (*out)->words[clause].head = vh;
    (*out)->words[clause].deprel = Deprel::kCcomp;
    (*out)->words[that].head = static_cast<int32_t>(clause + 1);
    (*out)->words[that].deprel = Deprel::kMark;
  }
}

// "Biden, Netanyahu discuss hostage deal in phone call" (a headline), with
// "Biden" read as a vocative (or as the root, the verb hung on it): a name
// opening the sentence, then a comma and the subject of a plural verb, is
// that subject's first conjunct.
void RepairHeadlineCoordinatedSubject(const Sentence& sentence, std::optional<Sentence>* out) {
  const std::vector<Word>& w = sentence.words;
  if (w.size() < 4 || (w[0].upos != Upos::kPROPN && w[0].upos != Upos::kADJ)) return;
  // The first phrase's head ("Biden"; "army" in "Sudan army, RSF sign"),
  // up through its name parts and modifiers.
  size_t first = 0;
  for (int up = 0; up < 3; ++up) {
    const Deprel fd = w[first].deprel;
    if (fd != Deprel::kCompound && fd != Deprel::kFlat && fd != Deprel::kAmod) break;
    const size_t h = HeadOf(w, first);
    if (h == w.size() || h <= first) return;
    first = h;
  }
  if (w[first].upos != Upos::kPROPN && w[first].upos != Upos::kNOUN) return;
  const Deprel d = w[first].deprel;
  if (d != Deprel::kVocative && d != Deprel::kDep && d != Deprel::kParataxis &&
      d != Deprel::kAppos && d != Deprel::kDislocated && d != Deprel::kRoot &&
      d != Deprel::kDiscourse) {
    return;
  }
  // The first phrase's last word, then the comma.
  size_t end = first;
  while (end + 1 < w.size() && w[end + 1].upos == Upos::kPROPN &&
         w[end + 1].head == static_cast<int32_t>(first + 1) &&
         (w[end + 1].deprel == Deprel::kFlat || w[end + 1].deprel == Deprel::kCompound)) {
    ++end;
  }
  if (end + 2 >= w.size() || w[end + 1].form != ","sv) return;
  size_t second = end + 2;
  if (w[second].upos != Upos::kPROPN && w[second].upos != Upos::kADJ &&
      w[second].upos != Upos::kNOUN) {
    return;
  }
  // The second phrase's head word is a subject of a plural verb ("Biden,
  // Netanyahu discuss", "US, Western allies launch").
  while (second + 1 < w.size() && w[second].deprel != Deprel::kNsubj &&
         (w[second].deprel == Deprel::kCompound || w[second].deprel == Deprel::kFlat ||
          w[second].deprel == Deprel::kAmod)) {
    second = HeadOf(w, second);
    if (second == w.size()) return;
  }
  if (w[second].deprel != Deprel::kNsubj) return;
  const int32_t vh = w[second].head;
  if (vh < 1 || static_cast<size_t>(vh) > w.size()) return;
  const Xpos vx = w[vh - 1].xpos;
  if (vx != Xpos::kVBP && vx != Xpos::kVB) return;
  // (With the name the root, the verb hung on it: the verb is the root.)
  if (d == Deprel::kRoot && w[vh - 1].head != static_cast<int32_t>(first + 1)) return;
  if (!*out) *out = sentence;
  if (d == Deprel::kRoot) {
    (*out)->words[vh - 1].head = 0;
    (*out)->words[vh - 1].deprel = Deprel::kRoot;
  }
  (*out)->words[first].head = vh;
  (*out)->words[first].deprel = Deprel::kNsubj;
  (*out)->words[second].head = static_cast<int32_t>(first + 1);
  (*out)->words[second].deprel = Deprel::kConj;
}

// "hosted talks between the United States and the Taliban", with "the
// Taliban" read as a conjunct of "talks": the second party of "between" is
// a conjunct of the first.
void RepairBetweenConjunct(const Sentence& sentence, std::optional<Sentence>* out) {
  const std::vector<Word>& w = sentence.words;
  for (size_t second = 2; second < w.size(); ++second) {
    if (w[second].deprel != Deprel::kConj) continue;
    const size_t noun = HeadOf(w, second);
    if (noun == w.size()) continue;
    const int32_t nh = static_cast<int32_t>(noun + 1);
    // The first party: an nmod of the noun marked "between", before the second.
    size_t first = w.size();
    for (size_t k = noun + 1; k < second; ++k) {
      if (w[k].head == nh && w[k].deprel == Deprel::kNmod &&
          HasMarkerBefore(w, k, Deprel::kCase, "between")) {
        first = k;
      }
    }
    if (first == w.size()) continue;
    if (Dominates(*out ? **out : sentence, second, first)) continue;  // would make a cycle
    if (!*out) *out = sentence;
    (*out)->words[second].head = static_cast<int32_t>(first + 1);
  }
}

// "Japan will provide Ukraine with $4.5 billion in aid, Kishida said", with
// "with $" read as a complement clause of "said": a noun or amount with a
// preposition of its own is no clause; it is an oblique of the nearest
// verb before it.
void RepairPrepositionalPhraseReadAsClause(const Sentence& sentence,
                                           std::optional<Sentence>* out) {
  const std::vector<Word>& w = sentence.words;
  for (size_t phrase = 1; phrase < w.size(); ++phrase) {
    if (w[phrase].deprel != Deprel::kCcomp) continue;
    const Upos u = w[phrase].upos;
    if (u != Upos::kNOUN && u != Upos::kPROPN && u != Upos::kSYM && u != Upos::kNUM) continue;
    bool marked = false;
    for (size_t k = 0; k < phrase; ++k) {
      marked = marked || (w[k].head == static_cast<int32_t>(phrase + 1) && w[k].deprel == Deprel::kCase);
    }
    if (!marked) continue;
    size_t verb = w.size();
    for (size_t k = phrase; k-- > 0 && verb == w.size();) {
      if (w[k].upos == Upos::kVERB) verb = k;
    }
    if (verb == w.size() || w[phrase].head == static_cast<int32_t>(verb + 1)) continue;
    if (Dominates(*out ? **out : sentence, phrase, verb)) continue;  // would make a cycle
    if (!*out) *out = sentence;
    (*out)->words[phrase].head = static_cast<int32_t>(verb + 1);
    (*out)->words[phrase].deprel = Deprel::kObl;
  }
}

// "Colombian President Gustavo Petro suspended the ceasefire ...", read
// with "Colombian" the root and "suspended" its clausal complement: an
// adjective opening the sentence, with no subject or copula of its own,
// whose clause's subject phrase starts right after it, modifies the noun
// after it; that clause is the sentence.
void RepairOpeningAdjectiveReadAsRoot(const Sentence& sentence, std::optional<Sentence>* out) {
  const Sentence& s = *out ? **out : sentence;
  const std::vector<Word>& w = s.words;
  // (A capitalised title may be tagged an adjective: "Armenian Prime
  // Minister Nikol Pashinyan".)
  if (w.size() < 4 || w[0].head != 0 || w[0].upos != Upos::kADJ ||
      (w[1].upos != Upos::kNOUN && w[1].upos != Upos::kPROPN &&
       !(w[1].upos == Upos::kADJ && !w[1].form.empty() && w[1].form[0] >= 'A' &&
         w[1].form[0] <= 'Z'))) {
    return;
  }
  size_t verb = w.size();
  for (size_t k = 1; k < w.size(); ++k) {
    if (HeadOf(w, k) != 0) continue;
    const Deprel d = w[k].deprel;
    if (d == Deprel::kNsubj || d == Deprel::kNsubjPass || d == Deprel::kCop ||
        d == Deprel::kExpl) {
      return;  // a predicative adjective: "Unclear is whether ..."
    }
    // (Or a relative clause: "Armenian Prime Minister Nikol Pashinyan
    // accused ...", with "accused" a relative clause on "Armenian".)
    if ((d == Deprel::kCcomp || d == Deprel::kParataxis || d == Deprel::kAclRelcl) &&
        w[k].upos == Upos::kVERB && verb == w.size()) {
      verb = k;
    }
  }
  if (verb == w.size()) return;
  size_t subject = w.size();
  for (size_t k = 1; k < verb; ++k) {
    if (HeadOf(w, k) == verb && (w[k].deprel == Deprel::kNsubj || w[k].deprel == Deprel::kNsubjPass)) {
      subject = k;
    }
  }
  if (subject == w.size() || !Dominates(s, subject, 1)) return;
  if (!*out) *out = sentence;
  std::vector<Word>& words = (*out)->words;
  for (size_t k = 1; k < words.size(); ++k) {
    if (HeadOf(words, k) == 0) words[k].head = static_cast<int32_t>(verb + 1);
  }
  words[verb].head = 0;
  words[verb].deprel = Deprel::kRoot;
  // The noun after it (through a title's modifiers: "Prime" to "Minister").
  size_t noun = 1;
  while ((words[noun].deprel == Deprel::kAmod || words[noun].deprel == Deprel::kCompound) &&
         HeadOf(words, noun) > noun && HeadOf(words, noun) < verb) {
    noun = HeadOf(words, noun);
  }
  words[0].head = static_cast<int32_t>(noun + 1);
  words[0].deprel = Deprel::kAmod;
}


// "The government condemned the attack on Thursday and promised aid to the
// villages", read with "promised" an adjective on "aid" ("the promised aid")
// that keeps the "and" before it. A modifier never takes a coordinator in
// UD (a coordinated modifier is a conjunct), so a verb-form modifier with
// its own "and"/"or"/"but" right before it is a verb coordinated with the
// finite verb above it, and the noun after it is its object.
void RepairCoordinatedVerbReadAsModifier(const Sentence& sentence, std::optional<Sentence>* out) {
  const Sentence& s = *out ? **out : sentence;
  const std::vector<Word>& w = s.words;
  auto finite = [](Xpos x) { return x == Xpos::kVBD || x == Xpos::kVBZ || x == Xpos::kVBP; };
  for (size_t verb = 2; verb + 1 < w.size(); ++verb) {
    if (w[verb].upos != Upos::kVERB || w[verb].deprel != Deprel::kAmod) continue;
    const Word& cc = w[verb - 1];
    if (cc.deprel != Deprel::kCc || HeadOf(w, verb - 1) != verb) continue;
    const std::string lower = LowerAscii(cc.form);
    if (lower != "and"sv && lower != "or"sv && lower != "but"sv) continue;
    const size_t noun = HeadOf(w, verb);
    if (noun >= w.size() || noun <= verb || w[noun].upos != Upos::kNOUN) continue;
    // "with junk and broken bikes": the coordinator joins the nouns.
    if (w[noun].deprel == Deprel::kConj) continue;
    // The finite verb above the noun, with no other finite verb between it
    // and the modifier.
    size_t above = HeadOf(w, noun);
    for (size_t steps = 0; above < w.size() && steps < w.size(); ++steps) {
      if (w[above].upos == Upos::kVERB && finite(w[above].xpos)) break;
      above = HeadOf(w, above);
    }
    if (above >= verb) continue;
    bool finite_between = false;
    for (size_t k = above + 1; k < verb; ++k) finite_between |= finite(w[k].xpos);
    if (finite_between) continue;
    if (!*out) *out = sentence;
    std::vector<Word>& words = (*out)->words;
    words[verb].head = static_cast<int32_t>(above + 1);
    words[verb].deprel = Deprel::kConj;
    if (w[verb].xpos == Xpos::kVBN && w[above].xpos == Xpos::kVBD) words[verb].xpos = Xpos::kVBD;
    words[noun].head = static_cast<int32_t>(verb + 1);
    words[noun].deprel = Deprel::kObj;
  }
}

}  // namespace

// "Kenya's president William Ruto, who hosted the summit, urged Ethiopia
// and Eritrea to ...", "Israel, which struck Gaza on Sunday, rejected the
// proposal", "Hamas, which controls Gaza, fired rockets at Israel", "The
// president, who visited Kenya in March, met ...": a sentence that opens
// with a noun phrase and a "who/which" clause set off by commas, then a
// verb with no subject of its own. The parser hangs that verb anywhere (a
// participle on a noun inside the clause, a conjunct or adverbial clause of
// the relative verb, a clause on the noun, an adjective on the noun after
// it: "fired rockets") or makes the relative verb the root. The verb is the
// main verb, the opening phrase its subject and the clause a relative
// clause on that phrase's noun; what the parser hung after the closing
// comma on words before it now hangs on the verb. (So the clause's "on
// Sunday" no longer dates the main verb's event.)
void RepairMainVerbAfterRelativeClause(const Sentence& sentence, std::optional<Sentence>* out) {
  const std::vector<Word>& w = (*out ? **out : sentence).words;
  const size_t n = w.size();
  // (Only the first relative word after a comma: the opening phrase ends
  // there.)
  for (size_t rel = 2; rel + 3 < n; ++rel) {
    const std::string pronoun = LowerAscii(w[rel].form);
    if ((pronoun != "who"sv && pronoun != "which"sv && pronoun != "whom"sv &&
         pronoun != "whose"sv) ||
        w[rel - 1].form != ","sv) {
      continue;
    }
    // The opening phrase, before the comma, is one noun phrase: exactly one
    // of its words (the noun) hangs outside it, and it is no oblique ("In
    // Gaza, which Hamas runs, ...").
    const size_t open_end = rel - 1;
    size_t noun = n;
    bool one_phrase = true;
    for (size_t k = 0; k < open_end; ++k) {
      if (HeadOf(w, k) < open_end) continue;
      one_phrase = one_phrase && noun == n;
      noun = k;
    }
    if (!one_phrase || noun == n) return;
    if (w[noun].upos != Upos::kNOUN && w[noun].upos != Upos::kPROPN) return;
    for (size_t k = 0; k < open_end; ++k) {
      if (HeadOf(w, k) == noun && (w[k].deprel == Deprel::kCase || w[k].deprel == Deprel::kMark)) {
        return;
      }
    }
    // The comma that closes the clause: the first with a verb right after
    // it, or after auxiliaries and adverbs ("has threatened", "was
    // attacked", "later rejected", "did not attend").
    size_t comma = n;
    size_t verb = n;
    for (size_t k = rel + 2; k + 1 < n && comma == n; ++k) {
      if (w[k].form != ","sv) continue;
      size_t next = k + 1;
      while (next + 1 < n && next < k + 4 &&
             (w[next].upos == Upos::kAUX || w[next].upos == Upos::kADV ||
              w[next].upos == Upos::kPART)) {
        ++next;
      }
      if (next > k + 1 || w[next].upos == Upos::kVERB) {
        comma = k;
        verb = next;
      }
    }
    if (comma == n || w[verb].upos != Upos::kVERB) return;
    // The clause is one phrase too: its head is its only word hung outside
    // it ("whose troops entered Syria", "which is the largest party").
    size_t clause = n;
    for (size_t k = rel; k < comma; ++k) {
      const size_t h = HeadOf(w, k);
      if (h >= rel && h < comma) continue;
      if (clause != n) return;
      clause = k;
    }
    if (clause == n) return;
    const bool auxiliaries = verb > comma + 1 && w[comma + 1].upos == Upos::kAUX;
    const Xpos x = w[verb].xpos;
    if (auxiliaries ? x != Xpos::kVBN && x != Xpos::kVB && x != Xpos::kVBG
                    : x != Xpos::kVBD && x != Xpos::kVBN && x != Xpos::kVBZ && x != Xpos::kVBP) {
      return;
    }
    if (HasSubject(w, verb)) return;
    for (size_t k = 0; k < n; ++k) {
      // "which was founded ..., was ..." is another reading.
      if ((k < comma || k > verb) && HeadOf(w, k) == verb &&
          (w[k].deprel == Deprel::kAux || w[k].deprel == Deprel::kAuxPass)) {
        return;
      }
    }
    // "fired rockets" read as an adjective on its noun: the noun is the
    // verb's object.
    const size_t modified =
        w[verb].deprel == Deprel::kAmod && HeadOf(w, verb) > verb ? HeadOf(w, verb) : n;
    // The parser's root is one of the words that change places: a root
    // after the verb ("..., rejected the plan, officials said") is another
    // sentence shape.
    size_t root = n;
    for (size_t k = 0; k < n; ++k) {
      if (w[k].head == 0) root = k;
    }
    if (root == n ||
        (root != noun && root != clause && root != modified && (root <= comma || root > verb))) {
      return;
    }
    // "was attacked": a form of "be" before a past participle is passive.
    auto form_of_be = [](const Word& word) {
      return IsIn(LowerAscii(word.form), {"is", "are", "was", "were", "been", "be", "being"});
    };
    bool passive = false;
    for (size_t k = comma + 1; k < verb; ++k) {
      passive = passive || (w[k].upos == Upos::kAUX && x == Xpos::kVBN && form_of_be(w[k]));
    }
    std::vector<size_t> old_head(n);
    for (size_t k = 0; k < n; ++k) old_head[k] = HeadOf(w, k);
    if (!*out) *out = sentence;
    std::vector<Word>& words = (*out)->words;
    auto hang = [&words](size_t k, size_t head, Deprel d) {
      words[k].head = static_cast<int32_t>(head + 1);
      words[k].deprel = d;
    };
    for (size_t k = 0; k < n; ++k) {
      if (k == verb || k == noun || k == clause) continue;
      const size_t h = old_head[k];
      if (k <= comma) {
        if (h > comma) hang(k, clause, k == comma ? Deprel::kPunct : words[k].deprel);
      } else if (k < verb) {
        hang(k, verb,
             w[k].upos != Upos::kAUX       ? Deprel::kAdvmod
             : passive && form_of_be(w[k]) ? Deprel::kAuxPass
                                           : Deprel::kAux);
      } else if (k == modified) {
        hang(k, verb, Deprel::kObj);
      } else if (h < verb || h == n) {
        // (Before the verb: in the opening phrase, the clause, or on an
        // auxiliary the parser made a head.) A noun's modifiers are a
        // verb's obliques and clauses.
        Deprel d = words[k].deprel;
        if (d == Deprel::kNmod) d = Deprel::kObl;
        if (d == Deprel::kAcl) d = Deprel::kAdvcl;
        hang(k, verb, d);
      }
    }
    words[verb].head = 0;
    words[verb].deprel = Deprel::kRoot;
    if (words[verb].xpos == Xpos::kVBN && !auxiliaries) words[verb].xpos = Xpos::kVBD;
    hang(noun, verb, passive ? Deprel::kNsubjPass : Deprel::kNsubj);
    hang(clause, noun, Deprel::kAclRelcl);
    return;
  }
}

// "met Prime Minister Abiy Ahmed in Addis Ababa", with "Ababa" a flat part
// of "Abiy" across "in Addis": the parts of a flat name are contiguous, so
// a name word right after another name is that name's part.
void RepairDetachedFlatName(const Sentence& sentence, std::optional<Sentence>* out) {
  const std::vector<Word>& w = (*out ? **out : sentence).words;
  for (size_t k = 2; k < w.size(); ++k) {
    const size_t head = HeadOf(w, k);
    if (w[k].deprel != Deprel::kFlat || w[k].upos != Upos::kPROPN || head >= k - 1 ||
        w[k - 1].upos != Upos::kPROPN) {
      continue;
    }
    // (Only across a word no name or title is made of: "in", a comma.
    // "Bree Prime Minister Romendacil" is one name with its title.)
    bool interrupted = false;
    for (size_t i = head + 1; i < k; ++i) {
      const Upos u = w[i].upos;
      interrupted = interrupted || u == Upos::kADP || u == Upos::kPUNCT || u == Upos::kCCONJ ||
                    u == Upos::kSCONJ || u == Upos::kVERB || u == Upos::kAUX ||
                    u == Upos::kPRON || u == Upos::kDET;
    }
    if (!interrupted) continue;
    if (!*out) *out = sentence;
    (*out)->words[k].head = static_cast<int32_t>(k);  // the word before (1-based k)
    return;
  }
}

// "took 20 soldiers hostage", "taking hundreds of children and teachers
// hostage", "holding three aid workers hostage", "took the crew of the
// tanker hostage": "hostage" (or "captive", "prisoner") at the end of the object of
// take/hold/keep is a secondary predicate (UD xcomp) on the verb, whatever
// the parser made of it (a second object, a conjunct, a compound's head).
// The noun right before it takes over its place in the object.
void RepairHostageSecondaryPredicate(const Sentence& sentence, std::optional<Sentence>* out) {
  const std::vector<Word>& w = (*out ? **out : sentence).words;
  for (size_t h = 2; h < w.size(); ++h) {
    const std::string form = LowerAscii(w[h].form);
    if (form != "hostage"sv && form != "hostages"sv && form != "captive"sv &&
        form != "captives"sv && form != "prisoner"sv && form != "prisoners"sv) {
      continue;
    }
    if (w[h].deprel == Deprel::kXcomp) continue;
    // (At the end of the phrase: "took the hostage crisis to the UN" is not.)
    if (h + 1 < w.size() && (w[h + 1].upos == Upos::kNOUN || w[h + 1].upos == Upos::kPROPN)) continue;
    size_t verb = w.size();
    for (size_t up = HeadOf(w, h), steps = 0; up < w.size() && steps < 6; up = HeadOf(w, up), ++steps) {
      if (w[up].upos == Upos::kVERB) {
        verb = up;
        break;
      }
    }
    if (verb == w.size() || verb >= h) continue;
    static const char* const kTakeForms[] = {"take",  "takes",   "took",  "taken", "taking",
                                             "hold",  "holds",   "held",  "holding", "keep",
                                             "keeps", "kept",    "keeping"};
    const std::string verb_form = LowerAscii(w[verb].form);
    bool take = false;
    for (const char* f : kTakeForms) take = take || verb_form == f;
    if (!take) continue;
    // An object before "hostage" (the verb's, or the noun it hangs on).
    const size_t prev = h - 1;
    if (w[prev].upos != Upos::kNOUN && w[prev].upos != Upos::kPROPN &&
        w[prev].upos != Upos::kPRON && w[prev].upos != Upos::kNUM) {
      continue;
    }
    if (!*out) *out = sentence;
    std::vector<Word>& words = (*out)->words;
    const int32_t old_head = words[h].head;
    const Deprel old_rel = words[h].deprel;
    if (HeadOf(words, prev) == h) {
      // "aid workers hostage", "of the tanker hostage": the noun before
      // takes the phrase over, with the words that hung on "hostage" before it.
      words[prev].head = old_head;
      words[prev].deprel = old_rel == Deprel::kConj || old_rel == Deprel::kNmod ? old_rel
                                                                                 : Deprel::kObj;
      for (size_t k = 0; k < words.size(); ++k) {
        if (k != prev && words[k].head == static_cast<int32_t>(h + 1) && k < h) {
          words[k].head = static_cast<int32_t>(prev + 1);
        }
      }
    }
    // (Words after it, "in Mali", are the verb's.)
    for (size_t k = h + 1; k < words.size(); ++k) {
      if (words[k].head == static_cast<int32_t>(h + 1)) {
        words[k].head = static_cast<int32_t>(verb + 1);
        if (words[k].deprel == Deprel::kNmod) words[k].deprel = Deprel::kObl;
      }
    }
    words[h].head = static_cast<int32_t>(verb + 1);
    words[h].deprel = Deprel::kXcomp;
    return;
  }
}

// "police in the capital Harare have fired ...", with "Harare" read as a
// second subject of the verb: a name right after "the capital" (city, town,
// port, ...) is that noun's apposition, whatever core role the parser gave
// it elsewhere.
void RepairNameAfterPlaceNoun(const Sentence& sentence, std::optional<Sentence>* out) {
  const Sentence& current = *out ? **out : sentence;
  const std::vector<Word>& w = current.words;
  for (size_t k = 1; k < w.size(); ++k) {
    const size_t noun = k - 1;
    if (w[k].upos != Upos::kPROPN || w[noun].upos != Upos::kNOUN) continue;
    const std::string lower = LowerAscii(w[noun].form);
    if (lower != "capital"sv && lower != "city"sv && lower != "town"sv && lower != "port"sv &&
        lower != "village"sv) {
      continue;
    }
    const Deprel d = w[k].deprel;
    if (d != Deprel::kNsubj && d != Deprel::kObj && d != Deprel::kNsubjPass) continue;
    const size_t head = HeadOf(w, k);
    if (head == noun || HeadOf(w, noun) == k || head == w.size() || Dominates(current, k, noun)) {
      continue;
    }
    // (Only inside a phrase: "the capital" with its determiner, hanging on
    // something other than the name's verb as a core role of its own.)
    if (noun == 0 || LowerAscii(w[noun - 1].form) != "the"sv) continue;
    if (HeadOf(w, noun) == head && (w[noun].deprel == Deprel::kNsubj ||
                                    w[noun].deprel == Deprel::kObj)) {
      continue;
    }
    if (!*out) *out = sentence;
    (*out)->words[k].head = static_cast<int32_t>(noun + 1);
    (*out)->words[k].deprel = Deprel::kAppos;
    return;
  }
}

// "attacked a military base outside the capital Mogadishu using car bombs",
// with "using" read as a relative clause on the capital: "using" a weapon
// says how the clause's act was done, so it hangs on the nearest verb
// above as an adverbial clause and shares that verb's subject.
void RepairInstrumentParticiple(const Sentence& sentence, std::optional<Sentence>* out) {
  const std::vector<Word>& w = (*out ? **out : sentence).words;
  for (size_t part = 1; part < w.size(); ++part) {
    if (LowerAscii(w[part].form) != "using"sv ||
        (w[part].deprel != Deprel::kAcl && w[part].deprel != Deprel::kAclRelcl)) {
      continue;
    }
    bool weapon = false;
    for (size_t k = part + 1; k < w.size(); ++k) {
      if (HeadOf(w, k) != part || w[k].deprel != Deprel::kObj) continue;
      weapon = IsIn(w[k].lemma, {"bomb", "drone", "missile", "rocket", "gun", "rifle", "artillery",
                                 "mortar", "grenade", "explosive", "knife", "machete", "weapon",
                                 "tank", "helicopter", "aircraft", "jet", "warplane", "gas",
                                 "bullet", "cannon", "shell", "firearm", "force", "ammunition"});
    }
    if (!weapon) continue;
    size_t verb = HeadOf(w, part);
    for (size_t steps = 0; verb < w.size() && steps < 8 && w[verb].upos != Upos::kVERB; ++steps) {
      verb = HeadOf(w, verb);
    }
    if (verb >= part || w[verb].upos != Upos::kVERB || HeadOf(w, part) == verb) continue;
    if (!*out) *out = sentence;
    (*out)->words[part].head = static_cast<int32_t>(verb + 1);
    (*out)->words[part].deprel = Deprel::kAdvcl;
    return;
  }
}

// "Slovak Prime Minister Robert Fico was shot", "Polish Foreign Minister
// Radoslaw Sikorski met ...", with the nationality read as the verb's
// subject or adverb (and the name, at times, as its modifier): a
// capitalised word right before a run of title words and a name modifies
// the title, and the name keeps the clause role.
void RepairNationalityBeforeTitle(const Sentence& sentence, std::optional<Sentence>* out) {
  const Sentence& current = *out ? **out : sentence;
  const std::vector<Word>& w = current.words;
  auto is_title = [&](size_t k) {
    return IsIn(w[k].form, {"Prime", "Minister", "President", "Foreign", "Defence", "Defense",
                            "Interior", "Finance", "Deputy", "Vice", "Chancellor", "Premier",
                            "Secretary", "King", "Queen", "Crown", "Prince", "Ambassador",
                            "Envoy", "Speaker", "Opposition", "Leader", "Army", "Chief"});
  };
  for (size_t i = 0; i + 2 < w.size(); ++i) {
    if (w[i].form.empty() || w[i].form[0] < 'A' || w[i].form[0] > 'Z' || is_title(i) ||
        (w[i].upos != Upos::kADJ && w[i].upos != Upos::kPROPN)) {
      continue;
    }
    size_t j = i + 1;
    while (j < w.size() && is_title(j)) ++j;
    if (j == i + 1 || j >= w.size() || w[j].upos != Upos::kPROPN) continue;
    const size_t title = j - 1;  // "Minister": what the nationality describes
    const size_t name = j;
    const Deprel d = w[i].deprel;
    if (d != Deprel::kNsubj && d != Deprel::kNsubjPass && d != Deprel::kAdvmod) continue;
    const size_t verb = HeadOf(w, i);
    if (verb >= w.size() || w[verb].upos != Upos::kVERB || verb < name) continue;
    // (The title run must hang inside the name's phrase already.)
    bool titled = true;
    for (size_t k = i + 1; k < name; ++k) titled = titled && Dominates(current, name, k);
    if (!titled) continue;
    if (!*out) *out = sentence;
    std::vector<Word>& words = (*out)->words;
    if (HeadOf(words, name) == i || d != Deprel::kAdvmod) {
      words[name].head = static_cast<int32_t>(verb + 1);
      words[name].deprel = d == Deprel::kAdvmod ? words[name].deprel : d;
    }
    words[i].head = static_cast<int32_t>(title + 1);
    words[i].deprel = Deprel::kAmod;
    return;
  }
}

// "called for an end to Israel's offensive in Gaza", with the "to" phrase
// hung on the verb beside "end": what an end, halt or stop is put to is
// the noun's complement, as in "an end to the war".
void RepairEndToPhrase(const Sentence& sentence, std::optional<Sentence>* out) {
  const Sentence& current = *out ? **out : sentence;
  const std::vector<Word>& w = current.words;
  for (size_t end = 0; end + 2 < w.size(); ++end) {
    if (w[end].upos != Upos::kNOUN || !IsIn(LowerAscii(w[end].form), {"end", "halt", "stop"}) ||
        LowerAscii(w[end + 1].form) != "to"sv || w[end + 1].deprel != Deprel::kCase) {
      continue;
    }
    const size_t noun = HeadOf(w, end + 1);
    if (noun >= w.size() || noun <= end + 1 || w[noun].upos != Upos::kNOUN) continue;
    const size_t head = HeadOf(w, noun);
    if (head == end || head != HeadOf(w, end) || Dominates(current, noun, end)) continue;
    if (!*out) *out = sentence;
    (*out)->words[noun].head = static_cast<int32_t>(end + 1);
    (*out)->words[noun].deprel = Deprel::kNmod;
    return;
  }
}

// "the Nigerian president told reporters after gunmen abducted 80
// students", read as "reporters after gunmen" abducting: the addressee of
// "tell" is its object, and the "after" phrase right before the clause's
// verb is a time clause with its own subject.
void RepairTimeClauseAfterAddressee(const Sentence& sentence, std::optional<Sentence>* out) {
  const Sentence& current = *out ? **out : sentence;
  const std::vector<Word>& w = current.words;
  for (size_t verb = 2; verb < w.size(); ++verb) {
    if (w[verb].upos != Upos::kVERB ||
        (w[verb].deprel != Deprel::kCcomp && w[verb].deprel != Deprel::kParataxis)) {
      continue;
    }
    const size_t tell = HeadOf(w, verb);
    if (tell >= verb || !IsIn(w[tell].lemma, {"tell", "inform", "brief", "assure"})) continue;
    size_t addressee = w.size();
    for (size_t k = tell + 1; k < verb; ++k) {
      if (HeadOf(w, k) == verb && w[k].deprel == Deprel::kNsubj) addressee = k;
      if (HeadOf(w, k) == tell && (w[k].deprel == Deprel::kObj || w[k].deprel == Deprel::kIobj)) {
        addressee = w.size();  // it has one already
        break;
      }
    }
    if (addressee == w.size()) continue;
    // The time phrase: a noun on the addressee, ending right before the verb.
    size_t subject = w.size();
    for (size_t k = addressee + 1; k < verb; ++k) {
      if (HeadOf(w, k) == addressee && w[k].deprel == Deprel::kNmod && k + 1 == verb) subject = k;
    }
    if (subject == w.size() || subject < 2) continue;
    const size_t marker = subject - 1;
    if (HeadOf(w, marker) != subject || w[marker].deprel != Deprel::kCase ||
        !IsIn(LowerAscii(w[marker].form), {"after", "before", "since", "until"})) {
      continue;
    }
    if (!*out) *out = sentence;
    std::vector<Word>& words = (*out)->words;
    words[addressee].head = static_cast<int32_t>(tell + 1);
    words[addressee].deprel = Deprel::kObj;
    words[subject].head = static_cast<int32_t>(verb + 1);
    words[subject].deprel = Deprel::kNsubj;
    words[marker].head = static_cast<int32_t>(verb + 1);
    words[marker].deprel = Deprel::kMark;
    words[verb].deprel = Deprel::kAdvcl;
    return;
  }
}

// "South Korea protested after North Korea launched a missile", read with
// "after" the case marker of "Korea" and "launched" a clausal complement of
// "protested": a subordinator right before a clause's subject, hanging on
// that subject, marks the clause, which is an adverbial clause (the time or
// reason of the act, not what is said or done).
void RepairSubordinatorReadAsCase(const Sentence& sentence, std::optional<Sentence>* out) {
  const Sentence& current = *out ? **out : sentence;
  const std::vector<Word>& w = current.words;
  for (size_t verb = 2; verb < w.size(); ++verb) {
    if (w[verb].upos != Upos::kVERB || w[verb].deprel != Deprel::kCcomp) continue;
    const Xpos x = w[verb].xpos;
    if (x != Xpos::kVBD && x != Xpos::kVBZ && x != Xpos::kVBP) continue;
    const size_t main = HeadOf(w, verb);
    if (main >= verb || w[main].upos != Upos::kVERB) continue;
    size_t subject = w.size();
    for (size_t k = main + 1; k < verb; ++k) {
      if (HeadOf(w, k) == verb && w[k].deprel == Deprel::kNsubj) subject = k;
    }
    if (subject == w.size()) continue;
    size_t first = subject;
    for (size_t k = main + 1; k < subject; ++k) {
      if (Dominates(current, subject, k)) {
        first = k;
        break;
      }
    }
    const size_t marker = first;
    if (marker <= main || HeadOf(w, marker) != subject || w[marker].deprel != Deprel::kCase ||
        !IsIn(LowerAscii(w[marker].form),
              {"after", "before", "since", "until", "because", "as", "while", "once"})) {
      continue;
    }
    if (!*out) *out = sentence;
    std::vector<Word>& words = (*out)->words;
    words[marker].head = static_cast<int32_t>(verb + 1);
    words[marker].deprel = Deprel::kMark;
    words[marker].upos = Upos::kSCONJ;
    words[verb].deprel = Deprel::kAdvcl;
    return;
  }
}

// "Britain announced plans to deploy a force to Ukraine", read with
// "deploy" an open complement of "announced": an infinitive right after a
// verb's object that names a plan or decision completes that noun.
void RepairPlanInfinitiveOnVerb(const Sentence& sentence, std::optional<Sentence>* out) {
  const Sentence& current = *out ? **out : sentence;
  const std::vector<Word>& w = current.words;
  for (size_t verb = 3; verb < w.size(); ++verb) {
    if (w[verb].deprel != Deprel::kXcomp || w[verb].upos != Upos::kVERB) continue;
    const size_t governor = HeadOf(w, verb);
    const size_t noun = verb - 2;
    if (governor >= noun || HeadOf(w, noun) != governor || w[noun].deprel != Deprel::kObj ||
        HeadOf(w, verb - 1) != verb || LowerAscii(w[verb - 1].form) != "to"sv ||
        !IsIn(LowerAscii(w[noun].lemma), {"plan", "decision", "proposal", "intention", "readiness",
                                          "willingness", "commitment", "pledge"})) {
      continue;
    }
    if (!*out) *out = sentence;
    (*out)->words[verb].head = static_cast<int32_t>(noun + 1);
    (*out)->words[verb].deprel = Deprel::kAcl;
  }
}

// "Pakistan and Afghanistan's Taliban government agreed ...", read with
// "Pakistan" a compound of "government" and "Afghanistan's" its conjunct:
// a name whose conjunct is a possessive before the noun they hang on is
// the first conjunct of that noun, which the possessive owns.
void RepairConjunctBeforePossessive(const Sentence& sentence, std::optional<Sentence>* out) {
  const Sentence& current = *out ? **out : sentence;
  const std::vector<Word>& w = current.words;
  for (size_t name = 0; name + 3 < w.size(); ++name) {
    if (w[name].deprel != Deprel::kCompound || w[name].upos != Upos::kPROPN) continue;
    const size_t noun = HeadOf(w, name);
    if (noun >= w.size() || noun <= name + 3 || w[noun].upos != Upos::kNOUN) continue;
    size_t owner = w.size(), cc = w.size();
    for (size_t k = name + 1; k < noun; ++k) {
      if (HeadOf(w, k) == name && w[k].deprel == Deprel::kConj) owner = k;
    }
    if (owner == w.size() || owner + 1 >= noun || w[owner + 1].form != "'s"sv ||
        HeadOf(w, owner + 1) != owner) {
      continue;
    }
    for (size_t k = name + 1; k < owner; ++k) {
      if (HeadOf(w, k) == owner && w[k].deprel == Deprel::kCc) cc = k;
    }
    if (cc == w.size() || Dominates(current, name, HeadOf(w, noun))) continue;
    if (!*out) *out = sentence;
    std::vector<Word>& words = (*out)->words;
    words[name].head = w[noun].head;
    words[name].deprel = w[noun].deprel;
    words[noun].head = static_cast<int32_t>(name + 1);
    words[noun].deprel = Deprel::kConj;
    words[owner].head = static_cast<int32_t>(noun + 1);
    words[owner].deprel = Deprel::kNmodPoss;
    words[cc].head = static_cast<int32_t>(noun + 1);
    return;
  }
}

std::optional<Sentence> RepairedTree(const Sentence& sentence) {
  std::optional<Sentence> out;
  RepairTitleAfterOpeningTime(sentence, &out);
  RepairBorderWith(sentence, &out);
  RepairParticipleAfterObject(sentence, &out);
  RepairCommaParticipleOnObject(sentence, &out);
  RepairListReadAsRelativeSubject(sentence, &out);
  RepairGerundReadAsModifier(sentence, &out);
  RepairNamingDoubleObject(sentence, &out);
  RepairMainClauseReadAsRelative(sentence, &out);
  RepairCoordinatedNationalities(sentence, &out);
  RepairModifierReadAsConjunct(sentence, &out);
  RepairSecondArgumentAsConjunct(sentence, &out);
  RepairSubjectReadAsMeasure(sentence, &out);
  RepairObjectReadAsMeasureCompound(sentence, &out);
  RepairParticipleOnReducedRelative(sentence, &out);
  RepairTimeWordReadAsSubject(sentence, &out);
  RepairRelativeObjectReadAsPassiveSubject(sentence, &out);
  RepairFiniteConjunctOnGerund(sentence, &out);
  RepairTitleReadAsSecondSubject(sentence, &out);
  RepairCoordinatedNounReadAsCompound(sentence, &out);
  RepairAppositionAfterRelativeClause(sentence, &out);
  RepairThatClauseOnTimePhrase(sentence, &out);
  RepairThatWordOnTimePhrase(sentence, &out);
  RepairHeadlineCoordinatedSubject(sentence, &out);
  RepairBetweenConjunct(sentence, &out);
  RepairPrepositionalPhraseReadAsClause(sentence, &out);
  RepairInfinitiveOnAddressee(sentence, &out);
  RepairThatClauseOnAddressee(sentence, &out);
  RepairHyphenatedPair(sentence, &out);
  RepairToPhraseAfterApposition(sentence, &out);
  RepairSubjectReadAsPrepositionalObject(sentence, &out);
  RepairOpeningAdjectiveReadAsRoot(sentence, &out);
  RepairCoordinatedVerbReadAsModifier(sentence, &out);
  RepairMainVerbAfterRelativeClause(sentence, &out);
  RepairDetachedFlatName(sentence, &out);
  RepairHostageSecondaryPredicate(sentence, &out);
  RepairNameAfterPlaceNoun(sentence, &out);
  RepairInstrumentParticiple(sentence, &out);
  RepairNationalityBeforeTitle(sentence, &out);
  RepairEndToPhrase(sentence, &out);
  RepairTimeClauseAfterAddressee(sentence, &out);
  RepairSubordinatorReadAsCase(sentence, &out);
  RepairPlanInfinitiveOnVerb(sentence, &out);
  RepairConjunctBeforePossessive(sentence, &out);
  const std::vector<Word>& w = sentence.words;
  for (size_t rel = 2; rel < w.size(); ++rel) {
    const std::string pronoun = LowerAscii(w[rel].form);
    if (pronoun != "which"sv && pronoun != "who"sv) continue;
    if (w[rel].deprel != Deprel::kNsubj && w[rel].deprel != Deprel::kNsubjPass) continue;
    if (w[rel - 1].form != ","sv) continue;
    const int32_t clause_head = w[rel].head;
    if (clause_head < 1 || static_cast<size_t>(clause_head) > w.size()) continue;
    const size_t clause = static_cast<size_t>(clause_head - 1);
    if (clause < rel || !IsClauseAttachment(w[clause].deprel)) continue;
    // The noun before the comma, up to the head of its name or compound.
    size_t noun = rel - 2;
    if (w[noun].upos != Upos::kNOUN && w[noun].upos != Upos::kPROPN) continue;
    for (int up = 0; up < 3; ++up) {
      const int32_t h = w[noun].head;
      if ((w[noun].deprel != Deprel::kFlat && w[noun].deprel != Deprel::kCompound) || h < 1 ||
          static_cast<size_t>(h - 1) >= rel) {
        break;
      }
      noun = static_cast<size_t>(h - 1);
    }
    // "the bombing of four trains, which killed 190 people" is about the
    // bombing, "members of the group, which was founded" about the group:
    // after an "of" phrase either noun may be meant, so leave it.
    if (w[noun].deprel == Deprel::kNmod && OfComplement(sentence, noun)) continue;
    if (Dominates(out ? *out : sentence, clause, noun)) continue;  // would make a cycle
    if (!out) out = sentence;
    out->words[clause].head = static_cast<int32_t>(noun + 1);
    out->words[clause].deprel = Deprel::kAclRelcl;
  }
  return out;
}

}  // namespace khaldun::event
