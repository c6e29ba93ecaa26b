#include "syntax/lemmatizer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <new>
#include <string>
#include <tuple>
#include <unordered_set>
#include <vector>

#include "base/coding.h"
#include "base/hash.h"
#include "io/conllu.h"
#include "syntax/tagger.h"

namespace khaldun::syntax {
namespace {

constexpr char kWordNetDir[] = "/usr/share/wordnet";

bool HaveWordNet() { return std::filesystem::exists(std::string(kWordNetDir) + "/index.verb"); }

// Loads WordNet once for the whole test binary; null if that fails.
const Lemmatizer* WordNetLemmatizer() {
  static const Lemmatizer* lem = [] {
    auto r = Lemmatizer::FromWordNet(kWordNetDir);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? new Lemmatizer(std::move(r).value()) : nullptr;  // leaked on purpose
  }();
  return lem;
}

#define SKIP_WITHOUT_WORDNET()                           \
  if (!HaveWordNet())                                    \
  GTEST_SKIP() << "WordNet not found in " << kWordNetDir \
               << "; install it with `apt-get install wordnet-base`"

struct Case {
  const char* form;
  Upos upos;
  Xpos xpos;
  const char* lemma;
};

void ExpectLemmas(const Lemmatizer* lem, const std::vector<Case>& cases) {
  ASSERT_NE(lem, nullptr);
  for (const Case& c : cases) {
    EXPECT_EQ(lem->Lemmatize(c.form, c.upos, c.xpos), c.lemma)
        << c.form << " " << UposName(c.upos) << " " << XposName(c.xpos);
  }
}

using U = Upos;
using X = Xpos;

TEST(Lemmatizer, IrregularVerbs) {
  SKIP_WITHOUT_WORDNET();
  ExpectLemmas(WordNetLemmatizer(),
               {
                   {"was", U::kAUX, X::kVBD, "be"},         {"were", U::kAUX, X::kVBD, "be"},
                   {"been", U::kAUX, X::kVBN, "be"},        {"is", U::kAUX, X::kVBZ, "be"},
                   {"being", U::kAUX, X::kVBG, "be"},       {"has", U::kVERB, X::kVBZ, "have"},
                   {"had", U::kAUX, X::kVBD, "have"},       {"did", U::kAUX, X::kVBD, "do"},
                   {"does", U::kAUX, X::kVBZ, "do"},        {"went", U::kVERB, X::kVBD, "go"},
                   {"gone", U::kVERB, X::kVBN, "go"},       {"goes", U::kVERB, X::kVBZ, "go"},
                   {"struck", U::kVERB, X::kVBD, "strike"}, {"fought", U::kVERB, X::kVBD, "fight"},
                   {"fled", U::kVERB, X::kVBD, "flee"},     {"fleeing", U::kVERB, X::kVBG, "flee"},
                   {"bore", U::kVERB, X::kVBD, "bear"},     {"seized", U::kVERB, X::kVBN, "seize"},
                   {"killed", U::kVERB, X::kVBD, "kill"},   {"Killed", U::kVERB, X::kVBN, "kill"},
                   {"left", U::kVERB, X::kVBD, "leave"},    {"shot", U::kVERB, X::kVBN, "shoot"},
                   {"put", U::kVERB, X::kVBD, "put"},       {"dying", U::kVERB, X::kVBG, "die"},
                   {"lying", U::kVERB, X::kVBG, "lie"},     {"carried", U::kVERB, X::kVBD, "carry"},
                   {"carries", U::kVERB, X::kVBZ, "carry"}, {"fixes", U::kVERB, X::kVBZ, "fix"},
                   {"uses", U::kVERB, X::kVBZ, "use"},      {"singing", U::kVERB, X::kVBG, "sing"},
               });
}

TEST(Lemmatizer, DoublingAndSilentE) {
  SKIP_WITHOUT_WORDNET();
  ExpectLemmas(WordNetLemmatizer(), {
                                        {"stopped", U::kVERB, X::kVBD, "stop"},
                                        {"stopping", U::kVERB, X::kVBG, "stop"},
                                        {"planned", U::kVERB, X::kVBN, "plan"},
                                        {"hopped", U::kVERB, X::kVBD, "hop"},
                                        {"hoped", U::kVERB, X::kVBD, "hope"},
                                        {"hoping", U::kVERB, X::kVBG, "hope"},
                                        {"helped", U::kVERB, X::kVBD, "help"},
                                        {"helping", U::kVERB, X::kVBG, "help"},
                                        {"used", U::kVERB, X::kVBN, "use"},
                                        {"hated", U::kVERB, X::kVBD, "hate"},
                                        {"making", U::kVERB, X::kVBG, "make"},
                                        {"agreed", U::kVERB, X::kVBD, "agree"},
                                        {"added", U::kVERB, X::kVBD, "add"},
                                        {"visited", U::kVERB, X::kVBD, "visit"},
                                        {"controlled", U::kVERB, X::kVBN, "control"},
                                    });
}

TEST(Lemmatizer, SpellingHeuristicsForWordsWordNetLacks) {
  // No WordNet: the heuristics alone.
  const Lemmatizer rules_only;
  ExpectLemmas(&rules_only,
               {
                   {"blogged", U::kVERB, X::kVBD, "blog"},
                   {"blogging", U::kVERB, X::kVBG, "blog"},
                   {"googled", U::kVERB, X::kVBD, "google"},
                   {"vaped", U::kVERB, X::kVBD, "vape"},
                   {"tweeted", U::kVERB, X::kVBD, "tweet"},
                   {"emailed", U::kVERB, X::kVBD, "email"},
                   {"texting", U::kVERB, X::kVBG, "text"},
                   {"argued", U::kVERB, X::kVBD, "argue"},
                   {"forced", U::kVERB, X::kVBN, "force"},
                   {"tweets", U::kVERB, X::kVBZ, "tweet"},
                   {"selfies", U::kNOUN, X::kNNS, "selfy"},  // a known gap: "-ies" -> "-y" always
                   {"hashtags", U::kNOUN, X::kNNS, "hashtag"},
                   {"boxes", U::kNOUN, X::kNNS, "box"},
               });
}

// "re-imposed", "co-sponsors": the last part of a hyphenated word inflects,
// and WordNet knows it when it lacks the whole word ("re-impos" before).
TEST(Lemmatizer, HyphenatedWordsInflectInTheirLastPart) {
  SKIP_WITHOUT_WORDNET();
  ExpectLemmas(WordNetLemmatizer(), {
                                        {"re-imposed", U::kVERB, X::kVBD, "re-impose"},
                                        {"co-sponsors", U::kVERB, X::kVBZ, "co-sponsor"},
                                        {"re-elected", U::kVERB, X::kVBN, "re-elect"},
                                        {"by-elections", U::kNOUN, X::kNNS, "by-election"},
                                        {"cease-fires", U::kNOUN, X::kNNS, "cease-fire"},
                                    });
}

TEST(Lemmatizer, Nouns) {
  SKIP_WITHOUT_WORDNET();
  ExpectLemmas(WordNetLemmatizer(), {
                                        {"children", U::kNOUN, X::kNNS, "child"},
                                        {"women", U::kNOUN, X::kNNS, "woman"},
                                        {"men", U::kNOUN, X::kNNS, "man"},
                                        {"policemen", U::kNOUN, X::kNNS, "policeman"},
                                        {"mice", U::kNOUN, X::kNNS, "mouse"},
                                        {"crises", U::kNOUN, X::kNNS, "crisis"},
                                        {"analyses", U::kNOUN, X::kNNS, "analysis"},
                                        {"casualties", U::kNOUN, X::kNNS, "casualty"},
                                        {"movies", U::kNOUN, X::kNNS, "movie"},
                                        {"boxes", U::kNOUN, X::kNNS, "box"},
                                        {"churches", U::kNOUN, X::kNNS, "church"},
                                        {"buses", U::kNOUN, X::kNNS, "bus"},
                                        {"houses", U::kNOUN, X::kNNS, "house"},
                                        {"Soldiers", U::kNOUN, X::kNNS, "soldier"},
                                        {"series", U::kNOUN, X::kNNS, "series"},
                                        {"troops", U::kNOUN, X::kNNS, "troop"},
                                        {"attack", U::kNOUN, X::kNN, "attack"},
                                        {"Attack", U::kNOUN, X::kNN, "attack"},
                                    });
}

TEST(Lemmatizer, ComparativesAndSuperlatives) {
  SKIP_WITHOUT_WORDNET();
  ExpectLemmas(WordNetLemmatizer(), {
                                        {"better", U::kADJ, X::kJJR, "good"},
                                        {"best", U::kADJ, X::kJJS, "good"},
                                        {"worse", U::kADJ, X::kJJR, "bad"},
                                        {"worst", U::kADJ, X::kJJS, "bad"},
                                        {"better", U::kADV, X::kRBR, "well"},
                                        {"further", U::kADV, X::kRBR, "far"},
                                        {"bigger", U::kADJ, X::kJJR, "big"},
                                        {"hottest", U::kADJ, X::kJJS, "hot"},
                                        {"larger", U::kADJ, X::kJJR, "large"},
                                        {"nicest", U::kADJ, X::kJJS, "nice"},
                                        {"earlier", U::kADJ, X::kJJR, "early"},
                                        {"happiest", U::kADJ, X::kJJS, "happy"},
                                        {"older", U::kADJ, X::kJJR, "old"},
                                        {"later", U::kADV, X::kRBR, "late"},
                                        {"sooner", U::kADV, X::kRBR, "soon"},
                                        {"more", U::kADJ, X::kJJR, "more"},
                                        {"most", U::kADV, X::kRBS, "most"},
                                        {"upper", U::kADJ, X::kJJR, "upper"},
                                    });
}

TEST(Lemmatizer, ClosedClassAndClitics) {
  // These come from compiled-in tables: no WordNet needed.
  const Lemmatizer rules_only;
  ExpectLemmas(&rules_only, {
                                {"n't", U::kPART, X::kRB, "not"},
                                {"N'T", U::kPART, X::kRB, "not"},
                                {"n’t", U::kPART, X::kRB, "not"},
                                {"not", U::kPART, X::kRB, "not"},
                                {"'s", U::kAUX, X::kVBZ, "be"},
                                {"’s", U::kAUX, X::kVBZ, "be"},
                                {"'s", U::kPART, X::kPOS, "'s"},
                                {"’s", U::kPART, X::kPOS, "'s"},
                                {"'", U::kPART, X::kPOS, "'s"},
                                {"'s", U::kPRON, X::kPRP, "we"},  // "let 's go"
                                {"'m", U::kAUX, X::kVBP, "be"},
                                {"'re", U::kAUX, X::kVBP, "be"},
                                {"are", U::kAUX, X::kVBP, "be"},
                                {"'ve", U::kAUX, X::kVBP, "have"},
                                {"'ll", U::kAUX, X::kMD, "will"},
                                {"'d", U::kAUX, X::kMD, "would"},
                                {"'d", U::kAUX, X::kVBD, "have"},
                                {"wo", U::kAUX, X::kMD, "will"},
                                {"ca", U::kAUX, X::kMD, "can"},
                                {"Ca", U::kAUX, X::kMD, "can"},
                                {"gon", U::kVERB, X::kVBG, "go"},
                                {"na", U::kPART, X::kTO, "to"},
                                {"I", U::kPRON, X::kPRP, "I"},
                                {"i", U::kPRON, X::kPRP, "I"},
                                {"me", U::kPRON, X::kPRP, "I"},
                                {"Me", U::kPRON, X::kPRP, "I"},
                                {"my", U::kPRON, X::kPRPS, "my"},
                                {"mine", U::kPRON, X::kPRP, "my"},
                                {"him", U::kPRON, X::kPRP, "he"},
                                {"her", U::kPRON, X::kPRP, "she"},
                                {"her", U::kPRON, X::kPRPS, "her"},
                                {"them", U::kPRON, X::kPRP, "they"},
                                {"us", U::kPRON, X::kPRP, "we"},
                                {"They", U::kPRON, X::kPRP, "they"},
                                {"themselves", U::kPRON, X::kPRP, "themselves"},
                                {"An", U::kDET, X::kDT, "a"},
                                {"those", U::kPRON, X::kDT, "that"},
                                {"The", U::kDET, X::kDT, "the"},
                            });
}

TEST(Lemmatizer, ProperNounsNumbersAndPunctuationKeepTheirForm) {
  const Lemmatizer rules_only;
  ExpectLemmas(&rules_only,
               {
                   {"Qaim", U::kPROPN, X::kNNP, "Qaim"},
                   {"ISIS", U::kPROPN, X::kNNP, "ISIS"},
                   {"Hamas", U::kPROPN, X::kNNP, "Hamas"},
                   {"iPhone", U::kPROPN, X::kNNP, "iPhone"},
                   {"Times", U::kPROPN, X::kNNP, "Times"},
                   {"Americans", U::kPROPN, X::kNNPS, "American"},
                   {"STATES", U::kPROPN, X::kNNPS, "STATE"},
                   {"2005", U::kNUM, X::kCD, "2005"},
                   {"3.5", U::kNUM, X::kCD, "3.5"},
                   {"200,000", U::kNUM, X::kCD, "200000"},
                   {"1/2", U::kNUM, X::kCD, "1/2"},
                   {"Three", U::kNUM, X::kCD, "three"},
                   {",", U::kPUNCT, X::kCOMMA, ","},
                   {"...", U::kPUNCT, X::kPERIOD, "..."},
                   {"(", U::kPUNCT, X::kLRB, "("},
                   {"$", U::kSYM, X::kDOLLAR, "$"},
                   {"http://example.com/A", U::kPROPN, X::kADD, "http://example.com/A"},
                   {"Rice@ENRON", U::kX, X::kADD, "_"},  // EWT: the goeswith part of an address
                   {"SCALIA", U::kPROPN, X::kNNP, "Scalia"},
                   {"NASA", U::kPROPN, X::kNNP, "NASA"},
                   {"UNITED", U::kADJ, X::kNNP, "United"},
                   {"II", U::kNUM, X::kCD, "II"},
                   {"Q1", U::kNOUN, X::kNN, "Q1"},
                   {"B", U::kNOUN, X::kNN, "B"},
                   {"", U::kX, X::kXX, ""},
               });
  // Very long forms skip the tables but still get a sensible lemma.
  const std::string long_form(200, 'A');
  EXPECT_EQ(Lemmatizer().Lemmatize(long_form, U::kNOUN, X::kNN), std::string(200, 'a'));
  EXPECT_EQ(Lemmatizer().Lemmatize(long_form, U::kPROPN, X::kNNP), long_form);
}

TEST(Lemmatizer, WordNetErrorsNameTheFileAndTheFix) {
  auto r = Lemmatizer::FromWordNet("/nonexistent/wordnet");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound) << r.status().ToString();
  EXPECT_NE(r.status().message().find("/nonexistent/wordnet/noun.exc"), std::string::npos);
  EXPECT_NE(r.status().message().find("wordnet-base"), std::string::npos);
}

Sentence MakeSentence(const std::vector<std::tuple<const char*, const char*, Upos, Xpos>>& words) {
  Sentence s;
  for (const auto& [form, lemma, upos, xpos] : words) {
    Word w;
    w.form = form;
    w.lemma = lemma;
    w.upos = upos;
    w.xpos = xpos;
    s.words.push_back(w);
  }
  return s;
}

TEST(Lemmatizer, CachedWordClassesFollowTheContentsNotTheAddress) {
  SKIP_WITHOUT_WORDNET();
  // The tagger caches WordNet classes per thread (WordClassOf). A lemmatizer
  // built where a freed one stood must not get the freed one's answers.
  constexpr uint32_t kComputed = 1u << 31;
  alignas(Lemmatizer) unsigned char storage[sizeof(Lemmatizer)];
  auto loaded = Lemmatizer::FromWordNet(kWordNetDir);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  auto* with_wordnet = new (storage) Lemmatizer(std::move(loaded).value());
  EXPECT_NE(WordClassOf(with_wordnet, "outages") & Lemmatizer::kWnPluralNoun, 0u);
  with_wordnet->~Lemmatizer();
  auto* without = new (storage) Lemmatizer();
  EXPECT_EQ(WordClassOf(without, "outages"), kComputed);
  without->~Lemmatizer();

  // A move hands the contents and the cached answers over; the emptied
  // source answers as an empty lemmatizer.
  auto again = Lemmatizer::FromWordNet(kWordNetDir);
  ASSERT_TRUE(again.ok());
  Lemmatizer source = std::move(again).value();
  const uint32_t fled = WordClassOf(&source, "fled");
  EXPECT_NE(fled & Lemmatizer::kWnVerbPast, 0u);
  Lemmatizer target = std::move(source);
  EXPECT_EQ(WordClassOf(&target, "fled"), fled);
  EXPECT_EQ(WordClassOf(&source, "fled"), kComputed);     // NOLINT(bugprone-use-after-move)
  EXPECT_NE(source.instance_id(), target.instance_id());  // NOLINT(bugprone-use-after-move)

  // Learning exceptions changes the contents, so the id changes too.
  const uint64_t before = target.instance_id();
  target.LearnExceptions({});
  EXPECT_NE(target.instance_id(), before);
}

TEST(Lemmatizer, LearnsExceptionsWhereRulesDisagreeWithGold) {
  Lemmatizer lem;
  const std::vector<Sentence> gold = {
      MakeSentence({{"PM", "p.m.", U::kNOUN, X::kNN},
                    {"American", "American", U::kADJ, X::kJJ},
                    {"attacked", "attack", U::kVERB, X::kVBD}}),
      MakeSentence({{"pm", "p.m.", U::kNOUN, X::kNN},
                    {"American", "American", U::kADJ, X::kJJ},
                    {"people", "person", U::kNOUN, X::kNNS}}),
  };
  lem.LearnExceptions(gold);
  // Rules already get "attacked" right, so only three entries are stored.
  EXPECT_EQ(lem.learned_size(), 3u);
  EXPECT_EQ(lem.Lemmatize("PM", U::kNOUN, X::kNN), "p.m.");
  EXPECT_EQ(lem.Lemmatize("Pm", U::kNOUN, X::kNN), "p.m.");
  EXPECT_EQ(lem.Lemmatize("american", U::kADJ, X::kJJ), "American");
  EXPECT_EQ(lem.Lemmatize("people", U::kNOUN, X::kNNS), "person");
  // Keys include the tags: "pm" as a proper noun is untouched.
  EXPECT_EQ(lem.Lemmatize("PM", U::kPROPN, X::kNNP), "PM");

  // With min_count = 2, a single disagreement is not stored, but a group
  // whose gold lemma is unanimous and always differs from the rules is.
  Lemmatizer strict;
  strict.LearnExceptions(gold, /*min_count=*/3);
  EXPECT_EQ(strict.learned_size(), 2u);  // "pm" and "american"
  EXPECT_EQ(strict.Lemmatize("people", U::kNOUN, X::kNNS), "people");
}

TEST(Lemmatizer, MajorityLemmaMustBeatTheRules) {
  Lemmatizer lem;
  // "saw" as VBD is "see" twice and "saw" once in this (made-up) gold: the
  // rules without WordNet say "saw", right once; "see" is right twice.
  const std::vector<Sentence> gold = {
      MakeSentence({{"saw", "see", U::kVERB, X::kVBD}, {"saw", "see", U::kVERB, X::kVBD}}),
      MakeSentence({{"saw", "saw", U::kVERB, X::kVBD}, {"forces", "force", U::kNOUN, X::kNNS}}),
      MakeSentence({{"forces", "forces", U::kNOUN, X::kNNS}}),
  };
  lem.LearnExceptions(gold);
  EXPECT_EQ(lem.Lemmatize("saw", U::kVERB, X::kVBD), "see");
  // "forces": 1 vs 1, a tie, so the rules stay.
  EXPECT_EQ(lem.Lemmatize("forces", U::kNOUN, X::kNNS), "force");
  EXPECT_EQ(lem.learned_size(), 1u);
}

TEST(Lemmatizer, SerializeRoundTripGivesIdenticalLemmas) {
  SKIP_WITHOUT_WORDNET();
  auto loaded = Lemmatizer::FromWordNet(kWordNetDir);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  Lemmatizer& lem = *loaded;
  lem.LearnExceptions({MakeSentence({{"PM", "p.m.", U::kNOUN, X::kNN}})});
  std::string bytes = "prefix";  // Serialize appends
  lem.Serialize(&bytes);
  auto back = Lemmatizer::Deserialize(std::string_view(bytes).substr(6));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->index_size(), lem.index_size());
  EXPECT_EQ(back->exception_size(), lem.exception_size());
  EXPECT_EQ(back->learned_size(), lem.learned_size());
  const std::vector<Case> probes = {
      {"PM", U::kNOUN, X::kNN, ""},           {"fled", U::kVERB, X::kVBD, ""},
      {"hoped", U::kVERB, X::kVBD, ""},       {"casualties", U::kNOUN, X::kNNS, ""},
      {"better", U::kADJ, X::kJJR, ""},       {"n't", U::kPART, X::kRB, ""},
      {"Americans", U::kPROPN, X::kNNPS, ""}, {"blogged", U::kVERB, X::kVBD, ""},
  };
  for (const Case& c : probes) {
    EXPECT_EQ(back->Lemmatize(c.form, c.upos, c.xpos), lem.Lemmatize(c.form, c.upos, c.xpos))
        << c.form;
  }
  // Serializing again gives the same bytes.
  std::string again;
  back->Serialize(&again);
  EXPECT_EQ(again, bytes.substr(6));
}

