// Internal. Use include/khaldun/khaldun.h.
// khaldun's own knowledge-base source formats (doc/formats/knowledge.md):
// actors (countries, organisations, groups, parties, people) with dated codes,
// agents (role words), event patterns, issues and place aliases, read from the
// text files under data/kb/ into plain value types. Compiling them into the
// binary is knowledge_base.h's job.
//
// Every reader works on untrusted bytes: a line it cannot read becomes a
// LineProblem (file:line: reason) and is skipped; nothing here throws or
// reads out of bounds.
//
// Thread safety: plain values and reentrant functions.
#ifndef KHALDUN_SRC_DICT_KNOWLEDGE_SOURCE_H_
#define KHALDUN_SRC_DICT_KNOWLEDGE_SOURCE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dict/source_types.h"
#include "khaldun/status.h"

namespace khaldun::dict {

// What an actor entry is. DO NOT RENUMBER: stored in compiled files.
enum class ActorKind : uint8_t {
  kCountry = 0,
  kIgo = 1,
  kNgo = 2,
  kGroup = 3,
  kParty = 4,
  kPerson = 5,
  kMedia = 6,
  kBusiness = 7,
  kOther = 8,
};
inline constexpr int kActorKindCount = 9;
// "country", "igo", ... as written after @kind.
const char* ActorKindName(ActorKind kind);
// Parses an @kind value. False when unknown.
bool ParseActorKind(std::string_view name, ActorKind* kind);

// A code that applies between two dates, both inclusive (ISO YYYY-MM-DD); an
// empty date is an open end. Unlike PETRARCH's DatedCode, `to` is inclusive,
// as people write term dates ("2007-05-16..2012-05-15").
struct KbDatedCode {
  std::string code;
  std::string from;
  std::string to;
  // "SYRINS in SYR": the code of a non-state group acting in that country
  // (the gold guidelines code such groups by country of operation). Not a
  // default: CodeOn skips it; CodeIn picks it.
  std::string in_country;

  bool AppliesOn(std::string_view date) const {
    if (date.empty()) return from.empty() && to.empty();
    return (from.empty() || from <= date) && (to.empty() || date <= to);
  }
  bool operator==(const KbDatedCode&) const = default;
};

// Where an entry came from, for messages.
struct SourceLocation {
  std::string file;
  size_t line = 0;
  bool operator==(const SourceLocation&) const = default;
};

struct KbActor {
  ActorKind kind = ActorKind::kOther;
  std::vector<std::string> names;  // names[0] is the base name
  std::vector<KbDatedCode> codes;  // at least one
  SourceLocation where;

  // The code for a story on `date` (YYYY-MM-DD, or "" when unknown: then the
  // last undated code, else the last code). Empty when no code applies.
  std::string CodeOn(std::string_view date) const;
  // The code for acting in `country` (3 letters) on `date` ("SYRINS in
  // SYR"), or "" when the actor has none for it.
  std::string CodeIn(std::string_view date, std::string_view country) const;
  bool operator==(const KbActor& o) const {
    return kind == o.kind && names == o.names && codes == o.codes;
  }
};

struct KbAgent {
  std::vector<std::string> names;
  std::string roles;  // one or more 3-letter role codes: "MIL", "GOVLEG"
  // The roles go before the country code, not after it (PETRARCH's and
  // TABARI's "[NGO~]": "MSF Arnor" is NGOARN, an NGO of that country).
  bool before_actor = false;
  SourceLocation where;
  bool operator==(const KbAgent& o) const {
    return names == o.names && roles == o.roles && before_actor == o.before_actor;
  }
};

// DO NOT RENUMBER: stored in compiled files.
enum class PredicateKind : uint8_t { kVerb = 0, kNoun = 1 };

// A pattern code that says the construction is no event.
inline constexpr char kNoEventCode[] = "---";

struct KbPattern {
  // "195"; or kNoEventCode: where this pattern wins, the predicate is no
  // event (PETRARCH's and TABARI's "[---]" patterns: "- * CARD [---]").
  std::string cameo;
  bool IsNoEvent() const { return cameo == kNoEventCode; }
  PredicateKind kind = PredicateKind::kVerb;
  std::string lemma;                 // "step down", "air strike": lower case, words by ' '
  std::vector<std::string> objects;  // obj= alternatives ("air strike", "sanction")
  std::vector<std::string> targets;  // target= slots, in order of preference
  std::vector<std::string> sources;  // source= slots
  std::vector<std::string> xcomps;   // xcomp= lemmas
  std::vector<std::string> adverbs;  // adv= lemmas: the verb must have one as advmod
  // Negative constraints: the pattern does not apply when the object's head
  // lemma is one of `not_objects` ("fire on X" but not "fire a warning
  // shot"), when the open complement is one of `not_xcomps`, or when the
  // predicate has an oblique with one of the prepositions `not_preps`.
  std::vector<std::string> not_objects;
  std::vector<std::string> not_xcomps;
  std::vector<std::string> not_preps;
  // Word order, for patterns read from PETRARCH / TABARI dictionaries whose
  // words cannot be dependency slots ("- SAID WOULD * [173]", "* OVER
  // EFFORTS"): items that must occur in this order before (`before`) or
  // after (`after`) the verb in the sentence, other words between them
  // allowed. An item is one or more alternatives split by '|'; an
  // alternative of consecutive words joins them by '_' ("did_n't|wo_n't").
  // A last `before` item ending in '_' (a first `after` item starting with
  // '_') must touch the verb. Written before=said would; after=over efforts.
  std::vector<std::string> before;
  std::vector<std::string> after;
  // PETRARCH's '%': the slot ("subj", "obj" or a preposition) must hold a
  // coordination of actors ("- % * [030:030]": "X and Y agree"), or "".
  std::string compound;
  bool symmetric = false;
  std::string reverse;  // reverse= code, or ""
  bool target_optional = false;
  SourceLocation where;

