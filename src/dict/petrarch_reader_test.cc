#include "dict/petrarch_reader.h"

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

// "line: reason" for each problem, to compare whole lists at once.
std::vector<std::string> Problems(const std::vector<LineProblem>& problems) {
  std::vector<std::string> out;
  for (const LineProblem& p : problems) out.push_back(std::to_string(p.line) + ": " + p.reason);
  return out;
}

std::vector<std::string> Texts(const std::vector<Phrase>& phrases) {
  std::vector<std::string> out;
  for (const Phrase& p : phrases) out.push_back(p.text);
  return out;
}

TEST(PetrarchActors, DateRestrictionsOfAllThreeKinds) {
  auto r = ParsePetrarchActors(Fixture("petrarch_actors.txt"), "actors.txt");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->actors.size(), 4u);
  const ActorEntry& otto = r->actors[1];
  EXPECT_EQ(otto.line, 13u);
  EXPECT_EQ(Texts(otto.names), (std::vector<std::string>{"OTTO_VANDERKAMP_"}));
  EXPECT_EQ(otto.codes, (std::vector<DatedCode>{
                            {"RUTELI", "", "1992-03-01"},            // [RUTELI <920301]
                            {"RUTGOV", "1992-03-01", "1999-06-15"},  // [RUTGOV 920301-19990615]
                            {"RUTOPP", "1999-06-15", ""},            // [RUTOPP > 990615]
                            {"RUTELI", "", ""},                      // no restriction
                        }));
  // Codes on the base line, one restricted.
  EXPECT_EQ(r->actors[3].codes,
            (std::vector<DatedCode>{{"GRK", "", ""}, {"GRKGOV", "2005-01-01", ""}}));
}

TEST(PetrarchActors, SynonymsAndSharedCodes) {
  auto r = ParsePetrarchActors(Fixture("petrarch_actors.txt"), "actors.txt");
  ASSERT_TRUE(r.ok());
  const ActorEntry& ruritania = r->actors[0];
  EXPECT_EQ(Texts(ruritania.names),
            (std::vector<std::string>{"RURITANIA_", "RURITANIAN_", "STRELSAU_",
                                      "REPUBLIC_OF RURITANIA"}));
  EXPECT_TRUE(ruritania.names[0].exact);
  EXPECT_EQ(ruritania.names[3].connectors, "_ ");
  EXPECT_EQ(ruritania.codes, (std::vector<DatedCode>{{"RUT", "", ""}}));
  // Two base names on consecutive lines share the code line after them.
  const ActorEntry& greta = r->actors[2];
  EXPECT_EQ(Texts(greta.names),
            (std::vector<std::string>{"GRETA_MALVOISIN_", "FOREIGN_MINISTER_MALVOISIN_"}));
  EXPECT_EQ(greta.codes, (std::vector<DatedCode>{{"RUTGOVFRM", "2010-01-01", "2014-01-01"}}));
}

TEST(PetrarchActors, MalformedLinesAreReportedAsFileLineAndReason) {
  auto r = ParsePetrarchActors(Fixture("petrarch_actors.txt"), "actors.txt");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(Problems(r->problems), (std::vector<std::string>{
                                       "27: date '991301' is not a calendar date; code skipped",
                                       "28: date range '20000101-19990101' is empty: 2000-01-01 is "
                                       "not before 1999-01-01; code skipped",
                                       "28: actor 'ZENDA_CASTLE_' has no code; skipped",
                                       "29: empty synonym line",
                                   }));
  EXPECT_EQ(r->problems[0].ToString(),
            "actors.txt:27: date '991301' is not a calendar date; code skipped");
  EXPECT_GT(r->content_lines, 15u);

  struct Case {
    const char* text;
    const char* problem;
  } cases[] = {
      {"\t[RUT]\n", "1: code line with no actor name before it"},
      {"+RURITANIAN\n", "1: synonym '+RURITANIAN' with no actor before it"},
      {"A [RUT\n", "1: '[' without a matching ']'; actor skipped"},
      {"A [RUT] trailing words\n", "1: unexpected text 'trailing words' after ']'; actor skipped"},
      {"A\n\t[RUT 990101]\n",
       "2: date restriction '990101' needs '<' (before), '>' (from) or a range"},
      {"A\n\t[990101-991231]\n",
       "2: code bracket '[990101-991231]' starts with a date: the code is missing"},
      {"A\n\t[ ]\n", "2: empty code bracket '[]'"},
      {"A\n+B [RUT]\n[RUT]\n", "2: synonym has a '[' or ']'"},
      {"<!-- never closed\nA [RUT]\n", "1: '<!--' comment is never closed"},
  };
  for (const Case& c : cases) {
    auto one = ParsePetrarchActors(c.text, "t");
    ASSERT_TRUE(one.ok());
    bool found = false;
    std::string all;
    for (const std::string& got : Problems(one->problems)) {
      found = found || got.substr(0, std::string(c.problem).size()) == c.problem;
      all += got + "\n";
    }
    EXPECT_TRUE(found) << c.text << "wanted: " << c.problem << "\ngot:\n" << all;
  }
}

