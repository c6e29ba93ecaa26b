#include "event/tree_repair.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace khaldun::event {
namespace {

// A sentence from (form, UPOS, 1-based head, relation) rows.
struct Row {
  const char* form;
  Upos upos;
  int32_t head;
  Deprel deprel;
  Xpos xpos = Xpos::kXX;  // only where a repair reads it
};
Sentence Build(const std::vector<Row>& rows) {
  Sentence s;
  for (const Row& r : rows) {
    Word w;
    w.form = r.form;
    w.upos = r.upos;
    w.head = r.head;
    w.deprel = r.deprel;
    w.xpos = r.xpos;
    s.words.push_back(w);
  }
  return s;
}

// "Hamas claimed responsibility for the air strike, which killed Israeli
// soldiers." as the greedy parser reads it: "killed" a parataxis of "claimed".
std::vector<Row> AirStrike() {
  return {{"Hamas", Upos::kPROPN, 2, Deprel::kNsubj},
          {"claimed", Upos::kVERB, 0, Deprel::kRoot},
          {"responsibility", Upos::kNOUN, 2, Deprel::kObj},
          {"for", Upos::kADP, 7, Deprel::kCase},
          {"the", Upos::kDET, 7, Deprel::kDet},
          {"air", Upos::kNOUN, 7, Deprel::kCompound},
          {"strike", Upos::kNOUN, 2, Deprel::kObl},
          {",", Upos::kPUNCT, 10, Deprel::kPunct},
          {"which", Upos::kPRON, 10, Deprel::kNsubj},
          {"killed", Upos::kVERB, 2, Deprel::kParataxis},
          {"Israeli", Upos::kADJ, 12, Deprel::kAmod},
          {"soldiers", Upos::kNOUN, 10, Deprel::kObj},
          {".", Upos::kPUNCT, 2, Deprel::kPunct}};
}

TEST(TreeRepair, AMisattachedNonRestrictiveRelativeModifiesTheNounBeforeTheComma) {
  for (Deprel wrong : {Deprel::kParataxis, Deprel::kConj, Deprel::kCcomp, Deprel::kAdvcl}) {
    std::vector<Row> rows = AirStrike();
    rows[9].deprel = wrong;
    auto repaired = RepairedTree(Build(rows));
    ASSERT_TRUE(repaired.has_value());
    EXPECT_EQ(repaired->words[9].head, 7);  // strike
    EXPECT_EQ(repaired->words[9].deprel, Deprel::kAclRelcl);
    for (size_t i = 0; i < rows.size(); ++i) {
      if (i != 9) {
        EXPECT_EQ(repaired->words[i].head, rows[i].head) << i;
      }
    }
  }
}

TEST(TreeRepair, TheNounIsTheHeadOfItsName) {
  // "... met Abdul Ghani Baradar, who leads ...": the clause goes on the
  // name's head, not its last word.
  Sentence s = Build({{"Khalilzad", Upos::kPROPN, 2, Deprel::kNsubj},
                      {"met", Upos::kVERB, 0, Deprel::kRoot},
                      {"Abdul", Upos::kPROPN, 2, Deprel::kObj},
                      {"Baradar", Upos::kPROPN, 3, Deprel::kFlat},
                      {",", Upos::kPUNCT, 7, Deprel::kPunct},
                      {"who", Upos::kPRON, 7, Deprel::kNsubj},
                      {"leads", Upos::kVERB, 2, Deprel::kConj},
                      {"talks", Upos::kNOUN, 7, Deprel::kObj}});
  auto repaired = RepairedTree(s);
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[6].head, 3);
  EXPECT_EQ(repaired->words[6].deprel, Deprel::kAclRelcl);
}

TEST(TreeRepair, LeavesWhatIsNotAMisattachedRelative) {
  // Already a relative clause.
  std::vector<Row> rows = AirStrike();
  rows[9].head = 7;
  rows[9].deprel = Deprel::kAclRelcl;
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
  // No comma: "the strike which killed" is the parser's to attach.
  rows = AirStrike();
  rows[7].form = "the";
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
  // A verb before the comma: ", which" stands for the whole clause.
  rows = AirStrike();
  rows[6].upos = Upos::kVERB;
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
  // "that" is never non-restrictive.
  rows = AirStrike();
  rows[8].form = "that";
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
  // After an "of" phrase: "the bombing of trains, which killed" is about
  // the bombing, so either noun may be meant.
  rows = AirStrike();
  rows[3].form = "of";
  rows[6].head = 3;
  rows[6].deprel = Deprel::kNmod;
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
  // The pronoun is the clause's object, not its subject.
  rows = AirStrike();
  rows[8].deprel = Deprel::kObj;
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
}

TEST(TreeRepair, NeverMakesACycle) {
  // The noun hangs below the clause: attaching the clause to it would loop.
  std::vector<Row> rows = AirStrike();
  rows[6].head = 10;  // strike <- killed
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
}

// "On Wednesday, U.S. envoy Zalmay Khalilzad met ..." as the greedy parser
// reads it: "envoy" an apposition of "Wednesday".
std::vector<Row> Envoy() {
  return {{"On", Upos::kADP, 2, Deprel::kCase},
          {"Wednesday", Upos::kPROPN, 8, Deprel::kObl},
          {",", Upos::kPUNCT, 5, Deprel::kPunct},
          {"U.S.", Upos::kPROPN, 5, Deprel::kCompound},
          {"envoy", Upos::kNOUN, 2, Deprel::kAppos},
          {"Zalmay", Upos::kPROPN, 7, Deprel::kCompound},
          {"Khalilzad", Upos::kPROPN, 8, Deprel::kNsubj},
          {"met", Upos::kVERB, 0, Deprel::kRoot},
          {"negotiators", Upos::kNOUN, 8, Deprel::kObj},
          {".", Upos::kPUNCT, 8, Deprel::kPunct}};
}

TEST(TreeRepair, ATitleAfterAnOpeningTimeDescribesTheNameAfterIt) {
  auto repaired = RepairedTree(Build(Envoy()));
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[4].head, 7);  // envoy -> Khalilzad
  EXPECT_EQ(repaired->words[4].deprel, Deprel::kNmodDesc);
  // Not after a word that is no time: "In Kabul, U.S. envoy ..." may be
  // a real apposition of something else.
  std::vector<Row> rows = Envoy();
  rows[1].form = "Kabul";
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
  // Not when no name follows the title.
  rows = Envoy();
  rows[5].upos = Upos::kNOUN;
  rows[6].upos = Upos::kNOUN;
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
}


// "China put its troops on high alert along the border with India." with
// "with India" hung on "put".
std::vector<Row> Border() {
  return {{"China", Upos::kPROPN, 2, Deprel::kNsubj},
          {"put", Upos::kVERB, 0, Deprel::kRoot},
          {"troops", Upos::kNOUN, 2, Deprel::kObj},
          {"along", Upos::kADP, 6, Deprel::kCase},
          {"the", Upos::kDET, 6, Deprel::kDet},
          {"border", Upos::kNOUN, 2, Deprel::kObl},
          {"with", Upos::kADP, 8, Deprel::kCase},
          {"India", Upos::kPROPN, 2, Deprel::kObl},
          {".", Upos::kPUNCT, 2, Deprel::kPunct}};
}

TEST(TreeRepair, AWithPhraseRightAfterBorderSaysWhoseBorder) {
  auto repaired = RepairedTree(Build(Border()));
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[7].head, 6);  // India -> border
  EXPECT_EQ(repaired->words[7].deprel, Deprel::kNmod);
  // Not after another noun: "met troops with India" stays.
  std::vector<Row> rows = Border();
  rows[5].form = "town";
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
}

// "Canada expelled a diplomat accused of spying." with "accused" an
// adverbial clause of "expelled".
std::vector<Row> Expelled() {
  return {{"Canada", Upos::kPROPN, 2, Deprel::kNsubj},
          {"expelled", Upos::kVERB, 0, Deprel::kRoot},
          {"a", Upos::kDET, 4, Deprel::kDet},
          {"diplomat", Upos::kNOUN, 2, Deprel::kObj},
          {"accused", Upos::kVERB, 2, Deprel::kAdvcl},
          {"of", Upos::kSCONJ, 7, Deprel::kMark},
          {"spying", Upos::kVERB, 5, Deprel::kAdvcl},
          {".", Upos::kPUNCT, 2, Deprel::kPunct}};
}

TEST(TreeRepair, AParticipleRightAfterTheObjectIsAReducedRelativeOnIt) {
  Sentence s = Build(Expelled());
  s.words[4].xpos = Xpos::kVBN;
  auto repaired = RepairedTree(s);
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[4].head, 4);  // accused -> diplomat
  EXPECT_EQ(repaired->words[4].deprel, Deprel::kAcl);
  // Not after a comma ("expelled the diplomat, accused of ...", which
  // may describe the subject).
  std::vector<Row> rows = Expelled();
  rows.insert(rows.begin() + 4, Row{",", Upos::kPUNCT, 6, Deprel::kPunct});
  for (Row& r : rows) {
    if (r.head > 4) ++r.head;
  }
  s = Build(rows);
  s.words[5].xpos = Xpos::kVBN;
  EXPECT_FALSE(RepairedTree(s).has_value());
  // Not a clause of its own ("... after it was accused"): an auxiliary.
  rows = Expelled();
  rows.insert(rows.begin() + 4, Row{"was", Upos::kAUX, 6, Deprel::kAuxPass});
  for (Row& r : rows) {
    if (r.head > 4) ++r.head;
  }
  rows[4].head = 6;
  s = Build(rows);
  s.words[5].xpos = Xpos::kVBN;
  EXPECT_FALSE(RepairedTree(s).has_value());
}


// "Erdogan called Israel a criminal." read as a double object.
std::vector<Row> Called() {
  return {{"Erdogan", Upos::kPROPN, 2, Deprel::kNsubj},
          {"called", Upos::kVERB, 0, Deprel::kRoot},
          {"Israel", Upos::kPROPN, 2, Deprel::kIobj},
          {"a", Upos::kDET, 5, Deprel::kDet},
          {"criminal", Upos::kNOUN, 2, Deprel::kObj},
          {".", Upos::kPUNCT, 2, Deprel::kPunct}};
}

TEST(TreeRepair, AfterAVerbOfNamingTheSecondObjectSaysWhatTheFirstIsCalled) {
  auto repaired = RepairedTree(Build(Called()));
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[2].deprel, Deprel::kObj);
  EXPECT_EQ(repaired->words[4].deprel, Deprel::kXcomp);
  EXPECT_EQ(repaired->words[4].head, 2);
  // The small-clause reading: "Israel" the subject of "criminal".
  std::vector<Row> rows = Called();
  rows[2].head = 5;
  rows[2].deprel = Deprel::kNsubj;
  repaired = RepairedTree(Build(rows));
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[2].head, 2);
  EXPECT_EQ(repaired->words[2].deprel, Deprel::kObj);
  EXPECT_EQ(repaired->words[4].deprel, Deprel::kXcomp);
  // Not after another verb: "gave Israel a warning" is a double object.
  rows = Called();
  rows[1].form = "gave";
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
  // The second noun read as an unmarked oblique: "called the incident an act".
  rows = Called();
  rows[2].deprel = Deprel::kObj;
  rows[4].deprel = Deprel::kOblUnmarked;
  repaired = RepairedTree(Build(rows));
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[4].deprel, Deprel::kXcomp);
  // Two objects: "called the raid a war crime".
  rows = Called();
  rows[2].deprel = Deprel::kObj;
  repaired = RepairedTree(Build(rows));
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[2].deprel, Deprel::kObj);
  EXPECT_EQ(repaired->words[4].deprel, Deprel::kXcomp);
}

