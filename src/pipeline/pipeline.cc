// The only place that knows the order of the stages.
#include <cstdlib>

#include "khaldun/khaldun.h"
#include "syntax/syntax_model.h"
#include "token/tokenizer.h"

namespace khaldun {

class PipelineImpl {
 public:
  PipelineImpl(std::unique_ptr<syntax::SyntaxModel> model, token::Tokenizer tokenizer,
               syntax::BeamOptions beam)
      : model(std::move(model)), tokenizer(std::move(tokenizer)), beam(beam) {}
  std::unique_ptr<syntax::SyntaxModel> model;
  token::Tokenizer tokenizer;
  syntax::BeamOptions beam;
};

Pipeline::Pipeline(std::unique_ptr<PipelineImpl> impl) : impl_(std::move(impl)) {}
Pipeline::~Pipeline() = default;

Result<std::unique_ptr<Pipeline>> Pipeline::Create(const PipelineOptions& options) {
  std::string path = options.syntax_model_path;
  if (path.empty()) {
    const char* env = std::getenv("KHALDUN_MODEL");
    path = env && *env ? env : KHALDUN_DEFAULT_MODEL;
  }
  auto model = syntax::SyntaxModel::Load(path);
  if (!model.ok()) {
    if (model.status().code() == StatusCode::kNotFound) {
      return NotFoundError(model.status().message() +
                           "; pass --model PATH, set KHALDUN_MODEL, or train one with "
                           "`khaldun train` (see models/README.md)");
    }
    return model.status();
  }
  token::TokenizerOptions tokenizer_options;
  tokenizer_options.max_sentence_bytes = options.max_sentence_bytes;
  if (options.parser_beam_width < 1 || options.parser_beam_width > 64) {
    return InvalidArgumentError("parser beam width " + std::to_string(options.parser_beam_width) +
                                " is out of range: use 1 (greedy) to 64");
  }
  syntax::BeamOptions beam;
  beam.width = options.parser_beam_width;
  auto impl = std::make_unique<PipelineImpl>(std::move(model).value(),
                                             token::Tokenizer(tokenizer_options), beam);
  return std::unique_ptr<Pipeline>(new Pipeline(std::move(impl)));
}

std::vector<Sentence> Pipeline::Tokenize(std::string_view text, AnalyzeStats* stats) const {
  token::TokenizeStats ts;
  std::vector<Sentence> sentences = impl_->tokenizer.Tokenize(text, &ts);
  if (stats != nullptr) {
    stats->bytes += text.size();
    stats->invalid_bytes += ts.invalid_bytes;
    stats->sentences += ts.sentences;
    stats->words += ts.words;
    stats->long_sentences_cut += ts.long_sentences_cut;
  }
  return sentences;
}

void Pipeline::AnalyzeSentence(Sentence* sentence) const {
  impl_->model->Analyze(sentence, impl_->beam);
}

std::vector<Sentence> Pipeline::Analyze(std::string_view text, AnalyzeStats* stats) const {
  std::vector<Sentence> sentences = Tokenize(text, stats);
  for (Sentence& s : sentences) AnalyzeSentence(&s);
  return sentences;
}

const std::string& Pipeline::model_provenance() const { return impl_->model->provenance(); }

}  // namespace khaldun
