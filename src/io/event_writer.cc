#include "io/event_writer.h"

#include <cstdio>
#include <nlohmann/json.hpp>

namespace khaldun::io {
namespace {

using Json = nlohmann::ordered_json;

Json ActorJson(const event::ActorRef& a) {
  if (a.code.empty()) return Json(nullptr);
  Json j;
  j["code"] = a.code;
  j["country"] = a.country;
  j["role"] = a.role;
  j["text"] = a.text;
  // An actor inferred from context (the story's country) has no evidence span.
  if (a.span.begin == 0 && a.span.end == 0 && a.text.empty()) {
    j["start"] = nullptr;
    j["end"] = nullptr;
  } else {
    j["start"] = a.span.begin;
    j["end"] = a.span.end;
  }
  return j;
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
  Json j;
  j["doc_id"] = e.doc_id;
  j["event_id"] = e.EventId();
  j["date"] = e.date;
  j["story_date"] = e.story_date;
  j["sentence"] = Json{{"index", e.sentence_index},
                       {"start", e.sentence_span.begin},
                       {"end", e.sentence_span.end},
                       {"text", e.sentence_text}};
  j["source"] = ActorJson(e.source);
  j["target"] = ActorJson(e.target);
  j["cameo"] = e.cameo;
  j["cameo_name"] = e.cameo_name;
  j["root"] = e.root;
  j["quad_class"] = e.quad_class;
  j["goldstein"] = e.goldstein;
  j["plover"] = Json{{"event", e.plover_event}, {"mode", e.plover_mode}};
  j["verb"] = Json{{"text", e.verb_text},
                   {"lemma", e.verb_lemma},
                   {"start", e.verb_span.begin},
                   {"end", e.verb_span.end}};
  if (e.location) {
    Json loc;
    loc["name"] = e.location->name;
    loc["country"] = e.location->country;
    loc["admin1"] = e.location->admin1;
    loc["lat"] = e.location->lat ? Json(*e.location->lat) : Json(nullptr);
    loc["lon"] = e.location->lon ? Json(*e.location->lon) : Json(nullptr);
    j["location"] = loc;
  } else {
    j["location"] = nullptr;
  }
  j["issues"] = e.issues;
  // Replace invalid UTF-8 rather than throw: input text is repaired upstream,
  // but a writer must never abort a run.
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
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
