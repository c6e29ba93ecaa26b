// Conversion of PETRARCH / TABARI dictionaries into khaldun's knowledge source.
//
// WHAT IS KEPT
//   actors    every name (and '+' synonym) with its words joined by spaces
//             (case does not matter: matching folds case); dated codes become
//             inclusive ranges (PETRARCH's `to` is exclusive: to - 1 day);
//             kind: country for a 3-letter code, else other. Codes are
//             upper-cased ("pse" -> "PSE"). A multi-actor code ("RUT/GRK")
//             is kept whole: the coder codes one event per party.
//   agents    each phrase and its plurals -> KbAgent with the code without '~'
//             ("[~GOV]" after the country, "[NGO~]" before it).
//   verbs     each verb of a block -> a verb pattern with the verb's (else the
//             block's) code; a particle written after the verb ("BREAK_DOWN",
//             "* OFF") joins the lemma ("break down"). Verbs are lemmatized by
//             rule: the form as written plus a regular de-inflection
//             ("CALLED" -> "called", "call"; "RISEN" -> "rise"); all are indexed,
//             and so is an irregular form written out ("HOLD {... HELD}"),
//             which the coder looks up as written with PETRARCH dictionaries
//             (event::CoderOptions::written_forms).
//   patterns  "- * post [code]": content words right after '*' -> obj= (last
//             word also singularized; determiners dropped), and the same
//             words as after= (PETRARCH finds them anywhere in the verb
//             phrase: the coder's fallback); "PREP +" -> target=prep; "+"
//             right after '*' -> target=obj; "PREP $" / "$" after the verb ->
//             source=prep / obj; a preposition at the end ("*_ON", "* FOR")
//             -> target=prep; "TO VERB" at the end -> xcomp=verb; '%' ->
//             compound= (before the verb: the subject, and symmetric; after
//             it: the target slot); synsets (&NAME, nested too) and TABARI
//             "{ A | B }" alternatives expand into alternatives. Words before
//             the verb ("- SAID WOULD *", "- NOT *") -> before=; all the words
//             after it -> after= (instead of obj=) when content words follow a
//             preposition ("* OVER EFFORTS"); TABARI's words as stems.
//             Words written before the inflected verb ("WIRE_+TAP") ->
//             a last before= item that touches the verb (before=wire_).
//             "042:043" -> cameo=042, reverse=043; "032:032" -> symmetric;
//             ":026" (reverse dyad only) -> 026 with source and target slots
//             swapped; "[---]" -> a no-event pattern (cameo "---"). The
//             default target is obj, iobj, then `next` (PETRARCH's first
//             actor after the verb), then prepositions.
//   discards  -> issues DISCARD / DISCARD_STORY (see field_dictionaries.h).
//   issues    PETRARCH issue phrases (their expanded forms) -> KbIssue;
//             exclusions ("~phrase") are dropped.
//
// WHAT CANNOT BE REPRESENTED (each occurrence is a LineProblem)
//   - Words after the target or source slot ("* + TO_ATTEND"): ignored
//     (approximated).
//   - TABARI '^' (skip a noun phrase) right before an actor slot ("* AT ^ +")
//     is the slot `skip:at` (`skip:obj`), the first actor after that noun
//     phrase; elsewhere it is ignored (approximated). "_" exact-word
//     marks and TABARI stem matching ("ARGENTIN" matches "Argentina"): names
//     match whole tokens only.
//   - '+' before the verb ("- + * FROM $"): target=nsubj (the subject as
//     written) and the source taken from the slot after the verb (default
//     speaker|by|obj): approximate.
//   - Actors whose only codes are "---" or "###" are dropped; "[---]"
//     ranges around dated codes simply give no code.
//   - PETRARCH verb transformations ("~ a (a b ATTACK) SAY = a b 015") and
//     TABARI <TIME> shifts: dropped. TABARI .options: not converted.
//   - Synset expansion is capped at kMaxExpansions alternatives per pattern.
#include "dict/field_dictionaries.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <unordered_map>

#include "base/calendar.h"
#include "dict/petrarch_reader.h"
#include "dict/source_syntax.h"
#include "dict/tabari_reader.h"
#include "port/file.h"

