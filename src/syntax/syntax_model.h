// Internal. Use include/khaldun/khaldun.h.
// The syntax model: tagger, lemmatizer and parser in one versioned,
// checksummed file (models/syntax.kmodel), memory-mapped at load so start-up
// takes milliseconds and processes share the pages.
//
// File: the section container of base/section_file.h with magic
// "khaldun syntax model format 1\n" and sections (DO NOT CHANGE the numbers:
// stored in model files):
//   1 provenance  UTF-8 text: how the model was trained and its scores
//   2 tagger      Tagger::Serialize
//   3 parser      Parser::Serialize
//   4 lemmatizer  Lemmatizer::Serialize
//
// Thread safety: immutable after Load; Analyze() may be called from many
// threads at once (per-thread scratch buffers are thread_local).
#ifndef KHALDUN_SRC_SYNTAX_SYNTAX_MODEL_H_
#define KHALDUN_SRC_SYNTAX_SYNTAX_MODEL_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/analysis.h"
#include "khaldun/status.h"
#include "port/file.h"
#include "syntax/lemmatizer.h"
#include "syntax/parser.h"
#include "syntax/tagger.h"
#include "syntax/word_features.h"

namespace khaldun::syntax {

inline constexpr char kSyntaxModelMagic[] = "khaldun syntax model format 1\n";
inline constexpr uint32_t kSyntaxModelVersion = 1;

class SyntaxModel {
 public:
  // Maps and validates a model file. Errors: kNotFound/kIoError (file),
  // kCorruption (naming the file and `khaldun train`, the command that rebuilds it).
  [[nodiscard]] static Result<std::unique_ptr<SyntaxModel>> Load(const std::string& path);
  // Same, from bytes in memory (tests, fuzzing). `name` is used in messages.
  [[nodiscard]] static Result<std::unique_ptr<SyntaxModel>> FromBytes(std::string bytes,
                                                                      std::string_view name);
  // Builds the file contents from trained parts.
  static std::string Serialize(const Tagger& tagger, const Lemmatizer& lemmatizer,
                               const Parser& parser, std::string_view provenance);

  // Tags, lemmatizes and parses the words of `sentence` in place (forms must
  // be set). An empty sentence is left as it is. `beam`: greedy by default.
  void Analyze(Sentence* sentence, const BeamOptions& beam = {}) const;
  // Only tags and lemmatizes.
  void TagAndLemmatize(Sentence* sentence) const;

  const std::string& provenance() const { return provenance_; }
  const Tagger& tagger() const { return tagger_; }
  const Parser& parser() const { return parser_; }
  const Lemmatizer& lemmatizer() const { return lemmatizer_; }

  // Not copyable: views into the mapped file.
  SyntaxModel(const SyntaxModel&) = delete;
  SyntaxModel& operator=(const SyntaxModel&) = delete;

 private:
  SyntaxModel() = default;
  [[nodiscard]] Status Init(std::string_view bytes, std::string_view name);
  const std::vector<WordAtoms>& TagAndLemmatizeWithAtoms(Sentence* sentence) const;

  std::unique_ptr<port::MappedFile> file_;
  std::string owned_bytes_;  // when built from memory; 8-byte aligned by std::string's allocator
  std::string provenance_;
  Tagger tagger_;
  Parser parser_;
  Lemmatizer lemmatizer_;
};

}  // namespace khaldun::syntax

#endif  // KHALDUN_SRC_SYNTAX_SYNTAX_MODEL_H_