TEST(Lemmatizer, DeserializeRejectsTruncatedAndCorruptBytes) {
  Lemmatizer lem;
  lem.LearnExceptions(
      {MakeSentence({{"PM", "p.m.", U::kNOUN, X::kNN}, {"people", "person", U::kNOUN, X::kNNS}})});
  std::string bytes;
  lem.Serialize(&bytes);
  ASSERT_TRUE(Lemmatizer::Deserialize(bytes).ok());
  // Every truncation, and every single-byte flip, is caught.
  for (size_t n = 0; n < bytes.size(); ++n) {
    auto r = Lemmatizer::Deserialize(std::string_view(bytes).substr(0, n));
    ASSERT_FALSE(r.ok()) << n;
    EXPECT_EQ(r.status().code(), StatusCode::kCorruption) << n;
  }
  for (size_t i = 0; i < bytes.size(); ++i) {
    std::string bad = bytes;
    bad[i] = static_cast<char>(bad[i] ^ 0x41);
    auto r = Lemmatizer::Deserialize(bad);
    ASSERT_FALSE(r.ok()) << i;
    EXPECT_EQ(r.status().code(), StatusCode::kCorruption) << i;
  }
  auto trailing = Lemmatizer::Deserialize(bytes + "x");
  EXPECT_EQ(trailing.status().code(), StatusCode::kCorruption);
}

