// Internal. Use include/khaldun/khaldun.h.
// The compiled knowledge base: actors, agents, patterns, issues and places
// from the text sources (knowledge_source.h), the CAMEO codebook, and a
// phrase trie over the tokenized names, in one checksummed binary
// (doc/formats/container.md; sections listed in knowledge_base.cc).
//
// Compile() and FromBytes() are plain functions over values and bytes, so the
// compiler and the loader can be fuzzed. A corrupted or truncated file is
// refused with a message naming the file and `khaldun dict compile`.
//
// Thread safety: immutable after Compile/FromBytes/Load; every const method
// may be called from many threads.
#ifndef KHALDUN_SRC_DICT_KNOWLEDGE_BASE_H_
#define KHALDUN_SRC_DICT_KNOWLEDGE_BASE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dict/codebook.h"
#include "dict/knowledge_source.h"
#include "dict/phrase_trie.h"
#include "khaldun/analysis.h"
#include "khaldun/status.h"

namespace khaldun::token {
class Tokenizer;
}

namespace khaldun::dict {

// What a phrase hit points at. DO NOT RENUMBER: stored in compiled files.
enum class EntityType : uint8_t { kActor = 0, kAgent = 1, kIssue = 2, kPlace = 3 };

// A dictionary phrase found in a sentence: words [begin, end) (indices into
// Sentence::words) and what it names.
struct PhraseMatch {
  size_t begin = 0;
  size_t end = 0;
  std::vector<PhraseHit> hits;
};

struct CompileOptions {
  std::string build_date;  // recorded in the provenance ("" = leave out)
};

class KnowledgeBase {
 public:
  // Builds the knowledge base. Names are tokenized with `tokenizer` (hyphens
  // dropped, tokens folded). Entries that cannot be compiled (a pattern with
  // an unknown CAMEO code, a name with no tokens) are skipped and reported in
  // *problems (may be null). Never fails on content; errors only for an empty
  // source (kInvalidArgument).
  [[nodiscard]] static Result<std::unique_ptr<KnowledgeBase>> Compile(
      const KnowledgeSource& source, const Codebook& codebook, const token::Tokenizer& tokenizer,
      const CompileOptions& options, std::vector<LineProblem>* problems);

  // The binary file contents.
  std::string Serialize() const;

  // Parses Serialize() output (copies what it needs; `bytes` may go away).
  // Runs the self-test lookups. Errors: kCorruption naming `file_name` and the
  // rebuild command.
  [[nodiscard]] static Result<std::unique_ptr<KnowledgeBase>> FromBytes(std::string_view bytes,
                                                                        std::string_view file_name);
  // Memory-maps and parses a file. Errors: those of FromBytes, kNotFound.
  [[nodiscard]] static Result<std::unique_ptr<KnowledgeBase>> Load(const std::string& path);

  // Every dictionary phrase in the sentence, left to right, longest first,
  // not overlapping. Matches folded forms, then lemmas; '-' tokens are
  // skipped ("al-Assad" = "al Assad").
  std::vector<PhraseMatch> FindPhrases(const Sentence& sentence) const;

  // Patterns keyed on a verb lemma ("attack", "step down") or a noun's head
  // lemma ("strike" for "air strike"): indices into patterns(). Empty if none.
  const std::vector<uint32_t>& VerbPatterns(std::string_view lemma) const;
  const std::vector<uint32_t>& NounPatterns(std::string_view head_lemma) const;

  const std::vector<KbActor>& actors() const { return actors_; }
  const std::vector<KbAgent>& agents() const { return agents_; }
  const std::vector<KbPattern>& patterns() const { return patterns_; }
  const std::vector<KbIssue>& issues() const { return issues_; }
  const std::vector<KbPlace>& places() const { return places_; }
  const Codebook& codebook() const { return codebook_; }
  const PhraseTrie& trie() const { return trie_; }
  // "source-hash 9f3e... built 2026-11-29 files 9 ..."
  const std::string& provenance() const { return provenance_; }

  // Everything as source entries again (for `dict dump`); locations are lost.
  KnowledgeSource ToSource() const;

  KnowledgeBase(const KnowledgeBase&) = delete;
  KnowledgeBase& operator=(const KnowledgeBase&) = delete;

 private:
  KnowledgeBase() = default;
  void IndexPatterns();
  Status SelfTest(std::string_view file_name) const;

  std::vector<KbActor> actors_;
  std::vector<KbAgent> agents_;
  std::vector<KbPattern> patterns_;
  std::vector<KbIssue> issues_;
  std::vector<KbPlace> places_;
  Codebook codebook_;
  PhraseTrie trie_;
  std::string provenance_;
  // Self-test: a few names with the hit they must give.
  std::vector<std::pair<std::vector<std::string>, PhraseHit>> self_tests_;
  std::unordered_map<std::string, std::vector<uint32_t>> verb_patterns_;
  std::unordered_map<std::string, std::vector<uint32_t>> noun_patterns_;
};

// Lint for `khaldun dict check`: duplicate and conflicting names, unknown
// CAMEO or actor codes, inverted or overlapping date ranges, duplicate
// patterns. Each problem is "file:line: what is wrong".
std::vector<LineProblem> CheckKnowledge(const KnowledgeSource& source, const Codebook& codebook);

// Tokenizes a dictionary name into trie keys (folded, '-' dropped).
std::vector<std::string> NameKey(std::string_view name, const token::Tokenizer& tokenizer);

}  // namespace khaldun::dict

#endif  // KHALDUN_SRC_DICT_KNOWLEDGE_BASE_H_