// "The government and the opposition signed a deal." with two subjects.
std::vector<Row> TwoSubjects() {
  return {{"The", Upos::kDET, 2, Deprel::kDet},
          {"government", Upos::kNOUN, 6, Deprel::kNsubj},
          {"and", Upos::kCCONJ, 5, Deprel::kCc},
          {"the", Upos::kDET, 5, Deprel::kDet},
          {"opposition", Upos::kNOUN, 6, Deprel::kNsubj},
          {"signed", Upos::kVERB, 0, Deprel::kRoot},
          {"a", Upos::kDET, 8, Deprel::kDet},
          {"deal", Upos::kNOUN, 6, Deprel::kObj},
          {".", Upos::kPUNCT, 6, Deprel::kPunct}};
}

TEST(TreeRepair, ASecondSubjectAfterAndIsAConjunctOfTheFirst) {
  auto repaired = RepairedTree(Build(TwoSubjects()));
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[4].head, 2);  // opposition -> government
  EXPECT_EQ(repaired->words[4].deprel, Deprel::kConj);
  // Not without the coordinator.
  std::vector<Row> rows = TwoSubjects();
  rows[2].deprel = Deprel::kPunct;
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
}


// "... and the junta later expelled the ambassador." with "junta" read as
// the measure of "later".
std::vector<Row> JuntaLater() {
  return {{"the", Upos::kDET, 2, Deprel::kDet},
          {"junta", Upos::kNOUN, 3, Deprel::kOblUnmarked},
          {"later", Upos::kADV, 4, Deprel::kAdvmod},
          {"expelled", Upos::kVERB, 0, Deprel::kRoot},
          {"the", Upos::kDET, 6, Deprel::kDet},
          {"ambassador", Upos::kNOUN, 4, Deprel::kObj},
          {".", Upos::kPUNCT, 4, Deprel::kPunct}};
}

TEST(TreeRepair, ANounReadAsTheMeasureOfLaterIsTheSubject) {
  auto repaired = RepairedTree(Build(JuntaLater()));
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[1].head, 4);
  EXPECT_EQ(repaired->words[1].deprel, Deprel::kNsubj);
  // "two days later" is a measure.
  std::vector<Row> rows = JuntaLater();
  rows[1].form = "days";
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
  // Not when the verb has its subject.
  rows = JuntaLater();
  rows.push_back({"it", Upos::kPRON, 4, Deprel::kNsubj});
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
}


// "Keita announced his resignation hours later." with "resignation" a
// compound of "hours" and "his" on "hours".
std::vector<Row> ResignationLater() {
  return {{"Keita", Upos::kPROPN, 2, Deprel::kNsubj},
          {"announced", Upos::kVERB, 0, Deprel::kRoot},
          {"his", Upos::kPRON, 5, Deprel::kNmodPoss},
          {"resignation", Upos::kNOUN, 5, Deprel::kCompound},
          {"hours", Upos::kNOUN, 6, Deprel::kOblUnmarked},
          {"later", Upos::kADV, 2, Deprel::kAdvmod},
          {".", Upos::kPUNCT, 2, Deprel::kPunct}};
}

TEST(TreeRepair, ANounCompoundedOnTheMeasureOfLaterIsTheObject) {
  auto repaired = RepairedTree(Build(ResignationLater()));
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[3].head, 2);
  EXPECT_EQ(repaired->words[3].deprel, Deprel::kObj);
  EXPECT_EQ(repaired->words[2].head, 4);  // "his" is the resignation's
  EXPECT_EQ(repaired->words[4].head, 6);  // "hours later" stays a measure
  // Not when the verb has its object ("announced it two days later").
  std::vector<Row> rows = ResignationLater();
  rows.push_back({"it", Upos::kPRON, 2, Deprel::kObj});
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
  // Not before a word that is no time unit.
  rows = ResignationLater();
  rows[4].form = "speech";
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
  // The unit read as the object, "later" on the verb: the unit measures "later".
  rows = ResignationLater();
  rows[4] = {"hours", Upos::kNOUN, 2, Deprel::kObj};
  rows[5] = {"later", Upos::kADV, 2, Deprel::kAdvmod};
  repaired = RepairedTree(Build(rows));
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[3].head, 2);
  EXPECT_EQ(repaired->words[3].deprel, Deprel::kObj);
  EXPECT_EQ(repaired->words[4].head, 6);
  EXPECT_EQ(repaired->words[4].deprel, Deprel::kOblNpmod);
}

// "Leaders offered relations for land occupied in 1967, adopting a plan."
// with "adopting" hung on "occupied".
std::vector<Row> AdoptingOnOccupied() {
  return {{"Leaders", Upos::kNOUN, 2, Deprel::kNsubj},
          {"offered", Upos::kVERB, 0, Deprel::kRoot},
          {"relations", Upos::kNOUN, 2, Deprel::kObj},
          {"for", Upos::kADP, 5, Deprel::kCase},
          {"land", Upos::kNOUN, 2, Deprel::kObl},
          {"occupied", Upos::kVERB, 5, Deprel::kAcl, Xpos::kVBN},
          {"in", Upos::kADP, 8, Deprel::kCase},
          {"1967", Upos::kNUM, 6, Deprel::kObl},
          {",", Upos::kPUNCT, 10, Deprel::kPunct},
          {"adopting", Upos::kVERB, 6, Deprel::kAdvcl, Xpos::kVBG},
          {"a", Upos::kDET, 12, Deprel::kDet},
          {"plan", Upos::kNOUN, 10, Deprel::kObj},
          {".", Upos::kPUNCT, 2, Deprel::kPunct}};
}

TEST(TreeRepair, AParticipleClauseAfterAReducedRelativeBelongsToTheMainClause) {
  auto repaired = RepairedTree(Build(AdoptingOnOccupied()));
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[9].head, 2);
  EXPECT_EQ(repaired->words[9].deprel, Deprel::kAdvcl);
  // Not without the comma ("land occupied while adopting ..."), nor when the
  // participle's head has a subject of its own (a full clause).
  std::vector<Row> rows = AdoptingOnOccupied();
  rows[8].form = "then";
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
  rows = AdoptingOnOccupied();
  rows.push_back({"Israel", Upos::kPROPN, 6, Deprel::kNsubj});
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
}

// "Missiles killed five people, officials said Friday." with "officials" a
// conjunct of "people" and "Friday" the subject of "said".
std::vector<Row> OfficialsSaidFriday() {
  return {{"Missiles", Upos::kNOUN, 2, Deprel::kNsubj},
          {"killed", Upos::kVERB, 7, Deprel::kCcomp},
          {"five", Upos::kNUM, 4, Deprel::kNummod},
          {"people", Upos::kNOUN, 2, Deprel::kObj},
          {",", Upos::kPUNCT, 6, Deprel::kPunct},
          {"officials", Upos::kNOUN, 4, Deprel::kConj},
          {"said", Upos::kVERB, 0, Deprel::kRoot},
          {"Friday", Upos::kPROPN, 7, Deprel::kNsubj},
          {".", Upos::kPUNCT, 7, Deprel::kPunct}};
}

TEST(TreeRepair, AWeekdayReadAsTheSubjectIsWhenAndTheConjunctBeforeTheVerbTheSubject) {
  std::vector<Row> rows = OfficialsSaidFriday();
  auto repaired = RepairedTree(Build(rows));
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[7].deprel, Deprel::kOblTmod);
  EXPECT_EQ(repaired->words[5].head, 7);
  EXPECT_EQ(repaired->words[5].deprel, Deprel::kNsubj);
  // With its own subject before it, the verb only loses the weekday as subject.
  rows[5] = {"officials", Upos::kNOUN, 7, Deprel::kNsubj};
  repaired = RepairedTree(Build(rows));
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[7].deprel, Deprel::kOblTmod);
  EXPECT_EQ(repaired->words[5].deprel, Deprel::kNsubj);
  // A subject that is no time word stays.
  rows = OfficialsSaidFriday();
  rows[7].form = "Reuters";
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
}

// "A man who stabbed two officers was shot by police." with "officers" the
// passive subject of "shot" and "man" the root.
std::vector<Row> StabbedOfficersShot() {
  return {{"A", Upos::kDET, 2, Deprel::kDet},
          {"man", Upos::kNOUN, 0, Deprel::kRoot},
          {"who", Upos::kPRON, 4, Deprel::kNsubj},
          {"stabbed", Upos::kVERB, 2, Deprel::kAclRelcl, Xpos::kVBD},
          {"two", Upos::kNUM, 6, Deprel::kNummod},
          {"officers", Upos::kNOUN, 8, Deprel::kNsubjPass},
          {"was", Upos::kAUX, 8, Deprel::kAuxPass},
          {"shot", Upos::kVERB, 2, Deprel::kAcl, Xpos::kVBN},
          {"by", Upos::kADP, 10, Deprel::kCase},
          {"police", Upos::kNOUN, 8, Deprel::kOblAgent},
          {".", Upos::kPUNCT, 2, Deprel::kPunct}};
}

TEST(TreeRepair, TheObjectOfARelativeClauseReadAsThePassiveSubjectOfTheMainVerb) {
  auto repaired = RepairedTree(Build(StabbedOfficersShot()));
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[5].head, 4);
  EXPECT_EQ(repaired->words[5].deprel, Deprel::kObj);
  EXPECT_EQ(repaired->words[7].head, 0);
  EXPECT_EQ(repaired->words[1].head, 8);
  EXPECT_EQ(repaired->words[1].deprel, Deprel::kNsubjPass);
  EXPECT_EQ(repaired->words[10].head, 8);
  // Not when the relative clause has its object.
  std::vector<Row> rows = StabbedOfficersShot();
  rows.push_back({"him", Upos::kPRON, 4, Deprel::kObj});
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
}

// "He said that the killing was planned, and demanded a trial." with
// "demanded" a conjunct of the gerund "killing".
std::vector<Row> DemandedOnKilling() {
  return {{"He", Upos::kPRON, 2, Deprel::kNsubj},
          {"said", Upos::kVERB, 0, Deprel::kRoot, Xpos::kVBD},
          {"that", Upos::kSCONJ, 5, Deprel::kMark},
          {"the", Upos::kDET, 5, Deprel::kDet},
          {"killing", Upos::kVERB, 2, Deprel::kCcomp, Xpos::kVBG},
          {"was", Upos::kAUX, 7, Deprel::kAuxPass},
          {"planned", Upos::kVERB, 5, Deprel::kAcl, Xpos::kVBN},
          {",", Upos::kPUNCT, 10, Deprel::kPunct},
          {"and", Upos::kCCONJ, 10, Deprel::kCc},
          {"demanded", Upos::kVERB, 5, Deprel::kConj, Xpos::kVBD},
          {"a", Upos::kDET, 12, Deprel::kDet},
          {"trial", Upos::kNOUN, 10, Deprel::kObj},
          {".", Upos::kPUNCT, 2, Deprel::kPunct}};
}

