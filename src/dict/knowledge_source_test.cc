#include "dict/knowledge_source.h"

#include <gtest/gtest.h>

namespace khaldun::dict {
namespace {

TEST(KnowledgeSource, ReadsActorsWithDatedCodes) {
  KnowledgeSource s;
  ParseKnowledgeFile(
      "# people\n@kind person\n"
      "Nicolas Sarkozy; Sarkozy | FRAGOV 2007-05-16..2012-05-15; FRAELI 2012-05-16..  # note\n"
      "\n",
      "people.txt", SourceFileType::kActors, &s);
  ASSERT_TRUE(s.problems.empty()) << s.problems[0].ToString();
  ASSERT_EQ(s.actors.size(), 1u);
  const KbActor& a = s.actors[0];
  EXPECT_EQ(a.kind, ActorKind::kPerson);
  EXPECT_EQ(a.names, (std::vector<std::string>{"Nicolas Sarkozy", "Sarkozy"}));
  ASSERT_EQ(a.codes.size(), 2u);
  EXPECT_EQ(a.CodeOn("2010-01-01"), "FRAGOV");
  EXPECT_EQ(a.CodeOn("2012-05-15"), "FRAGOV");  // inclusive end
  EXPECT_EQ(a.CodeOn("2012-05-16"), "FRAELI");
  EXPECT_EQ(a.CodeOn("2000-01-01"), "");        // not yet in office: no code
  EXPECT_EQ(a.where.line, 3u);
}

TEST(KnowledgeSource, ReadsCodesForACountryOfOperation) {
  KnowledgeSource s;
  ParseKnowledgeFile(
      "@kind group\n"
      "Islamic State; ISIS | IRQINS; SYRINS in SYR; LBYINS in LBY 2015-01-01..2016-12-31\n"
      "Bad Group | XXXINS in SY\n",
      "groups.txt", SourceFileType::kActors, &s);
  ASSERT_EQ(s.actors.size(), 1u);
  ASSERT_EQ(s.problems.size(), 1u);  // 'in SY': not a 3-letter country code
  EXPECT_EQ(s.problems[0].line, 3u);
  const KbActor& a = s.actors[0];
  EXPECT_EQ(a.codes[1].in_country, "SYR");
  // The default never takes a country's code; CodeIn does, dates applying.
  EXPECT_EQ(a.CodeOn("2016-01-01"), "IRQINS");
  EXPECT_EQ(a.CodeOn(""), "IRQINS");
  EXPECT_EQ(a.CodeIn("2016-01-01", "SYR"), "SYRINS");
  EXPECT_EQ(a.CodeIn("2016-01-01", "LBY"), "LBYINS");
  EXPECT_EQ(a.CodeIn("2018-01-01", "LBY"), "");
  EXPECT_EQ(a.CodeIn("2016-01-01", "IRQ"), "");
}

TEST(KnowledgeSource, MalformedLinesAreReportedWithFileAndLineAndSkipped) {
  KnowledgeSource s;
  ParseKnowledgeFile(
      "Syria | SYR\n"                       // 1: before @kind
      "@kind country\n"                     // 2
      "Syria; Syrian | SYR\n"               // 3: fine
      "Egypt | egy\n"                       // 4: lower-case code
      "Iraq\n"                              // 5: no codes
      "Assad | SYRGOV 2000-13-01..\n"       // 6: bad month
      "Libya | LBY 2011..2012\n"            // 7: not ISO
      "@kind planet\n",                     // 8: unknown kind
      "c.txt", SourceFileType::kActors, &s);
  EXPECT_EQ(s.actors.size(), 1u);
  ASSERT_EQ(s.problems.size(), 6u);
  std::vector<size_t> lines;
  for (const auto& p : s.problems) {
    lines.push_back(p.line);
    EXPECT_EQ(p.file, "c.txt");
    EXPECT_FALSE(p.reason.empty());
  }
  EXPECT_EQ(lines, (std::vector<size_t>{1, 4, 5, 6, 7, 8}));
}

TEST(KnowledgeSource, ReadsPatternsWithOptions) {
  KnowledgeSource s;
  ParseKnowledgeFile(
      "046 | verb hold | obj=talk|negotiation; target=with; symmetric\n"
      "195 | noun air strike | target=on|against; source=by|poss\n"
      "042 | verb visit | target=obj; reverse=043\n"
      "0874 | verb step down | target-optional\n"
      "190 | verb fire | target=on; not-obj=official|worker; not-xcomp=stop; not-prep=for\n"
      "190 | verb intervene | adv=militarily; target=in\n"
      "162 | verb warn | target=skip:at|skip:obj\n"
      "906 | verb clash | before=unexpectedly did_n't|wo_n't_; after=over efforts; compound=subj\n"
      "--- | verb back | after=by tanks\n"
      "19x | verb attack |\n"                     // bad code
      "190 | adverb attack |\n"                   // bad kind
      "190 | verb attack | target=Obj-ish\n"      // bad slot
      "190 | verb attack | target=skip:\n"        // bad slot
      "190 | verb attack | colour=red\n",         // unknown option
      "patterns.txt", SourceFileType::kPatterns, &s);
  ASSERT_EQ(s.patterns.size(), 9u);
  EXPECT_EQ(s.problems.size(), 5u);
  const KbPattern& p = s.patterns[0];
  EXPECT_EQ(p.cameo, "046");
  EXPECT_EQ(p.lemma, "hold");
  EXPECT_EQ(p.objects, (std::vector<std::string>{"talk", "negotiation"}));
  EXPECT_EQ(p.targets, (std::vector<std::string>{"with"}));
  EXPECT_TRUE(p.symmetric);
  EXPECT_EQ(s.patterns[1].kind, PredicateKind::kNoun);
  EXPECT_EQ(s.patterns[1].lemma, "air strike");
  EXPECT_EQ(s.patterns[2].reverse, "043");
  EXPECT_TRUE(s.patterns[3].target_optional);
  EXPECT_EQ(s.patterns[4].not_objects, (std::vector<std::string>{"official", "worker"}));
  EXPECT_EQ(s.patterns[4].not_xcomps, (std::vector<std::string>{"stop"}));
  EXPECT_EQ(s.patterns[4].not_preps, (std::vector<std::string>{"for"}));
  EXPECT_EQ(s.patterns[5].adverbs, (std::vector<std::string>{"militarily"}));
  EXPECT_EQ(s.patterns[6].targets, (std::vector<std::string>{"skip:at", "skip:obj"}));
  EXPECT_EQ(s.patterns[7].before, (std::vector<std::string>{"unexpectedly", "did_n't|wo_n't_"}));
  EXPECT_EQ(s.patterns[7].after, (std::vector<std::string>{"over", "efforts"}));
  EXPECT_EQ(s.patterns[7].compound, "subj");
  EXPECT_TRUE(s.patterns[8].IsNoEvent());
  // ToLine reads back to the same pattern.
  for (const KbPattern& q : s.patterns) {
    KnowledgeSource again;
    ParseKnowledgeFile(q.ToLine(), "x", SourceFileType::kPatterns, &again);
    ASSERT_EQ(again.patterns.size(), 1u) << q.ToLine();
    EXPECT_EQ(again.patterns[0], q) << q.ToLine();
  }
}

TEST(KnowledgeSource, AgentsIssuesPlacesAndBinaryJunk) {
  KnowledgeSource s;
  ParseKnowledgeFile("troops; soldiers | MIL\nrebels | rebel\nMSF | NGO~\n", "agents.txt",
                     SourceFileType::kAgents, &s);
  ParseKnowledgeFile("nuclear program | NUCLEAR\n", "issues.txt", SourceFileType::kIssues, &s);
  ParseKnowledgeFile("Misrata; Misratah | LBY | Misratah\nTripoli | Libya | Tripoli\n"
                     "Fla. | USA | Florida | division\nIa. | USA | Iowa | county\n",
                     "places.txt", SourceFileType::kPlaces, &s);
  ParseKnowledgeFile(std::string("@kind country\nSyria | SYR\0junk\n", 30), "bin.txt",
                     SourceFileType::kActors, &s);
  ASSERT_EQ(s.agents.size(), 2u);
  EXPECT_FALSE(s.agents[0].before_actor);
  EXPECT_EQ(s.agents[1].roles, "NGO");  // "NGO~": written before the country
  EXPECT_TRUE(s.agents[1].before_actor);
  EXPECT_EQ(s.issues.size(), 1u);
  EXPECT_EQ(s.places.size(), 2u);
  EXPECT_EQ(s.places[1].gazetteer_name, "Florida");
  EXPECT_EQ(s.actors.size(), 0u);
  EXPECT_EQ(s.problems.size(), 4u);
  EXPECT_EQ(SourceFileTypeFor("data/kb/agents.txt"), SourceFileType::kAgents);
  EXPECT_EQ(SourceFileTypeFor("data/kb/people.txt"), SourceFileType::kActors);
}

}  // namespace
}  // namespace khaldun::dict
