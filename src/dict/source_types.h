// Internal. Use include/khaldun/khaldun.h.
// Plain value types for the dictionaries the field already has: PETRARCH /
// Phoenix text dictionaries and TABARI dictionaries, as read by
// petrarch_reader.h and tabari_reader.h. They keep what a file says, close to
// its own terms, with the line it came from; turning them into khaldun's
// knowledge base is the compiler's job, not the readers'.
//
// Text is kept as written (case, underscores in Phrase::text); nothing is
// upper-cased or looked up in the CAMEO codebook here, because the toy
// validation dictionaries use non-CAMEO codes ("075A", "def", "ELR/GAL").
//
// Thread safety: plain values; distinct objects may be used from different
// threads without locking.
#ifndef KHALDUN_SRC_DICT_SOURCE_TYPES_H_
#define KHALDUN_SRC_DICT_SOURCE_TYPES_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace khaldun::dict {

// A line a reader could not use (skipped, or only partly used, as `reason`
// says). Readers never fail on these unless asked to be strict.
struct LineProblem {
  std::string file;    // the source_name given to the reader, usually a path
  size_t line = 0;     // 1-based
  std::string reason;  // "date '9008223' is not YYMMDD or YYYYMMDD"

  // "file:line: reason"
  std::string ToString() const { return file + ":" + std::to_string(line) + ": " + reason; }
};

// A phrase as written in an actor, agent, verb or discard entry. Words are
// joined by '_' (the words must be consecutive) or by ' ' (in PETRARCH and
// TABARI actor and agent phrases, other words may come between them).
// "AL_GORE" -> words {AL, GORE}, connectors "_"; "AL GORE" -> connectors " ".
struct Phrase {
  std::string text;                // as written, trimmed: "AFGHANISTAN_", "AL GORE"
  std::vector<std::string> words;  // non-empty words, as written: {"AFGHANISTAN"}
  std::string connectors;          // connectors[i] joins words[i] and words[i+1]: '_' or ' '
  bool exact = false;              // written with a trailing '_': TABARI matches the last
                                   // word whole instead of as a stem ("ESTONIA_")

  bool operator==(const Phrase&) const = default;
};

// A code with an optional date restriction. Dates are ISO "YYYY-MM-DD" (six-
// digit yymmdd dates are expanded with the PETRARCH/TABARI century rule: yy <=
// 30 is 20yy, otherwise 19yy); an empty date is unbounded. The code applies on
// date d when from <= d < to, which is PETRARCH's rule:
//   [AFGGOV 791227-861124] -> from 1979-12-27, to 1986-11-24
//   [USRARM <900823]       -> to 1990-08-23       ("before")
//   [AFGGOV >011222]       -> from 2001-12-22     ("from this date on")
struct DatedCode {
  std::string code;  // "AFGGOV"; "---" is PETRARCH's "no code"; TABARI also has
                     // "###", "+++" and "ELR/GAL"
  std::string from;  // inclusive, or ""
  std::string to;    // exclusive, or ""

  bool operator==(const DatedCode&) const = default;
};

// One actor: a base name line, its '+' synonym lines and its codes (on the
// base line, `AFGHANISTAN_ [AFG]`, and/or on following lines, `\t[AFGGOV
// >011222]`). Base names on consecutive lines before the first code are one
// entry: they share the codes that follow.
struct ActorEntry {
  std::vector<Phrase> names;     // names[0] is the base line; the rest are synonyms
  std::vector<DatedCode> codes;  // in file order; at least one
  size_t line = 0;               // line of the base name
};

// An event code as written in a verb dictionary. "042:043" is a paired code:
// the primary is coded for source -> target, the secondary for the reverse
// dyad (visit / host a visit); ":026" codes only the reverse dyad ("X
// received an invitation from Y"). "---" means "no event".
struct EventCode {
  std::string primary;    // "042", "---", "" (":026"), TABARI "+++" or "-7" (time shifts)
  std::string secondary;  // "043", or ""

  bool operator==(const EventCode&) const = default;
};

// Which side of the actor code an agent code goes.
enum class AgentPlacement : uint8_t {
  kAfterActor,   // [~GOV]: USA + GOV -> USAGOV (the usual case)
  kBeforeActor,  // [NGO~]: NGO + USA -> NGOUSA
};

