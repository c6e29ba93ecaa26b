#include "io/eval_corpora.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <cstdio>

namespace khaldun::io {

Result<std::vector<PloverExample>> ParsePloverGsr(std::string_view bytes,
                                                  std::string_view source_name) {
  auto error = [&](const std::string& what) {
    return InvalidArgumentError(std::string(source_name) + ": " + what);
  };
  nlohmann::json j = nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr, false);
  if (j.is_discarded()) return error("not valid JSON (expected an array of PLOVER records)");
  if (!j.is_array()) return error("not a JSON array of PLOVER records");
  std::vector<PloverExample> out;
  for (size_t i = 0; i < j.size(); ++i) {
    const nlohmann::json& r = j[i];
    std::string where = "record " + std::to_string(i + 1);
    if (!r.is_object()) return error(where + " is not an object");
    auto text = r.find("text");
    if (text == r.end() || !text->is_string()) continue;  // DOCUMENT records
    auto event = r.find("event");
    if (event == r.end() || !event->is_string()) return error(where + " has no \"event\" string");
    PloverExample e;
    e.event = event->get<std::string>();
    e.text = text->get<std::string>();
    auto id = r.find("id");
    e.id = id != r.end() && id->is_string() ? id->get<std::string>() : where;
    auto mode = r.find("mode");
    if (mode != r.end() && mode->is_string()) e.mode = mode->get<std::string>();
    out.push_back(std::move(e));
  }
  return out;
}

std::vector<std::string> PloverEventRoots(std::string_view event) {
  struct Row {
    const char* event;
    std::vector<std::string> roots;
  };
  // PLOVER 0.5 (the GSR file) and the 2021 table (CAMEO2PLOVER-2021.txt).
  static const std::vector<Row> kRows = {
      {"AGREE", {"03"}},       {"CONSULT", {"04"}},          {"SUPPORT", {"05"}},
      {"COOPERATE", {"06"}},   {"AID", {"07"}},              {"CONCEDE", {"08"}},
      {"RETREAT", {"08"}},     {"INVESTIGATE", {"09"}},      {"DEMAND", {"10"}},
      {"REQUEST", {"10"}},     {"DISAPPROVE", {"11"}},       {"ACCUSE", {"09", "11"}},
      {"REJECT", {"12"}},      {"THREATEN", {"13"}},         {"PROTEST", {"14"}},
      {"MOBILIZE", {"15"}},    {"SANCTION", {"16"}},         {"COERCE", {"17"}},
      {"ASSAULT", {"18", "20"}}, {"FIGHT", {"19", "20"}},
  };
  std::string upper(event);
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  for (const Row& r : kRows) {
    if (upper == r.event) return r.roots;
  }
  return {};
}

Result<std::vector<LabeledText>> ParseLabeledTsv(std::string_view bytes,
                                                 std::string_view source_name, int max_label) {
  std::vector<LabeledText> out;
  size_t pos = 0, line_no = 0;
  while (pos < bytes.size()) {
    size_t nl = bytes.find('\n', pos);
    if (nl == std::string_view::npos) nl = bytes.size();
    std::string_view line = bytes.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    auto error = [&](const std::string& what) {
      return InvalidArgumentError(std::string(source_name) + ":" + std::to_string(line_no) +
                                  ": " + what + "; each line must be 'text<TAB>label'");
    };
    size_t tab = line.rfind('\t');
    if (tab == std::string_view::npos) return error("no tab");
    std::string_view label = line.substr(tab + 1);
    while (!label.empty() && label.back() == ' ') label.remove_suffix(1);
    while (!label.empty() && label.front() == ' ') label.remove_prefix(1);
    bool digits = !label.empty() && label.size() <= 3;
    for (char c : label) digits = digits && c >= '0' && c <= '9';
    int value = digits ? std::stoi(std::string(label)) : -1;
    if (!digits || value > max_label) {
      return error("label '" + std::string(label) + "' is not an integer 0-" +
                   std::to_string(max_label));
    }
    LabeledText t;
    t.text = std::string(line.substr(0, tab));
    t.label = value;
    t.line = line_no;
    out.push_back(std::move(t));
  }
  return out;
}

std::string PatternCommentWord(std::string_view raw_line) {
  size_t close = raw_line.rfind(']');
  size_t hash = raw_line.find('#', close == std::string_view::npos ? 0 : close);
  if (hash == std::string_view::npos) return "";
  size_t b = hash + 1;
  while (b < raw_line.size() && (raw_line[b] == ' ' || raw_line[b] == '\t')) ++b;
  size_t e = b;
  while (e < raw_line.size()) {
    unsigned char c = static_cast<unsigned char>(raw_line[e]);
    if (!std::isalpha(c) && c != '_' && c != '-') break;
    ++e;
  }
  std::string word(raw_line.substr(b, e - b));
  for (char& c : word) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return word;
}

std::string DateInside(std::string_view from, std::string_view to) {
  if (!from.empty()) return std::string(from);
  if (to.size() < 4) return "";
  int year = 0;
  for (size_t i = 0; i < 4; ++i) {
    if (to[i] < '0' || to[i] > '9') return "";
    year = year * 10 + (to[i] - '0');
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-01-01", year > 0 ? year - 1 : 0);
  return buf;
}

}  // namespace khaldun::io
