#include "io/conllu.h"

#include <gtest/gtest.h>

namespace khaldun::io {
namespace {

constexpr char kTwoSentences[] =
    "# sent_id = a\n"
    "# text = Rebels attacked.\n"
    "1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
    "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "1\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n"
    "2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n"
    "3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "\n";

TEST(Conllu, ParsesWordsAndSkipsMultiwordRanges) {
  auto r = ParseConllu(kTwoSentences, "test");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 2u);
  const auto& s0 = (*r)[0];
  EXPECT_EQ(s0.sent_id, "a");
  EXPECT_EQ(s0.text, "Rebels attacked.");
  ASSERT_EQ(s0.sentence.words.size(), 3u);
  EXPECT_EQ(s0.sentence.words[0].deprel, Deprel::kNsubj);
  EXPECT_EQ(s0.sentence.words[1].head, 0);
  EXPECT_FALSE(s0.sentence.words[1].space_after);
  EXPECT_EQ((*r)[1].sentence.words.size(), 3u);
}

TEST(Conllu, WriteThenParseIsAFixedPoint) {
  auto r = ParseConllu(kTwoSentences, "test");
  ASSERT_TRUE(r.ok());
  std::string out;
  for (const auto& s : *r) AppendConllu(s.sentence, s.sent_id, s.text, &out);
  auto again = ParseConllu(out, "roundtrip");
  ASSERT_TRUE(again.ok());
  std::string out2;
  for (const auto& s : *again) AppendConllu(s.sentence, s.sent_id, s.text, &out2);
  EXPECT_EQ(out, out2);
}

TEST(Conllu, BadLinesNameTheLine) {
  auto r = ParseConllu("1\tx\tx\tNOUN\tNN\t_\t0\troot\t_\n", "f.conllu");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("f.conllu:1"), std::string::npos);
  auto r2 = ParseConllu("1\tx\tx\tNOUN\tNN\t_\t5\troot\t_\t_\n", "g");
  EXPECT_FALSE(r2.ok());
  auto r3 = ParseConllu("1\tx\tx\tNOPE\tNN\t_\t0\troot\t_\t_\n", "h");
  EXPECT_FALSE(r3.ok());
}

}  // namespace
}  // namespace khaldun::io
