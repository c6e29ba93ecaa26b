#include "io/event_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <random>

namespace khaldun::io {
namespace {

event::Event Sample() {
  event::Event e;
  e.doc_id = "AFP-1";
  e.sentence_index = 3;
  e.event_index = 0;
  e.sentence_span = {412, 561};
  e.sentence_text = "Russian warplanes struck rebel positions.";
  e.date = "2015-10-05";
  e.story_date = "2015-10-06";
  e.source = {"RUSMIL", "RUS", "MIL", "Russian warplanes", {412, 429}};
  e.target = {"SYRREB", "SYR", "REB", "rebel positions", {439, 454}};
  e.cameo = "195";
  e.cameo_name = "Employ aerial weapons";
  e.root = "19";
  e.quad_class = 4;
  e.goldstein = -10.0;
  e.plover_event = "ASSAULT";
  e.plover_mode = "aerial";
  e.verb_text = "struck";
  e.verb_lemma = "strike";
  e.verb_span = {430, 436};
  return e;
}

// The JSON tree the writer used to build and dump, field for field: the
// reference the direct writer must match byte for byte.
nlohmann::ordered_json ReferenceActor(const event::ActorRef& a) {
  using Json = nlohmann::ordered_json;
  if (a.code.empty()) return Json(nullptr);
  Json j;
  j["code"] = a.code;
  j["country"] = a.country;
  j["role"] = a.role;
  j["text"] = a.text;
  if (a.span.begin == 0 && a.span.end == 0 && a.text.empty()) {
    j["start"] = nullptr;
    j["end"] = nullptr;
  } else {
    j["start"] = a.span.begin;
    j["end"] = a.span.end;
  }
  return j;
}

std::string ReferenceJson(const event::Event& e) {
  using Json = nlohmann::ordered_json;
  Json j;
  j["doc_id"] = e.doc_id;
  j["event_id"] = e.EventId();
  j["date"] = e.date;
  j["story_date"] = e.story_date;
  j["sentence"] = Json{{"index", e.sentence_index},
                       {"start", e.sentence_span.begin},
                       {"end", e.sentence_span.end},
                       {"text", e.sentence_text}};
  j["source"] = ReferenceActor(e.source);
  j["target"] = ReferenceActor(e.target);
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
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Strings with what needs escaping: quotes, backslashes, control bytes, DEL,
// UTF-8 (valid and not), mixed into plain text.
std::string RandomString(std::mt19937_64& rng) {
  static const char* const kPieces[] = {
      "Syria", " ", "\"", "\\", "\n", "\t", "\x01", "\x1f", "\x7f", "\xc3\xa9",
      "\xe2\x80\x9c", "\xf0\x9f\x98\x80", "\xff", "\xc3", "\xed\xa0\x80", "/", "{", "}",
      "ABC", "al-Assad", ""};
  std::string s;
  const size_t n = rng() % 6;
  for (size_t i = 0; i < n; ++i) s += kPieces[rng() % std::size(kPieces)];
  return s;
}

double RandomDouble(std::mt19937_64& rng) {
  static const double kValues[] = {0.0, -0.0, -10.0, 10.0, 3.4, -2.2, 1e-7, 123456789.125,
                                   1e21, -1e-300, 33.5138, 0.1 + 0.2};
  if (rng() % 2) return kValues[rng() % std::size(kValues)];
  return std::uniform_real_distribution<double>(-200.0, 200.0)(rng);
}

event::ActorRef RandomActor(std::mt19937_64& rng) {
  event::ActorRef a;
  if (rng() % 4 == 0) return a;  // no actor: null
  a.code = RandomString(rng) + "X";
  a.country = RandomString(rng);
  a.role = RandomString(rng);
  a.text = rng() % 3 == 0 ? "" : RandomString(rng);
  if (rng() % 3) a.span = {static_cast<uint32_t>(rng() % 5000), static_cast<uint32_t>(rng())};
  return a;
}

TEST(EventWriter, JsonMatchesTheTreeDumpOnRandomEvents) {
  std::mt19937_64 rng(11);
  for (int trial = 0; trial < 3000; ++trial) {
    event::Event e = Sample();
    e.doc_id = RandomString(rng);
    e.sentence_index = rng() % 3 ? rng() % 100 : rng();
    e.event_index = rng() % 10;
    e.sentence_span = {static_cast<uint32_t>(rng()), static_cast<uint32_t>(rng())};
    e.sentence_text = RandomString(rng);
    e.date = RandomString(rng);
    e.story_date = RandomString(rng);
    e.source = RandomActor(rng);
    e.target = RandomActor(rng);
    e.cameo = RandomString(rng);
    e.cameo_name = RandomString(rng);
    e.root = RandomString(rng);
    e.quad_class = static_cast<int>(rng() % 9) - 4;
    e.goldstein = RandomDouble(rng);
    e.plover_event = RandomString(rng);
    e.plover_mode = RandomString(rng);
    e.verb_text = RandomString(rng);
    e.verb_lemma = RandomString(rng);
    e.verb_span = {static_cast<uint32_t>(rng() % 1000), static_cast<uint32_t>(rng() % 1000)};
    if (rng() % 2) {
      event::Location loc;
      loc.name = RandomString(rng);
      loc.country = RandomString(rng);
      loc.admin1 = RandomString(rng);
      if (rng() % 3) loc.lat = RandomDouble(rng);
      if (rng() % 3) loc.lon = RandomDouble(rng);
      e.location = loc;
    }
    const size_t issues = rng() % 3;
    for (size_t i = 0; i < issues; ++i) e.issues.push_back(RandomString(rng));
    ASSERT_EQ(EventToJson(e), ReferenceJson(e)) << "trial " << trial;
  }
}

TEST(EventWriter, JsonHasTheSchemaFieldsInOrder) {
  std::string line = EventToJson(Sample());
  auto j = nlohmann::ordered_json::parse(line);
  std::vector<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
  EXPECT_EQ(keys, (std::vector<std::string>{"doc_id", "event_id", "date", "story_date", "sentence",
                                            "source", "target", "cameo", "cameo_name", "root",
                                            "quad_class", "goldstein", "plover", "verb",
                                            "location", "issues"}));
  EXPECT_EQ(j["event_id"], "AFP-1:3:0");
  EXPECT_EQ(j["source"]["code"], "RUSMIL");
  EXPECT_EQ(j["target"]["start"], 439);
  EXPECT_EQ(j["goldstein"], -10.0);
  EXPECT_TRUE(j["location"].is_null());
  EXPECT_EQ(line.find('\n'), std::string::npos);
}

TEST(EventWriter, TsvHasOneFieldPerHeaderColumn) {
  event::Event e = Sample();
  e.source.text = "tab\there";
  std::string header = EventTsvHeader();
  std::string row = EventToTsv(e);
  EXPECT_EQ(std::count(header.begin(), header.end(), '\t'), std::count(row.begin(), row.end(), '\t'));
  EXPECT_NE(row.find("tab here"), std::string::npos);
}

}  // namespace
}  // namespace khaldun::io