TEST(PetrarchActors, StrictModeFailsNamingTheFirstProblem) {
  auto r = ParsePetrarchActors(Fixture("petrarch_actors.txt"), "actors.txt", /*strict=*/true);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("actors.txt:27: date '991301'"), std::string::npos)
      << r.status().message();
  EXPECT_NE(r.status().message().find("and 3 more problems"), std::string::npos);
  EXPECT_TRUE(ParsePetrarchActors("A [RUT]\n", "ok.txt", true).ok());
}

TEST(PetrarchAgents, PluralsPlacementAndSubstitutionSets) {
  auto r = ParsePetrarchAgents(Fixture("petrarch_agents.txt"), "agents.txt");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->agents.size(), 7u);
  const AgentEntry& harbour = r->agents[0];
  EXPECT_EQ(harbour.phrase.text, "HARBOUR_MASTER");
  EXPECT_EQ(harbour.code, "HBR");
  EXPECT_EQ(harbour.placement, AgentPlacement::kAfterActor);
  EXPECT_EQ(Texts(harbour.plurals), (std::vector<std::string>{"HARBOUR_MASTERS"}));
  EXPECT_TRUE(harbour.plurals_generated);
  EXPECT_EQ(Texts(r->agents[1].plurals),
            (std::vector<std::string>{"TOLL_COLLECTORS_OF_THE_REALM"}));
  EXPECT_FALSE(r->agents[1].plurals_generated);
  EXPECT_TRUE(r->agents[2].plurals.empty());                        // MILITIA {}
  EXPECT_EQ(r->agents[3].placement, AgentPlacement::kBeforeActor);  // [NGO~]
  EXPECT_EQ(r->agents[3].code, "NGO");
  EXPECT_EQ(Texts(r->agents[3].plurals), (std::vector<std::string>{"COMMUNITY_SOCIETIES"}));
  // ROYAL_!ENVOY! expands through the substitution set, without plurals.
  EXPECT_EQ(r->agents[4].phrase.text, "ROYAL_ENVOY");
  EXPECT_EQ(r->agents[5].phrase.text, "ROYAL_ENVOYS");
  EXPECT_EQ(r->agents[6].phrase.text, "ROYAL_EMISSARY");
  EXPECT_EQ(r->agents[6].line, 8u);
  ASSERT_EQ(r->substitutions.size(), 1u);
  EXPECT_EQ(r->substitutions[0].first, "ENVOY");
  EXPECT_EQ(Problems(r->problems), (std::vector<std::string>{
                                       "9: agent 'LANTERN_BEARER' has no [~CODE]; skipped",
                                       "10: '[' without a matching ']'; agent skipped",
                                   }));
  auto bad = ParsePetrarchAgents("A [GOV]\nB!X! [~GOV]\n", "t");
  ASSERT_TRUE(bad.ok());
  EXPECT_EQ(Problems(bad->problems),
            (std::vector<std::string>{
                "1: agent code 'GOV' needs '~' before it ([~GOV]) or after it ([NGO~])",
                "2: substitution marker !X! is not defined above; agent skipped"}));
}