namespace khaldun::dict {
namespace {

constexpr size_t kMaxExpansions = 256;

const std::vector<std::string>& DefaultTargets();

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// A word as it can appear in a name: '_' and surrounding '_' removed.
std::string CleanWord(std::string_view w) {
  std::string out;
  for (char c : w) {
    if (c != '_') out += c;
  }
  return out;
}

std::string JoinWords(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) {
    std::string c = CleanWord(w);
    if (c.empty()) continue;
    if (!out.empty()) out += ' ';
    out += c;
  }
  return out;
}

// Lemma candidates for a verb written in any form: the form itself and the
// regular de-inflections (extra candidates are harmless: they only index a
// pattern under a lemma no word has).
std::vector<std::string> VerbLemmas(std::string_view written) {
  std::string w = Lower(CleanWord(written));
  std::vector<std::string> out{w};
  auto add = [&](std::string s) {
    if (s.size() >= 2 && std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
  };
  auto undouble = [&](const std::string& stem) {
    if (stem.size() >= 3 && stem.back() == stem[stem.size() - 2] && !IsVowel(stem.back()) &&
        stem.back() != 's' && stem.back() != 'l') {
      add(stem.substr(0, stem.size() - 1));
    }
  };
  // TABARI verbs are stems matched as prefixes ("RESTOR" for restore,
  // restored ...): the stem plus 'e' is a likely lemma.
  if (w.size() >= 3 && !IsVowel(w.back()) && w.back() != 'y') add(w + "e");
  if (w.size() <= 4) return out;
  if (EndsWith(w, "ied")) {
    add(w.substr(0, w.size() - 3) + "y");
  } else if (EndsWith(w, "ed")) {
    std::string stem = w.substr(0, w.size() - 2);
    add(stem);
    add(stem + "e");
    undouble(stem);
  } else if (EndsWith(w, "ing")) {
    std::string stem = w.substr(0, w.size() - 3);
    add(stem);
    add(stem + "e");
    undouble(stem);
  } else if (EndsWith(w, "en")) {
    // An irregular past participle written as the verb ("RISEN", "TAKEN",
    // "FALLEN"): its lemma is likely the form without "n" or "en".
    add(w.substr(0, w.size() - 1));
    add(w.substr(0, w.size() - 2));
  } else if (EndsWith(w, "ies")) {
    add(w.substr(0, w.size() - 3) + "y");
  } else if (EndsWith(w, "es") && (EndsWith(w, "ches") || EndsWith(w, "shes") ||
                                   EndsWith(w, "sses") || EndsWith(w, "xes"))) {
    add(w.substr(0, w.size() - 2));
  } else if (EndsWith(w, "s") && !EndsWith(w, "ss") && !EndsWith(w, "us") && !EndsWith(w, "is")) {
    add(w.substr(0, w.size() - 1));
  }
  return out;
}

// A noun's singular by rule ("ties" -> "tie", "supplies" -> "supply").
std::string Singular(const std::string& w) {
  if (w.size() <= 3) return w;
  if (EndsWith(w, "ies")) {
    // "ties", "lies": the stem keeps its 'ie'; "supplies" -> "supply".
    return w.size() <= 4 ? w.substr(0, w.size() - 1) : w.substr(0, w.size() - 3) + "y";
  }
  if (EndsWith(w, "sses") || EndsWith(w, "ches") || EndsWith(w, "shes") || EndsWith(w, "xes")) {
    return w.substr(0, w.size() - 2);
  }
  if (EndsWith(w, "s") && !EndsWith(w, "ss") && !EndsWith(w, "us") && !EndsWith(w, "is")) {
    return w.substr(0, w.size() - 1);
  }
  return w;
}

bool IsParticle(std::string_view w) {
  static const char* const kParticles[] = {"up",   "down", "off",   "out",  "away",
                                           "back", "aside", "apart", "forth"};
  for (const char* p : kParticles) {
    if (w == p) return true;
  }
  return false;
}

bool IsPreposition(std::string_view w) {
  static const char* const kPreps[] = {
      "to",   "with",    "on",      "upon",   "against", "for",    "in",     "into",
      "at",   "by",      "from",    "about",  "of",      "over",   "toward", "towards",
      "between", "among", "across", "near",   "under",   "after",  "before", "through",
      "onto", "without", "within",  "behind", "beyond",  "amid",   "despite"};
  for (const char* p : kPreps) {
    if (w == p) return true;
  }
  return false;
}

bool IsDeterminer(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "its" || w == "their" || w == "his" ||
         w == "her" || w == "our";
}

void Report(std::vector<LineProblem>* problems, std::string_view file, size_t line,
            std::string reason) {
  if (problems) problems->push_back(LineProblem{std::string(file), line, std::move(reason)});
}

// ---- actors --------------------------------------------------------------

std::string PhraseName(const Phrase& p) { return JoinWords(p.words); }

// ---- verbs ---------------------------------------------------------------

using Alternatives = std::vector<std::vector<std::string>>;  // each a word list

// Expands the words of a phrase (which may name synsets) into word lists.
void ExpandWords(const std::vector<std::string>& words,
                 const std::unordered_map<std::string, const Synset*>& synsets, int depth,
                 Alternatives* out);

void ExpandSynset(const std::string& name,
                  const std::unordered_map<std::string, const Synset*>& synsets, int depth,
                  Alternatives* out) {
  auto it = synsets.find(name);
  if (it == synsets.end() || depth > 4) return;
  for (const Phrase& m : it->second->members) {
    ExpandWords(m.words, synsets, depth + 1, out);
    if (out->size() >= kMaxExpansions) return;
  }
}

// Every alternative of `heads` followed by every one of `tails` (at most
// kMaxExpansions).
Alternatives Concatenate(const Alternatives& heads, const Alternatives& tails) {
  Alternatives out;
  for (const auto& h : heads) {
    for (const auto& t : tails) {
      if (out.size() >= kMaxExpansions) return out;
      std::vector<std::string> joined = h;
      joined.insert(joined.end(), t.begin(), t.end());
      out.push_back(std::move(joined));
    }
  }
  return out;
}

void ExpandWords(const std::vector<std::string>& words,
                 const std::unordered_map<std::string, const Synset*>& synsets, int depth,
                 Alternatives* out) {
  Alternatives acc{{}};
  for (const std::string& w : words) {
    Alternatives options;
    if (!w.empty() && w[0] == '&') {
      ExpandSynset(w, synsets, depth, &options);
    } else {
      std::string c = Lower(CleanWord(w));
      if (c.empty() || c == "$") continue;
      options.push_back({c});
    }
    acc = Concatenate(acc, options);
  }
  for (auto& a : acc) {
    if (!a.empty() && out->size() < kMaxExpansions) out->push_back(std::move(a));
  }
}

// What one pattern line says, in slot terms.
struct SlotPattern {
  std::string particle;  // joins the lemma
  std::vector<std::string> objects;
  std::vector<std::string> targets;
  std::vector<std::string> sources;
  std::vector<std::string> xcomps;
  std::vector<std::string> before;  // KbPattern::before / after (word order)
  std::vector<std::string> after;
  std::string compound;  // KbPattern::compound
  bool symmetric = false;
  std::vector<std::string> approximations;
};

// One pattern item after flattening bracket markers.
struct Item {
  enum Kind { kWord, kAlternatives, kSource, kTarget, kCompound, kSkip } kind = kWord;
  Alternatives words;  // kWord / kAlternatives: the expansions (each a word list)
  std::string text;    // as written, for messages
  bool joined = false;  // '_' to the next item (or to the verb)
  bool exact = false;   // TABARI "WORD_ ": a whole word, not a stem
};

std::vector<Item> Flatten(const std::vector<PatternToken>& tokens,
                          const std::unordered_map<std::string, const Synset*>& synsets) {
  std::vector<Item> items;
  for (const PatternToken& t : tokens) {
    Item item;
    item.text = t.text;
    switch (t.kind) {
      case PatternTokenKind::kWord: {
        // A word may carry '_' joins ("DEMAND_&GENINT_CONVENTIONS" is split by
        // the reader); split what is left on '_' as separate words.
        std::string w;
        for (char c : t.text + "_") {
          if (c == '_' || c == '~') {
            if (!w.empty()) {
              Item wi;
              wi.kind = Item::kWord;
              wi.text = w;
              wi.words = {{Lower(w)}};
              wi.joined = true;
              items.push_back(std::move(wi));
            }
            w.clear();
          } else {
            w += c;
          }
        }
        if (!items.empty() && items.back().kind == Item::kWord) {
          items.back().joined = t.joined;
          items.back().exact = t.exact;
        }
        continue;
      }
      case PatternTokenKind::kSynset:
        item.kind = Item::kAlternatives;
        ExpandSynset(t.text, synsets, 0, &item.words);
        if (item.words.empty()) continue;
        break;
      case PatternTokenKind::kAlternatives:
        item.kind = Item::kAlternatives;
        for (const std::string& a : t.alternatives) {
          std::vector<std::string> words;
          std::string w;
          for (char c : a + " ") {
            if (c == '_' || c == ' ') {
              if (!w.empty()) words.push_back(w);
              w.clear();
            } else {
              w += c;
            }
          }
          ExpandWords(words, synsets, 0, &item.words);
        }
        if (item.words.empty()) continue;
        break;
      case PatternTokenKind::kSource:
        item.kind = Item::kSource;
        break;
      case PatternTokenKind::kTarget:
        item.kind = Item::kTarget;
        break;
      case PatternTokenKind::kCompound:
        item.kind = Item::kCompound;
        break;
      case PatternTokenKind::kSkip:
        item.kind = Item::kSkip;  // read by ReadSlots
        break;
      default:
        continue;  // phrase brackets: their words are read in order
    }
    item.joined = t.joined;
    items.push_back(std::move(item));
  }
  return items;
}

// The words of `items` as KbPattern word-order items: actor slots are
// skipped; a run of items joined by '_' becomes one item whose alternatives
// are the run's expansions written with '_' between consecutive words.
// `touch_verb_at_end`: the last item is joined to the verb (trailing '_');
// `touch_verb_at_start`: the first one is (leading '_').
std::vector<std::string> WordOrder(const std::vector<Item>& items, bool touch_verb_at_start,
                                   bool touch_verb_at_end, bool stems) {
  std::vector<std::string> out;
  Alternatives run;
  bool in_run = false;
  for (size_t i = 0; i < items.size(); ++i) {
    const Item& it = items[i];
    if (it.kind != Item::kWord && it.kind != Item::kAlternatives) continue;
    if (!in_run) run = {{}};
    // A TABARI stem ends in '*' ("artiller*"); not a word followed by '_'
    // ("FOR_ASYLUM": FOR is whole), nor a synset's member phrases.
    if (stems && !it.exact && !it.joined && it.kind == Item::kWord && it.words.size() == 1 &&
        it.words[0].size() == 1) {
      run = Concatenate(run, {{it.words[0][0] + "*"}});
    } else {
      run = Concatenate(run, it.words);
    }
    const bool next_is_word = i + 1 < items.size() && (items[i + 1].kind == Item::kWord ||
                                                       items[i + 1].kind == Item::kAlternatives);
    in_run = it.joined && next_is_word;
    if (in_run) continue;
    std::string item;
    for (const auto& a : run) {
      std::string phrase;
      for (const std::string& w : a) phrase += (phrase.empty() ? "" : "_") + w;
      if (!phrase.empty()) item += (item.empty() ? "" : "|") + phrase;
    }
    if (item.empty()) continue;
    if (out.empty() && touch_verb_at_start) item = "_" + item;
    if (touch_verb_at_end && it.joined && i + 1 == items.size()) item += "_";
    out.push_back(std::move(item));
  }
  return out;
}

// `stems`: the dictionary's words match as stems (TABARI).
SlotPattern ReadSlots(const VerbPattern& p,
                      const std::unordered_map<std::string, const Synset*>& synsets, bool stems) {
  SlotPattern s;
  std::vector<Item> pre = Flatten(p.pre, synsets);
  std::vector<Item> post = Flatten(p.post, synsets);
  bool target_before = false;
  for (const Item& it : pre) {
    // "- % * [030:030]": the conjuncts of the subject act on each other.
    if (it.kind == Item::kCompound) {
      s.symmetric = true;
      s.compound = "subj";
    }
    if (it.kind == Item::kTarget) target_before = true;
    if (it.kind == Item::kSkip) s.approximations.push_back("'^' (skip a noun phrase) ignored");
  }
  // Words before the verb ("- SAID WOULD *") are kept as word order.
  s.before = WordOrder(pre, false, true, stems);
  Alternatives object{{}};
  bool object_words = false;
  std::string pending_prep;
  std::string skip_slot;  // "skip:at" for "AT ^ +"
  bool slot_seen = false;
  for (size_t i = 0; i < post.size(); ++i) {
    const Item& it = post[i];
    if (it.kind == Item::kSkip) {
      // "* AT ^ +", "$ * ^ +": the actor after the noun phrase skipped, the
      // preposition's (else the object's).
      const bool slot_next = i + 1 < post.size() && (post[i + 1].kind == Item::kTarget ||
                                                     post[i + 1].kind == Item::kSource);
      if (slot_next && !object_words && s.after.empty()) {
        skip_slot = "skip:" + (pending_prep.empty() ? std::string("obj") : pending_prep);
        pending_prep.clear();
      } else {
        s.approximations.push_back("'^' (skip a noun phrase) ignored");
      }
      continue;
    }
    if (!s.after.empty() && (it.kind == Item::kWord || it.kind == Item::kAlternatives)) {
      // (Already in `after`; a preposition still names the slot after it.)
      const bool prep = it.kind == Item::kWord && IsPreposition(it.words[0][0]);
      pending_prep = prep ? it.words[0][0] : "";
      continue;
    }
    if (it.kind == Item::kWord) {
      const std::string& w = it.words[0][0];
      if (i == 0 && IsParticle(w)) {
        s.particle = w;
        continue;
      }
      if (IsPreposition(w)) {
        if (!pending_prep.empty()) {
          // "* DOWN FROM": an earlier preposition with nothing after it.
          s.approximations.push_back("preposition '" + pending_prep + "' without an object ignored");
        }
        pending_prep = w;
        continue;
      }
      if (IsDeterminer(w) && pending_prep.empty()) continue;
    }
    if (it.kind == Item::kWord || it.kind == Item::kAlternatives) {
      if (!pending_prep.empty()) {
        if (pending_prep == "to" && it.kind == Item::kWord && i + 1 == post.size() &&
            !object_words) {
          for (const std::string& l : VerbLemmas(it.words[0][0])) s.xcomps.push_back(l);
          pending_prep.clear();
          continue;
        }
        // "* OVER EFFORTS", "* FOR &CEASEFIRE": content words after a
        // preposition are no dependency slot; the words after the verb are
        // then required as word order instead of an object.
        s.after = WordOrder(post, p.verb_joined, false, stems);
        object_words = false;
        object = {{}};
        pending_prep.clear();
        continue;
      }
      if (slot_seen) {
        s.approximations.push_back("words after the actor slot ('" + it.text + "') ignored");
        continue;
      }
      object = Concatenate(object, it.words);
      object_words = true;
      continue;
    }
    std::string slot = !skip_slot.empty() ? skip_slot : pending_prep.empty() ? "obj" : pending_prep;
    skip_slot.clear();
    pending_prep.clear();
    // ("* MONEY $", "* A MESSAGE +": after the object's words, the actor is
    // the next one after the verb, not the object.)
    if (slot == "obj" && object_words) slot = "next";
    if (it.kind == Item::kTarget) {
      s.targets.push_back(slot);
      slot_seen = true;
    } else if (it.kind == Item::kSource) {
      s.sources.push_back(slot);
      slot_seen = true;
    } else if (it.kind == Item::kCompound) {
      // "- * WITH % [031]": a compound target ("agrees with X and Y").
      s.targets.push_back(slot);
      s.compound = slot;
      slot_seen = true;
    }
  }
  // (A preposition ending word order, "* MEMOS_ON_&TIETYPES FROM", is in
  // `after` already; the target is then the first actor after the verb, as
  // there, not only an oblique of the verb: "memos on economic issues from
  // Bree".)
  if (!pending_prep.empty() && s.after.empty()) s.targets.push_back(pending_prep);
  // PETRARCH and TABARI find a pattern's words anywhere after the verb, not
  // only as its object: the words are also kept as word order, which the
  // coder tries when the object does not match.
  if (object_words && s.after.empty()) s.after = WordOrder(post, p.verb_joined, false, stems);
  if (object_words) {
    for (const auto& words : object) {
      if (words.empty()) continue;
      std::string phrase;
      for (size_t k = 0; k + 1 < words.size(); ++k) phrase += words[k] + " ";
      std::string singular = phrase + Singular(words.back());
      std::string as_written = phrase + words.back();
      if (std::find(s.objects.begin(), s.objects.end(), singular) == s.objects.end()) {
        s.objects.push_back(singular);
      }
      if (std::find(s.objects.begin(), s.objects.end(), as_written) == s.objects.end()) {
        s.objects.push_back(as_written);
      }
    }
  }
  if (target_before) {
    // "+ * FROM $": the target is the subject as written (of a passive, the
    // one acted on), the source after the verb; with no source written
    // ("NOTED + *"), first the one who says so (TABARI's default source is
    // the sentence's first actor).
    s.approximations.push_back("target before the verb read as the subject");
    s.targets = {"nsubj"};
    if (s.sources.empty()) s.sources = {"speaker", "by", "obj"};
  }
  return s;
}

// Applies an event code to a pattern. False for "no event" codes.
bool ApplyCode(const EventCode& code, KbPattern* p) {
  if (code.primary == kNoEventCode) return false;
  if (code.primary.empty() && code.secondary.empty()) return false;
  if (code.primary.empty()) {
    // ":026": only the reverse dyad is coded. Swap the sides.
    p->cameo = code.secondary;
    std::vector<std::string> sources = p->targets.empty() ? DefaultTargets() : p->targets;
    std::vector<std::string> targets = p->sources.empty() ? std::vector<std::string>{"subj"}
                                                          : p->sources;
    p->sources = std::move(sources);
    p->targets = std::move(targets);
    return true;
  }
  p->cameo = code.primary;
  if (!code.secondary.empty() && code.secondary != "---") {
    if (code.secondary == code.primary) {
      p->symmetric = true;
    } else {
      p->reverse = code.secondary;
    }
  }
  return true;
}

// PETRARCH and TABARI take as the target the first actor after the verb in
// its phrase: the object, else an actor in a prepositional phrase on the verb
// or its object. Patterns that name no target slot get these, in order: the
// object slots, then `next` (that first actor, in word order: "arrived in
// Gondor on his first visit" is Gondor, where a fixed order of prepositions
// would take "on his ..."), then the prepositions, for actors `next` cannot
// reach (inside an adverbial clause or a coordination).
const std::vector<std::string>& DefaultTargets() {
  static const std::vector<std::string> kSlots = {
      "obj",  "iobj",  "next", "with",  "to",     "against", "on",   "at",      "for",
      "from", "into",  "in",    "over",   "toward",  "towards", "upon", "of",
      "by",   "about", "near",  "between", "among"};
  return kSlots;
}

bool IsNoCode(std::string_view code) {
  return code.empty() || code == "---" || code == "###" || code == "+++";
}

}  // namespace

std::string DayBefore(std::string_view iso) {
  if (!IsIsoDate(iso)) return std::string(iso);
  std::optional<int64_t> days = base::DaysFromIsoDate(iso);
  return days ? base::IsoDateFromDays(*days - 1) : std::string(iso);
}

void ConvertActors(const ActorDictionary& d, std::string_view file, KnowledgeSource* out,
                   std::vector<LineProblem>* problems, ConversionCounts* counts) {
  for (const ActorEntry& e : d.actors) {
    KbActor a;
    a.where = SourceLocation{std::string(file), e.line};
    for (const Phrase& p : e.names) {
      std::string name = PhraseName(p);
      if (!name.empty() && std::find(a.names.begin(), a.names.end(), name) == a.names.end()) {
        a.names.push_back(std::move(name));
      }
    }
    for (const DatedCode& c : e.codes) {
      // A multi-actor code ("RUT/GRK") is kept whole: the coder makes one
      // event per party.
      std::string code = c.code;
      if (IsNoCode(code)) continue;
      KbDatedCode k;
      k.code = Upper(code);
      k.from = c.from;
      k.to = DayBefore(c.to);
      a.codes.push_back(std::move(k));
    }
    if (a.names.empty() || a.codes.empty()) {
      ++counts->actors_dropped;
      Report(problems, file, e.line,
             "actor '" + (e.names.empty() ? std::string() : e.names[0].text) +
                 "' has no usable code (null-coded); dropped");
      continue;
    }
    // PETRARCH uses a dated code whenever the date falls in its range and the
    // undated code otherwise; our rule is "first code whose range applies",
    // so the dated codes go first.
    std::stable_partition(a.codes.begin(), a.codes.end(), [](const KbDatedCode& c) {
      return !c.from.empty() || !c.to.empty();
    });
    // (A group of countries, "FRO/BIL/SAM", is countries too.)
    bool country = true;
    for (const KbDatedCode& c : a.codes) country = country && IsCountryLevelCode(c.code);
    a.kind = country ? ActorKind::kCountry : ActorKind::kOther;
    out->actors.push_back(std::move(a));
    ++counts->actors;
  }
}

void ConvertAgents(const AgentDictionary& d, std::string_view file, KnowledgeSource* out,
                   std::vector<LineProblem>* /*problems: none yet*/, ConversionCounts* counts) {
  for (const AgentEntry& e : d.agents) {
    KbAgent a;
    a.where = SourceLocation{std::string(file), e.line};
    a.roles = Upper(e.code);
    if (a.roles.empty() || IsNoCode(a.roles)) continue;
    std::string name = PhraseName(e.phrase);
    if (!name.empty()) a.names.push_back(name);
    for (const Phrase& p : e.plurals) {
      std::string n = PhraseName(p);
      if (!n.empty() && std::find(a.names.begin(), a.names.end(), n) == a.names.end()) {
        a.names.push_back(std::move(n));
      }
    }
    if (a.names.empty()) continue;
    a.before_actor = e.placement == AgentPlacement::kBeforeActor;
    out->agents.push_back(std::move(a));
    ++counts->agents;
  }
}

void ConvertVerbs(const VerbDictionary& d, std::string_view file, KnowledgeSource* out,
                  std::vector<LineProblem>* problems, ConversionCounts* counts) {
  std::unordered_map<std::string, const Synset*> synsets;
  for (const Synset& s : d.synsets) synsets[s.name] = &s;
  for (const VerbTransformation& t : d.transformations) {
    Report(problems, file, t.line, "verb transformation '" + t.pattern + "' not converted");
  }
  for (const VerbBlock& tb : d.time_blocks) {
    Report(problems, file, tb.line, "time shift '" + tb.name + "' not converted");
  }
  auto emit = [&](KbPattern p) {
    if (p.targets.empty()) p.targets = DefaultTargets();
    // Skip exact duplicates (a block's verbs often share lemmas).
    for (auto it = out->patterns.rbegin(); it != out->patterns.rend() && it - out->patterns.rbegin() < 64;
         ++it) {
      if (*it == p) return;
    }
    out->patterns.push_back(std::move(p));
    ++counts->patterns;
  };
  for (const VerbBlock& b : d.blocks) {
    // The verbs of the block: lemma candidates, particle and words after them.
    struct VerbHead {
      std::vector<std::string> lemmas;
      std::vector<std::string> before;  // words written before the verb, as word order
      std::string particle;
      std::vector<std::string> objects;
      EventCode code;
      size_t line = 0;
    };
    std::vector<VerbHead> heads;
    for (const VerbEntry& v : b.verbs) {
      if (v.phrase.words.empty() || v.verb_word >= v.phrase.words.size()) continue;
      VerbHead h;
      h.line = v.line;
      // "WIRE_+TAP": words written before the inflected one must touch the
      // verb, in order ("wire tapped").
      if (v.verb_word > 0) {
        std::string item;
        for (size_t k = 0; k < v.verb_word; ++k) {
          const std::string w = Lower(CleanWord(v.phrase.words[k]));
          if (!w.empty()) item += w + "_";
        }
        if (!item.empty()) h.before = {item};
      }
      h.lemmas = VerbLemmas(v.phrase.words[v.verb_word]);
      // An irregular form written out ("HOLD {HOLDS HOLDING HELD}") is a key
      // of its own: with PETRARCH dictionaries the coder looks such a form
      // up as written, since another block may claim it ("LEFT [032]").
      if (!v.forms_generated) {
        for (const Phrase& f : v.forms) {
          if (f.words.size() != v.phrase.words.size()) continue;
          const std::vector<std::string> of_form = VerbLemmas(f.words[v.verb_word]);
          bool regular = false;
          for (const std::string& l : of_form) {
            regular = regular || std::find(h.lemmas.begin(), h.lemmas.end(), l) != h.lemmas.end();
          }
          if (!regular) h.lemmas.push_back(of_form.front());
        }
      }
      std::vector<std::string> rest;
      for (size_t k = v.verb_word + 1; k < v.phrase.words.size(); ++k) {
        std::string w = Lower(CleanWord(v.phrase.words[k]));
        if (!w.empty()) rest.push_back(w);
      }
      size_t k = 0;
      if (!rest.empty() && (IsParticle(rest[0]) ||
                            (rest.size() == 1 && IsPreposition(rest[0])))) {
        if (IsParticle(rest[0])) {
          h.particle = rest[0];
          k = 1;
        }
      }
      std::vector<std::string> obj(rest.begin() + static_cast<std::ptrdiff_t>(k), rest.end());
      if (obj.size() == 1 && IsPreposition(obj[0])) {
        // "CALLED_ON": a verb with its preposition: the target is there.
        h.objects = {"@" + obj[0]};
      } else if (!obj.empty()) {
        std::string phrase;
        for (size_t j = 0; j + 1 < obj.size(); ++j) {
          if (!IsDeterminer(obj[j]) || j > 0) phrase += obj[j] + " ";
        }
        h.objects.push_back(phrase + Singular(obj.back()));
        if (Singular(obj.back()) != obj.back()) h.objects.push_back(phrase + obj.back());
      }
      h.code = v.code.primary.empty() && v.code.secondary.empty() ? b.code : v.code;
      heads.push_back(std::move(h));
    }
    if (heads.empty()) continue;
    bool verb_counted = false;
    for (const VerbHead& h : heads) {
      KbPattern base;
      base.kind = PredicateKind::kVerb;
      base.where = SourceLocation{std::string(file), h.line};
      base.before = h.before;
      if (!h.objects.empty() && h.objects[0][0] == '@') {
        base.targets = {h.objects[0].substr(1)};
      } else {
        base.objects = h.objects;
      }
      if (!ApplyCode(h.code, &base)) continue;
      for (const std::string& l : h.lemmas) {
        KbPattern p = base;
        p.lemma = h.particle.empty() ? l : l + " " + h.particle;
        emit(std::move(p));
      }
      if (!verb_counted) {
        ++counts->verbs;
        verb_counted = true;
      }
    }
    for (const VerbPattern& vp : b.patterns) {
      // "- * CARD [---]": where it matches, the verb is no event.
      const bool no_event =
          vp.code.primary == kNoEventCode || (vp.code.primary.empty() && vp.code.secondary.empty());
      if (no_event) ++counts->null_patterns;
      SlotPattern s = ReadSlots(vp, synsets, d.stems);
      if (!s.approximations.empty()) {
        ++counts->patterns_approximated;
        std::string why;
        for (const std::string& a : s.approximations) why += (why.empty() ? "" : "; ") + a;
        Report(problems, file, vp.line, "pattern '" + vp.text + "' approximated: " + why);
      }
      for (const VerbHead& h : heads) {
        if (!h.objects.empty() && h.objects[0][0] != '@' && !s.objects.empty()) continue;
        KbPattern p;
        p.kind = PredicateKind::kVerb;
        p.where = SourceLocation{std::string(file), vp.line};
        p.objects = s.objects.empty() && (h.objects.empty() || h.objects[0][0] != '@')
                        ? h.objects
                        : s.objects;
        p.targets = s.targets;
        if (p.targets.empty() && !h.objects.empty() && h.objects[0][0] == '@') {
          p.targets = {h.objects[0].substr(1)};
        }
        p.sources = s.sources;
        p.xcomps = s.xcomps;
        p.before = s.before;
        p.before.insert(p.before.end(), h.before.begin(), h.before.end());
        p.after = s.after;
        p.compound = s.compound;
        p.symmetric = s.symmetric;
        if (no_event) {
          p.cameo = kNoEventCode;
          p.symmetric = false;
        } else if (!ApplyCode(vp.code, &p)) {
          continue;
        }
        std::string particle = !s.particle.empty() ? s.particle : h.particle;
        if (!s.particle.empty() && !h.particle.empty() && s.particle != h.particle) continue;
        for (const std::string& l : h.lemmas) {
          KbPattern q = p;
          q.lemma = particle.empty() ? l : l + " " + particle;
          emit(std::move(q));
        }
      }
    }
  }
}

void ConvertDiscards(const DiscardList& d, std::string_view file, KnowledgeSource* out,
                     ConversionCounts* counts) {
  KbIssue sentence, story;
  sentence.issue = kDiscardSentenceIssue;
  story.issue = kDiscardStoryIssue;
  sentence.where = story.where = SourceLocation{std::string(file), 0};
  for (const DiscardEntry& e : d.discards) {
    std::string name = PhraseName(e.phrase);
    if (name.empty()) continue;
    (e.story ? story : sentence).names.push_back(std::move(name));
    ++counts->discards;
  }
  if (!sentence.names.empty()) out->issues.push_back(std::move(sentence));
  if (!story.names.empty()) out->issues.push_back(std::move(story));
}

void ConvertIssues(const IssueList& d, std::string_view file, KnowledgeSource* out,
                   ConversionCounts* counts) {
  for (const IssueEntry& e : d.issues) {
    if (e.exclusion != 0 || e.code.empty()) continue;
    KbIssue k;
    k.issue = e.code;
    k.where = SourceLocation{std::string(file), e.line};
    for (const std::string& f : e.forms) {
      std::string n;
      for (char c : f) n += c == '_' ? ' ' : c;
      if (!n.empty() && std::find(k.names.begin(), k.names.end(), n) == k.names.end()) {
        k.names.push_back(std::move(n));
      }
    }
    if (k.names.empty()) continue;
    out->issues.push_back(std::move(k));
    ++counts->issues;
  }
}

Result<PetrarchFiles> FindPetrarchFiles(const std::string& dir_or_config) {
  namespace fs = std::filesystem;
  std::error_code ec;
  PetrarchFiles files;
  if (fs::is_directory(dir_or_config, ec)) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir_or_config, ec)) {
      if (entry.is_regular_file(ec)) names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    for (const std::string& n : names) {
      std::string l = Lower(n);
      std::string path = (fs::path(dir_or_config) / n).string();
      if (!EndsWith(l, ".txt")) continue;
      if (EndsWith(l, ".actors.txt")) {
        files.actors.push_back(path);
      } else if (l.find("agents") != std::string::npos) {
        files.agents.push_back(path);
      } else if (l.find("discards") != std::string::npos) {
        files.discards.push_back(path);
      } else if (l.find("issue") != std::string::npos) {
        files.issues.push_back(path);
      } else if (l.rfind("cameo", 0) == 0 || l.find("verbs") != std::string::npos) {
        files.verbs.push_back(path);
      }
    }
    if (files.actors.empty() || files.verbs.empty()) {
      return InvalidArgumentError(dir_or_config +
                                  ": no PETRARCH actor (*.actors.txt) or verb (CAMEO*.txt, "
                                  "*verbs*.txt) dictionary in this directory");
    }
    return files;
  }
  auto bytes = port::ReadFile(dir_or_config);
  if (!bytes.ok()) return bytes.status();
  fs::path base = fs::path(dir_or_config).parent_path();
  auto resolve = [&](std::string name) {
    name = std::string(Trim(name));
    for (const fs::path& dir : {base, base / "dictionaries", base / "data" / "dictionaries"}) {
      fs::path p = dir / name;
      if (fs::exists(p, ec)) return p.string();
    }
    return (base / name).string();
  };
  std::string_view text = *bytes;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = Trim(text.substr(pos, nl - pos));
    pos = nl + 1;
    size_t eq = line.find('=');
    if (eq == std::string_view::npos || line.empty() || line[0] == '#' || line[0] == ';') continue;
    std::string key = Lower(Trim(line.substr(0, eq)));
    std::string_view value = Trim(line.substr(eq + 1));
    std::vector<std::string> list;
    size_t start = 0;
    while (start <= value.size()) {
      size_t comma = value.find(',', start);
      if (comma == std::string_view::npos) comma = value.size();
      std::string_view piece = Trim(value.substr(start, comma - start));
      if (!piece.empty()) list.push_back(resolve(std::string(piece)));
      start = comma + 1;
    }
    if (key == "verbfile_name") files.verbs = list;
    if (key == "actorfile_list" || key == "actorfile_name") files.actors = list;
    if (key == "agentfile_name") files.agents = list;
    if (key == "discardfile_name") files.discards = list;
    if (key == "issuefile_name") files.issues = list;
  }
  if (files.actors.empty() || files.verbs.empty()) {
    return InvalidArgumentError(dir_or_config +
                                ": names no actorfile_list or verbfile_name (not a PETRARCH "
                                "config file?)");
  }
  return files;
}

