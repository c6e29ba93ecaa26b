// khaldun: political event coding from news text. Start here.
//
//   #include "khaldun/khaldun.h"
//
//   khaldun::PipelineOptions options;            // defaults: bundled model
//   auto pipeline = khaldun::Pipeline::Create(options);
//   if (!pipeline.ok()) { /* print pipeline.status().ToString() */ }
//   khaldun::AnalyzeStats stats;
//   std::vector<khaldun::Sentence> sentences =
//       (*pipeline)->Analyze("Rebels shelled the town on Tuesday.", &stats);
//   // sentences[0].words[1] is "shelled": VERB/VBD, lemma "shell", root of the tree.
//
// Sections:
//   1. PipelineOptions  what to load and the limits each stage keeps to
//   2. Pipeline         built once, immutable, shared by any number of threads
// The value types a pipeline returns are in khaldun/analysis.h; errors are
// reported with Status/Result from khaldun/status.h. Nothing else is public.
#ifndef KHALDUN_INCLUDE_KHALDUN_KHALDUN_H_
#define KHALDUN_INCLUDE_KHALDUN_KHALDUN_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/analysis.h"
#include "khaldun/status.h"
#include "khaldun/version.h"

namespace khaldun {

// 1. Options. Each field's default is in parentheses.
struct PipelineOptions {
  // The syntax model file ("": $KHALDUN_MODEL if set, else the model the
  // build was configured with, models/syntax.kmodel of the source tree).
  std::string syntax_model_path;
  // Sentences longer than this are cut into pieces at whitespace before
  // analysis, and counted (4096).
  size_t max_sentence_bytes = 4096;
  // The parser keeps this many candidate parses (beam search); 1 is greedy.
  // Width 2 gains about 0.9 UAS / 1.0 LAS on EWT for about 1.4x the parsing
  // time (1). The event coder uses 1: its rules measure no better on width-2
  // parses (README, "Accuracy").
  int parser_beam_width = 1;
};

// Counters of what happened to one document (or, summed, to many).
struct AnalyzeStats {
  uint64_t bytes = 0;              // input bytes
  uint64_t invalid_bytes = 0;      // invalid UTF-8 bytes, replaced by U+FFFD
  uint64_t sentences = 0;
  uint64_t words = 0;
  uint64_t long_sentences_cut = 0; // sentences over max_sentence_bytes
  void Add(const AnalyzeStats& o) {
    bytes += o.bytes;
    invalid_bytes += o.invalid_bytes;
    sentences += o.sentences;
    words += o.words;
    long_sentences_cut += o.long_sentences_cut;
  }
};

class PipelineImpl;

// 2. The pipeline: text -> normalized text -> sentences -> words -> tags,
// lemmas and dependency trees (and, as the coder lands, events).
//
// Thread safety: immutable after Create; every const method may be called
// from many threads at once. Not copyable (it holds the mapped model);
// share one through a pointer.
class Pipeline {
 public:
  // Loads the model. Errors: kNotFound (no model file: the message says
  // where it looked and how to build one), kCorruption (a damaged model:
  // the message names the file and the command that rebuilds it).
  [[nodiscard]] static Result<std::unique_ptr<Pipeline>> Create(const PipelineOptions& options);
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Splits, tokenizes, tags, lemmatizes and parses `text` (any bytes: invalid
  // UTF-8 is repaired and counted, never an error). Every Word::span is a
  // byte range of `text`. `stats` may be null. Linear in the input size.
  std::vector<Sentence> Analyze(std::string_view text, AnalyzeStats* stats = nullptr) const;

  // Only splits and tokenizes (no tags or trees): cheap, for callers that
  // analyze sentences on several threads with AnalyzeSentence.
  std::vector<Sentence> Tokenize(std::string_view text, AnalyzeStats* stats = nullptr) const;
  // Tags, lemmatizes and parses one tokenized sentence in place.
  void AnalyzeSentence(Sentence* sentence) const;

  // How the loaded syntax model was trained (text stored in the model).
  const std::string& model_provenance() const;

 private:
  explicit Pipeline(std::unique_ptr<PipelineImpl> impl);
  std::unique_ptr<PipelineImpl> impl_;
};

}  // namespace khaldun

#endif  // KHALDUN_INCLUDE_KHALDUN_KHALDUN_H_
