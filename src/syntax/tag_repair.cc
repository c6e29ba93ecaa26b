#include "syntax/tag_repair.h"

#include <string>

#include "syntax/lemmatizer.h"

namespace khaldun::syntax {

// Literals compare as string_view: GCC 12 compares a std::string with a
// char* through strlen and an out-of-line compare.
using namespace std::string_view_literals;

namespace {

bool IsFinite(Xpos x) {
  return x == Xpos::kVBD || x == Xpos::kVBZ || x == Xpos::kVBP || x == Xpos::kMD;
}

bool IsNounLike(Xpos x) {
  return x == Xpos::kNN || x == Xpos::kNNS || x == Xpos::kNNP || x == Xpos::kNNPS ||
         x == Xpos::kPRP || x == Xpos::kCD;
}

std::string Lower(const std::string& s) {
  std::string out = s;
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsAuxiliaryForm(const std::string& lower) {
  static const char* kForms[] = {"be",   "is",   "are", "was",  "were",   "been",  "being",
                                 "am",   "'s",   "'re", "have", "has",    "had",   "having",
                                 "'ve",  "get",  "got", "gets", "gotten", "getting"};
  for (const char* f : kForms) {
    if (lower == f) return true;
  }
  return false;
}

// An auxiliary word; "'s" only when it is not the possessive ("Egypt's").
bool IsAuxiliary(const Word& w) {
  return w.xpos != Xpos::kPOS && IsAuxiliaryForm(Lower(w.form));
}

bool IsClauseBoundary(const Word& w) {
  if (w.xpos == Xpos::kCOMMA || w.xpos == Xpos::kCOLON || w.xpos == Xpos::kCC) return true;
  // Called for every word a clause scan passes: lower-case into a small
  // buffer rather than a new string (the words below have 2 to 8 letters).
  if (w.form.size() < 2 || w.form.size() > 8) return false;
  char buffer[8];
  for (size_t k = 0; k < w.form.size(); ++k) {
    const char c = w.form[k];
    buffer[k] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  const std::string_view l(buffer, w.form.size());
  // ("says": the reported clause of a headline, "Ukraine says Russian strike
  // on Kharkiv kills six", has a verb of its own.)
  return l == "that"sv || l == "which"sv || l == "who"sv || l == "while"sv || l == "as"sv ||
         l == "after"sv || l == "before"sv || l == "when"sv || l == "because"sv || l == "said"sv ||
         l == "says"sv || l == "unless"sv || l == "if"sv || l == "although"sv || l == "though"sv ||
         l == "until"sv || l == "whereas"sv;
}

bool ClauseHasFiniteVerb(const std::vector<Word>& words, size_t i) {
  for (size_t k = i; k-- > 0;) {
    if (IsClauseBoundary(words[k])) break;
    if (IsFinite(words[k].xpos)) return true;
  }
  for (size_t k = i + 1; k < words.size(); ++k) {
    if (IsClauseBoundary(words[k])) break;
    if (IsFinite(words[k].xpos)) return true;
  }
  return false;
}

bool IsParticleForm(const std::string& lower) {
  return lower == "over"sv || lower == "up"sv || lower == "down"sv || lower == "off"sv ||
         lower == "out"sv || lower == "back"sv;
}

// Prepositions and subordinators that are also verb lemmas in WordNet: a
// word tagged IN is only re-read as a verb when it is none of these.
bool IsPrepositionForm(const std::string& lower) {
  for (const char* p : {"like", "near", "round", "save", "except", "past", "down", "up", "out",
                        "off", "over", "back", "further", "pass", "but", "plus", "minus", "worth",
                        "beside", "opposite", "to", "with", "in", "on", "at", "for", "by", "as"}) {
    if (lower == p) return true;
  }
  return false;
}

bool IsNominalTag(Xpos x) {
  return x == Xpos::kNN || x == Xpos::kNNS || x == Xpos::kNNP || x == Xpos::kJJ;
}

// "agreed on Tuesday to resume formal peace talks": after a verb that
// takes an infinitive and "to", a word WordNet knows as a verb, followed by
// what can be its object, is that verb (the tagger reads "resume" as a noun).
bool IsControlVerbForm(const std::string& lower) {
  for (const char* stem : {"agree", "vow", "pledg", "plan", "decid", "promis", "threaten",
                           "refus", "urg", "ask", "want", "seek", "sought", "hope", "intend",
                           "prepar", "offer", "propos", "fail", "tried", "tries", "try",
                           "attempt", "aim", "call", "press", "order", "invit", "voted"}) {
    if (lower.rfind(stem, 0) == 0) return true;
  }
  return false;
}

bool IsVerbTag(Xpos x) {
  return x == Xpos::kVB || x == Xpos::kVBD || x == Xpos::kVBG || x == Xpos::kVBN ||
         x == Xpos::kVBP || x == Xpos::kVBZ;
}

bool RepairInfinitive(std::vector<Word>& words, size_t i, const Lemmatizer& lexicon) {
  Word& w = words[i];
  // (Or as an adjective: "called on Egypt to free jailed activists".)
  if ((w.xpos != Xpos::kNN && w.xpos != Xpos::kJJ) || i < 2 || i + 1 >= words.size()) {
    return false;
  }
  if (Lower(words[i - 1].form) != "to"sv) return false;
  const Xpos next = words[i + 1].xpos;
  // "Iran to free jailed French tourist", "Germany to send tanks" (a
  // headline): a name of up to three words opening the sentence, "to", and
  // a word WordNet knows as a verb is that verb; a past form right after it
  // that describes the next noun is a participle.
  bool headline = i >= 2 && i <= 4;
  for (size_t k = 0; headline && k + 1 < i; ++k) {
    headline = words[k].xpos == Xpos::kNNP || words[k].xpos == Xpos::kNNPS;
  }
  if (headline && lexicon.IsVerbLemma(Lower(w.form)) &&
      (next == Xpos::kDT || next == Xpos::kPRPS || next == Xpos::kNNS || next == Xpos::kCD ||
       next == Xpos::kVBN || next == Xpos::kVBD || next == Xpos::kNNP || next == Xpos::kJJ ||
       next == Xpos::kNN)) {
    w.xpos = Xpos::kVB;
    w.upos = Upos::kVERB;
    words[i - 1].xpos = Xpos::kTO;
    words[i - 1].upos = Upos::kPART;
    if (next == Xpos::kVBD && i + 2 < words.size() && IsNominalTag(words[i + 2].xpos)) {
      words[i + 1].xpos = Xpos::kVBN;
    }
    return true;
  }
  // (A singular noun next, "to resume dialogue", only when no common noun
  // comes between the verb and "to": "called for a return to power
  // sharing" is a preposition.)
  const bool noun_object_follows = next == Xpos::kDT || next == Xpos::kJJ || next == Xpos::kNNS ||
                                   next == Xpos::kNNP || next == Xpos::kPRPS ||
                                   next == Xpos::kCD || next == Xpos::kNN;
  // (An adjective only before a determiner, possessive, number, plural or a
  // participle describing the object: "to free jailed activists".)
  const bool adjective_object_follows = next == Xpos::kDT || next == Xpos::kPRPS ||
                                        next == Xpos::kNNS || next == Xpos::kCD ||
                                        next == Xpos::kVBN;
  if (!(w.xpos == Xpos::kNN ? noun_object_follows : adjective_object_follows)) return false;
  // The governing verb, skipping a short time or place phrase ("on Tuesday")
  // or the party addressed ("called on Serbia and Kosovo to resume").
  // ("was ready to resume talks": an adjective that takes an infinitive
  // governs it as such a verb does.)
  size_t k = i - 1;
  bool control_adjective = false;
  bool common_noun_between = false;
  for (int skipped = 0; k > 0 && skipped < 6; ++skipped) {
    --k;
    const Word& g = words[k];
    if (IsVerbTag(g.xpos)) break;
    common_noun_between = common_noun_between || g.xpos == Xpos::kNN || g.xpos == Xpos::kNNS;
    if (skipped == 0 && g.xpos == Xpos::kJJ) {
      const std::string lower = Lower(g.form);
      for (const char* a : {"ready", "willing", "prepared", "eager", "keen", "determined",
                            "unwilling", "reluctant"}) {
        control_adjective = control_adjective || lower == a;
      }
      if (control_adjective) break;
    }
    if (g.xpos != Xpos::kIN && g.xpos != Xpos::kNNP && g.xpos != Xpos::kNN &&
        g.xpos != Xpos::kCD && g.xpos != Xpos::kRB && g.xpos != Xpos::kDT && g.xpos != Xpos::kJJ &&
        g.xpos != Xpos::kCC) {
      return false;
    }
  }
  if (next == Xpos::kNN && common_noun_between) return false;
  if (!control_adjective &&
      (!IsVerbTag(words[k].xpos) || !IsControlVerbForm(Lower(words[k].form)))) {
    return false;
  }
  if (!lexicon.IsVerbLemma(Lower(w.form))) return false;
  w.xpos = Xpos::kVB;
  w.upos = Upos::kVERB;
  return true;
}

// "would not give in to pressure", "bowed to demands": after a verb whose
// "to" is a preposition, a noun read as an infinitive is a noun.
bool RepairPrepositionalTo(std::vector<Word>& words, size_t i, const Lemmatizer& lexicon) {
  Word& w = words[i];
  if (w.xpos != Xpos::kVB || i < 2 ||
      (words[i - 1].xpos != Xpos::kTO &&
       !(words[i - 1].xpos == Xpos::kIN && Lower(words[i - 1].form) == "to"sv))) {
    return false;
  }
  size_t v = i - 2;
  if (words[v].xpos == Xpos::kRP && v > 0) --v;  // "give in", "cave in"
  const std::string verb = Lower(words[v].form);
  bool prepositional = false;
  for (const char* stem : {"bow", "succumb", "yield", "submit", "cave", "gave", "give", "giving",
                           "react", "respond", "object", "adhere", "cling", "clung"}) {
    prepositional = prepositional || verb.rfind(stem, 0) == 0;
  }
  // ("give" and "cave" only with their particle: "gave in to", not "gave to").
  if ((verb.rfind("giv", 0) == 0 || verb.rfind("gave", 0) == 0 || verb.rfind("cave", 0) == 0) &&
      words[i - 2].xpos != Xpos::kRP) {
    prepositional = false;
  }
  // ("India, Pakistan agree to ceasefire": after any verb, a word WordNet
  // has as a noun and not as a verb is the preposition's object, "to" no
  // infinitive; WordNet writes the truce "cease-fire".)
  const std::string lower = Lower(w.form);
  const bool noun_only =
      !lexicon.IsVerbLemma(lower) &&
      ((lexicon.WordNetClasses(lower) & Lemmatizer::kWnNoun) != 0 || lower == "ceasefire"sv);
  if (noun_only && IsVerbTag(words[v].xpos)) prepositional = true;
  if (!prepositional || !IsVerbTag(words[v].xpos)) return false;
  if ((lexicon.WordNetClasses(lower) & Lemmatizer::kWnNoun) == 0 && !noun_only) return false;
  words[i - 1].xpos = Xpos::kIN;
  words[i - 1].upos = Upos::kADP;
  w.xpos = Xpos::kNN;
  w.upos = Upos::kNOUN;
  return true;
}

// "demanded that Israel halt settlement building": after a verb of demand
// and "that", the subject's verb is a bare subjunctive, which the tagger
// reads as a noun (or adjective) when a noun follows.
bool RepairSubjunctive(std::vector<Word>& words, size_t i, const Lemmatizer& lexicon) {
  Word& w = words[i];
  // (Or as an adjective: "insisted that Moscow halt arms shipments".)
  if ((w.xpos != Xpos::kNN && w.xpos != Xpos::kJJ) || i < 3 || i + 1 >= words.size()) return false;
  auto nominal = [](Xpos x) {
    return x == Xpos::kDT || x == Xpos::kNN || x == Xpos::kNNS || x == Xpos::kNNP ||
           x == Xpos::kJJ || x == Xpos::kPRPS || x == Xpos::kCD;
  };
  // (Or a particle before it: "demanded that Riyadh hand over 18 suspects".)
  const Xpos next = words[i + 1].xpos;
  // ("... that President Park step down immediately", "step down over the
  // scandal", "step down.": or a particle ending the verb phrase.)
  auto phrase_end = [](Xpos x) {
    return x == Xpos::kRB || x == Xpos::kIN || x == Xpos::kPERIOD || x == Xpos::kCOMMA;
  };
  const bool particle = (next == Xpos::kRP || next == Xpos::kIN || next == Xpos::kRB) &&
                        i + 2 < words.size() &&
                        ((next != Xpos::kRB && nominal(words[i + 2].xpos)) ||
                         (next != Xpos::kIN && phrase_end(words[i + 2].xpos))) &&
                        IsParticleForm(Lower(words[i + 1].form));
  if (!nominal(next) && !particle) return false;
  // The subject: a name, pronoun or short noun phrase right after "that".
  size_t k = i - 1;
  const Xpos subject = words[k].xpos;
  if (subject != Xpos::kNNP && subject != Xpos::kNNPS && subject != Xpos::kPRP &&
      subject != Xpos::kNN && subject != Xpos::kNNS) {
    return false;
  }
  for (int skipped = 0; k > 0 && skipped < 5 && Lower(words[k].form) != "that"sv; ++skipped) {
    --k;
    const Xpos x = words[k].xpos;
    if (Lower(words[k].form) == "that"sv) break;
    // (A hyphenated name: "Park Geun-hye".)
    if (x != Xpos::kNNP && x != Xpos::kNNPS && x != Xpos::kNN && x != Xpos::kNNS &&
        x != Xpos::kDT && x != Xpos::kJJ && x != Xpos::kPOS && x != Xpos::kHYPH) {
      return false;
    }
  }
  if (Lower(words[k].form) != "that"sv || k == 0) return false;
  // The verb of demand, skipping a short time phrase ("on Friday").
  bool mandative = false;
  for (size_t g = k; g-- > 0 && k - g <= 4 && !mandative;) {
    const std::string lower = Lower(words[g].form);
    for (const char* stem : {"demand", "insist", "urg", "ask", "recommend", "propos", "requir",
                             "request", "suggest", "order", "decree", "stipulat"}) {
      mandative = mandative || (lower.rfind(stem, 0) == 0 && IsVerbTag(words[g].xpos));
    }
  }
  if (!mandative) return false;
  const std::string lower = Lower(w.form);
  if (!lexicon.IsVerbLemma(lower)) return false;
  w.xpos = Xpos::kVB;
  w.upos = Upos::kVERB;
  return true;
}

// "demanded the president resign", "demanding the government withdraw the
// bill", "demanding the prime minister step down": a verb of demand, a
// definite noun phrase or pronoun as its subject, and a base-form verb the
// tagger read as a noun, adjective, preposition or present tense (which
// made a root of it or of the noun after it). Without "that", so narrower
// than RepairSubjunctive: only "demand" and "insist", only a subject that is
// a name, a pronoun or starts with "the", and a word that is also a noun
// only when what follows shows it is a verb (a particle, or an object that
// is no further compound: "raise wages", but not "the police force").
bool RepairBareSubjunctive(std::vector<Word>& words, size_t i, const Lemmatizer& lexicon) {
  Word& w = words[i];
  if (w.xpos != Xpos::kNN && w.xpos != Xpos::kJJ && w.xpos != Xpos::kIN &&
      w.xpos != Xpos::kVBP) {
    return false;
  }
  if (i < 3) return false;
  const std::string lower = Lower(w.form);
  if (!lexicon.IsVerbLemma(lower) || IsPrepositionForm(lower)) return false;
  // The subject, right before: a name, pronoun or noun phrase after "the".
  size_t k = i - 1;
  const Xpos head = words[k].xpos;
  if (head != Xpos::kNNP && head != Xpos::kNNPS && head != Xpos::kPRP && head != Xpos::kNN &&
      head != Xpos::kNNS) {
    return false;
  }
  if (head == Xpos::kPRP) {
    const std::string pronoun = Lower(words[k].form);
    if (pronoun != "it"sv && pronoun != "they"sv && pronoun != "he"sv && pronoun != "she"sv &&
        pronoun != "we"sv) {
      return false;
    }
  }
  size_t start = k;
  auto demand_word = [&](size_t t) {
    const std::string f = Lower(words[t].form);
    return f.rfind("demand", 0) == 0 || f.rfind("insist", 0) == 0;
  };
  while (start > 0 && i - start < 5 && !demand_word(start - 1) &&
         (IsNominalTag(words[start - 1].xpos) || words[start - 1].xpos == Xpos::kNNPS ||
          words[start - 1].xpos == Xpos::kJJ || words[start - 1].xpos == Xpos::kPOS ||
          words[start - 1].xpos == Xpos::kDT || words[start - 1].xpos == Xpos::kPRPS)) {
    --start;
  }
  const std::string first = Lower(words[start].form);
  const bool definite = first == "the"sv || words[start].xpos == Xpos::kNNP ||
                        words[start].xpos == Xpos::kPRP || words[start].xpos == Xpos::kNNS ||
                        words[start].xpos == Xpos::kPRPS;
  if (!definite || start == 0) return false;
  // The verb of demand right before the subject.
  Word& demand = words[start - 1];
  const std::string dl = Lower(demand.form);
  const bool mandative =
      (dl.rfind("demand", 0) == 0 || dl.rfind("insist", 0) == 0) &&
      (IsVerbTag(demand.xpos) || (demand.xpos == Xpos::kJJ && dl == "demanding"sv));
  if (!mandative) return false;
  const bool also_noun = (lexicon.WordNetClasses(lower) & Lemmatizer::kWnNoun) != 0;
  const Xpos next = i + 1 < words.size() ? words[i + 1].xpos : Xpos::kPERIOD;
  const bool particle = i + 2 < words.size() && IsParticleForm(Lower(words[i + 1].form)) &&
                        (next == Xpos::kRP || next == Xpos::kIN || next == Xpos::kRB);
  const bool object = next == Xpos::kDT || next == Xpos::kPRPS || next == Xpos::kCD ||
                      next == Xpos::kNNS || next == Xpos::kNNP;
  if (also_noun && !particle && !object) return false;
  if (demand.xpos == Xpos::kJJ) {
    demand.xpos = Xpos::kVBG;
    demand.upos = Upos::kVERB;
  }
  w.xpos = Xpos::kVB;
  w.upos = Upos::kVERB;
  // Its object's head, which the tagger made a present-tense verb to give
  // the clause one ("withdraw the foreign agents bill."), is a noun again.
  size_t j = i + 1;
  if (j < words.size() && words[j].xpos == Xpos::kDT) ++j;
  while (j < words.size() && (words[j].xpos == Xpos::kJJ || words[j].xpos == Xpos::kNN ||
                              words[j].xpos == Xpos::kNNS)) {
    ++j;
  }
  if (j > i + 1 && j < words.size() &&
      (words[j].xpos == Xpos::kVBP || words[j].xpos == Xpos::kVBZ) &&
      (j + 1 == words.size() || words[j + 1].xpos == Xpos::kPERIOD ||
       words[j + 1].xpos == Xpos::kCOMMA || words[j + 1].xpos == Xpos::kCOLON) &&
      (lexicon.WordNetClasses(Lower(words[j].form)) &
       (Lemmatizer::kWnNoun | Lemmatizer::kWnPluralNoun)) != 0) {
    words[j].xpos = words[j].xpos == Xpos::kVBZ ? Xpos::kNNS : Xpos::kNN;
    words[j].upos = Upos::kNOUN;
  }
  return true;
}

// Retags `w` as a singular common noun when WordNet knows its form as a
// noun; returns 1 if it did, else 0.
int MakeNounIfWordNetHasIt(Word& w, const Lemmatizer& lexicon) {
  if ((lexicon.WordNetClasses(Lower(w.form)) & Lemmatizer::kWnNoun) == 0) return 0;
  w.xpos = Xpos::kNN;
  w.upos = Upos::kNOUN;
  return 1;
}

int RepairWithLexicon(std::vector<Word>* words_ptr, const Lemmatizer& lexicon) {
  std::vector<Word>& words = *words_ptr;
  int changed = 0;
  // "stands in solidarity with its closest ally the UK": after a possessive
  // determiner (and its adjectives) comes a noun, not a base verb.
  for (size_t i = 1; i < words.size(); ++i) {
    Word& w = words[i];
    if (w.xpos != Xpos::kVB && w.xpos != Xpos::kVBP) continue;
    size_t j = i;
    while (j > 0 && (words[j - 1].xpos == Xpos::kJJ || words[j - 1].xpos == Xpos::kJJS ||
                     words[j - 1].xpos == Xpos::kJJR)) {
      --j;
    }
    if (j == 0 || words[j - 1].xpos != Xpos::kPRPS) continue;
    changed += MakeNounIfWordNetHasIt(w, lexicon);
  }
  // "called for an end to Israel's offensive in Gaza", "halted its
  // advance": a word after a possessive with no noun after it to describe
  // is the possessed noun, when WordNet knows it as one (read as an
  // adjective, the possessor lost its head noun). Not before "and": "her
  // American and Mexican counterparts".
  for (size_t i = 1; i < words.size(); ++i) {
    Word& w = words[i];
    if (w.xpos != Xpos::kJJ) continue;
    const Xpos before = words[i - 1].xpos;
    if (before != Xpos::kPOS && before != Xpos::kPRPS) continue;
    if (i + 1 < words.size()) {
      const Xpos after = words[i + 1].xpos;
      if (after != Xpos::kIN && after != Xpos::kTO && after != Xpos::kCOMMA &&
          after != Xpos::kPERIOD && after != Xpos::kVBD &&
          after != Xpos::kVBZ && after != Xpos::kVBP && after != Xpos::kMD) {
        continue;
      }
    }
    changed += MakeNounIfWordNetHasIt(w, lexicon);
  }
  // "A Russian missile strike on a hospital in Kyiv drew international
  // condemnation", with "drew" read as part of the name before it: a word
  // in lower case is no proper noun, and in a sentence with no finite verb
  // a past form is the verb.
  for (size_t i = 1; i < words.size(); ++i) {
    Word& w = words[i];
    if ((w.xpos != Xpos::kNNP && w.xpos != Xpos::kNNPS) || w.form.empty() || w.form[0] < 'a' ||
        w.form[0] > 'z' || !lexicon.IsPastVerbForm(w.form)) {
      continue;
    }
    bool finite = false;
    for (const Word& other : words) finite = finite || IsFinite(other.xpos);
    if (finite) break;
    w.xpos = Xpos::kVBD;
    w.upos = Upos::kVERB;
    ++changed;
    break;
  }
  // "U.S. airstrikes killed 20 militants", with "airstrikes" read as part
  // of the name before it: a lower-case word of four letters or more after
  // a capitalised name is a common noun when a verb, a preposition or the
  // end of the clause follows (a name's lower-case particles, "al", "bin",
  // "de", are followed by the rest of the name). An -s form is the plural.
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    Word& w = words[i];
    if ((w.xpos != Xpos::kNNP && w.xpos != Xpos::kNNPS) || w.form.size() < 4) continue;
    bool lower = true;
    for (char ch : w.form) lower = lower && ch >= 'a' && ch <= 'z';
    const Word& before = words[i - 1];
    if (!lower || (before.xpos != Xpos::kNNP && before.xpos != Xpos::kNNPS) ||
        before.form.empty() || before.form[0] < 'A' || before.form[0] > 'Z') {
      continue;
    }
    const Xpos after = words[i + 1].xpos;
    if (!IsFinite(after) && after != Xpos::kIN && after != Xpos::kTO &&
        after != Xpos::kCOMMA && after != Xpos::kPERIOD) {
      continue;
    }
    const bool plural = w.form.back() == 's' && w.form[w.form.size() - 2] != 's';
    w.xpos = plural ? Xpos::kNNS : Xpos::kNN;
    w.upos = Upos::kNOUN;
    ++changed;
  }
  // "it shot down 30 drones" read as a modal: only the closed class of
  // modals is MD; a past verb form tagged so is a past tense.
  for (Word& w : words) {
    if (w.xpos != Xpos::kMD) continue;
    const std::string lower = Lower(w.form);
    bool modal = false;
    for (const char* m : {"can", "could", "may", "might", "must", "shall", "should", "will",
                          "would", "'ll", "'d", "ought", "need", "dare", "wo", "ca", "sha",
                          "cannot", "gotta", "wanna", "gonna", "have", "ll", "d"}) {
      modal = modal || lower == m;
    }
    if (!modal && lexicon.IsPastVerbForm(lower)) {
      w.xpos = Xpos::kVBD;
      w.upos = Upos::kVERB;
      ++changed;
    }
  }
  // An -s form that cannot be a verb where it stands is the plural noun:
  // "Houthi rockets struck a Saudi oil facility", "Israeli strikes killed
  // ten" (right before a past-tense verb: two finite verbs do not meet, it
  // is the subject); "condemned the U.S. strikes as a violation" (after a
  // verb, "the" and a name: the verb's object, not the name's verb).
  for (size_t i = 1; i < words.size(); ++i) {
    Word& w = words[i];
    if (w.xpos != Xpos::kVBZ) continue;
    const Xpos before = words[i - 1].xpos;
    const bool before_past = i + 1 < words.size() && words[i + 1].xpos == Xpos::kVBD &&
                             (before == Xpos::kNNP || before == Xpos::kJJ || before == Xpos::kNN);
    const bool after_verb_the_name =
        i >= 3 && before == Xpos::kNNP && Lower(words[i - 2].form) == "the"sv &&
        (words[i - 3].xpos == Xpos::kVBD || words[i - 3].xpos == Xpos::kVBZ ||
         words[i - 3].xpos == Xpos::kVBP || words[i - 3].xpos == Xpos::kVB);
    if (!before_past && !after_verb_the_name) continue;
    const std::string lower = Lower(w.form);
    const std::string singular = lower.size() > 3 ? lower.substr(0, lower.size() - 1) : lower;
    if (((lexicon.WordNetClasses(lower) | lexicon.WordNetClasses(singular)) &
         Lemmatizer::kWnNoun) == 0) {
      continue;
    }
    w.xpos = Xpos::kNNS;
    w.upos = Upos::kNOUN;
    ++changed;
  }
  // "Hezbollah fires rockets at northern Israel" (a headline) read as a
  // plural noun and then an -s verb: a plural subject cannot take an -s
  // verb, so after a name the first is the verb and the second its plural
  // object, when WordNet knows both readings and nothing before is finite.
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    Word& first = words[i];
    Word& second = words[i + 1];
    if (first.xpos != Xpos::kNNS || second.xpos != Xpos::kVBZ) continue;
    if (words[i - 1].xpos != Xpos::kNNP && words[i - 1].xpos != Xpos::kNNPS) continue;
    bool finite_before = false;
    for (size_t k = 0; k < i; ++k) finite_before = finite_before || IsFinite(words[k].xpos);
    if (finite_before) continue;
    if ((lexicon.WordNetClasses(Lower(first.form)) & Lemmatizer::kWnVerbS) == 0 ||
        (lexicon.WordNetClasses(Lower(second.form)) & Lemmatizer::kWnPluralNoun) == 0) {
      continue;
    }
    first.xpos = Xpos::kVBZ;
    first.upos = Upos::kVERB;
    second.xpos = Xpos::kNNS;
    second.upos = Upos::kNOUN;
    changed += 2;
  }
  // "agreed to supply Leopard tanks to Ukraine": after a base-form verb and a
  // noun, a plural noun read as a verb's -s form with nothing after it that
  // could be its object is the plural noun, the verb's object. (Also with
  // a quantity or more modifiers between: "deliver more Leopard tanks".)
  for (size_t i = 2; i < words.size(); ++i) {
    Word& w = words[i];
    if (w.xpos != Xpos::kVBZ) continue;
    const Xpos before = words[i - 1].xpos;
    if (before != Xpos::kNNP && before != Xpos::kNN && before != Xpos::kJJ) continue;
    size_t base = i - 2;
    while (base > 0 && i - base < 5 &&
           (words[base].xpos == Xpos::kJJ || words[base].xpos == Xpos::kJJR ||
            words[base].xpos == Xpos::kCD || words[base].xpos == Xpos::kNNP ||
            words[base].xpos == Xpos::kNN)) {
      --base;
    }
    if (words[base].xpos != Xpos::kVB) continue;
    const Xpos after = i + 1 < words.size() ? words[i + 1].xpos : Xpos::kPERIOD;
    if (after != Xpos::kIN && after != Xpos::kTO && after != Xpos::kPERIOD &&
        after != Xpos::kCOMMA && after != Xpos::kCC) {
      continue;
    }
    // (Not a clause after a verb of saying or thinking: "to ensure Iran
    // complies with ...".)
    const std::string verb = Lower(words[base].form);
    bool clause_verb = false;
    for (const char* c : {"say", "ensure", "think", "believe", "know", "show", "suggest", "hope",
                          "insist", "claim", "argue", "make", "see", "hear", "feel", "mean",
                          "assume", "ensure", "guarantee", "prove", "confirm", "deny", "tell"}) {
      clause_verb = clause_verb || verb == c;
    }
    if (clause_verb || (lexicon.WordNetClasses(Lower(w.form)) & Lemmatizer::kWnPluralNoun) == 0) {
      continue;
    }
    w.xpos = Xpos::kNNS;
    w.upos = Upos::kNOUN;
    ++changed;
  }
  for (size_t i = 2; i < words.size(); ++i) {
    changed += RepairPrepositionalTo(words, i, lexicon) ? 2 : 0;
  }
  for (size_t i = 2; i < words.size(); ++i) changed += RepairInfinitive(words, i, lexicon) ? 1 : 0;
  for (size_t i = 3; i < words.size(); ++i) changed += RepairSubjunctive(words, i, lexicon) ? 1 : 0;
  for (size_t i = 3; i < words.size(); ++i) changed += RepairBareSubjunctive(words, i, lexicon) ? 1 : 0;
  // "talks at Downing Street": a capitalised word inside a sentence, read
  // as a verb before a proper noun, is part of the name.
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    Word& w = words[i];
    if ((w.xpos != Xpos::kVBG && w.xpos != Xpos::kVBN && w.xpos != Xpos::kVBD) || w.form.empty() ||
        !(w.form[0] >= 'A' && w.form[0] <= 'Z')) {
      continue;
    }
    const Xpos prev = words[i - 1].xpos, next = words[i + 1].xpos;
    if (next != Xpos::kNNP && next != Xpos::kNNPS) continue;
    if (prev == Xpos::kPERIOD || prev == Xpos::kOPENQ || prev == Xpos::kCOLON) continue;
    // Title case throughout (a headline) is not evidence.
    bool lower_word = false;
    for (const Word& o : words) {
      lower_word = lower_word || (!o.form.empty() && o.form[0] >= 'a' && o.form[0] <= 'z' &&
                                  o.form.size() > 3);
    }
    if (!lower_word) continue;
    w.xpos = Xpos::kNNP;
    w.upos = Upos::kPROPN;
    ++changed;
  }
  // "Old rivals India and Pakistan have renewed ties": a plural noun read
  // as a verb right after an adjective that opens the sentence (or follows
  // its determiner), when a finite verb comes later. An adjective there
  // needs a noun to modify; "Such is life" has no plural-noun "is".
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    Word& w = words[i];
    if (w.xpos != Xpos::kVBZ || words[i - 1].xpos != Xpos::kJJ) continue;
    const bool opens = i == 1 || (i == 2 && (words[0].xpos == Xpos::kDT ||
                                             words[0].xpos == Xpos::kPRPS));
    if (!opens) continue;
    bool finite_after = false;
    for (size_t k = i + 1; k < words.size() && !finite_after; ++k) {
      if (words[k].xpos == Xpos::kCOMMA || words[k].xpos == Xpos::kCOLON) break;
      finite_after = IsFinite(words[k].xpos);
    }
    if (finite_after && (lexicon.WordNetClasses(Lower(w.form)) & Lemmatizer::kWnPluralNoun) != 0) {
      w.xpos = Xpos::kNNS;
      w.upos = Upos::kNOUN;
      ++changed;
    }
  }
  // "Israeli military struck a target": a word WordNet knows as a noun,
  // tagged as an adjective after an adjective or determiner and right
  // before a past verb, is the subject's head noun.
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    Word& w = words[i];
    if (w.xpos != Xpos::kJJ) continue;
    const Xpos prev = words[i - 1].xpos, next = words[i + 1].xpos;
    if ((prev != Xpos::kJJ && prev != Xpos::kDT) ||
        (next != Xpos::kVBD && next != Xpos::kVBN && next != Xpos::kVBZ)) {
      continue;
    }
    const std::string lower = Lower(w.form);
    if ((lexicon.WordNetClasses(lower) & Lemmatizer::kWnNoun) != 0 && !lexicon.IsPastVerbForm(lower)) {
      w.xpos = Xpos::kNN;
      w.upos = Upos::kNOUN;
      ++changed;
    }
  }
  // "fired two artillery shells at Seoul": a plural noun after a number
  // (and maybe a noun), in a clause that already has its finite verb, read
  // as a third-person verb.
  for (size_t i = 2; i < words.size(); ++i) {
    Word& w = words[i];
    if (w.xpos != Xpos::kVBZ) continue;
    const Xpos prev = words[i - 1].xpos;
    // (After a particle too: "carried out air strikes"; and after up to
    // three modifying nouns: "four Madrid commuter trains".)
    size_t j = i - 1;
    while (j > 0 && i - j <= 3 &&
           (words[j].xpos == Xpos::kNN || words[j].xpos == Xpos::kNNP ||
            words[j].xpos == Xpos::kNNS)) {
      --j;
    }
    // (And right after a past verb that does not report, behind two or
    // more modifying nouns: "pounded Hamas security compounds".)
    auto reporting = [](const std::string& v) {
      for (const char* r : {"said", "told", "thought", "believed", "knew", "hoped", "feared",
                            "claimed", "denied", "insisted", "reported", "announced", "added",
                            "noted", "warned", "argued", "suggested", "showed", "meant", "found",
                            "expected", "felt", "saw", "heard", "learned", "decided", "agreed"}) {
        if (v == r) return true;
      }
      return false;
    };
    const bool after_past_verb = words[j].xpos == Xpos::kVBD && i - j - 1 >= 2 &&
                                 !reporting(Lower(words[j].form));
    // (Or behind a possessive: "North Korea's missile launches".)
    const bool counted = prev == Xpos::kCD ||
                         ((prev == Xpos::kNN || prev == Xpos::kNNS || prev == Xpos::kNNP) &&
                          (words[j].xpos == Xpos::kCD || words[j].xpos == Xpos::kRP ||
                           words[j].xpos == Xpos::kPOS || after_past_verb));
    if (!counted) continue;
    bool finite_before = false;
    for (size_t k = i - 1; k-- > 0;) {
      if (IsClauseBoundary(words[k])) break;
      finite_before = finite_before || IsFinite(words[k].xpos);
    }
    const std::string lower = Lower(w.form);
    if (finite_before && (lexicon.WordNetClasses(lower) & Lemmatizer::kWnPluralNoun) != 0) {
      w.xpos = Xpos::kNNS;
      w.upos = Upos::kNOUN;
      ++changed;
    }
  }
  for (size_t i = 1; i < words.size(); ++i) {
    Word& w = words[i];
    // "warplanes struck targets" tagged VBP: a past form that is not also a
    // base form ("struck", "fled"; not "hit", "cut") is a past tense.
    if (w.xpos == Xpos::kVBP) {
      std::string lower = Lower(w.form);
      // (WordNet's exception list also maps present forms of "be": "are", "am".)
      bool be = lower == "are"sv || lower == "am"sv || lower == "'re"sv || lower == "'m"sv;
      if (!be && lexicon.IsPastVerbForm(lower) && !lexicon.IsVerbLemma(lower)) {
        w.xpos = Xpos::kVBD;
        ++changed;
      }
      continue;
    }
    if (!IsNominalTag(w.xpos)) continue;
    std::string lower = Lower(w.form);
    // "would resume": the word after a modal (and "not") is a base verb.
    size_t j = i;
    while (j > 0 && (words[j - 1].xpos == Xpos::kRB)) --j;
    if (j > 0 && words[j - 1].xpos == Xpos::kMD && w.xpos != Xpos::kNNS &&
        lexicon.IsVerbLemma(lower)) {
      w.xpos = Xpos::kVB;
      w.upos = Upos::kVERB;
      ++changed;
      continue;
    }
    // "Japan lifts sanctions against India" (a headline): a verb's -s form
    // read as a plural noun right after a proper-noun subject and before
    // what can be its object, in a clause with no finite verb.
    // (Or after a singular role word: "UN chief urges restraint", "Polish
    // PM rejects the plan", with a bare noun as the object too.)
    const std::string role = Lower(words[i - 1].form);
    const bool role_subject =
        (words[i - 1].xpos == Xpos::kNN || words[i - 1].xpos == Xpos::kJJ ||
         words[i - 1].xpos == Xpos::kNNP) &&
        (role == "chief"sv || role == "minister"sv || role == "president"sv || role == "leader"sv ||
         role == "envoy"sv || role == "pm"sv || role == "premier"sv || role == "government"sv ||
         role == "army"sv || role == "police"sv || role == "military"sv || role == "court"sv ||
         role == "parliament"sv || role == "junta"sv || role == "council"sv || role == "king"sv ||
         role == "pope"sv || role == "chancellor"sv);
    // (A plural proper name is one party too: "Philippines protests ...".)
    if (w.xpos == Xpos::kNNS &&
        (words[i - 1].xpos == Xpos::kNNP || words[i - 1].xpos == Xpos::kNNPS || role_subject) &&
        i + 1 < words.size() &&
        (words[i + 1].xpos == Xpos::kDT || words[i + 1].xpos == Xpos::kNNS ||
         words[i + 1].xpos == Xpos::kNNP || words[i + 1].xpos == Xpos::kJJ ||
         words[i + 1].xpos == Xpos::kCD || words[i + 1].xpos == Xpos::kPRPS ||
         (role_subject && words[i + 1].xpos == Xpos::kNN) ||
         // ("UN chief calls for ceasefire in Sudan")
         (role_subject && words[i + 1].xpos == Xpos::kIN && i + 2 < words.size() &&
          (Lower(words[i + 1].form) == "for"sv || Lower(words[i + 1].form) == "on"sv))) &&
        (lexicon.WordNetClasses(lower) & Lemmatizer::kWnVerbS) != 0 &&
        !ClauseHasFiniteVerb(words, i)) {
      w.xpos = Xpos::kVBZ;
      w.upos = Upos::kVERB;
      ++changed;
      continue;
    }
    // "aircraft struck targets": a known past form after a noun, in a clause
    // that has no finite verb.
    bool object_follows = i + 1 < words.size() &&
                          (words[i + 1].xpos == Xpos::kDT || words[i + 1].xpos == Xpos::kNNS ||
                           words[i + 1].xpos == Xpos::kNNP || words[i + 1].xpos == Xpos::kCD ||
                           words[i + 1].xpos == Xpos::kPRPS);
    // (Or a particle and then the object: "Ukraine says it shot down 30
    // Russian drones".)
    if (!object_follows && i + 2 < words.size() && IsParticleForm(Lower(words[i + 1].form))) {
      const Xpos after = words[i + 2].xpos;
      object_follows = after == Xpos::kDT || after == Xpos::kNNS || after == Xpos::kNNP ||
                       after == Xpos::kCD || after == Xpos::kPRPS || after == Xpos::kJJ;
    }
    // (Or "dead" and then the object: "Security forces in Bangladesh shot
    // dead dozens of protesters".)
    if (!object_follows && i + 2 < words.size() && Lower(words[i + 1].form) == "dead"sv) {
      const Xpos after = words[i + 2].xpos;
      object_follows = after == Xpos::kDT || after == Xpos::kNNS || after == Xpos::kNNP ||
                       after == Xpos::kCD || after == Xpos::kPRPS || after == Xpos::kJJ;
    }
    // (Or "set fire/ablaze/alight", where a singular noun or an adverb
    // follows: "A drone attack set fire to an oil depot".)
    if (!object_follows && lower == "set"sv && i + 1 < words.size()) {
      const std::string next = Lower(words[i + 1].form);
      object_follows = next == "fire"sv || next == "ablaze"sv || next == "alight"sv;
    }
    // (A lower-case word read as a proper noun, "Syria drew condemnation",
    // is as suspect as one read as a common noun.)
    const bool lower_proper = w.xpos == Xpos::kNNP && !w.form.empty() && w.form[0] >= 'a' &&
                              w.form[0] <= 'z';
    // (A past form read as an adjective may take a singular object too:
    // "Syrian troops bore responsibility".)
    if ((w.xpos == Xpos::kJJ || lower_proper) && i + 1 < words.size()) {
      const Xpos next = words[i + 1].xpos;
      object_follows = next == Xpos::kNN || next == Xpos::kNNS || next == Xpos::kDT ||
                       next == Xpos::kPRPS;
    }
    // (Verbs whose past is their base form are not in WordNet's exception
    // lists: "protesters set fire to the embassy".)
    const bool invariant_past = lower == "set"sv || lower == "put"sv || lower == "cut"sv ||
                                lower == "hit"sv || lower == "shut"sv || lower == "let"sv ||
                                lower == "cast"sv || lower == "spread"sv || lower == "beat"sv;
    // (A subject pronoun right before starts a clause of its own: "Ukraine
    // says it shot down ...", where "says" is another clause's verb.)
    const std::string prev = Lower(words[i - 1].form);
    const bool pronoun_subject =
        words[i - 1].xpos == Xpos::kPRP &&
        (prev == "it"sv || prev == "he"sv || prev == "she"sv || prev == "they"sv || prev == "we"sv);
    bool finite_after = false;
    for (size_t k = i + 1; k < words.size() && !IsClauseBoundary(words[k]); ++k) {
      finite_after = finite_after || IsFinite(words[k].xpos);
    }
    const bool no_other_verb = pronoun_subject ? !finite_after : !ClauseHasFiniteVerb(words, i);
    if ((w.xpos == Xpos::kNN || w.xpos == Xpos::kJJ || lower_proper) && object_follows &&
        IsNounLike(words[i - 1].xpos) && (lexicon.IsPastVerbForm(lower) || invariant_past) &&
        !(i + 1 < words.size() && Lower(words[i + 1].form) == "by"sv) && no_other_verb) {
      w.xpos = Xpos::kVBD;
      w.upos = Upos::kVERB;
      ++changed;
      // (The particle is the verb's: "shot down".)
      if (i + 1 < words.size() && IsParticleForm(Lower(words[i + 1].form)) &&
          (words[i + 1].xpos == Xpos::kRB || words[i + 1].xpos == Xpos::kIN)) {
        words[i + 1].xpos = Xpos::kRP;
        words[i + 1].upos = Upos::kADP;
      }
      continue;
    }
    // "Kenyan police fire tear gas at protesters", "Rebel forces attack
    // convoy" (headlines): a verb's base form read as a singular noun after
    // a plural subject (or police, army), before what can be its object, in
    // a clause with no finite verb, is the present tense.
    const std::string before = Lower(words[i - 1].form);
    // (Or two names opening the sentence, joined: "Russia, Ukraine swap
    // prisoners", "Israel and Hamas agree".)
    const bool joined_names =
        words[i - 1].xpos == Xpos::kNNP && i == 3 &&
        (words[i - 2].xpos == Xpos::kCOMMA || Lower(words[i - 2].form) == "and"sv) &&
        (words[i - 3].xpos == Xpos::kNNP || words[i - 3].xpos == Xpos::kNN);
    // (Or a people or group named by a plural name opening the headline:
    // "Houthis fire missiles at US destroyer".)
    const std::string& subject_form = words[i - 1].form;
    const bool plural_name = i == 1 && (words[0].xpos == Xpos::kNNPS ||
                                        (words[0].xpos == Xpos::kNNP && subject_form.size() > 3 &&
                                         subject_form.back() == 's'));
    const bool plural_subject =
        words[i - 1].xpos == Xpos::kNNS || joined_names || plural_name ||
        (words[i - 1].xpos == Xpos::kNN &&
         (before == "police"sv || before == "army"sv || before == "military"sv));
    bool base_object_follows = false;
    if (i + 1 < words.size()) {
      const Xpos next = words[i + 1].xpos;
      base_object_follows = next == Xpos::kDT || next == Xpos::kNN || next == Xpos::kNNS ||
                            next == Xpos::kNNP || next == Xpos::kCD || next == Xpos::kPRPS ||
                            next == Xpos::kJJ;
    }
    // (A lower-case word read as a name is no name: "Putin, Xi pledge
    // deeper cooperation".)
    const bool lower_name = w.xpos == Xpos::kNNP && !w.form.empty() && w.form[0] >= 'a' &&
                            w.form[0] <= 'z';
    if (i + 1 < words.size() && words[i + 1].xpos == Xpos::kJJR) base_object_follows = true;
    if ((w.xpos == Xpos::kNN || lower_name) && plural_subject && base_object_follows &&
        lexicon.IsVerbLemma(lower) && !ClauseHasFiniteVerb(words, i)) {
      w.xpos = Xpos::kVBP;
      w.upos = Upos::kVERB;
      ++changed;
    }
  }
  return changed;
}

}  // namespace

