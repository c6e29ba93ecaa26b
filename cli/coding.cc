#include "cli/coding.h"

#include <cstdio>

#include "base/parallel.h"
#include "text/dateline.h"

namespace khaldun::cli {

bool LoadCoding(const char* command, const CodingOptions& options, Coding* out) {
  PipelineOptions po;
  po.syntax_model_path = options.model;
  po.parser_beam_width = options.beam;
  auto pipeline = Pipeline::Create(po);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "%s: %s\n", command, pipeline.status().ToString().c_str());
    return false;
  }
  std::string kb_path = options.kb.empty() ? KHALDUN_DEFAULT_KB : options.kb;
  auto kb = dict::KnowledgeBase::Load(kb_path);
  if (!kb.ok()) {
    std::fprintf(stderr, "%s: %s\n", command, kb.status().ToString().c_str());
    if (kb.status().code() == StatusCode::kNotFound) {
      std::fprintf(stderr, "%s: build it with `khaldun dict compile %s -o %s`\n", command,
                   KHALDUN_DEFAULT_KB_SOURCE, kb_path.c_str());
    }
    return false;
  }
  out->pipeline = std::move(pipeline).value();
  out->kb = std::move(kb).value();
  out->coder_options.state_roles = !options.countries_as_named;
  // The gazetteer is optional: without it events still get place names from
  // the knowledge base, but no coordinates.
  std::string gazetteer_path = options.gazetteer.empty() ? KHALDUN_DEFAULT_GAZETTEER : options.gazetteer;
  auto gazetteer = geo::Gazetteer::Load(gazetteer_path);
  if (gazetteer.ok()) {
    out->gazetteer = std::move(gazetteer).value();
  } else if (!options.gazetteer.empty() || gazetteer.status().code() != StatusCode::kNotFound) {
    std::fprintf(stderr, "%s: %s\n", command, gazetteer.status().ToString().c_str());
    return false;
  } else {
    std::fprintf(stderr,
                 "%s: no gazetteer at %s (run scripts/install_deps.sh and rebuild): locations "
                 "will have no coordinates\n",
                 command, gazetteer_path.c_str());
  }
  return true;
}

std::vector<std::vector<event::Event>> CodeDocuments(const Coding& coding,
                                                     const std::vector<io::InputDocument>& docs,
                                                     int threads, AnalyzeStats* analyze,
                                                     event::CodeStats* code,
                                                     std::vector<std::string>* traces) {
  if (traces) traces->assign(docs.size(), std::string());
  std::vector<std::vector<event::Event>> events(docs.size());
  std::vector<AnalyzeStats> analyze_stats(docs.size());
  std::vector<event::CodeStats> code_stats(docs.size());
  event::EventCoder coder(*coding.kb, coding.gazetteer.get(), coding.coder_options);
  base::ParallelFor(docs.size(), threads, [&](size_t d) {
    // The dateline is blanked (same length, so spans still point into the
    // original) before parsing: "CAIRO" must not become a subject.
    std::string text = docs[d].text;
    text::BlankDateline(&text);
    std::vector<Sentence> sentences = coding.pipeline->Analyze(text, &analyze_stats[d]);
    events[d] = coder.CodeDocument(docs[d].id, docs[d].date, docs[d].text, sentences, &code_stats[d],
                                   traces ? &(*traces)[d] : nullptr);
  });
  for (size_t d = 0; d < docs.size(); ++d) {
    analyze->Add(analyze_stats[d]);
    analyze->invalid_bytes += docs[d].invalid_bytes;
    code->Add(code_stats[d]);
  }
  return events;
}

}  // namespace khaldun::cli
