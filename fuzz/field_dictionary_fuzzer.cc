// libFuzzer target: the field's dictionary files as `khaldun code
// --dict-petrarch` / `--dict-tabari` and the validation suites take them.
// The first byte picks the reader (PETRARCH actors, agents, verbs, discards,
// issues; TABARI actors, agents, verbs, options, project), the rest is the
// file. What a reader accepts is converted and compiled into a knowledge base
// with the field codebook, serialized and loaded back (which runs the
// knowledge base's self-test lookups): every line is read, reported or
// dropped with a reason, and nothing crashes.
//
// Needs the CAMEO codebook: data/dict/cameo_codebook.tsv of the source tree
// (the path is compiled in) or $KHALDUN_CODEBOOK.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "dict/codebook.h"
#include "dict/field_dictionaries.h"
#include "dict/knowledge_base.h"
#include "dict/petrarch_reader.h"
#include "dict/tabari_reader.h"
#include "token/tokenizer.h"

namespace {

using khaldun::dict::ConversionCounts;
using khaldun::dict::KnowledgeSource;
using khaldun::dict::LineProblem;

const khaldun::dict::Codebook& BaseCodebook() {
  static const khaldun::dict::Codebook codebook = [] {
    const char* env = std::getenv("KHALDUN_CODEBOOK");
    auto c = khaldun::dict::Codebook::ReadFile(
        env != nullptr && *env != '\0' ? env : KHALDUN_FUZZ_CODEBOOK);
    if (!c.ok()) {
      std::fprintf(stderr, "field_dictionary_fuzzer: %s\n", c.status().ToString().c_str());
      std::abort();
    }
    return std::move(c).value();
  }();
  return codebook;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const int reader = data[0] % 10;
  const std::string_view file(reinterpret_cast<const char*>(data + 1), size - 1);
  namespace d = khaldun::dict;
  KnowledgeSource source;
  std::vector<LineProblem> problems;
  ConversionCounts counts;
  // (What a reader refuses is a clear error, not a finding: nothing to compile.)
  switch (reader) {
    case 0:
    case 5: {
      auto actors = reader == 0 ? d::ParsePetrarchActors(file, "fuzz.actors.txt")
                                : d::ParseTabariActors(file, "fuzz.actors");
      if (!actors.ok()) return 0;
      d::ConvertActors(*actors, "fuzz", &source, &problems, &counts);
      break;
    }
    case 1:
    case 6: {
      auto agents = reader == 1 ? d::ParsePetrarchAgents(file, "fuzz.agents.txt")
                                : d::ParseTabariAgents(file, "fuzz.agents");
      if (!agents.ok()) return 0;
      d::ConvertAgents(*agents, "fuzz", &source, &problems, &counts);
      break;
    }
    case 2:
    case 7: {
      auto verbs = reader == 2 ? d::ParsePetrarchVerbs(file, "fuzz.verbs.txt")
                               : d::ParseTabariVerbs(file, "fuzz.verbs");
      if (!verbs.ok()) return 0;
      d::ConvertVerbs(*verbs, "fuzz", &source, &problems, &counts);
      break;
    }
    case 3: {
      auto discards = d::ParsePetrarchDiscards(file, "fuzz.discards.txt");
      if (!discards.ok()) return 0;
      d::ConvertDiscards(*discards, "fuzz", &source, &counts);
      break;
    }
    case 4: {
      auto issues = d::ParsePetrarchIssues(file, "fuzz.issues.txt");
      if (!issues.ok()) return 0;
      d::ConvertIssues(*issues, "fuzz", &source, &counts);
      break;
    }
    case 8:
      (void)d::ParseTabariOptions(file, "fuzz.options");
      return 0;
    default:
      (void)d::ParseTabariProject(file, "fuzz.project");
      return 0;
  }
  auto codebook = d::FieldCodebook(BaseCodebook(), &source.patterns);
  if (!codebook.ok()) return 0;  // more made-up codes than stand-ins: a clear error
  const khaldun::token::Tokenizer tokenizer;
  auto kb = d::KnowledgeBase::Compile(source, *codebook, tokenizer, d::CompileOptions{}, &problems);
  if (!kb.ok()) return 0;  // an empty source
  const std::string bytes = (*kb)->Serialize();
  auto loaded = d::KnowledgeBase::FromBytes(bytes, "fuzz.kb");
  if (!loaded.ok()) {
    std::fprintf(stderr, "field_dictionary_fuzzer: a compiled knowledge base does not load: %s\n",
                 loaded.status().ToString().c_str());
    std::abort();
  }
  return 0;
}
