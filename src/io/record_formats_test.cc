#include "io/record_formats.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "port/file.h"

namespace khaldun::io {
namespace {

// Invented records in the two formats.
constexpr char kPetrarchXml[] = R"(<Validation>
<Environment>
    <Verbfile>V.verbs.txt</Verbfile>
    <Actorfile>A.actors.txt</Actorfile>
    <Agentfile>A.agents.txt</Agentfile>
</Environment>
<Sentences>
<!-- <Sentence date="20000101" id="GONE-01" category="X"><Text>commented out</Text></Sentence> -->
<Sentence date = "19950103" id ="DEMO-02" category="DEMO" sentence="true">
<!-- paired event -->
<EventCoding sourcecode="DAGGOV" targetcode="GON" eventcode="032"></EventCoding>
<EventCoding sourcecode='"INJURY TOLL"' targetcode="GON" eventcode="033"></EventCoding>
<Text>
Dagolath's minister left for
Minas Tirith &amp; Arnor.
</Text>
<Parse>(ROOT (S (NP (NNP Dagolath))))</Parse>
</Sentence>
<Sentence date="19950101" id="FINAL" category="DEMO" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>All done.</Text>
</Sentence>
<Sentence date="19950101" id="ERROR-01" category="ERROR" sentence="true">
<EventCoding error="dateline"></EventCoding>
<Text>CEBU CITY: -- Something.</Text>
</Sentence>
</Sentences>
</Validation>
)";

TEST(RecordFormats, ReadsPetrarchRecords) {
  std::vector<std::string> problems;
  std::vector<ValidationRecord> r = ParsePetrarchRecords(kPetrarchXml, "t.xml", &problems);
  EXPECT_TRUE(problems.empty());
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0].doc.id, "DEMO-02");
  EXPECT_EQ(r[0].doc.date, "1995-01-03");
  EXPECT_EQ(r[0].category, "DEMO");
  EXPECT_EQ(r[0].doc.text, "Dagolath's minister left for Minas Tirith & Arnor.");
  ASSERT_EQ(r[0].expected.size(), 2u);
  EXPECT_EQ(r[0].expected[0], (ExpectedEvent{"DAGGOV", "GON", "032"}));
  EXPECT_EQ(r[0].expected[1].source, "\"INJURY TOLL\"");
  EXPECT_TRUE(r[1].expected.empty());
  EXPECT_TRUE(r[1].scored);
  EXPECT_EQ(r[2].error, "dateline");
  EXPECT_TRUE(r[2].expected.empty());
  PetrarchEnvironment env = ParsePetrarchEnvironment(kPetrarchXml);
  EXPECT_EQ(env.verbs, "V.verbs.txt");
  EXPECT_EQ(env.actors, (std::vector<std::string>{"A.actors.txt"}));
  EXPECT_EQ(env.agents, "A.agents.txt");
  EXPECT_EQ(env.discards, "");
}

TEST(RecordFormats, ConfigNewActorLengthAppliesToTheRecordsAfterIt) {
  constexpr char kXml[] = R"(<Sentences>
<Sentence date="19950103" id="A-01" category="X"><EventCoding noevents="True"></EventCoding>
<Text>One.</Text></Sentence>
<Config option="new_actor_length" value="4"></Config>
<Sentence date="19950103" id="A-02" category="X"><EventCoding noevents="True"></EventCoding>
<Text>Two.</Text></Sentence>
<Sentence date="19950103" id="A-03" category="X"><EventCoding noevents="True"></EventCoding>
<Text>Three.</Text></Sentence>
<Config option="new_actor_length" value="0"></Config>
<Config option="new_actor_length" value="many"></Config>
<Sentence date="19950103" id="A-04" category="X"><EventCoding noevents="True"></EventCoding>
<Text>Four.</Text></Sentence>
</Sentences>)";
  std::vector<std::string> problems;
  std::vector<ValidationRecord> r = ParsePetrarchRecords(kXml, "t.xml", &problems);
  ASSERT_EQ(r.size(), 4u);
  EXPECT_EQ(r[0].new_actor_length, 0);
  EXPECT_EQ(r[1].new_actor_length, 4);
  EXPECT_EQ(r[2].new_actor_length, 4);
  EXPECT_EQ(r[3].new_actor_length, 0);
  ASSERT_EQ(problems.size(), 1u);  // "many" is no word count
  EXPECT_NE(problems[0].find("t.xml:10:"), std::string::npos) << problems[0];
}

