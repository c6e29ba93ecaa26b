#include "io/conllu.h"

#include <charconv>

#include "port/file.h"

namespace khaldun::io {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> cols;
  size_t start = 0;
  for (;;) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      cols.push_back(line.substr(start));
      break;
    }
    cols.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
  return cols;
}

bool ParseInt(std::string_view s, int* out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

}  // namespace

Result<std::vector<ConlluSentence>> ParseConllu(std::string_view text,
                                                std::string_view source_name) {
  std::vector<ConlluSentence> out;
  ConlluSentence current;
  size_t line_no = 0;
  auto error = [&](const std::string& what) {
    return InvalidArgumentError(std::string(source_name) + ":" + std::to_string(line_no) + ": " +
                                what + " (expected CoNLL-U: 10 tab-separated columns)");
  };
  auto finish = [&]() -> Status {
    if (current.sentence.words.empty()) {
      current = ConlluSentence();
      return Status::Ok();
    }
    int n = static_cast<int>(current.sentence.words.size());
    for (const Word& w : current.sentence.words) {
      if (w.head > n) return error("head " + std::to_string(w.head) + " is past the sentence end");
    }
    out.push_back(std::move(current));
    current = ConlluSentence();
    return Status::Ok();
  };

  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      KHALDUN_RETURN_IF_ERROR(finish());
      if (nl == text.size()) break;
      continue;
    }
    if (line[0] == '#') {
      auto take = [&](std::string_view key, std::string* dst) {
        if (line.substr(0, key.size()) == key) *dst = std::string(line.substr(key.size()));
      };
      take("# sent_id = ", &current.sent_id);
      take("# text = ", &current.text);
      continue;
    }
    auto cols = SplitTabs(line);
    if (cols.size() != 10) return error("found " + std::to_string(cols.size()) + " columns");
    if (cols[0].find_first_of("-.") != std::string_view::npos) continue;  // MWT range / empty node
    int id = 0;
    if (!ParseInt(cols[0], &id) || id != static_cast<int>(current.sentence.words.size()) + 1) {
      return error("word id '" + std::string(cols[0]) + "' is not the next integer");
    }
    Word w;
    w.form = std::string(cols[1]);
    w.lemma = std::string(cols[2]);
    auto upos = ParseUpos(cols[3]);
    if (!upos && cols[3] != "_") return error("unknown UPOS '" + std::string(cols[3]) + "'");
    w.upos = upos.value_or(Upos::kX);
    auto xpos = ParseXpos(cols[4]);
    if (!xpos && cols[4] != "_") return error("unknown XPOS '" + std::string(cols[4]) + "'");
    w.xpos = xpos.value_or(Xpos::kXX);
    if (cols[6] == "_") {
      w.head = -1;
    } else if (!ParseInt(cols[6], &w.head) || w.head < 0) {
      return error("bad head '" + std::string(cols[6]) + "'");
    }
    if (cols[7] != "_") {
      auto rel = ParseDeprel(cols[7]);
      if (!rel) return error("unknown relation '" + std::string(cols[7]) + "'");
      w.deprel = *rel;
    }
    w.space_after = cols[9].find("SpaceAfter=No") == std::string_view::npos;
    current.sentence.words.push_back(std::move(w));
    if (nl == text.size()) {
      KHALDUN_RETURN_IF_ERROR(finish());
      break;
    }
  }
  KHALDUN_RETURN_IF_ERROR(finish());
  return out;
}

Result<std::vector<ConlluSentence>> ReadConlluFile(const std::string& path) {
  KHALDUN_ASSIGN_OR_RETURN(std::string text, port::ReadFile(path));
  return ParseConllu(text, path);
}

void AppendConllu(const Sentence& sentence, std::string_view sent_id, std::string_view text,
                  std::string* out) {
  if (!sent_id.empty()) out->append("# sent_id = ").append(sent_id).append("\n");
  if (!text.empty()) out->append("# text = ").append(text).append("\n");
  int i = 0;
  for (const Word& w : sentence.words) {
    ++i;
    out->append(std::to_string(i)).append("\t").append(w.form).append("\t");
    out->append(w.lemma.empty() ? "_" : w.lemma).append("\t");
    out->append(UposName(w.upos)).append("\t").append(XposName(w.xpos)).append("\t_\t");
    out->append(w.head < 0 ? "_" : std::to_string(w.head)).append("\t");
    out->append(w.head < 0 ? "_" : DeprelName(w.deprel)).append("\t_\t");
    out->append(w.space_after ? "_" : "SpaceAfter=No").append("\n");
  }
  out->append("\n");
}

}  // namespace khaldun::io
