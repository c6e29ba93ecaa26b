// libFuzzer target: any bytes as a story, through the whole of `khaldun code`
// (dateline blanking, splitting, tokenizing, tagging, parsing, tree repairs,
// coding, JSON output) with the bundled model and the build's knowledge base
// and gazetteer. Besides crashes and sanitizer reports it checks what the
// output promises: every span is a byte range of the input, ordered, inside
// its sentence; every head points into its sentence; the tree has one root.
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

void Check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "story_fuzzer: broken promise: %s\n", what);
    std::abort();
  }
}

void CheckSpan(khaldun::Span s, size_t size, const char* what) {
  Check(s.begin <= s.end && s.end <= size, what);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const Loaded& l = Load();
  const std::string original(reinterpret_cast<const char*>(data), size);
  std::string text = original;
  khaldun::text::BlankDateline(&text);
  Check(text.size() == original.size(), "the dateline is blanked in place");
  khaldun::AnalyzeStats analyze;
  const std::vector<khaldun::Sentence> sentences = l.pipeline->Analyze(text, &analyze);
  Check(analyze.bytes == size, "every input byte is counted");
  uint32_t previous_end = 0;
  for (const khaldun::Sentence& s : sentences) {
    CheckSpan(s.span, size, "a sentence span lies in the input");
    Check(s.span.begin >= previous_end, "sentences are in order and do not overlap");
    previous_end = s.span.end;
    int roots = 0;
    uint32_t word_end = s.span.begin;
    for (const khaldun::Word& w : s.words) {
      CheckSpan(w.span, size, "a word span lies in the input");
      Check(w.span.begin >= word_end && w.span.end <= s.span.end,
            "words are in order inside their sentence");
      word_end = w.span.end;
      Check(w.head >= 0 && w.head <= static_cast<int32_t>(s.words.size()),
            "every word has a head in its sentence");
      roots += w.head == 0;
    }
    Check(s.words.empty() || roots >= 1, "a parsed sentence has a root");
  }
  const khaldun::event::EventCoder coder(*l.kb, l.gazetteer.get(), {});
  khaldun::event::CodeStats stats;
  const std::vector<khaldun::event::Event> events =
      coder.CodeDocument("fuzz", "2009-01-06", original, sentences, &stats);
  for (const khaldun::event::Event& e : events) {
    CheckSpan(e.sentence_span, size, "an event's sentence span lies in the input");
    CheckSpan(e.verb_span, size, "an event's verb span lies in the input");
    CheckSpan(e.source.span, size, "an event's source span lies in the input");
    CheckSpan(e.target.span, size, "an event's target span lies in the input");
    Check(!e.cameo.empty(), "an event has a CAMEO code");
    Check(e.date.size() == 10, "an event has a date");
    (void)khaldun::io::EventToJson(e);
  }
  return 0;
}
