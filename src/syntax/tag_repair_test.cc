#include "syntax/tag_repair.h"

#include <gtest/gtest.h>

#include <sstream>

#include "syntax/lemmatizer.h"

namespace khaldun::syntax {
namespace {

// "form/XPOS form/XPOS ..." -> words.
std::vector<Word> Words(const std::string& tagged) {
  std::vector<Word> words;
  std::istringstream in(tagged);
  std::string item;
  while (in >> item) {
    size_t slash = item.rfind('/');
    Word w;
    w.form = item.substr(0, slash);
    w.xpos = *ParseXpos(item.substr(slash + 1));
    w.upos = Upos::kVERB;
    words.push_back(w);
  }
  return words;
}

std::string Tags(const std::vector<Word>& words) {
  std::string out;
  for (const Word& w : words) out += std::string(out.empty() ? "" : " ") + XposName(w.xpos);
  return out;
}

// Debian's wordnet-base as the verb lexicon, loaded once; null when absent.
const Lemmatizer* WordNet() {
  static const Lemmatizer* lexicon = [] {
    auto l = Lemmatizer::FromWordNet("/usr/share/wordnet");
    return l.ok() ? new Lemmatizer(std::move(l).value()) : nullptr;
  }();
  return lexicon;
}

TEST(TagRepair, MainVerbAfterSubjectBecomesFinite) {
  auto w = Words("Syrian/JJ troops/NNS attacked/VBN Turkish/JJ soldiers/NNS ./.");
  EXPECT_EQ(RepairFiniteVerbTags(&w), 1);
  EXPECT_EQ(Tags(w), "JJ NNS VBD JJ NNS .");
  // In a reported clause too.
  w = Words("Egypt/NNP said/VBD troops/NNS attacked/VBN the/DT town/NN");
  EXPECT_EQ(RepairFiniteVerbTags(&w), 1);
}

TEST(TagRepair, AReducedRelativeAfterTheClausesVerbIsAParticiple) {
  auto w = Words("he/PRP saluted/VBD a/DT soldier/NN killed/VBD in/IN Afghanistan/NNP");
  EXPECT_EQ(RepairFiniteVerbTags(&w), 1);
  EXPECT_EQ(Tags(w), "PRP VBD DT NN VBN IN NNP");
  // The clause's own verb stays finite.
  w = Words("troops/NNS killed/VBD in/IN Gaza/NNP");
  EXPECT_EQ(RepairFiniteVerbTags(&w), 0);
  w = Words("he/PRP said/VBD troops/NNS killed/VBD two/CD men/NNS");
  EXPECT_EQ(RepairFiniteVerbTags(&w), 0);
}

TEST(TagRepair, APossessiveIsNoAuxiliary) {
  auto w = Words("Egypt/NNP 's/POS foreign/JJ minister/NN travelled/VBN to/IN Washington/NNP");
  EXPECT_EQ(RepairFiniteVerbTags(&w), 1);
  EXPECT_EQ(Tags(w), "NNP POS JJ NN VBD IN NNP");
  w = Words("Egypt/NNP 's/VBZ travelled/VBN to/IN Washington/NNP");  // "Egypt has travelled"
  EXPECT_EQ(RepairFiniteVerbTags(&w), 0);
}

TEST(TagRepair, NearBeforeAHyphenIsHalfAnAdjective) {
  // "near-daily raids": the tokenizer splits at the hyphen.
  auto w = Words("jets/NNS carried/VBD out/RP near/IN -/HYPH daily/JJ raids/NNS");
  const size_t starts[] = {0, 5, 13, 17, 21, 22, 28};
  for (size_t i = 0; i < w.size(); ++i) {
    w[i].span.begin = starts[i];
    w[i].span.end = starts[i] + w[i].form.size();
  }
  EXPECT_EQ(RepairFiniteVerbTags(&w), 1);
  EXPECT_EQ(Tags(w), "NNS VBD RP JJ HYPH JJ NNS");
  // A dash with spaces around it is punctuation: "near" stays a preposition.
  w[4].span.begin = 22;
  w[4].span.end = 23;
  w[3].xpos = Xpos::kIN;
  EXPECT_EQ(RepairFiniteVerbTags(&w), 0);
}

TEST(TagRepair, AVerbOfAffiliationBeforeTheMainVerbIsAParticiple) {
  auto w = Words("Militias/NNS allied/VBD with/IN Iran/NNP attacked/VBD U.S./NNP troops/NNS");
  EXPECT_EQ(RepairFiniteVerbTags(&w), 1);
  EXPECT_EQ(Tags(w), "NNS VBN IN NNP VBD NNP NNS");
  w = Words("Hackers/NNS linked/VBD to/IN the/DT Iranian/JJ government/NN attacked/VBD "
            "water/NN systems/NNS");
  EXPECT_EQ(RepairFiniteVerbTags(&w), 1);
  EXPECT_EQ(Tags(w), "NNS VBN IN DT JJ NN VBD NN NNS");
  // The main verb itself: no finite verb follows the noun phrase.
  w = Words("Militias/NNS allied/VBD with/IN Iran/NNP in/IN 2015/CD");
  EXPECT_EQ(RepairFiniteVerbTags(&w), 0);
  // Another verb: "linked" followed by no "to"/"with".
  w = Words("Police/NNS linked/VBD the/DT attack/NN to/IN Iran/NNP");
  EXPECT_EQ(RepairFiniteVerbTags(&w), 0);
}

TEST(TagRepair, RealParticiplesAreKept) {
  for (const char* s : {
           "Troops/NNS attacked/VBN by/IN rebels/NNS fled/VBD ./.",
           "The/DT town/NN was/VBD attacked/VBN ./.",
           "Rebels/NNS have/VBP seized/VBN the/DT town/NN",
           "Photos/NNS attached/VBN show/VBP the/DT damage/NN",
       }) {
    auto w = Words(s);
    EXPECT_EQ(RepairFiniteVerbTags(&w), 0) << s;
  }
}

}  // namespace
}  // namespace khaldun::syntax