TEST(PetrarchVerbs, BlocksVerbsPatternsAndSynsets) {
  auto r = ParsePetrarchVerbs(Fixture("petrarch_verbs.txt"), "verbs.txt");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->synsets.size(), 2u);
  EXPECT_EQ(r->synsets[0].name, "&BOAT");
  EXPECT_EQ(Texts(r->synsets[0].members),
            (std::vector<std::string>{"FERRY", "BARGE_", "RIVER_BOAT"}));
  EXPECT_EQ(r->synsets[1].name, "&WEEKDAY");  // written "&WEEKDAY_": no plurals
  EXPECT_TRUE(r->synsets[1].no_plurals);

  ASSERT_EQ(r->blocks.size(), 2u);
  const VerbBlock& launch = r->blocks[0];
  EXPECT_EQ(launch.name, "LAUNCH_GOODS");
  EXPECT_EQ(launch.code, (EventCode{"070", ""}));
  ASSERT_EQ(launch.verbs.size(), 3u);
  EXPECT_EQ(Texts(launch.verbs[0].forms),
            (std::vector<std::string>{"CONSIGNS", "CONSIGNED", "CONSIGNING"}));
  EXPECT_TRUE(launch.verbs[0].forms_generated);
  EXPECT_EQ(Texts(launch.verbs[1].forms),
            (std::vector<std::string>{"SHIPS", "SHIPPED", "SHIPPING"}));
  EXPECT_FALSE(launch.verbs[1].forms_generated);
  const VerbEntry& hand_over = launch.verbs[2];  // "+HAND_OVER [071]"
  EXPECT_EQ(hand_over.phrase.text, "HAND_OVER");
  EXPECT_EQ(hand_over.verb_word, 0u);
  EXPECT_EQ(hand_over.code, (EventCode{"071", ""}));
  EXPECT_EQ(Texts(hand_over.forms),
            (std::vector<std::string>{"HANDS_OVER", "HANDED_OVER", "HANDING_OVER"}));

  ASSERT_EQ(launch.patterns.size(), 4u);
  const VerbPattern& boat = launch.patterns[0];  // - * &BOAT (TO +) [0712]
  EXPECT_TRUE(boat.pre.empty());
  ASSERT_EQ(boat.post.size(), 5u);
  EXPECT_EQ(boat.post[0].kind, PatternTokenKind::kSynset);
  EXPECT_EQ(boat.post[0].text, "&BOAT");
  EXPECT_EQ(boat.post[1].kind, PatternTokenKind::kPrepPhraseOpen);
  EXPECT_EQ(boat.post[2].text, "TO");
  EXPECT_EQ(boat.post[3].kind, PatternTokenKind::kTarget);
  EXPECT_EQ(boat.code, (EventCode{"0712", ""}));
  EXPECT_EQ(boat.line, 17u);
  const VerbPattern& grain = launch.patterns[1];  // - $ * {GRAIN SUPPLY} (ON &WEEKDAY) [073]
  ASSERT_EQ(grain.pre.size(), 1u);
  EXPECT_EQ(grain.pre[0].kind, PatternTokenKind::kSource);
  EXPECT_EQ(grain.post[0].kind, PatternTokenKind::kNounPhraseOpen);
  EXPECT_EQ(grain.post[6].text, "&WEEKDAY");
  const VerbPattern& hastily = launch.patterns[2];  // - HASTILY_* % [042:043]
  EXPECT_TRUE(hastily.pre[0].joined);
  EXPECT_EQ(hastily.post[0].kind, PatternTokenKind::kCompound);
  EXPECT_EQ(hastily.code, (EventCode{"042", "043"}));
  EXPECT_EQ(launch.patterns[3].code, (EventCode{"", "026"}));  // [:026]

  // "&BOAT_FARES" is not a synset, but &BOAT joined to FARES is.
  const VerbPattern& fares = r->blocks[1].patterns[0];
  ASSERT_EQ(fares.post.size(), 3u);
  EXPECT_EQ(fares.post[1].text, "&BOAT");
  EXPECT_TRUE(fares.post[1].joined);
  EXPECT_EQ(fares.post[2].text, "FARES");
  ASSERT_EQ(r->transformations.size(), 1u);
  EXPECT_EQ(r->transformations[0].pattern, "a (a b MUTTER) SAY");
  EXPECT_EQ(r->transformations[0].result, "a b 111");

  EXPECT_EQ(Problems(r->problems), (std::vector<std::string>{
                                       "21: synset &UNKNOWNSET is not defined; pattern skipped",
                                       "22: '(' without a matching ')'; pattern skipped",
                                       "23: pattern has no [code] at its end; pattern skipped",
                                   }));
}