TEST(TreeRepair, AFiniteConjunctOfAGerundBelongsToTheFiniteVerbAbove) {
  auto repaired = RepairedTree(Build(DemandedOnKilling()));
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[9].head, 2);
  EXPECT_EQ(repaired->words[9].deprel, Deprel::kConj);
  // Not with a subject of its own ("and Riyadh denied it").
  std::vector<Row> rows = DemandedOnKilling();
  rows.push_back({"Riyadh", Upos::kPROPN, 10, Deprel::kNsubj});
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
  // Nor on a finite verb ("said ... was planned and demanded").
  rows = DemandedOnKilling();
  rows[4].xpos = Xpos::kVBD;
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
}

// "Supreme Leader Ali Khamenei vowed revenge." with "Leader" and "Ali"
// both subjects of "vowed".
std::vector<Row> TitleSubject() {
  return {{"Supreme", Upos::kPROPN, 2, Deprel::kAmod},
          {"Leader", Upos::kPROPN, 5, Deprel::kNsubj},
          {"Ali", Upos::kPROPN, 5, Deprel::kNsubj},
          {"Khamenei", Upos::kPROPN, 3, Deprel::kFlat},
          {"vowed", Upos::kVERB, 0, Deprel::kRoot},
          {"revenge", Upos::kNOUN, 5, Deprel::kObj},
          {".", Upos::kPUNCT, 5, Deprel::kPunct}};
}

TEST(TreeRepair, ASubjectRightBeforeAnotherIsTheTitleOfTheName) {
  auto repaired = RepairedTree(Build(TitleSubject()));
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[1].head, 3);  // Leader -> Ali
  EXPECT_EQ(repaired->words[1].deprel, Deprel::kNmodDesc);
  EXPECT_EQ(repaired->words[2].deprel, Deprel::kNsubj);
  // Not with a comma between.
  std::vector<Row> rows = TitleSubject();
  rows.insert(rows.begin() + 2, Row{",", Upos::kPUNCT, 6, Deprel::kPunct});
  for (Row& r : rows) {
    if (r.head > 2) ++r.head;
  }
  rows[2].head = 6;
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
  // Not a possessed noun ("Ethiopia's army" before another subject).
  rows = TitleSubject();
  rows[0].deprel = Deprel::kNmodPoss;
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
}


// "The Ethiopian government and Tigrayan forces signed ..." with
// "government" a compound of "forces" and "Tigrayan" its conjunct.
std::vector<Row> GovernmentAndForces() {
  return {{"The", Upos::kDET, 3, Deprel::kDet},
          {"Ethiopian", Upos::kADJ, 3, Deprel::kAmod},
          {"government", Upos::kNOUN, 6, Deprel::kCompound},
          {"and", Upos::kCCONJ, 5, Deprel::kCc},
          {"Tigrayan", Upos::kPROPN, 3, Deprel::kConj},
          {"forces", Upos::kNOUN, 7, Deprel::kNsubj},
          {"signed", Upos::kVERB, 0, Deprel::kRoot},
          {"deal", Upos::kNOUN, 7, Deprel::kObj},
          {".", Upos::kPUNCT, 7, Deprel::kPunct}};
}

TEST(TreeRepair, ACoordinatedNounPhraseReadAsACompoundIsTheFirstConjunct) {
  auto repaired = RepairedTree(Build(GovernmentAndForces()));
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[2].head, 7);  // government -> signed
  EXPECT_EQ(repaired->words[2].deprel, Deprel::kNsubj);
  EXPECT_EQ(repaired->words[5].head, 3);  // forces -> government
  EXPECT_EQ(repaired->words[5].deprel, Deprel::kConj);
  EXPECT_EQ(repaired->words[4].head, 6);  // Tigrayan -> forces
  // Not two noun modifiers: "Armenian state and media websites".
  std::vector<Row> rows = GovernmentAndForces();
  rows[4].upos = Upos::kNOUN;
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
  // Not a bare modifier: "defence and foreign ministries".
  rows = GovernmentAndForces();
  rows[0].deprel = Deprel::kDet;
  rows[0].head = 6;
  rows[1].head = 6;
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
}


// "The envoy who mediated the talks, President Olusegun Obasanjo, called
// ..." with the name an apposition of "talks".
std::vector<Row> EnvoyWho() {
  return {{"The", Upos::kDET, 2, Deprel::kDet},
          {"envoy", Upos::kNOUN, 11, Deprel::kNsubj},
          {"who", Upos::kPRON, 4, Deprel::kNsubj},
          {"mediated", Upos::kVERB, 2, Deprel::kAclRelcl},
          {"talks", Upos::kNOUN, 4, Deprel::kObj},
          {",", Upos::kPUNCT, 8, Deprel::kPunct},
          {"President", Upos::kPROPN, 8, Deprel::kNmodDesc},
          {"Olusegun", Upos::kPROPN, 5, Deprel::kAppos},
          {"Obasanjo", Upos::kPROPN, 8, Deprel::kFlat},
          {",", Upos::kPUNCT, 8, Deprel::kPunct},
          {"called", Upos::kVERB, 0, Deprel::kRoot},
          {".", Upos::kPUNCT, 11, Deprel::kPunct}};
}

TEST(TreeRepair, APersonsNameAfterARelativeClauseDescribesTheNounItModifies) {
  auto repaired = RepairedTree(Build(EnvoyWho()));
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[7].head, 2);  // Olusegun -> envoy
  EXPECT_EQ(repaired->words[7].deprel, Deprel::kAppos);
  // Not a name that may be the noun's own ("the talks, Geneva II, ...").
  std::vector<Row> rows = EnvoyWho();
  rows[6].deprel = Deprel::kCompound;
  rows[8].deprel = Deprel::kCompound;
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
  // Not outside a relative clause.
  rows = EnvoyWho();
  rows[3].deprel = Deprel::kAcl;
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
}


// "The Council demanded on Friday that Israel halt building." with the
// that-clause hung on "Friday".
std::vector<Row> DemandedOnFriday() {
  return {{"Council", Upos::kPROPN, 2, Deprel::kNsubj},
          {"demanded", Upos::kVERB, 0, Deprel::kRoot},
          {"on", Upos::kADP, 4, Deprel::kCase},
          {"Friday", Upos::kPROPN, 2, Deprel::kObl},
          {"that", Upos::kSCONJ, 7, Deprel::kMark},
          {"Israel", Upos::kPROPN, 7, Deprel::kNsubj},
          {"halt", Upos::kVERB, 4, Deprel::kAcl},
          {"building", Upos::kNOUN, 7, Deprel::kObj},
          {".", Upos::kPUNCT, 2, Deprel::kPunct}};
}

TEST(TreeRepair, AThatClauseOnTheTimePhraseIsTheVerbsComplement) {
  auto repaired = RepairedTree(Build(DemandedOnFriday()));
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[6].head, 2);  // halt -> demanded
  EXPECT_EQ(repaired->words[6].deprel, Deprel::kCcomp);
  // Not on a noun that is no time: "the report that Israel halted ...".
  std::vector<Row> rows = DemandedOnFriday();
  rows[3].form = "report";
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
}


// "They called on the military to abandon Maduro." with "abandon" hung on
// "military".
std::vector<Row> CalledOnMilitary() {
  return {{"They", Upos::kPRON, 2, Deprel::kNsubj},
          {"called", Upos::kVERB, 0, Deprel::kRoot},
          {"on", Upos::kADP, 5, Deprel::kCase},
          {"the", Upos::kDET, 5, Deprel::kDet},
          {"military", Upos::kNOUN, 2, Deprel::kObl},
          {"to", Upos::kPART, 7, Deprel::kMark},
          {"abandon", Upos::kVERB, 5, Deprel::kAcl},
          {"Maduro", Upos::kPROPN, 7, Deprel::kObj},
          {".", Upos::kPUNCT, 2, Deprel::kPunct}};
}

TEST(TreeRepair, AnInfinitiveOnTheAddresseeOfAVerbOfAskingIsItsComplement) {
  auto repaired = RepairedTree(Build(CalledOnMilitary()));
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[6].head, 2);  // abandon -> called
  EXPECT_EQ(repaired->words[6].deprel, Deprel::kXcomp);
  // Not after another verb: "sent troops to fight" is a purpose.
  std::vector<Row> rows = CalledOnMilitary();
  rows[1].form = "sent";
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
}


// "Mexico extradited Guzman, a son of El Chapo, to the United States." with
// the to-phrase hung on "son".
std::vector<Row> Extradited() {
  return {{"Mexico", Upos::kPROPN, 2, Deprel::kNsubj},
          {"extradited", Upos::kVERB, 0, Deprel::kRoot},
          {"Guzman", Upos::kPROPN, 2, Deprel::kObj},
          {",", Upos::kPUNCT, 6, Deprel::kPunct},
          {"a", Upos::kDET, 6, Deprel::kDet},
          {"son", Upos::kNOUN, 3, Deprel::kAppos},
          {"of", Upos::kADP, 8, Deprel::kCase},
          {"Chapo", Upos::kPROPN, 6, Deprel::kNmod},
          {",", Upos::kPUNCT, 12, Deprel::kPunct},
          {"to", Upos::kADP, 12, Deprel::kCase},
          {"the", Upos::kDET, 12, Deprel::kDet},
          {"States", Upos::kPROPN, 6, Deprel::kNmod},
          {".", Upos::kPUNCT, 2, Deprel::kPunct}};
}

TEST(TreeRepair, AToPhraseClosingAnAppositionOfTheObjectGoesWithTheVerb) {
  auto repaired = RepairedTree(Build(Extradited()));
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[11].head, 2);  // States -> extradited
  EXPECT_EQ(repaired->words[11].deprel, Deprel::kObl);
  // Not for a noun that takes a to-phrase: "Smith, ambassador to the U.S.".
  std::vector<Row> rows = Extradited();
  rows[5].form = "ambassador";
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
}


// "... days after Harare expelled the envoy." with "after Harare" a
// prepositional phrase and "expelled" without a subject.
std::vector<Row> AfterHarare() {
  return {{"days", Upos::kNOUN, 0, Deprel::kRoot},
          {"after", Upos::kADP, 3, Deprel::kCase},
          {"Harare", Upos::kPROPN, 1, Deprel::kNmod},
          {"expelled", Upos::kVERB, 1, Deprel::kAcl},
          {"the", Upos::kDET, 6, Deprel::kDet},
          {"envoy", Upos::kNOUN, 4, Deprel::kObj},
          {".", Upos::kPUNCT, 1, Deprel::kPunct}};
}

