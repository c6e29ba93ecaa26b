#include "dict/field_dictionaries.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "dict/petrarch_reader.h"
#include "dict/tabari_reader.h"
#include "port/file.h"

namespace khaldun::dict {
namespace {

// Invented snippets, written for these tests.
KnowledgeSource ConvertPetrarchVerbs(const std::string& text, std::vector<LineProblem>* problems,
                                     ConversionCounts* counts) {
  auto d = ParsePetrarchVerbs(text, "verbs.txt");
  EXPECT_TRUE(d.ok()) << d.status().ToString();
  KnowledgeSource out;
  if (d.ok()) ConvertVerbs(*d, "verbs.txt", &out, problems, counts);
  return out;
}

const KbPattern* FindPattern(const KnowledgeSource& s, const std::string& lemma,
                             const std::string& cameo) {
  for (const KbPattern& p : s.patterns) {
    if (p.lemma == lemma && p.cameo == cameo) return &p;
  }
  return nullptr;
}

TEST(FieldDictionaries, DayBeforeCrossesMonthsAndLeapDays) {
  EXPECT_EQ(DayBefore("1986-11-24"), "1986-11-23");
  EXPECT_EQ(DayBefore("2000-03-01"), "2000-02-29");
  EXPECT_EQ(DayBefore("1999-03-01"), "1999-02-28");
  EXPECT_EQ(DayBefore("2001-01-01"), "2000-12-31");
  EXPECT_EQ(DayBefore(""), "");
}

TEST(FieldDictionaries, DatedActorCodesBecomeInclusiveRanges) {
  auto d = ParsePetrarchActors(
      "KING_ELESSAR [GONGOV 950101-990815]\n"
      "+ARAGORN\n"
      "\t[RNG]\n"
      "ERIADOR [ERI]\n"
      "BOROMIR [---]\n",
      "actors.txt");
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  KnowledgeSource out;
  ConversionCounts counts;
  std::vector<LineProblem> problems;
  ConvertActors(*d, "actors.txt", &out, &problems, &counts);
  ASSERT_EQ(out.actors.size(), 2u);
  const KbActor& king = out.actors[0];
  EXPECT_EQ(king.names, (std::vector<std::string>{"KING ELESSAR", "ARAGORN"}));
  ASSERT_EQ(king.codes.size(), 2u);
  // The dated code comes first, its exclusive end one day earlier.
  EXPECT_EQ(king.codes[0], (KbDatedCode{"GONGOV", "1995-01-01", "1999-08-14", ""}));
  EXPECT_EQ(king.codes[1], (KbDatedCode{"RNG", "", "", ""}));
  EXPECT_EQ(king.CodeOn("1999-08-14"), "GONGOV");
  EXPECT_EQ(king.CodeOn("1999-08-15"), "RNG");
  EXPECT_EQ(king.kind, ActorKind::kOther);  // a 6-letter code
  EXPECT_EQ(out.actors[1].kind, ActorKind::kCountry);
  EXPECT_EQ(counts.actors, 2u);
  EXPECT_EQ(counts.actors_dropped, 1u);  // BOROMIR [---]
  ASSERT_FALSE(problems.empty());
  EXPECT_EQ(problems.back().file, "actors.txt");
  EXPECT_EQ(problems.back().line, 5u);
}

TEST(FieldDictionaries, AMultiActorCodeIsKeptWhole) {
  // "[FRO/BIL/SAM]": the coder makes one event per party.
  auto d = ParsePetrarchActors("THE_SHIRE [FRO/BIL/SAM]\n", "actors.txt");
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  KnowledgeSource out;
  ConversionCounts counts;
  ConvertActors(*d, "actors.txt", &out, nullptr, &counts);
  ASSERT_EQ(out.actors.size(), 1u);
  ASSERT_EQ(out.actors[0].codes.size(), 1u);
  EXPECT_EQ(out.actors[0].codes[0].code, "FRO/BIL/SAM");
  EXPECT_EQ(out.actors[0].kind, ActorKind::kCountry);  // a group of countries
}

TEST(FieldDictionaries, AgentsKeepTheirCodeWithoutTilde) {
  auto d = ParsePetrarchAgents("FOREIGN_MINISTER [~GOVFRM]\nMSF {} [NGO~]\n", "agents.txt");
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  KnowledgeSource out;
  ConversionCounts counts;
  std::vector<LineProblem> problems;
  ConvertAgents(*d, "agents.txt", &out, &problems, &counts);
  ASSERT_EQ(out.agents.size(), 2u);
  EXPECT_EQ(out.agents[0].roles, "GOVFRM");
  EXPECT_EQ(out.agents[0].names.front(), "FOREIGN MINISTER");
  EXPECT_FALSE(out.agents[0].before_actor);
  EXPECT_EQ(out.agents[1].roles, "NGO");
  EXPECT_TRUE(out.agents[1].before_actor);  // "[NGO~]": before the country
  EXPECT_TRUE(problems.empty());
}

TEST(FieldDictionaries, PrepositionAndTargetBecomeATargetSlot) {
  std::vector<LineProblem> problems;
  ConversionCounts counts;
  KnowledgeSource s = ConvertPetrarchVerbs(
      "--- MEET [036] ---\n"
      "MEET\n"
      "- * WITH + [046]\n"
      "- * + [040]\n"
      "- SAID * [010]\n",
      &problems, &counts);
  const KbPattern* with = FindPattern(s, "meet", "046");
  ASSERT_NE(with, nullptr);
  EXPECT_EQ(with->targets, (std::vector<std::string>{"with"}));
  EXPECT_TRUE(with->objects.empty());
  const KbPattern* obj = FindPattern(s, "meet", "040");
  ASSERT_NE(obj, nullptr);
  EXPECT_EQ(obj->targets, (std::vector<std::string>{"obj"}));
  const KbPattern* base = FindPattern(s, "meet", "036");
  ASSERT_NE(base, nullptr);
  EXPECT_EQ(base->targets.front(), "obj");  // the default: the first actor after the verb
  // "SAID *" is word order: kept as before=, no problem.
  const KbPattern* said = FindPattern(s, "meet", "010");
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(said->before, (std::vector<std::string>{"said"}));
  EXPECT_EQ(counts.patterns_dropped, 0u);
  EXPECT_TRUE(problems.empty());
}

TEST(FieldDictionaries, WordsBeforeTheVerbAndAfterAPrepositionBecomeWordOrder) {
  std::vector<LineProblem> problems;
  ConversionCounts counts;
  KnowledgeSource s = ConvertPetrarchVerbs(
      "&NEGAUX\n"
      "+DID N'T\n"
      "+WILL NOT\n"
      "\n"
      "--- CLASH [190] ---\n"
      "CLASH\n"
      "- UNEXPECTEDLY &NEGAUX * OVER EFFORTS [906]\n"
      "- FAILED_TO_* [111]\n"
      "- * FOR_CEASEFIRE FROM $ [095]\n",
      &problems, &counts);
  EXPECT_TRUE(problems.empty());
  EXPECT_EQ(counts.patterns_dropped, 0u);
  const KbPattern* negated = FindPattern(s, "clash", "906");
  ASSERT_NE(negated, nullptr);
  // Items in order; a synset's multi-word members joined by '_'.
  EXPECT_EQ(negated->before, (std::vector<std::string>{"unexpectedly", "did_n't|will_not"}));
  EXPECT_EQ(negated->after, (std::vector<std::string>{"over", "efforts"}));
  EXPECT_TRUE(negated->objects.empty());
  const KbPattern* failed = FindPattern(s, "clash", "111");
  ASSERT_NE(failed, nullptr);
  // "FAILED_TO_*": one item of consecutive words, touching the verb.
  EXPECT_EQ(failed->before, (std::vector<std::string>{"failed_to_"}));
  const KbPattern* call = FindPattern(s, "clash", "095");
  ASSERT_NE(call, nullptr);
  EXPECT_EQ(call->after, (std::vector<std::string>{"for_ceasefire", "from"}));
  // The preposition before the actor slot still names it.
  EXPECT_EQ(call->sources, (std::vector<std::string>{"from"}));
}

TEST(FieldDictionaries, CompoundActorSlots) {
  ConversionCounts counts;
  KnowledgeSource s = ConvertPetrarchVerbs(
      "--- AGREE [081] ---\n"
      "AGREE\n"
      "- * WITH % [031]\n"
      "- % * [030:030]\n",
      nullptr, &counts);
  const KbPattern* with = FindPattern(s, "agree", "031");
  ASSERT_NE(with, nullptr);
  EXPECT_EQ(with->compound, "with");
  EXPECT_EQ(with->targets, (std::vector<std::string>{"with"}));
  EXPECT_FALSE(with->symmetric);  // the subject acts on the compound
  const KbPattern* subject = FindPattern(s, "agree", "030");
  ASSERT_NE(subject, nullptr);
  EXPECT_EQ(subject->compound, "subj");
  EXPECT_TRUE(subject->symmetric);
}

TEST(FieldDictionaries, TabariWordsAreStemsUnlessFollowedByAnUnderscore) {
  auto d = ParseTabariVerbs("BARGAIN  [031]\n- * FOR_ASYLUM  [174K]\n- * ASYLUM  [174L]\n"
                            "- * REFUGE_  [174M]\n",
                            "v.verbs");
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  KnowledgeSource s;
  ConversionCounts counts;
  ConvertVerbs(*d, "v.verbs", &s, nullptr, &counts);
  const KbPattern* stem = FindPattern(s, "bargain", "174L");
  ASSERT_NE(stem, nullptr);
  EXPECT_EQ(stem->after, (std::vector<std::string>{"asylum*"}));
  // "FOR_": a whole word; the last one a stem.
  const KbPattern* joined = FindPattern(s, "bargain", "174K");
  ASSERT_NE(joined, nullptr);
  EXPECT_EQ(joined->after, (std::vector<std::string>{"for_asylum*"}));
  const KbPattern* exact = FindPattern(s, "bargain", "174M");
  ASSERT_NE(exact, nullptr);
  EXPECT_EQ(exact->after, (std::vector<std::string>{"refuge"}));
}

TEST(FieldDictionaries, APrepositionEndingWordOrderLeavesTheDefaultTarget) {
  ConversionCounts counts;
  KnowledgeSource s = ConvertPetrarchVerbs(
      "&TIETYPES\n+ECONOMIC\n\n"
      "--- WELCOME [041] ---\n"
      "WELCOME\n"
      "- * MEMOS_ON_&TIETYPES FROM [911]\n",
      nullptr, &counts);
  const KbPattern* p = FindPattern(s, "welcome", "911");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->after, (std::vector<std::string>{"memos_on_economic", "from"}));
  // The first actor after the verb, not only an oblique "from" on it.
  EXPECT_EQ(p->targets.front(), "obj");
  // After the object slots, the first actor after the verb comes before any
  // one preposition, as PETRARCH takes it ("arrived in Gondor on his first
  // visit": Gondor, not the visitor named by "his").
  ASSERT_GE(p->targets.size(), 3u);
  EXPECT_EQ(p->targets[2], "next");
}

TEST(FieldDictionaries, WordsBeforeTheVerbMustTouchIt) {
  // "WIRE_+TAP": "wire" written before the inflected word.
  ConversionCounts counts;
  KnowledgeSource s = ConvertPetrarchVerbs(
      "--- CONFISCATE [1711] ---\n"
      "CONFISCATE\n"
      "WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}\n"
      "- WILL NOT * [081]\n",
      nullptr, &counts);
  EXPECT_EQ(counts.patterns_dropped, 0u);
  const KbPattern* p = FindPattern(s, "tap", "1711");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->before, (std::vector<std::string>{"wire_"}));
  // A pattern's own words come first, then the verb's.
  const KbPattern* negated = FindPattern(s, "tap", "081");
  ASSERT_NE(negated, nullptr);
  EXPECT_EQ(negated->before, (std::vector<std::string>{"will", "not", "wire_"}));
}

