#include "cli/field_dictionaries.h"

#include <cstdio>
#include <map>

#include "dict/codebook.h"
#include "token/tokenizer.h"

namespace khaldun::cli {
namespace {

// Lower-case words separated by single spaces, with a space at both ends, so
// that a phrase is found at word boundaries by a plain substring search.
std::string WordText(std::string_view s) {
  std::string out = " ";
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    bool word = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
                u >= 0x80 || c == '\'';
    if (word) {
      out += (u >= 'A' && u <= 'Z') ? static_cast<char>(u - 'A' + 'a') : c;
    } else if (out.back() != ' ') {
      out += ' ';
    }
  }
  if (out.back() != ' ') out += ' ';
  return out;
}

bool Contains(const std::string& word_text, const std::vector<std::string>& phrases) {
  for (const std::string& p : phrases) {
    if (p.size() > 2 && word_text.find(p) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

bool LoadFieldSource(const char* command, dict::KnowledgeSource source, const CodingOptions& options,
                     bool use_gazetteer, Coding* out) {
  auto base = dict::Codebook::ReadFile(KHALDUN_DEFAULT_CODEBOOK);
  if (!base.ok()) {
    std::fprintf(stderr, "%s: %s\n", command, base.status().ToString().c_str());
    return false;
  }
  auto codebook = dict::FieldCodebook(*base, &source.patterns);
  if (!codebook.ok()) {
    std::fprintf(stderr, "%s: %s\n", command, codebook.status().ToString().c_str());
    return false;
  }
  token::Tokenizer tokenizer;
  std::vector<dict::LineProblem> problems;
  auto kb = dict::KnowledgeBase::Compile(source, *codebook, tokenizer, dict::CompileOptions{},
                                         &problems);
  if (!kb.ok()) {
    std::fprintf(stderr, "%s: %s\n", command, kb.status().ToString().c_str());
    return false;
  }
  for (const dict::LineProblem& p : problems) {
    std::fprintf(stderr, "%s: %s\n", command, p.ToString().c_str());
  }
  PipelineOptions po;
  po.syntax_model_path = options.model;
  auto pipeline = Pipeline::Create(po);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "%s: %s\n", command, pipeline.status().ToString().c_str());
    return false;
  }
  out->pipeline = std::move(pipeline).value();
  out->kb = std::move(kb).value();
  // PETRARCH and TABARI code a future act as the act itself.
  out->coder_options.future_as_intent = false;
  out->coder_options.state_roles = false;  // nor a country by the body acting for it
  out->gazetteer.reset();
  if (use_gazetteer) {
    std::string path = options.gazetteer.empty() ? KHALDUN_DEFAULT_GAZETTEER : options.gazetteer;
    auto gazetteer = geo::Gazetteer::Load(path);
    if (gazetteer.ok()) {
      out->gazetteer = std::move(gazetteer).value();
    } else if (!options.gazetteer.empty()) {
      std::fprintf(stderr, "%s: %s\n", command, gazetteer.status().ToString().c_str());
      return false;
    }
  }
  return true;
}

bool LoadFieldDictionaries(const char* command, const std::string& petrarch_dir,
                           const std::string& tabari_project, const CodingOptions& options,
                           Coding* out, bool quiet) {
  if (petrarch_dir.empty() == tabari_project.empty()) {
    std::fprintf(stderr, "%s: give one of --dict-petrarch and --dict-tabari\n", command);
    return false;
  }
  std::vector<dict::LineProblem> problems;
  dict::ConversionCounts counts;
  auto source = petrarch_dir.empty()
                    ? dict::KnowledgeSourceFromTabari(tabari_project, &problems, &counts)
                    : dict::KnowledgeSourceFromPetrarch(petrarch_dir, &problems, &counts);
  if (!source.ok()) {
    std::fprintf(stderr, "%s: %s\n", command, source.status().ToString().c_str());
    return false;
  }
  if (!quiet) {
    std::fprintf(stderr,
                 "%s: converted %zu actors (%zu dropped), %zu agents, %zu verbs -> %zu patterns "
                 "(%zu pattern lines dropped, %zu approximated, %zu no-event), %zu "
                 "discards, %zu issues; %zu notes (first 10 below)\n",
                 command, counts.actors, counts.actors_dropped, counts.agents, counts.verbs,
                 counts.patterns, counts.patterns_dropped, counts.patterns_approximated,
                 counts.null_patterns, counts.discards, counts.issues, problems.size());
    for (size_t i = 0; i < problems.size() && i < 10; ++i) {
      std::fprintf(stderr, "  %s\n", problems[i].ToString().c_str());
    }
  }
  if (!LoadFieldSource(command, std::move(source).value(), options, /*use_gazetteer=*/true, out)) {
    return false;
  }
  // PETRARCH verbs are forms as written; TABARI's are stems, matched as
  // prefixes of any form.
  out->coder_options.written_forms = !petrarch_dir.empty();
  return true;
}

bool LoadFieldDictionaries(const char* command, const std::string& petrarch_dir,
                           const std::string& tabari_project, Coding* out) {
  return LoadFieldDictionaries(command, petrarch_dir, tabari_project, CodingOptions{}, out);
}

size_t ApplyFieldDictionaryRules(const Coding& coding, const std::vector<io::InputDocument>& docs,
                                 std::vector<std::vector<event::Event>>* events) {
  std::vector<std::string> sentence_discards, story_discards;
  for (const dict::KbIssue& issue : coding.kb->issues()) {
    bool story = issue.issue == dict::kDiscardStoryIssue;
    if (!story && issue.issue != dict::kDiscardSentenceIssue) continue;
    for (const std::string& n : issue.names) {
      (story ? story_discards : sentence_discards).push_back(WordText(n));
    }
  }
  const dict::Codebook& codebook = coding.kb->codebook();
  size_t dropped = 0;
  for (size_t d = 0; d < events->size() && d < docs.size(); ++d) {
    std::vector<event::Event>& list = (*events)[d];
    if (list.empty()) continue;
    if (!story_discards.empty() && Contains(WordText(docs[d].text), story_discards)) {
      dropped += list.size();
      list.clear();
      continue;
    }
    std::vector<event::Event> kept;
    for (event::Event& e : list) {
      if (!sentence_discards.empty() && Contains(WordText(e.sentence_text), sentence_discards)) {
        ++dropped;
        continue;
      }
      std::string code = dict::FieldCode(codebook, e.cameo);
      if (code != e.cameo) {
        e.cameo = code;
        e.cameo_name.clear();
      }
      // Remove the discard markers from the issues.
      std::erase_if(e.issues, [](const std::string& i) {
        return i == dict::kDiscardSentenceIssue || i == dict::kDiscardStoryIssue;
      });
      kept.push_back(std::move(e));
    }
    list = std::move(kept);
  }
  return dropped;
}

}  // namespace khaldun::cli