namespace khaldun::syntax {
namespace {

TEST(TagRepair, AHeadlineVerbReadAsAPluralNounIsFinite) {
  const Lemmatizer* lexicon = WordNet();
  if (lexicon == nullptr) GTEST_SKIP() << "WordNet not installed (apt-get install wordnet-base)";
  auto w = Words("Japan/NNP lifts/NNS sanctions/NNS against/IN India/NNP");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(Tags(w), "NNP VBZ NNS IN NNP");
  // Not without an object after it, nor when the clause has its verb.
  w = Words("US/NNP troops/NNS in/IN Syria/NNP");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 0);
  w = Words("Japan/NNP lifts/NNS sanctions/NNS ,/, officials/NNS said/VBD");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 1);
  w = Words("US/NNP troops/NNS fired/VBD shots/NNS");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 0);
  // The clause reported after "says" has its own verb.
  w = Words("Ukraine/NNP says/VBZ Russian/JJ strike/NN on/IN Kharkiv/NNP kills/NNS six/CD");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(w[6].xpos, Xpos::kVBZ);
}

TEST(TagRepair, ARegularPastFormBetweenANumberAndANounIsAParticiple) {
  auto w = Words("FARC/NNP released/VBD two/CD kidnapped/VBD soldiers/NNS on/IN Sunday/NNP");
  EXPECT_EQ(RepairFiniteVerbTags(&w), 1);
  EXPECT_EQ(w[3].xpos, Xpos::kVBN);
  // Not after a year: "in 1990 invaded Kuwait's neighbours" keeps its verb.
  w = Words("Iraq/NNP ,/, in/IN 1990/CD invaded/VBD neighbours/NNS");
  RepairFiniteVerbTags(&w);
  EXPECT_EQ(w[4].xpos, Xpos::kVBD);
}

TEST(TagRepair, AlliedBeforeItsNounIsAnAdjective) {
  auto w = Words("Turkish/JJ troops/NNS and/CC allied/VBN Syrian/JJ rebels/NNS launched/VBD an/DT attack/NN");
  EXPECT_EQ(RepairFiniteVerbTags(&w), 1);
  EXPECT_EQ(Tags(w), "JJ NNS CC JJ JJ NNS VBD DT NN");
  // Still a verb when it is one: "Britain allied itself with France".
  w = Words("Britain/NNP allied/VBD itself/PRP with/IN France/NNP");
  EXPECT_EQ(RepairFiniteVerbTags(&w), 0);
}

TEST(TagRepair, OvernightWithNoNounAfterItIsAnAdverb) {
  auto w = Words("stormed/VBD a/DT prison/NN in/IN Kogi/NNP state/NN overnight/JJ ,/, freeing/VBG");
  EXPECT_EQ(RepairFiniteVerbTags(&w), 1);
  EXPECT_EQ(Tags(w), "VBD DT NN IN NNP NN RB , VBG");
  w = Words("imposed/VBD an/DT overnight/JJ curfew/NN");
  EXPECT_EQ(RepairFiniteVerbTags(&w), 0);
}

