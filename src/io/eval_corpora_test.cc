#include "io/eval_corpora.h"

#include <gtest/gtest.h>

namespace khaldun::io {
namespace {

TEST(EvalCorporaTest, PloverGsrSkipsDocumentRecordsAndKeepsModes) {
  const char* json = R"([
{"id": "X-DOCUMENT-0001", "event": "DOCUMENT", "eventText": "documentation"},
{"id": "X-AGREE-0001", "date": "2000-01-01", "event": "AGREE", "text": "A agreed with B.",
 "source": [{"actorText": "A", "code": "AAA"}], "target": ""},
{"id": "X-FIGHT-0001", "event": "FIGHT", "mode": "heavy-weapons", "text": "A shelled B."}
])";
  auto r = ParsePloverGsr(json, "gsr.txt");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[0].id, "X-AGREE-0001");
  EXPECT_EQ((*r)[0].event, "AGREE");
  EXPECT_EQ((*r)[0].mode, "");
  EXPECT_EQ((*r)[0].text, "A agreed with B.");
  EXPECT_EQ((*r)[1].mode, "heavy-weapons");
}

TEST(EvalCorporaTest, PloverGsrErrors) {
  EXPECT_FALSE(ParsePloverGsr("not json", "f").ok());
  EXPECT_FALSE(ParsePloverGsr(R"({"id": "x"})", "f").ok());
  EXPECT_FALSE(ParsePloverGsr(R"([1])", "f").ok());
  auto r = ParsePloverGsr(R"([{"text": "no event"}])", "f");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("f: record 1"), std::string::npos);
  auto empty = ParsePloverGsr("[]", "f");
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->empty());
}

TEST(EvalCorporaTest, PloverEventRoots) {
  EXPECT_EQ(PloverEventRoots("AGREE"), (std::vector<std::string>{"03"}));
  EXPECT_EQ(PloverEventRoots("demand"), (std::vector<std::string>{"10"}));
  EXPECT_EQ(PloverEventRoots("FIGHT"), (std::vector<std::string>{"19", "20"}));
  EXPECT_EQ(PloverEventRoots("ACCUSE"), (std::vector<std::string>{"09", "11"}));
  EXPECT_TRUE(PloverEventRoots("DOCUMENT").empty());
}

TEST(EvalCorporaTest, LabeledTsvWithCrlfAndBlankLines) {
  auto r = ParseLabeledTsv("Rebels shelled the town.\t4\r\n\r\nA said B.\t0\r\nC met D.\t1", "t.tsv");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 3u);
  EXPECT_EQ((*r)[0].text, "Rebels shelled the town.");
  EXPECT_EQ((*r)[0].label, 4);
  EXPECT_EQ((*r)[0].line, 1u);
  EXPECT_EQ((*r)[1].label, 0);
  EXPECT_EQ((*r)[1].line, 3u);
  EXPECT_EQ((*r)[2].text, "C met D.");
}

TEST(EvalCorporaTest, LabeledTsvErrorsNameTheLine) {
  auto no_tab = ParseLabeledTsv("ok\t1\nno tab here\n", "t.tsv");
  ASSERT_FALSE(no_tab.ok());
  EXPECT_NE(no_tab.status().message().find("t.tsv:2: no tab"), std::string::npos);
  EXPECT_FALSE(ParseLabeledTsv("text\t5\n", "t.tsv").ok());
  EXPECT_FALSE(ParseLabeledTsv("text\tx\n", "t.tsv").ok());
  EXPECT_FALSE(ParseLabeledTsv("text\t\n", "t.tsv").ok());
  EXPECT_TRUE(ParseLabeledTsv("text\t5\n", "t.tsv", 9).ok());
}

TEST(EvalCorporaTest, PatternCommentWord) {
  EXPECT_EQ(PatternCommentWord("- * AID                     [070]         # RUSH"), "RUSH");
  EXPECT_EQ(PatternCommentWord("- * (TO) [042:043] #Look_up"), "LOOK_UP");
  EXPECT_EQ(PatternCommentWord("- * SANCTIONS [163]"), "");
  EXPECT_EQ(PatternCommentWord("- * SANCTIONS [163] #"), "");
  EXPECT_EQ(PatternCommentWord(""), "");
}

TEST(EvalCorporaTest, DateInside) {
  EXPECT_EQ(DateInside("1979-12-27", "1986-11-24"), "1979-12-27");
  EXPECT_EQ(DateInside("", "1990-08-23"), "1989-01-01");
  EXPECT_EQ(DateInside("2001-12-22", ""), "2001-12-22");
  EXPECT_EQ(DateInside("", ""), "");
  EXPECT_EQ(DateInside("", "x"), "");
}

}  // namespace
}  // namespace khaldun::io
