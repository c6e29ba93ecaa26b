#include "io/document.h"

#include <nlohmann/json.hpp>

#include "text/utf8.h"

namespace khaldun::io {

Result<InputDocument> ParseJsonlDocument(std::string_view line, size_t line_no,
                                         std::string_view source_name) {
  auto error = [&](const std::string& what) {
    return InvalidArgumentError(std::string(source_name) + ":" + std::to_string(line_no) + ": " +
                                what +
                                "; each line must be a JSON object like "
                                "{\"id\": \"...\", \"date\": \"YYYY-MM-DD\", \"text\": \"...\"}");
  };
  // Invalid UTF-8 is repaired (U+FFFD) before parsing, not a reason to lose
  // the story: JSON parsers reject it inside strings.
  std::string repaired;
  size_t invalid = 0;
  for (size_t i = 0; i < line.size();) {
    char32_t cp;
    int len = text::DecodeUtf8(line, i, &cp);
    if (len == 0) {
      if (invalid == 0) repaired.assign(line.substr(0, i));
      repaired += "\ufffd";  // inside a JSON string this is the replacement char
      ++invalid;
      ++i;
      continue;
    }
    if (invalid > 0) repaired.append(line.substr(i, len));
    i += len;
  }
  if (invalid > 0) line = repaired;
  // No exceptions: parse errors give a 'discarded' value.
  nlohmann::json j = nlohmann::json::parse(line.begin(), line.end(), nullptr, false);
  if (j.is_discarded()) return error("not valid JSON");
  if (!j.is_object()) return error("not a JSON object");
  InputDocument doc;
  doc.line = line_no;
  doc.invalid_bytes = invalid;
  auto text = j.find("text");
  if (text == j.end() || !text->is_string()) return error("no \"text\" string");
  doc.text = text->get<std::string>();
  auto id = j.find("id");
  if (id != j.end() && id->is_string()) {
    doc.id = id->get<std::string>();
  } else if (id != j.end() && id->is_number_integer()) {
    doc.id = std::to_string(id->get<long long>());
  } else if (id != j.end() && !id->is_null()) {
    return error("\"id\" must be a string or an integer");
  } else {
    doc.id = std::string(source_name) + ":" + std::to_string(line_no);
  }
  auto date = j.find("date");
  if (date != j.end() && !date->is_null()) {
    if (!date->is_string()) return error("\"date\" must be a string YYYY-MM-DD");
    doc.date = date->get<std::string>();
    const std::string& d = doc.date;
    bool ok = d.size() >= 10 && d[4] == '-' && d[7] == '-';
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) ok = ok && d.size() > 9 && d[i] >= '0' && d[i] <= '9';
    if (!ok) return error("\"date\" '" + d + "' is not YYYY-MM-DD");
    doc.date = d.substr(0, 10);
  }
  nlohmann::json meta = nlohmann::json::object();
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (it.key() != "text" && it.key() != "id" && it.key() != "date") meta[it.key()] = it.value();
  }
  // Replace invalid UTF-8 in carried-through fields rather than failing.
  doc.meta_json = meta.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return doc;
}

}  // namespace khaldun::io