TEST(FieldDictionaries, AnIrregularFormWrittenOutIsAKeyOfItsOwn) {
  ConversionCounts counts;
  KnowledgeSource s = ConvertPetrarchVerbs(
      "--- HOLD [030] ---\n"
      "HOLD {HOLDS HOLDING HELD}\n"
      "- * TALKS [031]\n",
      nullptr, &counts);
  EXPECT_NE(FindPattern(s, "hold", "031"), nullptr);
  EXPECT_NE(FindPattern(s, "held", "031"), nullptr);  // irregular: looked up as written
  EXPECT_EQ(FindPattern(s, "holds", "031"), nullptr);  // regular: the lemma's
}

TEST(FieldDictionaries, ASkippedNounPhraseBeforeASlotNamesTheActorAfterIt) {
  std::vector<LineProblem> problems;
  ConversionCounts counts;
  KnowledgeSource s = ConvertPetrarchVerbs(
      "--- WARN [160] ---\n"
      "WARN\n"
      "- * AT ^ +  [162]\n"
      "- $ * ^ +  [163]\n"
      "- * THEIR ^ ABOUT +  [164]\n",
      &problems, &counts);
  const KbPattern* at = FindPattern(s, "warn", "162");
  ASSERT_NE(at, nullptr);
  EXPECT_EQ(at->targets, (std::vector<std::string>{"skip:at"}));
  const KbPattern* obj = FindPattern(s, "warn", "163");
  ASSERT_NE(obj, nullptr);
  EXPECT_EQ(obj->targets, (std::vector<std::string>{"skip:obj"}));
  // Not right before a slot: ignored, and said so.
  const KbPattern* about = FindPattern(s, "warn", "164");
  ASSERT_NE(about, nullptr);
  EXPECT_EQ(about->targets, (std::vector<std::string>{"about"}));
  EXPECT_EQ(counts.patterns_approximated, 1u);
}

