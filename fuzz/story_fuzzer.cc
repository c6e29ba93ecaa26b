// libFuzzer target: any bytes as a story, through the whole of `khaldun code`
// (dateline blanking, splitting, tokenizing, tagging, parsing, tree repairs,
// coding, JSON output) with the bundled model and the build's knowledge base
// and gazetteer. Besides crashes and sanitizer reports it checks what the
// output promises (event/output_promises.h: spans inside the input and in
// order, heads inside their sentence, a root, well-formed codes and dates).
//
// Run from the build directory (it reads ./knowledge.kb and ./gazetteer.bin,
// or $KHALDUN_KB and $KHALDUN_GAZETTEER), e.g.
//   build-fuzz/story_fuzzer -max_len=2000 -max_total_time=600 corpus/
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "dict/knowledge_base.h"
#include "event/coder.h"
#include "event/output_promises.h"
#include "geo/gazetteer.h"
#include "io/event_writer.h"
#include "khaldun/khaldun.h"
#include "text/dateline.h"

namespace {

struct Loaded {
  std::unique_ptr<khaldun::Pipeline> pipeline;
  std::unique_ptr<khaldun::dict::KnowledgeBase> kb;
  std::unique_ptr<khaldun::geo::Gazetteer> gazetteer;
};

std::string EnvOr(const char* name, const char* fallback) {
  const char* v = std::getenv(name);
  return v != nullptr && *v != '\0' ? v : fallback;
}

template <typename T>
T OrDie(khaldun::Result<T> r, const char* what) {
  if (!r.ok()) {
    std::fprintf(stderr, "story_fuzzer: cannot load %s: %s\n", what, r.status().ToString().c_str());
    std::abort();
  }
  return std::move(r).value();
}

const Loaded& Load() {
  static const Loaded loaded = [] {
    Loaded l;
    l.pipeline = OrDie(khaldun::Pipeline::Create(khaldun::PipelineOptions{}), "the syntax model");
    l.kb = OrDie(khaldun::dict::KnowledgeBase::Load(EnvOr("KHALDUN_KB", "knowledge.kb")),
                 "the knowledge base (run from the build directory or set KHALDUN_KB)");
    l.gazetteer = OrDie(khaldun::geo::Gazetteer::Load(EnvOr("KHALDUN_GAZETTEER", "gazetteer.bin")),
                        "the gazetteer (run from the build directory or set KHALDUN_GAZETTEER)");
    return l;
  }();
  return loaded;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const Loaded& l = Load();
  const std::string original(reinterpret_cast<const char*>(data), size);
  std::string text = original;
  khaldun::text::BlankDateline(&text);  // in place: spans stay valid for `original`
  khaldun::AnalyzeStats analyze;
  const std::vector<khaldun::Sentence> sentences = l.pipeline->Analyze(text, &analyze);
  const khaldun::event::EventCoder coder(*l.kb, l.gazetteer.get(), {});
  khaldun::event::CodeStats stats;
  const std::vector<khaldun::event::Event> events =
      coder.CodeDocument("fuzz", "2009-01-06", original, sentences, &stats);
  std::string broken = text.size() != size     ? "the dateline changed the text's length"
                       : analyze.bytes != size ? "not every input byte is counted"
                                               : "";
  if (broken.empty()) broken = khaldun::event::BrokenOutputPromise(size, sentences, events);
  if (!broken.empty()) {
    std::fprintf(stderr, "story_fuzzer: broken promise: %s\n", broken.c_str());
    std::abort();
  }
  for (const khaldun::event::Event& e : events) (void)khaldun::io::EventToJson(e);
  return 0;
}
