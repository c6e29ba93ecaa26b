// Internal. Use include/khaldun/khaldun.h.
// The event coder: parsed sentences + the knowledge base -> CAMEO events.
//
// For every sentence: dictionary phrases are found (actors, agents, places),
// each verb and event noun is matched against the patterns keyed on its lemma,
// the pattern's source and target slots are read off the dependency graph
// (passive, control, relative clauses, coordination and light verbs taken
// into account), the slot's noun phrase is resolved to an actor code
// (longest dictionary match, role words joined to the country, people by
// story date, bare roles and pronouns from the document's earlier mentions),
// and events that did not happen (negated, modal, conditional, questioned,
// under "deny"/"refuse"/"plan" ...) are dropped or turned into the intent,
// appeal, demand, threat or rejection code CAMEO gives them.
//
// Thread safety: an EventCoder is immutable; CodeDocument may be called from
// many threads at once (each call keeps its own document context).
#ifndef KHALDUN_SRC_EVENT_CODER_H_
#define KHALDUN_SRC_EVENT_CODER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "dict/knowledge_base.h"
#include "event/event.h"
#include "geo/gazetteer.h"
#include "khaldun/analysis.h"

namespace khaldun::event {

struct CodeStats {
  uint64_t sentences = 0;
  uint64_t predicates = 0;        // verbs and nouns with at least one pattern
  uint64_t events = 0;
  uint64_t suppressed = 0;        // negated, modal, conditional, question, irrealis
  uint64_t missing_actor = 0;     // a pattern matched but a side had no actor
  void Add(const CodeStats& o) {
    sentences += o.sentences;
    predicates += o.predicates;
    events += o.events;
    suppressed += o.suppressed;
    missing_actor += o.missing_actor;
  }
};

// Coding conventions that differ between event datasets.
struct CoderOptions {
  // Our guidelines (and CAMEO's) code a future act as an intention (03) or
  // a threat (13): "will meet" is 036. PETRARCH and TABARI code the act
  // itself; their validation suites expect that.
  bool future_as_intent = true;
  // PETRARCH and TABARI dictionaries list a verb's forms as they are written:
  // an irregular form may be a verb of its own ("LEFT [032:033]" apart from
  // "LEAVE [012]", whose forms do not include "left"). With this set, a verb
  // written in a form the knowledge base has patterns for is looked up as
  // written, not by its lemma.
  bool written_forms = false;
  // PETRARCH's new_actor_length: a source or target noun phrase naming no
  // known actor, of at most this many words, is coded by its text in upper
  // case and quotes ('"THE MINISTRY OF MAGIC"'). 0: off. Only for running
  // PETRARCH's unit-test records, whose <Config> sets it.
  int new_actor_length = 0;
  // Our guidelines code a state that acts in an interaction by the body that
  // acts for it: a country named as the doer of a statement, appeal,
  // consultation, dispute or coercive act is its government ("Pakistan
  // accused India" is PAKGOV -> INDGOV 112), as the doer of force its
  // military ("Israel struck Gaza" is ISRMIL), and as the one a diplomatic
  // act (03-07, 10-13, 16; not recognition, 054, a threat of force, 138,
  // nor humanitarian aid, 073 / 0333) is aimed at, its
  // government. A country on the receiving end of an appeal, a concession,
  // force or coercion, or recognised, stays the country (its people and
  // territory). A nation protesting is its civilians, and a parliament
  // protested at the government. PETRARCH's and TABARI's suites code the
  // country as named.
  bool state_roles = true;
};

class EventCoder {
 public:
  // `kb` (and `gazetteer`, which may be null) must outlive the coder. Without
  // a gazetteer, places come from the knowledge base's names only and
  // locations have no coordinates.
  explicit EventCoder(const dict::KnowledgeBase& kb, const geo::Gazetteer* gazetteer = nullptr,
                      CoderOptions options = {})
      : kb_(kb), gazetteer_(gazetteer), options_(options) {}

  // Codes one document whose sentences are tagged, lemmatized and parsed.
  // `original` is the document text the sentence spans point into.
  // `story_date` is YYYY-MM-DD or "" (then dated roles use their last code
  // and relative dates are not resolved). `stats` may be null. When `trace`
  // is not null, the parse, dictionary matches and pattern candidates of every
  // sentence are appended to it (for `khaldun code --trace`).
  std::vector<Event> CodeDocument(std::string_view doc_id, std::string_view story_date,
                                  std::string_view original, const std::vector<Sentence>& sentences,
                                  CodeStats* stats, std::string* trace = nullptr) const;

 private:
  const dict::KnowledgeBase& kb_;
  const geo::Gazetteer* gazetteer_;
  CoderOptions options_;
};

}  // namespace khaldun::event

#endif  // KHALDUN_SRC_EVENT_CODER_H_