// Replaces the CRC trailer so that corruption reaches the parser itself.
std::string Reseal(std::string_view bytes_with_crc) {
  std::string body(bytes_with_crc.substr(0, bytes_with_crc.size() - 4));
  base::PutFixed<uint32_t>(&body, base::Crc32(body));
  return body;
}

TEST(Lemmatizer, DeserializeValidatesPastTheChecksum) {
  Lemmatizer lem;
  lem.LearnExceptions({MakeSentence({{"PM", "p.m.", U::kNOUN, X::kNN}})});
  std::string bytes;
  lem.Serialize(&bytes);
  // Layout: magic, version, index count (0 here), entry count, learned count.
  std::string huge_index = bytes;
  std::memset(&huge_index[8], 0xff, 4);
  EXPECT_EQ(Lemmatizer::Deserialize(Reseal(huge_index)).status().code(), StatusCode::kCorruption);
  std::string too_many_learned = bytes;
  too_many_learned[16] = 9;
  EXPECT_EQ(Lemmatizer::Deserialize(Reseal(too_many_learned)).status().code(),
            StatusCode::kCorruption);
  std::string wrong_version = bytes;
  wrong_version[4] = 2;
  auto r = Lemmatizer::Deserialize(Reseal(wrong_version));
  EXPECT_EQ(r.status().code(), StatusCode::kCorruption);
  EXPECT_NE(r.status().message().find("version"), std::string::npos) << r.status().ToString();
  // Any byte changed and resealed: parsed or rejected, never a crash (run
  // under ASan in CI).
  for (size_t i = 0; i + 4 < bytes.size(); ++i) {
    for (int bit = 0; bit < 8; ++bit) {
      std::string bad = bytes;
      bad[i] = static_cast<char>(bad[i] ^ (1 << bit));
      auto again = Lemmatizer::Deserialize(Reseal(bad));
      if (!again.ok()) {
        EXPECT_EQ(again.status().code(), StatusCode::kCorruption);
      }
    }
  }
}

