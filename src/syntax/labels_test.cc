#include <gtest/gtest.h>

#include "khaldun/analysis.h"

namespace khaldun {
namespace {

TEST(Labels, NamesRoundTrip) {
  for (int i = 0; i < static_cast<int>(Upos::kCount); ++i)
    EXPECT_EQ(ParseUpos(UposName(static_cast<Upos>(i))), static_cast<Upos>(i));
  for (int i = 0; i < static_cast<int>(Xpos::kCount); ++i)
    EXPECT_EQ(ParseXpos(XposName(static_cast<Xpos>(i))), static_cast<Xpos>(i));
  for (int i = 0; i < static_cast<int>(Deprel::kCount); ++i)
    EXPECT_EQ(ParseDeprel(DeprelName(static_cast<Deprel>(i))), static_cast<Deprel>(i));
}

TEST(Labels, UnknownSubtypeFallsBackToUniversalRelation) {
  EXPECT_EQ(ParseDeprel("obl:into"), Deprel::kObl);
  EXPECT_EQ(ParseDeprel("nsubj:pass"), Deprel::kNsubjPass);
  EXPECT_EQ(BaseDeprel(Deprel::kNsubjPass), Deprel::kNsubj);
  EXPECT_EQ(ParseDeprel("nonsense"), std::nullopt);
  EXPECT_EQ(ParseXpos("PRP$"), Xpos::kPRPS);
}

}  // namespace
}  // namespace khaldun