TEST(FieldDictionaries, ATargetBeforeTheVerbIsTheSubjectAsWritten) {
  // "- + * FROM $": the target is written before the verb (of a passive, the
  // one acted on), the source after "from".
  ConversionCounts counts;
  KnowledgeSource s = ConvertPetrarchVerbs(
      "--- FREE [066] ---\n"
      "FREE\n"
      "- + * FROM $ [066]\n"
      "- NOTED + * [115]\n"
      "- + * MONEY $ [071]\n",
      nullptr, &counts);
  const KbPattern* p = nullptr;
  for (const KbPattern& q : s.patterns) {
    if (q.lemma == "free" && !q.sources.empty() && q.sources[0] == "from") p = &q;
  }
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->targets, (std::vector<std::string>{"nsubj"}));
  // With no source written ("NOTED + *"), the one who says so first: TABARI
  // takes the sentence's first actor, here the subject of "noted".
  const KbPattern* noted = FindPattern(s, "free", "115");
  ASSERT_NE(noted, nullptr);
  EXPECT_EQ(noted->sources, (std::vector<std::string>{"speaker", "by", "obj"}));
  // After the object's words, "$" is the next actor after the verb ("received
  // money from X"), not the object.
  const KbPattern* money = FindPattern(s, "free", "071");
  ASSERT_NE(money, nullptr);
  EXPECT_EQ(money->sources, (std::vector<std::string>{"next"}));
  EXPECT_EQ(money->objects, (std::vector<std::string>{"money"}));
}

