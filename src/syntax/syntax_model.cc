#include "syntax/syntax_model.h"

#include <vector>

#include "base/section_file.h"
#include "syntax/tag_repair.h"
#include "syntax/word_features.h"

namespace khaldun::syntax {
namespace {

enum SectionKind : uint32_t {
  kProvenance = 1,
  kTagger = 2,
  kParser = 3,
  kLemmatizer = 4,
};

constexpr char kRebuildHint[] =
    "the model file is damaged or from another version: restore models/syntax.kmodel from the "
    "repository or rebuild it with `khaldun train` (see models/README.md)";

}  // namespace

std::string SyntaxModel::Serialize(const Tagger& tagger, const Lemmatizer& lemmatizer,
                                   const Parser& parser, std::string_view provenance) {
  base::SectionFileWriter w(kSyntaxModelMagic, kSyntaxModelVersion);
  w.AddSection(kProvenance, std::string(provenance));
  std::string bytes;
  tagger.Serialize(&bytes);
  w.AddSection(kTagger, std::move(bytes));
  bytes.clear();
  parser.Serialize(&bytes);
  w.AddSection(kParser, std::move(bytes));
  bytes.clear();
  lemmatizer.Serialize(&bytes);
  w.AddSection(kLemmatizer, std::move(bytes));
  return w.Finish();
}

Status SyntaxModel::Init(std::string_view bytes, std::string_view name) {
  KHALDUN_ASSIGN_OR_RETURN(base::SectionFile file,
                           base::SectionFile::Parse(bytes, kSyntaxModelMagic, kSyntaxModelVersion,
                                                    name, kRebuildHint));
  auto section_error = [&](const char* what, const Status& s) {
    return CorruptionError(std::string(name) + ": " + what + " section: " + s.message() + "; " +
                           kRebuildHint);
  };
  KHALDUN_ASSIGN_OR_RETURN(std::string_view provenance, file.Get(kProvenance));
  provenance_ = std::string(provenance);
  KHALDUN_ASSIGN_OR_RETURN(std::string_view tagger_bytes, file.Get(kTagger));
  auto tagger = Tagger::View(tagger_bytes);
  if (!tagger.ok()) return section_error("tagger", tagger.status());
  tagger_ = std::move(tagger).value();
  KHALDUN_ASSIGN_OR_RETURN(std::string_view parser_bytes, file.Get(kParser));
  auto parser = Parser::View(parser_bytes);
  if (!parser.ok()) return section_error("parser", parser.status());
  parser_ = std::move(parser).value();
  KHALDUN_ASSIGN_OR_RETURN(std::string_view lemmatizer_bytes, file.Get(kLemmatizer));
  auto lemmatizer = Lemmatizer::Deserialize(lemmatizer_bytes);
  if (!lemmatizer.ok()) return section_error("lemmatizer", lemmatizer.status());
  lemmatizer_ = std::move(lemmatizer).value();
  return Status::Ok();
}

Result<std::unique_ptr<SyntaxModel>> SyntaxModel::Load(const std::string& path) {
  KHALDUN_ASSIGN_OR_RETURN(auto file, port::MappedFile::Open(path));
  std::unique_ptr<SyntaxModel> model(new SyntaxModel());
  model->file_ = std::move(file);
  std::string_view bytes = model->file_->bytes();
  if (reinterpret_cast<uintptr_t>(bytes.data()) % 8 != 0) {
    // A heap fallback copy that is not aligned: keep an aligned copy instead.
    model->owned_bytes_ = std::string(bytes);
    bytes = model->owned_bytes_;
  }
  KHALDUN_RETURN_IF_ERROR(model->Init(bytes, path));
  return model;
}

Result<std::unique_ptr<SyntaxModel>> SyntaxModel::FromBytes(std::string bytes,
                                                            std::string_view name) {
  std::unique_ptr<SyntaxModel> model(new SyntaxModel());
  model->owned_bytes_ = std::move(bytes);
  KHALDUN_RETURN_IF_ERROR(model->Init(model->owned_bytes_, name));
  return model;
}

// Tags and lemmatizes; returns the word atoms (thread-local scratch) so the
// parser can reuse them instead of hashing every word again.
const std::vector<WordAtoms>& SyntaxModel::TagAndLemmatizeWithAtoms(Sentence* sentence) const {
  thread_local std::vector<WordAtoms> atoms;
  ComputeWordAtoms(sentence->words, &atoms);
  tagger_.Tag(atoms, &sentence->words, &lemmatizer_);
  RepairFiniteVerbTags(&sentence->words, &lemmatizer_);
  for (Word& w : sentence->words) w.lemma = lemmatizer_.Lemmatize(w.form, w.upos, w.xpos);
  return atoms;
}

void SyntaxModel::TagAndLemmatize(Sentence* sentence) const {
  if (sentence->words.empty()) return;
  TagAndLemmatizeWithAtoms(sentence);
}

void SyntaxModel::Analyze(Sentence* sentence, const BeamOptions& beam) const {
  if (sentence->words.empty()) return;
  parser_.Parse(TagAndLemmatizeWithAtoms(sentence), &sentence->words, beam);
}

}  // namespace khaldun::syntax
