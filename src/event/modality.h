// Internal. Use include/khaldun/khaldun.h.
// Whether a predicate's event happened, and how CAMEO codes acts that did
// not: negation, modals, conditionals and irrealis governors ("denied",
// "refused", "plans to") block an event; a future act becomes an intent or
// a threat; a governor (appeal, intent, demand, rejection, threat) is refined
// by the event it governs ("urged X to meet" is 026, not 020).
//
// Thread safety: pure functions over a SentenceView.
#ifndef KHALDUN_SRC_EVENT_MODALITY_H_
#define KHALDUN_SRC_EVENT_MODALITY_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "event/sentence_view.h"

namespace khaldun::event {

// Where a predicate stands: why it did not happen, or that it is future.
struct Modality {
  bool blocked = false;  // negated, modal, conditional, under an irrealis governor
  bool future = false;   // "will ...", or a reported "would ..."
  // An announced refusal: negated only by "not" with "will" or a reported
  // "would" ("said it would not negotiate"), nothing else blocking it.
  bool refusal = false;
};

// The modality of predicate `p`, walking up through complements and
// conjunctions (which share their head's negation and modals).
Modality ModalityOf(const SentenceView& v, size_t p);

// "a phone call to discuss Ukraine": a call made, not a call for something
// (an appeal, which IsIntentionNoun counts), when "phone", "telephone",
// "video" or "conference" says which.
bool IsPhoneCall(const SentenceView& v, size_t noun);

// Verbs (and predicative adjectives) whose complement did not (yet) happen.
bool IsIrrealisGovernor(std::string_view lemma);
// A word that negates a verb or makes it modal or future ("not", "never",
// "would", "may", "will"; lemmas, so "n't", "wo" and "ca" count).
bool IsNegationOrModalWord(std::string_view lemma);
// Verbs that report speech ("said", "announced"): their complement happened.
bool IsSpeechVerb(std::string_view lemma);
// Nouns whose infinitive holds an act not (yet) done: "an invitation to
// meet", "a plan to attack" (but "the first leader to visit" is a fact).
bool IsIntentionNoun(std::string_view lemma);

// CAMEO's appeal (02), intent (03) and demand (10) families mirror material
// cooperation, aid and yielding: for `family` "02", "03" or "10", the
// subcode mirroring `embedded` (062 -> 0212, 072 -> 0332, 084 -> 1053), or
// "" when it has none.
std::string MirroredSubcode(std::string_view family, const std::string& embedded);

// The code of a generic governor refined by the code of the event it governs
// (02 appeal, 03 intent, 10 demand, 12 reject, 13 threaten): ("020", "046")
// -> "026". Specific governor codes are returned unchanged, except that an
// appeal, intent or demand takes the mirror of a complement whose pattern
// matched by its object (`embedded_by_object`): ("1056", "0832", true), "demanded
// they withdraw the bill", -> "1042".
std::string RefineByComplement(const std::string& governor_code, const std::string& embedded,
                               bool embedded_by_object = false);

// The threat (13) of a hostile act ("195" -> "138", "163" -> "1312"), or ""
// when the act is no hostile one.
std::string ThreatCode(const std::string& embedded);

// A future act as CAMEO codes it: cooperation roots become the matching 03
// intent, force and coercion become 13 threats; others are unchanged.
std::string FutureCode(const std::string& code);

// An announced refusal of a cooperative act as CAMEO codes it ("would not
// negotiate" 125, "will not give in" 124, "would not approve" 120); empty when
// refusing the act is not itself an event ("would not send troops").
std::string RefusalCode(const std::string& code);

}  // namespace khaldun::event

#endif  // KHALDUN_SRC_EVENT_MODALITY_H_