TEST(PetrarchVerbs, LinesOutsideBlocksAndBadHeadersAreReported) {
  auto r = ParsePetrarchVerbs(
      "- * EARLY [010]\n"
      "EARLY_VERB\n"
      "--- BAD [010:] ---\n"
      "ORPHAN\n"
      "- * ORPHAN [010]\n"
      "--- GOOD [010] ---\n"
      "WIRE_TAP\n"
      "TWO_+PLUS_+SIGNS\n"
      "FINE\n",
      "v.txt");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(Problems(r->problems),
            (std::vector<std::string>{
                "1: pattern before any '--- NAME [code] ---' block",
                "2: verb 'EARLY_VERB' before any '--- NAME [code] ---' block",
                "3: code '[010:]' is not CODE or CODE:CODE; block skipped",
                "4: line belongs to a skipped verb block; skipped",
                "5: line belongs to a skipped verb block; skipped",
                "7: multi-word verb 'WIRE_TAP' needs '+' on the word that inflects (+CORDON_OFF); "
                "verb skipped",
                "8: verb 'TWO_+PLUS_+SIGNS' has more than one '+'; verb skipped",
            }));
  ASSERT_EQ(r->blocks.size(), 1u);
  EXPECT_EQ(r->blocks[0].verbs.size(), 1u);
}

TEST(PetrarchVerbs, AHeaderWithTwoCodesTakesTheFirst) {
  // As PETRARCH reads "--- DELAY [120] [031:031] ---".
  auto r = ParsePetrarchVerbs("--- DELAY [120] [031:031] ---\nDELAY\n- % HAVE * [191]\n", "v.txt");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(Problems(r->problems),
            (std::vector<std::string>{
                "1: verb block header has more than one code; the first is the block's"}));
  ASSERT_EQ(r->blocks.size(), 1u);
  EXPECT_EQ(r->blocks[0].code.primary, "120");
  EXPECT_EQ(r->blocks[0].verbs.size(), 1u);
  EXPECT_EQ(r->blocks[0].patterns.size(), 1u);
}

// Regression: a '+' line after a nameless "&" label used to index an empty
// synset list (found by a mutation stress run under UBSan).
TEST(PetrarchVerbs, NamelessSynsetSkipsItsMembers) {
  auto r = ParsePetrarchVerbs("&\n+MEMBER\n&_\n+OTHER\n", "v.txt");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->synsets.empty());
  EXPECT_EQ(Problems(r->problems), (std::vector<std::string>{
                                       "1: synset label has no name; its members are skipped",
                                       "2: member of a skipped synset; skipped",
                                       "3: synset label has no name; its members are skipped",
                                       "4: member of a skipped synset; skipped",
                                   }));
}

TEST(PetrarchDiscards, SentenceAndStoryDiscards) {
  auto r = ParsePetrarchDiscards(Fixture("petrarch_discards.txt"), "discards.txt");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->discards.size(), 3u);
  EXPECT_EQ(r->discards[0].phrase.words, (std::vector<std::string>{"REGATTA", "RESULTS"}));
  EXPECT_FALSE(r->discards[0].story);
  EXPECT_TRUE(r->discards[1].story);  // +CHESS_OLYMPIAD
  EXPECT_EQ(r->discards[1].phrase.text, "CHESS_OLYMPIAD");
  EXPECT_TRUE(r->discards[2].phrase.exact);  // ROWING_
  EXPECT_EQ(Problems(r->problems), (std::vector<std::string>{"5: empty discard phrase"}));
}