TEST(FieldDictionaries, NullCodedPatternsAreNoEventPatterns) {
  ConversionCounts counts;
  KnowledgeSource s = ConvertPetrarchVerbs(
      "--- SUPPORT [050] ---\n"
      "BACK\n"
      "- * (BY TANKS) [---]\n",
      nullptr, &counts);
  EXPECT_EQ(counts.null_patterns, 1u);
  const KbPattern* none = FindPattern(s, "back", "---");
  ASSERT_NE(none, nullptr);
  EXPECT_TRUE(none->IsNoEvent());
  EXPECT_EQ(none->after, (std::vector<std::string>{"by", "tanks"}));
}

TEST(FieldDictionaries, ObjectWordsAreAlsoKeptAsWordOrder) {
  // PETRARCH finds "* REALLY_PLEASANT" anywhere after the verb: obj= first,
  // the words as after= for the coder's fallback.
  ConversionCounts counts;
  KnowledgeSource s = ConvertPetrarchVerbs(
      "--- ALLOW [080] ---\n"
      "ALLOW\n"
      "- * REALLY_PLEASANT [024]\n",
      nullptr, &counts);
  const KbPattern* p = FindPattern(s, "allow", "024");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->objects, (std::vector<std::string>{"really pleasant"}));
  EXPECT_EQ(p->after, (std::vector<std::string>{"really_pleasant"}));
}

TEST(FieldDictionaries, SynsetsExpandIntoObjectAlternatives) {
  ConversionCounts synset_counts;
  KnowledgeSource s = ConvertPetrarchVerbs(
      "&TIETYPES\n"
      "+MILITARY\n"
      "+ECONOMIC\n"
      "\n"
      "--- CUT [---] ---\n"
      "CUT\n"
      "- * &TIETYPES TIES [161]\n",
      nullptr, &synset_counts);
  const KbPattern* p = FindPattern(s, "cut", "161");
  ASSERT_NE(p, nullptr);
  EXPECT_NE(std::find(p->objects.begin(), p->objects.end(), "military tie"), p->objects.end());
  EXPECT_NE(std::find(p->objects.begin(), p->objects.end(), "economic tie"), p->objects.end());
  // The block's own code is "---": no base pattern.
  for (const KbPattern& q : s.patterns) EXPECT_NE(q.cameo, "---");
}