TEST(TreeRepair, ANameBeforeAFiniteVerbWithoutSubjectIsItsSubject) {
  Sentence s = Build(AfterHarare());
  s.words[3].xpos = Xpos::kVBD;
  auto repaired = RepairedTree(s);
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[2].head, 4);  // Harare -> expelled
  EXPECT_EQ(repaired->words[2].deprel, Deprel::kNsubj);
  EXPECT_EQ(repaired->words[1].head, 4);  // after -> expelled
  EXPECT_EQ(repaired->words[1].deprel, Deprel::kMark);
  // Not before a participle: "after Harare expelled by ..." is no clause.
  s.words[3].xpos = Xpos::kVBN;
  EXPECT_FALSE(RepairedTree(s).has_value());
}

// "Mexico cut ties after police raided the embassy." with "after police" a
// prepositional phrase and "raided" an open complement of "cut".
std::vector<Row> AfterPoliceRaided() {
  return {{"Mexico", Upos::kPROPN, 2, Deprel::kNsubj},
          {"cut", Upos::kVERB, 0, Deprel::kRoot},
          {"ties", Upos::kNOUN, 2, Deprel::kObj},
          {"after", Upos::kADP, 5, Deprel::kCase},
          {"police", Upos::kNOUN, 3, Deprel::kNmod},
          {"raided", Upos::kVERB, 2, Deprel::kXcomp, Xpos::kVBD},
          {"the", Upos::kDET, 8, Deprel::kDet},
          {"embassy", Upos::kNOUN, 6, Deprel::kObj},
          {".", Upos::kPUNCT, 2, Deprel::kPunct}};
}

TEST(TreeRepair, ACommonNounBeforeAFiniteVerbWithNoSubjectIsItsSubject) {
  auto repaired = RepairedTree(Build(AfterPoliceRaided()));
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[4].head, 6);  // police -> raided
  EXPECT_EQ(repaired->words[4].deprel, Deprel::kNsubj);
  EXPECT_EQ(repaired->words[3].deprel, Deprel::kMark);
  EXPECT_EQ(repaired->words[5].deprel, Deprel::kAdvcl);  // no open complement
  // Not when the verb has a subject before the preposition ("the meeting
  // after lunch ended"), nor before an auxiliary ("after police were ...").
  std::vector<Row> rows = AfterPoliceRaided();
  rows[0].head = 6;
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
  rows = AfterPoliceRaided();
  rows[5].upos = Upos::kAUX;
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
}

// "Seoul protested after Pyongyang launched a missile." with "after" the case
// marker of the clause's subject and "launched" a clausal complement.
std::vector<Row> ProtestedAfter() {
  return {{"Seoul", Upos::kPROPN, 2, Deprel::kNsubj},
          {"protested", Upos::kVERB, 0, Deprel::kRoot},
          {"after", Upos::kADP, 4, Deprel::kCase},
          {"Pyongyang", Upos::kPROPN, 5, Deprel::kNsubj},
          {"launched", Upos::kVERB, 2, Deprel::kCcomp, Xpos::kVBD},
          {"a", Upos::kDET, 7, Deprel::kDet},
          {"missile", Upos::kNOUN, 5, Deprel::kObj},
          {".", Upos::kPUNCT, 2, Deprel::kPunct}};
}

TEST(TreeRepair, ASubordinatorReadAsTheSubjectsCaseMarksTheClause) {
  auto repaired = RepairedTree(Build(ProtestedAfter()));
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[2].head, 5);  // after -> launched
  EXPECT_EQ(repaired->words[2].deprel, Deprel::kMark);
  EXPECT_EQ(repaired->words[3].head, 5);  // Pyongyang stays the subject
  EXPECT_EQ(repaired->words[4].deprel, Deprel::kAdvcl);
  // Not a preposition that marks no clause: "protested with Pyongyang ...".
  std::vector<Row> rows = ProtestedAfter();
  rows[2].form = "with";
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
  // Not a participle: "after Pyongyang launched by ..." is no clause.
  rows = ProtestedAfter();
  rows[4].xpos = Xpos::kVBN;
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
}


// "Erdogan said on Tuesday that the killing was planned." with "that" on
// "Tuesday" and the clause on "that".
std::vector<Row> SaidOnTuesday() {
  return {{"Erdogan", Upos::kPROPN, 2, Deprel::kNsubj},
          {"said", Upos::kVERB, 0, Deprel::kRoot},
          {"on", Upos::kADP, 4, Deprel::kCase},
          {"Tuesday", Upos::kPROPN, 2, Deprel::kObl},
          {"that", Upos::kSCONJ, 4, Deprel::kAmod},
          {"killing", Upos::kNOUN, 9, Deprel::kNsubjPass},
          {"was", Upos::kAUX, 9, Deprel::kAuxPass},
          {"carefully", Upos::kADV, 9, Deprel::kAdvmod},
          {"planned", Upos::kVERB, 5, Deprel::kCcomp},
          {".", Upos::kPUNCT, 2, Deprel::kPunct}};
}

TEST(TreeRepair, AThatHungOnTheTimePhraseMarksTheVerbsComplement) {
  auto repaired = RepairedTree(Build(SaidOnTuesday()));
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[8].head, 2);  // planned -> said
  EXPECT_EQ(repaired->words[8].deprel, Deprel::kCcomp);
  EXPECT_EQ(repaired->words[4].head, 9);  // that -> planned
  EXPECT_EQ(repaired->words[4].deprel, Deprel::kMark);
  // Not after a word that is no time: "said on the report that ...".
  std::vector<Row> rows = SaidOnTuesday();
  rows[3].form = "report";
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
}


// "Biden, Netanyahu discuss deal" with "Biden" a vocative.
std::vector<Row> HeadlinePair() {
  return {{"Biden", Upos::kPROPN, 4, Deprel::kVocative},
          {",", Upos::kPUNCT, 1, Deprel::kPunct},
          {"Netanyahu", Upos::kPROPN, 4, Deprel::kNsubj},
          {"discuss", Upos::kVERB, 0, Deprel::kRoot},
          {"deal", Upos::kNOUN, 4, Deprel::kObj}};
}

TEST(TreeRepair, AHeadlinesOpeningNameBeforeACommaIsTheSubjectsFirstConjunct) {
  Sentence s = Build(HeadlinePair());
  s.words[3].xpos = Xpos::kVBP;
  auto repaired = RepairedTree(s);
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[0].head, 4);
  EXPECT_EQ(repaired->words[0].deprel, Deprel::kNsubj);
  EXPECT_EQ(repaired->words[2].head, 1);
  EXPECT_EQ(repaired->words[2].deprel, Deprel::kConj);
  // Not before a singular verb: "Biden, Netanyahu discusses ..." addresses him.
  s.words[3].xpos = Xpos::kVBZ;
  EXPECT_FALSE(RepairedTree(s).has_value());
}


// "hosted talks between Washington and the Taliban" with "Taliban" a
// conjunct of "talks".
std::vector<Row> TalksBetween() {
  return {{"Qatar", Upos::kPROPN, 2, Deprel::kNsubj},
          {"hosted", Upos::kVERB, 0, Deprel::kRoot},
          {"talks", Upos::kNOUN, 2, Deprel::kObj},
          {"between", Upos::kADP, 5, Deprel::kCase},
          {"Washington", Upos::kPROPN, 3, Deprel::kNmod},
          {"and", Upos::kCCONJ, 8, Deprel::kCc},
          {"the", Upos::kDET, 8, Deprel::kDet},
          {"Taliban", Upos::kPROPN, 3, Deprel::kConj}};
}

TEST(TreeRepair, TheSecondPartyOfBetweenIsAConjunctOfTheFirst) {
  auto repaired = RepairedTree(Build(TalksBetween()));
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[7].head, 5);  // Taliban -> Washington
  // Not without "between": "talks with Washington and the Taliban's threats".
  std::vector<Row> rows = TalksBetween();
  rows[3].form = "with";
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
}


// "Japan will provide Ukraine with $5 billion, Kishida said." with "with $"
// a complement clause of "said".
std::vector<Row> ProvideWith() {
  return {{"Japan", Upos::kPROPN, 2, Deprel::kNsubj},
          {"provide", Upos::kVERB, 8, Deprel::kCcomp},
          {"Ukraine", Upos::kPROPN, 2, Deprel::kObj},
          {"with", Upos::kADP, 5, Deprel::kCase},
          {"$", Upos::kSYM, 8, Deprel::kCcomp},
          {",", Upos::kPUNCT, 8, Deprel::kPunct},
          {"Kishida", Upos::kPROPN, 8, Deprel::kNsubj},
          {"said", Upos::kVERB, 0, Deprel::kRoot},
          {".", Upos::kPUNCT, 8, Deprel::kPunct}};
}

TEST(TreeRepair, APrepositionalPhraseReadAsAClauseIsTheNearestVerbsOblique) {
  auto repaired = RepairedTree(Build(ProvideWith()));
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[4].head, 2);  // $ -> provide
  EXPECT_EQ(repaired->words[4].deprel, Deprel::kObl);
  // A real clause keeps its relation.
  std::vector<Row> rows = ProvideWith();
  rows[3].deprel = Deprel::kMark;
  rows[4].upos = Upos::kVERB;
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
}

// "Biden and Chinese leader Xi Jinping met in Bali." as the parser reads
// it: "Chinese" a conjunct of "Biden", which is a compound of "leader".
TEST(TreeRepair, ANationalityAfterAndOpensTheSecondPartysPhrase) {
  Sentence s = Build({{"Biden", Upos::kPROPN, 4, Deprel::kCompound},
                      {"and", Upos::kCCONJ, 3, Deprel::kCc},
                      {"Chinese", Upos::kADJ, 1, Deprel::kConj},
                      {"leader", Upos::kNOUN, 5, Deprel::kNmodDesc},
                      {"Xi", Upos::kPROPN, 7, Deprel::kNsubj},
                      {"Jinping", Upos::kPROPN, 5, Deprel::kFlat},
                      {"met", Upos::kVERB, 0, Deprel::kRoot}});
  auto repaired = RepairedTree(s);
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[2].head, 4);  // Chinese -> leader
  EXPECT_EQ(repaired->words[2].deprel, Deprel::kAmod);
  EXPECT_EQ(repaired->words[0].head, 7);  // Biden -> met
  EXPECT_EQ(repaired->words[0].deprel, Deprel::kNsubj);
  EXPECT_EQ(repaired->words[4].head, 1);  // Xi -> Biden
  EXPECT_EQ(repaired->words[4].deprel, Deprel::kConj);
  EXPECT_EQ(repaired->words[1].head, 5);  // and -> Xi
  // "U.S. and British aircraft struck": two modifiers of one party.
  Sentence one = Build({{"U.S.", Upos::kPROPN, 4, Deprel::kCompound},
                        {"and", Upos::kCCONJ, 3, Deprel::kCc},
                        {"British", Upos::kADJ, 1, Deprel::kConj},
                        {"aircraft", Upos::kNOUN, 5, Deprel::kNsubj},
                        {"struck", Upos::kVERB, 0, Deprel::kRoot}});
  EXPECT_FALSE(RepairedTree(one).has_value());
}