int RepairFiniteVerbTags(std::vector<Word>* words_ptr, const Lemmatizer* lexicon) {
  std::vector<Word>& words = *words_ptr;
  int changed = lexicon != nullptr ? RepairWithLexicon(words_ptr, *lexicon) : 0;
  // "Israeli-Palestinian peace talks": a hyphen written inside a word, between
  // two capitalised words, joins them (HYPH); read as a colon or dash it
  // made the first word a clause of its own.
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    Word& w = words[i];
    if (w.form != "-"sv || w.xpos == Xpos::kHYPH || words[i - 1].space_after || w.space_after) {
      continue;
    }
    const std::string& before = words[i - 1].form;
    const std::string& after = words[i + 1].form;
    if (before.empty() || after.empty() || before[0] < 'A' || before[0] > 'Z' || after[0] < 'A' ||
        after[0] > 'Z') {
      continue;
    }
    w.xpos = Xpos::kHYPH;
    w.upos = Upos::kPUNCT;
    ++changed;
  }
  // "China responded by sanctioning U.S. defence firms": a participle right
  // after the subject, in a sentence with no finite verb, followed by "by"
  // and a gerund (the means, not a passive's agent) is the past tense.
  for (size_t i = 1; i + 2 < words.size(); ++i) {
    Word& w = words[i];
    if (w.xpos != Xpos::kVBN || Lower(words[i + 1].form) != "by"sv ||
        words[i + 2].xpos != Xpos::kVBG || !IsNounLike(words[i - 1].xpos)) {
      continue;
    }
    bool finite = false;
    for (const Word& other : words) finite = finite || IsFinite(other.xpos);
    if (finite) break;
    w.xpos = Xpos::kVBD;
    ++changed;
    break;
  }
  // "North Korean troops fought alongside Russian forces": prepositions of
  // news that EWT never shows ("alongside", "amidst") are prepositions
  // before a noun phrase, not adverbs (read as one, the noun phrase became
  // the verb's object: an ally fought).
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    Word& w = words[i];
    const std::string lower = Lower(w.form);
    if (w.xpos == Xpos::kIN || (lower != "alongside"sv && lower != "amidst"sv)) continue;
    const Xpos next = words[i + 1].xpos;
    if (next != Xpos::kDT && next != Xpos::kJJ && next != Xpos::kNN && next != Xpos::kNNS &&
        next != Xpos::kNNP && next != Xpos::kNNPS && next != Xpos::kPRPS && next != Xpos::kCD &&
        next != Xpos::kPRP) {
      continue;
    }
    w.xpos = Xpos::kIN;
    w.upos = Upos::kADP;
    ++changed;
  }
  // "near-daily raids", "a near-total blackout": split at the hyphen, "near"
  // is the first half of an adjective, not a preposition whose object the
  // parser would make of the noun (EWT has no such word).
  for (size_t i = 0; i + 2 < words.size(); ++i) {
    if (words[i].xpos == Xpos::kIN && Lower(words[i].form) == "near"sv &&
        words[i + 1].xpos == Xpos::kHYPH && words[i + 1].span.begin == words[i].span.end) {
      words[i].xpos = Xpos::kJJ;
      words[i].upos = Upos::kADJ;
      ++changed;
    }
  }
  // "Turkish troops and allied Syrian rebels", "the allied forces": "allied"
  // after a conjunction or determiner and before the noun it describes is
  // an adjective, not a verb that would split the subject from its clause.
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    Word& w = words[i];
    if ((w.xpos != Xpos::kVBN && w.xpos != Xpos::kVBD) || Lower(w.form) != "allied"sv) continue;
    const Xpos before = words[i - 1].xpos;
    const Xpos after = words[i + 1].xpos;
    if ((before == Xpos::kCC || before == Xpos::kDT || before == Xpos::kPRPS ||
         before == Xpos::kIN || before == Xpos::kCOMMA) &&
        (after == Xpos::kJJ || after == Xpos::kNN || after == Xpos::kNNS || after == Xpos::kNNP ||
         after == Xpos::kNNPS)) {
      w.xpos = Xpos::kJJ;
      w.upos = Upos::kADJ;
      ++changed;
    }
  }
  // "released two kidnapped soldiers", "freed the abducted girls": a regular
  // past form read as a finite verb between a number or determiner and a
  // common noun is a participle describing that noun. (Not after a year,
  // "in 1990 invaded ...": only a number under a thousand.)
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    Word& w = words[i];
    const std::string lower = Lower(w.form);
    if (w.xpos != Xpos::kVBD || lower.size() < 5 || lower.compare(lower.size() - 2, 2, "ed") != 0) {
      continue;
    }
    const Word& before = words[i - 1];
    const Xpos after = words[i + 1].xpos;
    if (after != Xpos::kNNS && after != Xpos::kNN) continue;
    bool counted = before.xpos == Xpos::kDT || before.xpos == Xpos::kPRPS;
    if (before.xpos == Xpos::kCD) {
      const std::string n = Lower(before.form);
      counted = !n.empty() && !(n.size() >= 4 && n[0] >= '0' && n[0] <= '9');
    }
    if (!counted || i < 2 || !(IsVerbTag(words[i - 2].xpos) || words[i - 2].xpos == Xpos::kIN)) {
      continue;
    }
    w.xpos = Xpos::kVBN;
    w.upos = Upos::kVERB;
    ++changed;
  }
  // "held their first joint naval patrols": "joint" before the noun phrase
  // it describes is the adjective; read as a noun after "first", it became
  // the object and took the real one as a second.
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    Word& w = words[i];
    if ((w.xpos != Xpos::kNN && w.xpos != Xpos::kNNP) || Lower(w.form) != "joint"sv) continue;
    const Xpos after = words[i + 1].xpos;
    if (after != Xpos::kJJ && after != Xpos::kNN && after != Xpos::kNNS && after != Xpos::kVBG) {
      continue;
    }
    w.xpos = Xpos::kJJ;
    w.upos = Upos::kADJ;
    ++changed;
  }
  // "stormed a prison in Kogi state overnight, freeing ...": "overnight"
  // not followed by the noun it would describe ("an overnight curfew") is
  // the adverb; read as an adjective it became a clause of its own and took
  // the place phrase with it.
  for (size_t i = 1; i < words.size(); ++i) {
    Word& w = words[i];
    if (w.xpos != Xpos::kJJ || Lower(w.form) != "overnight"sv) continue;
    if (i + 1 < words.size()) {
      const Xpos after = words[i + 1].xpos;
      if (after == Xpos::kJJ || after == Xpos::kNN || after == Xpos::kNNS ||
          after == Xpos::kNNP || after == Xpos::kNNPS || after == Xpos::kHYPH) {
        continue;
      }
    }
    w.xpos = Xpos::kRB;
    w.upos = Upos::kADV;
    ++changed;
  }
  // "Militias allied with Iran attacked U.S. troops", "Hackers linked to
  // Iran attacked ...": a past form of a verb of affiliation right after a
  // noun, with "to"/"with" and a noun phrase before a finite verb, is a
  // participle describing the noun, not the main verb (read as the main
  // verb, it left the real one without a clause).
  for (size_t i = 1; i + 3 < words.size(); ++i) {
    Word& w = words[i];
    if (w.xpos != Xpos::kVBD || !IsNounLike(words[i - 1].xpos) ||
        words[i - 1].xpos == Xpos::kPRP) {
      continue;
    }
    const std::string lower = Lower(w.form);
    if (lower != "linked"sv && lower != "allied"sv && lower != "affiliated"sv &&
        lower != "tied"sv && lower != "aligned"sv && lower != "connected"sv) {
      continue;
    }
    const std::string prep = Lower(words[i + 1].form);
    if (words[i + 1].xpos != Xpos::kIN || (prep != "to"sv && prep != "with"sv)) continue;
    size_t k = i + 2;
    while (k < words.size() && k < i + 9 &&
           (IsNominalTag(words[k].xpos) || words[k].xpos == Xpos::kNNPS ||
            words[k].xpos == Xpos::kDT || words[k].xpos == Xpos::kJJ ||
            words[k].xpos == Xpos::kHYPH || words[k].xpos == Xpos::kPOS ||
            words[k].xpos == Xpos::kCD)) {
      ++k;
    }
    if (k == i + 2 || k >= words.size() ||
        (words[k].xpos != Xpos::kVBD && words[k].xpos != Xpos::kVBZ &&
         words[k].xpos != Xpos::kVBP)) {
      continue;
    }
    w.xpos = Xpos::kVBN;
    ++changed;
  }
  // "Thailand's military declared martial law", "the military said": "military"
  // after a possessive or determiner and before no noun it could describe is
  // the armed forces, a noun (read as an adjective it left the clause
  // without its subject).
  for (size_t i = 1; i < words.size(); ++i) {
    Word& w = words[i];
    if (w.xpos != Xpos::kJJ || Lower(w.form) != "military"sv) continue;
    const Xpos before = words[i - 1].xpos;
    if (before != Xpos::kPOS && before != Xpos::kDT && before != Xpos::kPRPS) continue;
    const Xpos after = i + 1 < words.size() ? words[i + 1].xpos : Xpos::kPERIOD;
    if (IsNominalTag(after) || after == Xpos::kNNPS || after == Xpos::kHYPH ||
        after == Xpos::kVBG || after == Xpos::kCD) {
      continue;
    }
    w.xpos = Xpos::kNN;
    w.upos = Upos::kNOUN;
    ++changed;
  }
  // "paid his respects to a South Korean soldier killed in Afghanistan": a
  // past form of a verb that needs an object, right after a noun, with a
  // preposition instead of its object and the clause's finite verb already
  // before it, is a participle describing the noun.
  for (size_t i = 2; i + 1 < words.size(); ++i) {
    Word& w = words[i];
    if (w.xpos != Xpos::kVBD || !IsNounLike(words[i - 1].xpos) || words[i - 1].xpos == Xpos::kPRP) {
      continue;
    }
    const std::string lower = Lower(w.form);
    bool transitive = false;
    for (const char* f : {"killed", "wounded", "injured", "arrested", "detained", "captured",
                          "abducted", "kidnapped", "seized", "shot", "executed", "jailed",
                          "imprisoned", "expelled", "deported", "beheaded", "murdered",
                          "tortured"}) {
      transitive = transitive || lower == f;
    }
    if (!transitive || words[i + 1].xpos != Xpos::kIN) continue;
    bool finite_before = false;
    for (size_t k = i - 1; k-- > 0;) {
      if (IsClauseBoundary(words[k])) break;
      finite_before = finite_before || IsFinite(words[k].xpos);
    }
    if (!finite_before) continue;
    w.xpos = Xpos::kVBN;
    ++changed;
  }
  // "ministers imposed targeted sanctions" read as VBN VBD: a participle
  // right before a past form that precedes a noun is the clause's verb, and
  // the past form the participle modifying the noun.
  for (size_t i = 1; i + 2 < words.size(); ++i) {
    if (words[i].xpos != Xpos::kVBN || words[i + 1].xpos != Xpos::kVBD) continue;
    const Xpos noun = words[i + 2].xpos;
    if (noun != Xpos::kNN && noun != Xpos::kNNS) continue;
    bool aux = false;
    for (size_t k = i >= 3 ? i - 3 : 0; k < i; ++k) aux = aux || IsAuxiliary(words[k]);
    if (aux || !IsNounLike(words[i - 1].xpos)) continue;
    words[i].xpos = Xpos::kVBD;
    words[i + 1].xpos = Xpos::kVBN;
    changed += 2;
  }
  for (size_t i = 1; i < words.size(); ++i) {
    if (words[i].xpos != Xpos::kVBN) continue;
    size_t j = i;
    while (j > 0 && words[j - 1].xpos == Xpos::kRB) --j;
    if (j == 0 || !IsNounLike(words[j - 1].xpos)) continue;
    bool aux = false;
    for (size_t k = i >= 3 ? i - 3 : 0; k < i; ++k) aux = aux || IsAuxiliary(words[k]);
    if (aux) continue;
    if (i + 1 < words.size() && Lower(words[i + 1].form) == "by"sv) continue;
    bool finite = false;
    for (size_t k = i; k-- > 0;) {
      if (IsClauseBoundary(words[k])) break;
      finite = finite || IsFinite(words[k].xpos);
    }
    for (size_t k = i + 1; k < words.size() && !finite; ++k) {
      if (IsClauseBoundary(words[k])) break;
      finite = IsFinite(words[k].xpos);
    }
    if (finite) continue;
    words[i].xpos = Xpos::kVBD;
    words[i].upos = Upos::kVERB;
    ++changed;
  }
  // A sentence with no finite verb at all ("Joe Biden, on a visit to Israel,
  // condemned ..."): its first participle not after an auxiliary and not
  // before "by" is the main verb.
  // (Nor one whose predicate is an infinitive: "Iran to free jailed French
  // tourist", a headline.)
  bool any_finite = false;
  for (const Word& w : words) any_finite = any_finite || IsFinite(w.xpos);
  for (size_t i = 1; i <= 3 && i + 1 < words.size() && !any_finite; ++i) {
    bool opening_name = true;
    for (size_t k = 0; k < i; ++k) {
      opening_name = opening_name && (words[k].xpos == Xpos::kNNP || words[k].xpos == Xpos::kNNPS);
    }
    any_finite = opening_name && words[i].xpos == Xpos::kTO && words[i + 1].xpos == Xpos::kVB;
  }
  if (!any_finite) {
    for (size_t i = 1; i < words.size(); ++i) {
      if (words[i].xpos != Xpos::kVBN) continue;
      bool aux = false;
      for (size_t k = i >= 3 ? i - 3 : 0; k < i; ++k) aux = aux || IsAuxiliary(words[k]);
      if (aux || (i + 1 < words.size() && Lower(words[i + 1].form) == "by"sv)) continue;
      words[i].xpos = Xpos::kVBD;
      ++changed;
      break;
    }
  }
  return changed;
}

}  // namespace khaldun::syntax