TEST(TagRepair, JointBeforeItsNounIsAnAdjective) {
  auto w = Words("held/VBD their/PRP$ first/JJ joint/NN naval/JJ patrols/NNS");
  EXPECT_EQ(RepairFiniteVerbTags(&w), 1);
  EXPECT_EQ(Tags(w), "VBD PRP$ JJ JJ JJ NNS");
  w = Words("the/DT joint/NN was/VBD closed/VBN");
  EXPECT_EQ(RepairFiniteVerbTags(&w), 0);
}

TEST(TagRepair, MilitaryAfterAPossessiveIsTheArmedForces) {
  auto w = Words("Thailand/NNP 's/POS military/JJ declared/VBD martial/JJ law/NN");
  EXPECT_EQ(RepairFiniteVerbTags(&w), 1);
  EXPECT_EQ(Tags(w), "NNP POS NN VBD JJ NN");
  w = Words("the/DT military/JJ and/CC police/NNS");
  EXPECT_EQ(RepairFiniteVerbTags(&w), 1);
  // Still an adjective before its noun: "the military junta", "its military-backed".
  w = Words("the/DT military/JJ junta/NN said/VBD");
  RepairFiniteVerbTags(&w);
  EXPECT_EQ(Tags(w), "DT JJ NN VBD");
  w = Words("its/PRP$ military/JJ -/HYPH backed/VBN government/NN");
  RepairFiniteVerbTags(&w);
  EXPECT_EQ(w[1].xpos, Xpos::kJJ);
}