// One agent (a role such as "foreign minister" or "troops").
struct AgentEntry {
  Phrase phrase;     // "FOREIGN_MINISTER"
  std::string code;  // without the '~': "GOVFRM"
  AgentPlacement placement = AgentPlacement::kAfterActor;
  std::vector<Phrase> plurals;  // from "{...}", generated, or none ("{}")
  bool plurals_generated = false;
  size_t line = 0;
};

// An agent dictionary. PETRARCH "!PERSON! = MAN, MEN" substitution sets are
// kept too; the entries that used them are already expanded.
struct AgentDictionary {
  std::vector<AgentEntry> agents;
  std::vector<std::pair<std::string, std::vector<std::string>>>
      substitutions;  // {"PERSON", {MAN, MEN}}
  std::vector<LineProblem> problems;
  size_t content_lines = 0;  // lines that were not blank or comments
};

// One token of a verb pattern.
enum class PatternTokenKind : uint8_t {
  kWord,             // a literal word: "AID", "TO/FOR", "THE_NEAT~" keeps TABARI's '~'
  kSynset,           // "&CURRENCY": any member of that synset
  kSource,           // "$": the source actor goes here
  kTarget,           // "+": the target actor goes here
  kCompound,         // "%": a compound actor that is both source and target
  kSkip,             // "^": TABARI's skip of the next noun phrase
  kAlternatives,     // TABARI "{ GENEVA_ | INTERNATIONAL }": one of `alternatives`
  kNounPhraseOpen,   // PETRARCH "{": a noun phrase whose last word is its head
  kNounPhraseClose,  // "}"
  kPrepPhraseOpen,   // PETRARCH "(": a prepositional phrase; first word = preposition
  kPrepPhraseClose,  // ")"
};

struct PatternToken {
  PatternTokenKind kind = PatternTokenKind::kWord;
  std::string text;                       // word or synset name ("&CURRENCY"); "" otherwise
  std::vector<std::string> alternatives;  // kAlternatives only, each trimmed, as written
  bool joined = false;  // joined to the next token (or the verb) by '_': must be consecutive
  bool exact = false;   // word written with a trailing '_' and a space ("IN_ *"): TABARI
                        // matches it whole rather than as a stem

  bool operator==(const PatternToken&) const = default;
};

// A pattern line "- pre * post [code]": the words around the verb ('*').
struct VerbPattern {
  std::vector<PatternToken> pre;   // before the verb, in text order
  std::vector<PatternToken> post;  // after the verb, in text order
  bool verb_joined = false;        // "*_OUT": the verb is joined to post[0] by '_'
  EventCode code;
  std::string text;  // the pattern as written, comment removed
  size_t line = 0;
};

// One verb of a block: "SPEED {SPEEDING SPEEDS SPED}", "+CORDON_OFF".
struct VerbEntry {
  Phrase phrase;                 // the '+' marker removed: "CORDON_OFF"
  size_t verb_word = 0;          // index in phrase.words of the inflected word (the '+' one)
  std::vector<Phrase> forms;     // inflected forms, '+' removed: from "{...}" or generated
  bool forms_generated = false;  // regular English -S/-ED/-ING forms made by the reader
  EventCode code;                // the verb's own code; empty primary: the block's code
  size_t line = 0;
};

// A block of synonymous verbs sharing patterns. PETRARCH writes
// "--- GRANT [070] ---" followed by verbs and patterns; each TABARI verb with
// its patterns is a block of one verb, named by that verb.
struct VerbBlock {
  std::string name;  // "GRANT"
  EventCode code;    // the block's default code ("---": no event)
  std::vector<VerbEntry> verbs;
  std::vector<VerbPattern> patterns;
  size_t line = 0;
};

// "&CURRENCY" followed by "+DOLLAR" lines.
struct Synset {
  std::string name;             // with '&', without a trailing '_': "&AUXVERB1"
  bool no_plurals = false;      // label written "&AUXVERB1_": no plurals for its members
  std::vector<Phrase> members;  // may name other synsets ("+&TIETYPES")
  size_t line = 0;
};