// "sought warrants for Netanyahu and Hamas leader Sinwar", with "Hamas" a
// conjunct of "Netanyahu", a compound of "leader", and "Sinwar" the noun
// after "warrants": the same repair after a preposition.
TEST(TreeRepair, ANameAfterAndOpensTheSecondPartysPhraseAfterAPreposition) {
  Sentence s = Build({{"sought", Upos::kVERB, 0, Deprel::kRoot},
                      {"warrants", Upos::kNOUN, 1, Deprel::kObj},
                      {"for", Upos::kADP, 4, Deprel::kCase},
                      {"Netanyahu", Upos::kPROPN, 7, Deprel::kCompound},
                      {"and", Upos::kCCONJ, 6, Deprel::kCc},
                      {"Hamas", Upos::kPROPN, 4, Deprel::kConj},
                      {"leader", Upos::kNOUN, 8, Deprel::kNmodDesc},
                      {"Sinwar", Upos::kPROPN, 2, Deprel::kNmod}});
  auto repaired = RepairedTree(s);
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[3].head, 2);  // Netanyahu -> warrants, as "Sinwar" was
  EXPECT_EQ(repaired->words[3].deprel, Deprel::kNmod);
  EXPECT_EQ(repaired->words[7].head, 4);  // Sinwar -> Netanyahu
  EXPECT_EQ(repaired->words[7].deprel, Deprel::kConj);
  EXPECT_EQ(repaired->words[5].head, 7);  // Hamas -> leader
}

// "Khalilzad and Taliban chief Baradar signed the deal." read with no verb:
// "signed" a relative clause on "chief", the apposition of the root name.
TEST(TreeRepair, ARelativeClauseWithItsOwnSubjectAndObjectIsTheMainClause) {
  Sentence s = Build({{"Khalilzad", Upos::kPROPN, 0, Deprel::kRoot},
                      {"and", Upos::kCCONJ, 3, Deprel::kCc},
                      {"Taliban", Upos::kPROPN, 1, Deprel::kConj},
                      {"chief", Upos::kNOUN, 1, Deprel::kAppos},
                      {"Baradar", Upos::kPROPN, 6, Deprel::kNsubj},
                      {"signed", Upos::kVERB, 4, Deprel::kAclRelcl},
                      {"the", Upos::kDET, 8, Deprel::kDet},
                      {"deal", Upos::kNOUN, 6, Deprel::kObj},
                      {".", Upos::kPUNCT, 1, Deprel::kPunct}});
  auto repaired = RepairedTree(s);
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[5].head, 0);  // signed is the root
  EXPECT_EQ(repaired->words[0].head, 6);  // Khalilzad its subject
  EXPECT_EQ(repaired->words[0].deprel, Deprel::kNsubj);
  EXPECT_EQ(repaired->words[4].head, 1);  // Baradar the conjunct
  EXPECT_EQ(repaired->words[4].deprel, Deprel::kConj);
  EXPECT_EQ(repaired->words[3].head, 5);  // chief his title
  EXPECT_EQ(repaired->words[2].head, 4);  // Taliban on "chief"
  EXPECT_EQ(repaired->words[8].head, 6);  // the full stop on the verb
  // With a gap for the noun ("the chief Baradar met"), it is a relative.
  Sentence gap = Build({{"Khalilzad", Upos::kPROPN, 0, Deprel::kRoot},
                        {"chief", Upos::kNOUN, 1, Deprel::kAppos},
                        {"Baradar", Upos::kPROPN, 4, Deprel::kNsubj},
                        {"met", Upos::kVERB, 2, Deprel::kAclRelcl}});
  EXPECT_FALSE(RepairedTree(gap).has_value());
}

TEST(TreeRepair, AThatClauseOnTheAddresseeOfTellingIsWhatWasTold) {
  Sentence s = Build({{"Biden", Upos::kPROPN, 2, Deprel::kNsubj},
                      {"told", Upos::kVERB, 0, Deprel::kRoot},
                      {"reporters", Upos::kNOUN, 2, Deprel::kIobj},
                      {"that", Upos::kSCONJ, 7, Deprel::kMark},
                      {"he", Upos::kPRON, 7, Deprel::kNsubj},
                      {"had", Upos::kAUX, 7, Deprel::kAux},
                      {"spoken", Upos::kVERB, 3, Deprel::kAcl},
                      {"with", Upos::kADP, 9, Deprel::kCase},
                      {"Netanyahu", Upos::kPROPN, 7, Deprel::kObl}});
  auto repaired = RepairedTree(s);
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[6].head, 2);
  EXPECT_EQ(repaired->words[6].deprel, Deprel::kCcomp);
  // A relative "that" (the clause's subject, no marker) stays a relative.
  Sentence rel = Build({{"Biden", Upos::kPROPN, 2, Deprel::kNsubj},
                        {"told", Upos::kVERB, 0, Deprel::kRoot},
                        {"reporters", Upos::kNOUN, 2, Deprel::kObj},
                        {"that", Upos::kPRON, 5, Deprel::kNsubj},
                        {"covered", Upos::kVERB, 3, Deprel::kAclRelcl},
                        {"it", Upos::kPRON, 5, Deprel::kObj}});
  EXPECT_FALSE(RepairedTree(rel).has_value());
}

TEST(TreeRepair, TwoHyphenedNationalitiesOnATwoPartyNounAreConjuncts) {
  Sentence s = Build({{"Russian", Upos::kADJ, 3, Deprel::kAmod},
                      {"-", Upos::kPUNCT, 1, Deprel::kPunct},
                      {"Ukrainian", Upos::kADJ, 4, Deprel::kAmod},
                      {"talks", Upos::kNOUN, 5, Deprel::kNsubj},
                      {"resumed", Upos::kVERB, 0, Deprel::kRoot}});
  s.words[3].lemma = "talk";
  auto repaired = RepairedTree(s);
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[0].head, 4);  // Russian on "talks"
  EXPECT_EQ(repaired->words[2].head, 1);  // Ukrainian its conjunct
  EXPECT_EQ(repaired->words[2].deprel, Deprel::kConj);
  // One person of two origins: no pair.
  s.words[3].form = "journalist";
  s.words[3].lemma = "journalist";
  EXPECT_FALSE(RepairedTree(s).has_value());
}

TEST(TreeRepair, AnOpeningAdjectiveReadAsTheRootModifiesTheNounAfterIt) {
  Sentence s = Build({{"Colombian", Upos::kADJ, 0, Deprel::kRoot},
                      {"President", Upos::kPROPN, 3, Deprel::kNmodDesc},
                      {"Petro", Upos::kPROPN, 4, Deprel::kNsubj},
                      {"suspended", Upos::kVERB, 1, Deprel::kCcomp},
                      {"talks", Upos::kNOUN, 4, Deprel::kObj},
                      {".", Upos::kPUNCT, 1, Deprel::kPunct}});
  auto repaired = RepairedTree(s);
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[3].head, 0);  // "suspended" is the root
  EXPECT_EQ(repaired->words[3].deprel, Deprel::kRoot);
  EXPECT_EQ(repaired->words[0].head, 2);  // "Colombian" on "President"
  EXPECT_EQ(repaired->words[0].deprel, Deprel::kAmod);
  EXPECT_EQ(repaired->words[5].head, 4);  // the punctuation follows the root
  // A predicative adjective with its own subject stays the root.
  Sentence pred = Build({{"Unclear", Upos::kADJ, 0, Deprel::kRoot},
                         {"officials", Upos::kNOUN, 1, Deprel::kNsubj},
                         {"said", Upos::kVERB, 1, Deprel::kCcomp}});
  EXPECT_FALSE(RepairedTree(pred).has_value());
}

TEST(TreeRepair, AnOpeningAdjectiveWithTheClauseAsItsRelativeClauseAndATitleAdjective) {
  // "Armenian Prime Minister Pashinyan accused Azerbaijan .", greedily read
  // with "accused" a relative clause on "Armenian" and "Prime" an adjective.
  Sentence s = Build({{"Armenian", Upos::kADJ, 0, Deprel::kRoot},
                      {"Prime", Upos::kADJ, 3, Deprel::kAmod},
                      {"Minister", Upos::kPROPN, 4, Deprel::kNmodDesc},
                      {"Pashinyan", Upos::kPROPN, 5, Deprel::kNsubj},
                      {"accused", Upos::kVERB, 1, Deprel::kAclRelcl},
                      {"Azerbaijan", Upos::kPROPN, 5, Deprel::kObj},
                      {".", Upos::kPUNCT, 1, Deprel::kPunct}});
  auto repaired = RepairedTree(s);
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[4].head, 0);  // "accused" is the root
  EXPECT_EQ(repaired->words[0].head, 3);  // "Armenian" on "Minister", through "Prime"
  EXPECT_EQ(repaired->words[0].deprel, Deprel::kAmod);
  // A lower-case adjective after it is no title: "Angry crowds stormed ...".
  Sentence lower = Build({{"Angry", Upos::kADJ, 0, Deprel::kRoot},
                          {"loud", Upos::kADJ, 3, Deprel::kAmod},
                          {"crowds", Upos::kNOUN, 4, Deprel::kNsubj},
                          {"stormed", Upos::kVERB, 1, Deprel::kAclRelcl}});
  EXPECT_FALSE(RepairedTree(lower).has_value());
}

TEST(TreeRepair, ACommaParticipleOnTheObjectSpeaksOfTheClause) {
  // "Orban met Putin in Moscow , drawing criticism"
  Sentence s = Build({{"Orban", Upos::kPROPN, 2, Deprel::kNsubj},
                      {"met", Upos::kVERB, 0, Deprel::kRoot, Xpos::kVBD},
                      {"Putin", Upos::kPROPN, 2, Deprel::kObj},
                      {"in", Upos::kADP, 5, Deprel::kCase},
                      {"Moscow", Upos::kPROPN, 3, Deprel::kNmod},
                      {",", Upos::kPUNCT, 7, Deprel::kPunct},
                      {"drawing", Upos::kVERB, 3, Deprel::kAcl, Xpos::kVBG},
                      {"criticism", Upos::kNOUN, 7, Deprel::kObj}});
  s.words[6].lemma = "draw";
  auto repaired = RepairedTree(s);
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[6].head, 2);  // on "met"
  EXPECT_EQ(repaired->words[6].deprel, Deprel::kAdvcl);
  // "including" works as a preposition: kept on the noun.
  s.words[6].form = "including";
  s.words[6].lemma = "include";
  EXPECT_FALSE(RepairedTree(s).has_value());
}

