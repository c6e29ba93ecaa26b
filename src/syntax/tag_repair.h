// Internal. Use include/khaldun/khaldun.h.
// A news-text repair of the tagger's output before parsing. The tagger is
// trained on web text (EWT), where a past-tense verb right after a plural
// noun is often a participle ("photos attached below"); in wire copy the
// same shape is nearly always the main verb ("Syrian troops attacked
// Turkish soldiers"). Tagging it VBN leaves the clause without a finite verb
// and the parser builds a noun phrase out of the whole sentence, which loses
// the event. The rule below retags such a VBN as VBD when nothing else in
// the clause can be its finite verb.
//
// Thread safety: pure function.
#ifndef KHALDUN_SRC_SYNTAX_TAG_REPAIR_H_
#define KHALDUN_SRC_SYNTAX_TAG_REPAIR_H_

#include <vector>

#include "khaldun/analysis.h"

namespace khaldun::syntax {

class Lemmatizer;

// Retags word i from VBN to VBD when:
//   - it follows a noun or pronoun (adverbs may come between),
//   - no form of be/have/get (an auxiliary) is among the three words before,
//   - it is not followed by "by" (a reduced passive: "troops attacked by"),
//   - the clause has no finite verb before it, and none after it until a
//     clause boundary (comma, conjunction, "that", "which", "who").
// With a verb lexicon (the model's WordNet-backed lemmatizer; may be null),
// two more repairs of the same kind:
//   - a word right after a modal ("would resume", "could not strike") that
//     WordNet lists as a verb and the tagger called a noun or adjective is
//     retagged VB;
//   - in a clause with no finite verb, a past form WordNet knows ("struck",
//     "fled") tagged as a noun, an adjective or (written in lower case) a
//     proper noun right after a noun ("Israeli aircraft struck targets",
//     "the shelling drew condemnation") is retagged VBD;
//   - a present-tense tag (VBP) on a past form that is not also a base form
//     ("warplanes struck", "fled"; not "hit") is retagged VBD;
//   - a word WordNet knows as a verb after "to" and a verb that takes an
//     infinitive ("agreed on Tuesday to resume talks", "called on Serbia and
//     Kosovo to resume dialogue"), followed by what can be its object, is
//     retagged VB (before a singular noun only when no common noun comes
//     between the verb and "to");
//   - a verb's -s form WordNet knows, tagged as a plural noun right after a
//     proper noun and before what can be its object, in a clause with no
//     finite verb, is retagged VBZ (headlines: "Japan lifts sanctions
//     against India");
//   - a plural noun WordNet knows, after a number ("fired two artillery
//     shells") or a possessive ("North Korea's missile launches"), tagged
//     as a verb in a clause that already has its finite verb, is retagged NNS;
//   - a word WordNet knows as a noun, tagged as an adjective after an
//     adjective or determiner and right before a past verb ("Israeli
//     military struck"), is retagged NN;
//   - a capitalised word inside a sentence (not a title-case headline),
//     tagged as a verb before a proper noun ("at Downing Street"), is NNP.
// Without a lexicon too: "near" tagged IN right before a hyphen with no
// space ("near-daily raids") is the first half of an adjective, JJ; and
// "allied" tagged as a verb after a conjunction, determiner or preposition
// and before a noun or adjective is JJ ("Turkish troops and allied Syrian
// rebels"); a past form of "link", "ally", "affiliate", "tie", "align" or
// "connect" after a noun, with "to"/"with" and a noun phrase before a
// finite verb, is a participle ("Militias allied with Iran attacked"); and
// "overnight" tagged JJ with no noun or adjective after it is the adverb
// ("stormed a prison in Kogi state overnight"); "joint" tagged as a noun
// before a noun or adjective is the adjective ("first joint naval patrols").
// Returns the number of words retagged.
int RepairFiniteVerbTags(std::vector<Word>* words, const Lemmatizer* lexicon = nullptr);

}  // namespace khaldun::syntax

#endif  // KHALDUN_SRC_SYNTAX_TAG_REPAIR_H_
