// Internal. Use include/khaldun/khaldun.h.
// TESTS ONLY: reads the UD English Web Treebank (CoNLL-U) from the shared data
// folder for the sentence-splitter and tokenizer evaluations. The data is
// never copied into the repository; tests that need it skip when it is absent.
//
// Thread safety: free functions over values.
#ifndef KHALDUN_SRC_TEXT_EWT_TESTDATA_H_
#define KHALDUN_SRC_TEXT_EWT_TESTDATA_H_

#include <string>
#include <string_view>
#include <vector>

#include "port/file.h"

namespace khaldun::text::testing {

// One surface token: its text as written and the syntactic words it is split
// into ("don't" -> "do", "n't"; most tokens are one word, the token itself).
struct EwtToken {
  std::string surface;
  std::vector<std::string> words;
};

struct EwtSentence {
  bool new_doc = false;  // "# newdoc" before this sentence
  bool new_par = false;  // "# newpar" before this sentence
  std::string text;      // "# text = ..."
  std::vector<EwtToken> tokens;
};

// Path of an EWT file in the shared data folder, e.g. EwtPath("en_ewt-ud-test.conllu").
inline std::string EwtPath(std::string_view file) {
#ifdef KHALDUN_SHARED_DIR
  return std::string(KHALDUN_SHARED_DIR) + "/data/ud-english-ewt/" + std::string(file);
#else
  return "../shared/data/ud-english-ewt/" + std::string(file);
#endif
}

// Reads an EWT CoNLL-U file; returns false when it cannot be read.
inline bool ReadEwt(const std::string& path, std::vector<EwtSentence>* out) {
  auto bytes = port::ReadFile(path);
  if (!bytes.ok()) return false;
  const std::string_view all = *bytes;
  EwtSentence cur;
  bool in_sentence = false;
  int mwt_last = 0;  // last word id covered by the current multiword token
  size_t pos = 0;
  while (pos <= all.size()) {
    size_t eol = all.find('\n', pos);
    if (eol == std::string_view::npos) eol = all.size();
    std::string_view line = all.substr(pos, eol - pos);
    pos = eol + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      if (in_sentence) out->push_back(std::move(cur));
      cur = EwtSentence();
      in_sentence = false;
      mwt_last = 0;
      if (eol == all.size()) break;
      continue;
    }
    in_sentence = true;
    if (line[0] == '#') {
      if (line.rfind("# newdoc", 0) == 0) cur.new_doc = true;
      if (line.rfind("# newpar", 0) == 0) cur.new_par = true;
      if (line.rfind("# text = ", 0) == 0) cur.text = std::string(line.substr(9));
      continue;
    }
    const size_t tab1 = line.find('\t');
    const size_t tab2 = line.find('\t', tab1 + 1);
    if (tab1 == std::string_view::npos || tab2 == std::string_view::npos) continue;
    const std::string_view id = line.substr(0, tab1);
    const std::string form(line.substr(tab1 + 1, tab2 - tab1 - 1));
    if (id.find('.') != std::string_view::npos) continue;  // empty node
    const size_t dash = id.find('-');
    if (dash != std::string_view::npos) {
      mwt_last = std::stoi(std::string(id.substr(dash + 1)));
      cur.tokens.push_back({form, {}});
      continue;
    }
    const int word_id = std::stoi(std::string(id));
    if (word_id <= mwt_last && !cur.tokens.empty()) {
      cur.tokens.back().words.push_back(form);
    } else {
      cur.tokens.push_back({form, {form}});
    }
  }
  if (in_sentence) out->push_back(std::move(cur));
  return true;
}

}  // namespace khaldun::text::testing

#endif  // KHALDUN_SRC_TEXT_EWT_TESTDATA_H_
