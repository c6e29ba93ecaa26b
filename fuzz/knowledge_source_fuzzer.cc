// libFuzzer target: the knowledge-source text parsers (actors, agents,
// patterns, issues, places) over arbitrary bytes: every line is read or
// reported, nothing crashes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dict/knowledge_source.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  using khaldun::dict::SourceFileType;
  for (SourceFileType type : {SourceFileType::kActors, SourceFileType::kAgents,
                              SourceFileType::kPatterns, SourceFileType::kIssues,
                              SourceFileType::kPlaces}) {
    khaldun::dict::KnowledgeSource source;
    khaldun::dict::ParseKnowledgeFile(bytes, "fuzz.txt", type, &source);
  }
  return 0;
}
