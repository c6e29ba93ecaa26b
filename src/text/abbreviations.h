// Internal. Use include/khaldun/khaldun.h.
// Knowledge about words followed by a period, shared by the sentence splitter
// (does this period end the sentence?) and the tokenizer (does the period
// belong to the word?).
//
// The lists are English news conventions: titles before names ("Gen.",
// "Sen."), company and place abbreviations ("Inc.", "Calif."), months before
// dates ("Sept. 11"), dotted acronyms ("U.S.", "a.m.") and initials
// ("George W. Bush").
//
// Thread safety: pure functions over constant tables.
#ifndef KHALDUN_SRC_TEXT_ABBREVIATIONS_H_
#define KHALDUN_SRC_TEXT_ABBREVIATIONS_H_

#include <cstdint>
#include <string_view>

namespace khaldun::text {

enum class AbbreviationKind : uint8_t {
  kNone,          // an ordinary word: "Iraq." ends a sentence before a capital
  kTitle,         // precedes a name and never ends a sentence: "Mr.", "Lt. Col.", "vs.", "e.g."
  kBeforeNumber,  // an abbreviation only before a number: "No. 3", "Vol. 2"
  kMonth,         // "Sept. 11"; before anything but a number, behaves as kGeneral
  kGeneral,       // may end a sentence: "Inc.", "U.S.", "Jr.", "a.m.", "Calif."
  kInitial,       // one capital letter: "George W. Bush"; may end a sentence ("vitamin C.")
  kListEnd,       // "etc.": ends its phrase, often its sentence
};

// Classifies the word written before a period. `word` excludes that period
// ("U.S" for "U.S.", "Gen" for "Gen."). Matching is case-sensitive where case
// matters ("Gen" and the all-capitals dateline form "GEN" match, "gen" does
// not; "no" and "No" both match kBeforeNumber). Dotted acronyms
// (segments of one or two letters joined by periods, at least one of one
// letter: "U.S", "D.C", "a.m", "Ph.D", "J.R.R") are kGeneral unless listed.
AbbreviationKind ClassifyAbbreviation(std::string_view word);

// True for capitalised words that commonly begin a sentence and rarely
// continue a name: determiners, pronouns, conjunctions, prepositions and
// sentence adverbs ("The", "He", "But", "In", "However"). The splitter ends a
// sentence after an abbreviation only before such a word: "based in the U.S.
// The talks" splits, "the U.S. Embassy" does not.
bool IsSentenceStarter(std::string_view word);

// Agencies that appear in datelines: "TRIPOLI, March 29 (Reuters) - ...".
// `name` is the text inside the parentheses.
bool IsNewsAgency(std::string_view name);

}  // namespace khaldun::text

#endif  // KHALDUN_SRC_TEXT_ABBREVIATIONS_H_