Result<KnowledgeSource> KnowledgeSourceFromPetrarchFiles(const PetrarchFiles& files,
                                                         std::vector<LineProblem>* problems,
                                                         ConversionCounts* counts) {
  ConversionCounts local;
  if (counts == nullptr) counts = &local;
  KnowledgeSource out;
  auto note = [&](const std::vector<LineProblem>& ps) {
    if (problems) problems->insert(problems->end(), ps.begin(), ps.end());
  };
  for (const std::string& f : files.actors) {
    auto d = ReadPetrarchActorsFile(f);
    if (!d.ok()) return d.status();
    note(d->problems);
    ConvertActors(*d, f, &out, problems, counts);
    out.files.push_back(f);
  }
  for (const std::string& f : files.agents) {
    auto d = ReadPetrarchAgentsFile(f);
    if (!d.ok()) return d.status();
    note(d->problems);
    ConvertAgents(*d, f, &out, problems, counts);
    out.files.push_back(f);
  }
  for (const std::string& f : files.verbs) {
    auto d = ReadPetrarchVerbsFile(f);
    if (!d.ok()) return d.status();
    note(d->problems);
    ConvertVerbs(*d, f, &out, problems, counts);
    out.files.push_back(f);
  }
  for (const std::string& f : files.discards) {
    auto d = ReadPetrarchDiscardsFile(f);
    if (!d.ok()) return d.status();
    note(d->problems);
    ConvertDiscards(*d, f, &out, counts);
    out.files.push_back(f);
  }
  for (const std::string& f : files.issues) {
    auto d = ReadPetrarchIssuesFile(f);
    if (!d.ok()) return d.status();
    note(d->problems);
    ConvertIssues(*d, f, &out, counts);
    out.files.push_back(f);
  }
  return out;
}