TEST(PetrarchIssues, CategoriesFormsAndExclusions) {
  auto r = ParsePetrarchIssues(Fixture("petrarch_issues.txt"), "issues.txt");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->issues.size(), 5u);
  EXPECT_EQ(r->issues[0].category, "CANALS");
  EXPECT_EQ(r->issues[0].type, "ALL");
  EXPECT_EQ(r->issues[0].code, "CANAL_STAFF");
  EXPECT_EQ(r->issues[0].forms, (std::vector<std::string>{"lock keeper", "lock keepers"}));
  EXPECT_EQ(r->issues[1].forms,
            (std::vector<std::string>{"dredge", "dredged", "dredges", "dredging"}));
  EXPECT_EQ(r->issues[2].forms, (std::vector<std::string>{"tow path", "tow-path"}));
  EXPECT_EQ(r->issues[3].exclusion, 1);
  EXPECT_EQ(r->issues[3].forms, (std::vector<std::string>{"toy boat", "toy boats"}));
  EXPECT_EQ(r->issues[4].exclusion, 2);
  EXPECT_EQ(r->issues[4].code, "");
  EXPECT_EQ(Problems(r->problems), (std::vector<std::string>{
                                       "8: issue phrase 'ferry timetable' has no [CODE]; skipped",
                                       "10: </ISSUE> without an open <ISSUE>",
                                   }));
  // A phrase that would expand to too many forms is refused, not expanded.
  std::string many = "<ISSUE CATEGORY=\"X\">\n";
  for (int i = 0; i < 12; ++i) many += "a+";
  many += "b [X]\n</ISSUE>\n";
  auto capped = ParsePetrarchIssues(many, "t");
  ASSERT_TRUE(capped.ok());
  EXPECT_TRUE(capped->issues.empty());
  ASSERT_EQ(capped->problems.size(), 1u);
  EXPECT_NE(capped->problems[0].reason.find("more than 256 forms"), std::string::npos);
}

// Readers take untrusted bytes: truncations, random mutations and random
// bytes must never crash (run under ASan/UBSan in CI) and, without strict,
// always return OK.
TEST(PetrarchFuzz, RandomAndTruncatedBytesNeverCrash) {
  std::vector<std::string> seeds;
  for (const char* f : {"petrarch_actors.txt", "petrarch_agents.txt", "petrarch_verbs.txt",
                        "petrarch_discards.txt", "petrarch_issues.txt"}) {
    seeds.push_back(Fixture(f));
  }
  auto all = [](std::string_view bytes) {
    EXPECT_TRUE(ParsePetrarchActors(bytes, "f").ok());
    EXPECT_TRUE(ParsePetrarchAgents(bytes, "f").ok());
    EXPECT_TRUE(ParsePetrarchVerbs(bytes, "f").ok());
    EXPECT_TRUE(ParsePetrarchDiscards(bytes, "f").ok());
    EXPECT_TRUE(ParsePetrarchIssues(bytes, "f").ok());
  };
  for (const std::string& s : seeds) {
    for (size_t n = 0; n <= s.size(); ++n) all(std::string_view(s).substr(0, n));
  }
  std::mt19937 rng(7);
  const std::string alphabet = "[]{}()<>!-+~*&$%^_#;:|= \t\n\rAZaz09\"/\\";
  for (int iter = 0; iter < 2000; ++iter) {
    std::string s = seeds[rng() % seeds.size()];
    int edits = 1 + static_cast<int>(rng() % 8);
    for (int k = 0; k < edits && !s.empty(); ++k) {
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
  for (int iter = 0; iter < 500; ++iter) {
    std::string s(rng() % 300, '\0');
    for (char& c : s) c = alphabet[rng() % alphabet.size()];
    all(s);
  }
}

}  // namespace
}  // namespace khaldun::dict
