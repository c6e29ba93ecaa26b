#include "dict/knowledge_base.h"

#include <gtest/gtest.h>

#include <random>

#include "token/tokenizer.h"

namespace khaldun::dict {
namespace {

const std::string kCodebookPath = std::string(KHALDUN_SOURCE_DIR) + "/data/dict/cameo_codebook.tsv";

KnowledgeSource SmallSource() {
  KnowledgeSource s;
  ParseKnowledgeFile("@kind country\nSyria; Syrian; Syrians | SYR\nTurkey; Turkish | TUR\n"
                     "Damascus | SYRGOV\n",
                     "countries.txt", SourceFileType::kActors, &s);
  ParseKnowledgeFile("@kind group\nIslamic State | SYRINS; TURINS in TUR\n",
                     "groups.txt", SourceFileType::kActors, &s);
  ParseKnowledgeFile("@kind person\nBashar al-Assad; Assad | SYRGOV 2000-07-17..\n"
                     "Ahmet Davutoglu; Davutoglu | TURGOV 2009-05-01..2016-05-24\n",
                     "people.txt", SourceFileType::kActors, &s);
  ParseKnowledgeFile("@kind igo\nUnited Nations; U.N.; UN | IGOUNO\n"
                     "United Nations Security Council; Security Council | IGOUNO\n",
                     "igos.txt", SourceFileType::kActors, &s);
  ParseKnowledgeFile("troops; soldiers; army | MIL\nforeign minister | GOV\nMSF | NGO~\n",
                     "agents.txt", SourceFileType::kAgents, &s);
  ParseKnowledgeFile("190 | verb attack | target=obj\n190 | verb intervene | adv=militarily\n"
                     "112 | verb attack | before=said would_n't_; after=over efforts; compound=with\n"
                     "9999 | verb foo |\n",
                     "patterns.txt", SourceFileType::kPatterns, &s);
  ParseKnowledgeFile("Aleppo | SYR | Aleppo\n", "places.txt", SourceFileType::kPlaces, &s);
  return s;
}

std::unique_ptr<KnowledgeBase> Compiled(std::vector<LineProblem>* problems = nullptr) {
  auto cb = Codebook::ReadFile(kCodebookPath);
  EXPECT_TRUE(cb.ok());
  token::Tokenizer tokenizer;
  auto kb = KnowledgeBase::Compile(SmallSource(), *cb, tokenizer, CompileOptions{}, problems);
  EXPECT_TRUE(kb.ok()) << kb.status().ToString();
  return std::move(kb).value();
}

TEST(KnowledgeBase, CompileSkipsUnknownCodesAndReportsThem) {
  std::vector<LineProblem> problems;
  auto kb = Compiled(&problems);
  EXPECT_EQ(kb->patterns().size(), 3u);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].file, "patterns.txt");
  EXPECT_EQ(problems[0].line, 4u);
  EXPECT_EQ(kb->VerbPatterns("attack").size(), 2u);
  EXPECT_TRUE(kb->VerbPatterns("hug").empty());
}

TEST(KnowledgeBase, FindsLongestPhrasesInTokenizedText) {
  auto kb = Compiled();
  token::Tokenizer tokenizer;
  auto sentences = tokenizer.Tokenize(
      "The U.N. Security Council met as Syrian troops and President Bashar al-Assad's army "
      "shelled Aleppo.");
  ASSERT_EQ(sentences.size(), 1u);
  std::vector<PhraseMatch> found = kb->FindPhrases(sentences[0]);
  std::vector<std::string> texts;
  for (const PhraseMatch& m : found) {
    std::string t;
    for (size_t i = m.begin; i < m.end; ++i) t += (i > m.begin ? " " : "") + sentences[0].words[i].form;
    texts.push_back(t);
  }
  EXPECT_EQ(texts, (std::vector<std::string>{"U.N.", "Security Council", "Syrian", "troops",
                                             "Bashar al - Assad", "army", "Aleppo"}));
}