Result<KnowledgeSource> KnowledgeSourceFromPetrarch(const std::string& dir_or_config,
                                                    std::vector<LineProblem>* problems,
                                                    ConversionCounts* counts) {
  auto files = FindPetrarchFiles(dir_or_config);
  if (!files.ok()) return files.status();
  return KnowledgeSourceFromPetrarchFiles(*files, problems, counts);
}

Result<KnowledgeSource> KnowledgeSourceFromTabari(const std::string& project_file,
                                                  std::vector<LineProblem>* problems,
                                                  ConversionCounts* counts) {
  ConversionCounts local;
  if (counts == nullptr) counts = &local;
  auto project = ReadTabariProject(project_file);
  if (!project.ok()) return project.status();
  namespace fs = std::filesystem;
  fs::path base = fs::path(project_file).parent_path();
  auto name_of = [&](const char* key) {
    const std::string* v = project->project.Find(key);
    return v ? (base / *v).string() : std::string(key);
  };
  KnowledgeSource out;
  auto note = [&](const std::vector<LineProblem>& ps) {
    if (problems) problems->insert(problems->end(), ps.begin(), ps.end());
  };
  note(project->project.problems);
  if (project->actors) {
    std::string f = name_of("actorsfile");
    note(project->actors->problems);
    ConvertActors(*project->actors, f, &out, problems, counts);
    out.files.push_back(f);
  }
  if (project->agents) {
    std::string f = name_of("agentsfile");
    note(project->agents->problems);
    ConvertAgents(*project->agents, f, &out, problems, counts);
    out.files.push_back(f);
  }
  if (project->verbs) {
    std::string f = name_of("verbsfile");
    note(project->verbs->problems);
    ConvertVerbs(*project->verbs, f, &out, problems, counts);
    out.files.push_back(f);
  }
  if (project->options) {
    std::string f = name_of("optionsfile");
    note(project->options->problems);
    Report(problems, f, 0,
           std::to_string(project->options->options.size()) +
               " TABARI options (COMPLEX, SET ...) not converted");
  }
  return out;
}

