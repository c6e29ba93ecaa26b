// Internal. Use include/khaldun/khaldun.h.
// Repairs of parse errors the coder cannot read around, applied to a copy of
// a sentence before coding. Each repair is a pattern the greedy parser gets
// wrong often in news and that changes who did what to whom; the coder's
// other rules read the repaired tree as if the parser had produced it.
//
// Thread safety: pure functions.
#ifndef KHALDUN_SRC_EVENT_TREE_REPAIR_H_
#define KHALDUN_SRC_EVENT_TREE_REPAIR_H_

#include <optional>

#include "khaldun/analysis.h"

namespace khaldun::event {

// Applies every repair of tree_repair.cc, each documented there with its
// news example. The first: a non-restrictive relative clause, ", which
// killed ...", ", who fled ...", that the parser hung on the main clause
// (parataxis, conjunct, complement) is made a relative clause (acl:relcl) of
// the noun before the comma: "The Taliban claimed responsibility for the
// attack, which killed dozens of people in Kabul". Others: a title read as
// an apposition of an opening time word or as a second subject, "the border
// with X", a participle or to-infinitive misattached to an object or
// addressee, double objects after verbs of naming, coordinated subjects and
// noun phrases read as compounds, subjects read as measures or as objects of
// "after", that-clauses hung on a time phrase, headline coordination, the
// second party of "between" hung on the noun, a prepositional phrase read
// as a complement clause, a nationality after "and" read as the first
// party's conjunct ("Biden and Chinese leader Xi Jinping met"), a main
// clause read as a relative clause on a title ("Khalilzad and Taliban chief
// Baradar signed the deal"), an object read as a compound of the measure of
// "later" ("announced his resignation hours later"), a participle clause
// hung on a reduced relative ("land occupied in 1967, adopting a plan"), a
// weekday read as the subject of "said" ("five people, officials said
// Friday"), a relative clause's object read as the passive subject of the
// main verb ("a man who stabbed two officers was shot by police"), a finite
// conjunct hung on a gerund ("said the killing was planned, and demanded"),
// a gerund after "deny" read as its object's adjective ("Iran denies
// supplying drones"), a list of nationalities before a plural noun broken
// up ("Saudi, Emirati and Egyptian ministers met").
// Returns the repaired sentence, or nullopt when nothing needed repair (the
// common case: no copy).
std::optional<Sentence> RepairedTree(const Sentence& sentence);

}  // namespace khaldun::event

#endif  // KHALDUN_SRC_EVENT_TREE_REPAIR_H_