TEST(KnowledgeBase, BinaryRoundTripAndDumpCompileFixedPoint) {
  auto kb = Compiled();
  std::string bytes = kb->Serialize();
  auto loaded = KnowledgeBase::FromBytes(bytes, "kb.bin");
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ((*loaded)->Serialize(), bytes);
  EXPECT_EQ((*loaded)->actors(), kb->actors());  // country-of-operation codes included
  EXPECT_EQ((*loaded)->patterns(), kb->patterns());  // all options, adv= and word order included
  EXPECT_EQ((*loaded)->patterns()[2].before, (std::vector<std::string>{"said", "would_n't_"}));
  EXPECT_EQ((*loaded)->patterns()[2].compound, "with");
  // Dump (to source values) then compile gives the same tables and trie.
  auto cb = Codebook::ReadFile(kCodebookPath);
  token::Tokenizer tokenizer;
  auto again = KnowledgeBase::Compile((*loaded)->ToSource(), *cb, tokenizer, CompileOptions{}, nullptr);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ((*again)->actors(), kb->actors());
  EXPECT_EQ((*again)->patterns(), kb->patterns());
  EXPECT_EQ((*again)->trie().Serialize(), kb->trie().Serialize());
}

TEST(KnowledgeBase, TruncatedOrFlippedFilesAreRefusedNamingFileAndCommand) {
  std::string bytes = Compiled()->Serialize();
  for (size_t cut : {size_t{0}, size_t{10}, bytes.size() / 2, bytes.size() - 1}) {
    auto r = KnowledgeBase::FromBytes(bytes.substr(0, cut), "my.kb");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.status().ToString().find("my.kb"), std::string::npos) << r.status().ToString();
    EXPECT_NE(r.status().ToString().find("khaldun dict compile"), std::string::npos);
  }
  // Every byte of the file is covered by a checksum, the header checks or
  // the sentinels: flipping any bit of any byte is refused.
  std::mt19937 rng(11);
  for (size_t at = 0; at < bytes.size(); ++at) {
    std::string b = bytes;
    b[at] = static_cast<char>(b[at] ^ (1 << (rng() % 8)));
    EXPECT_FALSE(KnowledgeBase::FromBytes(b, "my.kb").ok()) << "byte " << at;
  }
}

TEST(KnowledgeBase, CheckFindsDuplicatesConflictsUnknownCodesAndOverlaps) {
  KnowledgeSource s;
  ParseKnowledgeFile("@kind country\nSyria | SYR\nsyria | SYR\nEgypt | EGY\nEgypt | LBY\n"
                     "Libya | LBY\n",
                     "c.txt", SourceFileType::kActors, &s);
  ParseKnowledgeFile("@kind person\nX Y | SYRGOV 2001-01-01..2000-01-01\n"
                     "P Q | SYRGOV 2000-01-01..2005-01-01; SYRELI 2004-01-01..\n"
                     "R S | ZZZGOV\nT U | SYRXYZ\n",
                     "p.txt", SourceFileType::kActors, &s);
  ParseKnowledgeFile("190 | verb attack |\n190 | verb attack |\n9999 | verb x |\n",
                     "patterns.txt", SourceFileType::kPatterns, &s);
  auto cb = Codebook::ReadFile(kCodebookPath);
  std::vector<LineProblem> problems = CheckKnowledge(s, *cb);
  std::string all;
  for (const auto& p : problems) all += p.ToString() + "\n";
  EXPECT_NE(all.find("c.txt:3: duplicate name 'syria'"), std::string::npos) << all;
  EXPECT_NE(all.find("c.txt:5: conflicting codes for name 'Egypt'"), std::string::npos) << all;
  EXPECT_NE(all.find("p.txt:2: date range of SYRGOV is inverted"), std::string::npos) << all;
  EXPECT_NE(all.find("p.txt:3: date ranges of SYRGOV and SYRELI overlap"), std::string::npos) << all;
  EXPECT_NE(all.find("p.txt:4: code ZZZGOV: 'ZZZ' is not a country"), std::string::npos) << all;
  EXPECT_NE(all.find("p.txt:5: code SYRXYZ: unknown role 'XYZ'"), std::string::npos) << all;
  EXPECT_NE(all.find("patterns.txt:2: duplicate pattern"), std::string::npos) << all;
  EXPECT_NE(all.find("patterns.txt:3: CAMEO code 9999 is not in the codebook"), std::string::npos) << all;
}

