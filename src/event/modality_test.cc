#include "event/modality.h"

#include <gtest/gtest.h>

namespace khaldun::event {
namespace {

TEST(Modality, GovernorsAreRefinedByTheirComplement) {
  struct Case {
    const char* governor;
    const char* embedded;
    const char* want;
  };
  const Case cases[] = {
      {"020", "046", "026"},  // urged X to meet -> appeal to meet
      {"020", "070", "023"},  // urged X to send aid -> appeal for aid
      {"030", "046", "036"},  // agreed to hold talks -> intent to meet
      {"030", "074", "033"},  // ready to send troops -> intent to provide aid
      {"030", "190", "138"},  // vowed to attack -> threaten force
      {"030", "173", "137"},  // vowed to arrest -> threaten repression
      {"100", "046", "106"},  // demanded talks
      {"120", "046", "125"},  // refused to meet
      {"130", "195", "138"},  // threatened to bomb
      {"0256", "046", "0256"},  // a specific governor code stays
      {"111", "046", "111"},    // not a governor class
  };
  for (const Case& c : cases) {
    EXPECT_EQ(RefineByComplement(c.governor, c.embedded), c.want) << c.governor << "+" << c.embedded;
  }
}

TEST(Modality, FutureActsAreIntentsOrThreats) {
  EXPECT_EQ(FutureCode("042"), "036");
  EXPECT_EQ(FutureCode("057"), "032");
  EXPECT_EQ(FutureCode("071"), "033");
  EXPECT_EQ(FutureCode("0831"), "035");
  EXPECT_EQ(FutureCode("195"), "138");
  EXPECT_EQ(FutureCode("173"), "137");
  EXPECT_EQ(FutureCode("161"), "131");
  EXPECT_EQ(FutureCode("111"), "111");  // verbal acts are coded as they are
}

TEST(Modality, GovernorLexicon) {
  EXPECT_TRUE(IsIrrealisGovernor("deny"));
  EXPECT_TRUE(IsIrrealisGovernor("ready"));
  EXPECT_FALSE(IsIrrealisGovernor("say"));
  EXPECT_TRUE(IsSpeechVerb("say"));
  EXPECT_FALSE(IsSpeechVerb("attack"));
}

}  // namespace
}  // namespace khaldun::event
