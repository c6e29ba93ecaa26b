#include "event/output_promises.h"

#include <gtest/gtest.h>

namespace khaldun::event {
namespace {

// "Troops shelled it." as bytes 0-18 of a 20-byte input.
std::vector<Sentence> Parsed() {
  Sentence s;
  s.span = {0, 18};
  auto word = [](const char* form, uint32_t b, uint32_t e, int32_t head) {
    Word w;
    w.form = form;
    w.span = {b, e};
    w.head = head;
    return w;
  };
  s.words = {word("Troops", 0, 6, 2), word("shelled", 7, 14, 0), word("it", 15, 17, 2),
             word(".", 17, 18, 2)};
  return {s};
}

Event Shelling() {
  Event e;
  e.sentence_span = {0, 18};
  e.verb_span = {7, 14};
  e.source.span = {0, 6};
  e.target.span = {15, 17};
  e.cameo = "195";
  e.root = "19";
  e.quad_class = 4;
  e.date = "2024-03-05";
  return e;
}

TEST(OutputPromises, AWellFormedAnalysisAndEventPass) {
  EXPECT_EQ(BrokenOutputPromise(20, Parsed(), {Shelling()}), "");
  EXPECT_EQ(BrokenOutputPromise(0, {}, {}), "");
}

TEST(OutputPromises, EachBrokenPromiseIsNamed) {
  auto sentences = Parsed();
  EXPECT_NE(BrokenOutputPromise(10, sentences, {}).find("sentence 0"), std::string::npos);

  sentences = Parsed();
  sentences[0].words[2].span = {12, 17};  // overlaps "shelled"
  EXPECT_NE(BrokenOutputPromise(20, sentences, {}).find("overlapping at 2"), std::string::npos);

  sentences = Parsed();
  sentences[0].words[3].span = {17, 19};  // past the sentence's end
  EXPECT_NE(BrokenOutputPromise(20, sentences, {}).find("outside its sentence"), std::string::npos);

  sentences = Parsed();
  sentences[0].words[0].head = 5;
  EXPECT_NE(BrokenOutputPromise(20, sentences, {}).find("head outside"), std::string::npos);

  sentences = Parsed();
  sentences[0].words[1].head = 3;
  EXPECT_NE(BrokenOutputPromise(20, sentences, {}).find("no root"), std::string::npos);

  sentences = Parsed();
  sentences.push_back(sentences[0]);  // the same span twice
  EXPECT_NE(BrokenOutputPromise(20, sentences, {}).find("out of order"), std::string::npos);

  Event e = Shelling();
  e.target.span = {15, 25};
  EXPECT_NE(BrokenOutputPromise(20, Parsed(), {e}).find("event 0"), std::string::npos);
  e = Shelling();
  e.root = "18";
  EXPECT_NE(BrokenOutputPromise(20, Parsed(), {e}).find("root"), std::string::npos);
  e = Shelling();
  e.quad_class = 7;
  EXPECT_NE(BrokenOutputPromise(20, Parsed(), {e}).find("quad class"), std::string::npos);
  e = Shelling();
  e.date = "2024-3-5";
  EXPECT_NE(BrokenOutputPromise(20, Parsed(), {e}).find("date"), std::string::npos);
}

}  // namespace
}  // namespace khaldun::event