// A PETRARCH verb transformation "~ a (a b ATTACK) SAY = a b 015", kept as text.
struct VerbTransformation {
  std::string pattern;  // "a (a b ATTACK) SAY"
  std::string result;   // "a b 015"
  size_t line = 0;
};

// A verb dictionary (PETRARCH CAMEO.2.0.txt style, or TABARI .verbs).
struct VerbDictionary {
  std::vector<Synset> synsets;
  std::vector<VerbBlock> blocks;
  std::vector<VerbBlock> time_blocks;  // TABARI <TIME> entries ("LAST_WEEK [-7]")
  std::vector<VerbTransformation> transformations;
  // TABARI: a pattern word matches as a stem ("ARTILLER" matches
  // "artillery") unless written "WORD_ " (PatternToken::exact); PETRARCH
  // matches whole words.
  bool stems = false;
  std::vector<LineProblem> problems;
  size_t content_lines = 0;
};

// An actor dictionary. TABARI .actors files may also carry <NOUN> and
// <ADJECTIVE> word lists.
struct ActorDictionary {
  std::vector<ActorEntry> actors;
  std::vector<Phrase> nouns;
  std::vector<Phrase> adjectives;
  std::vector<LineProblem> problems;
  size_t content_lines = 0;
};

// A discard phrase: a sentence (or with '+', a whole story) containing it is
// not coded.
struct DiscardEntry {
  Phrase phrase;
  bool story = false;  // written "+PHRASE": discard the whole story
  size_t line = 0;
};

struct DiscardList {
  std::vector<DiscardEntry> discards;
  std::vector<LineProblem> problems;
  size_t content_lines = 0;
};

// An issue phrase ("n:atrocity [ID_ATROCITY]") inside
// <ISSUE CATEGORY="..." TYPE="..."> ... </ISSUE>, or an exclusion ("~phrase").
struct IssueEntry {
  std::string category;            // CATEGORY of the enclosing <ISSUE>, or ""
  std::string type;                // TYPE of the enclosing <ISSUE>, or ""
  std::string text;                // as written, without the code: "pre+n:school"
  std::vector<std::string> forms;  // expanded: n: plural, v: verb forms, '+' as ' ' and '-'
  std::string code;                // "EARLY_CHILDHOOD_EDUCATION"; "" for exclusions
  int exclusion = 0;               // 0 issue; 1 "~" (sentence); 2 "~~" (story)
  size_t line = 0;
};

struct IssueList {
  std::vector<IssueEntry> issues;
  std::vector<LineProblem> problems;
  size_t content_lines = 0;
};

// One line of a TABARI .options file: "SET: VERB USAGE = FALSE" ->
// {"SET", "VERB USAGE = FALSE"}.
struct TabariOption {
  std::string command;   // "COMPLEX", "SET", "LABEL", "OUTPUT", "FORWARD", ...
  std::string argument;  // the rest of the line, trimmed
  size_t line = 0;
};

struct TabariOptions {
  std::vector<TabariOption> options;
  std::vector<std::pair<std::string, std::string>>
      labels;  // "LABEL: 010=YIELD" -> {"010", "YIELD"}
  std::vector<LineProblem> problems;
  size_t content_lines = 0;
};

// A TABARI .project file: a description line, "<actorsfile> NAME" style file
// entries and "<session ...>" history lines.
struct TabariProject {
  std::string description;                                 // the first line
  std::vector<std::pair<std::string, std::string>> files;  // {"actorsfile", "TABARI.Demo.actors"}
  size_t sessions = 0;                                     // "<session N> ..." lines
  std::vector<LineProblem> problems;
  size_t content_lines = 0;

  // The value of a file entry ("verbsfile"), or nullptr.
  const std::string* Find(std::string_view key) const {
    for (const auto& [k, v] : files) {
      if (k == key) return &v;
    }
    return nullptr;
  }
};

// Names used in the reader APIs.
using PetrarchActors = ActorDictionary;
using PetrarchAgents = AgentDictionary;
using PetrarchVerbs = VerbDictionary;
using PetrarchDiscards = DiscardList;
using PetrarchIssues = IssueList;
using TabariActors = ActorDictionary;
using TabariAgents = AgentDictionary;
using TabariVerbs = VerbDictionary;

}  // namespace khaldun::dict

#endif  // KHALDUN_SRC_DICT_SOURCE_TYPES_H_
