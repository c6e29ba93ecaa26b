#include "dict/source_syntax.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace khaldun::dict {
namespace {

TEST(PetrarchSyntax, DatesUseTheCenturyRuleAndCheckTheCalendar) {
  struct Case {
    const char* in;
    const char* iso;  // nullptr: rejected
  } cases[] = {
      {"300101", "2030-01-01"},  // yy <= 30 is 20yy
      {"310101", "1931-01-01"},  // otherwise 19yy
      {"011222", "2001-12-22"},
      {"19270101", "1927-01-01"},
      {"20120229", "2012-02-29"},  // leap year
      {"20000229", "2000-02-29"},  // divisible by 400
      {"19000229", nullptr},       // divisible by 100 only
      {"20130229", nullptr},
      {"991301", nullptr},      // month 13
      {"990431", nullptr},      // April has 30 days
      {"9008223", nullptr},     // seven digits
      {"1920030320", nullptr},  // ten digits
      {"", nullptr},
      {"12a456", nullptr},
  };
  for (const Case& c : cases) {
    std::string iso, why;
    bool ok = ParseDate(c.in, &iso, &why);
    EXPECT_EQ(ok, c.iso != nullptr) << c.in << ": " << why;
    if (ok && c.iso) {
      EXPECT_EQ(iso, c.iso) << c.in;
    }
    if (!ok) {
      EXPECT_NE(why.find(c.in), std::string::npos) << why;
    }
  }
}

TEST(PetrarchSyntax, DatedCodesOfEveryShape) {
  struct Case {
    const char* in;
    const char* code;  // nullptr: rejected
    const char* from;
    const char* to;
  } cases[] = {
      {"RUT", "RUT", "", ""},
      {" RUTGOV 920301-990615 ", "RUTGOV", "1992-03-01", "1999-06-15"},
      {"RUTELI <920301", "RUTELI", "", "1992-03-01"},
      {"RUTOPP >990615", "RUTOPP", "1999-06-15", ""},
      {"RUTOPP > 990615", "RUTOPP", "1999-06-15", ""},                       // space after '>'
      {"RUTGOV 19920301 - 19990615", "RUTGOV", "1992-03-01", "1999-06-15"},  // spaces round '-'
      {"--- <950630", "---", "", "1995-06-30"},
      {"RUT/GRK", "RUT/GRK", "", ""},
      {"RUTGOV 20121204", nullptr, "", ""},       // a bare date: before or after?
      {"RUTGOV 990615-920301", nullptr, "", ""},  // reversed range
      {"RUTGOV 990615-990615", nullptr, "", ""},  // empty range
      {"991201-010114", nullptr, "", ""},         // the code is missing
      {"", nullptr, "", ""},
  };
  for (const Case& c : cases) {
    DatedCode code;
    std::string why;
    bool ok = ParseDatedCode(c.in, &code, &why);
    EXPECT_EQ(ok, c.code != nullptr) << c.in << ": " << why;
    if (!ok || !c.code) continue;
    EXPECT_EQ(code, (DatedCode{c.code, c.from, c.to})) << c.in;
  }
}

TEST(PetrarchSyntax, EventCodesMayBePaired) {
  EventCode c;
  std::string why;
  ASSERT_TRUE(ParseEventCode("042:043", &c, &why));
  EXPECT_EQ(c, (EventCode{"042", "043"}));
  ASSERT_TRUE(ParseEventCode(" :026 ", &c, &why));
  EXPECT_EQ(c, (EventCode{"", "026"}));
  ASSERT_TRUE(ParseEventCode("---", &c, &why));
  EXPECT_EQ(c, (EventCode{"---", ""}));
  EXPECT_FALSE(ParseEventCode("042:", &c, &why));
  EXPECT_FALSE(ParseEventCode(":", &c, &why));
  EXPECT_FALSE(ParseEventCode("1:2:3", &c, &why));
  EXPECT_FALSE(ParseEventCode("  ", &c, &why));
}

TEST(PetrarchSyntax, PhrasesKeepConnectorsAndTheExactMark) {
  Phrase p = ParsePhrase("  AL_GORE  ");
  EXPECT_EQ(p.text, "AL_GORE");
  EXPECT_EQ(p.words, (std::vector<std::string>{"AL", "GORE"}));
  EXPECT_EQ(p.connectors, "_");
  EXPECT_FALSE(p.exact);
  p = ParsePhrase("REPUBLIC_OF RURITANIA_");
  EXPECT_EQ(p.words, (std::vector<std::string>{"REPUBLIC", "OF", "RURITANIA"}));
  EXPECT_EQ(p.connectors, "_ ");
  EXPECT_TRUE(p.exact);
  EXPECT_EQ(JoinPhrase(p), "REPUBLIC_OF RURITANIA_");
  EXPECT_TRUE(ParsePhrase("___").words.empty());
}

TEST(PetrarchSyntax, RegularInflections) {
  struct Case {
    const char* word;
    const char* plural;
    std::vector<std::string> verb;
  } cases[] = {
      {"ARMY", "ARMIES", {"ARMIES", "ARMIED", "ARMYING"}},
      {"ENVOY", "ENVOYS", {"ENVOYS", "ENVOYED", "ENVOYING"}},
      {"box", "boxes", {"boxes", "boxed", "boxing"}},
      {"MARCH", "MARCHES", {"MARCHES", "MARCHED", "MARCHING"}},
      {"RAKE", "RAKES", {"RAKES", "RAKED", "RAKING"}},
      {"FREE", "FREES", {"FREES", "FREED", "FREEING"}},
      {"DIE", "DIES", {"DIES", "DIED", "DYING"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Plural(c.word), c.plural) << c.word;
    EXPECT_EQ(VerbForms(c.word), c.verb) << c.word;
  }
}

TEST(PetrarchSyntax, CommentsAreStrippedOutsideBrackets) {
  SourceLines lines(
      "# comment\n"
      "A [B] # tail\r\n"
      "\n"
      "C [###] # the hashes are a code\n"
      "<!-- one --> D <!-- two\n"
      "still two --> E\n",
      Dialect::kPetrarch);
  std::string_view line;
  size_t n = 0;
  std::vector<std::pair<std::string, size_t>> got;
  while (lines.Next(&line, &n)) got.emplace_back(std::string(line), n);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, size_t>>{
                     {"A [B]", 2}, {"C [###]", 4}, {"D", 5}, {"E", 6}}));
  EXPECT_EQ(lines.unterminated_comment_line(), 0u);

