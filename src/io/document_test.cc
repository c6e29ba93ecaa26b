#include "io/document.h"

#include <gtest/gtest.h>

namespace khaldun::io {
namespace {

TEST(Jsonl, ReadsFieldsAndCarriesTheRestAsMeta) {
  auto d = ParseJsonlDocument(R"({"id": "A-1", "date": "2015-10-06", "text": "Hi.", "src": "AFP"})", 1, "in");
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_EQ(d->id, "A-1");
  EXPECT_EQ(d->date, "2015-10-06");
  EXPECT_EQ(d->text, "Hi.");
  EXPECT_EQ(d->meta_json, R"({"src":"AFP"})");
}

TEST(Jsonl, MalformedLinesAreSkippedWithReasonsAndNothingIsLost) {
  std::string input =
      "{\"id\": 7, \"text\": \"ok\"}\n"
      "not json\n"
      "\n"
      "[1, 2]\n"
      "{\"id\": \"x\"}\n"
      "{\"text\": \"t\", \"date\": \"06/10/2015\"}\n"
      "{\"text\": \"no id\"}";
  std::vector<InputDocument> docs;
  std::vector<std::pair<size_t, std::string>> skipped;
  ForEachJsonlDocument(
      input, "in.jsonl", [&](InputDocument d) { docs.push_back(std::move(d)); },
      [&](size_t line, const std::string& why) { skipped.emplace_back(line, why); });
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "7");
  EXPECT_EQ(docs[1].id, "in.jsonl:7");
  ASSERT_EQ(skipped.size(), 4u);
  EXPECT_EQ(skipped[0].first, 2u);
  EXPECT_NE(skipped[0].second.find("in.jsonl:2: not valid JSON"), std::string::npos);
  EXPECT_NE(skipped[2].second.find("no \"text\""), std::string::npos);
  EXPECT_NE(skipped[3].second.find("YYYY-MM-DD"), std::string::npos);
}

TEST(Jsonl, InvalidUtf8InsideStringsDoesNotCrash) {
  std::string line = "{\"text\": \"bad \xff\xfe bytes\", \"x\": \"\xc3\"}";
  auto d = ParseJsonlDocument(line, 1, "in");
  // Repaired, not skipped: the story is kept with U+FFFD in place of bad bytes.
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_EQ(d->text, "bad \xEF\xBF\xBD\xEF\xBF\xBD bytes");
  EXPECT_EQ(d->invalid_bytes, 3u);
}

}  // namespace
}  // namespace khaldun::io