// --- Accuracy on the English Web Treebank with gold tags --------------------

std::string EwtPath(const char* split) {
  return std::string(KHALDUN_SHARED_DIR) + "/data/ud-english-ewt/en_ewt-ud-" + split + ".conllu";
}

std::vector<Sentence> ReadSentences(const std::string& path) {
  auto r = io::ReadConlluFile(path);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  std::vector<Sentence> out;
  if (r.ok()) {
    for (auto& s : *r) out.push_back(std::move(s.sentence));
  }
  return out;
}

// Floors a point under the measured accuracy (measured: test 99.23%, dev
// 99.00%, test words unseen in train 94.15%).
constexpr double kTestFloor = 98.2;
constexpr double kDevFloor = 98.0;
constexpr double kUnseenFloor = 93.1;

struct Accuracy {
  size_t total = 0, right = 0, unseen = 0, unseen_right = 0;
  double all() const { return total ? 100.0 * right / total : 0; }
  double new_forms() const { return unseen ? 100.0 * unseen_right / unseen : 0; }
};

Accuracy Measure(const Lemmatizer& lem, const std::vector<Sentence>& sentences,
                 const std::unordered_set<std::string>& train_forms) {
  Accuracy a;
  for (const Sentence& s : sentences) {
    for (const Word& w : s.words) {
      const bool ok = lem.Lemmatize(w.form, w.upos, w.xpos) == w.lemma;
      ++a.total;
      a.right += ok;
      if (!train_forms.count(w.form)) {
        ++a.unseen;
        a.unseen_right += ok;
      }
    }
  }
  return a;
}