TEST(TagRepair, PluralObjectAfterABaseVerbIsANoun) {
  const Lemmatizer* lexicon = WordNet();
  if (lexicon == nullptr) GTEST_SKIP() << "WordNet not installed (apt-get install wordnet-base)";
  auto w = Words("Germany/NNP agreed/VBD to/TO supply/VB Leopard/NNP tanks/VBZ to/IN Ukraine/NNP");
  EXPECT_GE(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(w[5].xpos, Xpos::kNNS);
  // A clause after a verb of saying keeps its verb: "to ensure Iran complies with".
  w = Words("to/TO ensure/VB Iran/NNP complies/VBZ with/IN it/PRP");
  RepairFiniteVerbTags(&w, lexicon);
  EXPECT_EQ(w[3].xpos, Xpos::kVBZ);
  // With a quantity word between the verb and the noun.
  w = Words("Germany/NNP will/MD deliver/VB more/JJR Leopard/NNP tanks/VBZ to/IN Ukraine/NNP");
  EXPECT_GE(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(w[5].xpos, Xpos::kNNS);
  w = Words("to/TO ensure/VB more/JJR Iran/NNP complies/VBZ with/IN it/PRP");
  RepairFiniteVerbTags(&w, lexicon);
  EXPECT_EQ(w[4].xpos, Xpos::kVBZ);
}

TEST(TagRepair, AnAdjectiveAfterToUnderAControlVerbIsTheInfinitive) {
  const Lemmatizer* lexicon = WordNet();
  if (lexicon == nullptr) GTEST_SKIP() << "WordNet not installed (apt-get install wordnet-base)";
  auto w = Words("Amnesty/NNP called/VBD on/IN Egypt/NNP to/TO free/JJ jailed/VBN activists/NNS");
  EXPECT_GE(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(w[5].xpos, Xpos::kVB);
  // Not before a singular noun: "vowed to free trade" may be the noun phrase.
  w = Words("they/PRP vowed/VBD to/TO free/JJ trade/NN");
  RepairFiniteVerbTags(&w, lexicon);
  EXPECT_EQ(w[3].xpos, Xpos::kJJ);
}

TEST(TagRepair, ABareVerbAfterADemandThatIsTheSubjunctive) {
  const Lemmatizer* lexicon = WordNet();
  if (lexicon == nullptr) GTEST_SKIP() << "WordNet not installed (apt-get install wordnet-base)";
  auto w = Words("Council/NNP demanded/VBD on/IN Friday/NNP that/IN Israel/NNP halt/NN "
                 "settlement/NN building/NN");
  EXPECT_GE(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(w[6].xpos, Xpos::kVB);
  w = Words("Washington/NNP insisted/VBD that/IN Moscow/NNP halt/JJ arms/NNS shipments/NNS");
  EXPECT_GE(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(w[4].xpos, Xpos::kVB);
  // (A particle between the verb and its object: "hand over".)
  w = Words("Erdogan/NNP demanded/VBD that/IN Riyadh/NNP hand/NN over/IN 18/CD suspects/NNS");
  EXPECT_GE(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(w[4].xpos, Xpos::kVB);
  // (An intransitive particle verb after a hyphenated name: "step down".)
  w = Words("crowds/NNS demanding/VBG that/IN President/NNP Park/NNP Geun/NNP -/HYPH hye/NN "
            "step/NN down/RB immediately/RB");
  EXPECT_GE(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(w[8].xpos, Xpos::kVB);
  // Not after a verb of saying: "said that Israel halt ..." is no subjunctive.
  w = Words("Council/NNP said/VBD that/IN Israel/NNP halt/NN settlement/NN building/NN");
  RepairFiniteVerbTags(&w, lexicon);
  EXPECT_EQ(w[4].xpos, Xpos::kNN);
}

TEST(TagRepair, ABareVerbAfterADemandAndItsSubjectIsTheSubjunctive) {
  const Lemmatizer* lexicon = WordNet();
  if (lexicon == nullptr) GTEST_SKIP() << "WordNet not installed (apt-get install wordnet-base)";
  // Read as a preposition, and the object's head then as the clause's verb.
  auto w = Words("protesters/NNS marched/VBN demanding/VBG the/DT government/NN withdraw/IN "
                 "the/DT foreign/JJ agents/NNS bill/VBP ./.");
  EXPECT_GE(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(w[5].xpos, Xpos::kVB);
  EXPECT_EQ(w[9].xpos, Xpos::kNN);
  EXPECT_EQ(w[1].xpos, Xpos::kVBD);  // the clause's verb is finite again
  // Read as a noun: "resign" is none, "step" is one but has its particle.
  w = Words("Protesters/NNS demanded/VBD the/DT president/NN resign/NN ./.");
  EXPECT_GE(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(w[4].xpos, Xpos::kVB);
  w = Words("rallied/VBD demanding/VBG the/DT prime/JJ minister/NN step/NN down/RB ./.");
  EXPECT_GE(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(w[5].xpos, Xpos::kVB);
  // "demanding" read as an adjective is the verb of demand.
  w = Words("gathered/VBD outside/IN parliament/NN demanding/JJ lawmakers/NNS reject/VBP "
            "the/DT bill/NN");
  EXPECT_GE(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(w[3].xpos, Xpos::kVBG);
  EXPECT_EQ(w[5].xpos, Xpos::kVB);
  // Not a noun that ends a compound: "demanded the police force."
  w = Words("They/PRP demanded/VBD the/DT police/NN force/NN ./.");
  RepairFiniteVerbTags(&w, lexicon);
  EXPECT_EQ(w[4].xpos, Xpos::kNN);
  // Not an indefinite subject, nor a verb other than one of demand.
  w = Words("They/PRP demanded/VBD a/DT government/NN change/NN ./.");
  RepairFiniteVerbTags(&w, lexicon);
  EXPECT_EQ(w[4].xpos, Xpos::kNN);
  w = Words("They/PRP wanted/VBD the/DT president/NN resign/NN ./.");
  RepairFiniteVerbTags(&w, lexicon);
  EXPECT_EQ(w[4].xpos, Xpos::kNN);
}

TEST(TagRepair, HeadlineInfinitiveAndRoleSubject) {
  const Lemmatizer* lexicon = WordNet();
  if (lexicon == nullptr) GTEST_SKIP() << "WordNet not installed (apt-get install wordnet-base)";
  // "X to VERB": the opening name's infinitive, and the participle after it.
  auto w = Words("Iran/NNP to/IN free/JJ jailed/VBD French/JJ tourist/NN");
  EXPECT_GE(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(w[1].xpos, Xpos::kTO);
  EXPECT_EQ(w[2].xpos, Xpos::kVB);
  EXPECT_EQ(w[3].xpos, Xpos::kVBN);  // not made the main verb again
  // Not after a common noun: "a return to power sharing".
  w = Words("a/DT return/NN to/IN power/NN sharing/NN");
  RepairFiniteVerbTags(&w, lexicon);
  EXPECT_EQ(w[3].xpos, Xpos::kNN);
  // An -s form after a singular role word, before a bare noun object.
  w = Words("UN/NNP chief/JJ urges/NNS restraint/NN");
  EXPECT_GE(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(w[2].xpos, Xpos::kVBZ);
  // Not after another common noun: "the party funds research".
  w = Words("the/DT party/NN funds/NNS research/NN");
  RepairFiniteVerbTags(&w, lexicon);
  EXPECT_EQ(w[2].xpos, Xpos::kNNS);
}

TEST(TagRepair, ABaseVerbAfterAPossessiveIsANoun) {
  const Lemmatizer* lexicon = WordNet();
  if (lexicon == nullptr) GTEST_SKIP() << "WordNet not installed (apt-get install wordnet-base)";
  auto w = Words("solidarity/NN with/IN its/PRP$ closest/JJS ally/VB the/DT UK/NNP");
  EXPECT_GE(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(w[4].xpos, Xpos::kNN);
  // A verb after an object pronoun stays: "let her go".
  w = Words("let/VB her/PRP go/VB");
  RepairFiniteVerbTags(&w, lexicon);
  EXPECT_EQ(w[2].xpos, Xpos::kVB);
}

TEST(TagRepair, AnAdjectiveAfterAPossessiveWithNoNounAfterIsTheNoun) {
  const Lemmatizer* lexicon = WordNet();
  if (lexicon == nullptr) GTEST_SKIP() << "WordNet not installed (apt-get install wordnet-base)";
  auto w = Words("an/DT end/NN to/IN Israel/NNP 's/POS offensive/JJ in/IN Gaza/NNP");
  EXPECT_GE(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(w[5].xpos, Xpos::kNN);
  w = Words("halted/VBD its/PRP$ offensive/JJ ./.");
  RepairFiniteVerbTags(&w, lexicon);
  EXPECT_EQ(w[2].xpos, Xpos::kNN);
  // An adjective before its noun, or coordinated with another, stays.
  w = Words("Israel/NNP 's/POS offensive/JJ operations/NNS");
  RepairFiniteVerbTags(&w, lexicon);
  EXPECT_EQ(w[2].xpos, Xpos::kJJ);
  w = Words("her/PRP$ American/JJ and/CC Mexican/JJ counterparts/NNS");
  RepairFiniteVerbTags(&w, lexicon);
  EXPECT_EQ(w[1].xpos, Xpos::kJJ);
  // A word WordNet has only as an adjective stays too.
  w = Words("its/PRP$ unilateral/JJ in/IN");
  RepairFiniteVerbTags(&w, lexicon);
  EXPECT_EQ(w[1].xpos, Xpos::kJJ);
}

TEST(TagRepair, ALowerCasePastFormReadAsANameIsTheVerb) {
  const Lemmatizer* lexicon = WordNet();
  if (lexicon == nullptr) GTEST_SKIP() << "WordNet not installed (apt-get install wordnet-base)";
  auto w = Words("a/DT strike/NN on/IN a/DT hospital/NN in/IN Kyiv/NNP drew/NNP condemnation/NN");
  EXPECT_GE(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(w[7].xpos, Xpos::kVBD);
  // Not with a finite verb in the sentence, nor a capitalised name.
  w = Words("officials/NNS said/VBD Kyiv/NNP drew/NNP");
  RepairFiniteVerbTags(&w, lexicon);
  EXPECT_EQ(w[3].xpos, Xpos::kNNP);
  w = Words("a/DT strike/NN by/IN Drew/NNP Smith/NNP");
  RepairFiniteVerbTags(&w, lexicon);
  EXPECT_EQ(w[3].xpos, Xpos::kNNP);
}

TEST(TagRepair, HeadlineVerbsReadAsNouns) {
  const Lemmatizer* lexicon = WordNet();
  if (lexicon == nullptr) GTEST_SKIP() << "WordNet not installed (apt-get install wordnet-base)";
  // A base form after a plural subject, before its object, with no verb.
  auto w = Words("Kenyan/JJ police/NN fire/NN tear/NN gas/NN at/IN protesters/NNS");
  EXPECT_GE(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(w[2].xpos, Xpos::kVBP);
  // Not with a finite verb in the clause: "police fire kills two".
  w = Words("police/NN fire/NN kills/VBZ two/CD people/NNS");
  RepairFiniteVerbTags(&w, lexicon);
  EXPECT_EQ(w[1].xpos, Xpos::kNN);
  // Two names opening the sentence are a plural subject.
  w = Words("Russia/NNP ,/, Ukraine/NNP swap/NN hundreds/NNS of/IN prisoners/NNS");
  EXPECT_GE(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(w[3].xpos, Xpos::kVBP);
  // ... but not inside the sentence: "talks with Kenyatta and ODM party leader".
  w = Words("held/VBD talks/NNS with/IN Kenyatta/NNP and/CC ODM/NNP party/NN leader/NN");
  RepairFiniteVerbTags(&w, lexicon);
  EXPECT_EQ(w[6].xpos, Xpos::kNN);
  // A past form after a subject pronoun, before a particle and its object,
  // in a clause of its own after another clause's verb.
  w = Words("Ukraine/NNP says/VBZ it/PRP shot/NN down/RB 30/CD drones/NNS");
  EXPECT_GE(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(w[3].xpos, Xpos::kVBD);
  EXPECT_EQ(w[4].xpos, Xpos::kRP);
}

TEST(TagRepair, AnSFormAfterAVerbTheAndANameIsTheObjectNoun) {
  const Lemmatizer* lexicon = WordNet();
  if (lexicon == nullptr) GTEST_SKIP() << "WordNet not installed (apt-get install wordnet-base)";
  auto w = Words("Sudani/NNP condemned/VBD the/DT U.S./NNP strikes/VBZ as/IN a/DT violation/NN");
  EXPECT_GE(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(w[4].xpos, Xpos::kNNS);
  // Not without the verb before: "The U.S. strikes back" opens a clause.
  w = Words("The/DT U.S./NNP strikes/VBZ back/RB");
  RepairFiniteVerbTags(&w, lexicon);
  EXPECT_EQ(w[2].xpos, Xpos::kVBZ);
}

TEST(TagRepair, AnSFormRightBeforeAPastVerbIsItsPluralSubject) {
  const Lemmatizer* lexicon = WordNet();
  if (lexicon == nullptr) GTEST_SKIP() << "WordNet not installed (apt-get install wordnet-base)";
  auto w = Words("Houthi/NNP rockets/VBZ struck/VBD a/DT Saudi/JJ facility/NN");
  EXPECT_GE(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(w[1].xpos, Xpos::kNNS);
  // Not before a participle: "Israel rockets ... " is left alone otherwise.
  w = Words("Israel/NNP says/VBZ killed/VBN militants/NNS");
  RepairFiniteVerbTags(&w, lexicon);
  EXPECT_EQ(w[1].xpos, Xpos::kVBZ);
}

// With WordNet as the verb lexicon (Debian's wordnet-base).
TEST(TagRepair, LexiconRepairsNewsVerbs) {
  const Lemmatizer* lexicon = WordNet();
  if (lexicon == nullptr) GTEST_SKIP() << "WordNet not installed (apt-get install wordnet-base)";
  auto w = Words("as/IN Israeli/JJ aircraft/NN struck/NN targets/NNS in/IN Gaza/NNP");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(Tags(w), "IN JJ NN VBD NNS IN NNP");
  w = Words("the/DT talks/NNS would/MD resume/NN next/JJ week/NN");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(Tags(w), "DT NNS MD VB JJ NN");
  // A noun after a noun in a clause that has its verb stays a noun.
  w = Words("the/DT peace/NN talks/NNS collapsed/VBD");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 0);
  // A past form tagged present tense; forms of "be" and base forms stay.
  w = Words("warplanes/NNS struck/VBP targets/NNS");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(Tags(w), "NNS VBD NNS");
  w = Words("they/PRP are/VBP here/RB and/CC we/PRP hit/VBP back/RB");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 0);
  // An infinitive after a verb that takes one, across a time phrase.
  w = Words("India/NNP agreed/VBD on/IN Tuesday/NNP to/TO resume/NN formal/JJ talks/NNS");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(Tags(w), "NNP VBD IN NNP TO VB JJ NNS");
  // A plural noun read as a verb behind a possessive, with the clause's verb before it.
  w = Words("U.S./NNP expressed/VBD concern/NN over/IN Korea/NNP 's/POS missile/NN launches/VBZ");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(XposName(w[7].xpos), std::string("NNS"));
  // A lower-case past form read as a proper noun, in a clause with no verb.
  w = Words("Syria/NNP 's/POS shelling/NN drew/NNP condemnation/NN from/IN Washington/NNP");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(XposName(w[3].xpos), std::string("VBD"));
  // Past the parties addressed, and before a singular noun.
  w = Words("EU/NNP called/VBD on/IN Serbia/NNP and/CC Kosovo/NNP to/TO resume/NN dialogue/NN");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(XposName(w[7].xpos), std::string("VB"));
  // A common noun between: "to" is a preposition ("a return to power sharing").
  w = Words("Egypt/NNP called/VBD for/IN a/DT return/NN to/TO power/NN sharing/NN");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 0);
  // A subordinate clause ("unless ...") has its own finite verb.
  w = Words("parliament/NN threatened/VBN to/TO break/VB ties/NNS unless/IN Moscow/NNP closed/VBD it/PRP");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(Tags(w), "NN VBD TO VB NNS IN NNP VBD PRP");
  // A capitalised word read as a verb inside a name.
  w = Words("May/NNP held/VBD talks/NNS at/IN Downing/VBG Street/NNP");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(Tags(w), "NNP VBD NNS IN NNP NNP");
  w = Words("Leaders/NNS Meeting/VBG Obama/NNP");  // title case: no evidence
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 0);
  // A noun read as an adjective before the verb: the subject's head.
  w = Words("Israeli/JJ military/JJ struck/VBN a/DT target/NN");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 2);
  EXPECT_EQ(Tags(w), "JJ NN VBD DT NN");
  // Headlines opened by a plural name: the verb after it.
  w = Words("Houthis/NNP fire/NN missiles/NNS at/IN US/NNP destroyer/NN");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(XposName(w[1].xpos), std::string("VBP"));
  w = Words("Philippines/NNPS protests/NNS Chinese/JJ blockade/NN");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(XposName(w[1].xpos), std::string("VBZ"));
  // A hyphen inside a word between two capitalised words joins them.
  w = Words("Israeli/JJ -/: Palestinian/JJ peace/NN talks/NNS resumed/VBD");
  w[0].space_after = false;
  w[1].space_after = false;
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(XposName(w[1].xpos), std::string("HYPH"));
  w = Words("Israel/NNP -/: Palestinians/NNPS");  // a dash between spaces stays
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 0);
  // "shot dead" and then the object.
  w = Words("forces/NNS in/IN Bangladesh/NNP shot/NN dead/JJ dozens/NNS of/IN protesters/NNS");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(XposName(w[3].xpos), std::string("VBD"));
  // A plural noun and an -s verb after a name are the verb and its object.
  w = Words("Hezbollah/NNP fires/NNS rockets/VBZ at/IN northern/JJ Israel/NNP");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 2);
  EXPECT_EQ(Tags(w), "NNP VBZ NNS IN JJ NNP");
  w = Words("Israel/NNP said/VBD Hamas/NNP fires/NNS rockets/VBZ");  // (a finite verb before)
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 0);
  // "set fire to": an invariant past before its fixed singular object.
  w = Words("drone/NN attack/NN set/NN fire/NN to/IN an/DT oil/NN depot/NN");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(XposName(w[2].xpos), std::string("VBD"));
  w = Words("an/DT oil/NN price/NN set/NN record/NN");  // (no fixed object: left alone)
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 0);
  // A past form read as an adjective before its object.
  w = Words("Syrian/JJ troops/NNS bore/JJ responsibility/NN");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(Tags(w), "JJ NNS VBD NN");
  // A counted plural noun read as a verb, in a clause that has its verb.
  w = Words("Korea/NNP fired/VBD two/CD artillery/NN shells/VBZ at/IN Seoul/NNP");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(Tags(w), "NNP VBD CD NN NNS IN NNP");
  w = Words("army/NN carried/VBD out/RP air/NN strikes/VBZ");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(Tags(w), "NN VBD RP NN NNS");
  w = Words("ETA/NNP was/VBD behind/IN four/CD Madrid/NNP commuter/NN trains/VBZ");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(Tags(w), "NNP VBD IN CD NNP NN NNS");
  // (Four nouns between the number and the word are too many to be sure.)
  w = Words("ETA/NNP was/VBD behind/IN four/CD big/NN Madrid/NNP commuter/NN rail/NN trains/VBZ");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 0);
  // An adjective that takes an infinitive governs it too.
  w = Words("Tehran/NNP was/VBD ready/JJ to/TO resume/NN talks/NNS");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(Tags(w), "NNP VBD JJ TO VB NNS");
  w = Words("Tehran/NNP was/VBD close/JJ to/TO resume/NN talks/NNS");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 0);
  // A participle before a past form before a noun: the verbs swap.
  w = Words("Union/NN ministers/NNS imposed/VBN targeted/VBD sanctions/NNS");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 2);
  EXPECT_EQ(Tags(w), "NN NNS VBD VBN NNS");
  w = Words("sanctions/NNS were/VBD imposed/VBN targeted/VBD sanctions/NNS");  // auxiliary: kept
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 0);
  // Behind two modifying nouns right after a past verb that does not report.
  w = Words("jets/NNS pounded/VBD Hamas/NNP security/NN compounds/VBZ");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(Tags(w), "NNS VBD NNP NN NNS");
  w = Words("he/PRP said/VBD Obama/NNP administration/NN plans/VBZ");  // reporting: kept
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 0);
  w = Words("two/CD soldiers/NNS says/VBZ nothing/NN");  // no verb before: kept
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 0);
  // A plural noun read as a verb after the adjective that opens the sentence.
  w = Words("Old/JJ rivals/VBZ India/NNP and/CC Pakistan/NNP have/VBP renewed/VBN ties/NNS");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(Tags(w), "JJ NNS NNP CC NNP VBP VBN NNS");
  w = Words("The/DT former/JJ allies/VBZ Syria/NNP and/CC Iraq/NNP signed/VBD a/DT deal/NN");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(Tags(w), "DT JJ NNS NNP CC NNP VBD DT NN");
  // No later finite verb, or not at the start: kept.
  w = Words("Old/JJ rivals/VBZ India/NNP and/CC Pakistan/NNP");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 0);
  w = Words("Such/JJ is/VBZ life/NN ,/, he/PRP said/VBD");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 0);
  // After a verb whose "to" is a preposition, the "infinitive" is a noun.
  w = Words("Iran/NNP would/MD not/RB give/VB in/RP to/TO pressure/VB");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 2);
  EXPECT_EQ(Tags(w), "NNP MD RB VB RP IN NN");
  w = Words("Iran/NNP bowed/VBD to/TO pressure/VB");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 2);
  EXPECT_EQ(Tags(w), "NNP VBD IN NN");
  // ("gave to charity": a word WordNet has only as a noun is the object of
  // "to" after any verb; "give" alone does not make "to" a preposition.)
  w = Words("Iran/NNP gave/VBD to/TO charity/VB");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 2);
  EXPECT_EQ(Tags(w), "NNP VBD IN NN");
  w = Words("Iran/NNP gave/VBD to/TO fight/VB");  // a noun and a verb: kept
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 0);
  w = Words("Iran/NNP refused/VBD to/TO pressure/VB Syria/NNP");  // a real infinitive
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 0);
  // A verb whose past is its base form, read as an adjective before its object.
  w = Words("Protesters/NNS set/JJ fire/NN to/IN the/DT embassy/NN");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(Tags(w), "NNS VBD NN IN DT NN");
  // Only modals are MD: a past form read as one is a past tense.
  w = Words("it/PRP shot/MD down/RB 30/CD drones/NNS");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(Tags(w), "PRP VBD RB CD NNS");
  w = Words("it/PRP would/MD shoot/VB");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 0);
  // "to" as a preposition after other verbs keeps its noun.
  w = Words("troops/NNS returned/VBD to/IN base/NN the/DT next/JJ day/NN");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 0);
  // Headlines: a lower-case verb read as a name after two joined names, an
  // -s verb and "for" after a role word, a noun-only word after "to".
  w = Words("Putin/NNP ,/, Xi/NNP pledge/NNP deeper/JJR cooperation/NN");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(Tags(w), "NNP , NNP VBP JJR NN");
  w = Words("U.N./NNP chief/JJ calls/NNS for/IN ceasefire/NN");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(Tags(w), "NNP JJ VBZ IN NN");
  w = Words("India/NNP ,/, Pakistan/NNP agree/VBP to/IN ceasefire/VB");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 2);
  EXPECT_EQ(Tags(w), "NNP , NNP VBP IN NN");
  w = Words("India/NNP agreed/VBD to/TO attack/VB");  // a verb stays an infinitive
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 0);
  // A participle before "by" and a gerund, with no finite verb, is the verb.
  w = Words("China/NNP responded/VBN by/IN sanctioning/VBG firms/NNS");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(Tags(w), "NNP VBD IN VBG NNS");
  w = Words("Putin/NNP attacked/VBN by/IN critics/NNS");  // a passive's agent: kept
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 0);
  // Prepositions EWT never shows are prepositions before a noun phrase.
  w = Words("troops/NNS fought/VBD alongside/RB Russian/JJ forces/NNS");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(Tags(w), "NNS VBD IN JJ NNS");
  w = Words("they/PRP fought/VBD alongside/RB ./.");  // no noun phrase after: kept
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 0);
  // A lower-case word read as part of the name before it is a common noun.
  w = Words("backed/VBN by/IN U.S./NNP airstrikes/NNP recaptured/VBD a/DT town/NN");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(Tags(w), "VBN IN NNP NNS VBD DT NN");
  w = Words("the/DT Kremlin/NNP spokesman/NNP said/VBD");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 1);
  EXPECT_EQ(Tags(w), "DT NNP NN VBD");
  // Not a name's own lower-case particle, nor a short word.
  w = Words("Abu/NNP Bakr/NNP al/NNP Baghdadi/NNP died/VBD");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 0);
  w = Words("Ban/NNP Ki/NNP -/HYPH moon/NNP said/VBD");
  EXPECT_EQ(RepairFiniteVerbTags(&w, lexicon), 0);
}

}  // namespace
}  // namespace khaldun::syntax
