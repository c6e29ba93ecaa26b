// Internal. Use include/khaldun/khaldun.h.
// Converts the field's dictionaries (PETRARCH / Phoenix text dictionaries and
// TABARI projects, already read into source_types.h values by
// petrarch_reader.h and tabari_reader.h) into khaldun's own knowledge source
// (knowledge_source.h), so that `khaldun code --dict-petrarch DIR` and the
// PETRARCH / TABARI validation suites can run on them.
//
// The conversion is lossy: PETRARCH and TABARI patterns are word sequences
// around the verb, khaldun's are dependency slots. What is kept, what is
// approximated and what is dropped is written at the top of
// field_dictionaries.cc; every pattern or entry that is dropped or
// approximated is reported as a LineProblem (file:line: reason), so
// `problems` accounts for each loss.
//
// Event codes are kept as written ("042", "075A", "901"): they need not be in
// the CAMEO codebook (the validation dictionaries use WEIS-era and made-up
// codes). FieldCodebook() builds a codebook that accepts them.
//
// Sentence and story discards have no place in a knowledge source; they are
// carried as issues named kDiscardSentenceIssue / kDiscardStoryIssue whose
// names are the discard phrases: the caller drops the events of a sentence
// (story) that contains one.
//
// Thread safety: reentrant functions over values.
#ifndef KHALDUN_SRC_DICT_FIELD_DICTIONARIES_H_
#define KHALDUN_SRC_DICT_FIELD_DICTIONARIES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "dict/codebook.h"
#include "dict/knowledge_source.h"
#include "dict/source_types.h"
#include "khaldun/status.h"

namespace khaldun::dict {

inline constexpr const char* kDiscardSentenceIssue = "DISCARD";
inline constexpr const char* kDiscardStoryIssue = "DISCARD_STORY";

// What a conversion kept and lost (also visible one by one in `problems`).
struct ConversionCounts {
  size_t actors = 0;           // KbActor entries made
  size_t actors_dropped = 0;   // no usable code ("---", "###")
  size_t agents = 0;
  size_t verbs = 0;            // verb entries that gave at least one pattern
  size_t patterns = 0;         // KbPattern entries made (base verb patterns included)
  size_t patterns_dropped = 0; // pattern lines that could not be represented
  size_t patterns_approximated = 0;  // kept, but something of them was ignored
  size_t null_patterns = 0;    // "---" patterns (no event): kept as no-event patterns
  size_t discards = 0;
  size_t issues = 0;
};

// Which files make up a PETRARCH dictionary set.
struct PetrarchFiles {
  std::vector<std::string> actors;
  std::vector<std::string> agents;
  std::vector<std::string> verbs;
  std::vector<std::string> discards;
  std::vector<std::string> issues;
};

// The files of a PETRARCH set: `dir_or_config` is a PETR_config.ini-style file
// (verbfile_name, actorfile_list, agentfile_name, discardfile_name,
// issuefile_name; names relative to the config's directory or its
// "dictionaries/" subdirectory) or a directory (actors *.actors.txt, agents
// *agents*.txt, verbs CAMEO*.txt or *verbs*.txt, discards *discards*.txt,
// issues *Issue*.txt). Errors: kNotFound; kInvalidArgument when no actor or
// verb file is found.
[[nodiscard]] Result<PetrarchFiles> FindPetrarchFiles(const std::string& dir_or_config);

// Reads and converts a PETRARCH set. Conversion notes and every line a reader
// skipped go to *problems (may be null); *counts may be null.
// Errors: those of FindPetrarchFiles and the readers (kNotFound, kIoError).
[[nodiscard]] Result<KnowledgeSource> KnowledgeSourceFromPetrarch(
    const std::string& dir_or_config, std::vector<LineProblem>* problems,
    ConversionCounts* counts = nullptr);
[[nodiscard]] Result<KnowledgeSource> KnowledgeSourceFromPetrarchFiles(
    const PetrarchFiles& files, std::vector<LineProblem>* problems,
    ConversionCounts* counts = nullptr);

// Reads and converts a TABARI project (.actors, .verbs, .agents; .options is
// read but nothing in it is converted). Errors: those of ReadTabariProject.
[[nodiscard]] Result<KnowledgeSource> KnowledgeSourceFromTabari(
    const std::string& project_file, std::vector<LineProblem>* problems,
    ConversionCounts* counts = nullptr);

// The converters over values (for tests and fuzzing). Each appends to *out and
// to *problems (may be null) / *counts (must not be null).
void ConvertActors(const ActorDictionary& d, std::string_view file, KnowledgeSource* out,
                   std::vector<LineProblem>* problems, ConversionCounts* counts);
void ConvertAgents(const AgentDictionary& d, std::string_view file, KnowledgeSource* out,
                   std::vector<LineProblem>* problems, ConversionCounts* counts);
void ConvertVerbs(const VerbDictionary& d, std::string_view file, KnowledgeSource* out,
                  std::vector<LineProblem>* problems, ConversionCounts* counts);
void ConvertDiscards(const DiscardList& d, std::string_view file, KnowledgeSource* out,
                     ConversionCounts* counts);
void ConvertIssues(const IssueList& d, std::string_view file, KnowledgeSource* out,
                   ConversionCounts* counts);

// PETRARCH's exclusive `to` as an inclusive date: the day before ("1986-11-24"
// -> "1986-11-23"); "" stays "".
std::string DayBefore(std::string_view iso_date);

// A codebook holding `base` plus every code `patterns` use (cameo and
// reverse). Codes the codebook format cannot hold (not 2-4 digits, root
// outside 01-20: "075A", "901", "abc") get a stand-in code that is free in the
// codebook, named "(from field dictionary, stands for 075A)"; numeric codes
// missing from `base` are added with missing parents, named "(from field
// dictionary)". *patterns is rewritten to the stand-ins. Quad class: that of
// the root when it is 01-20, else 0. Errors: kResourceExhausted when no free
// code is left (more than about 2000 stand-ins).
[[nodiscard]] Result<Codebook> FieldCodebook(const Codebook& base, std::vector<KbPattern>* patterns);

// The code as the field dictionary wrote it: the stood-for code when `code`
// is a stand-in in `codebook`, else `code`.
std::string FieldCode(const Codebook& codebook, std::string_view code);

}  // namespace khaldun::dict

#endif  // KHALDUN_SRC_DICT_FIELD_DICTIONARIES_H_
