// `khaldun code --dict-petrarch DIR | --dict-tabari PROJECT` and the
// validation suites: the field's dictionaries converted
// (src/dict/field_dictionaries.h) and compiled in memory, with a codebook that
// also holds every code they use, so non-CAMEO codes ("075A") are kept.
#ifndef KHALDUN_CLI_FIELD_DICTIONARIES_H_
#define KHALDUN_CLI_FIELD_DICTIONARIES_H_

#include <string>
#include <vector>

#include "cli/coding.h"
#include "dict/field_dictionaries.h"
#include "event/event.h"
#include "io/document.h"

namespace khaldun::cli {

// Loads the pipeline (and the gazetteer, when one was built) and, instead of
// the default knowledge base, the converted dictionaries: the PETRARCH set
// `petrarch_dir` (a directory or a PETR config file) or the TABARI project
// `tabari_project` (exactly one must be non-empty). Conversion losses are
// summarised on stderr. Prints the error prefixed with `command` and returns
// false on failure.
bool LoadFieldDictionaries(const char* command, const std::string& petrarch_dir,
                           const std::string& tabari_project, Coding* out);
// The same with the model, gazetteer and thread options of `options` (its kb
// is ignored). `quiet`: no conversion summary.
bool LoadFieldDictionaries(const char* command, const std::string& petrarch_dir,
                           const std::string& tabari_project, const CodingOptions& options,
                           Coding* out, bool quiet = false);
// Compiles an already converted source (for the suites, which pick the files
// themselves). Same contract.
bool LoadFieldSource(const char* command, dict::KnowledgeSource source, const CodingOptions& options,
                     bool use_gazetteer, Coding* out);

// After CodeDocuments with such a Coding: event codes back to the codes the
// dictionaries wrote (stand-ins replaced), and the events of sentences /
// stories containing a discard phrase removed. Returns how many events were
// discarded. Harmless with the default knowledge base (no stand-ins, no
// discards).
size_t ApplyFieldDictionaryRules(const Coding& coding, const std::vector<io::InputDocument>& docs,
                                 std::vector<std::vector<event::Event>>* events);

}  // namespace khaldun::cli

#endif  // KHALDUN_CLI_FIELD_DICTIONARIES_H_