TEST(TreeRepair, AListAfterTheRootNounsOfPhraseContinuesIt) {
  // "ministers of Egypt , Jordan and Syria met", read with "met" a relative
  // clause on "ministers" and "Jordan" its subject.
  Sentence s = Build({{"ministers", Upos::kNOUN, 0, Deprel::kRoot},
                      {"of", Upos::kADP, 3, Deprel::kCase},
                      {"Egypt", Upos::kPROPN, 1, Deprel::kNmod},
                      {",", Upos::kPUNCT, 5, Deprel::kPunct},
                      {"Jordan", Upos::kPROPN, 8, Deprel::kNsubj},
                      {"and", Upos::kCCONJ, 7, Deprel::kCc},
                      {"Syria", Upos::kPROPN, 5, Deprel::kConj},
                      {"met", Upos::kVERB, 1, Deprel::kAclRelcl, Xpos::kVBD},
                      {".", Upos::kPUNCT, 1, Deprel::kPunct}});
  auto repaired = RepairedTree(s);
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[7].head, 0);  // "met" is the root
  EXPECT_EQ(repaired->words[0].head, 8);  // "ministers" its subject
  EXPECT_EQ(repaired->words[0].deprel, Deprel::kNsubj);
  EXPECT_EQ(repaired->words[4].head, 3);  // "Jordan" a conjunct of "Egypt"
  EXPECT_EQ(repaired->words[4].deprel, Deprel::kConj);
  EXPECT_EQ(repaired->words[8].head, 8);  // the full stop follows the root
  // A real relative clause with a single subject stays: "the ministers of
  // Egypt, who met ..." has no coordinated subject.
  s.words[6].head = 8;
  s.words[6].deprel = Deprel::kObj;
  EXPECT_FALSE(RepairedTree(s).has_value());
}

TEST(TreeRepair, AModifierWithItsOwnCoordinatorIsACoordinatedVerb) {
  // "Ministers condemned the attack and promised aid to villages."
  Sentence s = Build({{"Ministers", Upos::kNOUN, 2, Deprel::kNsubj},
                      {"condemned", Upos::kVERB, 0, Deprel::kRoot, Xpos::kVBD},
                      {"the", Upos::kDET, 4, Deprel::kDet},
                      {"attack", Upos::kNOUN, 2, Deprel::kObj},
                      {"and", Upos::kCCONJ, 6, Deprel::kCc},
                      {"promised", Upos::kVERB, 7, Deprel::kAmod, Xpos::kVBN},
                      {"aid", Upos::kNOUN, 2, Deprel::kObj},
                      {"to", Upos::kADP, 9, Deprel::kCase},
                      {"villages", Upos::kNOUN, 7, Deprel::kNmod}});
  auto repaired = RepairedTree(s);
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[5].head, 2);  // "promised" on "condemned"
  EXPECT_EQ(repaired->words[5].deprel, Deprel::kConj);
  EXPECT_EQ(repaired->words[5].xpos, Xpos::kVBD);
  EXPECT_EQ(repaired->words[6].head, 6);  // "aid" its object
  EXPECT_EQ(repaired->words[6].deprel, Deprel::kObj);
  // A coordinated modifier is a conjunct and keeps its reading: "the
  // wounded and displaced people".
  Sentence adj = Build({{"Officials", Upos::kNOUN, 2, Deprel::kNsubj},
                        {"visited", Upos::kVERB, 0, Deprel::kRoot, Xpos::kVBD},
                        {"the", Upos::kDET, 7, Deprel::kDet},
                        {"wounded", Upos::kVERB, 7, Deprel::kAmod, Xpos::kVBN},
                        {"and", Upos::kCCONJ, 6, Deprel::kCc},
                        {"displaced", Upos::kVERB, 4, Deprel::kConj, Xpos::kVBN},
                        {"people", Upos::kNOUN, 2, Deprel::kObj}});
  EXPECT_FALSE(RepairedTree(adj).has_value());
  // Nor when the noun is a conjunct: "played with junk and broken bikes".
  Sentence nouns = Build({{"Children", Upos::kNOUN, 2, Deprel::kNsubj},
                          {"played", Upos::kVERB, 0, Deprel::kRoot, Xpos::kVBD},
                          {"with", Upos::kADP, 4, Deprel::kCase},
                          {"junk", Upos::kNOUN, 2, Deprel::kObl},
                          {"and", Upos::kCCONJ, 6, Deprel::kCc},
                          {"broken", Upos::kVERB, 7, Deprel::kAmod, Xpos::kVBN},
                          {"bikes", Upos::kNOUN, 4, Deprel::kConj}});
  EXPECT_FALSE(RepairedTree(nouns).has_value());
}

// "Ruto, who hosted the summit, urged Ethiopia ..." with "Ruto" the root
// and "urged" a participle on "summit".
std::vector<Row> RutoWhoHosted() {
  return {{"Ruto", Upos::kPROPN, 0, Deprel::kRoot},
          {",", Upos::kPUNCT, 4, Deprel::kPunct},
          {"who", Upos::kPRON, 4, Deprel::kNsubj},
          {"hosted", Upos::kVERB, 1, Deprel::kAclRelcl, Xpos::kVBD},
          {"the", Upos::kDET, 6, Deprel::kDet},
          {"summit", Upos::kNOUN, 4, Deprel::kObj},
          {",", Upos::kPUNCT, 8, Deprel::kPunct},
          {"urged", Upos::kVERB, 6, Deprel::kAcl, Xpos::kVBN},
          {"Ethiopia", Upos::kPROPN, 8, Deprel::kObj},
          {".", Upos::kPUNCT, 1, Deprel::kPunct}};
}

TEST(TreeRepair, AVerbAfterARelativeClauseOnTheRootNounIsTheMainVerb) {
  auto repaired = RepairedTree(Build(RutoWhoHosted()));
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[7].head, 0);  // urged: the root
  EXPECT_EQ(repaired->words[7].xpos, Xpos::kVBD);
  EXPECT_EQ(repaired->words[0].head, 8);  // Ruto -> urged
  EXPECT_EQ(repaired->words[0].deprel, Deprel::kNsubj);
  EXPECT_EQ(repaired->words[9].head, 8);  // the full stop
  // Not a verb with a subject of its own.
  std::vector<Row> rows = RutoWhoHosted();
  rows.insert(rows.begin() + 7, Row{"she", Upos::kPRON, 9, Deprel::kNsubj});
  for (size_t i = 0; i < rows.size(); ++i) {
    if (i != 7 && rows[i].head > 7) ++rows[i].head;
  }
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
}

// True when every word has a head inside the sentence, exactly one is the
// root, and following heads from any word reaches it.
bool IsTree(const Sentence& s) {
  const size_t n = s.words.size();
  size_t roots = 0;
  for (const Word& w : s.words) {
    if (w.head < 0 || static_cast<size_t>(w.head) > n) return false;
    roots += w.head == 0 ? 1 : 0;
  }
  if (roots != 1) return false;
  for (size_t k = 0; k < n; ++k) {
    size_t at = k;
    size_t steps = 0;
    while (s.words[at].head != 0) {
      at = static_cast<size_t>(s.words[at].head - 1);
      if (++steps > n) return false;
    }
  }
  return true;
}

// "Israel, which struck Gaza on Sunday, rejected the proposal." with
// "Israel" the root, the clause an advcl:relcl on it and "rejected" a
// conjunct of "struck".
std::vector<Row> IsraelWhichStruck() {
  return {{"Israel", Upos::kPROPN, 0, Deprel::kRoot},
          {",", Upos::kPUNCT, 4, Deprel::kPunct},
          {"which", Upos::kPRON, 4, Deprel::kNsubj},
          {"struck", Upos::kVERB, 1, Deprel::kAdvclRelcl, Xpos::kVBD},
          {"Gaza", Upos::kPROPN, 4, Deprel::kObj},
          {"on", Upos::kADP, 7, Deprel::kCase},
          {"Sunday", Upos::kPROPN, 4, Deprel::kObl},
          {",", Upos::kPUNCT, 9, Deprel::kPunct},
          {"rejected", Upos::kVERB, 4, Deprel::kConj, Xpos::kVBD},
          {"the", Upos::kDET, 11, Deprel::kDet},
          {"proposal", Upos::kNOUN, 9, Deprel::kObj},
          {".", Upos::kPUNCT, 4, Deprel::kPunct}};
}

TEST(TreeRepair, AVerbHungOnTheRelativeVerbIsTheMainVerb) {
  for (Deprel wrong : {Deprel::kConj, Deprel::kAdvcl, Deprel::kParataxis}) {
    std::vector<Row> rows = IsraelWhichStruck();
    rows[8].deprel = wrong;
    auto repaired = RepairedTree(Build(rows));
    ASSERT_TRUE(repaired.has_value());
    ASSERT_TRUE(IsTree(*repaired));
    const std::vector<Word>& w = repaired->words;
    EXPECT_EQ(w[8].head, 0);  // rejected
    EXPECT_EQ(w[0].head, 9);  // Israel -> rejected
    EXPECT_EQ(w[0].deprel, Deprel::kNsubj);
    EXPECT_EQ(w[3].head, 1);  // struck -> Israel
    EXPECT_EQ(w[3].deprel, Deprel::kAclRelcl);
    EXPECT_EQ(w[6].head, 4);   // "on Sunday" stays in the clause
    EXPECT_EQ(w[7].head, 4);   // the closing comma too
    EXPECT_EQ(w[10].head, 9);  // proposal
    EXPECT_EQ(w[11].head, 9);  // the full stop
  }
}

TEST(TreeRepair, TheRelativeVerbReadAsTheRootGivesWayToTheMainVerb) {
  // "The president, who visited Kenya, met the minister." with "visited"
  // the root, "president" its second subject and "met" a parataxis.
  Sentence s = Build({{"The", Upos::kDET, 2, Deprel::kDet},
                      {"president", Upos::kNOUN, 5, Deprel::kNsubj},
                      {",", Upos::kPUNCT, 5, Deprel::kPunct},
                      {"who", Upos::kPRON, 5, Deprel::kNsubj},
                      {"visited", Upos::kVERB, 0, Deprel::kRoot, Xpos::kVBD},
                      {"Kenya", Upos::kPROPN, 5, Deprel::kObj},
                      {",", Upos::kPUNCT, 8, Deprel::kPunct},
                      {"met", Upos::kVERB, 5, Deprel::kParataxis, Xpos::kVBD},
                      {"the", Upos::kDET, 10, Deprel::kDet},
                      {"minister", Upos::kNOUN, 8, Deprel::kObj},
                      {".", Upos::kPUNCT, 5, Deprel::kPunct}});
  auto repaired = RepairedTree(s);
  ASSERT_TRUE(repaired.has_value());
  ASSERT_TRUE(IsTree(*repaired));
  const std::vector<Word>& w = repaired->words;
  EXPECT_EQ(w[7].head, 0);
  EXPECT_EQ(w[1].head, 8);
  EXPECT_EQ(w[1].deprel, Deprel::kNsubj);
  EXPECT_EQ(w[4].head, 2);
  EXPECT_EQ(w[4].deprel, Deprel::kAclRelcl);
  EXPECT_EQ(w[5].head, 5);   // Kenya stays visited's
  EXPECT_EQ(w[9].head, 8);   // minister
  EXPECT_EQ(w[10].head, 8);  // the full stop
}