TEST(LemmatizerEwt, AccuracyWithGoldTags) {
  SKIP_WITHOUT_WORDNET();
  const std::string train_path = EwtPath("train");
  if (!std::filesystem::exists(train_path) || !std::filesystem::exists(EwtPath("dev")) ||
      !std::filesystem::exists(EwtPath("test"))) {
    GTEST_SKIP() << "UD English EWT not found at " << train_path
                 << " (needs en_ewt-ud-{train,dev,test}.conllu under ../shared/data)";
  }
  const std::vector<Sentence> train = ReadSentences(train_path);
  const std::vector<Sentence> dev = ReadSentences(EwtPath("dev"));
  const std::vector<Sentence> test = ReadSentences(EwtPath("test"));
  ASSERT_FALSE(train.empty());
  std::unordered_set<std::string> train_forms;
  for (const Sentence& s : train) {
    for (const Word& w : s.words) train_forms.insert(w.form);
  }

  auto loaded = Lemmatizer::FromWordNet(kWordNetDir);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  Lemmatizer& lem = *loaded;
  const Accuracy test_rules = Measure(lem, test, train_forms);
  lem.LearnExceptions(train);
  const Accuracy dev_acc = Measure(lem, dev, train_forms);
  const Accuracy test_acc = Measure(lem, test, train_forms);

  std::string bytes;
  lem.Serialize(&bytes);

  // Speed over the test set's words (best of 3 passes).
  size_t words = 0, checksum = 0;
  double best_s = 1e9;
  for (int pass = 0; pass < 3; ++pass) {
    const auto t0 = std::chrono::steady_clock::now();
    for (const Sentence& s : test) {
      for (const Word& w : s.words) checksum += lem.Lemmatize(w.form, w.upos, w.xpos).size();
    }
    best_s = std::min(best_s,
                      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    if (pass == 0) words = test_acc.total;
  }
  std::printf(
      "EWT lemma accuracy, gold tags (exceptions learned from train: %zu entries)\n"
      "  test, WordNet + rules only: %.2f%% (unseen forms %.2f%%)\n"
      "  dev : %.2f%% of %zu words; unseen forms %.2f%% of %zu\n"
      "  test: %.2f%% of %zu words; unseen forms %.2f%% of %zu\n"
      "  serialized size %zu bytes; %.0f lemmas/s (checksum %zu)\n",
      lem.learned_size(), test_rules.all(), test_rules.new_forms(), dev_acc.all(), dev_acc.total,
      dev_acc.new_forms(), dev_acc.unseen, test_acc.all(), test_acc.total, test_acc.new_forms(),
      test_acc.unseen, bytes.size(), words / best_s, checksum);

  EXPECT_GE(test_acc.all(), kTestFloor);
  EXPECT_GE(dev_acc.all(), kDevFloor);
  EXPECT_GE(test_acc.new_forms(), kUnseenFloor);
  EXPECT_LT(bytes.size(), 3u << 20);
}

}  // namespace
}  // namespace khaldun::syntax
