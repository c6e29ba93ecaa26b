// Internal. Use include/khaldun/khaldun.h.
// Readers for PETRARCH / Phoenix text dictionaries, so that a user can point
// khaldun at the dictionaries they already maintain:
//   actors   Phoenix.Countries.actors.txt: "NAME_ [CODE]", "+SYNONYM",
//            "\t[CODE 791227-861124]", "[CODE <yymmdd]", "[CODE >yymmdd]"
//   agents   Phoenix.agents.txt: "PHRASE {PLURALS} [~CODE]", "!SET! = A, B"
//   verbs    CAMEO.2.0.txt: "&SYNSET" + "+member" lines, "--- NAME [code] ---"
//            blocks of verbs and "- pre * post [code]" patterns, "~" transformations
//   discards Phoenix.discards.txt: "PHRASE", "+PHRASE" (whole story)
//   issues   Phoenix.IssueCoding.txt: <ISSUE CATEGORY=".."> "n:word [CODE]", "~phrase"
// Comments: '#' to the end of the line (outside [...]) and <!-- ... -->.
// The grammar of each is described in doc/formats/petrarch.md.
//
// Every reader is a plain function over bytes (so it can be fuzzed) and
// returns the entries plus a LineProblem for each line it could not use;
// those lines are skipped. With `strict`, any problem makes the call fail
// with kInvalidArgument naming the first one as "file:line: reason".
// Readers never fail otherwise, never read out of bounds, and take time and
// memory linear in the input (expansions are capped: see source_syntax.h).
//
// Thread safety: the functions are reentrant.
#ifndef KHALDUN_SRC_DICT_PETRARCH_READER_H_
#define KHALDUN_SRC_DICT_PETRARCH_READER_H_

#include <string>
#include <string_view>

#include "dict/source_types.h"
#include "khaldun/status.h"

namespace khaldun::dict {

// `source_name` names the source in LineProblems and errors (a path, usually).
[[nodiscard]] Result<PetrarchActors> ParsePetrarchActors(std::string_view bytes,
                                                         std::string_view source_name,
                                                         bool strict = false);
[[nodiscard]] Result<PetrarchAgents> ParsePetrarchAgents(std::string_view bytes,
                                                         std::string_view source_name,
                                                         bool strict = false);
[[nodiscard]] Result<PetrarchVerbs> ParsePetrarchVerbs(std::string_view bytes,
                                                       std::string_view source_name,
                                                       bool strict = false);
[[nodiscard]] Result<PetrarchDiscards> ParsePetrarchDiscards(std::string_view bytes,
                                                             std::string_view source_name,
                                                             bool strict = false);
[[nodiscard]] Result<PetrarchIssues> ParsePetrarchIssues(std::string_view bytes,
                                                         std::string_view source_name,
                                                         bool strict = false);

// File wrappers: read `path` and parse it, naming the path in problems.
// Errors: those of the parser, and kNotFound / kIoError from reading.
[[nodiscard]] Result<PetrarchActors> ReadPetrarchActorsFile(const std::string& path,
                                                            bool strict = false);
[[nodiscard]] Result<PetrarchAgents> ReadPetrarchAgentsFile(const std::string& path,
                                                            bool strict = false);
[[nodiscard]] Result<PetrarchVerbs> ReadPetrarchVerbsFile(const std::string& path,
                                                          bool strict = false);
[[nodiscard]] Result<PetrarchDiscards> ReadPetrarchDiscardsFile(const std::string& path,
                                                                bool strict = false);
[[nodiscard]] Result<PetrarchIssues> ReadPetrarchIssuesFile(const std::string& path,
                                                            bool strict = false);

}  // namespace khaldun::dict

#endif  // KHALDUN_SRC_DICT_PETRARCH_READER_H_
