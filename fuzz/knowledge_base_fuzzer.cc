// libFuzzer target: the compiled knowledge-base loader over arbitrary bytes.
// It must refuse anything malformed with a Status, never crash or read out of
// bounds, and a file it accepts must answer lookups safely.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dict/knowledge_base.h"
#include "khaldun/analysis.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto kb = khaldun::dict::KnowledgeBase::FromBytes(bytes, "fuzz.kb");
  if (!kb.ok()) return 0;
  khaldun::Sentence s;
  for (const char* w : {"Syrian", "troops", "attacked", "the", "U.N."}) {
    khaldun::Word word;
    word.form = w;
    word.lemma = w;
    s.words.push_back(word);
  }
  (void)(*kb)->FindPhrases(s);
  (void)(*kb)->VerbPatterns("attack");
  return 0;
}
