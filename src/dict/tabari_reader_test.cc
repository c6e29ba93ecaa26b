#include "dict/tabari_reader.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "port/file.h"

namespace khaldun::dict {
namespace {

// Invented fixtures, written for these tests (no third-party entries).
const std::string kFixtures = std::string(KHALDUN_SOURCE_DIR) + "/tests/fixtures/dict/";

std::string Fixture(const std::string& name) {
  auto r = port::ReadFile(kFixtures + name);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? *r : std::string();
}

std::vector<std::string> Problems(const std::vector<LineProblem>& problems) {
  std::vector<std::string> out;
  for (const LineProblem& p : problems) out.push_back(std::to_string(p.line) + ": " + p.reason);
  return out;
}

TEST(TabariProject, ReadsTheDictionariesItNames) {
  auto r = ReadTabariProject(kFixtures + "tabari_fixture.project");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->project.description, "Invented TABARI project for khaldun's reader tests");
  EXPECT_EQ(r->project.sessions, 2u);
  ASSERT_NE(r->project.Find("verbsfile"), nullptr);
  EXPECT_EQ(*r->project.Find("verbsfile"), "tabari_fixture.verbs");
  EXPECT_EQ(r->project.Find("nosuchfile"), nullptr);
  ASSERT_TRUE(r->actors && r->verbs && r->agents && r->options);
  EXPECT_EQ(r->actors->actors.size(), 4u);
  EXPECT_EQ(r->verbs->blocks.size(), 2u);
  EXPECT_EQ(r->agents->agents.size(), 3u);
  EXPECT_EQ(r->options->options.size(), 4u);
}

TEST(TabariProject, MissingDictionaryNamesTheProjectEntry) {
  std::string dir = ::testing::TempDir();
  std::string project = dir + "/khaldun_missing.project";
  ASSERT_TRUE(port::WriteFileAtomic(project, "Test\n<verbsfile> no_such_file.verbs\n").ok());
  auto r = ReadTabariProject(project);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_NE(r.status().message().find("<verbsfile>"), std::string::npos) << r.status().message();
  EXPECT_NE(r.status().message().find("no_such_file.verbs"), std::string::npos);
}

TEST(TabariActors, DatesWithSpacesSectionsAndTheEndMarker) {
  auto r = ParseTabariActors(Fixture("tabari_fixture.actors"), "t.actors");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->actors.size(), 4u);
  EXPECT_EQ(r->actors[0].names[0].text, "RURITANIA_");
  EXPECT_TRUE(r->actors[0].names[0].exact);  // TABARI: matched whole, not as a stem
  EXPECT_FALSE(r->actors[1].names[0].exact);
  const ActorEntry& otto = r->actors[2];
  ASSERT_EQ(otto.names.size(), 2u);
  EXPECT_EQ(otto.names[1].text, "VANDERKAMP_");
  EXPECT_EQ(otto.codes, (std::vector<DatedCode>{
                            {"RUT", "", "1992-03-01"},               // [RUT < 920301]
                            {"RUTGOV", "1992-03-01", "1999-06-15"},  // [RUTGOV 920301 - 990615]
                            {"RUTOPP", "1999-06-15", ""},            // [RUTOPP > 990615]
                        }));
  // A '#' line is a comment in TABARI files; the code line after it still
  // belongs to the actor before.
  EXPECT_EQ(r->actors[3].codes, (std::vector<DatedCode>{{"RUT/GRK", "", ""}, {"RUTMIL", "", ""}}));
  EXPECT_EQ(r->nouns.size(), 2u);
  EXPECT_EQ(r->nouns[1].text, "LOCKS_");
  EXPECT_EQ(r->adjectives.size(), 1u);
  EXPECT_TRUE(r->problems.empty()) << Problems(r->problems)[0];  // nothing read after ~~FINISH
}

