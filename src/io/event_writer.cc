#include "io/event_writer.h"

#include <charconv>
#include <cstdint>
#include <cstdio>
#include <string_view>
#include <nlohmann/json.hpp>

namespace khaldun::io {
namespace {

using Json = nlohmann::ordered_json;

// The event line is written directly rather than built as a JSON tree and
// dumped: the tree (about 40 allocated nodes and strings an event) cost as
// much as a fifth of the coder's own time. Anything that needs escaping goes
// through nlohmann's serializer, so the bytes are those a tree dump gives
// (event_writer_test compares the two on random events).
void AppendString(std::string_view s, std::string* out) {
  bool plain = true;
  for (unsigned char c : s) {
    if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
      plain = false;
      break;
    }
  }
  if (plain) {
    *out += '"';
    *out += s;
    *out += '"';
    return;
  }
  // Replace invalid UTF-8 rather than throw: input text is repaired upstream,
  // but a writer must never abort a run.
  *out += Json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void AppendUnsigned(uint64_t v, std::string* out) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof(buf), v);
  out->append(buf, r.ptr);
}

void AppendDouble(double v, std::string* out) { *out += Json(v).dump(); }

// `"key":` (keys are plain ASCII).
void AppendKey(std::string_view key, std::string* out) {
  *out += '"';
  *out += key;
  *out += "\":";
}

void AppendActor(const event::ActorRef& a, std::string* out) {
  if (a.code.empty()) {
    *out += "null";
    return;
  }
  *out += '{';
  AppendKey("code", out);
  AppendString(a.code, out);
  *out += ',';
  AppendKey("country", out);
  AppendString(a.country, out);
  *out += ',';
  AppendKey("role", out);
  AppendString(a.role, out);
  *out += ',';
  AppendKey("text", out);
  AppendString(a.text, out);
  // An actor inferred from context (the story's country) has no evidence span.
  if (a.span.begin == 0 && a.span.end == 0 && a.text.empty()) {
    *out += ",\"start\":null,\"end\":null}";
    return;
  }
  *out += ',';
  AppendKey("start", out);
  AppendUnsigned(a.span.begin, out);
  *out += ',';
  AppendKey("end", out);
  AppendUnsigned(a.span.end, out);
  *out += '}';
}

std::string Clean(std::string s) {
  for (char& c : s) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.4f", v);
  return buf;
}

}  // namespace

std::string EventToJson(const event::Event& e) {
  std::string out;
  out.reserve(512 + e.sentence_text.size());
  out += '{';
  AppendKey("doc_id", &out);
  AppendString(e.doc_id, &out);
  out += ',';
  AppendKey("event_id", &out);
  AppendString(e.EventId(), &out);
  out += ',';
  AppendKey("date", &out);
  AppendString(e.date, &out);
  out += ',';
  AppendKey("story_date", &out);
  AppendString(e.story_date, &out);
  out += ",\"sentence\":{";
  AppendKey("index", &out);
  AppendUnsigned(e.sentence_index, &out);
  out += ',';
  AppendKey("start", &out);
  AppendUnsigned(e.sentence_span.begin, &out);
  out += ',';
  AppendKey("end", &out);
  AppendUnsigned(e.sentence_span.end, &out);
  out += ',';
  AppendKey("text", &out);
  AppendString(e.sentence_text, &out);
  out += "},";
  AppendKey("source", &out);
  AppendActor(e.source, &out);
  out += ',';
  AppendKey("target", &out);
  AppendActor(e.target, &out);
  out += ',';
  AppendKey("cameo", &out);
  AppendString(e.cameo, &out);
  out += ',';
  AppendKey("cameo_name", &out);
  AppendString(e.cameo_name, &out);
  out += ',';
  AppendKey("root", &out);
  AppendString(e.root, &out);
  out += ',';
  AppendKey("quad_class", &out);
  out += Json(e.quad_class).dump();
  out += ',';
  AppendKey("goldstein", &out);
  AppendDouble(e.goldstein, &out);
  out += ",\"plover\":{";
  AppendKey("event", &out);
  AppendString(e.plover_event, &out);
  out += ',';
  AppendKey("mode", &out);
  AppendString(e.plover_mode, &out);
  out += "},\"verb\":{";
  AppendKey("text", &out);
  AppendString(e.verb_text, &out);
  out += ',';
  AppendKey("lemma", &out);
  AppendString(e.verb_lemma, &out);
  out += ',';
  AppendKey("start", &out);
  AppendUnsigned(e.verb_span.begin, &out);
  out += ',';
  AppendKey("end", &out);
  AppendUnsigned(e.verb_span.end, &out);
  out += "},";
  AppendKey("location", &out);
  if (e.location) {
    out += '{';
    AppendKey("name", &out);
    AppendString(e.location->name, &out);
    out += ',';
    AppendKey("country", &out);
    AppendString(e.location->country, &out);
    out += ',';
    AppendKey("admin1", &out);
    AppendString(e.location->admin1, &out);
    out += ',';
    AppendKey("lat", &out);
    if (e.location->lat) {
      AppendDouble(*e.location->lat, &out);
    } else {
      out += "null";
    }
    out += ',';
    AppendKey("lon", &out);
    if (e.location->lon) {
      AppendDouble(*e.location->lon, &out);
    } else {
      out += "null";
    }
    out += '}';
  } else {
    out += "null";
  }
  out += ',';
  AppendKey("issues", &out);
  out += '[';
  for (size_t i = 0; i < e.issues.size(); ++i) {
    if (i) out += ',';
    AppendString(e.issues[i], &out);
  }
  out += "]}";
  return out;
}

std::string EventTsvHeader() {
  return "doc_id\tevent_id\tdate\tstory_date\tsentence_index\tsource_code\tsource_country\t"
         "source_role\tsource_text\ttarget_code\ttarget_country\ttarget_role\ttarget_text\t"
         "cameo\tcameo_name\troot\tquad_class\tgoldstein\tplover_event\tplover_mode\tverb_text\t"
         "verb_lemma\tlocation_name\tlocation_country\tlocation_admin1\tlat\tlon\tissues";
}

std::string EventToTsv(const event::Event& e) {
  std::string issues;
  for (size_t i = 0; i < e.issues.size(); ++i) issues += (i ? ";" : "") + e.issues[i];
  std::string fields[] = {
      e.doc_id, e.EventId(), e.date, e.story_date, std::to_string(e.sentence_index),
      e.source.code, e.source.country, e.source.role, e.source.text,
      e.target.code, e.target.country, e.target.role, e.target.text,
      e.cameo, e.cameo_name, e.root, std::to_string(e.quad_class), Number(e.goldstein),
      e.plover_event, e.plover_mode, e.verb_text, e.verb_lemma,
      e.location ? e.location->name : "", e.location ? e.location->country : "",
      e.location ? e.location->admin1 : "",
      e.location && e.location->lat ? Number(*e.location->lat) : "",
      e.location && e.location->lon ? Number(*e.location->lon) : "", issues};
  std::string row;
  for (size_t i = 0; i < std::size(fields); ++i) {
    if (i) row += '\t';
    row += Clean(fields[i]);
  }
  return row;
}

}  // namespace khaldun::io