  // The pattern as one source line (without comments), as dump writes it.
  std::string ToLine() const;
  bool operator==(const KbPattern& o) const {
    return cameo == o.cameo && kind == o.kind && lemma == o.lemma && objects == o.objects &&
           targets == o.targets && sources == o.sources && xcomps == o.xcomps &&
           adverbs == o.adverbs && not_objects == o.not_objects && not_xcomps == o.not_xcomps &&
           not_preps == o.not_preps && before == o.before && after == o.after &&
           compound == o.compound &&
           symmetric == o.symmetric && reverse == o.reverse &&
           target_optional == o.target_optional;
  }
};

struct KbIssue {
  std::vector<std::string> names;
  std::string issue;  // "NUCLEAR"
  SourceLocation where;
  bool operator==(const KbIssue& o) const { return names == o.names && issue == o.issue; }
};

struct KbPlace {
  std::vector<std::string> names;
  std::string country;         // "LBY"
  std::string gazetteer_name;  // "Misratah"
  SourceLocation where;
  bool operator==(const KbPlace& o) const {
    return names == o.names && country == o.country && gazetteer_name == o.gazetteer_name;
  }
};

// Everything read from a set of source files.
struct KnowledgeSource {
  std::vector<KbActor> actors;
  std::vector<KbAgent> agents;
  std::vector<KbPattern> patterns;
  std::vector<KbIssue> issues;
  std::vector<KbPlace> places;
  std::vector<LineProblem> problems;   // unreadable lines (skipped)
  std::vector<std::string> files;      // the files read, in order
  uint64_t source_hash = 0;            // hash of every file's name and bytes
};

// Which reader a file needs, from its base name: agents.txt, patterns.txt,
// issues.txt, places.txt; anything else is an actor file (it must start with
// an @kind line).
enum class SourceFileType : uint8_t { kActors, kAgents, kPatterns, kIssues, kPlaces };
SourceFileType SourceFileTypeFor(std::string_view path);

// Parses one source file's bytes and appends its entries to *out. Unreadable
// lines go to out->problems. Never fails.
void ParseKnowledgeFile(std::string_view bytes, std::string_view name, SourceFileType type,
                        KnowledgeSource* out);

// Reads every *.txt file of `dir` (sorted by name; not recursive).
// Errors: kNotFound when `dir` is missing or has no .txt file; kIoError.
[[nodiscard]] Result<KnowledgeSource> ReadKnowledgeDir(const std::string& dir);

// True for a well-formed actor code: one or more 3-letter upper-case groups,
// or a group of parties whose members are such codes ("FRO/BIL/SAM").
bool IsWellFormedActorCode(std::string_view code);
// The parties an actor code stands for: the members of a group ("FRO/BIL/SAM",
// TABARI's and PETRARCH's multi-actor code: FRO, BIL, SAM), else the code.
std::vector<std::string_view> GroupMembers(std::string_view code);
// True for a country ("SYR") or a group of countries ("FRO/BIL/SAM"): a
// code a role may be joined to.
bool IsCountryLevelCode(std::string_view code);
// True for YYYY-MM-DD with a valid month and day.
bool IsIsoDate(std::string_view date);

}  // namespace khaldun::dict

#endif  // KHALDUN_SRC_DICT_KNOWLEDGE_SOURCE_H_