TEST(TabariVerbs, SynsetsTimeShiftsAlternativesAndForms) {
  auto r = ParseTabariVerbs(Fixture("tabari_fixture.verbs"), "t.verbs");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->synsets.size(), 1u);
  EXPECT_EQ(r->synsets[0].name, "&CARGO");
  EXPECT_EQ(r->synsets[0].members.size(), 2u);
  ASSERT_EQ(r->time_blocks.size(), 1u);
  EXPECT_EQ(r->time_blocks[0].name, "LAST_TIDE");
  EXPECT_EQ(r->time_blocks[0].code.primary, "-1");
  ASSERT_EQ(r->time_blocks[0].patterns.size(), 1u);
  EXPECT_EQ(r->time_blocks[0].patterns[0].code.primary, "+1");

  ASSERT_EQ(r->blocks.size(), 2u);
  const VerbBlock& ferry = r->blocks[0];
  EXPECT_EQ(ferry.name, "FERRY");
  EXPECT_EQ(ferry.code.primary, "070");
  ASSERT_EQ(ferry.patterns.size(), 4u);
  EXPECT_EQ(ferry.patterns[0].post[0].text, "&CARGO");
  EXPECT_TRUE(ferry.patterns[0].post[1].joined);  // TO_+
  EXPECT_EQ(ferry.patterns[0].post[2].kind, PatternTokenKind::kTarget);
  const VerbPattern& slowly = ferry.patterns[1];  // - SLOWLY_* { RIVER_ | CANAL } [072:073]
  EXPECT_TRUE(slowly.pre[0].joined);
  EXPECT_EQ(slowly.post[0].kind, PatternTokenKind::kAlternatives);
  EXPECT_EQ(slowly.post[0].alternatives, (std::vector<std::string>{"RIVER_", "CANAL"}));
  EXPECT_EQ(slowly.code, (EventCode{"072", "073"}));
  EXPECT_EQ(ferry.patterns[2].pre[0].kind, PatternTokenKind::kCompound);
  EXPECT_TRUE(ferry.patterns[3].pre[0].exact);  // "IN_ *"
  EXPECT_FALSE(ferry.patterns[3].pre[0].joined);

  const VerbBlock& tow = r->blocks[1];
  ASSERT_EQ(tow.verbs.size(), 1u);
  EXPECT_FALSE(tow.verbs[0].forms_generated);  // TABARI matches stems: nothing generated
  ASSERT_EQ(tow.verbs[0].forms.size(), 3u);
  EXPECT_EQ(tow.verbs[0].forms[1].text, "TOWED_");
  EXPECT_EQ(tow.patterns[0].post[0].kind, PatternTokenKind::kSkip);  // - $ * ^ + [075]

  EXPECT_EQ(Problems(r->problems), (std::vector<std::string>{
                                       "15: '{' without a matching '}'; pattern skipped",
                                       "19: verb 'MOOR' has no [code]; skipped",
                                       "20: line belongs to a skipped verb; skipped",
                                   }));
}

TEST(TabariAgents, CodesWithSpacesAndPlacement) {
  auto r = ParseTabariAgents(Fixture("tabari_fixture.agents"), "t.agents");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->agents.size(), 3u);
  EXPECT_EQ(r->agents[0].code, "LCK");  // "[ ~LCK]"
  EXPECT_TRUE(r->agents[0].plurals.empty());
  EXPECT_FALSE(r->agents[0].plurals_generated);
  EXPECT_EQ(r->agents[2].placement, AgentPlacement::kBeforeActor);
  EXPECT_EQ(Problems(r->problems),
            (std::vector<std::string>{"4: agent 'TOWPATH_WARDEN_' has no [~CODE]; skipped"}));
}

TEST(TabariOptions, CommandsLabelsAndTheEndMarker) {
  auto r = ParseTabariOptions(Fixture("tabari_fixture.options"), "t.options");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->options.size(), 4u);
  EXPECT_EQ(r->options[0].command, "COMPLEX");
  EXPECT_EQ(r->options[0].argument, "VERBS[2] CONJ[1]");
  EXPECT_EQ(r->labels, (std::vector<std::pair<std::string, std::string>>{{"070", "SHIP GOODS"},
                                                                         {"RUT", "Ruritania"}}));
  EXPECT_EQ(Problems(r->problems),
            (std::vector<std::string>{"6: option is not 'COMMAND: argument'"}));
  EXPECT_FALSE(
      ParseTabariOptions(Fixture("tabari_fixture.options"), "t.options", /*strict=*/true).ok());
}

TEST(TabariFuzz, RandomAndTruncatedBytesNeverCrash) {
  std::vector<std::string> seeds;
  for (const char* f : {"tabari_fixture.actors", "tabari_fixture.verbs", "tabari_fixture.agents",
                        "tabari_fixture.options", "tabari_fixture.project"}) {
    seeds.push_back(Fixture(f));
  }
  auto all = [](std::string_view bytes) {
    EXPECT_TRUE(ParseTabariActors(bytes, "f").ok());
    EXPECT_TRUE(ParseTabariAgents(bytes, "f").ok());
    EXPECT_TRUE(ParseTabariVerbs(bytes, "f").ok());
    EXPECT_TRUE(ParseTabariOptions(bytes, "f").ok());
    EXPECT_TRUE(ParseTabariProject(bytes, "f").ok());
  };
  for (const std::string& s : seeds) {
    for (size_t n = 0; n <= s.size(); ++n) all(std::string_view(s).substr(0, n));
  }
  std::mt19937 rng(11);
  const std::string alphabet = "[]{}()<>!-+~*&$%^_#;:|= \t\n\rAZaz09/";
  for (int iter = 0; iter < 2000; ++iter) {
    std::string s = seeds[rng() % seeds.size()];
    for (int k = 0; k < 1 + static_cast<int>(rng() % 8) && !s.empty(); ++k) {
      size_t at = rng() % s.size();
      switch (rng() % 3) {
        case 0:
          s[at] = alphabet[rng() % alphabet.size()];
          break;
        case 1:
          s.insert(at, 1, static_cast<char>(rng()));
          break;
        default:
          s.erase(at, 1 + rng() % 8);
          break;
      }
    }
    all(s);
  }
}

}  // namespace
}  // namespace khaldun::dict
