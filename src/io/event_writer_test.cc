#include "io/event_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

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