TEST(TreeRepair, AVerbReadAsAnAdjectiveAfterTheClauseIsTheMainVerb) {
  // "Hamas, which controls Gaza, fired rockets at Israel." with "fired" an
  // adjective on "rockets", an oblique of "controls".
  Sentence s = Build({{"Hamas", Upos::kPROPN, 0, Deprel::kRoot},
                      {",", Upos::kPUNCT, 4, Deprel::kPunct},
                      {"which", Upos::kPRON, 4, Deprel::kNsubj},
                      {"controls", Upos::kVERB, 1, Deprel::kAclRelcl, Xpos::kVBZ},
                      {"Gaza", Upos::kPROPN, 4, Deprel::kObj},
                      {",", Upos::kPUNCT, 8, Deprel::kPunct},
                      {"fired", Upos::kVERB, 8, Deprel::kAmod, Xpos::kVBN},
                      {"rockets", Upos::kNOUN, 4, Deprel::kObl},
                      {"at", Upos::kADP, 10, Deprel::kCase},
                      {"Israel", Upos::kPROPN, 8, Deprel::kNmod},
                      {".", Upos::kPUNCT, 1, Deprel::kPunct}});
  auto repaired = RepairedTree(s);
  ASSERT_TRUE(repaired.has_value());
  ASSERT_TRUE(IsTree(*repaired));
  const std::vector<Word>& w = repaired->words;
  EXPECT_EQ(w[6].head, 0);
  EXPECT_EQ(w[6].xpos, Xpos::kVBD);
  EXPECT_EQ(w[0].head, 7);
  EXPECT_EQ(w[7].head, 7);  // rockets: the object
  EXPECT_EQ(w[7].deprel, Deprel::kObj);
  EXPECT_EQ(w[5].head, 4);  // the closing comma goes to the clause
  EXPECT_EQ(w[10].head, 7);
}

TEST(TreeRepair, AuxiliariesAfterTheClauseGoWithTheMainVerb) {
  // "The convoy, which carried aid, was attacked by jets." with "was" and
  // "attacked" hung on "aid".
  Sentence s = Build({{"The", Upos::kDET, 2, Deprel::kDet},
                      {"convoy", Upos::kNOUN, 0, Deprel::kRoot},
                      {",", Upos::kPUNCT, 5, Deprel::kPunct},
                      {"which", Upos::kPRON, 5, Deprel::kNsubj},
                      {"carried", Upos::kVERB, 2, Deprel::kAclRelcl, Xpos::kVBD},
                      {"aid", Upos::kNOUN, 5, Deprel::kObj},
                      {",", Upos::kPUNCT, 9, Deprel::kPunct},
                      {"was", Upos::kAUX, 9, Deprel::kAuxPass, Xpos::kVBD},
                      {"attacked", Upos::kVERB, 6, Deprel::kAcl, Xpos::kVBN},
                      {"by", Upos::kADP, 11, Deprel::kCase},
                      {"jets", Upos::kNOUN, 9, Deprel::kObl},
                      {".", Upos::kPUNCT, 2, Deprel::kPunct}});
  auto repaired = RepairedTree(s);
  ASSERT_TRUE(repaired.has_value());
  ASSERT_TRUE(IsTree(*repaired));
  const std::vector<Word>& w = repaired->words;
  EXPECT_EQ(w[8].head, 0);
  EXPECT_EQ(w[8].xpos, Xpos::kVBN);  // still a participle
  EXPECT_EQ(w[1].head, 9);
  EXPECT_EQ(w[1].deprel, Deprel::kNsubjPass);
  EXPECT_EQ(w[7].head, 9);
  EXPECT_EQ(w[7].deprel, Deprel::kAuxPass);
  EXPECT_EQ(w[10].head, 9);  // "by jets"
}

TEST(TreeRepair, NoMainVerbRepairOutsideItsShape) {
  // The verb has a subject of its own: "Israel, which struck Gaza, said
  // Egypt rejected ..." is read right when "rejected" has "Egypt".
  std::vector<Row> subject = IsraelWhichStruck();
  subject.insert(subject.begin() + 8, Row{"Egypt", Upos::kPROPN, 10, Deprel::kNsubj});
  for (size_t i = 0; i < subject.size(); ++i) {
    if (i != 8 && subject[i].head > 8) ++subject[i].head;
  }
  subject[8].head = 10;
  EXPECT_FALSE(RepairedTree(Build(subject)).has_value());
  // The opening phrase is an oblique: "In Gaza, which Hamas runs, ...".
  Sentence oblique = Build({{"In", Upos::kADP, 2, Deprel::kCase},
                            {"Gaza", Upos::kPROPN, 0, Deprel::kRoot},
                            {",", Upos::kPUNCT, 6, Deprel::kPunct},
                            {"which", Upos::kPRON, 6, Deprel::kObj},
                            {"Hamas", Upos::kPROPN, 6, Deprel::kNsubj},
                            {"runs", Upos::kVERB, 2, Deprel::kAclRelcl, Xpos::kVBZ},
                            {",", Upos::kPUNCT, 8, Deprel::kPunct},
                            {"struck", Upos::kVERB, 6, Deprel::kConj, Xpos::kVBD},
                            {"schools", Upos::kNOUN, 8, Deprel::kObj}});
  EXPECT_FALSE(RepairedTree(oblique).has_value());
  // The root comes after the verb: "..., rejected the plan, officials said".
  std::vector<Row> reported = IsraelWhichStruck();
  reported[0] = {"Israel", Upos::kPROPN, 14, Deprel::kNsubj};
  reported[8].head = 14;
  reported[8].deprel = Deprel::kCcomp;
  reported[11] = {",", Upos::kPUNCT, 14, Deprel::kPunct};
  reported.push_back({"officials", Upos::kNOUN, 14, Deprel::kNsubj});
  reported.push_back({"said", Upos::kVERB, 0, Deprel::kRoot, Xpos::kVBD});
  EXPECT_FALSE(RepairedTree(Build(reported)).has_value());
}

// "met Abiy Ahmed in Addis Ababa" with "Ababa" read as a flat part of "Abiy".
TEST(TreeRepair, AFlatNamePartAcrossAPrepositionJoinsTheNameBeforeIt) {
  std::vector<Row> rows = {{"met", Upos::kVERB, 0, Deprel::kRoot, Xpos::kVBD},
                           {"Abiy", Upos::kPROPN, 1, Deprel::kObj},
                           {"Ahmed", Upos::kPROPN, 2, Deprel::kFlat},
                           {"in", Upos::kADP, 5, Deprel::kCase},
                           {"Addis", Upos::kPROPN, 2, Deprel::kNmod},
                           {"Ababa", Upos::kPROPN, 2, Deprel::kFlat}};
  auto repaired = RepairedTree(Build(rows));
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[5].head, 5);  // Ababa -> Addis
  EXPECT_EQ(repaired->words[5].deprel, Deprel::kFlat);
  EXPECT_EQ(repaired->words[2].head, 2);  // Ahmed stays on Abiy
  // Not across a title: "Bree Prime Minister Romendacil" is one name.
  Sentence titled = Build({{"Bree", Upos::kPROPN, 5, Deprel::kNsubj},
                           {"Prime", Upos::kADJ, 3, Deprel::kAmod},
                           {"Minister", Upos::kPROPN, 1, Deprel::kFlat},
                           {"Romendacil", Upos::kPROPN, 1, Deprel::kFlat},
                           {"clashed", Upos::kVERB, 0, Deprel::kRoot, Xpos::kVBD}});
  EXPECT_FALSE(RepairedTree(titled).has_value());
}

// "took 20 soldiers hostage in Mali", with "hostage" read as a second object
// and "in Mali" hung on it; "holding aid workers hostage" with "workers" a
// compound of "hostage".
TEST(TreeRepair, HostageAfterTheObjectOfTakeIsASecondaryPredicate) {
  auto repaired = RepairedTree(Build({{"Gunmen", Upos::kNOUN, 2, Deprel::kNsubj},
                                      {"took", Upos::kVERB, 0, Deprel::kRoot, Xpos::kVBD},
                                      {"20", Upos::kNUM, 4, Deprel::kNummod},
                                      {"soldiers", Upos::kNOUN, 2, Deprel::kObj},
                                      {"hostage", Upos::kNOUN, 2, Deprel::kObj},
                                      {"in", Upos::kADP, 7, Deprel::kCase},
                                      {"Mali", Upos::kPROPN, 5, Deprel::kNmod}}));
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[4].head, 2);  // hostage -> took, xcomp
  EXPECT_EQ(repaired->words[4].deprel, Deprel::kXcomp);
  EXPECT_EQ(repaired->words[6].head, 2);  // Mali -> took, obl
  EXPECT_EQ(repaired->words[6].deprel, Deprel::kObl);
  auto holding = RepairedTree(Build({{"rebels", Upos::kNOUN, 2, Deprel::kNsubj},
                                     {"holding", Upos::kVERB, 0, Deprel::kRoot, Xpos::kVBG},
                                     {"three", Upos::kNUM, 5, Deprel::kNummod},
                                     {"aid", Upos::kNOUN, 5, Deprel::kCompound},
                                     {"workers", Upos::kNOUN, 6, Deprel::kCompound},
                                     {"hostage", Upos::kNOUN, 2, Deprel::kObj}}));
  ASSERT_TRUE(holding.has_value());
  EXPECT_EQ(holding->words[4].head, 2);  // workers -> holding, obj
  EXPECT_EQ(holding->words[4].deprel, Deprel::kObj);
  EXPECT_EQ(holding->words[2].head, 5);  // three -> workers
  EXPECT_EQ(holding->words[5].deprel, Deprel::kXcomp);
  // Not a noun phrase going on: "took the hostage crisis to the UN".
  EXPECT_FALSE(RepairedTree(Build({{"They", Upos::kPRON, 2, Deprel::kNsubj},
                                   {"took", Upos::kVERB, 0, Deprel::kRoot, Xpos::kVBD},
                                   {"the", Upos::kDET, 5, Deprel::kDet},
                                   {"hostage", Upos::kNOUN, 5, Deprel::kCompound},
                                   {"crisis", Upos::kNOUN, 2, Deprel::kObj}}))
                   .has_value());
}

// "Iran denies supplying drones to Russia" as the parser reads the
// headline: "supplying" an adjective on "drones", the object of "denies".
TEST(TreeRepair, AGerundAfterDenyIsTheActDeniedNotAModifierOfItsObject) {
  Sentence s = Build({{"Iran", Upos::kPROPN, 2, Deprel::kNsubj},
                      {"denies", Upos::kVERB, 0, Deprel::kRoot},
                      {"supplying", Upos::kVERB, 4, Deprel::kAmod, Xpos::kVBG},
                      {"drones", Upos::kNOUN, 2, Deprel::kObj},
                      {"to", Upos::kADP, 6, Deprel::kCase},
                      {"Russia", Upos::kPROPN, 2, Deprel::kObl}});
  s.words[1].lemma = "deny";
  auto repaired = RepairedTree(s);
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[2].head, 2);  // supplying <- denies
  EXPECT_EQ(repaired->words[2].deprel, Deprel::kXcomp);
  EXPECT_EQ(repaired->words[3].head, 3);  // drones <- supplying
  EXPECT_EQ(repaired->words[3].deprel, Deprel::kObj);
  EXPECT_EQ(repaired->words[5].head, 3);  // to Russia <- supplying
  // Another verb keeps its adjective: "condemned escalating violence".
  s.words[1].lemma = "condemn";
  EXPECT_FALSE(RepairedTree(s).has_value());
}

