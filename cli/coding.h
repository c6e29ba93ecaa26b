// Shared by `khaldun code` and `khaldun eval events`: loading the pipeline and
// knowledge base, reading input documents, and coding them on N threads.
#ifndef KHALDUN_CLI_CODING_H_
#define KHALDUN_CLI_CODING_H_

#include <memory>
#include <string>
#include <vector>

#include "dict/knowledge_base.h"
#include "event/coder.h"
#include "event/event.h"
#include "geo/gazetteer.h"
#include "io/document.h"
#include "khaldun/khaldun.h"

namespace khaldun::cli {

struct CodingOptions {
  std::string model;  // "" = bundled model
  std::string kb;     // "" = the build's default knowledge base
  std::string gazetteer;  // "" = the build's default gazetteer, if it was built
  int threads = 1;
  int beam = 1;  // parser beam width (greedy: the coder's rules are measured on greedy parses)
  // A country named as an actor is coded as named ("USA"), not by the body
  // acting for it (event::CoderOptions::state_roles).
  bool countries_as_named = false;
};

struct Coding {
  std::unique_ptr<Pipeline> pipeline;
  std::unique_ptr<dict::KnowledgeBase> kb;
  std::unique_ptr<geo::Gazetteer> gazetteer;  // may be null (no coordinates)
  event::CoderOptions coder_options;
};

// Loads both; prints the error prefixed with `command` and returns nullopt-like
// (null pipeline) on failure.
bool LoadCoding(const char* command, const CodingOptions& options, Coding* out);

// Codes every document (in parallel across documents); events[d] holds the
// events of docs[d] in text order. Stats are summed into *analyze / *code.
std::vector<std::vector<event::Event>> CodeDocuments(const Coding& coding,
                                                     const std::vector<io::InputDocument>& docs,
                                                     int threads, AnalyzeStats* analyze,
                                                     event::CodeStats* code,
                                                     std::vector<std::string>* traces = nullptr);

}  // namespace khaldun::cli

#endif  // KHALDUN_CLI_CODING_H_