// ---- codebook ------------------------------------------------------------

namespace {

constexpr std::string_view kStandsFor = "(from field dictionary, stands for ";
constexpr std::string_view kAdded = "(from field dictionary)";

bool IsNumericCode(std::string_view c) {
  if (c.size() < 2 || c.size() > 4) return false;
  for (char ch : c) {
    if (ch < '0' || ch > '9') return false;
  }
  int root = (c[0] - '0') * 10 + (c[1] - '0');
  return root >= 1 && root <= 20;
}

}  // namespace

Result<Codebook> FieldCodebook(const Codebook& base, std::vector<KbPattern>* patterns) {
  std::set<std::string> used;
  for (const KbPattern& p : *patterns) {
    if (!p.IsNoEvent()) used.insert(p.cameo);  // "---" is no code to stand in for
    if (!p.reverse.empty()) used.insert(p.reverse);
  }
  std::map<std::string, std::string> added;  // code -> name
  auto has = [&](const std::string& c) { return base.IsValidCode(c) || added.count(c) > 0; };
  // Numeric codes: added with their parents.
  for (const std::string& c : used) {
    if (!IsNumericCode(c) || base.IsValidCode(c)) continue;
    for (size_t n = 3; n <= c.size(); ++n) {
      std::string prefix = c.substr(0, n);
      if (!has(prefix)) added[prefix] = std::string(kAdded);
    }
  }
  // Stand-ins for the rest: a free 4-digit code under the code's first three
  // characters when that is a CAMEO code ("075A" -> 075x), else under 01x.
  std::map<std::string, std::string> stand_in;
  auto free_under = [&](const std::string& parent) -> std::string {
    for (char d = '0'; d <= '9'; ++d) {
      std::string c = parent + d;
      if (!has(c) && used.count(c) == 0) return c;
    }
    return "";
  };
  for (const std::string& c : used) {
    if (IsNumericCode(c) || base.IsValidCode(c)) continue;
    std::string code;
    if (c.size() >= 3 && IsNumericCode(c.substr(0, 3)) && has(c.substr(0, 3))) {
      code = free_under(c.substr(0, 3));
    }
    for (const CameoEntry& e : base) {
      if (!code.empty()) break;
      if (e.code.size() == 3 && e.root == "01") code = free_under(e.code);
    }
    for (const CameoEntry& e : base) {
      if (!code.empty()) break;
      if (e.code.size() == 3) code = free_under(e.code);
    }
    if (code.empty()) return ResourceExhaustedError("no free code left for field code " + c);
    added[code] = std::string(kStandsFor) + c + ")";
    stand_in[c] = code;
  }
  std::string tsv = base.ToTsv();
  for (const auto& [code, name] : added) {
    const CameoEntry* root = base.Find(code.substr(0, 2));
    int quad = root ? root->quad_class : 0;
    tsv += code + "\t" + name + "\t" + code.substr(0, 2) + "\t" + std::to_string(quad) +
           "\t0\t-\t-\n";
  }
  auto cb = Codebook::Parse(tsv, "<field codebook>");
  if (!cb.ok()) return cb.status();
  for (KbPattern& p : *patterns) {
    auto it = stand_in.find(p.cameo);
    if (it != stand_in.end()) p.cameo = it->second;
    it = stand_in.find(p.reverse);
    if (!p.reverse.empty() && it != stand_in.end()) p.reverse = it->second;
  }
  return cb;
}

std::string FieldCode(const Codebook& codebook, std::string_view code) {
  const CameoEntry* e = codebook.Find(code);
  if (e == nullptr || e->name.rfind(kStandsFor, 0) != 0) return std::string(code);
  std::string inner = e->name.substr(kStandsFor.size());
  if (!inner.empty() && inner.back() == ')') inner.pop_back();
  return inner;
}

}  // namespace khaldun::dict