TEST(FieldDictionaries, PairedCodesParticlesAndInflectedVerbs) {
  ConversionCounts counts;
  KnowledgeSource s = ConvertPetrarchVerbs(
      "--- VISIT [042:043] ---\n"
      "VISIT\n"
      "\n"
      "--- BURN [---] ---\n"
      "BURN\n"
      "- * DOWN [222]\n"
      "\n"
      "--- CALLED [010] ---\n"
      "CALLED\n"
      "- *_ON [095]\n"
      "- % * [030:030]\n"
      "\n"
      "--- RISEN [---] ---\n"
      "RISEN\n"
      "- DEATH TOLL * [223]\n",
      nullptr, &counts);
  const KbPattern* visit = FindPattern(s, "visit", "042");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->reverse, "043");
  EXPECT_NE(FindPattern(s, "burn down", "222"), nullptr);
  // Written inflected: indexed under the written form and the lemma.
  EXPECT_NE(FindPattern(s, "called", "010"), nullptr);
  // An irregular participle: also under the form without "n" ("rise").
  EXPECT_NE(FindPattern(s, "rise", "223"), nullptr);
  const KbPattern* call_on = FindPattern(s, "call", "095");
  ASSERT_NE(call_on, nullptr);
  EXPECT_EQ(call_on->targets, (std::vector<std::string>{"on"}));
  const KbPattern* both = FindPattern(s, "call", "030");
  ASSERT_NE(both, nullptr);
  EXPECT_TRUE(both->symmetric);
  EXPECT_TRUE(both->reverse.empty());
}

TEST(FieldDictionaries, CodebookKeepsNonCameoCodes) {
  auto base = Codebook::Parse(
      "01\tMAKE PUBLIC STATEMENT\t01\t0\t0.0\t-\t-\n"
      "010\tMake statement\t01\t0\t0.0\t-\t-\n"
      "07\tPROVIDE AID\t07\t2\t7.0\t-\t-\n"
      "075\tGrant asylum\t07\t2\t7.0\t-\t-\n",
      "test");
  ASSERT_TRUE(base.ok()) << base.status().ToString();
  std::vector<KbPattern> patterns(4);
  patterns[0].cameo = "075A";
  patterns[1].cameo = "0751";  // numeric, missing: added as it is
  patterns[2].cameo = "901";
  patterns[2].reverse = "075A";
  patterns[3].cameo = "---";  // no event: no code, no stand-in
  auto cb = FieldCodebook(*base, &patterns);
  ASSERT_TRUE(cb.ok()) << cb.status().ToString();
  EXPECT_TRUE(patterns[3].IsNoEvent());
  patterns.pop_back();
  for (const KbPattern& p : patterns) {
    EXPECT_TRUE(cb->IsValidCode(p.cameo)) << p.cameo;
  }
  EXPECT_EQ(patterns[1].cameo, "0751");
  EXPECT_EQ(patterns[0].cameo.substr(0, 3), "075");
  EXPECT_EQ(patterns[2].reverse, patterns[0].cameo);
  EXPECT_EQ(FieldCode(*cb, patterns[0].cameo), "075A");
  EXPECT_EQ(FieldCode(*cb, patterns[2].cameo), "901");
  EXPECT_EQ(FieldCode(*cb, "0751"), "0751");
  EXPECT_EQ(cb->Find(patterns[0].cameo)->quad_class, 2);
}

// The PETRARCH validation dictionaries from ../shared, when present.
TEST(FieldDictionaries, ConvertsThePetrarchValidationSet) {
  const std::string dir = std::string(KHALDUN_SHARED_DIR) + "/data/petrarch/";
  PetrarchFiles files;
  files.actors = {dir + "PETR.Validate.actors.txt"};
  files.agents = {dir + "PETR.Validate.agents.txt"};
  files.verbs = {dir + "PETR.Validate.verbs.txt"};
  files.discards = {dir + "PETR.Validate.discards.txt"};
  if (!port::ReadFile(files.verbs[0]).ok()) {
    GTEST_SKIP() << files.verbs[0]
                 << " not found: the shared reference data (../shared) is only on development "
                    "machines";
  }
  std::vector<LineProblem> problems;
  ConversionCounts counts;
  auto s = KnowledgeSourceFromPetrarchFiles(files, &problems, &counts);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  std::printf("actors %zu (dropped %zu) agents %zu verbs %zu patterns %zu (dropped %zu, "
              "approximated %zu, null %zu) discards %zu notes %zu\n",
              counts.actors, counts.actors_dropped, counts.agents, counts.verbs, counts.patterns,
              counts.patterns_dropped, counts.patterns_approximated, counts.null_patterns,
              counts.discards, problems.size());
  EXPECT_GE(counts.actors, 120u);
  EXPECT_GE(counts.agents, 80u);
  EXPECT_GE(counts.verbs, 150u);
  EXPECT_GE(counts.patterns, 400u);
  EXPECT_GE(counts.discards, 9u);
  EXPECT_EQ(s->actors.size(), counts.actors);
  for (const LineProblem& p : problems) EXPECT_FALSE(p.file.empty());
}

}  // namespace
}  // namespace khaldun::dict
