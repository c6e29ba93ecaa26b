#include "event/wire_score.h"

#include <gtest/gtest.h>

namespace khaldun::event {
namespace {

TEST(WireScore, RootActorFollowsScoreWire) {
  EXPECT_EQ(RootActor("SYRMIL"), "SYR");
  EXPECT_EQ(RootActor("igounowfp"), "IGOUNO");
  EXPECT_EQ(RootActor("NGOHRIAMN"), "NGOHRI");
  EXPECT_EQ(RootActor(""), "---");
  EXPECT_EQ(RootActor("---"), "---");
}

TEST(WireScore, MatchingRootAndStrict) {
  GoldEvent g{"FRAGOV", "LBYGOV", "111", {"11", "12"}};
  EXPECT_TRUE(EventsMatch(g, {"FRA", "LBYMIL", "112"}, false));
  EXPECT_TRUE(EventsMatch(g, {"FRAGOV", "LBYGOV", "120"}, false));
  EXPECT_FALSE(EventsMatch(g, {"FRAGOV", "LBYGOV", "130"}, false));
  EXPECT_FALSE(EventsMatch(g, {"GBRGOV", "LBYGOV", "111"}, false));
  EXPECT_TRUE(EventsMatch(g, {"FRAGOV", "LBYGOV", "111"}, true));
  EXPECT_FALSE(EventsMatch(g, {"FRA", "LBYGOV", "111"}, true));
  GoldEvent any{"---", "USAGOV", "190", {}};
  EXPECT_TRUE(EventsMatch(any, {"IRQINS", "USAMIL", "193"}, false));
  EXPECT_FALSE(EventsMatch(any, {"IRQINS", "USAMIL", "180"}, false));
}

TEST(WireScore, PrecisionRecallF1) {
  auto gold = ParseGoldJsonl(
      "{\"id\":\"a\",\"date\":\"2011-03-29\",\"text\":\"t\",\"events\":[{\"source\":\"FRAGOV\","
      "\"target\":\"LBYGOV\",\"cameo\":\"111\",\"accept\":[\"11\"]},{\"source\":\"GBRGOV\","
      "\"target\":\"LBYGOV\",\"cameo\":\"111\",\"accept\":[\"11\"]}],\"phenomena\":[\"compound_source\"]}\n"
      "{\"id\":\"b\",\"text\":\"u\",\"events\":[]}\n",
      "gold.jsonl");
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  std::map<std::string, std::vector<PredictedEvent>> pred;
  pred["a"] = {{"FRAGOV", "LBYGOV", "111"}, {"USAGOV", "LBYGOV", "111"}};
  pred["b"] = {{"USAGOV", "LBYGOV", "190"}};
  WireScore s = ScoreWire(*gold, pred, false);
  EXPECT_EQ(s.gold, 2u);
  EXPECT_EQ(s.predicted, 3u);
  EXPECT_NEAR(s.precision, 1.0 / 3, 1e-9);
  EXPECT_NEAR(s.recall, 0.5, 1e-9);
  EXPECT_NEAR(s.f1, 0.4, 1e-9);
  EXPECT_FALSE(ParseGoldJsonl("{\"id\":1}\n", "g").ok());
  auto bad = ParseGoldJsonl("\n{not json\n", "g.jsonl");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().ToString().find("g.jsonl:2"), std::string::npos);
}

}  // namespace
}  // namespace khaldun::event