// "Saudi, Emirati and Egyptian ministers met in Cairo" as the greedy parser
// reads it: "Saudi" an adverb of "met", "Emirati" the subject, "ministers"
// its conjunct.
TEST(TreeRepair, ACoordinatedListOfNationalitiesModifiesThePluralNounAfterIt) {
  Sentence s = Build({{"Saudi", Upos::kADJ, 7, Deprel::kAdvmod, Xpos::kJJ},
                      {",", Upos::kPUNCT, 3, Deprel::kPunct, Xpos::kCOMMA},
                      {"Emirati", Upos::kPROPN, 7, Deprel::kNsubj, Xpos::kNNP},
                      {"and", Upos::kCCONJ, 6, Deprel::kCc, Xpos::kCC},
                      {"Egyptian", Upos::kADJ, 6, Deprel::kAmod, Xpos::kJJ},
                      {"ministers", Upos::kNOUN, 3, Deprel::kConj, Xpos::kNNS},
                      {"met", Upos::kVERB, 0, Deprel::kRoot, Xpos::kVBD},
                      {"in", Upos::kADP, 9, Deprel::kCase, Xpos::kIN},
                      {"Cairo", Upos::kPROPN, 7, Deprel::kObl, Xpos::kNNP}});
  auto repaired = RepairedTree(s);
  ASSERT_TRUE(repaired.has_value());
  const std::vector<Word>& w = repaired->words;
  EXPECT_EQ(w[5].head, 7);  // ministers <- met
  EXPECT_EQ(w[5].deprel, Deprel::kNsubj);
  EXPECT_EQ(w[0].head, 6);  // Saudi <- ministers
  EXPECT_EQ(w[0].deprel, Deprel::kAmod);
  EXPECT_EQ(w[2].head, 1);  // Emirati <- Saudi
  EXPECT_EQ(w[2].deprel, Deprel::kConj);
  EXPECT_EQ(w[4].head, 1);  // Egyptian <- Saudi
  EXPECT_EQ(w[4].deprel, Deprel::kConj);
  EXPECT_EQ(w[3].head, 5);  // and <- Egyptian
  // Read right already ("French and German leaders met"): left alone.
  Sentence right = Build({{"French", Upos::kADJ, 4, Deprel::kAmod, Xpos::kJJ},
                          {"and", Upos::kCCONJ, 3, Deprel::kCc, Xpos::kCC},
                          {"German", Upos::kADJ, 1, Deprel::kConj, Xpos::kJJ},
                          {"leaders", Upos::kNOUN, 5, Deprel::kNsubj, Xpos::kNNS},
                          {"met", Upos::kVERB, 0, Deprel::kRoot, Xpos::kVBD}});
  EXPECT_FALSE(RepairedTree(right).has_value());
}

// "Police in the capital Harare fired tear gas." as the greedy parser reads
// it: "Harare" a second subject of "fired".
TEST(TreeRepair, ANameAfterTheCapitalIsItsApposition) {
  Sentence s = Build({{"Police", Upos::kNOUN, 6, Deprel::kNsubj},
                      {"in", Upos::kADP, 4, Deprel::kCase},
                      {"the", Upos::kDET, 4, Deprel::kDet},
                      {"capital", Upos::kNOUN, 1, Deprel::kNmod},
                      {"Harare", Upos::kPROPN, 6, Deprel::kNsubj},
                      {"fired", Upos::kVERB, 0, Deprel::kRoot},
                      {"tear", Upos::kNOUN, 8, Deprel::kCompound},
                      {"gas", Upos::kNOUN, 6, Deprel::kObj}});
  auto repaired = RepairedTree(s);
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[4].head, 4);  // Harare <- capital
  EXPECT_EQ(repaired->words[4].deprel, Deprel::kAppos);
  // "The capital Harare is calm" read with the name as subject and the
  // noun its modifier is left alone, and so is "visited the capital Harare"
  // read right.
  Sentence right = Build({{"visited", Upos::kVERB, 0, Deprel::kRoot},
                          {"the", Upos::kDET, 3, Deprel::kDet},
                          {"capital", Upos::kNOUN, 1, Deprel::kObj},
                          {"Harare", Upos::kPROPN, 3, Deprel::kAppos}});
  EXPECT_FALSE(RepairedTree(right).has_value());
}

// "Fighters attacked a base outside the capital using car bombs." with
// "using" a relative clause on "capital".
TEST(TreeRepair, UsingAWeaponHangsOnTheClauseVerb) {
  auto rows = std::vector<Row>{{"Fighters", Upos::kNOUN, 2, Deprel::kNsubj},
                               {"attacked", Upos::kVERB, 0, Deprel::kRoot},
                               {"a", Upos::kDET, 4, Deprel::kDet},
                               {"base", Upos::kNOUN, 2, Deprel::kObj},
                               {"outside", Upos::kADP, 7, Deprel::kCase},
                               {"the", Upos::kDET, 7, Deprel::kDet},
                               {"capital", Upos::kNOUN, 4, Deprel::kNmod},
                               {"using", Upos::kVERB, 7, Deprel::kAclRelcl},
                               {"car", Upos::kNOUN, 10, Deprel::kCompound},
                               {"bombs", Upos::kNOUN, 8, Deprel::kObj}};
  Sentence s = Build(rows);
  s.words[9].lemma = "bomb";
  auto repaired = RepairedTree(s);
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[7].head, 2);  // using <- attacked
  EXPECT_EQ(repaired->words[7].deprel, Deprel::kAdvcl);
  // "killed people using the road": what people use is not a weapon.
  Sentence road = Build(rows);
  road.words[9].lemma = "road";
  EXPECT_FALSE(RepairedTree(road).has_value());
}

// "Slovak Prime Minister Robert Fico was shot" as the greedy parser reads
// it: "Slovak" the passive subject, the name its modifier.
TEST(TreeRepair, ANationalityBeforeATitleModifiesTheTitle) {
  Sentence s = Build({{"Slovak", Upos::kPROPN, 7, Deprel::kNsubjPass},
                      {"Prime", Upos::kPROPN, 3, Deprel::kAmod},
                      {"Minister", Upos::kPROPN, 4, Deprel::kNmodDesc},
                      {"Robert", Upos::kPROPN, 1, Deprel::kNmod},
                      {"Fico", Upos::kPROPN, 4, Deprel::kFlat},
                      {"was", Upos::kAUX, 7, Deprel::kAuxPass},
                      {"shot", Upos::kVERB, 0, Deprel::kRoot}});
  auto repaired = RepairedTree(s);
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[3].head, 7);  // Robert <- shot
  EXPECT_EQ(repaired->words[3].deprel, Deprel::kNsubjPass);
  EXPECT_EQ(repaired->words[0].head, 3);  // Slovak <- Minister
  EXPECT_EQ(repaired->words[0].deprel, Deprel::kAmod);
  // Read right ("Hungarian President Tamas Sulyok signed"): left alone.
  Sentence right = Build({{"Hungarian", Upos::kADJ, 2, Deprel::kAmod},
                          {"President", Upos::kPROPN, 3, Deprel::kNmodDesc},
                          {"Tamas", Upos::kPROPN, 5, Deprel::kNsubj},
                          {"Sulyok", Upos::kPROPN, 3, Deprel::kFlat},
                          {"signed", Upos::kVERB, 0, Deprel::kRoot}});
  EXPECT_FALSE(RepairedTree(right).has_value());
}

// "Egypt called for an end to Israel's offensive in Gaza." with the "to"
// phrase hung on the verb.
TEST(TreeRepair, WhatAnEndIsPutToHangsOnEnd) {
  auto rows = std::vector<Row>{{"Egypt", Upos::kPROPN, 2, Deprel::kNsubj},
                               {"called", Upos::kVERB, 0, Deprel::kRoot},
                               {"for", Upos::kADP, 5, Deprel::kCase},
                               {"an", Upos::kDET, 5, Deprel::kDet},
                               {"end", Upos::kNOUN, 2, Deprel::kObl},
                               {"to", Upos::kADP, 9, Deprel::kCase},
                               {"Israel", Upos::kPROPN, 9, Deprel::kNmodPoss},
                               {"'s", Upos::kPART, 7, Deprel::kCase},
                               {"offensive", Upos::kNOUN, 2, Deprel::kObl}};
  auto repaired = RepairedTree(Build(rows));
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[8].head, 5);  // offensive <- end
  EXPECT_EQ(repaired->words[8].deprel, Deprel::kNmod);
  // Read right already, or a "to" phrase after another noun: left alone.
  rows[8].head = 5;
  rows[8].deprel = Deprel::kNmod;
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
  rows[8].head = 2;
  rows[8].deprel = Deprel::kObl;
  rows[4].form = "aid";
  EXPECT_FALSE(RepairedTree(Build(rows)).has_value());
}

// "The president told reporters after gunmen abducted 80 students." with
// "reporters after gunmen" read as the subject of "abducted".
TEST(TreeRepair, ATimeClauseAfterTheAddresseeOfTellHasItsOwnSubject) {
  auto rows = std::vector<Row>{{"The", Upos::kDET, 2, Deprel::kDet},
                               {"president", Upos::kNOUN, 3, Deprel::kNsubj},
                               {"told", Upos::kVERB, 0, Deprel::kRoot},
                               {"reporters", Upos::kNOUN, 7, Deprel::kNsubj},
                               {"after", Upos::kADP, 6, Deprel::kCase},
                               {"gunmen", Upos::kNOUN, 4, Deprel::kNmod},
                               {"abducted", Upos::kVERB, 3, Deprel::kCcomp},
                               {"students", Upos::kNOUN, 7, Deprel::kObj}};
  Sentence s = Build(rows);
  s.words[2].lemma = "tell";
  auto repaired = RepairedTree(s);
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->words[3].head, 3);  // reporters <- told
  EXPECT_EQ(repaired->words[3].deprel, Deprel::kObj);
  EXPECT_EQ(repaired->words[5].head, 7);  // gunmen <- abducted
  EXPECT_EQ(repaired->words[5].deprel, Deprel::kNsubj);
  EXPECT_EQ(repaired->words[4].deprel, Deprel::kMark);
  EXPECT_EQ(repaired->words[6].deprel, Deprel::kAdvcl);
  // "said officials in Abuja abducted ...": not a verb of telling, left alone.
  Sentence said = Build(rows);
  said.words[2].lemma = "say";
  EXPECT_FALSE(RepairedTree(said).has_value());
}

}  // namespace
}  // namespace khaldun::event