  SourceLines tabari("A [X] ;comment\n#B [Y]\n// option comment\n~~FINISH\nC [Z]\n",
                     Dialect::kTabari);
  got.clear();
  while (tabari.Next(&line, &n)) got.emplace_back(std::string(line), n);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, size_t>>{{"A [X]", 1}}));
  EXPECT_TRUE(tabari.ended_at_marker());
}

TEST(PetrarchSyntax, PatternsSplitAroundTheVerb) {
  VerbPattern p;
  std::string why;
  ASSERT_TRUE(
      ParsePattern(" $ HASTILY_* {GRAIN SUPPLY} (TO +) [042:043]", Dialect::kPetrarch, &p, &why))
      << why;
  ASSERT_EQ(p.pre.size(), 2u);
  EXPECT_EQ(p.pre[0].kind, PatternTokenKind::kSource);
  EXPECT_EQ(p.pre[1].text, "HASTILY");
  EXPECT_TRUE(p.pre[1].joined);  // joined to the verb
  ASSERT_EQ(p.post.size(), 8u);
  EXPECT_EQ(p.post[0].kind, PatternTokenKind::kNounPhraseOpen);
  EXPECT_EQ(p.post[2].text, "SUPPLY");
  EXPECT_EQ(p.post[4].kind, PatternTokenKind::kPrepPhraseOpen);
  EXPECT_EQ(p.post[6].kind, PatternTokenKind::kTarget);
  EXPECT_EQ(p.code, (EventCode{"042", "043"}));

  ASSERT_TRUE(ParsePattern("SLOWLY_*_OUT { RIVER_ | CANAL } [072]", Dialect::kTabari, &p, &why))
      << why;
  EXPECT_TRUE(p.verb_joined);
  ASSERT_EQ(p.post.size(), 2u);
  EXPECT_EQ(p.post[1].kind, PatternTokenKind::kAlternatives);
  EXPECT_EQ(p.post[1].alternatives, (std::vector<std::string>{"RIVER_", "CANAL"}));

  ASSERT_TRUE(ParsePattern("IN_ * [074]", Dialect::kTabari, &p, &why)) << why;
  EXPECT_TRUE(p.pre[0].exact);
  EXPECT_FALSE(p.pre[0].joined);

  struct Bad {
    const char* body;
    const char* reason;
  } bad[] = {
      {"* (TO FRIENDS [070]", "'(' without a matching ')'"},
      {"* TO) [070]", "')' without a matching opening bracket"},
      {"* NO CODE", "no [code]"},
      {"A B [070]", "no '*'"},
      {"* A * [070]", "more than one '*'"},
      {"* A | B [070]", "'|' outside"},
      {"* { A [070]", "'{' without a matching '}'"},
  };
  for (const Bad& b : bad) {
    EXPECT_FALSE(ParsePattern(b.body, Dialect::kPetrarch, &p, &why)) << b.body;
    EXPECT_NE(why.find(b.reason), std::string::npos) << b.body << " -> " << why;
  }
}

}  // namespace
}  // namespace khaldun::dict
