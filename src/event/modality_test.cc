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
      {"030", "074", "0334"},  // ready to send peacekeepers -> intent to provide protection
      {"030", "070", "033"},   // ... aid of no stated kind -> intent to provide aid
      {"020", "0841", "0253"},  // urged X to free prisoners -> appeal for release
      {"100", "087", "1056"},   // demanded a withdrawal -> demand de-escalation
      {"030", "062", "0312"},   // agreed to hold joint exercises -> intent to cooperate militarily
      {"030", "190", "138"},  // vowed to attack -> threaten force
      {"030", "173", "137"},  // vowed to arrest -> threaten repression
      {"100", "046", "106"},  // demanded talks
      {"120", "046", "125"},  // refused to meet
      {"130", "195", "138"},  // threatened to bomb
      {"030", "141", "133"},  // vowed to stage protests -> threaten dissent
      {"130", "143", "133"},  // threatened to boycott
      {"033", "072", "0332"},   // agreed to supply tanks: the aid intent's own subcode
      {"023", "073", "0233"},   // appealed for aid ... humanitarian aid
      {"033", "046", "033"},    // a subcode of another parent does not replace it
      {"030", "045", "039"},    // offered to host talks between them -> intent to mediate
      {"020", "045", "028"},    // urged X to mediate -> appeal for mediation
      {"100", "045", "108"},    // demanded mediation
      {"120", "072", "1222"},   // rejected calls to send missiles -> reject request for military aid
      {"120", "045", "126"},    // rejected mediation
      {"120", "046", "125"},    // rejected talks
      {"0256", "046", "0256"},  // a specific governor code stays
      {"111", "046", "111"},    // not a governor class
      {"100", "0834", "1044"},  // demanded that he dissolve parliament: change in institutions
      {"030", "0831", "0341"},  // said he would resign: intent to change leadership
      {"030", "163", "1312"},   // plans to impose tariffs: threaten sanctions, not force
      {"130", "161", "1313"},   // threatened to cut ties
      {"130", "162", "1311"},   // threatened to stop aid
  };
  for (const Case& c : cases) {
    EXPECT_EQ(RefineByComplement(c.governor, c.embedded), c.want) << c.governor << "+" << c.embedded;
  }
  // A specific governor gives way only to a complement known by its object.
  EXPECT_EQ(RefineByComplement("1056", "0832", true), "1042");   // withdraw the bill
  EXPECT_EQ(RefineByComplement("1056", "0832", false), "1056");
  EXPECT_EQ(RefineByComplement("0256", "062", false), "0256");   // urged to exercise caution
  EXPECT_EQ(RefineByComplement("0253", "0811", true), "0253");   // called on them to free activists
  EXPECT_EQ(RefineByComplement("1056", "046", true), "1056");    // no mirror: unchanged
}

TEST(Modality, FutureActsAreIntentsOrThreats) {
  EXPECT_EQ(FutureCode("042"), "036");
  EXPECT_EQ(FutureCode("057"), "032");
  EXPECT_EQ(FutureCode("071"), "0331");  // CAMEO's mirrored subcode: economic aid
  EXPECT_EQ(FutureCode("070"), "033");
  EXPECT_EQ(FutureCode("0841"), "0353");
  EXPECT_EQ(FutureCode("0831"), "0341");  // political reform mirrors by its last digit
  EXPECT_EQ(FutureCode("0874"), "0356");
  EXPECT_EQ(FutureCode("195"), "138");
  EXPECT_EQ(FutureCode("173"), "137");
  EXPECT_EQ(FutureCode("161"), "1313");  // will cut ties: threaten to reduce relations
  EXPECT_EQ(FutureCode("166"), "131");
  EXPECT_EQ(FutureCode("111"), "111");  // verbal acts are coded as they are
}

TEST(Modality, GovernorLexicon) {
  EXPECT_TRUE(IsIrrealisGovernor("deny"));
  EXPECT_TRUE(IsIrrealisGovernor("ready"));
  EXPECT_TRUE(IsIrrealisGovernor("due"));  // "had been due to address the assembly"
  // A vote decides: "parliament voted to demand its repeal" demands.
  EXPECT_FALSE(IsIrrealisGovernor("vote"));
  EXPECT_FALSE(IsIrrealisGovernor("say"));
  EXPECT_TRUE(IsSpeechVerb("say"));
  EXPECT_FALSE(IsSpeechVerb("attack"));
}

}  // namespace
}  // namespace khaldun::event

namespace khaldun::event {
namespace {

// "form/lemma/head/deprel ..." (heads 1-based, 0 for the root) -> a parsed sentence.
Sentence Tree(const std::vector<std::string>& words) {
  Sentence s;
  for (const std::string& item : words) {
    Word w;
    size_t a = item.find('/'), b = item.find('/', a + 1), c = item.find('/', b + 1);
    w.form = item.substr(0, a);
    w.lemma = item.substr(a + 1, b - a - 1);
    w.head = std::stoi(item.substr(b + 1, c - b - 1));
    w.deprel = *ParseDeprel(item.substr(c + 1));
    w.upos = Upos::kVERB;
    s.words.push_back(w);
  }
  return s;
}

TEST(Modality, ReportedWouldIsAFutureEvenOnTheSpeechVerb) {
  // "Trump said Washington was leaving and would reimpose sanctions", with
  // the second verb hung on "said" by the parser: still a reported future.
  Sentence s = Tree({"Trump/Trump/2/nsubj", "said/say/0/root", "Washington/Washington/5/nsubj",
                     "was/be/5/aux", "leaving/leave/2/ccomp", "and/and/8/cc",
                     "would/would/8/aux", "reimpose/reimpose/2/conj",
                     "sanctions/sanction/8/obj"});
  SentenceView v(s);
  Modality m = ModalityOf(v, 7);
  EXPECT_FALSE(m.blocked);
  EXPECT_TRUE(m.future);
  // The same "would" under a verb that does not report stays hypothetical.
  s.words[1].lemma = "think";
  SentenceView w(s);
  EXPECT_TRUE(ModalityOf(w, 7).blocked);
}

TEST(Modality, APurposeInfinitiveOfAFutureActIsFuture) {
  // "Zuma will send envoys to meet the military": the meeting is planned.
  Sentence s = Tree({"Zuma/Zuma/3/nsubj", "will/will/3/aux", "send/send/0/root",
                     "envoys/envoy/3/obj", "to/to/6/mark", "meet/meet/3/advcl",
                     "the/the/8/det", "military/military/6/obj"});
  SentenceView v(s);
  Modality m = ModalityOf(v, 5);
  EXPECT_FALSE(m.blocked);
  EXPECT_TRUE(m.future);
  // Sent in the past: the meeting is an act of its own.
  s.words[1].lemma = "have";
  s.words[1].form = "has";
  SentenceView w(s);
  EXPECT_FALSE(ModalityOf(w, 5).future);
}

}  // namespace
}  // namespace khaldun::event