// The shipped sources must be lint-clean (the issue's `dict check` is clean).
TEST(KnowledgeBase, DefaultSourcesAreClean) {
  auto source = ReadKnowledgeDir(std::string(KHALDUN_SOURCE_DIR) + "/data/kb");
  ASSERT_TRUE(source.ok()) << source.status().ToString();
  auto cb = Codebook::ReadFile(kCodebookPath);
  std::vector<LineProblem> problems = CheckKnowledge(*source, *cb);
  for (size_t i = 0; i < problems.size() && i < 30; ++i) ADD_FAILURE() << problems[i].ToString();
  EXPECT_GT(source->actors.size(), 1000u);
  EXPECT_GT(source->patterns.size(), 1000u);
}

// The 2020 code of the actor listed under exactly `name`, or "".
std::string CodeOfName(const KnowledgeSource& source, const std::string& name) {
  for (const KbActor& a : source.actors) {
    for (const std::string& n : a.names) {
      if (n == name) return a.CodeOn("2020-01-01");
    }
  }
  return "";
}

// Companies carry their home country and the business role; names that are
// mostly products in news stay out (see data/kb/companies.txt).
TEST(KnowledgeBase, DefaultCompaniesAreCountryBusiness) {
  auto source = ReadKnowledgeDir(std::string(KHALDUN_SOURCE_DIR) + "/data/kb");
  ASSERT_TRUE(source.ok()) << source.status().ToString();
  auto code_of = [&](const std::string& name) { return CodeOfName(*source, name); };
  EXPECT_EQ(code_of("Huawei"), "CHNBUS");
  EXPECT_EQ(code_of("Petrobras"), "BRABUS");
  EXPECT_EQ(code_of("Gazprom"), "RUSBUS");
  EXPECT_EQ(code_of("Boeing"), "");
  EXPECT_EQ(code_of("Shell"), "");
  size_t companies = 0;
  for (const KbActor& a : source->actors) {
    if (a.kind != ActorKind::kBusiness) continue;
    ++companies;
    EXPECT_EQ(a.codes.size(), 1u) << a.names[0];
    EXPECT_EQ(a.codes[0].code.substr(3), "BUS") << a.names[0];
  }
  EXPECT_GT(companies, 50u);
}

// News organisations carry their home country and MED (state-run ones
// GOVMED); names that are ordinary words or other things stay out (see
// data/kb/media.txt).
TEST(KnowledgeBase, DefaultMediaAreCountryMedia) {
  auto source = ReadKnowledgeDir(std::string(KHALDUN_SOURCE_DIR) + "/data/kb");
  ASSERT_TRUE(source.ok()) << source.status().ToString();
  auto code_of = [&](const std::string& name) { return CodeOfName(*source, name); };
  EXPECT_EQ(code_of("BBC"), "GBRMED");
  EXPECT_EQ(code_of("Al Jazeera"), "QATMED");
  EXPECT_EQ(code_of("Xinhua"), "CHNGOVMED");
  EXPECT_EQ(code_of("CCTV"), "");          // security cameras
  EXPECT_EQ(code_of("The Guardian"), "");  // "the guardian" of ...
  size_t media = 0;
  for (const KbActor& a : source->actors) {
    if (a.kind != ActorKind::kMedia) continue;
    ++media;
    ASSERT_EQ(a.codes.size(), 1u) << a.names[0];
    const std::string role = a.codes[0].code.substr(3);
    EXPECT_TRUE(role == "MED" || role == "GOVMED") << a.names[0];
  }
  EXPECT_GE(media, 30u);
}

}  // namespace
}  // namespace khaldun::dict
