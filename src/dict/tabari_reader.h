// Internal. Use include/khaldun/khaldun.h.
// Readers for TABARI dictionaries and project files:
//   .actors   "NAME [CODE]", "+SYNONYM", "\t[CODE 950601-990815]", "[CODE <911226]",
//             "[CODE > 990816]", and <NOUN> / <ADJECTIVE> word lists
//   .agents   "PHRASE_ [~CODE]", "[NGO~]"
//   .verbs    <SYNSETS> "&NAME" + "+member"; <TIME> shifts; "VERB [code]" each
//             followed by "- pre * post [code]" patterns (with "{ A | B }"
//             alternatives) and an optional "{ FORM FORM }" line of forms
//   .options  "COMMAND: argument" lines ("LABEL: 010=YIELD")
//   .project  a description, "<actorsfile> NAME" entries, "<session ...>" lines
// Comments: ';' to the end of the line (outside [...]); lines starting with
// '#' or "//"; a line starting with "~~" ("~~FINISH ...") ends the file.
// In TABARI a word without a trailing '_' matches as a stem, so plurals and
// verb forms are not generated (Phrase::exact records the '_').
// The grammar of each is described in doc/formats/tabari.md.
//
// Same contract as petrarch_reader.h: plain functions over bytes, a
// LineProblem for each line skipped, kInvalidArgument only when `strict`.
//
// Thread safety: the functions are reentrant.
#ifndef KHALDUN_SRC_DICT_TABARI_READER_H_
#define KHALDUN_SRC_DICT_TABARI_READER_H_

#include <optional>
#include <string>
#include <string_view>

#include "dict/source_types.h"
#include "khaldun/status.h"

namespace khaldun::dict {

[[nodiscard]] Result<TabariActors> ParseTabariActors(std::string_view bytes,
                                                     std::string_view source_name,
                                                     bool strict = false);
[[nodiscard]] Result<TabariAgents> ParseTabariAgents(std::string_view bytes,
                                                     std::string_view source_name,
                                                     bool strict = false);
[[nodiscard]] Result<TabariVerbs> ParseTabariVerbs(std::string_view bytes,
                                                   std::string_view source_name,
                                                   bool strict = false);
[[nodiscard]] Result<TabariOptions> ParseTabariOptions(std::string_view bytes,
                                                       std::string_view source_name,
                                                       bool strict = false);
[[nodiscard]] Result<TabariProject> ParseTabariProject(std::string_view bytes,
                                                       std::string_view source_name,
                                                       bool strict = false);

// File wrappers. Errors: those of the parser, kNotFound, kIoError.
[[nodiscard]] Result<TabariActors> ReadTabariActorsFile(const std::string& path,
                                                        bool strict = false);
[[nodiscard]] Result<TabariAgents> ReadTabariAgentsFile(const std::string& path,
                                                        bool strict = false);
[[nodiscard]] Result<TabariVerbs> ReadTabariVerbsFile(const std::string& path, bool strict = false);
[[nodiscard]] Result<TabariOptions> ReadTabariOptionsFile(const std::string& path,
                                                          bool strict = false);
[[nodiscard]] Result<TabariProject> ReadTabariProjectFile(const std::string& path,
                                                          bool strict = false);

// A project and the dictionaries it names (<actorsfile>, <verbsfile>,
// <agentsfile>, <optionsfile>), each read from the project's directory.
// A dictionary the project does not name is left empty (nullopt).
struct TabariDictionaries {
  TabariProject project;
  std::optional<TabariActors> actors;
  std::optional<TabariVerbs> verbs;
  std::optional<TabariAgents> agents;
  std::optional<TabariOptions> options;
};

// Errors: kNotFound naming the project entry when a named file is missing;
// kIoError; kInvalidArgument when `strict` and any file has a problem.
[[nodiscard]] Result<TabariDictionaries> ReadTabariProject(const std::string& project_path,
                                                           bool strict = false);

}  // namespace khaldun::dict

#endif  // KHALDUN_SRC_DICT_TABARI_READER_H_