TEST(RecordFormats, WritesApartTheWordsTheParseTreeHasApart) {
  constexpr char kXml[] = R"(<Sentences>
<Sentence date="19950103" id="U-01" category="X">
<EventCoding sourcecode="GON" targetcode="DOL" eventcode="160"></EventCoding>
<Text>Gondor warned Dol_Amroth and Minas_Tirith.</Text>
<Parse>(ROOT (S (NP (NNP Gondor)) (VP (VBD warned) (NP (NNP Dol) (NNP Amroth)
 (CC and) (NNP Minas_Tirith))) (. .)))</Parse>
</Sentence>
<Sentence date="19950103" id="U-02" category="X">
<EventCoding sourcecode="GON" targetcode="DOL" eventcode="160"></EventCoding>
<Text>Gondor warned Dol_Amroth.</Text>
</Sentence>
</Sentences>)";
  std::vector<ValidationRecord> r = ParsePetrarchRecords(kXml, "t.xml", nullptr);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].doc.text, "Gondor warned Dol Amroth and Minas_Tirith.");
  EXPECT_EQ(r[1].doc.text, "Gondor warned Dol_Amroth.");  // no parse tree to go by
}

constexpr char kTabariText[] = R"(
##########################
#   header comment
##########################

000101  START-00
Validation suite start.
/*\n----------
\n[Comments with {} braces are commentary]
\n{+++}  */

950101  TIME-Modify
Option record.
/*\n-------
\n{ OPTION: SET: TIME SHIFT = FALSE } */

950106  DEMO-06
The Calenardhon government condemned an attack
by Osgiliath soldiers.
/*\n------------------------------------------------------------------
\n[Coding two events]
\n{ CALGOV / OSGMIL / 122 } 950106
\n-{ CALGOV / ITH / 050  } disabled */

990101  FINAL-01
This is the end.
\n

990101  AFTER-01
Not read with a stop prefix.
/* \n{---} */
)";

TEST(RecordFormats, ReadsTabariRecords) {
  std::vector<std::string> problems;
  std::vector<ValidationRecord> r = ParseTabariRecords(kTabariText, "v.text", &problems);
  ASSERT_EQ(r.size(), 5u);
  EXPECT_EQ(r[0].doc.id, "START-00");
  EXPECT_EQ(r[0].doc.date, "2000-01-01");
  EXPECT_TRUE(r[0].expected.empty());
  EXPECT_TRUE(r[0].scored);
  EXPECT_FALSE(r[1].scored);  // an option record
  EXPECT_EQ(r[2].doc.id, "DEMO-06");
  EXPECT_EQ(r[2].category, "DEMO");
  EXPECT_EQ(r[2].doc.date, "1995-01-06");
  EXPECT_EQ(r[2].doc.text,
            "The Calenardhon government condemned an attack by Osgiliath soldiers.");
  ASSERT_EQ(r[2].expected.size(), 1u);
  EXPECT_EQ(r[2].expected[0], (ExpectedEvent{"CALGOV", "OSGMIL", "122"}));
  EXPECT_FALSE(r[3].scored);  // no expectation at all
  EXPECT_EQ(r[4].doc.id, "AFTER-01");
  std::vector<ValidationRecord> stopped = ParseTabariRecords(kTabariText, "v.text", &problems, "FINAL");
  ASSERT_EQ(stopped.size(), 4u);
  EXPECT_EQ(stopped.back().doc.id, "FINAL-01");
}

// The PETRARCH unit-test records from ../shared, when present.
TEST(RecordFormats, ReadsEveryPetrarchUnitTestRecord) {
  const std::string path =
      std::string(KHALDUN_SHARED_DIR) + "/data/petrarch/PETR.UnitTest.records.xml";
  auto bytes = port::ReadFile(path);
  if (!bytes.ok()) {
    GTEST_SKIP() << path
                 << " not found: the shared reference data (../shared) is only on development "
                    "machines";
  }
  std::vector<std::string> problems;
  std::vector<ValidationRecord> r = ParsePetrarchRecords(*bytes, path, &problems);
  EXPECT_TRUE(problems.empty());
  // Every <Sentence> start tag outside comments is a record.
  size_t sentences = 0, pos = 0;
  while ((pos = bytes->find("<Sentence ", pos)) != std::string::npos) {
    ++sentences;
    ++pos;
  }
  EXPECT_EQ(r.size(), sentences);
  size_t with_text = 0, with_date = 0;
  for (const ValidationRecord& rec : r) {
    if (!rec.doc.text.empty()) ++with_text;
    if (!rec.doc.date.empty()) ++with_date;
  }
  EXPECT_EQ(with_text, r.size());
  EXPECT_EQ(with_date, r.size());
  std::printf("%zu PETRARCH unit-test records\n", r.size());
}

}  // namespace
}  // namespace khaldun::io
