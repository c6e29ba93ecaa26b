#include "event/coder.h"

#include <algorithm>
#include <cctype>
#include <deque>
#include <functional>
#include <list>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>
#include <string>

#include "base/calendar.h"
#include "event/dates.h"
#include "event/modality.h"
#include "event/tree_repair.h"
#include "event/sentence_view.h"

namespace khaldun::event {

// Literals compare as string_view: GCC 12 compares a std::string with a
// char* through strlen and an out-of-line compare.
using namespace std::string_view_literals;

namespace {

// "the Red Sea", "the Gulf of Oman", "the Strait of Hormuz": seas, straits
// and rivers border several countries; their names are neither an actor nor
// a country's place.
bool IsWaterBody(const SentenceView& v, size_t h) {
  return IsIn(v.w(h).form, {"Sea", "Ocean", "Gulf", "Strait", "Straits", "Channel", "River"});
}

// "by phone", "over the telephone", "on the phone", "via video link": the
// channel of a conversation.
bool IsPhoneChannel(const SentenceView& v, size_t k) {
  if (IsIn(v.Lemma(k), {"phone", "telephone", "videoconference", "videolink", "video", "link",
                        "hotline"}) &&
      IsIn(v.CaseOf(k), {"by", "over", "on", "via"})) {
    return true;
  }
  // ("discussed a prisoner swap in a phone call", "during a telephone
  // conversation".)
  if (!IsIn(v.Lemma(k), {"call", "conversation"}) ||
      !IsIn(v.CaseOf(k), {"in", "during", "over", "on"})) {
    return false;
  }
  for (size_t c : v.Kids(k)) {
    if ((v.w(c).deprel == Deprel::kCompound || v.w(c).deprel == Deprel::kAmod) &&
        IsIn(v.Lemma(c), {"phone", "telephone", "video", "telephonic"})) {
      return true;
    }
  }
  return false;
}

// An encounter named as the occasion of something else: "during a meeting
// with Olaf Scholz", "during Xi Jinping's visit to Belgrade".
bool IsOccasion(const SentenceView& v, size_t k) {
  return v.CaseOf(k) == "during"sv &&
         IsIn(v.Lemma(k), {"meeting", "talk", "talks", "visit", "trip", "call", "conversation",
                           "summit", "tour", "consultation", "consultations"});
}

// A text that says something: what a blocked one would have said was never
// said, and the places it speaks of are not where it was issued.
bool IsTextNoun(std::string_view lemma) {
  return IsIn(lemma, {"statement", "resolution", "declaration", "motion", "draft", "text",
                      "bill", "proposal", "communique", "communiqué"});
}

// A case marker of where something is or happens: "in Doha", "near Kabul".
bool IsLocativeCase(std::string_view c) {
  return IsIn(c, {"in", "at", "near", "inside", "outside"});
}

// A regular English inflection of a verb: "kills", "killed", "killing",
// "agreed", "tries", "tried", "stopped", "panicked" (not "left" of "leave").
bool IsRegularVerbForm(std::string_view form, std::string_view lemma) {
  if (form == lemma) return true;
  if (form.size() <= lemma.size() || lemma.empty() || form.substr(0, lemma.size() - 1) !=
                                                         lemma.substr(0, lemma.size() - 1)) {
    return false;
  }
  const std::string_view ending = form.substr(lemma.size() - 1);  // from the lemma's last letter
  const char last = lemma.back();
  for (std::string_view suffix : {"s", "es", "ed", "d", "ing"}) {
    if (ending.size() == suffix.size() + 1 && ending[0] == last && ending.substr(1) == suffix) {
      return true;
    }
  }
  // "agreeing" keeps the e of "agree"; "making" drops the e of "make".
  if (last == 'e' && ending == "ing"sv) return true;
  if (last == 'y' && (ending == "ies"sv || ending == "ied"sv)) return true;
  // A doubled final consonant: "stopped", "stopping", "panicked".
  if (ending.size() >= 3 && (ending[1] == last || (last == 'c' && ending[1] == 'k'))) {
    const std::string_view rest = ending.substr(2);
    return rest == "ed"sv || rest == "ing"sv;
  }
  return false;
}

// A crowd named by its size: "thousands of Israelis", "hundreds".
bool IsCrowdSize(std::string_view lemma) {
  return IsIn(lemma, {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "million",
                      "millions", "tens", "ten", "scores"});  // ("tens" lemmatizes to "ten")
}

// A settlement or district named by its "of" phrase or standing for where
// something happened: "the city of Kharkiv", "the Afghan capital".
bool IsSettlementNoun(std::string_view lemma) {
  return IsIn(lemma, {"city", "town", "village", "district", "province", "region", "port",
                      "capital", "area", "suburb", "neighborhood", "neighbourhood", "governorate",
                      "oblast", "county", "prefecture"});
}

// A first-level division noun that GeoNames puts in the division's name
// ("Zamfara State", "Kursk Oblast", "Idlib Governorate"). "state" only here,
// next to a name: alone it is rarely a place ("the Jewish state").
bool IsDivisionNoun(std::string_view lemma) {
  return IsIn(lemma, {"state", "province", "region", "governorate", "oblast", "county",
                      "district", "department", "prefecture"});
}

// A document that speaks for whoever issued it: "a resolution calling for",
// "a report that calls on".
bool IsDocumentNoun(std::string_view lemma) {
  return IsIn(lemma, {"resolution", "statement", "declaration", "communique", "letter", "motion",
                      "decree", "memorandum", "report", "petition", "manifesto", "editorial",
                      // legal filings: "filed a case at the ICJ accusing Israel"
                      "case", "lawsuit", "suit", "complaint", "indictment", "bill"});
}

// A name that only qualifies a noun: "pro-Russian separatists",
// "anti-government protesters", "the U.S.-based cleric", "Iranian-backed
// militias" are not Russia's, the government's, the United States' or Iran's.
bool IsQualifyingName(const SentenceView& v, size_t begin, size_t end) {
  // (Called for every name near a predicate: no copies.)
  auto form = [&](size_t i) -> std::string_view { return i < v.size() ? std::string_view(v.Form(i)) : ""; };
  size_t before =
      begin >= 2 && form(begin - 1) == "-"sv ? begin - 2 : (begin >= 1 ? begin - 1 : kNone);
  if (before != kNone && IsIn(form(before), {"pro", "anti"})) return true;
  return form(end) == "-"sv &&
         IsIn(form(end + 1), {"backed", "based", "funded", "supported", "allied", "trained",
                              "armed", "sponsored", "aligned"});
}

// The pattern of an act the coder reads from what a speech verb reports
// (an accusation, a demand, an appeal), with no dictionary line of its own.
dict::KbPattern SpeechPattern(const char* cameo) {
  dict::KbPattern pattern;
  pattern.cameo = cameo;
  pattern.lemma = "say";
  return pattern;
}

// A word that states an amount of money ("$", "euros", "million"): "pledged
// $500 million in humanitarian aid" has the aid in the amount's "in" phrase.
bool IsMoneyAmount(const std::string& lemma) {
  return IsIn(lemma, {"$", "dollar", "euro", "pound", "yen", "yuan", "rupee", "million",
                      "billion", "trillion", "€", "£"});
}

// Whether a noun is counted by a number under a hundred: "40 Uighurs",
// "twelve families" (not "thousands of residents", not "400 people").
bool FewerThanAHundred(const SentenceView& v, size_t h) {
  static constexpr std::string_view kSmall[] = {
      "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
      "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  for (size_t k : v.Kids(h)) {
    if (v.w(k).deprel != Deprel::kNummod) continue;
    const std::string& n = v.Lemma(k);
    if (!n.empty() && n.size() <= 2 && std::all_of(n.begin(), n.end(), [](char c) {
          return c >= '0' && c <= '9';
        })) {
      return true;
    }
    if (std::find(std::begin(kSmall), std::end(kSmall), n) != std::end(kSmall)) return true;
  }
  return false;
}

// Whether a noun is counted in hundreds or more: "more than 100 people",
// "at least 1,500 civilians", "hundreds of villagers" (the count as head).
bool AtLeastAHundred(const SentenceView& v, size_t h) {
  if (IsIn(v.Lemma(h), {"hundred", "hundreds", "thousand", "thousands"}) &&
      v.w(h).xpos == Xpos::kNNS) {
    return true;
  }
  for (size_t k : v.Kids(h)) {
    if (v.w(k).deprel != Deprel::kNummod) continue;
    const std::string& n = v.Lemma(k);
    if (IsIn(n, {"hundred", "hundreds", "thousand", "thousands", "million"})) return true;
    std::string digits;
    for (char c : n) {
      if (c >= '0' && c <= '9') {
        digits += c;
      } else if (c != ',') {
        digits.clear();
        break;
      }
    }
    if (digits.size() >= 3) return true;
  }
  return false;
}

// How many parties a counted plural names: "the three countries" 3, "both
// governments" 2; 0 when it is not one.
int CountedPlural(const SentenceView& v, size_t h) {
  // "The two discussed the war", "The two also agreed ...": the number
  // alone, as the subject or object, is the pair just named.
  if (v.w(h).xpos == Xpos::kCD && v.Lemma(h) == "two"sv && v.Child(h, Deprel::kDet) != kNone &&
      v.Lemma(v.Child(h, Deprel::kDet)) == "the"sv &&
      (v.w(h).deprel == Deprel::kNsubj || v.w(h).deprel == Deprel::kObj)) {
    return 2;
  }
  if (v.w(h).xpos != Xpos::kNNS ||
      !IsIn(v.Lemma(h), {"country", "countries", "nation", "nations", "government", "governments",
                         "state", "states", "side", "sides", "leader", "leaders",
                         "president", "presidents", "minister", "ministers", "premier",
                         "premiers"})) {
    return 0;
  }
  static constexpr std::string_view kNumbers[] = {"two", "three", "four", "five",
                                                  "six", "seven", "eight", "nine", "ten"};
  // A number refers back to a group only when definite ("the three
  // countries", "their two leaders"); "arrested three opposition leaders"
  // introduces new people.
  const size_t det = v.Child(h, Deprel::kDet);
  const bool definite = (det != kNone && IsIn(v.Lemma(det), {"the", "these", "those"})) ||
                        v.Child(h, Deprel::kNmodPoss) != kNone;
  for (size_t k : v.Kids(h)) {
    const std::string& lower = v.Lemma(k);
    if (lower == "both"sv || v.Form(k) == "Both"sv) return 2;
    if (v.w(k).deprel != Deprel::kNummod || !definite) continue;
    for (size_t i = 0; i < std::size(kNumbers); ++i) {
      if (lower == kNumbers[i]) return static_cast<int>(i) + 2;
    }
    if (lower.size() == 1 && lower[0] >= '2' && lower[0] <= '9') return lower[0] - '0';
  }
  return 0;
}

using dict::ActorKind;
using dict::EntityType;
using dict::IsCountryLevelCode;
using dict::KbPattern;
using dict::PhraseMatch;
using dict::PredicateKind;

// A resolved actor mention.
struct Mention {
  std::string code;
  ActorKind kind = ActorKind::kOther;
  bool person = false;
  bool country_from_context = false;  // a bare role whose country was inferred
  // Its role comes from a role word ("the Liberian president", "officials"),
  // not from a name that stands for a government ("Washington").
  bool titled = false;
  // Named as where something happened ("in Doha"): not who "they" or "he"
  // are in a later sentence.
  bool locative = false;
  size_t first = 0;  // word range [first, last]
  size_t last = 0;
};

// A country-level mention of `code` over words [first, last] (kNone when it
// stands for no words of the sentence).
Mention CountryMention(std::string code, size_t first, size_t last) {
  Mention m;
  m.code = std::move(code);
  m.kind = ActorKind::kCountry;
  m.first = first;
  m.last = last;
  return m;
}

// Whether a CAMEO actor code starts with a country (not IGO, NGO, IMG, MNC,
// nor the manual's region code WST, "the West").
bool HasCountryPrefix(std::string_view code) {
  return code.size() >= 3 && !IsIn(code.substr(0, 3), {"IGO", "NGO", "IMG", "MNC", "WST"});
}

// The code of a bare country `code` as the source or target of an event
// with CAMEO `cameo`, under CoderOptions::state_roles.
std::string StateRoleCode(const std::string& code, std::string_view cameo, bool source) {
  if (cameo.size() < 2) return code;
  const std::string_view root = cameo.substr(0, 2);
  // (Protests at parliament are against the state that sits there: "stormed
  // the federal parliament", "protested outside parliament".)
  if (!source && root == "14"sv && code.size() == 6 && HasCountryPrefix(code) &&
      code.compare(3, 3, "LEG") == 0) {
    return code.substr(0, 3) + "GOV";
  }
  if (code.size() != 3 || !HasCountryPrefix(code)) return code;
  // (A nation protesting, 14, is its people.)
  if (source && root == "14"sv) return code + "CVL";
  if (source) return code + (IsIn(root, {"15", "18", "19", "20"}) ? "MIL" : "GOV");
  // (Recognition, 054, is of the state itself: "recognised Kosovo"; a
  // threat of force, 138, is aimed at the country, as force is; and
  // humanitarian aid, given or promised, 073 / 0333, is for its people.)
  if (cameo.rfind("054", 0) == 0 || cameo.rfind("138", 0) == 0 || cameo.rfind("073", 0) == 0 ||
      cameo == "0333"sv) {
    return code;
  }
  if (IsIn(root, {"03", "04", "05", "06", "07", "10", "11", "12", "13", "16"})) return code + "GOV";
  return code;
}

// One matched pattern on one predicate, before filtering.
struct Candidate {
  size_t predicate = kNone;
  const KbPattern* pattern = nullptr;
  int score = 0;
  std::vector<Mention> sources;
  std::vector<Mention> targets;
  size_t complement = kNone;   // xcomp/ccomp predicate index (for refinement)
  size_t consumed_noun = kNone;  // object noun the pattern used (not coded again)
  std::string code;
  bool blocked = false;
  bool future = false;
  bool refusal = false;  // "would not negotiate": see RefusalCode
  bool agentless_passive = false;  // "were killed", no "by" phrase
  bool reverse = true;  // also code the pattern's reverse dyad (a visit's hosting)
  // A compound slot ("- * BETWEEN % [223]") with no other party: its
  // conjuncts act on each other, both ways, as for a symmetric pattern.
  bool mutual = false;
};

// Roles of a state's own office holders (not its rebels, parties or people).
bool IsStateRole(std::string_view role) {
  return IsIn(role, {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"});
}

// Whether one of `mentions` is coded `code` (a comment or approval is not
// aimed at its own speaker).
bool HasCode(const std::vector<Mention>& mentions, const std::string& code) {
  for (const Mention& m : mentions) {
    if (m.code == code) return true;
  }
  return false;
}

// A person with no code on `date` whose last state office ended before it
// is a former office holder, coded as the country's elite (ELI), as CAMEO
// and Phoenix do: "Former Malaysian Prime Minister Najib Razak" in July
// 2018. Empty when the person held no such office.
std::string FormerOfficeCode(const dict::KbActor& person, std::string_view date) {
  const dict::KbDatedCode* last = nullptr;
  for (const dict::KbDatedCode& c : person.codes) {
    if (date.empty() || c.to.empty() || c.to >= date || !c.in_country.empty()) continue;
    if (last == nullptr || c.to > last->to) last = &c;
  }
  if (last == nullptr || last->code.size() != 6 || !IsStateRole(last->code.substr(3)) ||
      !HasCountryPrefix(last->code)) {
    return std::string();
  }
  return last->code.substr(0, 3) + "ELI";
}

// A third party's act on a two-sided event that names both its sides:
// "brokered a ceasefire between Israel and Hamas", "welcomed the talks
// between Armenia and Azerbaijan". The event itself is coded too.
bool ThirdPartyOnBothSides(std::string_view governor_lemma, const Candidate& event) {
  return event.pattern->symmetric && event.sources.size() >= 2 &&
         IsIn(governor_lemma, {"broker", "mediate", "facilitate", "sponsor", "host", "oversee",
                               "monitor", "guarantee", "welcome", "hail"});
}

class DocumentCoder {
 public:
  DocumentCoder(const dict::KnowledgeBase& kb, const geo::Gazetteer* gazetteer,
                const CoderOptions& options, std::string_view story_date)
      : kb_(kb), gazetteer_(gazetteer), options_(options), date_(story_date) {
    if (std::optional<int64_t> days = base::DaysFromIsoDate(date_)) {
      month_ago_ = base::IsoDateFromDays(*days - 30);
    }
  }

  void CodeSentence(const Sentence& s, size_t sentence_index, std::string_view original,
                    std::string_view doc_id, std::vector<Event>* out, CodeStats* stats);
  std::string* trace = nullptr;

 private:
  // Actor resolution.
  std::optional<Mention> ResolveNominal(size_t h);
  std::optional<Mention> ResolveNominalPhrase(size_t h);
  const std::string* RoleBeforeCountry(size_t h, const Mention& m) const;
  std::optional<Mention> ResolvePronoun(size_t h, const std::string& avoid);
  // "an end to the war in Sudan", "an end to Israel's offensive": whom an
  // appeal for `end` is aimed at, the fighting's possessor or sides, else
  // the country it is in; none when `end` is no end to fighting.
  std::vector<Mention> PartiesToEndOf(size_t end, const std::string& avoid);
  std::vector<Mention> ResolveWithConjuncts(size_t h, const std::string& avoid);
  void Remember(const Mention& m);

  // Slots.
  size_t Subject(size_t p, int depth = 0) const;
  // Who issued a document noun ("the Council's resolution", "the Council
  // approved a resolution"): its possessor, or the subject of the verb it
  // is the object of. kNone if neither.
  size_t DocumentIssuer(size_t doc, int depth = 0) const;
  // The peacekeeping mission or force a verb of sending or arriving sends
  // its forces to or to join ("to the UN peacekeeping mission in Mali", "on
  // a peacekeeping mission", "to join the peacekeeping force"), or kNone.
  size_t PeacekeepingMission(size_t p) const;
  // Whether the candidate's predicate or the object its pattern used is
  // "unilateral" ("a unilateral ceasefire", "withdrew unilaterally").
  bool Unilateral(const Candidate& c) const;
  // The subject and any parallel subjects the parser failed to coordinate.
  std::vector<size_t> SubjectWords(size_t p) const;
  size_t Object(size_t p) const;
  // A predicative adjective read as a verb: one with a complement ("is ready
  // to talk"), or one the knowledge base has verb patterns for ("was sorry
  // for the deaths").
  bool IsPredicatePhrase(size_t p) const {
    const SentenceView& v = *view_;
    if (IsPredicativeAdjective(v, p)) return true;
    return v.w(p).upos == Upos::kADJ && v.Child(p, Deprel::kCop) != kNone &&
           !kb_.VerbPatterns(v.Lemma(p)).empty();
  }
  // Whether word k is part of the name of an actor of this kind.
  bool NamesActorOfKind(size_t k, ActorKind kind) const {
    if (phrase_of_[k] < 0) return false;
    for (const dict::PhraseHit& hit : phrases_[phrase_of_[k]].hits) {
      if (hit.type == static_cast<uint8_t>(EntityType::kActor) &&
          kb_.actors()[hit.index].kind == kind) {
        return true;
      }
    }
    return false;
  }
  // A country actor's name ("Mali", "the United States").
  bool NamesCountry(size_t k) const { return NamesActorOfKind(k, ActorKind::kCountry); }
  // A news organisation's name (media.txt).
  bool NamesNewsOutlet(size_t k) const { return NamesActorOfKind(k, ActorKind::kMedia); }
  // Whether word k is part of a dictionary actor name.
  bool NamesActor(size_t k) const {
    if (phrase_of_[k] < 0) return false;
    for (const dict::PhraseHit& hit : phrases_[phrase_of_[k]].hits) {
      if (hit.type == static_cast<uint8_t>(EntityType::kActor)) return true;
    }
    return false;
  }
  // Whether word k is part of a role word of the agent dictionary
  // ("refugee camp", "officials").
  bool NamesAgent(size_t k) const {
    if (phrase_of_[k] < 0) return false;
    for (const dict::PhraseHit& hit : phrases_[phrase_of_[k]].hits) {
      if (hit.type == static_cast<uint8_t>(EntityType::kAgent)) return true;
    }
    return false;
  }
  // The country of the knowledge-base place word k names, when its phrase
  // is a place and no actor ("Jenin", "Zaporizhzhia"); "" otherwise.
  std::string PlaceOnlyCountry(size_t k) const {
    if (phrase_of_[k] < 0) return "";
    std::string country;
    for (const dict::PhraseHit& hit : phrases_[phrase_of_[k]].hits) {
      if (hit.type == static_cast<uint8_t>(EntityType::kActor)) return "";
      if (hit.type == static_cast<uint8_t>(EntityType::kPlace)) {
        country = kb_.places()[hit.index].country;
      }
    }
    return HasCountryPrefix(country) ? country.substr(0, 3) : "";
  }
  // The first actor name modifying noun h before it (as a compound or an
  // adjective: "Hamas positions", "a U.S. decision"), or kNone.
  size_t NamedModifier(size_t h) const {
    const SentenceView& v = *view_;
    for (size_t k : v.Kids(h)) {
      const Deprel d = v.w(k).deprel;
      if ((d == Deprel::kCompound || d == Deprel::kAmod) && k < h && NamesActor(k)) return k;
    }
    return kNone;
  }
  // The words that say who leads noun h: "Saudi" in "Saudi-led air
  // strikes", "the U.S.-led coalition" (the modifiers of its "led").
  std::vector<size_t> LeaderWords(size_t h) const {
    const SentenceView& v = *view_;
    std::vector<size_t> out;
    for (size_t k : v.Kids(h)) {
      if (v.w(k).deprel != Deprel::kAmod || v.Form(k) != "led"sv || k > h) continue;
      // (Or read as an unmarked oblique: "U.S." in "U.S.-led".)
      for (size_t g : v.Kids(k)) {
        const Deprel d = v.w(g).deprel;
        if (g < k && (d == Deprel::kAmod || d == Deprel::kCompound ||
                      d == Deprel::kOblUnmarked || d == Deprel::kNmodUnmarked)) {
          out.push_back(g);
        }
      }
    }
    return out;
  }
  // The purpose clauses of predicate p ("to disperse them", "to promote
  // investment in Ethiopia"), in text order.
  std::vector<size_t> PurposeClauses(size_t p) const {
    std::vector<size_t> out;
    for (size_t k : view_->Kids(p)) {
      if (view_->w(k).deprel == Deprel::kAdvcl && HasMark(*view_, k, "to")) out.push_back(k);
    }
    // ("used water cannon to disperse protesters", with the clause hung on
    // the object the parser took it to describe.)
    for (size_t o : view_->Kids(p)) {
      if (view_->w(o).deprel != Deprel::kObj) continue;
      for (size_t k : view_->Kids(o)) {
        if (view_->w(k).deprel == Deprel::kAcl && HasMark(*view_, k, "to") && k > o) {
          out.push_back(k);
        }
      }
    }
    return out;
  }
  // "called the ambassador a stupid guy": a second, unmarked noun phrase
  // with "a"/"an" after the object names what the object is called.
  bool CallsAName(size_t p) const;
  // "Israel and Egypt postponed their meeting": the object (or the
  // complement's object) that is a two-sided thing (a meeting, talks, ties,
  // embassies) the compound subject shares ("their"), or kNone.
  size_t SharedTwoSidedObject(const Candidate& c) const;
  std::vector<size_t> SlotWords(size_t p, const std::string& slot, bool noun) const;
  std::vector<Mention> FillSlot(size_t p, const std::vector<std::string>& slots, bool noun,
                                const std::string& avoid);
  // CoderOptions::new_actor_length: `word` and its conjuncts that none of
  // `found` falls in, as actors named by their text.
  void AddNewActors(size_t word, std::vector<Mention>* found) const;
  bool ObjectMatches(size_t obj, const std::vector<std::string>& objects) const;
  // "provide Brazil with $1.5 billion": for verbs that take the recipient as
  // object and the thing with "with", the with-phrase that matches
  // `objects` (kNone when the object itself matches, or none does).
  size_t WithObject(size_t p, const std::vector<std::string>& objects) const;
  // The number of words of the longest listed object the object word
  // matches directly ("tear gas" 2, "gas" 1), 0 for none.
  int DirectObjectMatchWords(size_t obj, const std::vector<std::string>& objects) const;
  // A pattern's word order (KbPattern::before / after) around verb `p`:
  // the number of words matched, -1 when it does not match; `modal` set
  // when a matched word before the verb negates it or is a modal ("NOT *",
  // "SAID WOULD *"): the pattern's code then stands for that reading.
  struct WordOrderMatch {
    int words = -1;
    bool modal = false;
  };
  WordOrderMatch MatchWordOrder(size_t p, const KbPattern& pat) const;
  // True when word k is in verb p's own phrase: below p, not through a verb
  // coordinated with it or a clause set beside it (PETRARCH reads the VP).
  bool InPhraseOf(size_t p, size_t k) const;
  // The length of `alternative` ("did_n't") spelled by the words from k, or 0.
  size_t SpelledAt(size_t k, std::string_view alternative) const;
  bool NounLemmaMatches(size_t n, const std::string& lemma) const;
  size_t LightVerbOf(size_t n) const;
  // "protesters", "a mob", "rioters": a crowd, not an armed force.
  bool IsProtesterMention(const Mention& m) const;
  // A people named by a bare plural, "Israelis", "Iranians" (not "the
  // Philippines"): a word in a country's phrase, plural, with no determiner.
  bool IsPeoplePlural(size_t h) const;
  // The knowledge base's country actor coded USA, or -1.
  int UnitedStatesActor();
  int usa_actor_ = -2;  // -2: not looked up yet
  // "Taiwan's President Lai Ching-te said ... Beijing condemned Lai's
  // speech": one word of a person's full name, standing alone later in the
  // document, is that person. Adds such matches to phrases_ and remembers
  // the words of this sentence's full names.
  void MatchPartsOfNamedPeople(const Sentence& s);
  // Adds to phrases_ a match of word t alone as the knowledge base's actor;
  // callers then keep phrases_ in word order.
  void AddWordActorMatch(size_t t, uint32_t actor) {
    PhraseMatch m;
    m.begin = t;
    m.end = t + 1;
    dict::PhraseHit hit;
    hit.type = static_cast<uint8_t>(EntityType::kActor);
    hit.index = actor;
    m.hits.push_back(hit);
    phrases_.push_back(std::move(m));
  }
  void SortPhrasesByPosition() {
    std::stable_sort(phrases_.begin(), phrases_.end(),
                     [](const PhraseMatch& a, const PhraseMatch& b) { return a.begin < b.begin; });
  }
  // Word of a full name -> the person (kAmbiguousPerson: two people share it).
  std::unordered_map<std::string, uint32_t> person_name_parts_;
  static constexpr uint32_t kAmbiguousPerson = 0xFFFFFFFFu;

  // The code of mention `m` for an event in `country`: a group's code for
  // acting there ("Islamic State" in Syria: SYRINS, from "SYRINS in SYR"),
  // its roles kept; else m.code.
  std::string OperatingCode(const Mention& m, const std::string& country) const;

  std::optional<Candidate> MatchPredicate(size_t p);
  // "X said Y was responsible for ...": an accusation by attribution.
  std::optional<Candidate> Attribution(size_t p);
  // "Russia said Sudan must return the helicopter": a demand (10) on the
  // complement's subject; with "should", an appeal (02).
  std::optional<Candidate> ReportedDemand(size_t p);
  std::optional<Candidate> FillCandidate(size_t p, const KbPattern* pattern, int score, size_t obj,
                                         size_t xcomp);
  // A proper-noun phrase looked up in the gazetteer ("Goma", "Gaza City"),
  // with the countries named so far as context. nullopt when not a place.
  // `division`: a division noun to try after the name first ("Zamfara" +
  // "state" is GeoNames' "Zamfara State"), falling back to the name alone.
  std::optional<Location> PlaceAt(size_t h, std::string_view division = {});
  std::vector<std::string> ContextCountries() const;
  std::optional<Location> LocationAt(size_t n);
  std::optional<Location> LocationFor(size_t predicate);
  std::vector<Mention> NearestActor(size_t p, int direction, const std::vector<std::string>& preps,
                                    const std::string& avoid);
  std::string ContextCountry() const;
  // The one country other than `own` that the sentence's actor names stand
  // for, counting only phrases with a word `within` accepts (all when it is
  // empty); "" when there is none, or more than one.
  std::string OtherCountryNamed(const std::string& own,
                                const std::function<bool(size_t)>& within = {}) const;
  // The first country an actor of this sentence names other than `excluded`
  // (organisations' codes skipped), or "".
  std::string SentenceCountryOtherThan(std::string_view excluded) const;

  const dict::KnowledgeBase& kb_;
  const geo::Gazetteer* gazetteer_;
  CoderOptions options_;
  std::string date_;
  std::string month_ago_;  // the story date less 30 days (empty if the date is unknown)
  const SentenceView* view_ = nullptr;
  std::vector<int> phrase_of_;        // word -> index in phrases_, or -1
  std::vector<PhraseMatch> phrases_;
  std::vector<Mention> history_;      // resolved mentions, oldest first
  // Who the previous sentence's main clause was about (its root's subject,
  // or the source of the event the root codes): "The Iraqi government
  // summoned the Turkish ambassador. It called the strikes ...".
  std::optional<Mention> previous_subject_;
  bool previous_subject_is_thing_ = false;  // a passive's subject no actor stands for
  // The acts of force coded so far in the document, oldest first: who did
  // "the attack" a later sentence names, and whom a later one-sided
  // ceasefire is declared towards.
  struct ForceAct {
    Mention source;
    Mention target;
    std::string code;  // the CAMEO code it was coded with
    bool joint = false;  // done together by source and target (talks, joint drills)
  };
  std::vector<ForceAct> force_acts_;
  // The two sides of the latest two-sided event coded (a fight, talks, a
  // truce): whom a later "both sides" means.
  std::optional<ForceAct> latest_sides_;
  // The story's first protest coded (14) with both sides: what "protests
  // spread" in a later sentence continue.
  std::optional<ForceAct> first_protest_;
  // The latest act of any kind coded in the document: whose "the move" or
  // "the decision" a later sentence condemns or welcomes.
  std::optional<ForceAct> latest_act_;
  // The latest show or use of force coded with no target ("North Korea
  // test-fired two ballistic missiles"), when it is more recent than
  // latest_act_: whose "the launches" or "the test" a reaction condemns.
  std::optional<ForceAct> latest_untargeted_force_;
  std::string place_country_;  // country of the sentence's "in <place>", or empty
  std::string other_than_;     // while resolving a target: the source's country
  std::vector<std::string> source_countries_;  // ... and every source's
  // Whether an actor code is of one of the sources' countries.
  bool IsSourceCountry(const std::string& code) const {
    return code.size() >= 3 && std::find(source_countries_.begin(), source_countries_.end(),
                                         code.substr(0, 3)) != source_countries_.end();
  }
  // ... and, while a bare role takes a country from context, the words of
  // who reports its clause ("Qatar said Hamas released four hostages": the
  // hostages are not Qatar's).
  size_t speaker_first_ = kNone, speaker_last_ = kNone;
  std::string reported_source_;  // the source's country, while resolving a target
  bool InSpeaker(const dict::PhraseMatch& m) const {
    return speaker_first_ != kNone && m.begin >= speaker_first_ && m.end - 1 <= speaker_last_;
  }
  bool resolving_target_ = false;
  // Resolving the target of a claim of responsibility: "claimed
  // responsibility for the attack" is about the attack's victims, not its
  // doer (as "condemned the attack" is).
  bool act_stands_for_victim_ = false;
  // Resolving the target of an act of coercion (arrest, detention, ban):
  // a bare role is the coercer's compatriot ("Ecuadorean police ...
  // arrested former Vice President Jorge Glas").
  bool coercion_target_ = false;
  // While resolving a target: the event is an act of force (18, 19, 20).
  bool force_target_ = false;
  // Set while a counted plural looks for its group, so that a group that
  // contains it does not look again (and recurse without end).
  bool resolving_counted_plural_ = false;
  std::map<std::string, int> country_counts_;
  std::string first_country_;
};

int DocumentCoder::UnitedStatesActor() {
  if (usa_actor_ != -2) return usa_actor_;
  usa_actor_ = -1;
  for (size_t i = 0; i < kb_.actors().size(); ++i) {
    const dict::KbActor& a = kb_.actors()[i];
    if (a.kind == ActorKind::kCountry && a.CodeOn(date_) == "USA"sv) {
      usa_actor_ = static_cast<int>(i);
      break;
    }
  }
  return usa_actor_;
}

bool DocumentCoder::IsProtesterMention(const Mention& m) const {
  // Only a civilian mention of this sentence (a pronoun's antecedent keeps
  // the word range of its own sentence).
  if (m.code.find("CVL") == std::string::npos || m.last >= view_->size()) return false;
  for (size_t k = m.first; k <= m.last; ++k) {
    if (IsIn(view_->Lemma(k), {"protester", "protestor", "demonstrator", "rioter", "mob",
                               "crowd"})) {
      return true;
    }
  }
  return false;
}

bool DocumentCoder::IsPeoplePlural(size_t h) const {
  const SentenceView& v = *view_;
  if (h == kNone || phrase_of_[h] < 0 || v.Form(h).back() != 's' ||
      v.Child(h, Deprel::kDet) != kNone) {
    return false;
  }
  const PhraseMatch& ph = phrases_[phrase_of_[h]];
  if (ph.end != ph.begin + 1) return false;
  // (The word is one of the country's names but not its own name:
  // "Israelis", "Filipinos", not "Philippines" or "Seychelles", even as a
  // sentence's first word, where the tagger may read a plural as a name.)
  for (const dict::PhraseHit& hit : ph.hits) {
    if (hit.type != static_cast<uint8_t>(EntityType::kActor)) continue;
    const dict::KbActor& a = kb_.actors()[hit.index];
    if (a.kind == ActorKind::kCountry && !a.names.empty() &&
        dict::FoldToken(a.names.front()) != dict::FoldToken(v.Form(h))) {
      return true;
    }
  }
  return false;
}

std::string DocumentCoder::SentenceCountryOtherThan(std::string_view excluded) const {
  for (const PhraseMatch& m : phrases_) {
    for (const dict::PhraseHit& hit : m.hits) {
      if (hit.type != static_cast<uint8_t>(EntityType::kActor) ||
          kb_.actors()[hit.index].kind == ActorKind::kMedia) {
        continue;
      }
      const std::string code = kb_.actors()[hit.index].CodeOn(date_);
      if (HasCountryPrefix(code) && code.compare(0, 3, excluded) != 0) return code.substr(0, 3);
    }
  }
  return "";
}

std::string DocumentCoder::OtherCountryNamed(const std::string& own,
                                             const std::function<bool(size_t)>& within) const {
  std::string other;
  for (const PhraseMatch& pm : phrases_) {
    bool inside = !within;
    for (size_t k = pm.begin; k < pm.end && !inside; ++k) inside = within(k);
    if (!inside) continue;
    for (const dict::PhraseHit& hit : pm.hits) {
      if (hit.type != static_cast<uint8_t>(EntityType::kActor)) continue;
      const std::string code = kb_.actors()[hit.index].CodeOn(date_);
      if (code.size() < 3 || !HasCountryPrefix(code) || code.compare(0, 3, own) == 0) continue;
      if (other.empty()) other = code.substr(0, 3);
      if (other != code.substr(0, 3)) return "";  // two others: no telling
    }
  }
  return other;
}

std::string DocumentCoder::ContextCountry() const {
  // A bare role on the receiving end of a foreign actor ("Israeli warplanes
  // pounded Hamas compounds, killing 200 people") belongs to the other
  // country the sentence names.
  if (!other_than_.empty()) {
    if (!place_country_.empty() && place_country_ != other_than_) return place_country_;
    // (When the act happens in the actor's own country, "Myanmar soldiers
    // fired into crowds of protesters in Yangon, killing nine people,
    // including a Japanese journalist", the bare victims are local.)
    if (!place_country_.empty()) return place_country_;
    for (const PhraseMatch& m : phrases_) {
      if (InSpeaker(m)) continue;
      for (const dict::PhraseHit& hit : m.hits) {
        if (hit.type != static_cast<uint8_t>(EntityType::kActor) ||
            kb_.actors()[hit.index].kind == ActorKind::kMedia) {
          continue;
        }
        std::string code = kb_.actors()[hit.index].CodeOn(date_);
        if (code.size() < 3 || code.substr(0, 3) == "IGO"sv || code.substr(0, 3) == "NGO"sv ||
            code.substr(0, 3) == "IMG"sv) {
          continue;
        }
        // ("The United States and Britain urged the government": not a
        // co-source's country either.)
        if (code.substr(0, 3) != other_than_ &&
            std::find(source_countries_.begin(), source_countries_.end(), code.substr(0, 3)) ==
                source_countries_.end()) {
          return code.substr(0, 3);
        }
      }
    }
  }
  // Bare roles ("gunmen", "protesters", "riot police") belong to the country
  // where the sentence happens, when it names one, else to the story's.
  if (!place_country_.empty()) return place_country_;
  std::string best = first_country_;
  int best_count = 0;
  for (const auto& [c, n] : country_counts_) {
    if (n > best_count || (n == best_count && c == first_country_)) {
      best = c;
      best_count = n;
    }
  }
  // (A story that has so far only named its reporter's country, "Qatar
  // said Hamas released four hostages", says nothing of whose the hostages
  // are.)
  if (best_count == 0 && !best.empty() && speaker_first_ != kNone) {
    for (const PhraseMatch& m : phrases_) {
      if (!InSpeaker(m)) continue;
      for (const dict::PhraseHit& hit : m.hits) {
        if (hit.type != static_cast<uint8_t>(EntityType::kActor)) continue;
        const std::string code = kb_.actors()[hit.index].CodeOn(date_);
        if (code.size() >= 3 && code.compare(0, 3, best) == 0) best.clear();
      }
    }
  }
  // The story's first sentence, before any country was resolved: the
  // first country this sentence names ("Judge X opened investigations
  // against 28 Chilean officials").
  if (best.empty()) {
    for (const PhraseMatch& m : phrases_) {
      if (InSpeaker(m)) continue;
      for (const dict::PhraseHit& hit : m.hits) {
        if (hit.type != static_cast<uint8_t>(EntityType::kActor)) continue;
        const dict::KbActor& a = kb_.actors()[hit.index];
        std::string code = a.CodeOn(date_);
        if (a.kind == ActorKind::kCountry && code.size() >= 3) return code.substr(0, 3);
      }
    }
  }
  return best;
}

void DocumentCoder::Remember(const Mention& m) {
  history_.push_back(m);
  // (A news organisation's home country is not the story's: "the BBC" in a
  // story about Burkina Faso.)
  if (m.code.size() >= 3 && m.code.substr(0, 3) != "IGO"sv && m.code.substr(0, 3) != "NGO"sv &&
      m.code.substr(0, 3) != "IMG"sv && m.kind != ActorKind::kMedia) {
    std::string c = m.code.substr(0, 3);
    if (first_country_.empty()) first_country_ = c;
    ++country_counts_[c];
  }
}

// "MSF Arnor", "an MSF Arnor diplomat": a role word the knowledge base writes
// before the country code (PETRARCH's "[NGO~]": NGOARN, NGOARNGOV), in the
// phrase of `h` up to three words before the mention; null when none.
const std::string* DocumentCoder::RoleBeforeCountry(size_t h, const Mention& m) const {
  const SentenceView& v = *view_;
  const size_t from = m.first >= 3 ? m.first - 3 : 0;
  for (size_t i = from; i <= m.last && i < v.size(); ++i) {
    if (phrase_of_[i] < 0) continue;
    for (const dict::PhraseHit& hit : phrases_[phrase_of_[i]].hits) {
      if (hit.type != static_cast<uint8_t>(EntityType::kAgent)) continue;
      const dict::KbAgent& agent = kb_.agents()[hit.index];
      if (!agent.before_actor) continue;
      for (size_t x = i, up = 0; x != kNone && up < 3; x = v.Head(x), ++up) {
        if (x == h || (x >= m.first && x <= m.last)) return &agent.roles;
      }
    }
  }
  return nullptr;
}

// Former office holders are elites (ELI), not the office: "the former prime
// minister", "ex- defence minister". (People are dated in the knowledge base;
// see FormerOfficeCode for those.)
std::optional<Mention> DocumentCoder::ResolveNominal(size_t h) {
  std::optional<Mention> m = ResolveNominalPhrase(h);
  if (m && !m->person && m->code.size() > 3) {
    if (const std::string* roles = RoleBeforeCountry(h, *m)) {
      // Joined after the country as any role ("ARNNGO"), it moves before it.
      std::string code = m->code;
      const size_t n = roles->size();
      if (code.size() >= 3 + n && code.compare(code.size() - n, n, *roles) == 0) {
        code.resize(code.size() - n);
      }
      if (code.rfind(*roles, 0) != 0) code = *roles + code;
      m->code = std::move(code);
    }
  }
  if (!m || m->person || m->code.size() != 6 || !IsStateRole(m->code.substr(3)) ||
      !HasCountryPrefix(m->code)) {
    return m;
  }
  const SentenceView& v = *view_;
  const size_t from = m->first >= 3 ? m->first - 3 : 0;
  for (size_t i = from; i <= m->last && i < v.size(); ++i) {
    if (v.Form(i) != "former"sv && v.Form(i) != "ex"sv) continue;
    // (It must modify this phrase, not a neighbour: its head, or the
    // head's head, is inside the phrase.)
    for (size_t x = v.Head(i), up = 0; x != kNone && up < 2; x = v.Head(x), ++up) {
      if (x == h || (x >= m->first && x <= m->last)) {
        m->code = m->code.substr(0, 3) + "ELI";
        return m;
      }
    }
  }
  return m;
}

std::optional<Mention> DocumentCoder::ResolveNominalPhrase(size_t h) {
  const SentenceView& v = *view_;
  // "warned ... in an interview with CNN": the news organisation that
  // interviews is the speaker's medium, not a party to what is said.
  // ("an exclusive interview Tuesday with CNN", the day the phrase's head.)
  auto is_interview = [&](size_t n) {
    if (IsIn(v.Lemma(n), {"interview", "remark", "comment", "broadcast", "podcast"})) return true;
    for (size_t k : v.Kids(n)) {
      if (v.w(k).deprel == Deprel::kCompound && v.Lemma(k) == "interview"sv) return true;
    }
    return false;
  };
  if (v.Head(h) != kNone && is_interview(v.Head(h)) && NamesNewsOutlet(h)) return std::nullopt;
  // "Police arrest 50 in Paris riots", "the attack killed 20": a bare
  // number arrested or killed is that many people, civilians of the
  // country the sentence is about. (Not one freed or deported: "Israel
  // freed 39" were not Israelis.)
  if (v.w(h).xpos == Xpos::kCD && v.Head(h) != kNone &&
      (v.w(h).deprel == Deprel::kObj || v.w(h).deprel == Deprel::kNsubjPass) &&
      IsIn(v.Lemma(v.Head(h)), {"arrest", "detain", "kill", "wound", "injure", "abduct", "kidnap",
                                "jail", "execute", "rescue", "evacuate", "round up"})) {
    // ("killed 20 of the attackers", "arrested 12 of the protesters": that
    // many of the group named.)
    for (size_t k : v.Kids(h)) {
      if (v.w(k).deprel != Deprel::kNmod || v.CaseOf(k) != "of"sv) continue;
      if (std::optional<Mention> group = ResolveNominal(k)) {
        group->first = std::min(group->first, h);
        return group;
      }
    }
    const std::string country = ContextCountry();
    if (country.empty()) return std::nullopt;
    Mention m;
    m.code = country + "CVL";
    m.kind = ActorKind::kOther;
    m.titled = true;
    m.country_from_context = true;
    m.first = m.last = h;
    return m;
  }
  // "the Saudi-led coalition", "U.S.-led forces": the leader's (when the
  // noun names no one itself).
  // (Not when a name of its own modifies it: "the Russian-led CSTO alliance"
  // is the CSTO.)
  if (phrase_of_[h] < 0 && NamedModifier(h) == kNone &&
      IsIn(v.Lemma(h), {"coalition", "alliance", "force", "forces", "troop", "troops",
                        "operation", "mission", "campaign", "bloc", "group"})) {
    for (size_t g : LeaderWords(h)) {
      if (std::optional<Mention> leader = ResolveNominal(g); leader && !leader->code.empty()) {
        leader->first = std::min(leader->first, g);
        leader->last = std::max(leader->last, h);
        return leader;
      }
    }
  }
  // "deployed troops to their borders with Belarus": a border is the
  // country on its other side.
  if (IsIn(v.Lemma(h), {"border", "frontier", "boundary"})) {
    for (size_t k : v.Kids(h)) {
      if (v.w(k).deprel == Deprel::kNmod && v.CaseOf(k) == "with"sv) {
        if (std::optional<Mention> other = ResolveNominal(k)) return other;
      }
    }
  }
  // "his counterpart, Italian President Sergio Mattarella": the apposition
  // says whose.
  if (IsIn(v.Lemma(h), {"counterpart", "counterparts"})) {
    size_t appos = v.Child(h, Deprel::kAppos);
    if (appos != kNone) {
      if (std::optional<Mention> named = ResolveNominal(appos)) return named;
    }
  }
  // "rejected their calls for talks": a message is its sender's.
  // ("criticized his remarks", "welcomed her decision": a word said or a
  // step taken is its maker's too.)
  if (IsIn(v.Lemma(h), {"call", "demand", "request", "offer", "proposal", "plan", "warning",
                        "appeal", "invitation", "plea", "ultimatum", "accusation", "allegation",
                        "criticism", "initiative", "overture", "remark", "comment", "statement",
                        "speech", "word", "decision", "move", "stance", "position", "rhetoric",
                        "threat", "claim", "announcement", "pledge", "promise"})) {
    size_t poss = v.Child(h, Deprel::kNmodPoss);
    if (poss != kNone && v.w(poss).upos == Upos::kPRON) {
      if (std::optional<Mention> owner = ResolvePronoun(poss, "")) return owner;
    }
  }
  // "the Sea of Japan", "the East China Sea", "the Gulf of Mexico": a body
  // of water named after a country is not that country.
  if (IsWaterBody(v, h) && !NamesActor(h)) return std::nullopt;
  // "facilities in central Iran", "a town in Syria": a place (not a role)
  // in a country stands for the country, when nothing else owns it.
  // ("all parties in Sudan", "the warring sides in Yemen": likewise.)
  if (IsIn(v.Lemma(h), {"target", "position", "site", "facility", "base", "camp", "plant",
                        "reactor", "installation", "airport", "port", "town", "village", "city",
                        "region", "province", "territory", "area", "district", "party", "side",
                        "faction", "combatant", "belligerent"}) &&
      v.Child(h, Deprel::kNmodPoss) == kNone && phrase_of_[h] < 0 &&
      // ("Hamas positions in Gaza": a name modifying the noun owns it first.)
      NamedModifier(h) == kNone) {
    for (size_t in : v.Kids(h)) {
      if (v.w(in).deprel != Deprel::kNmod || v.CaseOf(in) != "in"sv) continue;
      // (Or the place's own possessor: "a target in the Gaza Strip's
      // eastern border regions".)
      std::vector<size_t> names{in};
      for (size_t g : v.Kids(in)) {
        if (v.w(g).deprel == Deprel::kNmodPoss) names.push_back(g);
      }
      for (size_t k : names) {
        if (phrase_of_[k] < 0) continue;
        for (const dict::PhraseHit& hit : phrases_[phrase_of_[k]].hits) {
          if (hit.type != static_cast<uint8_t>(EntityType::kActor)) continue;
          const dict::KbActor& a = kb_.actors()[hit.index];
          std::string code = a.CodeOn(date_);
          if (a.kind != ActorKind::kCountry || code.size() != 3) continue;
          const PhraseMatch& name = phrases_[phrase_of_[k]];
          return CountryMention(code, name.begin, name.end - 1);
        }
      }
      // ("bombed a village in Sagaing region": or a gazetteer place's
      // country, for a settlement or site only, not a party or side.)
      if (!IsIn(v.Lemma(h), {"party", "side", "faction", "combatant", "belligerent"})) {
        for (size_t k : names) {
          std::vector<size_t> words{k};
          for (size_t g : v.Kids(k)) {
            if (v.w(g).deprel == Deprel::kCompound) words.push_back(g);
          }
          for (size_t t : words) {
            if (std::optional<Location> place = PlaceAt(t)) return CountryMention(place->country, t, t);
          }
        }
      }
    }
  }
  // "visited the Zaporizhzhia nuclear plant", "the Natanz site": a
  // knowledge-base place compounded before a settlement or site is its
  // country's (a place names no actor, so this is no named modifier).
  if (IsIn(v.Lemma(h), {"target", "position", "site", "facility", "base", "camp", "plant",
                        "reactor", "installation", "airport", "port", "town", "village", "city",
                        "region", "province", "territory", "area", "district"}) &&
      v.Child(h, Deprel::kNmodPoss) == kNone && !NamesActor(h) && !NamesAgent(h)) {
    for (size_t k : v.Kids(h)) {
      if (v.w(k).deprel != Deprel::kCompound || k > h || phrase_of_[k] < 0) continue;
      // (The compound may share the head's phrase: "nuclear plant" is an
      // issue phrase, "Zaporizhzhia" a place of its own.)
      if (phrase_of_[k] == phrase_of_[h]) continue;
      if (const std::string country = PlaceOnlyCountry(k); !country.empty()) {
        return CountryMention(country, k, k);
      }
    }
  }
  // "targets linked to Yemen's Houthi movement", "missiles fired from
  // Israeli gunships": a thing named by whom it belongs to or came from.
  if (IsIn(v.Lemma(h), {"target", "position", "site", "facility", "base", "camp", "compound",
                        "depot", "hideout", "stronghold", "installation", "infrastructure",
                        "missile", "rocket", "shell", "bomb", "drone", "mortar", "projectile",
                        "crime", "abuse", "atrocity", "violation", "killing", "massacre",
                        "reform", "policy", "decision", "measure", "step", "move", "law"})) {
    for (size_t k : v.Kids(h)) {
      if (v.w(k).deprel != Deprel::kAcl ||
          !IsIn(v.Lemma(k), {"link", "belong", "use", "hold", "control", "run", "operate",
                             "affiliate", "fire", "launch", "drop", "own", "commit", "carry",
                             "perpetrate", "take", "adopt", "introduce", "pass", "announce",
                             "implement", "make"})) {
        continue;
      }
      for (size_t g : v.Kids(k)) {
        Deprel d = v.w(g).deprel;
        if ((d == Deprel::kObl || d == Deprel::kOblAgent) &&
            IsIn(v.CaseOf(g), {"to", "by", "from", "with"})) {
          if (std::optional<Mention> owner = ResolveNominal(g)) return owner;
        }
      }
    }
  }
  // The core of the noun phrase: the head with its name-like modifiers.
  // ("The Israeli army's bombardment of northern Gaza": an event noun with a
  // possessor is that possessor's act; its "of" phrase is what it hit.)
  const bool possessed_event = v.w(h).upos == Upos::kNOUN && v.Child(h, Deprel::kNmodPoss) != kNone &&
                               !kb_.NounPatterns(v.Lemma(h)).empty();
  std::vector<size_t> core{h};
  for (size_t i = 0; i < core.size() && core.size() < 64; ++i) {
    // (Not forces led by a named country, below: "the withdrawal of
    // U.S.-led coalition forces from Iraq" is of the United States' forces.)
    bool led_by_name = false;
    for (size_t g : LeaderWords(core[i])) led_by_name = led_by_name || phrase_of_[g] >= 0;
    for (size_t k : v.Kids(core[i])) {
      Deprel d = v.w(k).deprel;
      bool follow = d == Deprel::kCompound || d == Deprel::kAmod || d == Deprel::kFlat ||
                    d == Deprel::kFlatForeign || d == Deprel::kNmodPoss || d == Deprel::kFixed ||
                    d == Deprel::kNmodUnmarked || d == Deprel::kDet || d == Deprel::kNmodDesc;
      // ("opponents of President Daniel Ortega": whom they oppose is not
      // who they are.)
      if (d == Deprel::kNmod && v.CaseOf(k) == "of"sv && !(possessed_event && core[i] == h) &&
          !IsIn(v.Lemma(core[i]), {"opponent", "opponents", "critic", "critics"})) {
        follow = true;
      }
      // "troops from Chad", "a demand from the president", but not "the
      // border from Russia": "from" gives a role word or a message its owner.
      if (d == Deprel::kNmod && (v.CaseOf(k) == "from"sv || v.CaseOf(k) == "by"sv) &&
          !led_by_name &&
          (phrase_of_[core[i]] >= 0 ||
           IsIn(v.Lemma(core[i]),
                {"demand",   "call",    "request",      "offer",     "proposal",
                 "plan",     "warning", "threat",       "appeal",    "invitation",
                 "pressure", "message", "letter",       "envoy",     "delegation",
                 "aid",      "support", "condemnation", "criticism", "response"}))) {
        follow = true;
      }
      if (follow) core.push_back(k);
    }
  }
  // Phrases touching the core, except a name that only qualifies it:
  // "pro-Russian separatists", "anti-government protesters", "U.S.-based
  // cleric", "Iranian-backed militias" are not Russia's, the government's,
  // the United States' or Iran's.
  std::vector<int> used;
  for (size_t t : core) {
    int p = phrase_of_[t];
    if (p < 0 || std::find(used.begin(), used.end(), p) != used.end()) continue;
    if (IsQualifyingName(v, phrases_[p].begin, phrases_[p].end)) continue;
    used.push_back(p);
  }
  const dict::KbActor* actor = nullptr;
  int actor_phrase = -1;
  int actor_rank = -1;
  std::string actor_code;
  std::string agent_roles;
  int agent_phrase = -1;
  int agent_rank = 0;
  // "the leader of the main opposition party", "the head of the army",
  // "members of the rebels": a leading or belonging word takes the role of
  // the body its "of" phrase names, not its own generic one (GOV).
  const bool member_word = IsIn(v.Lemma(h), {"leader", "head", "chief", "chairman", "chairwoman",
                                             "member", "spokesman", "spokeswoman", "spokesperson",
                                             "commander", "founder"});
  // (0: not in it; 2: a modifier in it; 3: the of-phrase's own head.)
  auto of_phrase_rank = [&](size_t t) {
    for (int up = 0; up < 4 && t != kNone && t != h; ++up) {
      const size_t head = v.Head(t);
      if (head == h)
        return v.w(t).deprel == Deprel::kNmod && v.CaseOf(t) == "of"sv ? 3 - (up > 0) : 0;
      const Deprel d = v.w(t).deprel;
      if (d != Deprel::kCompound && d != Deprel::kAmod && d != Deprel::kFlat) return 0;
      t = head;
    }
    return 0;
  };
  // "Finland's NATO bid": a bid, request or plan is its possessor's, whatever
  // it is about.
  const size_t owner = IsIn(v.Lemma(h), {"bid", "application", "request", "proposal", "offer",
                                         "plan", "demand", "call", "candidacy", "membership",
                                         "accession", "initiative", "appeal"})
                           ? v.Child(h, Deprel::kNmodPoss)
                           : kNone;
  for (int p : used) {
    const PhraseMatch& m = phrases_[p];
    bool has_head = m.begin <= h && h < m.end;
    const bool owns = owner != kNone && m.begin <= owner && owner < m.end;
    for (const dict::PhraseHit& hit : m.hits) {
      if (hit.type == static_cast<uint8_t>(EntityType::kActor)) {
        const dict::KbActor& a = kb_.actors()[hit.index];
        std::string code = a.CodeOn(date_);
        // "troops killed Raul Reyes" in the next day's story: a person whose
        // role ended in the past month (killed, ousted, resigned) is still
        // named by it.
        if (code.empty() && a.kind == ActorKind::kPerson && !month_ago_.empty()) {
          code = a.CodeOn(month_ago_);
        }
        if (code.empty() && a.kind == ActorKind::kPerson) code = FormerOfficeCode(a, date_);
        if (code.empty()) continue;
        // Rank: a person beats an organisation beats a country; the head's
        // own phrase beats a modifier.
        int rank = (a.kind == ActorKind::kPerson ? 4 : a.kind == ActorKind::kCountry ? 0 : 2) +
                   (has_head ? 1 : 0) + (owns ? 8 : 0);
        if (rank > actor_rank) {
          actor = &a;
          actor_rank = rank;
          actor_phrase = p;
          actor_code = code;
        }
      } else if (hit.type == static_cast<uint8_t>(EntityType::kAgent)) {
        // "military-to-military talks", "a military-backed government": a
        // role word hyphened into a modifier describes, it names no one.
        const size_t after = m.end;
        const bool hyphen_after = after < v.size() && v.Form(after) == "-"sv &&
                                  v.w(after).span.begin == v.w(after - 1).span.end;
        const bool hyphen_before = m.begin > 0 && v.Form(m.begin - 1) == "-"sv &&
                                   v.w(m.begin - 1).span.end == v.w(m.begin).span.begin;
        // ("rebel-held Ghouta", "Houthi-controlled ports": the role holds
        // the place and stands for it.)
        const bool holder = hyphen_after && after + 1 < v.size() &&
                            IsIn(v.Lemma(after + 1), {"hold", "held", "control", "controlled",
                                                       "run", "occupy", "occupied", "dominate",
                                                       "dominated", "rule", "ruled"});
        if (!has_head && !holder && (hyphen_after || hyphen_before)) continue;
        const int of_rank = member_word && !has_head ? of_phrase_rank(m.end - 1) : 0;
        const int rank = of_rank > 0 ? of_rank : has_head ? 1 : 0;
        // ("cartel gunmen", "rebel gunmen": unidentified armed men named by
        // what they are are that.)
        const std::string& roles = kb_.agents()[hit.index].roles;
        // (So are "fighters", read as rebels only when nothing says whose:
        // "army fighters".)
        const bool generic_armed_men =
            agent_roles == "UAF"sv || (agent_roles == "REB"sv && v.Lemma(h) == "fighter"sv);
        const bool names_armed_men = generic_armed_men && !has_head && m.end <= h &&
                                     IsIn(roles, {"CRM", "REB", "INS", "MIL", "COP"});
        if (agent_roles.empty() || (rank > 0 && rank >= agent_rank) || names_armed_men) {
          agent_roles = kb_.agents()[hit.index].roles;
          agent_phrase = p;
          agent_rank = rank;
        }
      }
    }
  }
  Mention m;
  if (actor != nullptr) {
    m.code = actor_code;
    m.kind = actor->kind;
    m.person = actor->kind == ActorKind::kPerson;
    if (!m.person && IsCountryLevelCode(actor_code) && !agent_roles.empty()) {
      m.code += agent_roles;
      m.titled = true;
    }
    // "a Moscow court", "Kremlin officials": a country-level name modifying
    // a role word takes that role ("Moscow" alone would be the government).
    bool agent_is_head = agent_phrase >= 0 && phrases_[agent_phrase].begin <= h &&
                         h < phrases_[agent_phrase].end;
    bool actor_is_head = phrases_[actor_phrase].begin <= h && h < phrases_[actor_phrase].end;
    if (actor->kind == ActorKind::kCountry && !IsCountryLevelCode(actor_code) && agent_is_head &&
        !actor_is_head) {
      m.code = actor_code.substr(0, 3) + agent_roles;
      m.titled = true;
    }
    m.first = phrases_[actor_phrase].begin;
    m.last = phrases_[actor_phrase].end - 1;
    if (agent_phrase >= 0 && !m.person) {
      m.first = std::min(m.first, phrases_[agent_phrase].begin);
      m.last = std::max(m.last, phrases_[agent_phrase].end - 1);
    }
  } else if (!agent_roles.empty()) {
    // "European Union foreign ministers" split by the parser (the union as
    // head, the ministers as its dependent): an actor name right before the
    // role words still owns them.
    size_t left = phrases_[agent_phrase].begin;
    if (left > 0 && phrase_of_[left - 1] >= 0) {
      for (const dict::PhraseHit& hit : phrases_[phrase_of_[left - 1]].hits) {
        if (hit.type != static_cast<uint8_t>(EntityType::kActor)) continue;
        const dict::KbActor& a = kb_.actors()[hit.index];
        std::string code = a.CodeOn(date_);
        if (code.empty() || a.kind == ActorKind::kPerson) continue;
        m.code = IsCountryLevelCode(code) ? code + agent_roles : code;
        m.kind = a.kind;
        m.titled = true;
        m.first = phrases_[phrase_of_[left - 1]].begin;
        m.last = std::max(phrases_[agent_phrase].end - 1, h);
        return m;
      }
    }
    // "his forces", "their troops": the possessor's country.
    // (Not for "his counterpart": that is the other side's.)
    std::string country;
    const bool counterpart = IsIn(v.Lemma(h), {"counterpart", "counterparts"});
    for (size_t t : core) {
      if (counterpart) break;
      if (t != h && v.w(t).deprel == Deprel::kNmodPoss && v.w(t).upos == Upos::kPRON) {
        std::optional<Mention> owner = ResolvePronoun(t, "");
        // "stormed its embassy in Tehran": a country's embassy is never in
        // its own land, so "its" is someone else there.
        if (owner && owner->code.size() >= 3 &&
            IsIn(v.Lemma(h), {"embassy", "embassies", "consulate", "consulates", "mission"})) {
          // (The place may hang on the noun or on its verb: "stormed its
          // embassy in Tehran".)
          std::vector<size_t> places = v.Kids(h);
          if (v.w(h).deprel == Deprel::kObj && v.Head(h) != kNone) {
            for (size_t k : v.Kids(v.Head(h))) places.push_back(k);
          }
          for (size_t k : places) {
            if ((v.w(k).deprel != Deprel::kNmod && v.w(k).deprel != Deprel::kObl) ||
                v.CaseOf(k) != "in"sv || phrase_of_[k] < 0) {
              continue;
            }
            std::optional<Mention> there = ResolveNominal(k);
            if (there && there->code.size() >= 3 &&
                there->code.compare(0, 3, owner->code, 0, 3) == 0) {
              owner = ResolvePronoun(t, owner->code);
            }
          }
        }
        // "after an Israeli strike killed one of its commanders": whoever
        // an act of force strikes is not the attacker's own side, so "its"
        // is the one named before that.
        if (owner && force_target_ && IsSourceCountry(owner->code)) {
          owner = ResolvePronoun(t, owner->code);
        }
        // "its commanders", "its fighters" of an armed group are the group
        // ("Hamas leaders" are Hamas too).
        if (owner && owner->kind == ActorKind::kGroup && !IsCountryLevelCode(owner->code) &&
            IsIn(agent_roles, {"MIL", "GOV", "REB", "INS", "UAF", "ELI", "SPY"})) {
          m.code = owner->code;
          m.kind = owner->kind;
          m.titled = true;
          m.first = std::min(t, h);
          m.last = h;
          return m;
        }
        if (owner && owner->code.size() >= 3 && owner->code.substr(0, 3) != "IGO"sv &&
            owner->code.substr(0, 3) != "NGO"sv && owner->code.substr(0, 3) != "IMG"sv) {
          country = owner->code.substr(0, 3);
        }
      }
    }
    // "lawmakers in Gondor", "officials in Washington": a role placed in a
    // country belongs to it.
    // (A possessor comes first: "its embassy in Tehran" is the owner's.)
    for (size_t k : v.Kids(h)) {
      if (!country.empty()) break;
      if (v.w(k).deprel != Deprel::kNmod || v.CaseOf(k) != "in"sv || phrase_of_[k] < 0) continue;
      for (const dict::PhraseHit& hit : phrases_[phrase_of_[k]].hits) {
        if (hit.type != static_cast<uint8_t>(EntityType::kActor)) continue;
        const dict::KbActor& a = kb_.actors()[hit.index];
        std::string code = a.CodeOn(date_);
        if (a.kind != ActorKind::kCountry || code.size() < 3) continue;
        m.code = code.substr(0, 3) + agent_roles;
        m.kind = ActorKind::kCountry;
        m.titled = true;
        m.first = std::min(phrases_[agent_phrase].begin, h);
        m.last = std::max(phrases_[agent_phrase].end - 1, h);
        return m;
      }
    }
    // "the Jenin refugee camp", "Kharkiv residents": a place of the
    // knowledge base named before the role word says whose. (Not any
    // gazetteer name: "West African leaders" are not in Cameroon's West
    // Region.)
    for (size_t k : v.Kids(h)) {
      if (!country.empty()) break;
      if (v.w(k).deprel != Deprel::kCompound || k > h || v.w(k).upos != Upos::kPROPN) continue;
      country = PlaceOnlyCountry(k);
    }
    // "U.S.-led coalition forces", "Saudi-led troops": a role led by a
    // named country is that country's.
    for (size_t g : LeaderWords(h)) {
      if (!country.empty()) break;
      if (phrase_of_[g] < 0) continue;
      std::optional<Mention> leader = ResolveNominal(g);
      if (leader && HasCountryPrefix(leader->code)) country = leader->code.substr(0, 3);
    }
    // "Militias linked to Iran", "fighters loyal to Damascus": a bare role
    // tied to a country by its own modifier is that country's; armed men
    // loyal to a state are its forces (pro-government militias are MIL).
    // (Armed men only: "people linked to Israel's Mossad" arrested in Tehran
    // are not Israel's civilians.)
    if (country.empty() && IsIn(agent_roles, {"REB", "UAF", "INS", "MIL", "CRM"})) {
      for (size_t k : v.Kids(h)) {
        const bool tie = (v.w(k).deprel == Deprel::kAcl &&
                          IsIn(v.Lemma(k), {"link", "tie", "affiliate", "align", "connect"})) ||
                         (v.w(k).deprel == Deprel::kAmod && v.Lemma(k) == "loyal"sv);
        if (!tie) continue;
        for (size_t g : v.Kids(k)) {
          if (g <= k || !IsIn(v.CaseOf(g), {"to", "with"})) continue;
          // (A state, not a group coded with its base's country: "gunmen
          // affiliated with Islamic State" are not Iraq's.)
          std::optional<Mention> a = ResolveNominal(g);
          if (a && HasCountryPrefix(a->code) &&
              (a->code.size() == 3 ||
               IsIn(std::string_view(a->code).substr(3), {"GOV", "MIL", "SPY"}))) {
            country = a->code.substr(0, 3);
            if (v.Lemma(k) == "loyal"sv && IsIn(agent_roles, {"REB", "UAF", "INS"})) {
              agent_roles = "MIL";
            }
          }
        }
      }
    }
    // Domestic challengers ("the rebels", "the opposition", "insurgents")
    // facing a state actor are that state's own.
    // (Coercion's bare target only when it is a country's own: not an
    // organisation's, and not "foreign workers".)
    bool outsiders = false;
    for (size_t k : v.Kids(h)) {
      outsiders = outsiders || (v.w(k).deprel == Deprel::kAmod &&
                                IsIn(v.Lemma(k), {"foreign", "western", "international",
                                                  "overseas", "multinational", "expatriate"}));
    }
    const bool coerced = coercion_target_ && !outsiders && HasCountryPrefix(other_than_);
    bool domestic = agent_roles == "REB"sv || agent_roles == "OPP"sv || agent_roles == "INS"sv ||
                    agent_roles == "CRM"sv || coerced;
    // (Not when the sentence happens in another country: "strikes on sites
    // in Pakistan, ... targeted militants" are Pakistan's militants.)
    // (Still an inference: "between the Venezuelan government and the
    // opposition" gives the opposition its conjunct's country.)
    bool facing_state = false;
    // (Nor for the target of coercion: "Ecuadorean police forced their way
    // into Mexico's embassy and arrested former Vice President Jorge Glas".)
    if (country.empty() && domestic && !other_than_.empty() &&
        (place_country_.empty() || place_country_ == other_than_ || coerced)) {
      country = other_than_;
      facing_state = true;
    }
    // "Western ambassadors", "foreign journalists", "international
    // observers": a role qualified as outside the country is not the
    // story country's (and names no other one).
    if (country.empty() &&
        !IsIn(v.Lemma(h), {"minister", "ministry", "ministers", "secretary", "office", "service"})) {
      for (size_t t : core) {
        if (t != h && v.w(t).deprel == Deprel::kAmod &&
            IsIn(v.Lemma(t), {"western", "foreign", "international", "overseas", "multinational",
                              "european", "arab", "african", "asian", "expatriate",
                              "american"})) {  // (unmatched: "Latin American")
          return std::nullopt;
        }
      }
    }
    // "a summit of Pacific island leaders", "Gulf leaders", "Baltic
    // ministers": a role named by a region's name belongs to that region's
    // countries, not to the story's.
    if (country.empty()) {
      for (size_t t : core) {
        if (t == h || phrase_of_[t] >= 0) continue;
        if (IsIn(v.Lemma(t), {"pacific", "island", "islands", "gulf", "nordic", "baltic",
                              "balkan", "caribbean", "sahel", "arctic", "scandinavian"})) {
          return std::nullopt;
        }
      }
    }
    // "Beijing would send a special envoy", "Russia deployed troops": a
    // bare role sent, deployed or appointed by a country is that country's.
    if (country.empty() && v.w(h).deprel == Deprel::kObj && v.Head(h) != kNone &&
        IsIn(v.Lemma(v.Head(h)), {"send", "dispatch", "deploy", "appoint", "name", "station",
                                  "post", "mobilize", "mobilise"})) {
      const size_t sender = Subject(v.Head(h));
      if (sender != kNone && sender != h) {
        std::optional<Mention> s = ResolveNominal(sender);
        // ("Zuma said he would send envoys to Harare": the sender named by
        // a pronoun.)
        if (!s && view_->w(sender).upos == Upos::kPRON) s = ResolvePronoun(sender, "");
        if (s && HasCountryPrefix(s->code)) country = s->code.substr(0, 3);
      }
    }
    // "Turkish officials said the army had killed 15 PKK militants in
    // northern Iraq": a state's own forces or government named bare in a
    // clause a state's speaker reports are the speaker's, wherever the
    // act happened.
    if (country.empty() && IsIn(agent_roles, {"MIL", "GOV", "COP", "SPY"}) &&
        (v.w(h).deprel == Deprel::kNsubj || v.w(h).deprel == Deprel::kNsubjPass) &&
        v.Head(h) != kNone) {
      for (size_t speaker : SlotWords(v.Head(h), "speaker", false)) {
        if (speaker == h || v.w(speaker).upos == Upos::kPRON) continue;
        std::optional<Mention> s = ResolveNominal(speaker);
        if (s && HasCountryPrefix(s->code)) country = s->code.substr(0, 3);
        break;
      }
    }
    bool inferred = country.empty();
    if (country.empty()) {
      // (Civilians on the receiving end of a named foreign actor are not the
      // country of a third party who reports it: "Qatar said Hamas released
      // four hostages". A state's soldiers or officials are, above, and so
      // are victims of bare roles: "Nigerian police said gunmen kidnapped 20
      // villagers".)
      speaker_first_ = speaker_last_ = kNone;
      const bool state_role = IsIn(agent_roles, {"MIL", "GOV", "COP", "SPY", "JUD", "LEG"});
      for (size_t clause = v.Head(h), up = 0; !state_role && !reported_source_.empty() &&
                                              clause != kNone && up < 4;
           clause = v.Head(clause), ++up) {
        const size_t says = v.Head(clause);
        if (says == kNone) break;
        const Deprel d = v.w(clause).deprel;
        if ((d != Deprel::kCcomp && d != Deprel::kParataxis) || !IsSpeechVerb(v.Lemma(says))) continue;
        const size_t speaker = Subject(says);
        std::optional<Mention> reporter =
            speaker != kNone && speaker != h ? ResolveNominal(speaker) : std::nullopt;
        if (reporter && reporter->code.size() >= 3 &&
            reporter->code.compare(0, 3, reported_source_) != 0) {
          const std::vector<size_t> phrase = SubtreeOf(v, speaker, v.size() + 1);
          speaker_first_ = phrase.front();
          speaker_last_ = phrase.back();
        }
        break;
      }
      // ("bombed an ELN camp near the Venezuelan border, killing seven
      // rebels": bare rebels in a sentence that names a rebel group are of
      // that group's country, not of the other country named.)
      if (IsIn(agent_roles, {"REB", "INS", "UAF"})) {
        std::string group_country;
        for (const PhraseMatch& pm : phrases_) {
          for (const dict::PhraseHit& hit : pm.hits) {
            if (hit.type != static_cast<uint8_t>(EntityType::kActor) ||
                kb_.actors()[hit.index].kind != ActorKind::kGroup) {
              continue;
            }
            const std::string code = kb_.actors()[hit.index].CodeOn(date_);
            if (code.size() != 6 || code.compare(3, 3, agent_roles) != 0) continue;
            if (group_country.empty()) group_country = code.substr(0, 3);
            if (group_country != code.substr(0, 3)) group_country = "-";
          }
        }
        if (group_country.size() == 3) country = group_country;
      }
      if (country.empty()) country = ContextCountry();
      speaker_first_ = speaker_last_ = kNone;
    }
    if (country.empty()) return std::nullopt;
    m.code = country + agent_roles;
    m.country_from_context = inferred || facing_state;
    m.titled = true;
    m.kind = ActorKind::kOther;
    m.first = phrases_[agent_phrase].begin;
    m.last = phrases_[agent_phrase].end - 1;
  } else if (v.w(h).upos == Upos::kNOUN && v.Child(h, Deprel::kNmodPoss) != kNone &&
             v.w(v.Child(h, Deprel::kNmodPoss)).upos == Upos::kPRON &&
             IsIn(v.Lemma(h), {"idea", "proposal", "plan", "offer", "suggestion", "initiative",
                               "remark", "comment", "statement", "demand", "request",
                               "ultimatum", "decision", "policy"})) {
    // "rejected his idea of buying Greenland": a plan or remark is its
    // owner's (a name owning one is found above).
    std::optional<Mention> owner = ResolvePronoun(v.Child(h, Deprel::kNmodPoss), "");
    // (As a target, not the actor's own: "she rejected his idea".)
    if (owner && resolving_target_ && IsSourceCountry(owner->code)) {
      owner = ResolvePronoun(v.Child(h, Deprel::kNmodPoss), owner->code);
    }
    if (!owner) return std::nullopt;
    m = *owner;
    m.first = m.last = v.Child(h, Deprel::kNmodPoss);
  } else {
    return std::nullopt;
  }
  m.first = std::min(m.first, h);
  m.last = std::max(m.last, h);
  return m;
}

std::optional<Mention> DocumentCoder::ResolvePronoun(size_t h, const std::string& avoid) {
  const SentenceView& v = *view_;
  std::string l = v.Lemma(h);
  std::string f = v.Form(h);
  bool person = IsIn(l, {"he", "she", "him", "her", "his"}) || IsIn(f, {"he", "she", "him", "her", "his"});
  bool thing = IsIn(f, {"it", "its"});
  bool plural = IsIn(f, {"they", "them", "their"});
  // "'We condemn this attack on our soldiers,' the army chief said": the
  // first person of a quote or reported clause is its speaker.
  if (v.w(h).upos == Upos::kPRON &&
      IsIn(f, {"we", "We", "us", "our", "Our", "ours", "I", "me", "my", "My"})) {
    size_t speaker = kNone;
    size_t cur = h;
    for (int depth = 0; depth < 8 && cur != kNone && speaker == kNone; ++depth) {
      size_t head = v.Head(cur);
      if (head == kNone) {
        // Quote first, speech verb as a parataxis of the quote's root.
        for (size_t k : v.Kids(cur)) {
          if (v.w(k).deprel == Deprel::kParataxis && IsSpeechVerb(v.Lemma(k))) speaker = Subject(k);
        }
        break;
      }
      if (IsSpeechVerb(v.Lemma(head)) &&
          (v.w(cur).deprel == Deprel::kCcomp || v.w(cur).deprel == Deprel::kParataxis)) {
        speaker = Subject(head);
      }
      cur = head;
    }
    if (speaker == kNone || speaker == h || v.w(speaker).upos == Upos::kPRON) return std::nullopt;
    return ResolveNominal(speaker);
  }
  // "European leaders said they regretted the decision": "they" as the
  // subject of what a plural speaker says is that speaker, even one no
  // dictionary names (then no one: not the latest country mentioned).
  if (plural && v.w(h).upos == Upos::kPRON && v.w(h).deprel == Deprel::kNsubj &&
      v.Head(h) != kNone && v.w(v.Head(h)).deprel == Deprel::kCcomp &&
      v.Head(v.Head(h)) != kNone && IsSpeechVerb(v.Lemma(v.Head(v.Head(h))))) {
    const size_t speaker = Subject(v.Head(v.Head(h)));
    if (speaker != kNone && speaker != h && v.w(speaker).xpos == Xpos::kNNS) {
      return ResolveNominal(speaker);
    }
  }
  // "Bolsonaro wrote on social media that he rejected the attacks": "he"
  // or "she" as the subject of what a person says is that person.
  if (IsIn(f, {"he", "she"}) && v.w(h).upos == Upos::kPRON &&
      v.w(h).deprel == Deprel::kNsubj && v.Head(h) != kNone) {
    size_t clause = v.Head(h);
    // (Through a conjunct: "he rejected the attacks and denied inciting them".)
    for (int up = 0; up < 3 && v.w(clause).deprel == Deprel::kConj && v.Head(clause) != kNone;
         ++up) {
      clause = v.Head(clause);
    }
    const size_t says = v.w(clause).deprel == Deprel::kCcomp ? v.Head(clause) : kNone;
    if (says != kNone && (IsSpeechVerb(v.Lemma(says)) || v.Lemma(says) == "write"sv)) {
      const size_t speaker = Subject(says);
      if (speaker != kNone && speaker != h && v.w(speaker).upos != Upos::kPRON) {
        if (std::optional<Mention> m = ResolveNominal(speaker); m && m->person) return m;
      }
    }
  }
  // "The militant group said it targeted a military base", "Israel said it
  // would retaliate": "it" as the subject of what a body says is that body.
  if (IsIn(f, {"it", "It"}) && v.w(h).upos == Upos::kPRON && v.w(h).deprel == Deprel::kNsubj &&
      v.Head(h) != kNone && v.w(v.Head(h)).deprel == Deprel::kCcomp && v.Head(v.Head(h)) != kNone &&
      IsSpeechVerb(v.Lemma(v.Head(v.Head(h))))) {
    // (The subject nearest before the verb: a parse may hang two on it.)
    const size_t says = v.Head(v.Head(h));
    size_t speaker = kNone;
    for (size_t k : v.Kids(says)) {
      if (v.w(k).deprel == Deprel::kNsubj && k < says) speaker = k;
    }
    // (Or, with none of its own, whoever the verb's subject is: "...,
    // insisting that it will only negotiate with the U.S.".)
    if (speaker == kNone) speaker = Subject(says);
    if (speaker != kNone && speaker != h && v.w(speaker).upos != Upos::kPRON) {
      std::vector<Mention> said = ResolveWithConjuncts(speaker, "");
      if (said.size() == 1 && !said[0].person && !said[0].code.empty() && said[0].code != avoid) {
        Mention m = said[0];
        m.first = m.last = h;
        return m;
      }
    }
  }
  // "the three countries", "the two governments": a plural anaphor.
  if (v.w(h).xpos == Xpos::kNNS && IsIn(l, {"country", "nation", "government", "state"}) &&
      v.Child(h, Deprel::kDet) != kNone && v.Lemma(v.Child(h, Deprel::kDet)) == "the"sv) {
    plural = true;
  }
  // "the country", "the group", "the organisation", "the movement"
  bool group_noun = false;
  if (v.w(h).upos == Upos::kNOUN && v.Child(h, Deprel::kDet) != kNone &&
      v.Lemma(v.Child(h, Deprel::kDet)) == "the"sv) {
    // ("the Gulf state", "the West African state": a state placed by a
    // region is a country; "the state" alone is the government of one, and
    // "the new state" may be one the story has not named as such.)
    bool described = false;
    for (size_t k : v.Kids(h)) {
      const std::string& f = v.w(k).form;
      described = described || ((v.w(k).deprel == Deprel::kCompound ||
                                  v.w(k).deprel == Deprel::kAmod) &&
                                 k < h && !f.empty() && f[0] >= 'A' && f[0] <= 'Z');
    }
    thing = IsIn(l, {"country", "nation", "kingdom", "republic"}) || (l == "state"sv && described);
    group_noun = IsIn(l, {"group", "organization", "organisation", "movement", "militia",
                          "alliance", "bloc", "body", "agency"});
  }
  // "..., North Korean leader Kim Jong Il, who apologised ...": a relative
  // pronoun is the name right before it (the parser does not always make
  // the clause a relative clause of that name).
  if ((l == "who"sv || l == "which"sv) && v.w(h).deprel == Deprel::kNsubj && h >= 1) {
    size_t t = h - 1;
    while (t > 0 && v.w(t).upos == Upos::kPUNCT) --t;
    if (phrase_of_[t] >= 0 && h - t <= 2) {
      size_t head = t;
      for (int up = 0; up < 3; ++up) {
        size_t hh = v.Head(head);
        if (hh == kNone || hh > h) break;
        Deprel d = v.w(head).deprel;
        if (d != Deprel::kFlat && d != Deprel::kCompound) break;
        head = hh;
      }
      return ResolveNominal(head);
    }
    return std::nullopt;
  }
  if (!person && !thing && !plural && !group_noun) return std::nullopt;
  // Candidates: this sentence's names before the pronoun (nearest first),
  // then earlier sentences' (most recent first).
  std::vector<Mention> candidates;
  size_t last_head = kNone;
  for (size_t i = phrases_.size(); i-- > 0;) {
    const PhraseMatch& pm = phrases_[i];
    if (pm.end > h) continue;
    bool has_actor = false;
    for (const dict::PhraseHit& hit : pm.hits) {
      has_actor = has_actor || hit.type == static_cast<uint8_t>(EntityType::kActor);
    }
    if (!has_actor) continue;
    // The whole noun phrase the name is in ("Syrian troops", not "Syrian").
    size_t head = pm.end - 1;
    for (int up = 0; up < 4; ++up) {
      size_t next = v.Head(head);
      Deprel d = v.w(head).deprel;
      // ("the ruling party of the northern Tigray region": a role noun
      // with its of-phrase is the phrase.)
      const bool of_role = d == Deprel::kNmod && v.CaseOf(head) == "of"sv && next != kNone &&
                           v.w(next).upos == Upos::kNOUN && NamesAgent(next);
      if (next == kNone || next >= h ||
          (d != Deprel::kCompound && d != Deprel::kAmod && d != Deprel::kFlat &&
           d != Deprel::kNmodPoss && !of_role)) {
        break;
      }
      head = next;
    }
    if (head == last_head || v.w(head).upos == Upos::kPRON) continue;
    last_head = head;
    // ("Iran condemned an Israeli air strike on its consulate", "after
    // Ecuadorian police raided its embassy": "it" stands for a country or
    // body, not for an act or a force named by a nationality adjective.)
    if (thing && !group_noun && v.w(head).upos == Upos::kNOUN && !NamesActor(head)) {
      bool body = NamesAgent(head) && !IsIn(v.Lemma(head), {"police", "people", "troops", "forces"});
      for (size_t k : v.Kids(head)) {  // "the Syrian army command"
        body = body || (v.w(k).deprel == Deprel::kCompound && NamesAgent(k));
      }
      if (!body) continue;
    }
    // "met envoys in Addis Ababa but rejected their calls": a place where
    // something happened is not who "they" or "he" are.
    if ((plural || person) && IsLocativeCase(v.CaseOf(head))) {
      continue;
    }
    if (std::optional<Mention> m = ResolveNominal(head)) {
      // ("Tens of thousands of Georgians rallied ..., and police used tear
      // gas to disperse them": a crowd of a nation is its civilians.)
      if (m->code.size() == 3 && HasCountryPrefix(m->code) && v.w(head).deprel == Deprel::kNmod &&
          v.CaseOf(head) == "of"sv && v.Head(head) != kNone && IsCrowdSize(v.Lemma(v.Head(head)))) {
        m->code += "CVL";
      }
      candidates.push_back(*m);
    }
  }
  // A pronoun subject of a sentence's main clause, with no name before it
  // in the sentence, continues the previous sentence's main subject before
  // whatever that sentence named last.
  // (Nor, after a sentence about a thing, "it" opening the next one.)
  if (candidates.empty() && previous_subject_is_thing_ && IsIn(f, {"it", "It"}) &&
      (v.w(h).deprel == Deprel::kNsubj || v.w(h).deprel == Deprel::kNsubjPass) &&
      v.Head(h) != kNone && v.Head(v.Head(h)) == kNone) {
    return std::nullopt;
  }
  if (candidates.empty() && previous_subject_ && (thing || plural || person) &&
      v.w(h).upos == Upos::kPRON &&
      (v.w(h).deprel == Deprel::kNsubj || v.w(h).deprel == Deprel::kNsubjPass) &&
      v.Head(h) != kNone && v.Head(v.Head(h)) == kNone) {
    candidates.push_back(*previous_subject_);
  }
  // ("Rwanda denied backing the M23 rebels, despite a U.N. report that said
  // Rwandan troops were fighting alongside them": a plural pronoun is a
  // plural noun phrase of the sentence before one named in the singular.)
  if (plural && v.w(h).upos == Upos::kPRON) {
    for (const Mention& m : candidates) {
      if (m.code == avoid || m.locative || m.last >= v.size() || m.last >= h) continue;
      const Xpos x = v.w(m.last).xpos;
      if (x != Xpos::kNNS && x != Xpos::kNNPS) continue;
      Mention out = m;
      out.first = out.last = h;
      return out;
    }
  }
  candidates.insert(candidates.end(), history_.rbegin(), history_.rend());
  for (auto it = candidates.begin(); it != candidates.end(); ++it) {
    if (it->code == avoid) continue;
    if ((plural || person) && it->locative) continue;
    // (A role word names people: "the president" may be "he", "Washington"
    // may not.)
    if (person && !(it->person || (it->titled && it->code.find("GOV") != std::string::npos))) {
      continue;
    }
    if (thing && l != "it"sv && f != "it"sv && f != "its"sv && it->kind != ActorKind::kCountry)
      continue;
    if (thing && it->person) continue;
    if (group_noun && !(it->kind == ActorKind::kGroup || it->kind == ActorKind::kIgo ||
                        it->kind == ActorKind::kNgo || it->kind == ActorKind::kParty)) {
      continue;
    }
    Mention m = *it;
    m.first = m.last = h;
    return m;
  }
  return std::nullopt;
}

std::vector<Mention> DocumentCoder::ResolveWithConjuncts(size_t h, const std::string& avoid) {
  const SentenceView& v = *view_;
  std::vector<Mention> out;
  // "their countries", "his government": the country (or government) of
  // whoever the possessive stands for.
  // ("two of its nationals", "their citizens": the people of that country.)
  const bool people = IsIn(v.Lemma(h), {"national", "citizen"});
  if (IsIn(v.Lemma(h), {"country", "nation", "government"}) || people) {
    size_t poss = v.Child(h, Deprel::kNmodPoss);
    if (poss != kNone &&
        (IsIn(v.Form(poss), {"their", "his", "her"}) || (people && v.Form(poss) == "its"sv))) {
      std::vector<Mention> owners = ResolveWithConjuncts(poss, avoid);
      for (Mention& o : owners) {
        if (!HasCountryPrefix(o.code)) continue;
        o.code = o.code.substr(0, 3) + (v.Lemma(h) == "government"sv ? "GOV" : people ? "CVL" : "");
        o.kind = ActorKind::kCountry;
        o.person = false;
        o.first = o.last = h;
      }
      if (!owners.empty()) return owners;
    }
  }
  // "The foreign ministers of Egypt, Jordan and Saudi Arabia": a plural
  // role of coordinated countries is that role of each.
  if (v.w(h).xpos == Xpos::kNNS && NamesAgent(h) && !NamesActor(h)) {
    for (size_t k : v.Kids(h)) {
      if (v.w(k).deprel != Deprel::kNmod || v.CaseOf(k) != "of"sv ||
          v.Child(k, Deprel::kConj) == kNone) {
        continue;
      }
      const std::optional<Mention> whole = ResolveNominal(h);
      std::vector<Mention> parties = ResolveWithConjuncts(k, avoid);
      if (!whole || whole->code.size() <= 3 || parties.size() < 2) break;
      const std::string role = whole->code.substr(3);
      bool countries = true;
      for (const Mention& p : parties) countries = countries && p.code.size() == 3 && HasCountryPrefix(p.code);
      if (!countries) break;
      for (Mention& p : parties) {
        p.code += role;
        p.titled = true;
      }
      return parties;
    }
  }
  // "Thousands of U.S. Marines and Iraqi troops", "members of Hamas": a
  // quantity or part stands for the group it is of, conjuncts included.
  if (IsIn(v.Lemma(h), {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens",
                        "million", "millions", "some", "many", "several", "member", "members",
                        "all", "most", "majority", "contingent", "unit", "units"})) {
    for (size_t k : v.Kids(h)) {
      if (v.w(k).deprel == Deprel::kNmod && v.CaseOf(k) == "of"sv) {
        std::vector<Mention> group = ResolveWithConjuncts(k, avoid);
        if (!group.empty()) return group;
      }
    }
  }
  // Conjuncts hang off the head or, when the parser misreads a long name,
  // off one of the name's flat/compound parts ("Meles Zenawi and Eritrean
  // President Isaias Afwerki").
  std::vector<size_t> heads{h};
  for (size_t i = 0; i < heads.size() && heads.size() < 16; ++i) {
    std::vector<size_t> parts{heads[i]};
    for (size_t k : v.Kids(heads[i])) {
      Deprel d = v.w(k).deprel;
      // (And conjoined possessors: "Sweden's and Finland's bids".)
      if (d == Deprel::kFlat || d == Deprel::kCompound ||
          (d == Deprel::kNmodPoss && v.w(k).upos == Upos::kPROPN)) {
        parts.push_back(k);
      }
    }
    for (size_t part : parts) {
      for (size_t k : v.Kids(part)) {
        if (v.w(k).deprel == Deprel::kConj && !IsVerbLike(v.w(k)) &&
            std::find(heads.begin(), heads.end(), k) == heads.end()) {
          heads.push_back(k);
        }
      }
    }
    // "Saudi Arabia, the United Arab Emirates and Bahrain": a list the parser
    // read as apposition. An apposition naming another country or
    // organisation is a conjunct; one naming a role describes the head.
    for (size_t k : v.Kids(heads[i])) {
      if (v.w(k).deprel != Deprel::kAppos || phrase_of_[k] < 0 || phrase_of_[heads[i]] < 0) continue;
      auto kind_of = [&](size_t t) -> int {
        for (const dict::PhraseHit& hit : phrases_[phrase_of_[t]].hits) {
          if (hit.type == static_cast<uint8_t>(EntityType::kActor)) {
            ActorKind kind = kb_.actors()[hit.index].kind;
            if (kind == ActorKind::kCountry || kind == ActorKind::kIgo) return static_cast<int>(kind);
          }
        }
        return -1;
      };
      if (kind_of(k) >= 0 && kind_of(heads[i]) >= 0 && phrase_of_[k] != phrase_of_[heads[i]] &&
          std::find(heads.begin(), heads.end(), k) == heads.end()) {
        heads.push_back(k);
      }
    }
  }
  for (size_t x : heads) {
    // "welcomed the release of two journalists by North Korea": an act
    // stands for whoever did it, named after "by", before what its own
    // phrase names. (The parser may hang the by-phrase on the of-phrase.)
    std::optional<Mention> m;
    std::optional<Mention> joint_partner;  // the other doer of a joint act m stands for
    // (As a party acted on only: "air strikes by the coalition hit a hall"
    // are the strikes' own event.)
    // "rejected a meeting between the Taliban and Afghan figures": a
    // two-sided event as the target stands for its parties.
    if (resolving_target_ && v.w(x).upos == Upos::kNOUN &&
        !kb_.NounPatterns(v.Lemma(x)).empty()) {
      size_t between = kNone;
      for (size_t k : v.Kids(x)) {
        if (between == kNone && v.w(k).deprel == Deprel::kNmod && v.CaseOf(k) == "between"sv) {
          between = k;
        }
      }
      if (between != kNone) {
        std::vector<Mention> parties = ResolveWithConjuncts(between, avoid);
        if (!parties.empty()) {
          for (Mention& party : parties) out.push_back(std::move(party));
          continue;
        }
      }
    }
    if (resolving_target_ && v.w(x).upos == Upos::kNOUN &&
        !kb_.NounPatterns(v.Lemma(x)).empty()) {
      std::vector<size_t> agents;
      for (size_t k : v.Kids(x)) {
        if (v.w(k).deprel != Deprel::kNmod) continue;
        if (v.CaseOf(k) == "by"sv) agents.insert(agents.begin(), k);
        if (v.CaseOf(k) != "of"sv) continue;
        for (size_t g : v.Kids(k)) {
          if (v.w(g).deprel == Deprel::kNmod && v.CaseOf(g) == "by"sv) agents.push_back(g);
        }
      }
      // ("the joint drills by Seoul and Washington": each conjunct.)
      for (size_t k : agents) {
        std::vector<Mention> doers = ResolveWithConjuncts(k, avoid);
        if (doers.empty()) continue;
        m = doers.front();
        for (size_t i = 1; i < doers.size(); ++i) out.push_back(doers[i]);
        break;
      }
      // "Taliban fighters attacked a checkpoint ... The government condemned
      // the attack": a definite act of force named by no one of its own is
      // the latest one coded, and stands for whoever did it.
      const size_t det = v.Child(x, Deprel::kDet);
      if (!m && agents.empty() && !force_acts_.empty() && det != kNone &&
          IsIn(v.Lemma(det), {"the", "this", "that", "these", "those"}) &&
          v.Child(x, Deprel::kNmodPoss) == kNone && NamedModifier(x) == kNone) {
        bool force = false;
        for (uint32_t i : kb_.NounPatterns(v.Lemma(x))) {
          const std::string& code = kb_.patterns()[i].cameo;
          // (Coercion too: "Greece condemned the seizure".)
          force = force || code.rfind("17", 0) == 0 || code.rfind("18", 0) == 0 ||
                  code.rfind("19", 0) == 0 || code.rfind("20", 0) == 0;
        }
        if (force) {
          m = act_stands_for_victim_ ? force_acts_.back().target : force_acts_.back().source;
          m->first = m->last = x;
        }
      }
    }
    // "The U.S. Treasury imposed sanctions on three Iranian officials ...
    // Tehran condemned the move": a definite "move", "decision" or "step"
    // with no owner of its own is the latest act coded, and stands for its
    // doer (as "the attack" above).
    const bool military_act = IsIn(v.Lemma(x), {"launch", "test", "firing", "drill", "exercise",
                                                "provocation", "deployment"});
    if (!m && resolving_target_ && military_act && latest_untargeted_force_ &&
        v.w(x).upos == Upos::kNOUN && v.Child(x, Deprel::kNmodPoss) == kNone &&
        NamedModifier(x) == kNone && v.Child(x, Deprel::kNmod) == kNone) {
      const size_t det = v.Child(x, Deprel::kDet);
      if (det != kNone && IsIn(v.Lemma(det), {"the", "this", "that", "these", "those"})) {
        m = latest_untargeted_force_->source;
        m->first = m->last = x;
        if (latest_untargeted_force_->joint) {
          joint_partner = latest_untargeted_force_->target;
          joint_partner->first = joint_partner->last = x;
        }
      }
    }
    // ("... presented Israel and Hamas with a new ceasefire proposal. Hamas
    // said it was studying the proposal": a proposal, plan or offer is the
    // latest appeal or offer, its maker's.)
    const bool offer = IsIn(v.Lemma(x), {"proposal", "plan", "offer", "initiative"}) &&
                       latest_act_ && IsIn(latest_act_->code.substr(0, 2), {"02", "03"});
    // ("Israel and Hamas held indirect talks in Cairo. The United States
    // welcomed the talks": a two-sided event is its two parties'.)
    const bool joint_event =
        IsIn(v.Lemma(x), {"talk", "talks", "negotiation", "meeting", "summit", "agreement", "deal",
                          "accord", "ceasefire", "truce", "pact", "treaty"}) &&
        latest_act_ && latest_act_->joint;
    if (!m && resolving_target_ && latest_act_ && v.w(x).upos == Upos::kNOUN &&
        (military_act || offer || joint_event ||
         IsIn(v.Lemma(x), {"move", "decision", "step", "measure", "action", "incident",
                           "allegation", "accusation", "charge", "claim"})) &&
        v.Child(x, Deprel::kNmodPoss) == kNone && NamedModifier(x) == kNone &&
        v.Child(x, Deprel::kAcl) == kNone && v.Child(x, Deprel::kAclRelcl) == kNone) {
      const size_t det = v.Child(x, Deprel::kDet);
      bool owned = false;  // "the decision of the court", "the move by Ankara"
      for (size_t k : v.Kids(x)) owned = owned || v.w(k).deprel == Deprel::kNmod;
      if (!owned && det != kNone && IsIn(v.Lemma(det), {"the", "this", "that", "these"})) {
        m = latest_act_->source;
        m->first = m->last = x;
        // ("The United States and South Korea began joint military drills.
        // North Korea condemned the exercises": a joint act is both doers'.)
        // (Not "the move" or "the decision": one side's act.)
        if (latest_act_->joint && (military_act || joint_event) &&
            latest_act_->target.code != m->code) {
          joint_partner = latest_act_->target;
          joint_partner->first = joint_partner->last = x;
        }
      }
    }
    // "vowed severe revenge against those responsible", "the attackers",
    // "the perpetrators": whoever did the latest act of force.
    if (!m && resolving_target_ && !force_acts_.empty() && v.Child(x, Deprel::kNmod) == kNone &&
        v.Child(x, Deprel::kNmodPoss) == kNone && NamedModifier(x) == kNone) {
      const size_t det = v.Child(x, Deprel::kDet);
      const bool definite = det != kNone && IsIn(v.Lemma(det), {"the", "those", "that"});
      if (definite &&
          (v.Lemma(x) == "responsible"sv ||
           IsIn(v.Lemma(x), {"perpetrator", "attacker", "culprit", "assailant", "aggressor"}))) {
        m = force_acts_.back().source;
        m->first = m->last = x;
      }
    }
    // "Putin warned the West", "China accused the West of hypocrisy": the
    // CAMEO manual's region code WST. (Only the capitalised name alone, "the
    // West" or a headline's "West"; "the west of the country" is a direction.)
    if (!m && v.w(x).form == "West"sv &&
        (v.w(x).upos == Upos::kPROPN || v.w(x).upos == Upos::kNOUN) && phrase_of_[x] < 0 &&
        v.Child(x, Deprel::kCompound) == kNone && v.Child(x, Deprel::kAmod) == kNone &&
        v.Child(x, Deprel::kNmod) == kNone && v.Child(x, Deprel::kFlat) == kNone) {
      m = Mention{};
      m->code = "WST";
      m->first = m->last = x;
    }
    // "The paramilitary group accused the army", "the militant group said":
    // a definite group noun whose only names are role words is the group
    // named before, when there is one, not a bare role of the country.
    if (!m && v.w(x).upos == Upos::kNOUN &&
        IsIn(v.Lemma(x), {"group", "movement", "militia", "organization", "organisation"}) &&
        v.Child(x, Deprel::kDet) != kNone && v.Lemma(v.Child(x, Deprel::kDet)) == "the"sv &&
        !NamesActor(x)) {
      bool named = false;
      for (size_t k : v.Kids(x)) named = named || NamesActor(k);
      if (!named) {
        if (std::optional<Mention> group = ResolvePronoun(x, avoid);
            group && group->kind == ActorKind::kGroup) {
          m = group;
        }
      }
    }
    if (!m) m = ResolveNominal(x);
    // ("urged both governments": a counted plural is its group, not a bare
    // role of the story's country.)
    if (m && m->country_from_context && CountedPlural(v, x) >= 2 && !resolving_counted_plural_) {
      m.reset();
    }
    if (!m) {
      // "Ahmet Davutoglu, Turkey's foreign minister": the apposition names it.
      size_t appos = v.Child(x, Deprel::kAppos);
      if (appos != kNone) m = ResolveNominal(appos);
    }
    if (!m) {
      m = ResolvePronoun(x, avoid);
      // "Norway, Ireland and Spain said they would ...": a plural pronoun
      // stands for every conjunct of the group it refers to.
      const bool plural = IsIn(v.Form(x), {"they", "them", "their", "They", "Their"}) ||
                          (v.w(x).xpos == Xpos::kNNS &&
                           IsIn(v.Lemma(x), {"country", "nation", "government", "state"}));
      // "the three countries", "both governments", "the two sides": the
      // nearest earlier coordination of that many parties.
      if (const int count = CountedPlural(v, x); count >= 2 && !resolving_counted_plural_) {
        resolving_counted_plural_ = true;
        bool found = false;
        for (size_t t = x; t-- > 0 && !found;) {
          if (phrase_of_[t] < 0 || v.w(t).deprel == Deprel::kConj) continue;
          // ("Saudi Arabia and the United States, which have been mediating
          // between the two sides": not the group the plural sits in.)
          bool contains = false;
          for (size_t up = x; up != kNone && !contains; up = v.Head(up)) contains = up == t;
          if (contains) continue;
          bool coordinated = false;
          for (size_t k : v.Kids(t)) coordinated = coordinated || v.w(k).deprel == Deprel::kConj;
          if (!coordinated) continue;
          std::vector<Mention> group = ResolveWithConjuncts(t, avoid);
          // (Not the ones acting: "The United States, China and Britain
          // urged both governments".)
          bool acting = false;
          for (const Mention& g : group) {
            acting = acting || (g.code.size() >= 3 &&
                                std::find(source_countries_.begin(), source_countries_.end(),
                                          g.code.substr(0, 3)) != source_countries_.end());
          }
          if (acting) continue;
          if (static_cast<int>(group.size()) == count) {
            for (Mention& g : group) out.push_back(std::move(g));
            found = true;
          }
        }
        resolving_counted_plural_ = false;
        // "China called on both countries to exercise restraint", the two
        // named in earlier sentences: the two countries the story has been
        // about most recently.
        // ("The two leaders signed five trade agreements": their
        // governments.)
        const bool governments =
            IsIn(v.Lemma(x), {"government", "governments", "leader", "leaders", "president",
                              "presidents", "minister", "ministers", "premier", "premiers"});
        // "The truce collapsed as both sides accused each other": the two
        // sides of the latest two-sided event, not the mediators named
        // last.
        if (!found && count == 2 && IsIn(v.Lemma(x), {"side", "sides", "two"}) && latest_sides_) {
          const Mention& a = latest_sides_->source;
          const Mention& b = latest_sides_->target;
          auto asking = [&](const Mention& m2) {
            return m2.code == avoid ||
                   std::find(source_countries_.begin(), source_countries_.end(),
                             m2.code.substr(0, 3)) != source_countries_.end();
          };
          if (a.code != b.code && !asking(a) && !asking(b)) {
            // (Sides of two countries are the countries, as below; of one
            // country, its two actors.)
            const bool one_country = a.code.size() >= 3 && b.code.size() >= 3 &&
                                     a.code.compare(0, 3, b.code, 0, 3) == 0;
            for (const Mention& side : {a, b}) {
              // (And "the two" alone are the sides themselves: "Lavrov met
              // Wang Yi ... The two discussed" are the two ministers.)
              Mention here = one_country || !HasCountryPrefix(side.code) || v.Lemma(x) == "two"sv
                                 ? side
                                 : CountryMention(side.code.substr(0, 3), x, x);
              here.first = here.last = x;
              out.push_back(here);
            }
            continue;
          }
        }
        if (!found && count == 2 && (governments || IsIn(v.Lemma(x), {"country", "countries",
                                                                      "nation", "nations", "side",
                                                                      "sides"}))) {
          std::vector<std::string> pair;
          for (auto it = history_.rbegin(); it != history_.rend() && pair.size() < 2; ++it) {
            if (!HasCountryPrefix(it->code)) continue;
            std::string c = it->code.substr(0, 3);
            if (!avoid.empty() && avoid.compare(0, 3, c) == 0) continue;
            // (Nor the ones asking: "The United States, China and Britain
            // urged both governments".)
            if (std::find(source_countries_.begin(), source_countries_.end(), c) !=
                source_countries_.end()) {
              continue;
            }
            if (std::find(pair.begin(), pair.end(), c) == pair.end()) pair.push_back(c);
          }
          if (pair.size() == 2) {
            for (const std::string& c : pair) {
              out.push_back(CountryMention(governments ? c + "GOV" : c, x, x));
            }
            continue;
          }
          // "urged both sides to cease hostilities" after a government and
          // its rebels: two sides of one country are the two latest actors.
          if (IsIn(v.Lemma(x), {"side", "sides"})) {
            std::vector<Mention> sides;
            for (auto it = history_.rbegin(); it != history_.rend() && sides.size() < 2; ++it) {
              if (it->code.size() < 6 || !HasCountryPrefix(it->code) || it->code == avoid) continue;
              if (std::find(source_countries_.begin(), source_countries_.end(),
                            it->code.substr(0, 3)) != source_countries_.end()) {
                continue;
              }
              bool seen = false;
              for (const Mention& m2 : sides) seen = seen || m2.code == it->code;
              if (!seen) sides.push_back(*it);
            }
            if (sides.size() == 2 && sides[0].code.compare(0, 3, sides[1].code, 0, 3) == 0) {
              for (Mention& side : sides) {
                side.first = side.last = x;
                out.push_back(side);
              }
              continue;
            }
          }
        }
        if (found) continue;
      }
      if (m && plural && !m->code.empty()) {
        // The antecedent: the nearest name before the pronoun that
        // resolves to the same code.
        size_t antecedent = kNone;
        for (size_t t = x; t-- > 0 && antecedent == kNone;) {
          if (phrase_of_[t] < 0) continue;
          std::optional<Mention> there = ResolveNominal(t);
          if (there && there->code == m->code) antecedent = t;
        }
        // Climb from a conjunct to the first one of its coordination.
        for (int up = 0; antecedent != kNone && up < 4 &&
                         v.w(antecedent).deprel == Deprel::kConj && v.Head(antecedent) != kNone;
             ++up) {
          antecedent = v.Head(antecedent);
        }
        if (antecedent != kNone && antecedent < x) {
          std::vector<Mention> group = ResolveWithConjuncts(antecedent, avoid);
          if (group.size() > 1) {
            for (Mention& g : group) out.push_back(std::move(g));
            continue;
          }
        }
        // "would not approve Sweden's and Finland's bids to join NATO,
        // accusing them of ...": when the nearest name is one singular
        // actor, "they" is rather the nearest coordination of actors.
        const bool singular_antecedent =
            antecedent == kNone ||
            (v.w(antecedent).xpos != Xpos::kNNS && v.w(antecedent).xpos != Xpos::kNNPS);
        bool found_group = false;
        for (size_t t = x; singular_antecedent && t-- > 0 && !found_group;) {
          if (phrase_of_[t] < 0 || v.w(t).deprel == Deprel::kConj) continue;
          bool coordinated = false;
          for (size_t k : v.Kids(t)) coordinated = coordinated || v.w(k).deprel == Deprel::kConj;
          bool contains = false;  // not the coordination the pronoun sits in
          for (size_t up = x; up != kNone && !contains; up = v.Head(up)) contains = up == t;
          if (!coordinated || contains) continue;
          std::vector<Mention> group = ResolveWithConjuncts(t, avoid);
          if (group.size() > 1) {
            for (Mention& g : group) out.push_back(std::move(g));
            found_group = true;
          }
        }
        if (found_group) continue;
      }
    }
    if (!m && resolving_target_) {
      // "M23 rebels captured Goma": a place as the target stands for its
      // country.
      if (std::optional<Location> place = PlaceAt(x)) m = CountryMention(place->country, x, x);
      // (Or a place the knowledge base lists: "captured Avdiivka".)
      if (!m && v.w(x).upos == Upos::kPROPN && !IsWaterBody(v, x)) {
        if (std::optional<Location> place = LocationAt(x); place && !place->country.empty()) {
          m = CountryMention(place->country, x, x);
        }
      }
      // "captured the town of Avdiivka": the place the noun names.
      if (!m && IsIn(v.Lemma(x), {"town", "city", "village", "port", "region", "province",
                                  "district", "capital", "island", "enclave", "area", "state"})) {
        for (size_t k : v.Kids(x)) {
          if (m || v.w(k).deprel != Deprel::kNmod || v.CaseOf(k) != "of"sv) continue;
          if (std::optional<Location> place = LocationAt(k); place && !place->country.empty()) {
            m = CountryMention(place->country, k, k);
          }
        }
      }
      // "damaged energy infrastructure in the Odesa region", "hit a
      // hospital in Khan Younis": a facility in a known place is that
      // place's country's.
      if (!m && IsIn(v.Lemma(x), {"infrastructure", "facility", "building", "hospital", "school",
                                  "plant", "station", "grid", "port", "airport", "bridge",
                                  "depot", "warehouse", "factory", "refinery", "camp", "market",
                                  "terminal", "pipeline", "substation", "dam", "shipyard",
                                  "silo",
                                  "residential", "house", "home", "apartment", "hall",
                                  "mosque", "church", "hotel", "office", "compound",
                                  // "an investigation into alleged war crimes in
                                  // Venezuela": what happened in a place is about
                                  // its country.
                                  "crime", "abuse", "atrocity", "violation", "violence",
                                  "situation", "crackdown", "repression"})) {
        // (The in-phrase may hang on the verb: "hit a wedding hall in the
        // Yemeni province of Hajjah", "set fire to a grain terminal in
        // Izmail".)
        std::vector<size_t> phrases = v.Kids(x);
        if ((v.w(x).deprel == Deprel::kObj || v.w(x).deprel == Deprel::kObl) &&
            v.Head(x) != kNone) {
          for (size_t k : v.Kids(v.Head(x))) {
            if (v.w(k).deprel == Deprel::kObl) phrases.push_back(k);
          }
        }
        for (size_t k : phrases) {
          if (m || (v.w(k).deprel != Deprel::kNmod && v.w(k).deprel != Deprel::kObl) ||
              !IsIn(v.CaseOf(k), {"in", "near"})) {
            continue;
          }
          std::vector<size_t> names{k};
          for (size_t g : v.Kids(k)) {
            if (v.w(g).deprel == Deprel::kCompound && v.w(g).upos == Upos::kPROPN) {
              names.push_back(g);
            }
          }
          for (size_t n : names) {
            if (m) break;
            // (Or a listed place, or "the Yemeni capital".)
            std::optional<Location> place = PlaceAt(n);
            if (!place && !IsWaterBody(v, n)) place = LocationAt(n);
            // (Through a prepositional object, only the country of a state
            // actor's foreign target: "a mob set fire to a church near
            // Eldoret" does not target Kenya.)
            if (place && !place->country.empty() &&
                (v.w(x).deprel != Deprel::kObl ||
                 (!other_than_.empty() && place->country != other_than_))) {
              m = CountryMention(place->country, n, n);
            }
          }
        }
        // "Russia launched 90 drones at energy facilities", with no place
        // named: the facility a foreign actor attacks is in the other
        // country the sentence or story is about.
        if (!m && force_target_ && !other_than_.empty() && v.w(x).upos == Upos::kNOUN &&
            IsIn(v.Lemma(x), {"infrastructure", "facility", "plant", "station", "grid",
                              "substation", "refinery", "depot", "terminal", "pipeline",
                              "airport", "port", "dam"})) {
          const std::string country = ContextCountry();
          if (country.size() == 3 && country != other_than_) m = CountryMention(country, x, x);
        }
        // "attacked a camp for displaced people": a place people live in
        // stands for them.
        for (size_t k : v.Kids(x)) {
          if (m || v.w(k).deprel != Deprel::kNmod || v.CaseOf(k) != "for"sv ||
              !IsIn(v.Lemma(x), {"camp", "shelter", "home", "house", "school", "hospital"})) {
            continue;
          }
          m = ResolveNominal(k);
        }
      }
    }
    if (!m && !IsWaterBody(v, x)) {
      // "the leader of Hamas", "members of the group": the of-phrase.
      // ("two inspectors for the United Nations nuclear agency": a worker's
      // "for" phrase names whom they work for.)
      const bool worker = IsIn(v.Lemma(x), {"inspector", "worker", "employee", "staff",
                                            "investigator", "monitor", "observer", "contractor",
                                            "expert", "official", "spokesman", "spokeswoman",
                                            "spokesperson", "envoy", "representative"});
      for (size_t k : v.Kids(x)) {
        if (v.w(k).deprel == Deprel::kNmod &&
            (v.CaseOf(k) == "of"sv || (worker && v.CaseOf(k) == "for"sv))) {
          m = ResolveNominal(k);
          if (!m) m = ResolvePronoun(k, avoid);
          if (m) break;
        }
      }
    }
    // A relative pronoun ("which", "who") stands for the noun it modifies.
    if (!m && IsIn(v.Lemma(x), {"who", "which", "that"})) {
      size_t clause = v.Head(x);
      if (clause != kNone && v.w(clause).deprel == Deprel::kAclRelcl && v.Head(clause) != kNone) {
        const size_t noun = v.Head(clause);
        // ("issued a report that calls on ...": a document speaks for
        // whoever issued it.)
        const size_t issuer = IsDocumentNoun(v.Lemma(noun)) ? DocumentIssuer(noun) : kNone;
        if (issuer != kNone) m = ResolveNominal(issuer);
        // (A place does nothing: "the attack ... in Pakistan's city of
        // Quetta which killed nine people" is not Pakistan's doing.)
        const bool place = IsIn(v.Lemma(noun), {"city", "town", "village", "province", "region",
                                                "district", "area", "neighborhood",
                                                "neighbourhood", "street", "square", "market",
                                                "suburb", "county", "state capital"});
        if (!m && !place) m = ResolveNominal(noun);
      }
    }
    if (m) {
      // "Israeli soldiers and police": a later conjunct's bare role shares
      // the country the first conjunct names.
      std::vector<Mention> shared_countries;
      if (m->country_from_context && !out.empty() && !out.front().country_from_context &&
          out.front().code.size() >= 3 && out.front().code.substr(0, 3) != "IGO"sv &&
          out.front().code.substr(0, 3) != "NGO"sv && !out.front().person) {
        m->code = out.front().code.substr(0, 3) + m->code.substr(3);
        m->country_from_context = false;
        // ("Lawmakers and officials in France and Germany": every country
        // the first conjunct was given.)
        const std::string first_roles = out.front().code.substr(3);
        for (size_t i = 1, n = out.size(); i < n; ++i) {
          const Mention& other = out[i];
          if (other.country_from_context || other.person || other.code.size() < 3 ||
              other.code.substr(3) != first_roles) {
            continue;
          }
          Mention extra = *m;
          extra.code = other.code.substr(0, 3) + m->code.substr(3);
          bool seen = extra.code == m->code;
          for (const Mention& o : out) seen = seen || o.code == extra.code;
          for (const Mention& o : shared_countries) seen = seen || o.code == extra.code;
          if (!seen) shared_countries.push_back(extra);
        }
      }
      out.push_back(*m);
      for (Mention& extra : shared_countries) out.push_back(std::move(extra));
      if (joint_partner && joint_partner->code != avoid) out.push_back(*joint_partner);
      // "Russian and Ukrainian officials": the role goes with each country.
      std::string roles = m->code.size() > 3 && m->kind != ActorKind::kPerson &&
                                  m->code.substr(0, 3) != "IGO"sv && m->code.substr(0, 3) != "NGO"sv
                              ? m->code.substr(3)
                              : "";
      for (size_t k : v.Kids(x)) {
        // "Russian and Ukrainian officials", "ambassadors of Arnor, Osgiliath
        // and Gondor", "lawmakers in Fornost and Gondor".
        Deprel kd = v.w(k).deprel;
        bool modifier = kd == Deprel::kAmod || kd == Deprel::kCompound ||
                        (kd == Deprel::kNmod && IsIn(v.CaseOf(k), {"of", "in", "from"}));
        if (!modifier) continue;
        // ("The Japanese and South Korean leaders", parsed as two modifiers
        // of the noun with "and" on the second: the second is a conjunct too.)
        std::vector<size_t> conjuncts;
        for (size_t c : v.Kids(k)) {
          if (v.w(c).deprel == Deprel::kConj) conjuncts.push_back(c);
        }
        if (v.Child(k, Deprel::kCc) != kNone && kd != Deprel::kNmod) conjuncts.push_back(k);
        for (size_t c : conjuncts) {
          if (phrase_of_[c] < 0) continue;
          for (const dict::PhraseHit& hit : phrases_[phrase_of_[c]].hits) {
            if (hit.type != static_cast<uint8_t>(EntityType::kActor)) continue;
            const dict::KbActor& a = kb_.actors()[hit.index];
            std::string code = a.CodeOn(date_);
            // ("Israeli and Hamas negotiators": a named group is itself,
            // the role word adds nothing to it.)
            if (a.kind != ActorKind::kCountry && a.kind != ActorKind::kPerson && code.size() > 3) {
              Mention extra = *m;
              extra.code = code;
              extra.kind = a.kind;
              extra.person = false;
              bool seen = extra.code == m->code;
              for (const Mention& o : out) seen = seen || o.code == extra.code;
              if (!seen) out.push_back(extra);
              break;
            }
            if (a.kind != ActorKind::kCountry) continue;
            if (code.size() != 3) continue;
            Mention extra = *m;
            extra.code = code + roles;
            extra.kind = ActorKind::kCountry;
            if (extra.code != m->code) out.push_back(extra);
            break;
          }
        }
      }
    }
  }
  return out;
}

size_t DocumentCoder::Subject(size_t p, int depth) const {
  const SentenceView& v = *view_;
  if (depth > 6) return kNone;
  bool passive = v.IsPassive(p);
  for (size_t k : v.Kids(p)) {
    Deprel d = v.w(k).deprel;
    if (passive) {
      if (d == Deprel::kOblAgent || (d == Deprel::kObl && v.CaseOf(k) == "by"sv)) return k;
    } else if (d == Deprel::kNsubj &&
               IsIn(v.Lemma(k), {"today", "yesterday", "tomorrow", "tonight"})) {
      // "Zhivkov today signed ...", with "today" read as the subject: the
      // name before it is.
      size_t before = k;
      while (before > 0 && v.w(before - 1).upos == Upos::kPUNCT) --before;
      if (before > 0 && (v.w(before - 1).upos == Upos::kPROPN || v.w(before - 1).upos == Upos::kNOUN ||
                         phrase_of_[before - 1] >= 0)) {
        return before - 1;
      }
    } else if (d == Deprel::kNsubj) {
      // "Austria's 14 European Union partners froze ...", parsed as two
      // subjects: a possessor ("Austria's") is not the subject when the
      // noun it possesses is one too.
      if (v.Child(k, Deprel::kCase) != kNone && v.Form(v.Child(k, Deprel::kCase)) == "'s"sv) {
        size_t owned = kNone;
        for (size_t o : v.Kids(p)) {
          if (o > k && o < p && v.w(o).deprel == Deprel::kNsubj) owned = o;
        }
        if (owned != kNone) return owned;
      }
      return k;
    }
  }
  // "Syria says it is willing to withdraw", with "it" read as an expletive:
  // before a predicative adjective with a complement it is the subject.
  if (!passive && IsPredicativeAdjective(v, p)) {
    size_t expl = v.Child(p, Deprel::kExpl);
    if (expl != kNone && v.Lemma(expl) == "it"sv) return expl;
  }
  size_t head = v.Head(p);
  Deprel rel = v.w(p).deprel;
  if (passive) {
    // "were attacked and killed by ...": the agent may hang off either verb.
    if (rel == Deprel::kConj && head != kNone && v.IsPassive(head)) return Subject(head, depth + 1);
    for (size_t k : v.Kids(p)) {
      if (v.w(k).deprel != Deprel::kConj || !v.IsPassive(k)) continue;
      for (size_t g : v.Kids(k)) {
        Deprel d = v.w(g).deprel;
        if (d == Deprel::kOblAgent || (d == Deprel::kObl && v.CaseOf(g) == "by"sv)) return g;
      }
    }
    return kNone;
  }
  // A finite verb the parser left without a subject ("a day after Colombian
  // troops killed ..." read as a prepositional phrase): the noun right before
  // it is its subject in English word order.
  Xpos x = v.w(p).xpos;
  if ((x == Xpos::kVBD || x == Xpos::kVBZ || x == Xpos::kVBP) && p > 0) {
    size_t q = p - 1;
    while (q > 0 && v.w(q).xpos == Xpos::kRB) --q;
    Xpos qx = v.w(q).xpos;
    if (qx == Xpos::kNN || qx == Xpos::kNNS || qx == Xpos::kNNP || qx == Xpos::kNNPS ||
        (qx == Xpos::kPRP && v.Lemma(q) != "it"sv && v.w(q).deprel != Deprel::kObj)) {
      // ("An explosion of ammonium nitrate stored at Beirut's port killed
      // ...": a noun inside a participle phrase is not the subject; the
      // noun the participle describes is.)
      const size_t participle = v.Head(q);
      if (participle != kNone && participle < p && v.w(participle).deprel == Deprel::kAcl &&
          (v.w(participle).xpos == Xpos::kVBN || v.w(participle).xpos == Xpos::kVBG) &&
          v.Head(participle) != kNone && v.Head(participle) < p) {
        return v.Head(participle);
      }
      if (v.Head(q) != p || v.w(q).deprel != Deprel::kObj) return q;
    }
  }
  if (head != kNone && IsOpenComplement(v, p)) {
    // Object control for an infinitive under a verb with an object ("urged
    // Damascus to halt"), else subject control ("vowed to attack", and
    // participles the parser hung as xcomp: "visit Libya, meeting Gadhafi").
    size_t obj = v.Child(head, Deprel::kObj);
    size_t mark = v.Child(p, Deprel::kMark);
    bool infinitive = mark != kNone && v.Lemma(mark) == "to"sv;
    // ("summoned the U.S. ambassador to protest": an infinitive of purpose
    // after a verb that calls someone in is the caller's act.)
    // ("raided the embassy to arrest the former vice president", "fired
    // tear gas to break up the protest": what an act of force is done for,
    // in a clause the parser hung as adverbial, is the force's own act.
    // Other purposes are left to the object, as the parser's attachment of
    // them is less sure and they are often only aims or the object's act:
    // "imposed a curfew to stop demonstrations", "sent troops to quell the
    // unrest", and "blocked a deal to reopen the border" is the deal's.)
    // (Also as an open complement: "Ugandan troops entered eastern Congo to
    // fight the ADF rebels"; what is entered or stormed does not fight.)
    const bool forces_own_purpose =
        obj != kNone && (rel == Deprel::kAdvcl || rel == Deprel::kXcomp) &&
        !IsIntentionNoun(v.Lemma(obj)) &&
        IsIn(v.Lemma(head), {"raid", "storm", "fire", "use", "mobilize", "surround", "enter",
                             "seal", "block", "ring"});
    if (obj != kNone && infinitive &&
        !IsIn(v.Lemma(head), {"promise", "threaten", "vow", "summon", "convene", "call in"}) &&
        !forces_own_purpose) {
      return obj;
    }
    // Under a passive with no agent, the passive's subject ("Gollum was seen
    // to break into ...", "Iran is believed to have supplied ...", "Kyiv was
    // urged to hold talks"). (With an agent, the agent's purpose: "the area
    // was mined by Azerbaijani soldiers to prevent ...".)
    const size_t agent = Subject(head, depth + 1);
    if (agent == kNone && v.IsPassive(head) && v.Child(head, Deprel::kNsubjPass) != kNone) {
      return v.Child(head, Deprel::kNsubjPass);
    }
    return agent;
  }
  if (head == kNone) return kNone;
  if (rel == Deprel::kConj && v.w(head).deprel == Deprel::kRoot &&
      (v.w(head).upos == Upos::kPROPN || v.w(head).upos == Upos::kNOUN) &&
      v.Child(head, Deprel::kCop) == kNone && head < p) {
    // "Joe Biden, on a visit to Israel, condemned ...", parsed as a name
    // conjoined with the verb: the name is the verb's subject.
    return head;
  }
  if (rel == Deprel::kAdvcl && v.w(p).xpos == Xpos::kVBG && p > 0 &&
      v.w(p - 1).xpos == Xpos::kCOMMA && IsOpenComplement(v, head) &&
      v.Child(head, Deprel::kMark) != kNone && v.Lemma(v.Child(head, Deprel::kMark)) == "to"sv &&
      v.Head(head) != kNone) {
    // "would not approve their bids to join NATO, accusing them of ...":
    // a participle set off by a comma speaks of the main clause, not of the
    // infinitive the parser hung it on.
    return Subject(v.Head(head), depth + 1);
  }
  if (rel == Deprel::kConj && !IsVerbLike(v.w(head)) && v.Child(p, Deprel::kNsubj) == kNone &&
      (v.w(p).xpos == Xpos::kVBD || v.w(p).xpos == Xpos::kVBN)) {
    // "said it had intercepted most of the rockets and struck Hezbollah
    // launch sites", with "struck" conjoined to the rockets: the verb shares
    // the subject of the verb the noun belongs to.
    size_t up = head;
    for (int steps = 0; up != kNone && steps < 4 && !IsVerbLike(v.w(up)); ++steps) up = v.Head(up);
    if (up != kNone && IsVerbLike(v.w(up)) && up < p) return Subject(up, depth + 1);
  }
  if (rel == Deprel::kConj || rel == Deprel::kAdvcl) {
    // "Gbagbo was sworn in, defying calls ...": under a passive clause the
    // shared subject is the passive's subject, not its agent.
    if (v.IsPassive(head) && v.Child(head, Deprel::kNsubjPass) != kNone &&
        v.w(p).xpos != Xpos::kVBN) {
      return v.Child(head, Deprel::kNsubjPass);
    }
    return Subject(head, depth + 1);
  }
  if (rel == Deprel::kAcl && v.Child(p, Deprel::kMark) != kNone &&
      v.Lemma(v.Child(p, Deprel::kMark)) == "to"sv && v.w(head).deprel == Deprel::kObj &&
      v.Head(head) != kNone && IsIn(v.Lemma(v.Head(head)), {"summon", "convene", "call in"})) {
    // (The same purpose hung on the summoned: "summoned the ambassador to
    // protest".)
    return Subject(v.Head(head), depth + 1);
  }
  if (rel == Deprel::kAcl && v.Child(p, Deprel::kMark) != kNone &&
      v.Lemma(v.Child(p, Deprel::kMark)) == "to"sv && IsIntentionNoun(v.Lemma(head))) {
    // "accepted an invitation to meet Kim", "announced a plan to attack":
    // the one who holds the invitation or plan is the one who would act.
    size_t owner = v.Child(head, Deprel::kNmodPoss);
    if (owner != kNone) return owner;
    // ("condemned a U.S. decision to sell weapons to Taiwan": a name that
    // modifies the noun owns it too.)
    if (size_t named = NamedModifier(head); named != kNone) return named;
    size_t holder = v.Head(head);
    Deprel hd = v.w(head).deprel;
    if (holder != kNone && IsVerbLike(v.w(holder)) && (hd == Deprel::kObj || hd == Deprel::kNsubjPass)) {
      return Subject(holder, depth + 1);
    }
  }
  if (rel == Deprel::kAclRelcl || rel == Deprel::kAcl) {
    // "the Council approved a resolution calling for ...": a document
    // speaks for whoever issued it.
    if (rel == Deprel::kAcl && IsDocumentNoun(v.Lemma(head))) {
      size_t issuer = DocumentIssuer(head, depth);
      if (issuer != kNone) return issuer;
    }
    // "A car bomb exploded near a police station in Mogadishu, killing 10",
    // with "killing" hung on the station: a building does not kill; the
    // clause's own subject did it.
    if (rel == Deprel::kAcl && v.w(p).xpos == Xpos::kVBG && v.w(head).deprel == Deprel::kObl &&
        IsIn(v.Lemma(head), {"station", "building", "hotel", "market", "mosque", "church",
                             "school", "hospital", "checkpoint", "base", "camp", "office",
                             "embassy", "airport", "restaurant", "cafe", "square", "street",
                             "road", "bridge", "compound", "headquarters", "post", "palace",
                             "parliament", "ministry", "village", "town", "city", "district"})) {
      return v.Head(head) != kNone ? Subject(v.Head(head), depth + 1) : kNone;
    }
    return head;
  }
  return kNone;
}

bool DocumentCoder::Unilateral(const Candidate& c) const {
  const SentenceView& v = *view_;
  for (size_t n : {c.predicate, c.consumed_noun}) {
    if (n == kNone) continue;
    for (size_t k : v.Kids(n)) {
      if (IsIn(v.Lemma(k), {"unilateral", "unilaterally", "one-sided"})) return true;
    }
  }
  return false;
}

size_t DocumentCoder::PeacekeepingMission(size_t p) const {
  const SentenceView& v = *view_;
  auto peacekeeping = [&](size_t n) {
    if (IsIn(v.Lemma(n), {"peacekeeping", "peacekeeper"})) return true;
    // (The word before, whatever the parser made of it: "peacekeeping" is
    // often read as a participle.)
    // ("a multinational security mission", "a stabilisation force": a
    // mission of several states to keep order keeps the peace too.)
    return (n >= 1 &&
            IsIn(v.Form(n - 1), {"peacekeeping", "peace-keeping", "stabilization", "stabilisation",
                                 "multinational", "international"}) &&
            IsIn(v.Lemma(n),
                 {"mission", "force", "operation", "contingent", "deployment", "troop"})) ||
           (n >= 2 && v.Form(n - 1) == "security"sv &&
            IsIn(v.Form(n - 2), {"multinational", "international"}) &&
            IsIn(v.Lemma(n), {"mission", "force", "operation"}));
  };
  for (size_t k : v.Kids(p)) {
    const Deprel d = v.w(k).deprel;
    // "to the UN peacekeeping mission", "on a peacekeeping mission"
    if ((d == Deprel::kObl || d == Deprel::kNmod) && IsIn(v.CaseOf(k), {"to", "on", "for"}) &&
        peacekeeping(k)) {
      return k;
    }
    // "to join the peacekeeping mission", "to serve as peacekeepers"
    if ((d == Deprel::kAdvcl || d == Deprel::kXcomp) &&
        IsIn(v.Lemma(k), {"join", "serve", "participate", "reinforce", "bolster", "take", "lead",
                          "head", "command", "staff"})) {
      for (size_t g : v.Kids(k)) {
        if (peacekeeping(g)) return g;
        for (size_t gg : v.Kids(g)) {
          if (peacekeeping(gg)) return gg;
        }
      }
    }
  }
  return kNone;
}

size_t DocumentCoder::DocumentIssuer(size_t doc, int depth) const {
  const SentenceView& v = *view_;
  size_t owner = v.Child(doc, Deprel::kNmodPoss);
  if (owner != kNone) return owner;
  size_t issuer = v.Head(doc);
  if (v.w(doc).deprel == Deprel::kObj && issuer != kNone && IsVerbLike(v.w(issuer))) {
    return Subject(issuer, depth + 1);
  }
  return kNone;
}

std::vector<size_t> DocumentCoder::SubjectWords(size_t p) const {
  const SentenceView& v = *view_;
  std::vector<size_t> out;
  size_t s = Subject(p);
  if (s == kNone) return out;
  out.push_back(s);
  size_t owner = v.Head(s);
  // (Only a subject of this clause, or of the clause it shares its subject
  // with: not a noun another verb's subjects happen to sit beside.)
  bool shared = false;
  for (size_t up = p, depth = 0; up != kNone && depth < 6 && !shared; ++depth) {
    shared = up == owner;
    const Deprel d = v.w(up).deprel;
    if (d != Deprel::kConj && d != Deprel::kXcomp && d != Deprel::kAdvcl) break;
    up = v.Head(up);
  }
  if (v.w(s).deprel == Deprel::kNsubj && owner != kNone && shared) {
    // Two subjects where the parser missed a coordination ("Annan and the
    // European Union condemned", "The United States, Britain and France
    // launched"): all count.
    for (size_t k : v.Kids(owner)) {
      if (k == s || v.w(k).deprel != Deprel::kNsubj) continue;
      size_t c = v.Child(k, Deprel::kCase);
      if (c != kNone && v.Form(c) == "'s"sv && k < s) continue;  // the possessor (see Subject)
      out.push_back(k);
    }
    // "The United States and the European Union imposed ...", read as a
    // nominal conjoined with a clause: the nominal is a subject too.
    Deprel od = v.w(owner).deprel;
    size_t first = v.Head(owner);
    if (od == Deprel::kConj && first != kNone && first < s &&
        (v.w(first).upos == Upos::kPROPN || v.w(first).upos == Upos::kNOUN) &&
        v.Child(first, Deprel::kCop) == kNone && v.w(first).deprel == Deprel::kRoot) {
      out.push_back(first);
    }
  }
  return out;
}

bool DocumentCoder::CallsAName(size_t p) const {
  const SentenceView& v = *view_;
  const size_t o = v.Child(p, Deprel::kObj);
  if (o == kNone) return false;
  for (size_t k = o + 1; k < v.size(); ++k) {
    if (v.w(k).upos != Upos::kNOUN || !v.CaseOf(k).empty() || v.Head(k) == kNone) continue;
    const size_t det = v.Child(k, Deprel::kDet);
    if (det == kNone || !IsIn(v.Form(det), {"a", "an"})) continue;
    if (v.Head(k) == p || !IsVerbLike(v.w(v.Head(k)))) return true;
  }
  return false;
}

size_t DocumentCoder::SharedTwoSidedObject(const Candidate& c) const {
  const SentenceView& v = *view_;
  if (c.sources.size() < 2 || !IsVerbLike(v.w(c.predicate))) return kNone;
  // ("agreed to reopen their embassies": or the object of the complement.)
  size_t o = Object(c.predicate);
  if (o == kNone && c.complement != kNone && IsVerbLike(v.w(c.complement))) o = Object(c.complement);
  if (o == kNone || v.IsPassive(c.predicate)) return kNone;
  const size_t poss = v.Child(o, Deprel::kNmodPoss);
  if (poss == kNone || v.Form(poss) != "their"sv) return kNone;
  return IsIn(v.Lemma(o), {"meeting", "talk", "summit", "negotiation", "dialogue", "relation",
                           "tie", "relationship", "cooperation", "partnership", "alliance",
                           "dispute", "feud", "rivalry", "conflict", "agreement", "deal",
                           "treaty", "accord", "exchange", "contact", "consultation", "embassy",
                           "embassies", "ambassador", "ambassadors", "consulate", "consulates",
                           "border", "borders", "mission", "missions"})
             ? o
             : kNone;
}

// What "an end to" can stop and be an act of de-escalation: "an end to
// the war", "an end to Israel's offensive", "an end to the fighting".
bool IsFightingNoun(std::string_view lemma) {
  return IsIn(lemma, {"war", "fighting", "violence", "hostility", "conflict", "bloodshed",
                      "offensive", "bombing", "bombardment", "shelling", "clash", "killing",
                      "attack", "assault", "aggression", "invasion"});
}

// A truce named as such ("ceasefire", "truce", "armistice").
bool IsTruceNoun(std::string_view lemma) {
  return IsIn(lemma, {"ceasefire", "cease-fire", "truce", "armistice"});
}

std::vector<Mention> DocumentCoder::PartiesToEndOf(size_t end, const std::string& avoid) {
  const SentenceView& v = *view_;
  size_t fighting = kNone;
  for (size_t k : IsIn(v.Lemma(end), {"end", "halt", "stop"}) ? v.Kids(end) : std::vector<size_t>{}) {
    if (v.w(k).deprel == Deprel::kNmod && v.CaseOf(k) == "to"sv && IsFightingNoun(v.Lemma(k))) {
      fighting = k;
    }
  }
  // ("urged a ceasefire in Sudan": a truce is asked of the sides of the
  // fighting it would stop, named as that fighting's would be.)
  if (IsTruceNoun(v.Lemma(end))) fighting = end;
  std::vector<Mention> parties;
  if (fighting == kNone) return parties;
  const bool was_resolving_target = resolving_target_;
  resolving_target_ = true;  // a place named stands for its country
  if (const size_t owner = v.Child(fighting, Deprel::kNmodPoss); owner != kNone) {
    parties = ResolveWithConjuncts(owner, avoid);
  }
  // ("an end to the Israeli offensive": the nationality is its owner.)
  for (size_t k : v.Kids(fighting)) {
    if (parties.empty() && v.w(k).deprel == Deprel::kAmod && k < fighting) {
      parties = ResolveWithConjuncts(k, avoid);
    }
  }
  for (size_t k : v.Kids(fighting)) {
    if (parties.empty() && v.w(k).deprel == Deprel::kNmod &&
        IsIn(v.CaseOf(k), {"in", "on", "between"})) {
      parties = ResolveWithConjuncts(k, avoid);
    }
  }
  resolving_target_ = was_resolving_target;
  return parties;
}

size_t DocumentCoder::Object(size_t p) const {
  const SentenceView& v = *view_;
  if (v.IsPassive(p)) {
    size_t s = v.Child(p, Deprel::kNsubjPass);
    // "hours after two reservists were beaten to death", with "hours" read
    // as the subject: the noun of the after-phrase is.
    if (s != kNone && IsIn(v.Lemma(s), {"hour", "day", "week", "minute", "month", "year"})) {
      for (size_t k : v.Kids(s)) {
        if (IsIn(v.CaseOf(k), {"after", "before"}) && k < p) return k;
      }
    }
    if (s != kNone) return s;
    // A conjoined participle shares its head's passive subject.
    if (v.w(p).deprel == Deprel::kConj && v.Head(p) != kNone) return Object(v.Head(p));
    // "the town, which was shelled": the relative clause's noun.
    if (v.w(p).deprel == Deprel::kAclRelcl || v.w(p).deprel == Deprel::kAcl) return v.Head(p);
    return kNone;
  }
  size_t o = v.Child(p, Deprel::kObj);
  // "refuted United States President Donald Trump's comments", with the
  // name taken as the object and the possessed noun hung on it: the noun
  // is the object.
  if (o != kNone && v.w(o).upos == Upos::kPROPN) {
    for (size_t k : v.Kids(o)) {
      if (k > o && v.w(k).deprel == Deprel::kNmod && v.w(k).upos == Upos::kNOUN &&
          v.CaseOf(k).empty() && v.Child(k, Deprel::kNmodPoss) != kNone) {
        return k;
      }
    }
  }
  // "Ethiopia let free 74 political leaders", "set free the hostages": what
  // is let free is the object.
  if (o == kNone && IsIn(v.Lemma(p), {"let", "set"})) {
    const size_t x = v.Child(p, Deprel::kXcomp);
    if (x != kNone && IsIn(v.Lemma(x), {"free", "loose"})) {
      const size_t freed = v.Child(x, Deprel::kObj);
      if (freed != kNone) return freed;
    }
  }
  // "urged them to reduce violence" with "them" read as an indirect object:
  // with an open complement and no direct object, it is the object.
  if (o == kNone && v.Child(p, Deprel::kIobj) != kNone && v.Child(p, Deprel::kXcomp) != kNone) {
    return v.Child(p, Deprel::kIobj);
  }
  // "handed over Karadzic" with "over" read as a preposition.
  if (o == kNone && MisparsedParticle(v, p) != kNone) return v.Head(MisparsedParticle(v, p));
  // "went on strike", "went to war", "went on a rampage": UD makes the noun
  // an oblique, but with "go" it is what is done, as an object would be.
  if (o == kNone && v.Lemma(p) == "go"sv) {
    for (size_t k : v.Kids(p)) {
      if (v.w(k).deprel == Deprel::kObl && v.w(k).upos == Upos::kNOUN &&
          IsIn(v.CaseOf(k), {"on", "to", "into"})) {
        return k;
      }
    }
  }
  // "the militias it supports": an active relative clause with its own
  // subject and no object has the modified noun as its object.
  if (o == kNone && v.w(p).deprel == Deprel::kAclRelcl && v.Child(p, Deprel::kNsubj) != kNone &&
      v.Child(p, Deprel::kCcomp) == kNone && v.Child(p, Deprel::kXcomp) == kNone) {
    size_t subj = v.Child(p, Deprel::kNsubj);
    if (!IsIn(v.Lemma(subj), {"who", "which", "that"})) return v.Head(p);
  }
  return o;
}

std::vector<size_t> DocumentCoder::SlotWords(size_t p, const std::string& slot, bool noun) const {
  const SentenceView& v = *view_;
  std::vector<size_t> out;
  if (slot == "subj"sv) {
    if (!noun) out = SubjectWords(p);
    return out;
  }
  if (slot == "nsubj"sv) {
    // The subject as written, before the verb: of a passive, the one acted
    // on (PETRARCH's and TABARI's '+' before the verb: "+ * KILLED BY $").
    if (noun) return out;
    if (!v.IsPassive(p)) return SubjectWords(p);
    const size_t o = Object(p);
    if (o != kNone) out.push_back(o);
    return out;
  }
  if (slot == "speaker"sv) {
    // Who asserts the clause: the subject of the verb of saying or finding
    // whose complement it is ("Human Rights Watch said Ethiopian forces
    // committed war crimes"), through a conjoined "and that ..." clause too.
    // (Not a denial's: "denied that its troops committed abuses".)
    size_t clause = p;
    if (!noun && v.w(clause).deprel == Deprel::kConj && v.Head(clause) != kNone) {
      clause = v.Head(clause);
    }
    const size_t head = v.Head(clause);
    if (noun || head == kNone ||
        (v.w(clause).deprel != Deprel::kCcomp && v.w(clause).deprel != Deprel::kParataxis) ||
        !IsIn(v.Lemma(head), {"say", "tell", "state", "conclude", "find", "report", "allege",
                              "claim", "charge", "write", "declare", "add", "note", "insist",
                              "document", "confirm", "announce", "assert", "testify"})) {
      return out;
    }
    return SubjectWords(head);
  }
  // Days and times, never a party (below: the parser hangs parties on them).
  auto is_time = [&](size_t k) {
    return IsIn(v.Lemma(k), {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                             "sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                             "Saturday", "Sunday", "day", "night", "morning", "evening",
                             "afternoon", "week", "weekend", "month", "year"});
  };
  // "skip:at": the first actor after the noun phrase of the slot named
  // ("warned at the Gondor of the Prince of Dol Amroth": the prince;
  // TABARI's and PETRARCH's "* AT ^ +").
  size_t after = p;
  if (slot.starts_with("skip:")) {
    const std::vector<size_t> skipped = SlotWords(p, slot.substr(5), noun);
    if (skipped.empty()) return out;
    after = skipped.front();
  }
  if (slot == "next"sv || after != p) {
    // PETRARCH's and TABARI's target: the first actor after the verb in its
    // phrase ("allowed that Mordor isn't ...", "broke into an anti-Gondor
    // parade"); the converter's last default slot.
    // (Not in an adverbial clause or a clause beside it anywhere on the way:
    // "delayed their meeting after a hafling was reported on the pass of
    // Cirith Ungol", "..., a senior Bree official said".)
    auto reachable = [&](size_t k) {
      for (size_t node = k, steps = 0; node != kNone && steps <= v.size();
           node = v.Head(node), ++steps) {
        if (node == p) return true;
        const Deprel d = v.w(node).deprel;
        if (d == Deprel::kAdvcl || d == Deprel::kParataxis || d == Deprel::kConj ||
            d == Deprel::kAclRelcl) {
          return false;
        }
      }
      return false;
    };
    for (size_t k = after + 1; !noun && k < v.size(); ++k) {
      if (!reachable(k) || (!NamesActor(k) && !NamesAgent(k))) continue;
      // (The whole phrase: "Turkish" in "Turkish troops" is the troops, as
      // "Turkey" in "Turkey's troops"; a possessor or determiner always
      // stands for its noun's phrase.)
      size_t head = k;
      while (v.Head(head) != kNone && v.Head(head) > head &&
             (v.w(head).deprel == Deprel::kNmodPoss || v.w(head).deprel == Deprel::kDet ||
              ((v.w(head).deprel == Deprel::kAmod || v.w(head).deprel == Deprel::kCompound ||
                v.w(head).deprel == Deprel::kFlat) &&
               (NamesAgent(v.Head(head)) || NamesActor(v.Head(head)))))) {
        head = v.Head(head);
      }
      out.push_back(head);
      break;
    }
    // (With PETRARCH's new actors, the first noun phrase after the verb
    // when no known actor follows: "left for the Ministry of Magic".)
    for (size_t k = p + 1; out.empty() && !noun && options_.new_actor_length > 0 && k < v.size();
         ++k) {
      const Word& word = v.w(k);
      if ((word.upos != Upos::kNOUN && word.upos != Upos::kPROPN) || !reachable(k) ||
          is_time(k)) {
        continue;
      }
      size_t head = k;
      while (v.Head(head) != kNone && v.Head(head) > head &&
             (v.w(head).deprel == Deprel::kCompound || v.w(head).deprel == Deprel::kFlat ||
              v.w(head).deprel == Deprel::kAmod || v.w(head).deprel == Deprel::kNmodPoss)) {
        head = v.Head(head);
      }
      out.push_back(head);
    }
    return out;
  }
  if (slot == "obj"sv) {
    size_t o = noun ? kNone : Object(p);
    if (o != kNone) out.push_back(o);
    return out;
  }
  if (slot == "iobj"sv) {
    size_t o = v.Child(p, Deprel::kIobj);
    if (o != kNone) out.push_back(o);
    return out;
  }
  if (slot == "poss"sv) {
    size_t o = v.Child(p, Deprel::kNmodPoss);
    if (o != kNone) out.push_back(o);
    return out;
  }
  if (slot == "xcomp.obj"sv || slot == "xcomp.any"sv) {
    size_t x = OpenComplementOf(v, p);
    if (x == kNone) return out;
    size_t o = Object(x);
    if (slot == "xcomp.any"sv) {
      // The party of the complement: its indirect object or an oblique with
      // a party-marking preposition ("offered to hand over to Britain two
      // suspects", "ready to send troops to Libya"); failing those, its
      // object ("vowed to attack Israel").
      size_t io = v.Child(x, Deprel::kIobj);
      if (io != kNone) out.push_back(io);
      // ("agreed to reopen NATO supply routes into Afghanistan": an object
      // named as a party's own is that party's, before where it leads.)
      if (io == kNone && o != kNone) {
        for (size_t k : v.Kids(o)) {
          if (v.w(k).deprel == Deprel::kCompound && k < o && v.w(k).upos == Upos::kPROPN &&
              NamesActor(k)) {
            out.push_back(o);
            return out;
          }
        }
      }
      for (size_t k : v.Kids(x)) {
        if ((v.w(k).deprel == Deprel::kObl || v.w(k).deprel == Deprel::kNmod) &&
            IsIn(v.CaseOf(k), {"to", "with", "for", "on", "against", "into", "from", "in"})) {
          out.push_back(k);
        }
      }
      if (o != kNone) {
        for (size_t k : v.Kids(o)) {
          if (v.w(k).deprel == Deprel::kNmod && IsIn(v.CaseOf(k), {"to", "for", "with"})) {
            out.push_back(k);
          }
        }
      }
      if (!out.empty()) return out;
    }
    if (o != kNone) out.push_back(o);
    return out;
  }
  // A preposition: obliques and nominal modifiers of the predicate, then of
  // its object ("imposed sanctions on Iran" may attach "on Iran" to either).
  auto scan = [&](size_t node) {
    for (size_t k : v.Kids(node)) {
      Deprel d = v.w(k).deprel;
      // A time is never the party, but the parser hangs parties on it:
      // "imposed bans on Monday on Russian officials", "issued warrants on
      // Thursday for Netanyahu", "air strikes this year against al-Shabab".
      if (is_time(k) && d != Deprel::kNsubj) {
        for (size_t g : v.Kids(k)) {
          Deprel gd = v.w(g).deprel;
          if (is_time(g)) continue;
          if ((gd == Deprel::kNmod && v.CaseOf(g) == slot) ||
              (gd == Deprel::kConj && v.CaseOf(k) == slot)) {
            out.push_back(g);
          }
        }
        continue;
      }
      // (An "object" with a case marker is a misattached oblique.)
      // (An act after "leave for" is a purpose, not a destination: "began
      // leaving Afghanistan for the initial troop withdrawal".)
      const bool purpose = slot == "for"sv && v.w(k).upos == Upos::kNOUN && !NamesActor(k) &&
                           IsIn(v.Lemma(p), {"leave", "depart", "head", "travel", "fly"}) &&
                           !kb_.NounPatterns(v.Lemma(k)).empty();
      if ((d == Deprel::kObl || d == Deprel::kNmod || d == Deprel::kOblAgent ||
           d == Deprel::kObj) &&
          v.CaseOf(k) == slot && !purpose) {
        out.push_back(k);
      }
      // "carried out attacks targeting Afghan forces": the participle read
      // as a clause rather than a preposition; its object is the party.
      if (slot == "targeting"sv && (d == Deprel::kAcl || d == Deprel::kAdvcl) &&
          v.Lemma(k) == "target"sv && v.w(k).xpos == Xpos::kVBG) {
        const size_t o = v.Child(k, Deprel::kObj);
        if (o != kNone) out.push_back(o);
      }
    }
  };

  scan(p);
  // "imposed visa restrictions on Georgian officials over a crackdown on
  // protesters", with the second "on" hung on the verb: the object's own
  // phrase, nearer the verb, is the one.
  if (!noun && !out.empty()) {
    const size_t o = v.Child(p, Deprel::kObj);
    if (o != kNone && o < out.front()) {
      std::vector<size_t> verb_level;
      verb_level.swap(out);
      scan(o);
      if (out.empty() || out.front() > verb_level.front()) out.swap(verb_level);
    }
  }
  // "the arrest of opposition leader Alexei Navalny by Russian
  // authorities", with the agent hung on the one arrested: the agent of
  // the act is still its source.
  if (out.empty() && noun && slot == "by"sv) {
    for (size_t k : v.Kids(p)) {
      if (v.w(k).deprel == Deprel::kNmod || v.w(k).deprel == Deprel::kAppos) scan(k);
    }
  }
  // "a ceasefire brokered by Qatar between Israel and Hamas", with the
  // sides hung on the broker: a "between" phrase is the act's.
  if (out.empty() && slot == "between"sv) {
    for (size_t k : v.Kids(p)) {
      const Deprel d = v.w(k).deprel;
      if (d == Deprel::kObl || d == Deprel::kOblAgent) scan(k);
    }
  }
  // "hold talks in Moscow with Russian President Vladimir Putin", with the
  // party hung on the place: the place's own phrase.
  if (out.empty() && IsIn(slot, {"with", "between", "against"})) {
    for (size_t k : v.Kids(p)) {
      if ((v.w(k).deprel == Deprel::kObl || v.w(k).deprel == Deprel::kNmod) &&
          IsIn(v.CaseOf(k), {"in", "at"}) && v.w(k).upos == Upos::kPROPN && !IsWaterBody(v, k)) {
        scan(k);
      }
    }
  }
  // "spoke by phone with Iranian President Hassan Rouhani", with the party
  // hung on the channel: the channel's own phrase.
  if (out.empty() && slot == "with"sv) {
    for (size_t k : v.Kids(p)) {
      if (v.w(k).deprel == Deprel::kObl && IsPhoneChannel(v, k)) scan(k);
    }
  }
  // "condemnation from the United States and the European Union", with the
  // second name hung on the event noun as its conjunct: a name conjoined to
  // the predicate after the found party is that party's conjunct.
  if (noun && !out.empty()) {
    const size_t found = out.back();
    for (size_t k : v.Kids(p)) {
      if (v.w(k).deprel == Deprel::kConj && k > found && NamesActor(k)) out.push_back(k);
    }
  }
  if (out.empty() && !noun) {
    size_t o = v.Child(p, Deprel::kObj);
    if (o == kNone && MisparsedParticle(v, p) != kNone) o = v.Head(MisparsedParticle(v, p));
    if (o != kNone) scan(o);
    // ("fired tear gas and water cannon at protesters": or of its last
    // conjunct, where the parser hangs the phrase.)
    for (size_t k : o != kNone && out.empty() ? v.Kids(o) : std::vector<size_t>{}) {
      if (v.w(k).deprel == Deprel::kConj) scan(k);
    }
    // ("lifted the sanctions imposed on Iran": or of the participle that
    // says whom the object was aimed at.)
    for (size_t k : o != kNone && out.empty() ? v.Kids(o) : std::vector<size_t>{}) {
      if (v.w(k).deprel == Deprel::kAcl && v.w(k).xpos == Xpos::kVBN &&
          IsIn(v.Lemma(k), {"impose", "level", "place", "put", "slap", "aim", "direct",
                            "target"})) {
        scan(k);
      }
    }
    // ... or of what the object measures ("shipped containers of munitions
    // to Russia").
    // (Two levels: "millions of dollars of aid for Libya".)
    std::vector<size_t> measured = {o};
    for (int level = 0; level < 2 && out.empty(); ++level) {
      std::vector<size_t> next;
      for (size_t m : measured) {
        if (m == kNone) continue;
        for (size_t k : v.Kids(m)) {
          if (v.w(k).deprel == Deprel::kNmod && v.CaseOf(k) == "of"sv) {
            scan(k);
            next.push_back(k);
          }
        }
      }
      measured = std::move(next);
    }
  }
  if (out.empty() && noun &&
      (v.w(p).deprel == Deprel::kObl || v.w(p).deprel == Deprel::kObj ||
       (v.w(p).deprel == Deprel::kOblAgent && LightVerbOf(p) != kNone))) {
    // "were killed in a clash with Chinese troops": the parser often hangs
    // the event noun's party on the clause's verb. (Not from a time phrase:
    // in "fled into Chad after attacks by the RSF" Chad is where they fled.)
    size_t head = v.Head(p);
    if (head != kNone && IsVerbLike(v.w(head)) &&
        !IsIn(v.CaseOf(p), {"after", "before", "since", "during", "amid", "following", "until",
                            "despite"})) {
      scan(head);
      // (Not the event noun itself: "killed in an Israeli air strike".)
      out.erase(std::remove(out.begin(), out.end(), p), out.end());
    }
  }
  // "the expulsion of the Russian diplomats by Poland": the doer's phrase
  // hung on the of-phrase instead of the event noun.
  if (out.empty() && noun && slot == "by"sv) {
    for (size_t k : v.Kids(p)) {
      if (v.w(k).deprel == Deprel::kNmod && v.CaseOf(k) == "of"sv) scan(k);
    }
  }
  // "a suspension of military operations against the rebels": an event
  // noun's party may hang on its "of" object, as a verb's on its object.
  if (out.empty() && noun && slot != "of"sv && slot != "by"sv) {
    for (size_t k : v.Kids(p)) {
      if (v.w(k).deprel == Deprel::kNmod && v.CaseOf(k) == "of"sv) {
        scan(k);
        break;
      }
    }
  }
  // "between Colombia and the rebels": both conjuncts come from conj.
  return out;
}

std::vector<Mention> DocumentCoder::FillSlot(size_t p, const std::vector<std::string>& slots,
                                             bool noun, const std::string& avoid) {
  for (const std::string& slot : slots) {
    std::vector<Mention> all;
    for (size_t word : SlotWords(p, slot, noun)) {
      for (Mention& m : ResolveWithConjuncts(word, avoid)) {
        // (A speaker is a party only as a state: "UN monitors said Israel
        // violated the truce" names no victim.)
        if (slot == "speaker"sv && resolving_target_ && !HasCountryPrefix(m.code)) continue;
        all.push_back(std::move(m));
      }
      if (options_.new_actor_length > 0 && slot != "speaker"sv) AddNewActors(word, &all);
    }
    if (!all.empty()) return all;
  }
  return {};
}

void DocumentCoder::AddNewActors(size_t word, std::vector<Mention>* found) const {
  const SentenceView& v = *view_;
  std::vector<size_t> conjuncts{word};
  for (size_t i = 0; i < conjuncts.size() && conjuncts.size() < 16; ++i) {
    for (size_t k : v.Kids(conjuncts[i])) {
      if (v.w(k).deprel == Deprel::kConj && !IsVerbLike(v.w(k))) conjuncts.push_back(k);
    }
  }
  for (size_t c : conjuncts) {
    const Word& head = v.w(c);
    if (head.upos != Upos::kNOUN && head.upos != Upos::kPROPN) continue;
    // The noun phrase: the head with its determiners, modifiers, possessor
    // and of-phrases; not its conjuncts, clauses or other phrases.
    std::vector<size_t> words{c};
    for (size_t i = 0; i < words.size(); ++i) {
      for (size_t k : v.Kids(words[i])) {
        const Deprel d = v.w(k).deprel;
        const bool of_phrase = d == Deprel::kNmod && v.CaseOf(k) == "of"sv;
        // (A name set beside its title with no comma: "head Minerva McGonagall".)
        const bool close_apposition =
            d == Deprel::kAppos && k > words[i] && v.w(k - 1).upos != Upos::kPUNCT;
        if (close_apposition || of_phrase || d == Deprel::kNmodDesc || d == Deprel::kDet ||
            d == Deprel::kAmod || d == Deprel::kCompound || d == Deprel::kFlat ||
            d == Deprel::kNmodPoss || d == Deprel::kNummod ||
            (d == Deprel::kCase && words[i] != c)) {
          words.push_back(k);
        }
      }
    }
    std::sort(words.begin(), words.end());
    bool named = false;
    for (const Mention& m : *found) {
      for (size_t k : words) named = named || (m.first <= k && k <= m.last);
    }
    if (named) continue;
    std::string text;
    int count = 0;
    for (size_t k : words) {
      const std::string& form = v.Form(k);
      if (form == "'s"sv || form == "'"sv || v.w(k).upos == Upos::kPUNCT) continue;  // Gryffindor's
      text += (text.empty() ? "" : " ") + UpperAscii(form);
      ++count;
    }
    if (count == 0 || count > options_.new_actor_length) continue;
    Mention m;
    m.code = "\"" + text + "\"";
    m.first = words.front();
    m.last = words.back();
    found->push_back(std::move(m));
  }
}

bool DocumentCoder::NounLemmaMatches(size_t n, const std::string& lemma) const {
  const SentenceView& v = *view_;
  // "air strike": the head's lemma is the last word; the words before it are
  // the words right before the head (hyphens skipped), whatever their
  // relation. One-word lemmas: the head. No allocation: walks the lemma's
  // words from the end.
  const std::string& head = v.Lemma(n);
  // Every way of matching below ends the entry with the head's last byte,
  // or has an 's' at the end of one of them, and starts the entry's last
  // word with the first byte of the head's lemma or form: most (noun, entry)
  // pairs end at these two checks.
  if (!lemma.empty() && !head.empty() && lemma.back() != ' ' && lemma.back() != head.back() &&
      lemma.back() != 's' && head.back() != 's') {
    return false;
  }
  std::string_view rest = lemma;
  size_t space = rest.rfind(' ');
  std::string_view last = space == std::string_view::npos ? rest : rest.substr(space + 1);
  if (!last.empty() && (head.empty() || head[0] != last[0])) {
    const std::string& form = v.Form(n);
    if (form.empty() || form[0] != last[0]) return false;
  }
  // A plural the lemmatizer left whole ("troops") still matches "troop".
  bool plural_of = head.size() == last.size() + 1 && head.back() == 's' &&
                   std::string_view(head).substr(0, last.size()) == last;
  // ... and "supplies" (left whole as a plurale tantum) matches "supply".
  plural_of = plural_of || (last.size() >= 2 && last.back() == 'y' &&
                            head.size() == last.size() + 2 && head.ends_with("ies") &&
                            std::string_view(head).substr(0, last.size() - 1) ==
                                last.substr(0, last.size() - 1));
  // ... and a plural entry ("talks", "raids") matches the plural as written
  // (forms are lower case) when the lemmatizer made it singular ("talk").
  plural_of =
      plural_of || (head != last && !last.empty() && last.back() == 's' && v.Form(n) == last);
  if (head != last && !plural_of) return false;
  size_t pos = n;
  while (space != std::string_view::npos) {
    rest = rest.substr(0, space);
    space = rest.rfind(' ');
    std::string_view word = space == std::string_view::npos ? rest : rest.substr(space + 1);
    if (pos == 0) return false;
    --pos;
    while (pos > 0 && v.w(pos).form == "-"sv) --pos;
    if (v.Lemma(pos) != word && v.Form(pos) != word) return false;
  }
  return true;
}

std::string DocumentCoder::OperatingCode(const Mention& m, const std::string& country) const {
  if (country.empty() || m.first > m.last || m.last >= view_->size()) return m.code;
  for (size_t k = m.first; k <= m.last; ++k) {
    if (phrase_of_[k] < 0) continue;
    for (const dict::PhraseHit& hit : phrases_[phrase_of_[k]].hits) {
      if (hit.type != static_cast<uint8_t>(EntityType::kActor)) continue;
      const dict::KbActor& a = kb_.actors()[hit.index];
      const std::string there = a.CodeIn(date_, country);
      if (there.empty()) continue;
      const std::string base = a.CodeOn(date_);
      if (base.empty() || m.code.compare(0, base.size(), base) != 0) continue;
      return there + m.code.substr(base.size());
    }
  }
  return m.code;
}

bool DocumentCoder::InPhraseOf(size_t p, size_t k) const {
  const SentenceView& v = *view_;
  for (size_t node = k, steps = 0; node != kNone && steps <= v.size(); node = v.Head(node), ++steps) {
    if (v.Head(node) == p) {
      const Deprel d = v.w(node).deprel;
      return d != Deprel::kConj && d != Deprel::kParataxis && d != Deprel::kCc;
    }
  }
  return false;
}

size_t DocumentCoder::SpelledAt(size_t k, std::string_view alternative) const {
  const SentenceView& v = *view_;
  size_t n = 0;
  while (!alternative.empty()) {
    const size_t cut = alternative.find('_');
    std::string_view word = alternative.substr(0, cut);
    if (k + n >= v.size()) return 0;
    // "artiller*": a TABARI stem, a prefix of the form.
    if (word.size() > 1 && word.back() == '*') {
      word.remove_suffix(1);
      if (!v.Form(k + n).starts_with(word)) return 0;
    } else if (v.Form(k + n) != word && v.Lemma(k + n) != word) {
      return 0;
    }
    ++n;
    alternative = cut == std::string_view::npos ? std::string_view() : alternative.substr(cut + 1);
  }
  return n;
}

// The non-empty alternatives of a word-order item, "did_n't|wo_n't".
std::vector<std::string_view> Alternatives(std::string_view item) {
  std::vector<std::string_view> out;
  for (size_t a = 0; a <= item.size();) {
    size_t bar = item.find('|', a);
    if (bar == std::string_view::npos) bar = item.size();
    if (bar > a) out.push_back(item.substr(a, bar - a));
    a = bar + 1;
  }
  return out;
}

// Greedy: each item takes its nearest occurrence (before the verb, walking
// back from it; after it, walking forward), as PETRARCH and TABARI read
// their patterns outward from the verb.
DocumentCoder::WordOrderMatch DocumentCoder::MatchWordOrder(size_t p, const KbPattern& pat) const {
  const SentenceView& v = *view_;
  WordOrderMatch m;
  int words = 0;
  bool modal = false;
  size_t limit = p;  // items before the verb end before this word
  for (size_t i = pat.before.size(); i-- > 0;) {
    std::string_view item = pat.before[i];
    const bool touch = i + 1 == pat.before.size() && item.ends_with('_');
    if (touch) item.remove_suffix(1);
    const std::vector<std::string_view> alternatives = Alternatives(item);
    bool found = false;
    for (size_t end = limit; end-- > 0 && !found;) {
      for (std::string_view alt : alternatives) {
        const size_t len = static_cast<size_t>(std::count(alt.begin(), alt.end(), '_')) + 1;
        if (len > end + 1 || SpelledAt(end + 1 - len, alt) != len) continue;
        found = true;
        limit = end + 1 - len;
        words += static_cast<int>(len);
        for (size_t k = limit; k <= end; ++k) modal = modal || IsNegationOrModalWord(v.Lemma(k));
        break;
      }
      if (touch) break;
    }
    if (!found) return m;
  }
  size_t from = p + 1;  // items after the verb start at or after this word
  for (size_t i = 0; i < pat.after.size(); ++i) {
    std::string_view item = pat.after[i];
    const bool touch = i == 0 && item.starts_with('_');
    if (touch) item.remove_prefix(1);
    const std::vector<std::string_view> alternatives = Alternatives(item);
    bool found = false;
    for (size_t start = from; start < v.size() && !found; ++start) {
      if (InPhraseOf(p, start)) {
        for (std::string_view alt : alternatives) {
          const size_t len = SpelledAt(start, alt);
          if (len == 0) continue;
          found = true;
          from = start + len;
          words += static_cast<int>(len);
          break;
        }
      }
      if (touch) break;
    }
    if (!found) return m;
  }
  m.words = words;
  m.modal = modal;
  return m;
}

int DocumentCoder::DirectObjectMatchWords(size_t obj, const std::vector<std::string>& objects) const {
  int best = 0;
  if (obj == kNone) return 0;
  for (const std::string& o : objects) {
    if (NounLemmaMatches(obj, o)) {
      best = std::max(best, 1 + static_cast<int>(std::count(o.begin(), o.end(), ' ')));
    }
  }
  return best;
}

size_t DocumentCoder::WithObject(size_t p, const std::vector<std::string>& objects) const {
  const SentenceView& v = *view_;
  if (objects.empty() || !IsIn(v.Lemma(p), {"provide", "supply", "furnish", "equip", "arm"})) {
    return kNone;
  }
  const size_t o = Object(p);
  if (o == kNone || ObjectMatches(o, objects)) return kNone;
  // (The "with" phrase may hang on the recipient: "provided the Lebanese
  // Armed Forces with aircraft".)
  std::vector<size_t> phrases = v.Kids(p);
  if (v.w(o).upos != Upos::kPRON) {
    for (size_t k : v.Kids(o)) phrases.push_back(k);
  }
  for (size_t k : phrases) {
    const Deprel d = v.w(k).deprel;
    if (d != Deprel::kObl && !(d == Deprel::kNmod && v.Head(k) == o)) continue;
    // ("with up to $1.5 billion": "with" among the phrase's case markers.)
    bool with = false;
    for (size_t c : v.Kids(k)) {
      with = with || (v.w(c).deprel == Deprel::kCase && v.Form(c) == "with"sv);
    }
    if (with && ObjectMatches(k, objects)) return k;
  }
  return kNone;
}

bool DocumentCoder::ObjectMatches(size_t obj, const std::vector<std::string>& objects) const {
  if (obj == kNone) return false;
  const SentenceView& v = *view_;
  auto matches = [&](size_t n) {
    // A name matches as written ("left the European Union" is a union,
    // "quit NATO" NATO), not as a lemma: "warned the United States" is no
    // "state" of emergency.
    std::string name;
    if (v.w(n).upos == Upos::kPROPN && NamesActor(n)) {
      for (char ch : v.Form(n)) name += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    }
    for (const std::string& o : objects) {
      if (!name.empty()) {
        const size_t space = o.rfind(' ');
        if (std::string_view(o).substr(space == std::string::npos ? 0 : space + 1) != name) continue;
      }
      if (NounLemmaMatches(n, o)) return true;
    }
    return false;
  };
  if (matches(obj)) return true;
  // "suspended the BBC", "shut down Al Jazeera": a news organisation the
  // knowledge base names is a news outlet.
  if (std::find(objects.begin(), objects.end(), "outlet"sv) != objects.end() &&
      NamesNewsOutlet(obj)) {
    return true;
  }
  // "summoned Niger's ambassador Brah Mohamane", "freed aid worker John
  // Smith": a named person's title says what the object is.
  if (v.w(obj).upos == Upos::kPROPN) {
    for (size_t k : v.Kids(obj)) {
      // (A title in capitals may be tagged a name: "President Pedro
      // Castillo"; the knowledge base knows it as a role.)
      if ((v.w(k).deprel == Deprel::kNmodDesc || v.w(k).deprel == Deprel::kCompound) && k < obj &&
          (v.w(k).upos == Upos::kNOUN ? matches(k)
                                      : v.w(k).upos == Upos::kPROPN && NamesAgent(k) &&
                                            std::find(objects.begin(), objects.end(),
                                                      LowerAscii(v.Form(k))) != objects.end())) {
        return true;
      }
    }
  }
  // What is carried or counted is the object: "containers of munitions",
  // "a range of options", "a new round of sanctions", "ships and aircraft
  // loaded with food and medicine", "dozens of rockets", "a barrage of
  // missiles"; a stretch of time is what fills it:
  // "broke off three years of peace talks", "ended decades of conflict"; and
  // "suspended the activities of all political parties" are the parties.
  if (IsIn(v.Lemma(obj), {"container", "shipment", "consignment", "ton", "tonne", "load",
                          "batch", "cargo", "crate", "box", "truckload", "planeload", "shipload",
                          "convoy", "delivery", "supply", "quantity", "range", "number",
                          "set", "series", "list", "variety", "raft", "host", "package",
                          "round", "wave", "string", "team", "dollar", "euro", "million", "billion",
                          "$", "worth", "level", "amount", "kind", "type", "form", "year",
                          "month", "week", "day", "decade", "hour", "dozen", "hundred",
                          "thousand", "score", "couple", "pair", "handful", "barrage", "salvo",
                          "volley", "hail", "flurry", "activity"})) {
    for (size_t k : v.Kids(obj)) {
      if (v.w(k).deprel != Deprel::kNmod || v.CaseOf(k) != "of"sv) continue;
      if (matches(k)) return true;
      // "millions of dollars of aid"
      for (size_t g : v.Kids(k)) {
        if (v.w(g).deprel == Deprel::kNmod && v.CaseOf(g) == "of"sv && matches(g)) return true;
      }
    }
  }
  // "urged an end to the war", "called for an end to the fighting": an end
  // to fighting is its cessation.
  if (v.Lemma(obj) == "end"sv &&
      std::find(objects.begin(), objects.end(), "cessation"sv) != objects.end()) {
    for (size_t k : v.Kids(obj)) {
      if (v.w(k).deprel == Deprel::kNmod && v.CaseOf(k) == "to"sv && IsFightingNoun(v.Lemma(k))) {
        return true;
      }
    }
  }
  // "rejected calls for talks with the RSF": what others' calls ask for is
  // the object. (Not a proposal or an offer, a plan of its own: "rejected an
  // Israeli proposal for a truce" rejects the plan, 127.)
  if (IsIn(v.Lemma(obj), {"call", "demand", "request", "appeal", "plea", "push"})) {
    for (size_t k : v.Kids(obj)) {
      if (v.w(k).deprel == Deprel::kNmod && v.CaseOf(k) == "for"sv && matches(k)) return true;
    }
  }
  // "donated $3 million to ...", "gave 20 million euros to ...": an amount of
  // money is money ("$15 million in humanitarian aid" matched the aid above
  // or as the amount's own event noun).
  auto currency = [&](size_t n) {
    return IsIn(v.Lemma(n), {"$", "dollar", "euro", "pound", "yen", "yuan", "rupee", "franc", "€",
                             "£", "us$"});
  };
  // ("billions of dollars", "millions of euros": an amount of a currency.)
  bool money = currency(obj);
  if (IsIn(v.Lemma(obj), {"million", "billion", "trillion", "thousand", "hundred"})) {
    for (size_t k : v.Kids(obj)) {
      money = money || (v.w(k).deprel == Deprel::kNmod && v.CaseOf(k) == "of"sv && currency(k));
    }
  }
  if (money) {
    for (const std::string& o : objects) {
      if (o == "money"sv) return true;
    }
  }
  std::vector<size_t> carriers = {obj};
  for (size_t k : v.Kids(obj)) {
    if (v.w(k).deprel == Deprel::kConj) carriers.push_back(k);
  }
  for (size_t carrier : carriers) {
    for (size_t a : v.Kids(carrier)) {
      if (v.w(a).deprel != Deprel::kAcl ||
          !IsIn(v.Lemma(a), {"load", "carry", "lade", "pack", "fill", "bring", "transport"})) {
        continue;
      }
      for (size_t k : v.Kids(a)) {
        Deprel d = v.w(k).deprel;
        if ((d == Deprel::kObj || (d == Deprel::kObl && v.CaseOf(k) == "with"sv)) && matches(k)) {
          return true;
        }
      }
    }
  }
  return false;
}

size_t DocumentCoder::LightVerbOf(size_t n) const {
  const SentenceView& v = *view_;
  Deprel d = v.w(n).deprel;
  size_t head = v.Head(n);
  // ("announced $800 million in military aid": the noun hangs on the amount.)
  if (head != kNone && d == Deprel::kNmod && v.CaseOf(n) == "in"sv &&
      v.w(head).deprel == Deprel::kObj && v.Head(head) != kNone && IsVerbLike(v.w(v.Head(head))) &&
      IsMoneyAmount(v.Lemma(head))) {
    return v.Head(head);
  }
  if (head == kNone || !IsVerbLike(v.w(head))) return kNone;
  // "condemned the terrorist attack", "welcomed the talks": a verb that
  // reacts to an event does not carry it out.
  if (IsIn(v.Lemma(head), {"condemn", "criticize", "criticise", "denounce", "deplore", "decry",
                           "slam", "welcome", "praise", "hail", "applaud", "mourn", "regret",
                           "lament", "investigate", "probe", "deny", "blame", "oppose",
                           "prevent", "avert", "foil", "thwart", "survive", "witness", "fear",
                           "predict", "report", "quell", "suppress", "crush", "disperse", "ban",
                           "prohibit", "outlaw", "repel", "resist", "block",
                           // "detained while covering a protest": who reports
                           // or watches an event does not carry it out
                           "cover", "film", "photograph", "watch", "observe", "monitor"})) {
    return kNone;
  }
  // "London called the seizure illegal", "described the strikes as a war
  // crime": a verb that judges its object does not carry it out.
  if (d == Deprel::kObj &&
      IsIn(v.Lemma(head),
           {"call", "describe", "brand", "label", "term", "deem", "consider", "declare", "dub"}) &&
      (v.Child(head, Deprel::kXcomp) != kNone || v.Lemma(head) == "describe"sv ||
       v.Lemma(head) == "brand"sv || v.Lemma(head) == "label"sv)) {
    return kNone;
  }
  if (d == Deprel::kObj || d == Deprel::kNsubjPass) return head;
  // "The U.S. military retaliated with air strikes on ...": a verb of
  // response carries the act it responds with.
  if (d == Deprel::kObl && v.CaseOf(n) == "with"sv &&
      IsIn(v.Lemma(head), {"retaliate", "respond", "react", "answer", "reply", "hit"})) {
    return head;
  }
  // "presented Israel and Hamas with a ceasefire proposal", "handed them
  // an ultimatum": a verb that hands something over carries it.
  if (d == Deprel::kObl && v.CaseOf(n) == "with"sv &&
      IsIn(v.Lemma(head), {"present", "provide", "hand", "serve", "confront"})) {
    return head;
  }
  // "placed President Ali Bongo under house arrest", "put the city under
  // curfew": the verb that puts someone under a measure carries it.
  if (d == Deprel::kObl && v.CaseOf(n) == "under"sv &&
      IsIn(v.Lemma(head), {"place", "put", "keep", "hold"})) {
    return head;
  }
  // "the withdrawal would start on Monday": an aspectual verb carries its
  // subject event (and its tense and modality).
  if (d == Deprel::kNsubj &&
      IsIn(v.Lemma(head), {"start", "begin", "resume", "continue", "proceed", "commence"})) {
    return head;
  }
  // "carried out more than two dozen air strikes ..." with the noun read
  // as an oblique of a verb that only ever carries events.
  if ((d == Deprel::kObl || d == Deprel::kOblAgent) && v.CaseOf(n).empty() &&
      IsIn(v.Lemma(head), {"launch", "carry", "conduct", "stage", "mount", "unleash"})) {
    return head;
  }
  // "would provide $100 million in aid", "pledged 2 billion euros in
  // loans": the amount is the object, the event noun says what it is.
  const size_t amount = v.Child(head, Deprel::kObj);
  if (d == Deprel::kObl && v.CaseOf(n) == "in"sv && amount != kNone &&
      IsMoneyAmount(v.Lemma(amount))) {
    return head;
  }
  return kNone;
}

std::vector<std::string> DocumentCoder::ContextCountries() const {
  std::vector<std::string> out;
  if (!place_country_.empty()) out.push_back(place_country_);
  // The countries of the sentence's own actors ("the Ukrainian army
  // recaptured the town of Lyman from Russian forces": the Donetsk town, not
  // the one in South Carolina).
  for (const PhraseMatch& m : phrases_) {
    for (const dict::PhraseHit& hit : m.hits) {
      if (hit.type != static_cast<uint8_t>(EntityType::kActor) || out.size() >= 4) continue;
      const std::string code = kb_.actors()[hit.index].CodeOn(date_);
      if (!HasCountryPrefix(code)) continue;
      const std::string c = code.substr(0, 3);
      if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
    }
  }
  for (auto it = history_.rbegin(); it != history_.rend() && out.size() < 4; ++it) {
    if (!HasCountryPrefix(it->code)) continue;
    std::string c = it->code.substr(0, 3);
    if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
  }
  return out;
}

std::optional<Location> DocumentCoder::PlaceAt(size_t h, std::string_view division) {
  const SentenceView& v = *view_;
  // (A word in lower case is no name, whatever its tag: "near Damascus
  // airport" is not the Hawaiian place called Airport.)
  auto capitalised = [&](size_t k) {
    const std::string& f = v.w(k).form;
    return !f.empty() && !(f[0] >= 'a' && f[0] <= 'z');
  };
  if (gazetteer_ == nullptr || v.w(h).upos != Upos::kPROPN || !capitalised(h)) {
    return std::nullopt;
  }
  // The name: the head with its proper-noun compound/flat parts, in order.
  size_t first = h, last = h;
  for (size_t k : v.Kids(h)) {
    Deprel d = v.w(k).deprel;
    if ((d == Deprel::kCompound || d == Deprel::kFlat) && v.w(k).upos == Upos::kPROPN &&
        capitalised(k)) {
      first = std::min(first, k);
      last = std::max(last, k);
    }
  }
  // ("Mocimboa da Praia", "Rio de Janeiro": a particle joins the name's
  // parts, the words before it hung on the particle.)
  for (size_t k : v.Kids(h)) {
    const Deprel d = v.w(k).deprel;
    if ((d != Deprel::kCompound && d != Deprel::kFlat) || k + 1 != first ||
        !IsIn(v.w(k).form, {"da", "de", "do", "dos", "das", "del", "di"})) {
      continue;
    }
    for (size_t g : v.Kids(k)) {
      if (g + 1 == k && v.w(g).upos == Upos::kPROPN && capitalised(g)) first = g;
    }
  }
  // A capitalised modifier that no dictionary knows is part of the name:
  // "the Western Wall" is a landmark, not the village of Wall ("the Lebanese
  // port" keeps its nationality outside).
  for (size_t k : v.Kids(h)) {
    const std::string& f = v.w(k).form;
    if (v.w(k).deprel == Deprel::kAmod && k + 1 == first && k > 0 && !f.empty() &&
        f[0] >= 'A' && f[0] <= 'Z' && phrase_of_[k] < 0) {
      first = k;
    }
  }
  if (last - first > 4) return std::nullopt;
  // "the Church of the Nativity", "the Temple of the Tooth": a one-word
  // name with a proper "of" phrase is a landmark's, not the town of Church.
  if (first == last) {
    for (size_t k : v.Kids(h)) {
      const std::string& of = v.w(k).form;
      if (v.w(k).deprel == Deprel::kNmod && v.CaseOf(k) == "of"sv && k > h && !of.empty() &&
          of[0] >= 'A' && of[0] <= 'Z') {
        return std::nullopt;
      }
    }
  }
  // "warned the West": a compass direction alone is no place (the
  // gazetteer has Cameroon's West Region).
  if (first == last && IsIn(v.w(h).form, {"West", "East", "North", "South", "Northeast",
                                          "Northwest", "Southeast", "Southwest"})) {
    return std::nullopt;
  }
  // "in March", "on Monday": dates, not the English town of March.
  if (first == last &&
      IsIn(v.w(h).form, {"January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December", "Monday", "Tuesday",
                         "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})) {
    return std::nullopt;
  }
  // Seas, straits and rivers border several countries: not a place that
  // makes an actor or a story country ("attacks on shipping in the Red Sea").
  if (IsWaterBody(v, last) || IsWaterBody(v, h)) {
    return std::nullopt;
  }
  // "membership in NATO", "a seat in Amnesty International": a name the
  // knowledge base has as an organisation or party is not the
  // place the gazetteer may also have (a Philippine village called Nato).
  if (phrase_of_[h] >= 0) {
    const dict::PhraseMatch& pm = phrases_[phrase_of_[h]];
    for (const dict::PhraseHit& hit : pm.hits) {
      if (hit.type != static_cast<uint8_t>(EntityType::kActor) || pm.begin > first ||
          pm.end <= last) {
        continue;
      }
      const ActorKind kind = kb_.actors()[hit.index].kind;
      // (Not a person's: "a refugee centre in Kerry" is in Ireland.)
      if (kind == ActorKind::kIgo || kind == ActorKind::kNgo || kind == ActorKind::kParty ||
          kind == ActorKind::kMedia || kind == ActorKind::kBusiness) {
        return std::nullopt;
      }
    }
  }
  std::string name;
  for (size_t i = first; i <= last; ++i) {
    if (!name.empty() && v.w(i).form != "-"sv && v.w(i - 1).form != "-"sv) name += ' ';
    name += v.w(i).form;
  }
  // "in Rivers state", with "state" read as a word of its own: the
  // division noun right after the name is still the name's.
  std::string next_division;
  if (division.empty() && last + 1 < v.size() &&
      IsDivisionNoun(LowerAscii(v.w(last + 1).form))) {
    next_division = LowerAscii(v.w(last + 1).form);
    division = next_division;
  }
  std::vector<geo::Place> places;
  if (!division.empty()) {
    std::string titled(division);
    titled[0] = static_cast<char>(titled[0] - 'a' + 'A');
    places = gazetteer_->Lookup(name + " " + titled, ContextCountries(), 1);
  }
  if (places.empty()) places = gazetteer_->Lookup(name, ContextCountries(), 1);
  if (places.empty()) return std::nullopt;
  const geo::Place& p = places.front();
  Location loc;
  loc.name = p.name;
  loc.country = p.country;
  loc.admin1 = p.admin1;
  loc.lat = p.lat;
  loc.lon = p.lon;
  return loc;
}

// The place a nominal names: a gazetteer place ("Goma", "the town of
// Bouake"), or a listed place or country from the knowledge base (with the
// gazetteer's coordinates when it has them).
std::optional<Location> DocumentCoder::LocationAt(size_t n) {
  const SentenceView& v = *view_;
  std::optional<Location> loc = PlaceAt(n);
  if (!loc && !IsWaterBody(v, n)) {
    // "the town of Bouake", "the Yemeni port of Aden", "the Yemeni capital
    // Sanaa" (a name in apposition or flat with the noun).
    size_t named = kNone;
    for (size_t k : v.Kids(n)) {
      Deprel d = v.w(k).deprel;
      // (Not a word of the same dictionary name: "the International Court of
      // Justice" is no place called Justice.)
      if (phrase_of_[n] >= 0 && phrase_of_[k] == phrase_of_[n]) continue;
      if ((d == Deprel::kNmod && v.CaseOf(k) == "of"sv) || d == Deprel::kAppos ||
          d == Deprel::kFlat) {
        // ("the northwestern state of Zamfara": GeoNames' "Zamfara State".)
        loc = PlaceAt(k, d == Deprel::kNmod && IsDivisionNoun(v.Lemma(n)) ? v.Lemma(n) : "");
        named = k;
      }
      if (loc) break;
    }
    // "Russia's Krasnodar region", "the Mopti region of central Mali": the
    // name on a settlement or region noun, unless the noun names a place of
    // its own ("the Gaza city of Rafah"), finer than a country.
    const bool country_level = loc && named != kNone && NamesCountry(named);
    for (size_t k : v.Kids(n)) {
      const bool division = IsDivisionNoun(v.Lemma(n));
      if ((loc && !country_level) || !(IsSettlementNoun(v.Lemma(n)) || division) || k > n) continue;
      if (v.w(k).deprel != Deprel::kCompound) continue;
      if (std::optional<Location> finer = PlaceAt(k, division ? v.Lemma(n) : "")) {
        loc = finer;
        break;
      }
    }
  }
  if (loc) return loc;
  // "fired rockets at a U.S. base in Syria": where the thing is, before the
  // country its modifier names.
  for (size_t k : v.Kids(n)) {
    if (k > n && v.w(k).deprel == Deprel::kNmod &&
        IsIn(v.CaseOf(k), {"in", "near", "outside", "inside"})) {
      if (std::optional<Location> inner = LocationAt(k)) return inner;
    }
  }
  // ("in the South China Sea": a sea is no place of the country it is
  // named after.)
  if (IsWaterBody(v, n)) return std::nullopt;
  int ph = phrase_of_[n];
  if (ph < 0) {
    // "the Lebanese village of Qana" without a gazetteer entry: the country
    // adjective on the noun. (Not on a craft or a party: "fired missiles at
    // a US destroyer" did not happen in the United States.)
    if (NamesAgent(n) ||
        IsIn(v.Lemma(n), {"ship", "vessel", "destroyer", "warship", "frigate", "tanker", "boat",
                          "carrier", "submarine", "aircraft", "jet", "plane", "airliner",
                          "helicopter", "drone", "convoy", "vehicle", "truck", "embassy",
                          "consulate", "delegation"})) {
      return std::nullopt;
    }
    for (size_t k : v.Kids(n)) {
      if (v.w(k).deprel != Deprel::kAmod && v.w(k).deprel != Deprel::kCompound) continue;
      if (phrase_of_[k] >= 0) {
        ph = phrase_of_[k];
        break;
      }
    }
    // (Else the country it belongs to: "in Russia's fourth-largest city".)
    for (size_t k : v.Kids(n)) {
      if (ph >= 0 || !IsSettlementNoun(v.Lemma(n))) break;
      if (v.w(k).deprel == Deprel::kNmodPoss && phrase_of_[k] >= 0) ph = phrase_of_[k];
    }
  }
  if (ph < 0) return std::nullopt;
  for (const dict::PhraseHit& hit : phrases_[ph].hits) {
    Location l;
    if (hit.type == static_cast<uint8_t>(EntityType::kPlace)) {
      const dict::KbPlace& place = kb_.places()[hit.index];
      l.name = place.gazetteer_name;
      l.country = place.country;
    } else if (hit.type == static_cast<uint8_t>(EntityType::kActor) &&
               kb_.actors()[hit.index].kind == ActorKind::kCountry) {
      const dict::KbActor& a = kb_.actors()[hit.index];
      std::string code = a.CodeOn(date_);
      if (code.size() < 3) continue;
      l.name = a.names.front();
      l.country = code.substr(0, 3);
    } else {
      continue;
    }
    if (gazetteer_ != nullptr) {
      std::vector<geo::Place> g = gazetteer_->Lookup(l.name, {l.country}, 1);
      if (!g.empty() && g.front().country == l.country) {
        l.name = g.front().name;
        l.admin1 = g.front().admin1;
        l.lat = g.front().lat;
        l.lon = g.front().lon;
      }
    }
    return l;
  }
  return std::nullopt;
}

std::optional<Location> DocumentCoder::LocationFor(size_t predicate) {
  const SentenceView& v = *view_;
  // (Not a sphere of affairs: "interfering in Taiwan affairs".)
  auto locative = [&](size_t k) {
    Deprel d = v.w(k).deprel;
    return (d == Deprel::kObl || d == Deprel::kNmod) &&
           IsIn(v.CaseOf(k), {"in", "near", "at", "outside", "inside", "around", "across"}) &&
           !IsIn(v.Lemma(k), {"affair", "affairs", "matter", "matters", "politics", "issue",
                              "issues", "question", "questions"});
  };
  // ("drove the militants out of the town of Jarablus": where they were.)
  auto out_of = [&](size_t k) {
    if (v.w(k).deprel != Deprel::kObl || v.CaseOf(k) != "of"sv) return false;
    for (size_t c : v.Kids(k)) {
      if (v.w(c).deprel == Deprel::kCase && v.Lemma(c) == "out"sv) return true;
    }
    return false;
  };
  // (Not a phrase of reason or topic: "cut ties with Israel over the war in
  // Gaza", "expressed concern about the escalation in the Gaza Strip"
  // happened elsewhere. A purpose or a target may name the place: "hosted
  // him for talks at the Kremlin", "strikes against rebels in Yemen".)
  auto reason = [&](size_t k) {
    return IsIn(v.CaseOf(k), {"over", "about", "despite", "amid", "because"});
  };
  // ("over the war in Gaza" with "in Gaza" hung on the verb: a place right
  // after a reason phrase on the same word is that phrase's.)
  auto after_reason = [&](size_t k) {
    const size_t head = v.Head(k);
    if (head == kNone) return false;
    for (size_t r : v.Kids(head)) {
      if (r < k && reason(r) && v.w(r).deprel == v.w(k).deprel &&
          SubtreeOf(v, r, v.size() + 1).back() + 2 >= k) {
        return true;
      }
    }
    return false;
  };
  // ("Putin and Xi discussed the situation in Ukraine by phone": what is
  // discussed is a topic, and its places are not where the talk was.)
  // (Nor are the places a text speaks of where it was blocked or issued:
  // "blocked an EU statement criticizing Israel's offensive in Gaza", but
  // "signed a declaration in Paris".)
  size_t topic =
      IsIn(v.Lemma(predicate), {"discuss", "debate", "review", "examine", "tackle"})
          ? v.Child(predicate, Deprel::kObj)
          : kNone;
  // ("called Xi on Tuesday to discuss the war in Ukraine": or of the
  // purpose of the act.)
  for (size_t k : v.Kids(predicate)) {
    if (topic == kNone && k > predicate &&
        (v.w(k).deprel == Deprel::kAdvcl || v.w(k).deprel == Deprel::kXcomp) &&
        IsIn(v.Lemma(k), {"discuss", "debate", "review", "examine", "tackle"})) {
      topic = v.Child(k, Deprel::kObj);
    }
  }
  if (const size_t o = v.Child(predicate, Deprel::kObj);
      topic == kNone && o != kNone && IsTextNoun(v.Lemma(o))) {
    topic = v.Child(o, Deprel::kAcl);
  }
  // A state of affairs somewhere ("the war in Ukraine"): its place is a
  // topic's, not where the talk or act was.
  auto state_of_affairs = [&](size_t n) {
    return IsIn(v.Lemma(n), {"situation", "crisis", "war", "conflict", "fighting", "violence",
                             "unrest", "tension", "tensions", "escalation", "developments"});
  };
  // (Also a place the parser hung on the verb right after the topic.)
  auto in_topic = [&](size_t k) {
    if (topic == kNone) return false;
    for (size_t up = k, steps = 0; up != kNone && steps <= v.size(); up = v.Head(up), ++steps) {
      if (up == topic) return true;
    }
    // (Only after a topic that is a state of affairs somewhere: "discussed
    // trade in Moscow" may well have been in Moscow.)
    return k > topic && v.Head(k) == predicate && state_of_affairs(topic) &&
           SubtreeOf(v, topic, v.size() + 1).back() + 2 >= k;
  };
  for (size_t k : v.Kids(predicate)) {
    if (!locative(k) && !out_of(k)) continue;
    if (after_reason(k) || in_topic(k)) continue;
    if (std::optional<Location> loc = LocationAt(k)) return loc;
  }
  // "recaptured Tikrit", "shelled the city of Kharkiv": a place taken or
  // struck is where it happened (not a party named as the object: "accused
  // Moscow of ...", "congratulated Lula").
  const size_t o = v.Child(predicate, Deprel::kObj);
  bool named_party = false;
  bool role_named = false;  // by a role word ("stormed Congress"): no place
  if (o != kNone && phrase_of_[o] >= 0) {
    for (const dict::PhraseHit& hit : phrases_[phrase_of_[o]].hits) {
      named_party = named_party || hit.type == static_cast<uint8_t>(EntityType::kActor) ||
                    hit.type == static_cast<uint8_t>(EntityType::kAgent);
      role_named = role_named || hit.type == static_cast<uint8_t>(EntityType::kAgent);
    }
  }
  if (o != kNone && !named_party &&
      IsIn(v.Lemma(predicate), {"capture", "seize", "retake", "recapture", "occupy", "enter",
                                "liberate", "overrun", "storm", "shell", "bomb", "raid", "attack",
                                "besiege", "encircle", "surround", "strike", "hit", "pound",
                                "bombard", "invade", "take", "control", "reach", "evacuate"})) {
    if (std::optional<Location> loc = PlaceAt(o)) return loc;
    if (IsSettlementNoun(v.Lemma(o))) {
      if (std::optional<Location> loc = LocationAt(o)) return loc;
    }
  }
  // ("a drone strike on a suburb of Beirut": so is a settlement an attack
  // named by a noun is on, the phrase hung on the noun or on the verb the
  // noun is an oblique of: "was killed in a strike on a suburb of ...".)
  if (!IsVerbLike(v.w(predicate))) {
    std::vector<size_t> phrases = v.Kids(predicate);
    if (const size_t head = v.Head(predicate);
        head != kNone && v.w(predicate).deprel == Deprel::kObl && IsVerbLike(v.w(head))) {
      for (size_t k : v.Kids(head)) {
        if (k > predicate) phrases.push_back(k);
      }
    }
    for (size_t k : phrases) {
      const Deprel d = v.w(k).deprel;
      if ((d == Deprel::kNmod || d == Deprel::kObl) && IsIn(v.CaseOf(k), {"on", "against"}) &&
          IsSettlementNoun(v.Lemma(k)) && phrase_of_[k] < 0) {
        if (std::optional<Location> loc = LocationAt(k)) return loc;
      }
    }
  }
  // "struck targets in the Gaza Strip", "police in Cairo arrested ...": a
  // place on one of the predicate's own noun phrases, nearest first, before
  // any place elsewhere in the sentence (which may belong to another clause:
  // "met in Cairo as Israeli aircraft struck targets in the Gaza Strip").
  std::vector<size_t> nouns;
  for (size_t k : v.Kids(predicate)) {
    Deprel d = v.w(k).deprel;
    if ((d == Deprel::kObj || d == Deprel::kIobj || d == Deprel::kNsubj ||
         d == Deprel::kNsubjPass || d == Deprel::kObl) &&
        !reason(k) && k != topic) {
      nouns.push_back(k);
    }
    // ("a missile strike on a children's hospital in Kyiv": what an event
    // noun struck, where that is.)
    if (d == Deprel::kNmod && !IsVerbLike(v.w(predicate)) &&
        IsIn(v.CaseOf(k), {"on", "against", "at"})) {
      nouns.push_back(k);
    }
  }
  for (size_t i = 0; i < nouns.size() && i < 32; ++i) {
    for (size_t k : v.Kids(nouns[i])) {
      if (locative(k)) {
        if (std::optional<Location> loc = LocationAt(k)) return loc;
      }
      Deprel d = v.w(k).deprel;
      if ((d == Deprel::kNmod || d == Deprel::kConj || d == Deprel::kAppos) && !reason(k)) {
        nouns.push_back(k);
      }
    }
  }
  // "Israeli jets struck Gaza": a party that is a place, struck or taken,
  // is where it happened, rather than a place of another clause ("... before
  // Hamas fired rockets at Tel Aviv").
  if (o != kNone && named_party && !role_named &&
      IsIn(v.Lemma(predicate), {"capture", "seize", "retake", "recapture", "occupy", "storm",
                                "liberate", "overrun", "shell", "bomb", "raid", "attack", "besiege",
                                "encircle", "surround", "strike", "pound", "bombard", "invade"})) {
    if (std::optional<Location> loc = PlaceAt(o)) return loc;
  }
  // ("responded with artillery fire on southern Lebanon": so is a place an
  // attack named by a noun is on, before a place of another clause.)
  // (The noun's light verb stands for it when it carries the attack out,
  // "responded with", not when it only speaks of one: "vowed more strikes
  // on Israel".)
  std::vector<size_t> attack_nouns;
  if (!IsVerbLike(v.w(predicate))) {
    attack_nouns.push_back(predicate);
  } else if (IsIn(v.Lemma(predicate), {"launch", "carry", "conduct", "stage", "respond", "open",
                                       "mount", "unleash", "intensify", "step", "begin",
                                       "continue", "resume", "retaliate"})) {
    for (size_t k : v.Kids(predicate)) {
      if (!IsVerbLike(v.w(k)) && LightVerbOf(k) == predicate) attack_nouns.push_back(k);
    }
  }
  for (size_t noun : attack_nouns) {
    if (!IsIn(v.Lemma(noun), {"fire", "strike", "airstrike", "attack", "shelling", "bombing",
                              "bombardment", "raid", "assault", "offensive", "barrage"})) {
      continue;
    }
    for (size_t k : v.Kids(noun)) {
      if (v.w(k).deprel != Deprel::kNmod || !IsIn(v.CaseOf(k), {"on", "against"})) continue;
      if (std::optional<Location> loc = PlaceAt(k)) return loc;
    }
  }
  for (size_t k = 0; k < v.size(); ++k) {
    // (Not the event noun itself: "killed in an Israeli drone strike" is
    // not in Israel.)
    if (!locative(k) || k == predicate) continue;
    // (Inside another predicate's reason phrase; the predicate's own place
    // if the predicate is inside it too: "amid attacks in Tunisia, which
    // forced the president to declare ...".)
    bool in_reason = false;
    for (size_t up = v.Head(k), steps = 0; up != kNone && steps < 4 && !in_reason;
         up = v.Head(up), ++steps) {
      if (!reason(up) ||
          (v.w(up).deprel != Deprel::kObl && v.w(up).deprel != Deprel::kNmod)) {
        continue;
      }
      bool holds_predicate = false;
      for (size_t q = predicate, n = 0; q != kNone && n <= v.size(); q = v.Head(q), ++n) {
        holds_predicate = holds_predicate || q == up;
      }
      in_reason = !holds_predicate;
    }
    // (Nor a place of a state of affairs another verb speaks of: "jailed an
    // activist for criticizing the war in Ukraine", "discussed the war in
    // Ukraine during a phone call" happened elsewhere.)
    // (Also a place the parser hung on that verb right after the object.)
    const size_t n = v.Head(k);
    bool others_topic = n != kNone && v.w(n).deprel == Deprel::kObj && v.Head(n) != predicate &&
                        state_of_affairs(n);
    if (n != kNone && n != predicate && IsVerbLike(v.w(n))) {
      const size_t o = v.Child(n, Deprel::kObj);
      others_topic = others_topic || (o != kNone && o < k && state_of_affairs(o) &&
                                      SubtreeOf(v, o, v.size() + 1).back() + 2 >= k);
    }
    if (in_reason || others_topic || after_reason(k) || in_topic(k)) continue;
    if (std::optional<Location> loc = LocationAt(k)) return loc;
  }
  return std::nullopt;
}

// The linear fallback, for when the parse left a slot empty: the nearest
// dictionary actor to the left (subject) or right (object) of the predicate
// within its clause. A right-hand actor inside a prepositional phrase counts
// only when the pattern names that preposition.
std::vector<Mention> DocumentCoder::NearestActor(size_t p, int direction,
                                                 const std::vector<std::string>& preps,
                                                 const std::string& avoid) {
  const SentenceView& v = *view_;
  auto stops = [&](size_t k) {
    Xpos x = v.w(k).xpos;
    if (x == Xpos::kVBD || x == Xpos::kVBZ || x == Xpos::kVBP || x == Xpos::kMD) return true;
    // (Nor into a gerund's clause: "hanged a man for attacking a police
    // officer" is not aimed at the officer.)
    if (v.w(k).deprel == Deprel::kMark && v.Head(k) != kNone &&
        v.w(v.Head(k)).xpos == Xpos::kVBG) {
      return true;
    }
    std::string f = v.Form(k);
    return f == ";"sv || f == ":"sv || f == "that"sv || f == "which"sv || f == "who"sv ||
           f == "whom"sv || f == "while"sv || f == "but"sv || f == "."sv || f == "\""sv ||
           f == "and"sv || f == "or"sv || f == ","sv;
  };
  for (int step = 1; step <= 10; ++step) {
    long k = static_cast<long>(p) + direction * step;
    if (k < 0 || k >= static_cast<long>(v.size())) break;
    size_t t = static_cast<size_t>(k);
    if (stops(t)) break;
    if (phrase_of_[t] < 0) continue;
    if (IsQualifyingName(v, phrases_[phrase_of_[t]].begin, phrases_[phrase_of_[t]].end)) continue;
    // (A country naming a sea is no party: "seized an oil tanker in the
    // Gulf of Oman".)
    if (v.Head(t) != kNone && v.CaseOf(t) == "of"sv && IsWaterBody(v, v.Head(t))) continue;
    // The noun-phrase head the phrase belongs to.
    size_t h = t;
    for (int up = 0; up < 4; ++up) {
      size_t head = v.Head(h);
      Deprel d = v.w(h).deprel;
      if (head == kNone || head == p) break;
      if (d != Deprel::kCompound && d != Deprel::kAmod && d != Deprel::kFlat &&
          d != Deprel::kNmodPoss) {
        break;
      }
      h = head;
    }
    if (direction > 0) {
      std::string_view prep = v.CaseOf(h);
      if (!prep.empty() && std::find(preps.begin(), preps.end(), prep) == preps.end()) return {};
    }
    std::vector<Mention> ms = ResolveWithConjuncts(h, avoid);
    if (!ms.empty()) return ms;
  }
  return {};
}

// Reported blame is an accusation (CAMEO 112) by the speaker against the
// one blamed: "May said Russia was culpable for the attack", "the minister
// said ETA was the main suspect". The reported clause is a copular predicate
// of blame; a negated one ("Moscow was not to blame") is no accusation.
std::optional<Candidate> DocumentCoder::Attribution(size_t p) {
  static const KbPattern kAccusation = SpeechPattern("112");
  const SentenceView& v = *view_;
  size_t comp = ReportedClauseOf(v, p);
  if (comp == kNone) return std::nullopt;
  std::string pred = v.Lemma(comp);
  bool blame = false;
  if (v.Child(comp, Deprel::kCop) != kNone) {
    blame = IsIn(pred, {"responsible", "culpable", "guilty", "suspect", "behind", "liable"});
    if (!blame && pred == "blame"sv) blame = true;  // "was to blame"
    // "Ukraine said Russia was behind the attack": the predicate is the act,
    // "behind" its case marker.
    if (!blame && v.CaseOf(comp) == "behind"sv) blame = true;
  } else if (pred == "blame"sv && v.Child(comp, Deprel::kObj) == kNone) {
    // "Moscow was not to blame", with "was" read as an auxiliary.
    bool to = false, be = false;
    for (size_t k : v.Kids(comp)) {
      to = to || (v.w(k).deprel == Deprel::kMark && v.Lemma(k) == "to"sv);
      be = be || (v.w(k).deprel == Deprel::kAux && v.Lemma(k) == "be"sv);
    }
    blame = to && be;
  } else if (IsIn(pred, {"bear", "carry", "hold"})) {
    // "... and the militias it supports bore responsibility"
    size_t obj = v.Child(comp, Deprel::kObj);
    blame = obj != kNone && IsIn(v.Lemma(obj), {"responsibility", "blame"});
  }
  if (!blame) return std::nullopt;
  bool negated = false;
  for (size_t k : v.Kids(comp)) {
    negated = negated ||
              (IsIn(v.Lemma(k), {"not", "never", "n't"}) && v.w(k).deprel == Deprel::kAdvmod);
  }
  size_t accused = v.Child(comp, Deprel::kNsubj);
  if (accused == kNone || !kb_.codebook().IsValidCode(kAccusation.cameo)) return std::nullopt;
  Candidate c;
  c.predicate = p;
  c.pattern = &kAccusation;
  c.code = kAccusation.cameo;
  for (size_t s : SubjectWords(p)) {
    for (Mention& m : ResolveWithConjuncts(s, "")) c.sources.push_back(std::move(m));
  }
  if (c.sources.empty()) return std::nullopt;
  if (negated) {
    // "Lavrov said that Moscow was not to blame for the poisoning of Sergei
    // Skripal in England": the speaker's own side cleared is a denial (016),
    // aimed at the country where the act happened; anyone else cleared is
    // no event.
    static const KbPattern kDenial = SpeechPattern("016");
    std::vector<Mention> cleared = ResolveWithConjuncts(accused, "");
    const std::string own = c.sources[0].code.substr(0, 3);
    if (cleared.empty() || !HasCountryPrefix(own) || !HasCountryPrefix(cleared[0].code) ||
        cleared[0].code.compare(0, 3, own) != 0 || !kb_.codebook().IsValidCode(kDenial.cameo)) {
      return std::nullopt;
    }
    for (size_t t : SubtreeOf(v, comp, 40)) {
      if (t == accused || v.w(t).upos != Upos::kPROPN) continue;
      std::optional<Location> place = PlaceAt(t);
      if (place && !place->country.empty() && place->country != own) {
        c.targets.push_back(CountryMention(place->country + "GOV", t, t));
        break;
      }
    }
    if (c.targets.empty()) return std::nullopt;
    c.pattern = &kDenial;
    c.code = kDenial.cameo;
    Modality m = ModalityOf(v, p);
    c.blocked = m.blocked;
    return c;
  }
  std::string avoid = c.sources.size() == 1 ? c.sources[0].code : "";
  c.targets = ResolveWithConjuncts(accused, avoid);
  if (c.targets.empty()) return std::nullopt;
  Modality m = ModalityOf(v, p);
  c.blocked = m.blocked;
  return c;
}

std::optional<Candidate> DocumentCoder::ReportedDemand(size_t p) {
  static const KbPattern kDemand = SpeechPattern("100");
  static const KbPattern kAppeal = SpeechPattern("020");
  const SentenceView& v = *view_;
  size_t comp = ReportedClauseOf(v, p);
  if (comp == kNone || v.Child(comp, Deprel::kCop) != kNone) return std::nullopt;
  const KbPattern* pattern = nullptr;
  for (size_t k : v.Kids(comp)) {
    if (v.w(k).deprel == Deprel::kAux && v.Lemma(k) == "must"sv) pattern = &kDemand;
    if (v.w(k).deprel == Deprel::kAux && v.Lemma(k) == "should"sv) pattern = &kAppeal;
    if (v.w(k).deprel == Deprel::kAdvmod && IsIn(v.Lemma(k), {"not", "never", "n't"})) {
      return std::nullopt;
    }
  }
  if (pattern == nullptr || !kb_.codebook().IsValidCode(pattern->cameo)) return std::nullopt;
  size_t addressee = v.Child(comp, Deprel::kNsubj);
  if (addressee == kNone) return std::nullopt;
  Candidate c;
  c.predicate = p;
  c.pattern = pattern;
  c.code = pattern->cameo;
  c.complement = comp;
  for (size_t s : SubjectWords(p)) {
    for (Mention& m : ResolveWithConjuncts(s, "")) c.sources.push_back(std::move(m));
  }
  if (c.sources.empty()) return std::nullopt;
  std::string avoid = c.sources.size() == 1 ? c.sources[0].code : "";
  for (Mention& t : ResolveWithConjuncts(addressee, avoid)) {
    // "said it must defend itself": a speaker's own side is no addressee.
    bool own = false;
    for (const Mention& src : c.sources) {
      own = own || (t.code.size() >= 3 && src.code.size() >= 3 && t.code.compare(0, 3, src.code, 0, 3) == 0);
    }
    if (!own) c.targets.push_back(std::move(t));
  }
  if (c.targets.empty()) return std::nullopt;
  Modality m = ModalityOf(v, p);
  c.blocked = m.blocked;
  return c;
}

std::optional<Candidate> DocumentCoder::MatchPredicate(size_t p) {
  const SentenceView& v = *view_;
  const Word& w = v.w(p);
  bool verb = IsVerbLike(w) || IsPredicatePhrase(p);
  // Event nouns are common nouns: a proper noun that spells one is a name
  // ("Ban Ki-moon", "March", "the Rift Valley").
  // ("a U.S. airstrike killed ...": a lower-case word the tagger read as a
  // proper noun among names is still a common noun.)
  const bool lower_proper = w.upos == Upos::kPROPN && !w.form.empty() && w.form[0] >= 'a' &&
                            w.form[0] <= 'z';
  const bool noun = (w.upos == Upos::kNOUN || lower_proper) && !NamesActor(p);
  if (!verb && !noun) return std::nullopt;
  // A participle used as an adjective names a property, not an act:
  // "targeted sanctions", "disputed islands", "the dissolved parliament".
  if (verb && w.deprel == Deprel::kAmod) return std::nullopt;
  // "signed a peace agreement, formally ending a two-year war": what an
  // agreement does is its content, coded by the signing, not a second act.
  // (But a document adopted speaks for its issuer: "adopted a resolution
  // demanding an immediate ceasefire", the participle hung on the verb.)
  if (verb && w.xpos == Xpos::kVBG && w.deprel == Deprel::kAdvcl && v.Head(p) != kNone &&
      v.Child(p, Deprel::kNsubj) == kNone &&
      IsIn(v.Lemma(v.Head(p)), {"sign", "conclude", "ink", "seal", "reach", "adopt", "ratify"})) {
    const size_t text = Object(v.Head(p));
    const bool document_speaks =
        text != kNone && IsDocumentNoun(v.Lemma(text)) &&
        IsIn(w.lemma, {"demand", "call", "urge", "condemn", "criticize", "criticise", "accuse",
                       "ask", "appeal", "deplore", "denounce", "reject", "welcome", "praise",
                       "warn", "threaten", "recognize", "recognise", "endorse", "support"});
    if (!document_speaks) return std::nullopt;
  }
  // "Hungary blocked an EU statement criticizing Israel", "Russia vetoed a
  // resolution condemning the launch": what a blocked text would have said
  // was never said. (Nor was a decision or plan blocked carried out:
  // "Hungary blocked an EU decision to release aid funds for Ukraine".)
  if (verb && w.deprel == Deprel::kAcl && v.Head(p) != kNone &&
      (IsTextNoun(v.Lemma(v.Head(p))) ||
       IsIn(v.Lemma(v.Head(p)), {"decision", "plan", "proposal", "bid", "move", "effort",
                                 "attempt", "initiative", "measure", "request"}))) {
    const size_t text = v.Head(p);
    const size_t governor = v.Head(text);
    const Deprel rel = v.w(text).deprel;
    if (governor != kNone &&
        ((rel == Deprel::kObj &&
          IsIn(v.Lemma(governor),
               {"block", "veto", "reject", "oppose", "scuttle", "kill", "thwart", "torpedo",
                "stall", "obstruct", "derail", "withdraw", "shelve"})) ||
         (rel == Deprel::kObl && v.Lemma(governor) == "vote"sv && v.CaseOf(text) == "against"sv))) {
      return std::nullopt;
    }
  }
  // "deported an Australian man for insulting the president", "jailed an
  // activist for criticizing the war": what someone is punished for is the
  // charge, not an act the story reports (and its doer is the one punished,
  // not the punisher).
  // (The clause may hang on the one punished: "executed a man for
  // attacking a police officer".)
  size_t punishing = v.Head(p);
  if (punishing != kNone && w.deprel == Deprel::kAcl && v.w(punishing).deprel == Deprel::kObj) {
    punishing = v.Head(punishing);
  }
  if (verb && w.xpos == Xpos::kVBG && punishing != kNone &&
      (w.deprel == Deprel::kAdvcl || w.deprel == Deprel::kAcl) &&
      v.Child(p, Deprel::kMark) != kNone && v.Lemma(v.Child(p, Deprel::kMark)) == "for"sv &&
      v.Child(p, Deprel::kNsubj) == kNone &&
      IsIn(v.Lemma(punishing),
           {"arrest",   "detain",    "jail",    "imprison",  "deport",   "expel",
            "sentence", "convict",   "punish",  "fine",      "sanction", "execute",
            "charge",   "prosecute", "sue",     "fire",      "sack",     "dismiss",
            "suspend",  "ban",       "censure", "reprimand", "indict",   "try"})) {
    return std::nullopt;
  }
  // "summoned the Afghan envoy to protest cross-border attacks by
  // militants": the summons is the protest (114, at whom was summoned), not
  // a second one at what the protest is about. (A protest against a party it
  // names is one: "summoned the Turkish ambassador to protest against
  // Israel".)
  if (verb && (w.deprel == Deprel::kAdvcl || w.deprel == Deprel::kXcomp) && v.Head(p) != kNone &&
      v.Lemma(v.Head(p)) == "summon"sv &&
      IsIn(v.Lemma(p), {"protest", "complain", "object", "lodge"})) {
    bool names_party = false;
    for (size_t k : v.Kids(p)) {
      const Deprel d = v.w(k).deprel;
      names_party = names_party || ((d == Deprel::kObj || d == Deprel::kObl) &&
                                    phrase_of_[k] >= 0 && v.CaseOf(k) != "by"sv);
    }
    if (!names_party) return std::nullopt;
  }
  // "are mediating between Israel and Hamas to secure the release of
  // hostages", "pressed Moscow to win his freedom": a release worked for is
  // an aim until it is won ("managed to secure the release" is won).
  if (verb && IsIn(v.Lemma(p), {"secure", "win", "obtain"}) &&
      (w.deprel == Deprel::kAdvcl || w.deprel == Deprel::kXcomp) && HasMark(v, p, "to") &&
      v.Head(p) != kNone &&
      !IsIn(v.Lemma(v.Head(p)), {"manage", "succeed", "help"}) && Object(p) != kNone &&
      IsIn(v.Lemma(Object(p)), {"release", "freedom", "repatriation"})) {
    return std::nullopt;
  }
  // "clashed, leaving several soldiers injured", "left 20 people dead": what
  // an act leaves behind is its toll, not a withdrawal.
  if (verb && v.Lemma(p) == "leave"sv) {
    const size_t o = v.Child(p, Deprel::kObj);
    if (o != kNone && o + 1 < v.size() &&
        IsIn(v.Form(o + 1), {"dead", "injured", "wounded", "homeless", "stranded", "hurt",
                             "killed", "displaced", "destitute", "trapped"})) {
      return std::nullopt;
    }
  }
  // "accusing Doha of interfering", "blamed Kyiv for shelling the plant":
  // what someone is accused of is an allegation; the accusation (112) is
  // the event.
  // ("... of shelling its territory and killing three soldiers": the
  // conjoined gerunds too.)
  // (Also an event noun the gerund carries, "accused the United States of
  // waging war", or that is the charge itself, "accused Azerbaijan of the
  // attack".)
  size_t accused = verb ? p : LightVerbOf(p);
  const bool charge_noun = !verb && accused == kNone && IsIn(v.CaseOf(p), {"of", "for"});
  if (charge_noun) accused = p;
  while (accused != kNone && v.w(accused).deprel == Deprel::kConj && v.Head(accused) != kNone &&
         v.w(accused).xpos == Xpos::kVBG) {
    accused = v.Head(accused);
  }
  // (The parser may hang the gerund on the accused: "accused Azerbaijan of
  // shelling", with "shelling" an acl of "Azerbaijan".)
  size_t accuser = accused != kNone ? v.Head(accused) : kNone;
  const Deprel accused_rel = accused != kNone ? v.w(accused).deprel : Deprel::kDep;
  if (accuser != kNone &&
      (accused_rel == Deprel::kAcl || (charge_noun && accused_rel == Deprel::kNmod)) &&
      v.w(accuser).deprel == Deprel::kObj) {
    accuser = v.Head(accuser);
  }
  const bool gerund_charge =
      accused != kNone && !charge_noun && v.w(accused).xpos == Xpos::kVBG &&
      (accused_rel == Deprel::kAdvcl || accused_rel == Deprel::kAcl) &&
      v.Child(accused, Deprel::kMark) != kNone &&
      IsIn(v.Lemma(v.Child(accused, Deprel::kMark)), {"of", "for", "in"});
  const bool noun_charge =
      charge_noun && (accused_rel == Deprel::kObl || accused_rel == Deprel::kNmod);
  if (accuser != kNone && (gerund_charge || noun_charge) &&
      IsIn(v.Lemma(accuser), {"accuse", "blame", "charge", "indict", "suspect", "allege"})) {
    return std::nullopt;
  }
  // "praised Ethiopia's prime minister for his role in ending the war",
  // "thanked Qatar for hosting the talks": what someone is praised or
  // faulted for is the reason for the reaction, not news of its own.
  if (accuser != kNone && gerund_charge && !charge_noun &&
      IsIn(v.Lemma(accuser), {"praise", "thank", "commend", "congratulate", "hail", "laud",
                              "apologise", "apologize", "forgive", "pardon",
                              "applaud", "honor", "honour", "reward", "credit", "criticize",
                              "criticise", "condemn", "denounce", "slam", "fault", "punish",
                              "fine", "sue", "rebuke", "reprimand", "blacklist", "sanction",
                              "penalize", "penalise", "designate"})) {
    return std::nullopt;
  }
  // "warned the United States against selling weapons to Taiwan": what
  // someone is warned against is not done.
  if (verb && w.xpos == Xpos::kVBG) {
    size_t governor = v.Head(p);
    if (governor != kNone && w.deprel == Deprel::kAcl) governor = v.Head(governor);
    if (HasMark(v, p, "against") && governor != kNone &&
        IsIn(v.Lemma(governor), {"warn", "caution", "advise", "counsel", "urge"})) {
      return std::nullopt;
    }
  }
  // "a trade war", "economic war", "a war of words", "a propaganda battle":
  // a figurative war is no use of force.
  if (noun && IsIn(v.Lemma(p), {"war", "warfare", "battle", "fight", "offensive", "attack"})) {
    for (size_t k : v.Kids(p)) {
      const Deprel d = v.w(k).deprel;
      if ((d == Deprel::kAmod || d == Deprel::kCompound) &&
          IsIn(v.Lemma(k), {"trade", "price", "tariff", "currency", "propaganda", "information",
                            "media", "economic", "diplomatic", "political", "culture", "cultural",
                            "legal", "bidding", "charm", "verbal", "rhetorical", "psychological",
                            "ideological", "commercial", "financial", "tax"})) {
        return std::nullopt;
      }
      if (d == Deprel::kNmod && v.CaseOf(k) == "of"sv && IsIn(v.Lemma(k), {"word", "words"})) {
        return std::nullopt;
      }
    }
    // "exchanged prisoners of war", "veterans of the war", "the anniversary
    // of the war": the war names who or what, not a new act of force.
    if (w.deprel == Deprel::kNmod && v.CaseOf(p) == "of"sv && v.Head(p) != kNone &&
        IsIn(v.Lemma(v.Head(p)),
             {"prisoner",    "prisoners", "veteran", "veterans", "spoil",  "spoils",
              "law",         "laws",      "rule",    "rules",    "art",    "fog",
              "anniversary", "memorial",  "museum",  "history",  "lesson", "lessons",
              "legacy",      "memory",    "memories"})) {
      return std::nullopt;
    }
  }
  // An event noun in a time phrase is background: "since the 2014 war",
  // "during the conflict", "amid fighting".
  // (Not an encounter that is the occasion: "warned of a regional war
  // during a meeting with Olaf Scholz", "said during a visit to Beijing".)
  const bool occasion = IsOccasion(v, p);
  if (noun && !occasion && IsIn(v.CaseOf(p), {"since", "during", "amid", "amidst", "throughout"})) {
    return std::nullopt;
  }
  // "after a month of fighting", "before the war": background, unless the
  // phrase names who did it ("after Hamas's attack on ...").
  // ("after a month of fighting": the time phrase's case.)
  std::string_view time_case = v.CaseOf(p);
  if (noun && time_case == "of"sv && v.Head(p) != kNone &&
      IsIn(v.Lemma(v.Head(p)), {"day", "week", "month", "year", "decade", "hour", "night"})) {
    time_case = v.CaseOf(v.Head(p));
  }
  if (noun && IsIn(time_case, {"after", "before"}) && v.Child(p, Deprel::kNmodPoss) == kNone &&
      (w.deprel == Deprel::kObl || w.deprel == Deprel::kNmod)) {
    bool named = false;  // "after a Hamas suicide bomber ...", "after attacks by X"
    for (size_t k : v.Kids(p)) {
      Deprel kd = v.w(k).deprel;
      named = named || v.CaseOf(k) == "by"sv ||
              ((kd == Deprel::kCompound || kd == Deprel::kAmod) && phrase_of_[k] >= 0);
    }
    if (!named) return std::nullopt;
  }
  // "war-torn Mozambique", "tsunami-hit Sri Lanka": a noun in a compound
  // adjective names a condition, not an event.
  if (noun && p + 2 < v.size() && v.Form(p + 1) == "-"sv &&
      IsIn(v.Lemma(p + 2),
           {"tear",   "torn",     "hit",     "ravage",   "ravaged", "strike",  "stricken",
            "affect", "affected", "batter",  "battered", "plague",  "plagued", "ridden",
            "weary",  "scar",     "scarred", "damage",   "damaged", "related", "free",
            "prone",  "wrack",    "wracked", "induce",   "induced"})) {
    return std::nullopt;
  }
  std::string lemma = v.Lemma(p);
  // An irregular form ("left", "met") with patterns of its own; a regular
  // one ("killed") is its lemma's, as PETRARCH generates those forms. (Not a
  // verb of saying: the coder finds what is reported itself.)
  if (verb && options_.written_forms && !IsSpeechVerb(lemma)) {
    std::string form = LowerAscii(w.form);
    if (!IsRegularVerbForm(form, lemma) && !kb_.VerbPatterns(form).empty()) {
      lemma = std::move(form);
    }
  }
  if (verb && IsSpeechVerb(lemma)) {
    if (std::optional<Candidate> c = Attribution(p)) return c;
  }
  if (verb && (IsSpeechVerb(lemma) ||
               IsIn(lemma, {"reiterate", "stress", "conclude", "emphasize", "emphasise", "declare",
                            "insist", "maintain", "argue", "write", "tell"}))) {
    if (std::optional<Candidate> c = ReportedDemand(p)) return c;
  }
  std::vector<std::pair<const KbPattern*, int>> options;
  if (verb) {
    size_t prt = v.Child(p, Deprel::kCompoundPrt);
    if (prt == kNone) prt = MisparsedParticle(v, p);
    // ("rolled back tariffs" with "back" read as an adverb; "handed over two
    // suspects" with "over" hung on the number.)
    if (prt == kNone && p + 1 < v.size() && v.w(p + 1).deprel == Deprel::kAdvmod &&
        IsIn(v.Lemma(p + 1), {"back", "off", "out", "up", "down", "away", "over"}) &&
        (v.Head(p + 1) == p ||
         (v.Head(p + 1) != kNone && v.Head(p + 1) > p + 1 && v.Head(v.Head(p + 1)) != kNone &&
          (v.Head(v.Head(p + 1)) == p || v.Head(v.Head(v.Head(p + 1))) == p)))) {
      prt = p + 1;
    }
    // ("ordered French troops out", "kicked the monitors out of the
    // country": a particle after the object, as an adverb or as the first
    // word of "out of".)
    if (prt == kNone && Object(p) != kNone) {
      const size_t o = Object(p);
      for (size_t k : v.Kids(p)) {
        if (k > o && v.w(k).deprel == Deprel::kAdvmod &&
            IsIn(v.Lemma(k), {"out", "off", "back", "away"})) {
          prt = k;
        }
      }
      for (size_t k = o + 1; prt == kNone && k + 1 < v.size() && k <= o + 8; ++k) {
        if (v.Lemma(k) == "out"sv && v.Lemma(k + 1) == "of"sv && v.w(k).deprel == Deprel::kCase &&
            v.Head(k) != kNone && v.Head(v.Head(k)) == p) {
          prt = k;
        }
      }
    }
    if (prt != kNone) {
      for (uint32_t i : kb_.VerbPatterns(lemma + " " + v.Lemma(prt))) {
        options.emplace_back(&kb_.patterns()[i], 3);
      }
    }
    // "test-fired", "air-dropped": the tokenizer splits a hyphenated verb
    // (as EWT does); the knowledge base lists it whole.
    if (p >= 2 && v.Form(p - 1) == "-"sv && v.w(p - 2).span.end == v.w(p - 1).span.begin &&
        v.w(p - 1).span.end == w.span.begin) {
      for (uint32_t i : kb_.VerbPatterns(v.Lemma(p - 2) + "-" + lemma)) {
        options.emplace_back(&kb_.patterns()[i], 3);
      }
    }
    // ("let free", "set free": freeing.)
    // (Or with "free" read as the object's adjective: "set free 20 soldiers".)
    const bool freed = IsIn(lemma, {"let", "set"}) && p + 1 < v.size() &&
                       IsIn(v.Lemma(p + 1), {"free", "loose"}) &&
                       (v.Head(p + 1) == p || (v.w(p + 1).deprel == Deprel::kAmod &&
                                               v.Head(v.Head(p + 1)) == p));
    if (freed) {
      for (uint32_t i : kb_.VerbPatterns("free")) options.emplace_back(&kb_.patterns()[i], 3);
    }
    for (uint32_t i : kb_.VerbPatterns(lemma)) options.emplace_back(&kb_.patterns()[i], 0);
  } else {
    for (uint32_t i : kb_.NounPatterns(lemma)) {
      const KbPattern& pat = kb_.patterns()[i];
      if (NounLemmaMatches(p, pat.lemma)) {
        options.emplace_back(&pat, static_cast<int>(std::count(pat.lemma.begin(), pat.lemma.end(), ' ')));
      }
    }
  }
  if (options.empty()) return std::nullopt;
  // "Thousands of Sudanese refugees fled into Chad": civilians fleeing is
  // displacement, not a military retreat (0874); "116 people arrived in
  // Kyrgyzstan seeking refuge" is no visit (042).
  if (verb && IsIn(lemma, {"flee", "escape", "arrive"})) {
    size_t subj = Subject(p);
    if (subj != kNone && IsCrowdSize(v.Lemma(subj))) {
      for (size_t k : v.Kids(subj)) {
        if (v.w(k).deprel == Deprel::kNmod && v.CaseOf(k) == "of"sv) subj = k;
      }
    }
    if (subj != kNone &&
        (IsCrowdSize(v.Lemma(subj)) ||
         IsIn(v.Lemma(subj), {"refugee", "civilian", "resident", "villager", "people", "family",
                              "families", "migrant", "inhabitant", "woman", "child", "children",
                              "local", "citizen", "asylum-seeker", "displaced"}))) {
      return std::nullopt;
    }
  }
  // "The earthquake killed thousands": a natural disaster is no actor, and
  // what it does is no political event. (After the pattern lookup: finding
  // the subject is not free, and most verbs have no pattern.)
  if (verb) {
    const size_t subj = Subject(p);
    if (subj != kNone &&
        IsIn(v.Lemma(subj), {"earthquake", "quake", "tsunami", "flood", "flooding", "storm",
                             "hurricane", "cyclone", "typhoon", "tornado", "landslide",
                             "mudslide", "avalanche", "drought", "wildfire", "eruption",
                             "heatwave", "blizzard", "epidemic", "pandemic"})) {
      return std::nullopt;
    }
  }
  // An event noun's object is its "of" complement: "a suspension of aid",
  // "the lifting of sanctions".
  size_t obj = verb ? Object(p) : kNone;
  if (noun) {
    for (size_t k : v.Kids(p)) {
      if (v.w(k).deprel == Deprel::kNmod && v.CaseOf(k) == "of"sv) {
        obj = k;
        break;
      }
    }
  }
  size_t xcomp = verb ? OpenComplementOf(v, p) : kNone;
  // "warned that Egypt could intervene militarily": warning of what will or
  // could be done is a threat (13, refined by the act), not a statement of
  // concern (012).
  // (Only of a forceful act, one the knowledge base codes 13 or above:
  // "warned that millions could face hunger" is concern, not a threat.)
  bool warns_of_future = false;
  const size_t warned = verb && v.Lemma(p) == "warn"sv ? v.Child(p, Deprel::kCcomp) : kNone;
  if (warned != kNone) {
    for (size_t k : v.Kids(warned)) {
      warns_of_future = warns_of_future ||
                        (v.w(k).deprel == Deprel::kAux &&
                         IsIn(v.Lemma(k), {"will", "would", "could", "may", "might", "shall"}));
    }
    bool forceful = false;
    for (uint32_t i : kb_.VerbPatterns(v.Lemma(warned))) {
      forceful = forceful || kb_.patterns()[i].cameo.substr(0, 2) >= "13";
    }
    warns_of_future = warns_of_future && forceful;
  }
  // "Hundreds of thousands of Israelis protested against ...": a crowd that
  // protests demonstrates (141); a government that protests complains (114).
  bool crowd_protest = false;
  if (verb && v.Lemma(p) == "protest"sv) {
    const size_t subj = Subject(p);
    if (subj != kNone) {
      const std::string& sl = v.Lemma(subj);
      crowd_protest = IsCrowdSize(sl) ||
                      IsIn(sl, {"protester", "demonstrator", "people", "student", "worker",
                                "crowd", "resident", "villager", "farmer", "activist",
                                "supporter", "citizen", "woman", "youth", "mob"}) ||
                      IsPeoplePlural(subj);
    }
  }
  // "the military removed President Bashir from power": removing someone
  // from office is no eased sanction ("removed Cuba from the list" is).
  bool from_office = false;
  if (verb) {
    // (The from-phrase may hang on the object: "removed President Pedro
    // Castillo from office".)
    std::vector<size_t> phrases = v.Kids(p);
    if (const size_t o = Object(p); o != kNone) {
      for (size_t k : v.Kids(o)) phrases.push_back(k);
    }
    for (size_t k : phrases) {
      const Deprel d = v.w(k).deprel;
      from_office =
          from_office || ((d == Deprel::kObl || d == Deprel::kNmod) && v.CaseOf(k) == "from"sv &&
                          IsIn(v.Lemma(k), {"power", "office", "post", "position", "throne",
                                            "presidency", "premiership"}));
    }
  }
  std::vector<std::pair<int, const KbPattern*>> ranked;
  for (const auto& [pat, bonus] : options) {
    if (from_office && pat->cameo.rfind("085", 0) == 0) continue;
    if (warns_of_future && pat->cameo.rfind("01", 0) == 0) continue;
    // "called Britain's ambassador a very stupid guy": calling someone a name
    // is not a phone call.
    if (verb && pat->cameo == "041"sv && v.Lemma(p) == "call"sv && CallsAName(p)) continue;
    // ("called for Ukrainian government reform": "call for" is an appeal,
    // whatever the parser made the noun.)
    if (verb && pat->cameo == "041"sv && v.Lemma(p) == "call"sv && p + 1 < v.size() &&
        v.Lemma(p + 1) == "for"sv) {
      continue;
    }
    if (crowd_protest && pat->cameo.rfind("11", 0) == 0) continue;
    // ("announced plans to deploy a reassurance force to Ukraine": a plan
    // or proposal to do something is an intent to do that, which the
    // infinitive's own reading codes, not a peace plan, 037.)
    if (verb && pat->cameo == "037"sv && obj != kNone &&
        IsIn(v.Lemma(obj), {"plan", "proposal", "plans", "proposals"})) {
      bool to_clause = false;
      // (Or the infinitive hung on the verb right after the plan.)
      std::vector<size_t> clauses = v.Kids(obj);
      if (xcomp != kNone && xcomp == obj + 2) clauses.push_back(xcomp);
      for (size_t k : clauses) {
        const Deprel d = v.w(k).deprel;
        const size_t mark = d == Deprel::kAcl || d == Deprel::kXcomp ? v.Child(k, Deprel::kMark) : kNone;
        to_clause = to_clause || (mark != kNone && v.Lemma(mark) == "to"sv);
      }
      if (to_clause) continue;
    }
    // ("A Chinese plane carrying medical experts landed in Rome": a craft
    // that arrives makes no visit.)
    if (verb && (pat->cameo == "042"sv || pat->cameo == "043"sv)) {
      const size_t subject = Subject(p);
      if (subject != kNone &&
          IsIn(v.Lemma(subject), {"plane", "aircraft", "airplane", "jet", "flight", "ship",
                                  "vessel", "train", "convoy", "truck", "lorry", "helicopter",
                                  "boat", "ferry", "tanker", "shipment", "cargo"})) {
        continue;
      }
    }
    // ("calling it an attack on Iraq's sovereignty": calling something a
    // thing no pattern names is naming it, not an appeal.)
    if (verb && pat->cameo.rfind("02", 0) == 0 && v.Lemma(p) == "call"sv && xcomp != kNone &&
        obj != kNone && v.w(xcomp).upos != Upos::kVERB && v.w(xcomp).upos != Upos::kAUX &&
        (pat->xcomps.empty() || (pat->xcomps.size() == 1 && pat->xcomps[0] == "*"sv))) {
      continue;
    }
    // "deported 40 Uighurs to China": a mass expulsion (201) is of large
    // numbers; a counted few are individuals (174).
    if (pat->cameo == "201"sv && obj != kNone && FewerThanAHundred(v, obj)) continue;
    int score = bonus;
    // "- % * [030:030]": the slot must hold a coordination.
    if (!pat->compound.empty()) {
      const std::vector<size_t> slot = pat->compound == "subj"sv
                                           ? std::vector<size_t>{Subject(p)}
                                           : SlotWords(p, pat->compound, noun);
      bool coordinated = false;
      for (size_t k : slot) {
        coordinated = coordinated || (k != kNone && v.Child(k, Deprel::kConj) != kNone);
      }
      if (!coordinated) continue;
      score += 4;
    }
    // Word order from a PETRARCH / TABARI pattern: the more words it
    // names, the more specific ("HEAVILY UNJUSTLY *" over "HEAVILY *").
    // (With obj=, `after` is only a fallback, below.)
    if (!pat->before.empty() || (!pat->after.empty() && pat->objects.empty())) {
      if (!verb) continue;
      const WordOrderMatch m = MatchWordOrder(p, *pat);
      if (m.words < 0) continue;
      score += 4 + m.words;
    }
    if (!pat->objects.empty()) {
      if (ObjectMatches(obj, pat->objects)) {
        // A longer listed object is a more specific reading ("fired tear
        // gas" is riot control, not the "gas" of chemical weapons).
        score += 4 + 2 * std::max(0, DirectObjectMatchWords(obj, pat->objects) - 1);
      } else {
        // "fired two artillery shells": a listed object as the modifier of
        // the object's head is a weaker match.
        bool modifier = false;
        for (size_t k : obj != kNone ? v.Kids(obj) : std::vector<size_t>{}) {
          modifier = modifier || (v.w(k).deprel == Deprel::kCompound &&
                                  v.w(k).upos == Upos::kNOUN &&
                                  DirectObjectMatchWords(k, pat->objects) > 0);
        }
        if (!modifier && WithObject(p, pat->objects) != kNone) {
          score += 4;
        } else if (modifier) {
          score += 2;
        } else {
          // A converted PETRARCH / TABARI pattern also matches its words
          // anywhere after the verb, as there ("* REALLY_PLEASANT" in
          // "allowed that Mordor isn't a really pleasant place"), weaker.
          if (!verb || pat->after.empty()) continue;
          const int words = MatchWordOrder(p, *pat).words;
          if (words < 0) continue;
          score += 1 + std::min(words, 4);  // the more words, the more specific
        }
      }
    }
    if (!pat->xcomps.empty()) {
      if (xcomp == kNone) continue;
      // "xcomp=*": any open complement (a generic governor, refined by what
      // it governs); it ranks below a pattern that names the complement.
      bool any = pat->xcomps.size() == 1 && pat->xcomps[0] == "*"sv;
      // (The list is named, not the structured binding: clang before 16
      // cannot capture a binding.)
      const std::vector<std::string>& xcomps = pat->xcomps;
      auto listed = [&](const std::string& lemma) {
        return std::find(xcomps.begin(), xcomps.end(), lemma) != xcomps.end();
      };
      bool named = listed(v.Lemma(xcomp));
      // ("called on Trump to go on national television": "go" means leaving
      // office only on its own, not going somewhere or doing something.)
      if (named && v.Lemma(xcomp) == "go"sv) {
        for (size_t k : v.Kids(xcomp)) {
          const Deprel d = v.w(k).deprel;
          named = named && d != Deprel::kObl && d != Deprel::kXcomp && d != Deprel::kAdvcl &&
                  d != Deprel::kObj && d != Deprel::kCompoundPrt;
        }
      }
      // ("urged Iran to return to compliance with the nuclear deal": "return"
      // gives something back only with an object; coming back is no release.)
      if (named && v.Lemma(xcomp) == "return"sv && Object(xcomp) == kNone) named = false;
      // ("threatened to take action against activists": taking a step,
      // action or measures takes no territory.)
      if (named && pat->cameo.rfind("13", 0) == 0 && v.Lemma(xcomp) == "take"sv &&
          Object(xcomp) != kNone &&
          IsIn(v.Lemma(Object(xcomp)),
               {"action", "step", "measure", "part", "note", "place", "decision", "position",
                "stance", "lead", "initiative", "look", "care", "responsibility", "advantage"})) {
        named = false;
      }
      // ("called Israel a terrorist state": the compound, or its modifier.)
      for (size_t k : v.Kids(xcomp)) {
        if (named || v.w(k).deprel != Deprel::kCompound || k > xcomp) continue;
        named = listed(v.Lemma(k) + " " + v.Lemma(xcomp)) || listed(v.Lemma(k));
      }
      // ("called the incident an act of piracy": what it is an act of.)
      if (!named && IsIn(v.Lemma(xcomp), {"act", "example", "case", "form"})) {
        for (size_t k : v.Kids(xcomp)) {
          if (!named && v.w(k).deprel == Deprel::kNmod && v.CaseOf(k) == "of"sv)
            named = listed(v.Lemma(k));
        }
      }
      if (!any && !named) continue;
      score += any ? 2 : 4;
    }
    // "intervened militarily": the verb needs one of these adverbs.
    if (!pat->adverbs.empty()) {
      bool found = false;
      for (size_t k : v.Kids(p)) {
        found = found || (v.w(k).deprel == Deprel::kAdvmod &&
                          std::find(pat->adverbs.begin(), pat->adverbs.end(), v.Lemma(k)) !=
                              pat->adverbs.end());
      }
      if (!found) continue;
      score += 4;
    }
    // Negative constraints.
    // "not-obj=*": the pattern is for the intransitive use only ("workers
    // struck" is a labour strike; "jets struck targets" is not).
    bool intransitive_only = pat->not_objects.size() == 1 && pat->not_objects[0] == "*"sv;
    if (intransitive_only && obj != kNone) continue;
    if (!intransitive_only && !pat->not_objects.empty() && ObjectMatches(obj, pat->not_objects)) {
      continue;
    }
    if (!pat->not_xcomps.empty() && xcomp != kNone &&
        std::find(pat->not_xcomps.begin(), pat->not_xcomps.end(), v.Lemma(xcomp)) !=
            pat->not_xcomps.end()) {
      continue;
    }
    // "not-xcomp=*": not with a secondary predicate, an open complement that
    // is no verb ("called the shrines idolatrous" is naming, not a call).
    if (pat->not_xcomps.size() == 1 && pat->not_xcomps[0] == "*"sv && xcomp != kNone &&
        v.w(xcomp).upos != Upos::kVERB && v.w(xcomp).upos != Upos::kAUX) {
      continue;
    }
    // A call (041) is made to a party: "called Sweden's decision ...
    // unacceptable" names a decision (the naming reading, whose adjective
    // the parser may have hung elsewhere), not whom was phoned.
    if (pat->cameo == "041"sv && !noun && v.Lemma(p) == "call"sv && obj != kNone &&
        v.w(obj).upos == Upos::kNOUN && !NamesActor(obj) && !NamesAgent(obj)) {
      continue;
    }
    bool excluded_prep = false;
    for (const std::string& prep : pat->not_preps) {
      excluded_prep = excluded_prep || !SlotWords(p, prep, noun).empty();
    }
    if (excluded_prep) continue;
    // A pattern whose target preposition is present is more specific.
    // (Not one that takes any actor after the verb, `next`: the converters'
    // default target list names every preposition.)
    const bool any_actor = std::find(pat->targets.begin(), pat->targets.end(), "next"sv) !=
                           pat->targets.end();
    for (const std::string& t : any_actor ? std::vector<std::string>{} : pat->targets) {
      if (t != "obj"sv && t != "subj"sv && t != "nsubj"sv && !SlotWords(p, t, noun).empty()) {
        score += 1;
        break;
      }
    }
    ranked.emplace_back(score * 8 + static_cast<int>(pat->cameo.size()), pat);
  }
  if (ranked.empty()) return std::nullopt;
  // Most specific first (stable: file order among equals). The first pattern
  // whose source and target both resolve wins; if none does, the most
  // specific one is kept (it may still be paired, refined or traced).
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& x, const auto& y) { return x.first > y.first; });
  std::optional<Candidate> first;
  for (size_t i = 0; i < ranked.size() && i < 6; ++i) {
    // ("- * CARD [---]": the more specific reading is no event.)
    if (ranked[i].second->IsNoEvent()) return first;
    std::optional<Candidate> c = FillCandidate(p, ranked[i].second, ranked[i].first, obj, xcomp);
      if (!c) continue;
    if (!c->sources.empty() && !c->targets.empty()) return c;
    // ("Russia and China held joint naval drills": a two-sided act of two
    // named subjects has its parties; they are paired later.)
    // (Only for a pattern that matched its object: "the United States and
    // the European Union called for a halt" is no call between them.)
    // (Or for one that requires a compound subject: "- % * [030:030]".)
    if (ranked[i].second->symmetric &&
        (!ranked[i].second->objects.empty() || ranked[i].second->compound == "subj"sv) &&
        c->sources.size() >= 2) {
      return c;
    }
    if (!first) first = std::move(c);
  }
  return first;
}

std::optional<Candidate> DocumentCoder::FillCandidate(size_t p, const KbPattern* best,
                                                      int best_score, size_t obj, size_t xcomp) {
  const SentenceView& v = *view_;
  const Word& w = v.w(p);
  bool verb = IsVerbLike(w) || IsPredicatePhrase(p);
  bool noun = !verb;
  Candidate c;
  c.predicate = p;
  c.pattern = best;
  c.score = best_score;
  c.code = best->cameo;
  // "Chinese paramilitary police poured into Lhasa": security forces that
  // pour or flood into a place are deployed (153 police, 154 military),
  // where a crowd that does so protests.
  if (verb && c.code.rfind("14", 0) == 0 &&
      IsIn(v.Lemma(p), {"pour", "flood", "stream", "swarm", "surge", "converge", "fan"})) {
    size_t subj = Subject(p);
    // ("Thousands of riot police poured into ...": the of-phrase.)
    if (subj != kNone && IsIn(v.Lemma(subj), {"thousand", "thousands", "hundred", "hundreds",
                                              "dozen", "dozens", "scores", "many", "some"})) {
      for (size_t k : v.Kids(subj)) {
        if (v.w(k).deprel == Deprel::kNmod && v.CaseOf(k) == "of"sv) subj = k;
      }
    }
    if (subj != kNone && phrase_of_[subj] >= 0) {
      for (const dict::PhraseHit& hit : phrases_[phrase_of_[subj]].hits) {
        if (hit.type != static_cast<uint8_t>(EntityType::kAgent)) continue;
        const std::string& role = kb_.agents()[hit.index].roles;
        if (role == "COP"sv) c.code = "153";
        if (role == "MIL"sv) c.code = "154";
      }
    }
  }
  // "The leaders of Israel and Jordan spoke by phone": talking by phone (or
  // video link) is a phone call (041), with whoever is talked with.
  if (verb && IsIn(v.Lemma(p), {"speak", "talk", "confer", "chat", "converse"})) {
    bool by_phone = false;
    for (size_t k : v.Kids(p)) {
      by_phone = by_phone || (v.w(k).deprel == Deprel::kObl &&
                              IsIn(v.CaseOf(k), {"by", "over", "via", "on"}) &&
                              IsIn(v.Lemma(k), {"phone", "telephone", "videoconference",
                                                "video", "videolink", "hotline", "line"}));
    }
    if (by_phone) {
      for (uint32_t i : kb_.VerbPatterns(v.Lemma(p))) {
        const KbPattern& talk = kb_.patterns()[i];
        if (talk.cameo == "040"sv && talk.symmetric) {
          best = &talk;
          c.pattern = best;
          break;
        }
      }
      c.code = "041";
    }
  }
  if (!best->objects.empty()) c.consumed_noun = obj;
  if (xcomp != kNone) c.complement = xcomp;
  else if (verb) c.complement = v.Child(p, Deprel::kCcomp);
  // "rejected calls to send missiles to Ukraine", "accepted demands to
  // withdraw": what an appeal as the object asks for is the complement.
  if (c.complement == kNone && verb && obj != kNone &&
      IsIn(v.Lemma(obj), {"call", "demand", "request", "appeal", "plea", "pressure", "proposal",
                          "offer", "invitation", "ultimatum", "suggestion"})) {
    for (size_t k : v.Kids(obj)) {
      if (v.w(k).deprel == Deprel::kAcl && HasMark(v, k, "to")) {
        c.complement = k;
        break;
      }
    }
  }
  // Sources and targets.
  std::vector<std::string> sources = best->sources;
  std::vector<std::string> targets = best->targets;
  // (Forces deployed, per the rewrite above, go into a place.)
  if (c.code != best->cameo && (c.code == "153"sv || c.code == "154"sv)) {
    targets = {"into", "in", "to", "across"};
  }
  // (A phone call, per the rewrite above, is with or to someone.)
  if (c.code == "041"sv && best->cameo == "040"sv) targets = {"with", "to"};
  if (verb) {
    if (sources.empty()) sources = {"subj"};
    if (targets.empty()) targets = {"obj"};
  } else {
    if (sources.empty()) sources = {"poss", "by"};
    if (targets.empty()) targets = {"of"};
  }
  c.sources = FillSlot(p, sources, noun, "");
  // "France recalled its ambassador to Niger after the junta ordered him to
  // leave": a bare role acting in a clause that prompts a country's act (or
  // answers it) is not that country's when the main clause names another
  // country it acts on; it is the other's.
  if (verb && w.deprel == Deprel::kAdvcl && c.sources.size() == 1 &&
      c.sources[0].country_from_context && c.sources[0].code.size() >= 3 && v.Head(p) != kNone &&
      IsVerbLike(v.w(v.Head(p)))) {
    const size_t main = v.Head(p);
    const size_t main_subject = Subject(main);
    std::vector<Mention> actors =
        main_subject != kNone ? ResolveWithConjuncts(main_subject, "") : std::vector<Mention>{};
    const std::string own = c.sources[0].code.substr(0, 3);
    if (actors.size() == 1 && actors[0].code.compare(0, 3, own) == 0 &&
        !actors[0].country_from_context) {
      // (Named in the main clause, outside its subject and this clause.)
      const std::vector<size_t> main_words = SubtreeOf(v, main, v.size());
      const std::vector<size_t> clause = SubtreeOf(v, p, v.size());
      const std::vector<size_t> subject = SubtreeOf(v, main_subject, v.size());
      auto has = [](const std::vector<size_t>& words, size_t k) {
        return std::find(words.begin(), words.end(), k) != words.end();
      };
      const std::string other = OtherCountryNamed(own, [&](size_t k) {
        return has(main_words, k) && !has(clause, k) && !has(subject, k);
      });
      if (!other.empty()) c.sources[0].code = other + c.sources[0].code.substr(3);
    }
  }
  // "an overnight coup attempt by a faction of the military": an event noun
  // compounded on "attempt", "bid" or "plot" has its agent on that head.
  if (c.sources.empty() && noun && w.deprel == Deprel::kCompound && v.Head(p) != kNone &&
      IsIn(v.Lemma(v.Head(p)), {"attempt", "bid", "plot"})) {
    c.sources = FillSlot(v.Head(p), sources, noun, "");
  }
  // "Australia joined the United States in boycotting the Beijing Olympics":
  // who joins another in an act does it too.
  if (verb && (w.deprel == Deprel::kAcl || w.deprel == Deprel::kAdvcl) && HasMark(v, p, "in")) {
    size_t joined = v.Head(p);
    if (joined != kNone && w.deprel == Deprel::kAcl && v.w(joined).deprel == Deprel::kObj) {
      joined = v.Head(joined);
    }
    if (joined != kNone && v.Lemma(joined) == "join"sv) {
      if (const size_t joiner = Subject(joined); joiner != kNone) {
        for (Mention& m : ResolveWithConjuncts(joiner, "")) {
          bool seen = false;
          for (const Mention& have : c.sources) seen = seen || have.code == m.code;
          if (!seen) c.sources.push_back(std::move(m));
        }
      }
    }
  }
  // "Thousands protested in Tbilisi against the government": a crowd named
  // only by its size is the civilians of where it protests.
  if (c.sources.empty() && verb && best->cameo.rfind("14", 0) == 0) {
    const size_t subj = Subject(p);
    if (subj != kNone && v.Child(subj, Deprel::kNmod) == kNone && IsCrowdSize(v.Lemma(subj))) {
      const std::string country = ContextCountry();
      if (country.size() == 3) c.sources.push_back(CountryMention(country + "CVL", subj, subj));
    }
  }
  // "Two inspectors have been expelled from North Korea": who expels from a
  // country, with no one named, is that country.
  if (c.sources.empty() && verb && v.IsPassive(p) &&
      IsIn(v.Lemma(p), {"expel", "deport", "banish", "kick out", "throw out"})) {
    for (size_t k : v.Kids(p)) {
      if (v.w(k).deprel == Deprel::kObl && v.CaseOf(k) == "from"sv && c.sources.empty()) {
        c.sources = ResolveWithConjuncts(k, "");
      }
    }
  }
  size_t light = noun ? LightVerbOf(p) : kNone;
  // "welcomed the ceasefire between Armenia and Azerbaijan", "brokered talks
  // between Israel and Hamas": a two-sided event noun that names both its
  // sides has them as its parties; the governing verb's subject is a third
  // party, not a side.
  if (noun && best->symmetric && c.sources.empty()) {
    std::vector<Mention> sides = FillSlot(p, {"between"}, true, "");
    if (sides.size() >= 2) {
      c.sources = std::move(sides);
      light = kNone;
    }
  }
  // "the ceasefire was brokered by Egypt and Qatar": nor is a mediator's.
  if (light != kNone && best->symmetric &&
      IsIn(v.Lemma(light), {"broker", "mediate", "facilitate", "sponsor", "host", "oversee",
                            "monitor", "guarantee", "welcome", "hail", "praise", "applaud",
                            "commend", "condemn", "denounce", "criticize", "criticise",
                            "deplore", "urge", "propose"})) {
    light = kNone;
  }
  // "drew condemnation from X", "received an apology from X", "faced
  // sanctions from X": the light verb's subject is the target and the
  // "from" phrase the source.
  if (light != kNone && IsIn(v.Lemma(light), {"draw", "receive", "face", "attract", "earn",
                                             "win", "get", "suffer", "incur", "spark",
                                             "prompt", "provoke", "trigger", "meet"})) {
    std::vector<Mention> from = FillSlot(p, {"from"}, true, "");
    if (from.empty()) from = FillSlot(light, {"from"}, false, "");
    size_t subj = Subject(light);
    std::vector<Mention> receiver = subj != kNone ? ResolveWithConjuncts(subj, "") : std::vector<Mention>{};
    if (!from.empty() && !receiver.empty()) {
      c.sources = from;
      c.targets = receiver;
      Modality m = ModalityOf(v, light);
      c.blocked = m.blocked;
      c.future = m.future;
      return c;
    }
    if (!IsIn(v.Lemma(light), {"spark", "prompt", "provoke", "trigger"})) return std::nullopt;
    // "postponed the election, sparking protests": what one sparks is done
    // by others. Protests named by no one are the people's, against the
    // one who sparked them; other acts have no doer named.
    // (Unless the act names its own doer: "prompting Israeli air strikes on
    // Gaza", "sparked protests by students".)
    // Whether event noun n names its own doer: a possessor, a name or
    // nationality before it, a by-phrase.
    auto names_own_doer = [&](size_t n) {
      bool named = v.Child(n, Deprel::kNmodPoss) != kNone;
      for (size_t k : v.Kids(n)) {
        const Deprel d = v.w(k).deprel;
        named = named ||
                ((d == Deprel::kAmod || d == Deprel::kCompound) && k < n && NamesActor(k)) ||
                (d == Deprel::kNmod && v.CaseOf(k) == "by"sv);
      }
      return named;
    };
    if (from.empty() && !receiver.empty() && !names_own_doer(p)) {
      if (best->cameo.rfind("14", 0) != 0 || receiver.size() != 1 ||
          !HasCountryPrefix(receiver[0].code)) {
        return std::nullopt;
      }
      // (The people of where they protest: "The Israeli raid sparked riots
      // in Jenin", "sparked protests across Turkey".)
      std::string people = receiver[0].code.substr(0, 3);
      std::vector<size_t> places = v.Kids(p);
      for (size_t k : v.Kids(light)) places.push_back(k);
      for (size_t k : places) {
        if (!IsIn(v.CaseOf(k), {"in", "across", "throughout"})) continue;
        if (std::optional<Location> place = PlaceAt(k); place && !place->country.empty()) {
          people = place->country;
          break;
        }
      }
      c.sources.push_back(CountryMention(people + "CVL", p, p));
      c.targets = receiver;
      // ("The arrest of Imamoglu sparked protests across Turkey": an act
      // named by a noun with no doer of its own is the state's; the people
      // protest against its government, not against the one arrested.)
      if (subj != kNone && v.w(subj).upos == Upos::kNOUN && !names_own_doer(subj) &&
          !kb_.NounPatterns(v.Lemma(subj)).empty()) {
        c.targets = {CountryMention(receiver[0].code.substr(0, 3) + "GOV", subj, subj)};
      }
      Modality m = ModalityOf(v, light);
      c.blocked = m.blocked;
      c.future = m.future;
      return c;
    }
  }
  // "Protests erupted in Tehran", "as demonstrations spread across the
  // country": protests that break out with no one named as their doer are
  // the people's, where they happen (else the story's country), against
  // their government.
  if (noun && best->cameo.rfind("14", 0) == 0 && c.sources.empty() &&
      v.w(p).deprel == Deprel::kNsubj && v.Head(p) != kNone &&
      IsIn(v.Lemma(v.Head(p)), {"erupt", "spread", "break", "continue", "grow", "rage", "flare",
                                "intensify", "sweep", "swell", "escalate", "resume", "spill"}) &&
      v.Child(p, Deprel::kNmodPoss) == kNone) {
    const size_t verb_of = v.Head(p);
    bool named = false;
    for (size_t k : v.Kids(p)) {
      const Deprel d = v.w(k).deprel;
      named = named || ((d == Deprel::kAmod || d == Deprel::kCompound) && NamesActor(k)) ||
              (d == Deprel::kNmod && v.CaseOf(k) == "by"sv);
    }
    std::string people;
    std::vector<size_t> places = v.Kids(p);
    for (size_t k : v.Kids(verb_of)) places.push_back(k);
    for (size_t k : places) {
      if (!IsIn(v.CaseOf(k), {"in", "across", "throughout"})) continue;
      if (std::optional<Location> place = PlaceAt(k); place && place->country.size() == 3) {
        people = place->country;
        break;
      }
    }
    if (people.empty()) people = ContextCountry();
    if (!named && people.size() == 3 && HasCountryPrefix(people)) {
      c.sources = {CountryMention(people + "CVL", p, p)};
      c.targets = {CountryMention(people + "GOV", p, p)};
      // (Protests that spread or go on continue the story's first ones,
      // of the same people: "Thousands of Chinese protesters besieged the
      // Japanese embassy ... Protests spread to dozens of other cities".)
      if (first_protest_ && first_protest_->source.code.compare(0, 3, people) == 0) {
        c.sources = {first_protest_->source};
        c.targets = {first_protest_->target};
        for (Mention* m : {&c.sources[0], &c.targets[0]}) m->first = m->last = p;
      }
      Modality m = ModalityOf(v, verb_of);
      c.blocked = m.blocked;
      c.future = m.future;
      return c;
    }
  }
  // "Ukrainian attacks on the border region", "reported Syrian shelling of
  // Turkish villages": a nationality or name modifying an event noun with no
  // doer of its own is its doer, before any governing verb's subject (not for sanctions and the like, where "Russian sanctions" are
  // more often those on Russia).
  // (Only a name, not a role word, "a military strike"; and not for a noun
  // that is itself a role, "a Palestinian mob".)
  const bool role_noun = NamesAgent(p);
  if (c.sources.empty() && noun && !best->symmetric && !role_noun &&
      !IsIn(v.Lemma(p), {"sanction", "sanctions", "embargo", "boycott", "ban", "blockade"})) {
    // ("Saudi-led air strikes": the leader named on "led".)
    std::vector<size_t> modifiers = v.Kids(p);
    for (size_t g : LeaderWords(p)) modifiers.push_back(g);
    for (size_t k : modifiers) {
      Deprel d = v.w(k).deprel;
      if ((d != Deprel::kAmod && d != Deprel::kCompound) || phrase_of_[k] < 0 || k > p) continue;
      if (IsQualifyingName(v, phrases_[phrase_of_[k]].begin, phrases_[phrase_of_[k]].end)) continue;
      if (!NamesActor(k)) continue;
      std::optional<Mention> doer = ResolveNominal(k);
      if (doer && !doer->code.empty()) {
        c.sources.push_back(*doer);
        break;
      }
    }
  }
  // "soldiers were killed in a militant attack", "a rebel ambush": a
  // non-state armed role modifying an event noun with no doer is its doer,
  // of the country the story is about, as the bare role would be. (Not a
  // state's role: "a military strike" may be anyone's.)
  if (c.sources.empty() && noun && !best->symmetric && !role_noun) {
    for (size_t k : v.Kids(p)) {
      const Deprel d = v.w(k).deprel;
      if (k > p || (d != Deprel::kAmod && d != Deprel::kCompound) || phrase_of_[k] < 0) continue;
      bool armed = false;
      for (const dict::PhraseHit& hit : phrases_[phrase_of_[k]].hits) {
        armed = armed || (hit.type == static_cast<uint8_t>(EntityType::kAgent) &&
                          IsIn(kb_.agents()[hit.index].roles, {"INS", "REB", "UAF"}));
      }
      if (!armed) continue;
      std::optional<Mention> doer = ResolveNominal(k);
      if (doer && !doer->code.empty()) {
        c.sources.push_back(*doer);
        break;
      }
    }
  }
  if (c.sources.empty() && light != kNone) {
    for (size_t s : SubjectWords(light)) {
      for (Mention& m : ResolveWithConjuncts(s, "")) c.sources.push_back(std::move(m));
    }
  }
  if (c.sources.empty() && noun && light != kNone && v.w(p).deprel == Deprel::kNsubj &&
      v.w(light).deprel == Deprel::kCcomp && v.Head(light) != kNone &&
      IsSpeechVerb(v.Lemma(v.Head(light)))) {
    // "Moscow insisted that the withdrawal would start on Monday": a
    // reported act with no doer of its own is the speaker's.
    for (size_t s : SubjectWords(v.Head(light))) {
      for (Mention& m : ResolveWithConjuncts(s, "")) c.sources.push_back(std::move(m));
    }
  }
  if (c.sources.empty() && noun && light == kNone) {
    // "launched air and artillery strikes on ...", with the noun buried in
    // a broken object phrase: a light verb above it within the object is
    // still its light verb.
    size_t up = p;
    for (int depth = 0; depth < 4 && up != kNone; ++depth) {
      Deprel d = v.w(up).deprel;
      size_t head = v.Head(up);
      if (head == kNone) break;
      if (d != Deprel::kConj && d != Deprel::kCompound && d != Deprel::kObj) break;
      if (d == Deprel::kObj && IsVerbLike(v.w(head))) {
        if (IsIn(v.Lemma(head), {"launch", "carry", "conduct", "stage", "mount", "unleash",
                                 "intensify", "step"})) {
          for (size_t s : SubjectWords(head)) {
            for (Mention& m : ResolveWithConjuncts(s, "")) c.sources.push_back(std::move(m));
          }
        }
        break;
      }
      up = head;
    }
  }
  if (c.sources.empty() && noun && light == kNone && best->symmetric) {
    // "soldiers were killed in a clash with Chinese troops", "praised Barak
    // for his role in the talks with Arafat": a two-sided event noun in an
    // oblique has the clause's subject as its other side.
    size_t up = v.Head(p);
    for (int depth = 0; depth < 3 && up != kNone && !IsVerbLike(v.w(up)); ++depth) up = v.Head(up);
    Deprel d = v.w(p).deprel;
    // (Not when the clause undoes or opposes it: "reneged on an accord with
    // Iran", "pulled out of talks with the Taliban".)
    const bool undone =
        up != kNone && IsIn(v.Lemma(up), {"renege", "withdraw", "pull", "quit", "exit", "violate",
                                          "breach", "abandon", "scrap", "suspend", "reject",
                                          "oppose", "object", "complain", "boycott", "walk",
                                          "back out", "pull out", "walk out", "rail", "protest"});
    if (up != kNone && (d == Deprel::kObl || d == Deprel::kNmod) && !IsSpeechVerb(v.Lemma(up)) &&
        !undone) {
      size_t s = v.IsPassive(up) ? v.Child(up, Deprel::kNsubjPass) : Subject(up);
      if (s != kNone) c.sources = ResolveWithConjuncts(s, "");
    }
    // "Biden told Netanyahu in a phone call that ...": the speaker and the
    // addressee are the two sides of the call.
    // ("Modi congratulated Erdogan ... in a phone call": any act of
    // address made in the call.)
    const bool address = up != kNone &&
                         IsIn(v.Lemma(up), {"congratulate", "thank", "urge", "invite", "assure",
                                            "reassure", "brief", "ask", "warn", "press",
                                            "inform", "update", "praise", "criticize",
                                            "criticise", "invite", "tell", "discuss"});
    if (up != kNone && d == Deprel::kObl && v.CaseOf(p) == "in"sv &&
        (IsSpeechVerb(v.Lemma(up)) || address) && v.Head(p) == up) {
      size_t addressee = v.Child(up, Deprel::kIobj);
      if (addressee == kNone) addressee = v.Child(up, Deprel::kObj);
      size_t s = Subject(up);
      if (addressee != kNone && s != kNone) {
        c.sources = ResolveWithConjuncts(s, "");
        if (!c.sources.empty()) {
          std::string avoid = c.sources.size() == 1 ? c.sources[0].code : "";
          std::vector<Mention> to = ResolveWithConjuncts(addressee, avoid);
          if (!to.empty()) {
            c.targets = std::move(to);
            Modality m = ModalityOf(v, up);
            c.blocked = m.blocked;
            return c;
          }
          c.sources.clear();
        }
      }
    }
  }
  if (c.sources.empty() && noun && light == kNone && IsIn(v.CaseOf(p), {"on", "during"}) &&
      IsIn(v.Lemma(p), {"visit", "trip", "tour", "mission"})) {
    // "Biden, on a visit to Israel, condemned ...", "raised concerns during
    // a visit to Beijing": the visitor is the clause's subject (or the name
    // the phrase hangs on).
    size_t up = v.Head(p);
    if (up != kNone) {
      size_t s = IsVerbLike(v.w(up)) ? Subject(up) : up;
      if (s != kNone) c.sources = ResolveWithConjuncts(s, "");
    }
  }
  // "Rail workers staged a strike on the London Underground": the bare noun
  // "strike" is a military one only when no labour light verb carries it
  // and no workers, students or civilians strike.
  if (noun && best->lemma == "strike"sv) {
    bool labour = light != kNone && IsIn(v.Lemma(light), {"stage", "call", "hold", "join", "end",
                                                          "begin", "start", "announce", "organize",
                                                          "organise", "go", "continue", "extend"});
    for (const Mention& m : c.sources) {
      labour = labour || (m.code.size() == 6 &&
                          IsIn(std::string_view(m.code).substr(3), {"LAB", "CVL", "EDU", "HLH", "AGR"}));
    }
    if (labour) return std::nullopt;
  }
  std::string avoid = c.sources.size() == 1 ? c.sources[0].code : "";
  // (Not for a country's own population: "protesters stormed government
  // buildings" are at odds with their own government, whoever else the
  // sentence names.)
  if (!c.sources.empty() && c.sources[0].code.size() >= 3 &&
      !(c.sources[0].code.size() == 6 &&
        IsIn(std::string_view(c.sources[0].code).substr(3), {"CVL", "OPP", "LAB", "EDU"}))) {
    other_than_ = c.sources[0].code.substr(0, 3);
  }
  reported_source_ = other_than_;
  source_countries_.clear();
  for (const Mention& m : c.sources) {
    if (m.code.size() >= 3) source_countries_.push_back(m.code.substr(0, 3));
  }
  resolving_target_ = true;
  act_stands_for_victim_ = best->cameo == "015"sv;
  // (A court's verdict too: "A Russian court jailed an opposition activist".)
  coercion_target_ = (best->cameo.rfind("17", 0) == 0 || best->cameo == "116"sv) && !noun;
  force_target_ = best->cameo.rfind("18", 0) == 0 || best->cameo.rfind("19", 0) == 0 ||
                  best->cameo.rfind("20", 0) == 0;
  // "Two Syrian soldiers were killed in an Israeli air strike near
  // Damascus": an attack named as how someone was harmed is aimed at them,
  // before any place it names.
  // (Not a two-sided one: "killed in a clash with Chinese troops" is
  // fighting between both.)
  if (noun && !best->symmetric && v.Head(p) != kNone && v.w(p).deprel == Deprel::kObl &&
      IsIn(v.CaseOf(p), {"in", "by", "during"}) && v.IsPassive(v.Head(p)) &&
      IsIn(v.Lemma(v.Head(p)), {"kill", "wound", "injure", "hurt", "maim"})) {
    if (const size_t victims = Object(v.Head(p)); victims != kNone) {
      c.targets = ResolveWithConjuncts(victims, avoid);
    }
  }
  if (c.targets.empty()) c.targets = FillSlot(p, targets, noun, avoid);
  // "clashes between rival militias", "fighting between rebel factions": a
  // two-sided act among one group named in the plural is within that group,
  // not between it and whoever else the sentence names.
  if (noun && best->symmetric) {
    for (size_t k : v.Kids(p)) {
      if (v.w(k).deprel != Deprel::kNmod || v.CaseOf(k) != "between"sv ||
          v.w(k).xpos != Xpos::kNNS) {
        continue;
      }
      // (Not "between Hamas and Fatah officials": no coordination inside.)
      bool coordinated = false;
      for (size_t t : SubtreeOf(v, k, v.size() + 1)) {
        coordinated = coordinated || v.w(t).deprel == Deprel::kConj;
      }
      if (!coordinated) return std::nullopt;
    }
  }
  act_stands_for_victim_ = false;
  coercion_target_ = false;
  force_target_ = false;
  // ("provide Brazil with $1.5 billion": the object is the recipient.)
  if (c.targets.empty() && verb && WithObject(p, best->objects) != kNone) {
    c.targets = ResolveWithConjuncts(Object(p), avoid);
  }
  // "pledged $500 million to rebuild Gaza", "sent aid to help flood
  // victims in Pakistan": aid given for a purpose goes to whom the purpose
  // helps (the purpose clause may hang on the verb or on what is given).
  if (c.targets.empty() && verb &&
      (best->cameo.rfind("07", 0) == 0 || best->cameo.rfind("033", 0) == 0 || best->cameo.rfind("023", 0) == 0)) {
    std::vector<size_t> purposes = v.Kids(p);
    if (const size_t given = Object(p); given != kNone) {
      for (size_t k : v.Kids(given)) purposes.push_back(k);
    }
    for (size_t k : purposes) {
      const Deprel d = v.w(k).deprel;
      if ((d != Deprel::kAdvcl && d != Deprel::kAcl && d != Deprel::kXcomp) || k < p ||
          !IsIn(v.Lemma(k), {"rebuild", "reconstruct", "help", "assist", "aid", "support",
                             "feed", "fund", "finance", "bolster", "strengthen", "equip"})) {
        continue;
      }
      const size_t mark = v.Child(k, Deprel::kMark);
      if (mark == kNone || v.Lemma(mark) != "to"sv) continue;
      if (const size_t helped = Object(k); helped != kNone) {
        c.targets = ResolveWithConjuncts(helped, avoid);
        if (!c.targets.empty()) break;
      }
    }
  }
  // "urged an end to the war in Sudan", "called for an end to Israel's
  // offensive": an appeal to stop fighting is addressed to the fighting's
  // sides (its possessor, its between-phrase), else to the country it is in.
  if (c.targets.empty() && verb && (best->cameo == "0256"sv || best->cameo == "1056"sv)) {
    size_t asked = Object(p);
    for (size_t k : v.Kids(p)) {
      if (asked == kNone && v.w(k).deprel == Deprel::kObl && v.CaseOf(k) == "for"sv) asked = k;
    }
    if (asked != kNone) c.targets = PartiesToEndOf(asked, avoid);
    // ("demanded an immediate ceasefire in Gaza", the place hung on the
    // verb: where a truce is asked for, when it names no sides.)
    if (c.targets.empty() && asked != kNone &&
        IsTruceNoun(v.Lemma(asked))) {
      const bool was_resolving_target = resolving_target_;
      resolving_target_ = true;  // a place named stands for its country
      for (size_t k : v.Kids(p)) {
        if (c.targets.empty() && v.w(k).deprel == Deprel::kObl && v.CaseOf(k) == "in"sv) {
          c.targets = ResolveWithConjuncts(k, avoid);
        }
      }
      resolving_target_ = was_resolving_target;
    }
  }
  // ("presented Israel and Hamas with a new ceasefire proposal": so is the
  // object of the verb that hands over the event noun.)
  if (c.targets.empty() && noun && light != kNone && v.CaseOf(p) == "with"sv &&
      Object(light) != kNone) {
    c.targets = ResolveWithConjuncts(Object(light), avoid);
  }
  // "gave 352.5 million euros to promote private investment and development
  // in Ethiopia": aid with no recipient named goes where its purpose is.
  if (c.targets.empty() && verb && best->cameo.rfind("07", 0) == 0) {
    for (size_t k : PurposeClauses(p)) {
      if (!c.targets.empty()) break;
      for (size_t t : SubtreeOf(v, k, 32)) {
        if (!IsIn(v.CaseOf(t), {"in", "for", "to"}) || phrase_of_[t] < 0) continue;
        std::optional<Mention> m = ResolveNominal(t);
        if (!m) {
          if (std::optional<Location> place = PlaceAt(t)) m = CountryMention(place->country, t, t);
        }
        if (m && m->code != avoid) {
          c.targets.push_back(*m);
          break;
        }
      }
    }
  }
  // "Milei called Spain's prime minister corrupt, prompting Madrid to
  // recall its ambassador": an act one was prompted or forced into is
  // aimed at whoever prompted it.
  if (c.targets.empty() && verb && v.w(p).deprel == Deprel::kXcomp && v.Head(p) != kNone &&
      v.w(v.Head(p)).deprel == Deprel::kAdvcl && v.w(v.Head(p)).xpos == Xpos::kVBG &&
      IsIn(v.Lemma(v.Head(p)), {"prompt", "force", "lead", "push", "spur", "provoke"})) {
    const size_t cause = v.Head(v.Head(p));
    if (cause != kNone) {
      for (size_t s : SubjectWords(cause)) {
        for (Mention& m : ResolveWithConjuncts(s, avoid)) c.targets.push_back(std::move(m));
      }
    }
  }
  // "police used water cannon and tear gas to disperse them": repression
  // is aimed at whom its purpose clause acts on.
  if (c.targets.empty() && verb && best->cameo.rfind("17", 0) == 0) {
    for (size_t k : PurposeClauses(p)) {
      if (!IsIn(v.Lemma(k), {"disperse", "break", "quell", "crush", "scatter", "push", "clear",
                             "suppress", "stop", "prevent", "block", "repel"})) {
        continue;
      }
      if (const size_t o = v.Child(k, Deprel::kObj); o != kNone) {
        c.targets = ResolveWithConjuncts(o, avoid);
      }
      break;
    }
  }
  resolving_target_ = false;
  const std::string source_country = other_than_;  // (again for the word-order fallback)
  other_than_.clear();
  reported_source_.clear();
  source_countries_.clear();
  std::string root = best->cameo.substr(0, 2);
  if (c.targets.empty() && verb && (root == "02"sv || root == "10"sv || root == "13"sv)) {
    // "demanded that Hamas renounce violence": the addressee is the subject
    // of the demanded act.
    size_t comp = v.Child(p, Deprel::kCcomp);
    if (comp == kNone) comp = OpenComplementOf(v, p);
    if (comp != kNone) {
      size_t subj = v.Child(comp, Deprel::kNsubj);
      // A warning is a threat to the subject of what will or would happen
      // ("warned that Iran would pay a heavy price"), not to the subject of
      // a fact ("warned that millions of people faced hunger").
      if (root == "13"sv && subj != kNone && !IsOpenComplement(v, comp)) {
        bool future = false;
        for (size_t k : v.Kids(comp)) {
          future = future || (v.w(k).deprel == Deprel::kAux &&
                              IsIn(v.Lemma(k), {"will", "would", "could", "may", "might", "shall"}));
        }
        if (!future) subj = kNone;
        // ("Russia could attack NATO within five years, German officials
        // warned": an attack foreseen by another is a warning about its
        // doer, no threat against it.)
        bool force_verb = false;
        for (uint32_t i : kb_.VerbPatterns(v.Lemma(comp))) {
          const std::string& code = kb_.patterns()[i].cameo;
          force_verb = force_verb || code.rfind("18", 0) == 0 || code.rfind("19", 0) == 0 ||
                       code.rfind("20", 0) == 0;
        }
        if (force_verb) subj = kNone;
        // ("warned that millions could face hunger": a hardship foreseen
        // for someone is concern for them, not a threat against them.)
        size_t hardship = v.Child(comp, Deprel::kObj);
        if (hardship != kNone &&
            IsIn(v.Lemma(hardship), {"hunger", "famine", "starvation", "malnutrition", "disease",
                                     "epidemic", "poverty", "shortage", "crisis", "catastrophe",
                                     "disaster", "displacement", "death", "homelessness"})) {
          subj = kNone;
        }
      }
      // ("Moscow warned that it would respond": a pronoun that stands for
      // the speaker is no addressee, and must not fall to the next name.)
      bool speaker = false;
      if (subj != kNone && v.w(subj).upos == Upos::kPRON && !c.sources.empty()) {
        std::optional<Mention> own = ResolvePronoun(subj, "");
        speaker = own && own->code.size() >= 3 && c.sources[0].code.size() >= 3 &&
                  own->code.compare(0, 3, c.sources[0].code, 0, 3) == 0;
      }
      if (subj != kNone && !speaker) c.targets = ResolveWithConjuncts(subj, avoid);
      // "Sisi warned that Egypt could intervene": the speaker's own side is
      // not the addressee.
      std::erase_if(c.targets, [&](const Mention& t) {
        for (const Mention& src : c.sources) {
          if (t.code.size() >= 3 && src.code.size() >= 3 && t.code.compare(0, 3, src.code, 0, 3) == 0) {
            return true;
          }
        }
        return false;
      });
    }
    // "called for a ceasefire between Israel and Hezbollah": the parties of
    // the thing asked for.
    // ("a cessation of hostilities between Israel and Hezbollah": through
    // an of-phrase too.)
    for (size_t k : v.Kids(p)) {
      if (!c.targets.empty()) break;
      Deprel d = v.w(k).deprel;
      if (d != Deprel::kObl && d != Deprel::kObj) continue;
      std::vector<size_t> things{k};
      for (size_t g : v.Kids(k)) {
        if (v.w(g).deprel == Deprel::kNmod && v.CaseOf(g) == "of"sv) things.push_back(g);
      }
      for (size_t thing : things) {
        for (size_t g : v.Kids(thing)) {
          if (v.w(g).deprel == Deprel::kNmod &&
              IsIn(v.CaseOf(g), {"between", "with", "on", "against"})) {
            c.targets = ResolveWithConjuncts(g, avoid);
            if (!c.targets.empty()) break;
          }
        }
        if (!c.targets.empty()) break;
      }
    }
  }
  // "provided $1.7 billion in humanitarian assistance to support Syrian
  // refugees in Jordan": aid with no stated recipient goes to whom its
  // purpose names. The purpose may hang on what was given ("donated a
  // shipment of ventilators to assist Tunisia").
  if (c.targets.empty() && verb && best->cameo.rfind("07", 0) == 0) {
    std::vector<size_t> purposes = v.Kids(p);
    if (size_t given = v.Child(p, Deprel::kObj); given != kNone) {
      // (Also on what a shipment is of, and on the last of several things
      // given: "a shipment of 250 ventilators and other critical care
      // equipment to assist Ethiopia".)
      std::vector<size_t> things{given};
      for (size_t i = 0; i < things.size() && things.size() < 12; ++i) {
        for (size_t k : v.Kids(things[i])) {
          const Deprel d = v.w(k).deprel;
          if (d == Deprel::kConj || (d == Deprel::kNmod && v.CaseOf(k) == "of"sv))
            things.push_back(k);
        }
      }
      for (size_t t : things) {
        for (size_t k : v.Kids(t)) {
          if (v.w(k).deprel == Deprel::kAcl) purposes.push_back(k);
        }
      }
    }
    for (size_t k : purposes) {
      if (!c.targets.empty()) break;
      const Deprel d = v.w(k).deprel;
      if ((d != Deprel::kAdvcl && d != Deprel::kXcomp && d != Deprel::kAcl) ||
          v.Child(k, Deprel::kMark) == kNone || v.Lemma(v.Child(k, Deprel::kMark)) != "to"sv ||
          !IsIn(v.Lemma(k), {"support", "help", "assist", "aid", "benefit", "feed", "rebuild",
                             "fund", "finance", "relieve"})) {
        continue;
      }
      const size_t o = v.Child(k, Deprel::kObj);
      if (o != kNone) c.targets = ResolveWithConjuncts(o, avoid);
    }
  }
  // "Israeli military struck a target in the Gaza Strip's eastern border
  // regions": force against a thing that names no party is aimed at the
  // country where it struck (not the attacker's own). (Not for two sides
  // trading fire: "Israel and Hamas exchanged fire in Gaza" pairs the two.)
  const bool two_sided = best->symmetric && c.sources.size() >= 2;
  if (c.targets.empty() && verb && !two_sided && best->cameo >= "18" && best->cameo < "21") {
    for (size_t k : v.Kids(p)) {
      if (!c.targets.empty()) break;
      // (Or the object, when it is a settlement named by its "of" phrase:
      // "shelled the city of Kharkiv".)
      const bool settlement = v.w(k).deprel == Deprel::kObj && IsSettlementNoun(v.Lemma(k));
      if (!settlement &&
          (v.w(k).deprel != Deprel::kObl || !IsIn(v.CaseOf(k), {"in", "inside", "across"}))) {
        continue;
      }
      std::vector<size_t> names{k};
      for (size_t g : v.Kids(k)) {
        if (v.w(g).deprel == Deprel::kNmodPoss || v.w(g).deprel == Deprel::kNmod) {
          names.push_back(g);
        }
      }
      for (size_t n : names) {
        std::optional<std::string> country;
        if (phrase_of_[n] >= 0) {
          for (const dict::PhraseHit& hit : phrases_[phrase_of_[n]].hits) {
            if (hit.type != static_cast<uint8_t>(EntityType::kActor)) continue;
            const dict::KbActor& a = kb_.actors()[hit.index];
            const std::string code = a.CodeOn(date_);
            if (a.kind == ActorKind::kCountry && code.size() == 3) country = code;
          }
        }
        if (!country) {
          if (std::optional<Location> place = PlaceAt(n)) country = place->country;
        }
        if (!country || country->empty()) continue;
        bool own = false;
        for (const Mention& src : c.sources) own = own || src.code.compare(0, 3, *country) == 0;
        if (own) continue;
        c.targets.push_back(CountryMention(*country, n, n));
        break;
      }
    }
  }
  // "An Israeli air strike ... killed dozens of civilians", "air strikes
  // hit a funeral hall in Sanaa": the event noun's clause names its target,
  // rather than the place it happened in ("a U.S. drone strike in Kabul
  // killed al Qaeda leader Ayman al-Zawahiri").
  bool target_is_place = !c.targets.empty();
  for (const Mention& t : c.targets) {
    target_is_place = target_is_place && t.first != kNone && t.first < v.size() &&
                      IsIn(v.CaseOf(t.first), {"in", "at", "near", "inside"}) &&
                      t.kind == ActorKind::kCountry;
  }
  // (Only a verb of harm says its object is what the act struck: "Turkey's
  // shelling drew condemnation from Washington" did not shell Washington.)
  if ((c.targets.empty() || target_is_place) && noun && light == kNone &&
      v.w(p).deprel == Deprel::kNsubj && v.Head(p) != kNone && IsVerbLike(v.w(v.Head(p))) &&
      IsIn(v.Lemma(v.Head(p)), {"kill", "wound", "injure", "hit", "strike", "target", "destroy",
                                "damage", "flatten", "raze", "level", "maim", "hurt", "claim",
                                "slay", "murder", "devastate", "demolish", "wreck",
                                "displace", "trap", "bury", "leave", "tear", "rip", "pound",
                                "rock", "shake", "engulf", "sink", "down", "disable", "cripple",
                                "knock", "cut", "sever", "block", "stop", "halt", "force",
                                "drive", "push", "expel", "oust", "remove", "take", "seize",
                                "capture", "free", "release", "rescue", "save", "reach",
                                "help", "benefit", "feed", "supply", "arm", "protect",
                                "support", "assist", "fund", "finance", "aid", "train",
                                "equip", "serve", "shelter", "rebuild"})) {
    size_t o = Object(v.Head(p));
    std::vector<Mention> clause_targets;
    resolving_target_ = true;  // ("hit a funeral hall in the Yemeni capital")
    // (Whom an act of force strikes is not the attacker's own side: "an
    // Israeli strike killed one of its commanders".)
    force_target_ = best->cameo.rfind("18", 0) == 0 || best->cameo.rfind("19", 0) == 0 ||
                    best->cameo.rfind("20", 0) == 0;
    for (const Mention& m : c.sources) {
      if (m.code.size() >= 3) source_countries_.push_back(m.code.substr(0, 3));
    }
    if (!source_countries_.empty()) other_than_ = source_countries_.front();
    if (o != kNone) clause_targets = ResolveWithConjuncts(o, avoid);
    resolving_target_ = false;
    force_target_ = false;
    source_countries_.clear();
    other_than_.clear();
    if (!clause_targets.empty()) c.targets = clause_targets;
  }
  // Those harmed by `harm` when it says someone was killed or wounded
  // ("were killed", "died", "were wounded" with "wounded" an adjective);
  // none otherwise.
  auto harmed_by = [&](size_t harm) {
    std::vector<Mention> victims;
    const bool passive = v.IsPassive(harm);
    if (!(passive && IsIn(v.Lemma(harm), {"kill", "wound", "injure", "hurt", "shoot", "maim"})) &&
        !IsIn(v.Lemma(harm), {"die", "wounded", "injured", "dead", "killed"})) {
      return victims;
    }
    const size_t harmed = v.Child(harm, passive ? Deprel::kNsubjPass : Deprel::kNsubj);
    if (harmed != kNone) victims = ResolveWithConjuncts(harmed, avoid);
    return victims;
  };
  // "Two Turkish soldiers were killed in a PKK attack in southeastern
  // Turkey", "civilians died in Saudi-led air strikes": the act a harm
  // happened in struck the harmed, not the place.
  if ((c.targets.empty() || target_is_place) && noun && light == kNone &&
      v.w(p).deprel == Deprel::kObl && IsIn(v.CaseOf(p), {"in", "during"}) &&
      v.Head(p) != kNone) {
    if (std::vector<Mention> victims = harmed_by(v.Head(p)); !victims.empty()) {
      c.targets = victims;
    }
  }
  // "Two Turkish soldiers were wounded when Kurdish militants attacked a
  // base": so does an attack in the clause that says when someone was
  // harmed, when it names no party of its own.
  if ((c.targets.empty() || target_is_place) && verb && !best->symmetric &&
      best->cameo.rfind("19", 0) == 0 && v.w(p).deprel == Deprel::kAdvcl &&
      v.Head(p) != kNone) {
    bool when = HasMark(v, p, "as");
    for (size_t k : v.Kids(p)) when = when || (k < p && v.Lemma(k) == "when"sv);
    if (std::vector<Mention> victims = when ? harmed_by(v.Head(p)) : std::vector<Mention>{};
        !victims.empty()) {
      c.targets = victims;
    }
  }
  // ("placed President Ali Bongo under house arrest": whom the verb puts
  // under the measure.)
  if (c.targets.empty() && light != kNone && v.w(p).deprel == Deprel::kObl &&
      v.CaseOf(p) == "under"sv && Object(light) != kNone) {
    c.targets = ResolveWithConjuncts(Object(light), avoid);
  }
  if (c.targets.empty() && light != kNone) {
    // "fired tear gas at protesters": the light verb's own oblique.
    std::vector<std::string> preps;
    for (const std::string& t : targets) {
      if (t != "obj"sv && t != "subj"sv && t != "nsubj"sv && t != "poss"sv) preps.push_back(t);
    }
    // ("on" not for a two-sided act: "held talks on the sidelines of the G7
    // summit" names the occasion or the topic, not a party.)
    for (const char* extra : {"at", "on", "against"}) {
      if (best->symmetric && std::string_view(extra) == "on"sv) continue;
      if (std::find(preps.begin(), preps.end(), extra) == preps.end()) preps.push_back(extra);
    }
    c.targets = FillSlot(light, preps, false, avoid);
    // ("gave Putin a stern warning", "sent Israel a message": the light
    // verb's indirect object.)
    if (c.targets.empty() && v.Child(light, Deprel::kIobj) != kNone) {
      c.targets = ResolveWithConjuncts(v.Child(light, Deprel::kIobj), avoid);
    }
  }
  // Parse errors leave objects unattached; fall back on word order for
  // active verbs. (The same fallback for subjects was measured on the dev set
  // and cost more precision than it gained recall.)
  // (Not, for approval, into the infinitive of an attached object:
  // "approved a plan to build homes" is not aimed at whoever the plan's
  // clause names, though "reviewing options to help Iraq's government" is,
  // and "welcomed the decisions taken at the meeting of Somalia's security
  // council" and "rejected an offer made by the Taliban" name the owner.)
  const size_t attached = verb && best->cameo.rfind("05", 0) == 0 ? Object(p) : kNone;
  bool object_clause = false;
  for (size_t k : attached != kNone ? v.Kids(attached) : std::vector<size_t>{}) {
    const size_t mark = v.Child(k, Deprel::kMark);
    object_clause = object_clause || (k > attached && v.w(k).deprel == Deprel::kAcl &&
                                      mark != kNone && v.Lemma(mark) == "to"sv);
  }
  if (verb && !v.IsPassive(p) && !object_clause) {
    if (c.targets.empty() && std::find(targets.begin(), targets.end(), "obj"sv) != targets.end()) {
      std::string avoid_code = c.sources.size() == 1 ? c.sources[0].code : "";
      resolving_target_ = true;  // a place found this way stands for its country
      // (Not for a two-sided act with an object of its own: one meets or
      // calls a party, so "called the accusations a fabrication intended to
      // distract the U.N. inspectors" is no call to the U.N. Nor for "call"
      // with none: "called for reform of a military-drafted constitution" is
      // no call to the military.)
      const bool own_object = v.Child(p, Deprel::kObj) != kNone;
      if (!best->symmetric || (!own_object && v.Lemma(p) != "call"sv)) {
        reported_source_ = source_country;
        c.targets = NearestActor(p, +1, targets, avoid_code);
        reported_source_.clear();
      }
      // (A cooperative act is not aimed at whom its complement fights:
      // "invited Russian mercenaries to help fight jihadists".)
      if (!c.targets.empty() && best->cameo < "09" && c.targets[0].last < v.size()) {
        size_t h = c.targets[0].last;
        for (int up = 0; up < 4 && v.Head(h) != kNone; ++up) {
          const Deprel d = v.w(h).deprel;
          if (d != Deprel::kCompound && d != Deprel::kAmod && d != Deprel::kFlat) break;
          h = v.Head(h);
        }
        if (v.w(h).deprel == Deprel::kObj && v.Head(h) != kNone && v.Head(h) != p &&
            IsIn(v.Lemma(v.Head(h)), {"fight", "attack", "combat", "defeat", "battle", "target",
                                      "strike", "bomb", "kill", "crush", "destroy", "counter",
                                      "confront", "oust", "topple", "repel", "expel"})) {
          c.targets.clear();
        }
      }
      resolving_target_ = false;
    }
  }
  // "Colin Powell told the Senate": a legislature spoken to with no country
  // of its own is the speaker's.
  if (best->cameo.rfind("01", 0) == 0 && !c.sources.empty() && c.sources[0].code.size() >= 3) {
    for (Mention& t : c.targets) {
      if (t.country_from_context && t.code.size() == 6 && t.code.compare(3, 3, "LEG") == 0) {
        t.code = c.sources[0].code.substr(0, 3) + "LEG";
      }
    }
  }
  // "Ukraine accused Russian troops of ..., while Moscow denied the
  // allegations", "Amnesty said ..., an allegation the army denied": a denial
  // with no stated target answers the sentence's earlier accuser.
  if (c.targets.empty() && verb && best->cameo.substr(0, 3) == "016"sv) {
    for (size_t k = p; k-- > 0;) {
      if (!IsVerbLike(v.w(k)) ||
          !IsIn(v.Lemma(k), {"say", "accuse", "allege", "claim", "report", "charge", "blame"})) {
        continue;
      }
      for (size_t s : SubjectWords(k)) {
        for (Mention& m : ResolveWithConjuncts(s, avoid)) c.targets.push_back(std::move(m));
      }
      if (!c.targets.empty()) break;
    }
  }
  // "aircraft struck targets in the Gaza Strip": violence against an
  // unnamed object is directed at the country where it happens, when that
  // is not the attacker's own.
  std::string root2 = best->cameo.substr(0, 2);
  // Only for a thing ("targets", "positions", "a village"): an unknown
  // person ("killed Raul Reyes ... inside Ecuador") is not the place's.
  // (Nor here for two sides trading fire.)
  bool thing_object = verb && obj != kNone && v.w(obj).upos == Upos::kNOUN;
  if (c.targets.empty() && !c.sources.empty() && thing_object && !two_sided &&
      (root2 == "18"sv || root2 == "19"sv || root2 == "20"sv)) {
    std::optional<Location> where = LocationFor(p);
    std::string own = c.sources[0].code.substr(0, 3);
    if (where && !where->country.empty() && where->country != own) {
      c.targets.push_back(CountryMention(where->country, kNone, kNone));
    }
  }
  // "talks between Colombia and the rebels": one slot with two conjuncts is
  // both sides of a symmetric event.
  const bool compound_slot = !best->compound.empty() && best->compound != "subj"sv;
  if ((best->symmetric || compound_slot) && c.sources.empty() && c.targets.size() >= 2) {
    c.sources.push_back(c.targets.front());
    c.targets.erase(c.targets.begin());
    c.mutual = compound_slot;
  }
  // Only a main or reported clause: "in which 100 people have been killed"
  // is background, not the story's event.
  // "were killed by an improvised explosive device": a weapon as the agent
  // names no perpetrator either.
  size_t agent = verb && v.IsPassive(p) ? Subject(p) : kNone;
  bool weapon_agent = agent != kNone && phrase_of_[agent] < 0 &&
                      IsIn(v.Lemma(agent), {"device", "bomb", "explosive", "mine", "landmine",
                                            "missile", "rocket", "shell", "mortar", "grenade",
                                            "blast", "explosion", "bombing", "ied", "drone"});
  // (A relative clause the parser hung as a complement, "the attacks, in
  // which 100 people have been killed", is background too.)
  bool relative = false;
  auto wh = [&](size_t k) {
    return v.w(k).xpos == Xpos::kWDT || v.w(k).xpos == Xpos::kWP ||
           (v.w(k).xpos == Xpos::kWRB && v.Lemma(k) == "where"sv);
  };
  for (size_t t = p >= 10 ? p - 10 : 0; t < p && !relative; ++t) {
    if (!wh(t)) continue;
    size_t up = t;
    for (int depth = 0; depth < 5 && up != kNone && up != p; ++depth) up = v.Head(up);
    relative = up == p;
  }
  // "soldiers were killed in a clash with Chinese troops", "died in an
  // Israeli air strike": the fight the phrase names, with its parties, is
  // the event; the killing is not a further one by an unknown hand.
  bool named_fight = false;
  for (size_t k : verb ? v.Kids(p) : std::vector<size_t>{}) {
    if (v.w(k).deprel != Deprel::kObl || !IsIn(v.CaseOf(k), {"in", "during"}) ||
        !IsIn(v.Lemma(k), {"clash", "attack", "raid", "strike", "airstrike", "fighting", "battle",
                           "shelling", "bombing", "bombardment", "ambush", "offensive",
                           "operation", "skirmish", "firefight", "crossfire", "assault", "combat",
                           "fight"})) {
      continue;
    }
    // (The parser may hang "with Chinese troops" on the verb instead.)
    std::vector<size_t> sub{k};
    for (size_t g : v.Kids(p)) {
      if (v.w(g).deprel == Deprel::kObl && v.CaseOf(g) == "with"sv) sub.push_back(g);
    }
    // (Not where it was or whom it struck: "killed in a drone attack on a
    // base in Iraq" names no attacker.)
    for (size_t i = 0; i < sub.size() && sub.size() < 24; ++i) {
      for (size_t g : v.Kids(sub[i])) {
        if (IsIn(v.CaseOf(g), {"in", "near", "at", "outside", "inside", "across", "on",
                               "against", "into"})) {
          continue;
        }
        sub.push_back(g);
      }
    }
    for (size_t t : sub) named_fight = named_fight || NamesActor(t);
  }
  c.agentless_passive = verb && v.IsPassive(p) && (agent == kNone || weapon_agent) && !relative &&
                        !named_fight && (w.deprel == Deprel::kRoot || w.deprel == Deprel::kCcomp);
  if (noun) {
    // An event noun shares the fate of the clause it sits in: "would not
    // send troops back into combat", "no date has been set for talks".
    size_t clause = light;
    if (clause == kNone) {
      clause = v.Head(p);
      for (int depth = 0; depth < 3 && clause != kNone && !IsVerbLike(v.w(clause)); ++depth) {
        clause = v.Head(clause);
      }
    }
    Modality m = clause != kNone ? ModalityOf(v, clause) : Modality{};
    c.blocked = m.blocked;
    // ("will travel to Washington next week for talks with President Biden":
    // the purpose of a planned trip is planned too.)
    // (Also when the parser hangs the purpose on the trip's object or time
    // phrase: "will visit Washington next month for talks".)
    const bool purpose =
        v.CaseOf(p) == "for"sv && v.Head(p) != kNone &&
        (clause == v.Head(p) ||
         ((v.w(v.Head(p)).deprel == Deprel::kObj || v.w(v.Head(p)).deprel == Deprel::kObl) &&
          clause == v.Head(v.Head(p))));
    c.future = m.future && (light != kNone || purpose);
    // "approved the sale of Patriot missiles to Saudi Arabia": an act
    // approved or authorised is promised, not yet done (an intent, 03).
    // (Cooperation only: "authorise the deployment" of a force is no threat.)
    if (light != kNone && c.code.substr(0, 2) >= "05" && c.code.substr(0, 2) <= "08" &&
        IsIn(v.Lemma(light), {"approve", "authorize", "authorise", "clear", "greenlight",
                              "okay"})) {
      c.future = true;
    }
    c.refusal = m.refusal && light != kNone;
    // "The film depicts a war between France and Britain": an act that is
    // what a work shows or tells of is not one that happened (here).
    if (v.Head(p) != kNone && v.w(p).deprel == Deprel::kObj && IsVerbLike(v.w(v.Head(p))) &&
        IsIn(v.Lemma(v.Head(p)), {"depict", "portray", "dramatize", "dramatise", "fictionalize",
                                  "fictionalise", "imagine", "reenact", "re-enact"})) {
      // (Unless an actor does the portraying: "Russia portrayed the invasion
      // as a special operation" reports a real one.)
      const size_t work = Subject(v.Head(p));
      if (work == kNone || phrase_of_[work] < 0) c.blocked = true;
    }
    // "the anniversary of the Iraqi invasion of Kuwait", "veterans of the war
    // between India and Pakistan": a past act remembered is not news of one.
    if (v.Head(p) != kNone && v.w(p).deprel == Deprel::kNmod && v.CaseOf(p) == "of"sv &&
        IsIn(v.Lemma(v.Head(p)),
             {"anniversary", "anniversaries", "veteran", "veterans", "history", "memory",
              "memories", "legacy", "commemoration", "memorial", "remembrance", "lesson", "lessons",
              "documentary", "museum", "jubilee", "centenary", "centennial", "historian"})) {
      c.blocked = true;
    }
    // "a decree banning talks with Putin", "prevented a meeting between the
    // two": an act banned, prevented or ruled out did not happen.
    const std::initializer_list<std::string_view> kPrevent = {
        "ban", "prohibit", "forbid", "outlaw", "prevent", "bar", "preclude", "rule out", "avert",
        "thwart", "foil"};
    if (v.Head(p) != kNone && v.w(p).deprel == Deprel::kObj && IsVerbLike(v.w(v.Head(p))) &&
        IsIn(v.Lemma(v.Head(p)), kPrevent)) {
      c.blocked = true;
    }
    // "Biden and Netanyahu discussed a hostage deal", "the cabinet will
    // debate the ceasefire": an act named as the topic of talk is not done
    // (the talk is coded).
    if (v.Head(p) != kNone && IsVerbLike(v.w(v.Head(p))) &&
        (v.w(p).deprel == Deprel::kObj ||
         (v.w(p).deprel == Deprel::kObl && IsIn(v.CaseOf(p), {"about", "over"}))) &&
        IsIn(v.Lemma(v.Head(p)), {"discuss", "debate", "negotiate", "consider", "weigh", "mull",
                                  "study", "explore", "review", "talk"})) {
      c.blocked = true;
    }
    // "mediating between Israel and Hamas over a hostage deal", "held talks
    // on a ceasefire deal", "negotiations over a prisoner swap": the same
    // for the topic of mediation or of talks named by a noun, or by the
    // object of the verb the topic hangs on.
    if (const size_t head = v.Head(p);
        head != kNone && IsIn(v.CaseOf(p), {"about", "over", "on"}) &&
        (v.w(p).deprel == Deprel::kObl || v.w(p).deprel == Deprel::kNmod)) {
      const std::initializer_list<std::string_view> kTalk = {
          "mediate", "mediation", "talk", "talks", "negotiation", "negotiate", "discussion",
          "discuss", "consultation", "dialogue", "meeting", "dispute", "row", "deadlock",
          "impasse", "disagreement", "haggle", "wrangle", "bargain", "bargaining"};
      const size_t object = IsVerbLike(v.w(head)) ? v.Child(head, Deprel::kObj) : kNone;
      if (IsIn(v.Lemma(head), kTalk) || (object != kNone && IsIn(v.Lemma(object), kTalk))) {
        c.blocked = true;
      }
    }
    // (Also with the participle read as a compound: "a decree banning talks".)
    for (size_t k : v.Kids(p)) {
      if (v.w(k).deprel == Deprel::kCompound && v.w(k).xpos == Xpos::kVBG &&
          IsIn(v.Lemma(k), kPrevent)) {
        c.blocked = true;
      }
    }
    // "a ceasefire in their conflict", "peace talks on the war in Yemen", "an
    // end to the fighting": the fighting a peace effort is about is its
    // background, not news of fighting.
    if (v.Head(p) != kNone && v.w(p).deprel == Deprel::kNmod &&
        IsIn(v.CaseOf(p), {"in", "of", "on", "over", "to", "about"}) &&
        IsIn(v.Lemma(p), {"conflict", "war", "fighting", "hostility", "hostilities", "violence",
                          "bloodshed", "clash", "clashes"}) &&
        IsIn(v.Lemma(v.Head(p)), {"ceasefire", "cease-fire", "truce", "armistice", "peace", "talk",
                                  "talks", "negotiation", "settlement", "solution", "resolution",
                                  "end", "deal", "agreement", "accord", "plan", "process",
                                  "initiative", "effort", "mediation"})) {
      c.blocked = true;
    }
    // "future aid", "a possible attack", "the proposed talks": not (yet) done.
    for (size_t k : v.Kids(p)) {
      if (v.w(k).deprel == Deprel::kAmod &&
          IsIn(v.Lemma(k), {"future", "possible", "potential", "proposed", "prospective",
                            "eventual", "hypothetical"})) {
        c.blocked = true;
      }
    }
  } else {
    Modality m = ModalityOf(v, p);
    c.blocked = m.blocked;
    c.future = m.future;
    c.refusal = m.refusal;
    // ("- NOT * [112]", "- SAID WOULD NOT * [112]": a pattern that names the
    // negation or the modal codes that reading itself.)
    if (!best->before.empty() && MatchWordOrder(p, *best).modal) {
      c.blocked = false;
      c.refusal = false;
    }
  }
  // "sent troops to the UN peacekeeping mission in Mali", "deployed 230
  // troops to Liberia on a peacekeeping mission", "arrived in Mali to join
  // the peacekeeping mission there": forces sent to keep the peace are
  // peacekeeping (074), aimed where the mission is.
  if (verb && (c.code.rfind("15", 0) == 0 || (c.code == "042"sv && v.Lemma(p) == "arrive"sv))) {
    if (const size_t mission = PeacekeepingMission(p); mission != kNone) {
      c.code = "074";
      c.reverse = false;
      for (size_t k : v.Kids(mission)) {
        if (v.w(k).deprel != Deprel::kNmod || v.CaseOf(k) != "in"sv) continue;
        resolving_target_ = true;  // the place stands for its country
        std::vector<Mention> where = ResolveWithConjuncts(k, "");
        resolving_target_ = false;
        if (!where.empty()) c.targets = where;
      }
      // (Not the organisation whose mission it is.)
      std::erase_if(c.targets, [](const Mention& m) { return m.code.rfind("IGO", 0) == 0; });
      return c;
    }
  }
  // "sent troops to help defend Sudan", "deployed warships to protect
  // Kuwaiti tankers": forces sent to help or protect a party are military
  // protection for it (074), not a show of force (15); its target is the
  // party protected.
  if (verb && c.code.rfind("15", 0) == 0) {
    for (size_t k : v.Kids(p)) {
      if (v.w(k).deprel != Deprel::kAdvcl) continue;
      size_t mark = v.Child(k, Deprel::kMark);
      if (mark == kNone || v.Lemma(mark) != "to"sv) continue;
      size_t purpose = k;
      if (IsIn(v.Lemma(k), {"help", "assist"}) && OpenComplementOf(v, k) != kNone) {
        purpose = OpenComplementOf(v, k);
      }
      if (!IsIn(v.Lemma(purpose), {"help", "assist", "defend", "protect", "secure", "guard",
                                   "support", "bolster", "reinforce", "escort", "shield"})) {
        continue;
      }
      std::vector<Mention> protected_party;
      size_t o = v.Child(purpose, Deprel::kObj);
      if (o != kNone) protected_party = ResolveWithConjuncts(o, "");
      if (protected_party.empty()) protected_party = c.targets;
      if (protected_party.empty() || c.sources.empty() || protected_party[0].code.size() < 3 ||
          c.sources[0].code.size() < 3 ||
          protected_party[0].code.substr(0, 3) == c.sources[0].code.substr(0, 3)) {
        break;  // one's own country: a deployment at home, not protection
      }
      c.code = "074";
      c.targets = protected_party;
      break;
    }
  }
  return c;
}

void DocumentCoder::MatchPartsOfNamedPeople(const Sentence& s) {
  const std::vector<Word>& w = s.words;
  std::vector<bool> covered(w.size(), false);
  for (const PhraseMatch& m : phrases_) {
    for (size_t t = m.begin; t < m.end && t < w.size(); ++t) covered[t] = true;
  }
  auto capitalised_name = [&](size_t t) {
    return t < w.size() && !covered[t] && w[t].upos == Upos::kPROPN && !w[t].form.empty() &&
           w[t].form[0] >= 'A' && w[t].form[0] <= 'Z';
  };
  // A lone name word: not part of a longer name the knowledge base does not
  // know ("Kim Yo Jong" is not Kim Jong Un).
  bool added = false;
  for (size_t t = 0; t < w.size() && !person_name_parts_.empty(); ++t) {
    if (!capitalised_name(t) || (t > 0 && capitalised_name(t - 1)) || capitalised_name(t + 1)) {
      continue;
    }
    auto it = person_name_parts_.find(w[t].form);
    if (it == person_name_parts_.end() || it->second == kAmbiguousPerson) continue;
    // (A month only as a subject or possessor: "May told parliament" is
    // Theresa May, "in May" is not.)
    if (IsIn(w[t].form, {"January", "February", "March", "April", "May", "June", "July",
                         "August", "September", "October", "November", "December"}) &&
        w[t].deprel != Deprel::kNsubj && w[t].deprel != Deprel::kNsubjPass &&
        w[t].deprel != Deprel::kNmodPoss) {
      continue;
    }
    AddWordActorMatch(t, it->second);
    added = true;
  }
  if (added) SortPhrasesByPosition();
  // Remember the words of this sentence's full names of people (one person
  // per match; words of three letters or more, capitalised, no particles).
  for (const PhraseMatch& m : phrases_) {
    if (m.end < m.begin + 2 || m.hits.size() != 1 ||
        m.hits[0].type != static_cast<uint8_t>(EntityType::kActor) ||
        kb_.actors()[m.hits[0].index].kind != ActorKind::kPerson) {
      continue;
    }
    for (size_t t = m.begin; t < m.end && t < w.size(); ++t) {
      const std::string& form = w[t].form;
      if (form.size() < 3 || form[0] < 'A' || form[0] > 'Z' ||
          IsIn(form, {"Abu", "Ibn", "Bin", "Van", "Von", "Der", "Del", "Las", "Los"})) {
        continue;
      }
      auto [it, inserted] = person_name_parts_.try_emplace(form, m.hits[0].index);
      if (!inserted && it->second != m.hits[0].index) it->second = kAmbiguousPerson;
    }
  }
}

void DocumentCoder::CodeSentence(const Sentence& parsed, size_t sentence_index,
                                 std::string_view original, std::string_view doc_id,
                                 std::vector<Event>* out, CodeStats* stats) {
  // Parse errors the rules cannot read around are repaired on a copy.
  const std::optional<Sentence> repaired = RepairedTree(parsed);
  const Sentence& s = repaired ? *repaired : parsed;
  SentenceView view(s);
  view_ = &view;
  phrases_ = kb_.FindPhrases(s);
  // "US" in capitals is the United States; the knowledge base cannot list it
  // because its phrases match case-folded and "us" is a pronoun.
  const int usa = UnitedStatesActor();
  bool added = false;
  for (size_t i = 0; i < s.words.size() && usa >= 0; ++i) {
    if (s.words[i].form != "US"sv) continue;
    bool covered = false;
    for (const PhraseMatch& m : phrases_) covered = covered || (m.begin <= i && i < m.end);
    if (covered) continue;
    AddWordActorMatch(i, static_cast<uint32_t>(usa));
    added = true;
  }
  if (added) SortPhrasesByPosition();
  MatchPartsOfNamedPeople(s);
  // "BOSTON (Reuters) -", "New York (CNN)": a news organisation in
  // brackets credits the story; it takes no part in it (nor does its home
  // country).
  std::erase_if(phrases_, [&](const PhraseMatch& m) {
    if (m.begin == 0 || m.end >= s.words.size() || s.words[m.begin - 1].form != "("sv ||
        s.words[m.end].form != ")"sv) {
      return false;
    }
    for (const dict::PhraseHit& hit : m.hits) {
      if (hit.type != static_cast<uint8_t>(EntityType::kActor) ||
          kb_.actors()[hit.index].kind != ActorKind::kMedia) {
        return false;
      }
    }
    return !m.hits.empty();
  });
  // "Latin American countries", "Central American migrants", "South
  // America": "America" after a region word names the region, not the United
  // States. (Only America: "South Lebanon" is Lebanon, and the knowledge base
  // lists the countries whose names start so, "South Sudan", whole.)
  std::erase_if(phrases_, [&](const PhraseMatch& m) {
    if (m.end != m.begin + 1 || m.begin == 0 || m.hits.empty() ||
        !s.words[m.begin].form.starts_with("America")) {
      return false;
    }
    for (const dict::PhraseHit& hit : m.hits) {
      if (hit.type != static_cast<uint8_t>(EntityType::kActor) ||
          kb_.actors()[hit.index].kind != ActorKind::kCountry) {
        return false;
      }
    }
    size_t before = m.begin - 1;
    if (s.words[before].form == "-"sv && before > 0) --before;
    return IsIn(s.words[before].form, {"Latin", "Central", "South", "North", "Pan", "Meso",
                                       "Ibero"});
  });
  // "Iranian Foreign Minister Abbas Araqchi", with "Abbas" also the listed
  // surname of Mahmoud Abbas: one word that names a person, right before
  // another name word (unknown, or another person's single word), is the
  // first name of someone else.
  std::erase_if(phrases_, [&](const PhraseMatch& m) {
    if (m.end != m.begin + 1 || m.end >= s.words.size() || m.hits.size() != 1 ||
        m.hits[0].type != static_cast<uint8_t>(EntityType::kActor) ||
        kb_.actors()[m.hits[0].index].kind != ActorKind::kPerson) {
      return false;
    }
    const Word& next = s.words[m.end];
    if (next.upos != Upos::kPROPN || next.form.empty() || next.form[0] < 'A' ||
        next.form[0] > 'Z') {
      return false;
    }
    for (const PhraseMatch& o : phrases_) {
      if (o.begin > m.end || m.end >= o.end) continue;
      // (Covered by another match: only another person's single word.)
      return o.end == o.begin + 1 && o.hits.size() == 1 &&
             o.hits[0].type == static_cast<uint8_t>(EntityType::kActor) &&
             kb_.actors()[o.hits[0].index].kind == ActorKind::kPerson &&
             o.hits[0].index != m.hits[0].index;
    }
    return true;
  });
  // "the town of Mocimboa da Praia": a name the knowledge base knows
  // ("Praia", Cape Verde's capital) at the end of a longer name joined by a
  // particle is part of that other name.
  std::erase_if(phrases_, [&](const PhraseMatch& m) {
    if (m.begin < 2) return false;
    const Word& particle = s.words[m.begin - 1];
    const Word& before = s.words[m.begin - 2];
    const bool covered = std::any_of(phrases_.begin(), phrases_.end(), [&](const PhraseMatch& o) {
      return o.begin <= m.begin - 2 && m.begin - 2 < o.end;
    });
    return !covered && IsIn(particle.form, {"da", "de", "do", "dos", "das", "del", "di"}) &&
           !before.form.empty() && before.form[0] >= 'A' && before.form[0] <= 'Z' &&
           (before.upos == Upos::kPROPN || before.upos == Upos::kNOUN);
  });
  phrase_of_.assign(s.words.size(), -1);
  for (size_t i = 0; i < phrases_.size(); ++i) {
    for (size_t t = phrases_[i].begin; t < phrases_[i].end && t < s.words.size(); ++t) {
      phrase_of_[t] = static_cast<int>(i);
    }
  }
  ++stats->sentences;
  bool question = !s.words.empty() && s.words.back().form == "?"sv;
  place_country_.clear();
  // The sentence's place: the first country, seat or listed place inside an
  // "in/at/near ..." phrase ("in the eastern Libyan city of Benghazi").
  for (size_t i = 0; i < s.words.size() && place_country_.empty(); ++i) {
    if (phrase_of_[i] < 0) continue;
    // Walk up to the nominal that carries the preposition.
    size_t n = i;
    std::string prep;
    for (int depth = 0; depth < 4 && n != kNone; ++depth) {
      prep = view.CaseOf(n);
      if (!prep.empty()) break;
      Deprel d = view.w(n).deprel;
      if (d != Deprel::kAmod && d != Deprel::kCompound && d != Deprel::kFlat &&
          d != Deprel::kNmod && d != Deprel::kNmodPoss) {
        break;
      }
      n = view.Head(n);
    }
    // ("Kenya sent police officers to Haiti to fight gangs": where forces
    // are sent is where their acts happen.)
    const bool forces_sent_to =
        prep == "to"sv && n != kNone && view.Head(n) != kNone &&
        IsIn(view.Lemma(view.Head(n)), {"send", "deploy", "dispatch", "redeploy"}) &&
        view.Child(view.Head(n), Deprel::kObj) != kNone &&
        phrase_of_[view.Child(view.Head(n), Deprel::kObj)] >= 0;
    if (!IsIn(prep, {"in", "at", "near", "outside", "inside", "across", "into"}) &&
        !forces_sent_to) {
      continue;
    }
    // ("killed in an Israeli air strike in Gaza": a nationality on an event
    // noun names who acted, not where.)
    if (n != i && n != kNone && view.w(n).upos == Upos::kNOUN &&
        !kb_.NounPatterns(view.Lemma(n)).empty()) {
      continue;
    }
    // ("while Prime Minister Thaksin was in New York": where someone is is
    // not where the sentence's acts happen.)
    if (n != kNone && view.Child(n, Deprel::kCop) != kNone) continue;
    for (const dict::PhraseHit& hit : phrases_[phrase_of_[i]].hits) {
      if (hit.type == static_cast<uint8_t>(EntityType::kPlace)) {
        place_country_ = kb_.places()[hit.index].country;
      } else if (hit.type == static_cast<uint8_t>(EntityType::kActor) &&
                 kb_.actors()[hit.index].kind == ActorKind::kCountry) {
        std::string code = kb_.actors()[hit.index].CodeOn(date_);
        if (code.size() >= 3) place_country_ = code.substr(0, 3);
      }
      if (!place_country_.empty()) break;
    }
  }
  // (Else a place struck or taken as the object: "Russian forces shelled the
  // city of Kherson, killing two civilians" happens in Ukraine.)
  for (size_t i = 0; i < s.words.size() && place_country_.empty(); ++i) {
    if (phrase_of_[i] < 0) continue;
    size_t n = i;
    for (int depth = 0; depth < 4 && n != kNone; ++depth) {
      const Deprel d = view.w(n).deprel;
      if (d == Deprel::kObj) break;
      const bool of_settlement = d == Deprel::kNmod && view.CaseOf(n) == "of"sv &&
                                 view.Head(n) != kNone &&
                                 IsSettlementNoun(view.Lemma(view.Head(n)));
      if (d != Deprel::kCompound && d != Deprel::kFlat && !of_settlement) {
        n = kNone;
        break;
      }
      n = view.Head(n);
    }
    if (n == kNone || view.w(n).deprel != Deprel::kObj) continue;
    // (Not a name that is also an actor: "accusing Khartoum of backing the
    // rebels" names Sudan's government, not where anything happened.)
    std::string country;
    bool actor = false;
    for (const dict::PhraseHit& hit : phrases_[phrase_of_[i]].hits) {
      if (hit.type == static_cast<uint8_t>(EntityType::kPlace) && country.empty()) {
        country = kb_.places()[hit.index].country;
      }
      actor = actor || hit.type == static_cast<uint8_t>(EntityType::kActor);
    }
    if (!actor) place_country_ = country;
  }

  // The story's country, for bare roles before any event has been coded:
  // the first country-level name of the first sentence (a dateline's place
  // is blanked before parsing, so this is the lead's first country).
  if (sentence_index == 0 && first_country_.empty()) {
    for (const PhraseMatch& m : phrases_) {
      for (const dict::PhraseHit& hit : m.hits) {
        if (hit.type != static_cast<uint8_t>(EntityType::kActor) ||
            kb_.actors()[hit.index].kind == ActorKind::kMedia) {
          continue;
        }
        std::string code = kb_.actors()[hit.index].CodeOn(date_);
        if (code.size() < 3 || code.substr(0, 3) == "IGO"sv || code.substr(0, 3) == "NGO"sv ||
            code.substr(0, 3) == "IMG"sv) {
          continue;
        }
        first_country_ = code.substr(0, 3);
        break;
      }
      if (!first_country_.empty()) break;
    }
  }

  // Failing a dictionary name, a gazetteer place in such a phrase ("in
  // Bouake", "near the town of Goma").
  for (size_t i = 0; i < s.words.size() && place_country_.empty(); ++i) {
    if (!IsIn(view.CaseOf(i), {"in", "at", "near", "outside", "inside", "across", "into"})) continue;
    if (view.Child(i, Deprel::kCop) != kNone) continue;
    if (std::optional<Location> loc = LocationAt(i)) {
      // A gazetteer town outside every country the story names is more
      // likely a namesake ("Manger Square") than where the sentence happens.
      std::vector<std::string> context = ContextCountries();
      if (context.empty() || std::find(context.begin(), context.end(), loc->country) != context.end()) {
        place_country_ = loc->country;
      }
    }
    if (!place_country_.empty()) break;
    // "in Jerusalem's Old City", "in the Libyan capital": a country word
    // among the phrase's modifiers.
    for (size_t k : view.Kids(i)) {
      if (phrase_of_[k] < 0) continue;
      for (const dict::PhraseHit& hit : phrases_[phrase_of_[k]].hits) {
        if (hit.type == static_cast<uint8_t>(EntityType::kActor) &&
            kb_.actors()[hit.index].kind == ActorKind::kCountry) {
          std::string code = kb_.actors()[hit.index].CodeOn(date_);
          if (code.size() >= 3) place_country_ = code.substr(0, 3);
        }
        if (!place_country_.empty()) break;
      }
      if (!place_country_.empty()) break;
    }
  }

  std::vector<Candidate> candidates;
  std::vector<int> candidate_of(s.words.size(), -1);
  for (size_t p = 0; p < s.words.size(); ++p) {
    std::optional<Candidate> c = MatchPredicate(p);
    if (!c) continue;
    ++stats->predicates;
    candidate_of[p] = static_cast<int>(candidates.size());
    candidates.push_back(std::move(*c));
  }
  // "vowed to retaliate against U.S. tariffs": retaliation against an
  // economic measure is an economic one, sanctions (163), not force.
  for (Candidate& c : candidates) {
    if (c.pattern == nullptr || c.pattern->lemma != "retaliate"sv || c.code.rfind("19", 0) != 0) {
      continue;
    }
    for (size_t k : view.Kids(c.predicate)) {
      if (view.w(k).deprel == Deprel::kObl && IsIn(view.CaseOf(k), {"against", "for", "to"}) &&
          IsIn(view.Lemma(k), {"tariff", "tariffs", "sanction", "sanctions", "duty", "duties",
                               "levy", "levies", "embargo", "ban", "restriction", "restrictions"}) &&
          kb_.codebook().IsValidCode("163")) {
        c.code = "163";
        // (And a vow or threat to retaliate so threatens sanctions.)
        const size_t governor = view.Head(c.predicate);
        if (view.w(c.predicate).deprel == Deprel::kXcomp && governor != kNone &&
            candidate_of[governor] >= 0 && candidates[candidate_of[governor]].code == "138"sv) {
          candidates[candidate_of[governor]].code = "1312";
        }
      }
    }
  }
  // "met Chinese President Xi Jinping in Beijing and signed 15 agreements":
  // a two-sided act with no other side, conjoined to a two-sided act of the
  // same subject that has one, is with that side.
  for (Candidate& c : candidates) {
    if (!c.targets.empty() || c.sources.empty() || c.pattern == nullptr ||
        !c.pattern->symmetric || view.w(c.predicate).deprel != Deprel::kConj ||
        !IsVerbLike(view.w(c.predicate)) || view.Child(c.predicate, Deprel::kNsubj) != kNone) {
      continue;
    }
    const size_t first = view.Head(c.predicate);
    if (first == kNone || candidate_of[first] < 0) continue;
    const Candidate& g = candidates[candidate_of[first]];
    if (g.pattern == nullptr || !g.pattern->symmetric || g.blocked || g.targets.empty() ||
        g.sources.size() != c.sources.size()) {
      continue;
    }
    bool same = true;
    for (size_t i = 0; i < c.sources.size(); ++i) same = same && c.sources[i].code == g.sources[i].code;
    if (same) c.targets = g.targets;
  }
  // "rallied in Belgrade to demand the resignation of the prime minister",
  // "a protest demanding the release of ...": a protest takes the kind of
  // change its purpose demands (1041 leadership -> 1411, 1042 policy ->
  // 1412, 1043 rights -> 1413, 1044 institutions -> 1414).
  for (Candidate& c : candidates) {
    if (c.code.rfind("141", 0) != 0) continue;
    for (size_t k : view.Kids(c.predicate)) {
      const Deprel d = view.w(k).deprel;
      if ((d != Deprel::kXcomp && d != Deprel::kAdvcl && d != Deprel::kAcl) || candidate_of[k] < 0) {
        continue;
      }
      std::string demand = candidates[candidate_of[k]].code;
      // ("demanding that President Park step down": a demand refined later
      // by what it governs, 0831 here.)
      for (size_t what : view.Kids(k)) {
        const Deprel wd = view.w(what).deprel;
        if (demand.rfind("10", 0) != 0 || (wd != Deprel::kCcomp && wd != Deprel::kXcomp) ||
            candidate_of[what] < 0) {
          continue;
        }
        const Candidate& e = candidates[candidate_of[what]];
        demand = RefineByComplement(demand, e.code, e.pattern != nullptr && !e.pattern->objects.empty());
      }
      if (demand.size() == 4 && demand.rfind("104", 0) == 0 && demand[3] >= '1' && demand[3] <= '4') {
        c.code = "141" + demand.substr(3, 1);
        break;
      }
    }
  }
  if (trace != nullptr) {
    for (size_t i = 0; i < s.words.size(); ++i) {
      const Word& w = s.words[i];
      *trace += std::to_string(i + 1) + "\t" + w.form + "\t" + w.lemma + "\t" + XposName(w.xpos) +
                "\t" + std::to_string(w.head) + "\t" + DeprelName(w.deprel);
      if (phrase_of_[i] >= 0) {
        for (const dict::PhraseHit& hit : phrases_[phrase_of_[i]].hits) {
          if (hit.type == static_cast<uint8_t>(EntityType::kActor)) {
            *trace += "\tactor:" + kb_.actors()[hit.index].CodeOn(date_);
          } else if (hit.type == static_cast<uint8_t>(EntityType::kAgent)) {
            *trace += "\tagent:" + kb_.agents()[hit.index].roles;
          } else if (hit.type == static_cast<uint8_t>(EntityType::kPlace)) {
            *trace += "\tplace";
          }
        }
      }
      *trace += "\n";
    }
    for (const Candidate& c : candidates) {
      *trace += "  candidate " + s.words[c.predicate].form + ": " + c.pattern->ToLine() +
                (c.blocked ? " [blocked]" : "") + (c.future ? " [future]" : "") + " sources:";
      for (const Mention& m : c.sources) *trace += " " + m.code;
      *trace += " targets:";
      for (const Mention& m : c.targets) *trace += " " + m.code;
      *trace += "\n";
    }
  }
  // "Russian troops had not begun pulling out of Gori ..., although Moscow
  // insisted that the withdrawal would start on Monday": a definite event
  // noun names the act mentioned before it, and shares its parties.
  for (Candidate& c : candidates) {
    if (IsVerbLike(view.w(c.predicate)) || !c.targets.empty()) continue;
    size_t det = view.Child(c.predicate, Deprel::kDet);
    if (det == kNone || view.Lemma(det) != "the"sv) continue;
    for (const Candidate& earlier : candidates) {
      if (earlier.predicate >= c.predicate || earlier.targets.empty() ||
          earlier.code.substr(0, 3) != c.code.substr(0, 3)) {
        continue;
      }
      c.targets = earlier.targets;
      if (c.sources.empty()) c.sources = earlier.sources;
    }
  }
  // "Petro accused Israel of genocide and broke off diplomatic relations":
  // relations a second verb of the same subject breaks or restores without
  // naming with whom are with the party the first verb acted on.
  for (Candidate& c : candidates) {
    if (!c.targets.empty() || c.sources.empty() ||
        view.w(c.predicate).deprel != Deprel::kConj || view.Child(c.predicate, Deprel::kNsubj) != kNone) {
      continue;
    }
    const size_t first = view.Head(c.predicate);
    if (first == kNone || candidate_of[first] < 0) continue;
    const std::vector<std::string>& objects = c.pattern->objects;
    if (std::find(objects.begin(), objects.end(), "relation"sv) == objects.end() &&
        std::find(objects.begin(), objects.end(), "tie"sv) == objects.end()) {
      continue;
    }
    const Candidate& g = candidates[candidate_of[first]];
    if (!g.sources.empty() && g.sources.front().code == c.sources.front().code) c.targets = g.targets;
  }
  // "a ceasefire agreement brokered by Norway", "a deal mediated by Russia":
  // a mediator with no stated parties mediates between the event's sides.
  for (Candidate& c : candidates) {
    // ("in a deal mediated by the UAE": or the noun the mediating verb
    // describes.)
    size_t mediated = c.consumed_noun;
    if (mediated == kNone && view.w(c.predicate).deprel == Deprel::kAcl &&
        view.Head(c.predicate) != kNone) {
      mediated = view.Head(c.predicate);
    }
    // ("after talks mediated by Turkey": an event noun that found no sides
    // of its own is no candidate, but still names what was mediated.)
    if (!c.targets.empty() || c.sources.empty() || mediated == kNone ||
        c.code.rfind("045", 0) != 0 ||
        (candidate_of[mediated] < 0 && kb_.NounPatterns(view.Lemma(mediated)).empty())) {
      continue;
    }
    if (candidate_of[mediated] >= 0) {
      const Candidate& event = candidates[candidate_of[mediated]];
      for (const std::vector<Mention>* side : {&event.sources, &event.targets}) {
        for (const Mention& m : *side) {
          bool seen = false;
          for (const Mention& t : c.targets) seen = seen || t.code == m.code;
          if (!seen) c.targets.push_back(m);
        }
      }
    }
    // ("Saudi Arabia restored diplomatic ties with Iran in a deal brokered
    // by China": a deal that names one side only is the act it hangs on,
    // between that act's sides.)
    if (c.targets.size() < 2 && view.Head(mediated) != kNone &&
        candidate_of[view.Head(mediated)] >= 0 &&
        !candidates[candidate_of[view.Head(mediated)]].targets.empty()) {
      const Candidate& act = candidates[candidate_of[view.Head(mediated)]];
      for (const std::vector<Mention>* side : {&act.sources, &act.targets}) {
        for (const Mention& m : *side) {
          bool seen = false;
          for (const Mention& t : c.targets) seen = seen || t.code == m.code;
          if (!seen && m.code != c.sources[0].code) c.targets.push_back(m);
        }
      }
    }
    // "Iran and Saudi Arabia agreed to restore relations, in a deal brokered
    // by China", "Ethiopia and Somalia agreed to restore relations after
    // talks mediated by Turkey": a deal or talks that name no sides are the
    // ones the clause's joint subjects made.
    for (const Candidate& joint : candidates) {
      if (!c.targets.empty()) break;
      if (joint.predicate < c.predicate && IsVerbLike(view.w(joint.predicate)) &&
          joint.sources.size() >= 2 && joint.targets.empty()) {
        for (const Mention& m : joint.sources) {
          if (m.code != c.sources[0].code) c.targets.push_back(m);
        }
      }
    }
    // "Ethiopia and the Tigrayan forces signed a peace deal. The African
    // Union brokered the agreement": "the" deal of no stated sides is the
    // story's latest two-sided one.
    const size_t det = view.Child(mediated, Deprel::kDet);
    if (c.targets.empty() && latest_sides_ && det != kNone &&
        IsIn(view.Lemma(det), {"the", "this", "that"}) && view.Child(mediated, Deprel::kNmod) == kNone) {
      for (const Mention* side : {&latest_sides_->source, &latest_sides_->target}) {
        if (side->code.empty() || side->code == c.sources[0].code) continue;
        Mention m = *side;
        m.first = m.last = mediated;
        c.targets.push_back(m);
      }
      if (c.targets.size() < 2) c.targets.clear();
    }
  }
  // Object nouns a verb pattern used ("imposed sanctions") are not coded
  // again, nor is an event noun governed by another predicate ("a cessation
  // of hostilities", "agreed to end the fighting", "resumed talks"): the
  // governing predicate says what happened to it.
  std::set<size_t> consumed;
  for (Candidate& c : candidates) {
    // ... but only by a verb that found both sides: otherwise the noun's own
    // reading stands ("drew condemnation from X", "launched strikes on Y").
    if (c.consumed_noun != kNone && !c.sources.empty() && !c.targets.empty()) {
      // (A third party's act on a two-sided event that names both sides,
      // "brokered a ceasefire between Israel and Hamas", leaves the event
      // to be coded too.)
      const int n = candidate_of[c.consumed_noun];
      if (n >= 0 && ThirdPartyOnBothSides(view.Lemma(c.predicate), candidates[n])) continue;
      consumed.insert(c.consumed_noun);
      // "announced a $2 billion military aid package for Ukraine": an
      // intent, appeal or demand for aid in general (033) takes the kind of
      // aid its object noun or that noun's compound names (0332).
      if (c.code.size() == 3 && IsIn(c.code.substr(0, 2), {"02", "03", "10"})) {
        std::vector<size_t> kinds = {c.consumed_noun};
        for (size_t k : view.Kids(c.consumed_noun)) {
          if (view.w(k).deprel == Deprel::kCompound) kinds.push_back(k);
        }
        for (size_t k : kinds) {
          if (candidate_of[k] < 0) continue;
          std::string sub = MirroredSubcode(c.code.substr(0, 2), candidates[candidate_of[k]].code);
          if (sub.size() == 4 && sub.compare(0, 3, c.code) == 0) {
            c.code = sub;
            break;
          }
        }
      }
      // "ordered the expulsion of 45 Russian diplomats": a noun whose own
      // pattern matched what it is of says more than a verb pattern that
      // matched the noun alone (mass expulsion, 201).
      // "stopped the transfer of weapons to Syrian Kurdish fighters": stopping
      // aid the noun says is military is stopping military aid (1622).
      if (const int ni = candidate_of[c.consumed_noun];
          ni >= 0 && c.code.rfind("162", 0) == 0 && !candidates[ni].pattern->objects.empty() &&
          candidates[ni].code.size() == 3 && candidates[ni].code.rfind("07", 0) == 0 &&
          candidates[ni].code[2] >= '1' && candidates[ni].code[2] <= '4') {
        c.code = std::string("162") + candidates[ni].code[2];
        continue;
      }
      // "Yemen's Houthis claimed a drone attack on Tel Aviv": an attack
      // claimed is the kind of attack its noun names (1952), not any
      // unconventional violence (180). (A bare "attack", the noun's generic
      // 190, says no kind.)
      if (const int ni = candidate_of[c.consumed_noun];
          ni >= 0 && c.code == "180"sv && !candidates[ni].blocked &&
          IsIn(candidates[ni].code.substr(0, 2), {"18", "19", "20"}) &&
          !(candidates[ni].code.size() == 3 && candidates[ni].code[2] == '0')) {
        c.code = candidates[ni].code;
        continue;
      }
      // (Only for a verb that orders or carries out the act, not one that
      // acts on it: "seized a shipment of Iranian weapons" is no arms aid.)
      if (const int ni = candidate_of[c.consumed_noun];
          ni >= 0 && !candidates[ni].pattern->objects.empty() && !candidates[ni].blocked &&
          candidates[ni].code.substr(0, 2) != c.code.substr(0, 2) &&
          IsIn(view.Lemma(c.predicate), {"order", "announce", "decree", "declare", "decide",
                                         "approve", "authorize", "authorise", "complete",
                                         "begin", "start", "carry", "conduct", "launch",
                                         "make", "implement", "proceed"})) {
        c.code = candidates[ni].code;
        continue;
      }
      // "launched air and missile strikes": a light verb says the act
      // happened, the noun says which act; a more specific noun code wins.
      const int noun_index = candidate_of[c.consumed_noun];
      if (noun_index >= 0 &&
          IsIn(view.Lemma(c.predicate), {"launch", "carry", "conduct", "stage", "mount", "unleash",
                                         "begin", "start", "continue", "intensify", "step"})) {
        const std::string& noun_code = candidates[noun_index].code;
        const std::string verb_root = c.code.substr(0, 2), noun_root = noun_code.substr(0, 2);
        auto force = [](const std::string& r) { return r >= "18" && r <= "20"; };
        const bool generic_verb = c.code.size() == 3 && c.code.back() == '0';
        if (noun_code != c.code &&
            ((noun_root == verb_root && noun_code.size() > c.code.size()) ||
             (generic_verb && (noun_root == verb_root || (force(noun_root) && force(verb_root)))))) {
          c.code = noun_code;
        }
      }
    }
  }
  for (const Candidate& c : candidates) {
    size_t head = view.Head(c.predicate);
    Deprel d = view.w(c.predicate).deprel;
    // "withdraw from the nuclear agreement", "suspended the talks": a verb
    // that undoes or stops the thing means the noun is not a new event.
    // ("ending two years of war": through the span the noun fills; also a
    // gerund, "ending eight days of fighting", even where the parser hung
    // it on the verb itself with "of" as its marker.)
    auto is_ending = [&](size_t x) {
      return x != kNone && IsVerbLike(view.w(x)) &&
             IsIn(view.Lemma(x), {"end", "halt", "stop", "conclude"});
    };
    auto is_span = [&](size_t x) {
      return IsIn(view.Lemma(x), {"year", "month", "week", "day", "decade", "hour"});
    };
    bool of_marker = view.CaseOf(c.predicate) == "of"sv;
    for (size_t k : view.Kids(c.predicate)) {
      of_marker = of_marker ||
                  (k < c.predicate && view.w(k).deprel == Deprel::kMark && view.Lemma(k) == "of"sv);
    }
    if (head != kNone && of_marker &&
        ((is_span(head) && is_ending(view.Head(head))) ||
         (is_ending(head) && c.predicate >= 2 && is_span(c.predicate - 2) &&
          view.Head(c.predicate - 2) == head))) {
      consumed.insert(c.predicate);
      continue;
    }
    if (IsVerbLike(view.w(c.predicate))) continue;
    // "announced the end of its defence agreement with France", "the
    // suspension of talks": what is ended or suspended is not a new event.
    if (head != kNone && d == Deprel::kNmod && view.CaseOf(c.predicate) == "of"sv &&
        !IsVerbLike(view.w(head)) &&
        IsIn(view.Lemma(head), {"end", "termination", "suspension", "cancellation", "collapse",
                                "breakdown", "abandonment", "scrapping", "expiry", "expiration",
                                "annulment", "revocation", "violation", "breach"})) {
      consumed.insert(c.predicate);
      continue;
    }
    if (head != kNone && IsVerbLike(view.w(head)) &&
        IsIn(view.Lemma(head), {"withdraw", "quit", "abandon", "suspend", "end", "cancel", "scrap",
                                "violate", "breach", "leave", "exit", "halt", "stop", "postpone",
                                "delay", "boycott", "reject", "renounce", "break", "defy",
                                "flout", "ignore", "lift", "revoke", "annul", "terminate",
                                "rescind", "nullify", "tear up", "denounce"})) {
      consumed.insert(c.predicate);
      // "withdrew from the nuclear deal with Iran", "scrapped the treaty":
      // leaving or breaking an agreement rejects it (127), and is aimed at
      // the agreement's other parties.
      if (c.code.rfind("057", 0) == 0 && candidate_of[head] >= 0 &&
          IsIn(view.Lemma(head), {"withdraw", "quit", "abandon", "scrap", "leave", "exit",
                                  "renounce", "break", "cancel", "reject", "revoke", "annul",
                                  "terminate", "rescind", "nullify", "tear up", "denounce"}) &&
          kb_.codebook().IsValidCode("127")) {
        Candidate& g = candidates[candidate_of[head]];
        g.code = "127";
        if (g.targets.empty()) {
          for (const Mention& t : c.targets) {
            bool is_source = false;
            for (const Mention& src : g.sources) is_source = is_source || src.code == t.code;
            if (!is_source) g.targets.push_back(t);
          }
        }
      }
      continue;
    }
    if (head != kNone && candidate_of[head] >= 0 &&
        (d == Deprel::kObj || d == Deprel::kNmod || d == Deprel::kNsubjPass ||
         d == Deprel::kObl)) {
      const Candidate& governor = candidates[candidate_of[head]];
      // "agreed to a ceasefire", "accepted a peace deal": agreeing to a
      // truce or a settlement is declaring it (0871, 057); the noun's event
      // stands for the governor's, between the same parties.
      if (IsIn(view.Lemma(head), {"agree", "accept"}) && !governor.blocked &&
          (c.code.rfind("0871", 0) == 0 || c.code.rfind("057", 0) == 0) && !c.sources.empty()) {
        consumed.insert(head);
        continue;
      }
      // ("The EU agreed new sanctions against Russia": sanctions agreed or
      // adopted as the verb's object are imposed, 163, on their target.)
      if (IsIn(view.Lemma(head), {"agree", "adopt", "approve"}) && !governor.blocked &&
          d == Deprel::kObj && c.code.rfind("163", 0) == 0 && !c.sources.empty() &&
          !c.targets.empty()) {
        consumed.insert(head);
        continue;
      }
      // A governor that is blocked or found both sides speaks for the noun
      // ("agreed to end the fighting", "called for a ceasefire"); one that
      // found nobody leaves the noun its own reading.
      // "a cessation of hostilities", "an end to the fighting": the thing a
      // noun event ends or names is part of it, not an event of its own.
      if (!IsVerbLike(view.w(head)) && d == Deprel::kNmod &&
          IsIn(view.CaseOf(c.predicate), {"of", "to"})) {
        consumed.insert(c.predicate);
        continue;
      }
      // Condemning or blaming an attack does not make it unreal: "condemned
      // the government's shelling of Houla" reports the shelling too.
      bool reported_fact = !governor.blocked && governor.code.substr(0, 2) == "11"sv &&
                           c.code.substr(0, 2) >= "17" && c.code.substr(0, 2) <= "20" &&
                           !c.sources.empty();
      if (reported_fact) continue;
      // "on a visit to Libya, condemned ...": a journey the act happens on
      // is an event of its own, not the act's complement. (So is an
      // encounter that is the occasion: "thanked China during Xi Jinping's
      // visit to Belgrade".)
      if ((view.CaseOf(c.predicate) == "on"sv &&
           IsIn(view.Lemma(c.predicate), {"visit", "trip", "tour", "mission"})) ||
          IsOccasion(view, c.predicate)) {
        continue;
      }
      // "told X in a phone call": the call is the event; the telling is
      // what was said in it.
      if (c.code.substr(0, 2) == "04"sv && IsSpeechVerb(view.Lemma(head)) &&
          view.CaseOf(c.predicate) == "in"sv && !c.sources.empty() && !c.targets.empty()) {
        consumed.insert(head);
        continue;
      }
      // ("congratulated Erdogan in a phone call": the call and the act of
      // address made in it are both events.)
      if (c.code == "041"sv && view.CaseOf(c.predicate) == "in"sv && !c.sources.empty() &&
          !c.targets.empty() && IsVerbLike(view.w(head))) {
        continue;
      }
      if (!governor.blocked && ThirdPartyOnBothSides(view.Lemma(head), c)) continue;
      // "pledged $500 million in humanitarian aid to Ukraine": an intent,
      // appeal or demand whose own slots found no target is aimed at the
      // target of the act it governs, and that act's kind refines it within
      // its family (0331 economic aid -> 0333 humanitarian aid). So is a
      // verb of the same act: "approved $500 million in humanitarian aid for
      // Ukraine" (the money pattern's 071 gives way to the noun's 073).
      const std::string governor_root = governor.code.substr(0, 2);
      const bool same_act = governor_root == c.code.substr(0, 2);
      if (!governor.blocked && governor.targets.empty() && !c.targets.empty() &&
          !c.sources.empty() && d == Deprel::kObl && LightVerbOf(c.predicate) == head &&
          ((IsIrrealisGovernor(view.Lemma(head)) && IsIn(governor_root, {"02", "03", "10"})) ||
           same_act)) {
        Candidate& g = candidates[candidate_of[head]];
        g.targets = c.targets;
        if (same_act) {
          g.code = c.code;
        } else if (std::string sub = MirroredSubcode(governor_root, c.code);
                   sub.size() == 4 && sub.compare(0, 3, g.code, 0, 3) == 0) {
          g.code = sub;
        }
        consumed.insert(c.predicate);
        continue;
      }
      if (governor.blocked || (!governor.sources.empty() && !governor.targets.empty()) ||
          IsIrrealisGovernor(view.Lemma(head))) {
        consumed.insert(c.predicate);
      }
    }
  }
  // Issues named anywhere in the sentence tag its events.
  std::vector<std::string> issues;
  for (const PhraseMatch& m : phrases_) {
    for (const dict::PhraseHit& hit : m.hits) {
      if (hit.type != static_cast<uint8_t>(EntityType::kIssue)) continue;
      const std::string& issue = kb_.issues()[hit.index].issue;
      if (std::find(issues.begin(), issues.end(), issue) == issues.end()) issues.push_back(issue);
    }
  }
  // "al Shabaab claimed responsibility for twin bomb attacks that killed 74
  // people": the claimer did the attacks, and the claim is aimed at their
  // victims; a relative clause telling what the attack did is the attack.
  for (Candidate& c : candidates) {
    if (c.code.rfind("015", 0) != 0 || !IsVerbLike(view.w(c.predicate)) || c.sources.empty()) {
      continue;
    }
    size_t act = kNone;
    for (size_t k : view.Kids(c.predicate)) {
      if (view.w(k).deprel == Deprel::kObl && view.CaseOf(k) == "for"sv && candidate_of[k] >= 0)
        act = k;
    }
    size_t obj = Object(c.predicate);
    for (size_t k : obj != kNone ? view.Kids(obj) : std::vector<size_t>{}) {
      if (act == kNone && view.w(k).deprel == Deprel::kNmod && view.CaseOf(k) == "for"sv &&
          candidate_of[k] >= 0) {
        act = k;
      }
    }
    if (act == kNone) continue;
    Candidate& e = candidates[candidate_of[act]];
    if (e.code.substr(0, 2) < "14") continue;  // only acts of force
    for (size_t r : view.Kids(act)) {
      if (view.w(r).deprel != Deprel::kAclRelcl || candidate_of[r] < 0) continue;
      Candidate& result = candidates[candidate_of[r]];
      if (e.targets.empty()) e.targets = result.targets;
      if (result.sources.empty()) consumed.insert(r);
    }
    // "claimed responsibility for a drone attack on a Saudi oil facility",
    // with the target's phrase hung on the claim: it is the attack's.
    for (size_t k : e.targets.empty() ? view.Kids(c.predicate) : std::vector<size_t>{}) {
      if (view.w(k).deprel != Deprel::kObl || k < act ||
          !IsIn(view.CaseOf(k), {"on", "against", "targeting"})) {
        continue;
      }
      e.targets = ResolveWithConjuncts(k, "");
      if (!e.targets.empty()) break;
    }
    if (e.sources.empty()) e.sources = c.sources;
    if (c.targets.empty()) c.targets = e.targets;
  }
  // "killed 50 Boko Haram militants in an air raid": the killing is the
  // raid's, and the raid's kind of force is the more specific code (195,
  // not 190). The noun then says nothing more.
  for (Candidate& c : candidates) {
    if (!IsVerbLike(view.w(c.predicate)) || c.code != "190"sv ||
        !IsIn(view.Lemma(c.predicate), {"kill", "wound", "injure", "hit", "target", "destroy"})) {
      continue;
    }
    // (The phrase may hang on the victims: "killed three Palestinians in a
    // drone strike".)
    std::vector<size_t> phrases = view.Kids(c.predicate);
    if (const size_t o = Object(c.predicate); o != kNone) {
      for (size_t k : view.Kids(o)) phrases.push_back(k);
    }
    for (size_t k : phrases) {
      const Deprel d = view.w(k).deprel;
      if ((d != Deprel::kObl && d != Deprel::kNmod) ||
          !IsIn(view.CaseOf(k), {"in", "with", "during", "by"}) || candidate_of[k] < 0) {
        continue;
      }
      const Candidate& e = candidates[candidate_of[k]];
      const std::string root = e.code.substr(0, 2);
      if ((root != "18"sv && root != "19"sv && root != "20"sv) || e.code == "190"sv ||
          !e.sources.empty()) {
        continue;
      }
      c.code = e.code;
      consumed.insert(k);
      break;
    }
  }
  size_t event_index = 0;
  const size_t first_event = out->size();
  // One event per (source, target, code) a sentence: "imposed a curfew" is
  // one act whether the verb or its object noun reads it.
  std::set<std::tuple<std::string, std::string, std::string>> emitted;
  // The date found for each predicate coded so far in the sentence.
  std::map<size_t, std::string> dated;
  // "arrived in Muscat for talks with U.S. envoy Steve Witkoff. The two
  // sides held indirect negotiations": the sides of two-sided talks named,
  // coded or not, are whom a later "the two sides" means, unless the
  // sentence codes a two-sided event of its own.
  std::optional<ForceAct> named_sides;
  for (const Candidate& c : candidates) {
    if (c.pattern != nullptr && c.pattern->symmetric && c.sources.size() == 1 &&
        c.targets.size() == 1 && !c.sources[0].code.empty() && !c.targets[0].code.empty() &&
        c.sources[0].code != c.targets[0].code && !IsVerbLike(view.w(c.predicate))) {
      named_sides = ForceAct{c.sources[0], c.targets[0], c.code};
    }
  }
  bool sides_coded = false;
  for (Candidate& c : candidates) {
    if (consumed.count(c.predicate)) continue;
    // "said it would not negotiate": refusing a cooperative act is a
    // rejection (12), not a non-event.
    if (c.blocked && c.refusal && !question && options_.future_as_intent) {
      std::string rejection = RefusalCode(c.code);
      if (!rejection.empty() && kb_.codebook().IsValidCode(rejection)) {
        c.code = rejection;
        c.blocked = false;
        c.future = false;
      } else {
        c.refusal = false;
      }
    } else {
      c.refusal = false;
    }
    if (question || c.blocked) {
      ++stats->suppressed;
      continue;
    }
    // "called for sanctions against Turkey", "pressed for talks with the
    // rebels": an appeal's or demand's "for" phrase is what it asks for.
    // Asking for a hostile act against a party is, as in PETRARCH's
    // dictionaries, a threat of it (sanctions 1312, force 138) aimed at
    // that party.
    // ("asked Germany for tanks": a bare "ask" is an appeal only with what
    // it asks for; "asked judges to issue a warrant" is the infinitive's
    // pattern or nothing, "asked Merkel about" a question.)
    // (Only an appeal so read: other dictionaries' plain "ask" patterns,
    // TABARI's 090 for one, keep their own reading.)
    const bool bare_ask = c.pattern != nullptr && c.pattern->lemma == "ask"sv &&
                          c.pattern->objects.empty() && c.pattern->xcomps.empty() &&
                          c.code == "020"sv;
    bool asks_for = false;
    // (With a thing asked as the object, the "for" phrase is the reason:
    // "demanded compensation from Britain for the seizure of its tanker".)
    const size_t asked = Object(c.predicate);
    const bool thing_asked = asked != kNone && view.w(asked).upos == Upos::kNOUN &&
                             !NamesActor(asked) && ResolveNominal(asked) == std::nullopt;
    if (c.complement == kNone && (c.code == "020"sv || c.code == "100"sv) && !thing_asked) {
      // (The "for" phrase may hang on the one asked: "asked the Indian
      // government for consular access".)
      std::vector<size_t> phrases = view.Kids(c.predicate);
      if (const size_t o = Object(c.predicate); o != kNone) {
        for (size_t k : view.Kids(o)) phrases.push_back(k);
      }
      for (size_t k : phrases) {
        if ((view.w(k).deprel != Deprel::kObl && view.w(k).deprel != Deprel::kNmod) ||
            view.CaseOf(k) != "for"sv) {
          continue;
        }
        asks_for = true;
        // "called for the release of detained journalists in Turkey",
        // "called for the freedom of the hostages held by Hamas": an appeal
        // or demand for the release of people (0253, 1053), aimed at whoever
        // holds them, or failing a holder named, at the people themselves.
        if (candidate_of[k] < 0 && c.targets.empty() &&
            IsIn(view.Lemma(k), {"release", "freedom", "freeing", "liberation"})) {
          size_t released = kNone;
          for (size_t g : view.Kids(k)) {
            if (view.w(g).deprel == Deprel::kNmod && view.CaseOf(g) == "of"sv) released = g;
          }
          if (released == kNone) break;
          // (A holder named, "held by Hamas", replaces them below.)
          resolving_target_ = true;
          c.targets = ResolveWithConjuncts(released, "");
          resolving_target_ = false;
          if (!c.targets.empty()) c.code = c.code == "020"sv ? "0253" : "1053";
          break;
        }
        // "The Pope appealed for peace in Ukraine", "called for calm between
        // the two sides": peace asked for settles a dispute (027), calm or
        // restraint de-escalates (0256 / 1056), dialogue is talks (026 /
        // 106); the parties are where or between whom it is asked for.
        // ("called for an immediate ceasefire in Sudan": a truce asked for
        // with no parties of its own de-escalates where it is asked for.)
        // (Not a document's call: "vetoed a resolution calling for a
        // ceasefire in Gaza" is no appeal by the vetoer.)
        const bool partyless_truce =
            candidate_of[k] >= 0 && candidates[candidate_of[k]].targets.empty() &&
            view.w(c.predicate).deprel != Deprel::kAcl &&
            IsIn(view.Lemma(k), {"ceasefire", "cease-fire", "truce"});
        if ((candidate_of[k] < 0 || partyless_truce) && c.targets.empty() &&
            IsIn(view.Lemma(k), {"peace", "reconciliation", "calm", "restraint", "dialogue",
                                 "ceasefire", "cease-fire", "truce"})) {
          std::vector<Mention> parties;
          resolving_target_ = true;
          for (size_t g : view.Kids(k)) {
            if (view.w(g).deprel == Deprel::kNmod && IsIn(view.CaseOf(g), {"in", "between"}) &&
                parties.empty()) {
              parties = ResolveWithConjuncts(g, "");
            }
          }
          resolving_target_ = false;
          if (parties.empty()) break;
          const bool demand = c.code == "100"sv;
          const std::string l = view.Lemma(k);
          c.code = l == "dialogue"sv ? (demand ? "106" : "026")
                   : l == "calm"sv || l == "restraint"sv || partyless_truce
                       ? (demand ? "1056" : "0256")
                       : (demand ? "107" : "027");
          c.targets = parties;
          if (partyless_truce) consumed.insert(k);
          break;
        }
        // "called for an end to the war in Sudan", "demanded an end to
        // Israel's offensive": an end to fighting asked for de-escalates
        // (0256 / 1056), aimed at the fighting's possessor or sides, else
        // at the country it is in.
        if (candidate_of[k] < 0 && c.targets.empty() &&
            IsIn(view.Lemma(k), {"end", "halt", "stop"})) {
          std::vector<Mention> parties = PartiesToEndOf(k, "");
          if (parties.empty()) break;
          c.code = c.code == "100"sv ? "1056" : "0256";
          c.targets = parties;
          // (The war's own event noun is what the appeal is about.)
          for (size_t g : view.Kids(k)) {
            if (view.w(g).deprel == Deprel::kNmod && view.CaseOf(g) == "to"sv &&
                IsFightingNoun(view.Lemma(g)) && candidate_of[g] >= 0) {
              consumed.insert(g);
            }
          }
          break;
        }
        // ("appealed for $4 billion in aid for Sudan": the amount is of
        // what its "in" phrase names.)
        if (candidate_of[k] < 0 && IsMoneyAmount(view.Lemma(k))) {
          for (size_t g : view.Kids(k)) {
            if (view.w(g).deprel == Deprel::kNmod && view.CaseOf(g) == "in"sv &&
                candidate_of[g] >= 0) {
              k = g;
              break;
            }
          }
        }
        // "asked Germany for more air defence systems": material aid asked
        // for by name is an appeal (023x) or a demand (103x) for it; the
        // knowledge base's patterns of seeking it say which aid it is.
        if (candidate_of[k] < 0) {
          std::string aid;
          for (uint32_t i : kb_.VerbPatterns("seek")) {
            const KbPattern& seek = kb_.patterns()[i];
            if (seek.cameo.rfind("023", 0) == 0 && !seek.objects.empty() &&
                ObjectMatches(k, seek.objects)) {
              aid = seek.cameo;
              break;
            }
          }
          if (!aid.empty()) {
            const std::string code = c.code == "100"sv ? "103" + aid.substr(3) : aid;
            if (kb_.codebook().IsValidCode(code)) c.code = code;
            break;
          }
          continue;
        }
        const Candidate& e = candidates[candidate_of[k]];
        const std::string eroot = e.code.substr(0, 2);
        // (Not a deployment, 15: "called for the rapid deployment of an
        // African-led force to the country" is no threat to that country.)
        if (eroot >= "13" && eroot <= "20" && eroot != "15"sv) {
          if (e.targets.empty()) break;
          c.code = eroot == "16"sv   ? "1312"
                   : eroot == "17"sv ? "137"
                   : eroot == "14"sv ? "133"  // "called for protests against the government"
                                     : "138";
          c.targets = e.targets;
        } else {
          c.complement = k;
        }
        break;
      }
    }
    if (bare_ask && !asks_for) continue;
    // Refine a governor (urge, vow, demand, refuse, threaten) by what it governs.
    if (c.complement != kNone && candidate_of[c.complement] >= 0) {
      const Candidate& e = candidates[candidate_of[c.complement]];
      // ("promised he would not invade Ukraine": a negated act does not
      // refine the promise into a threat of it.)
      const bool by_object = e.pattern != nullptr && !e.pattern->objects.empty();
      // ("called on Trump to go on national television": going nowhere
      // named is no visit to refine the appeal with.)
      const bool no_destination = e.targets.empty() && IsIn(e.code, {"042", "043"});
      std::string refined = e.refusal || no_destination
                                ? c.code
                                : RefineByComplement(c.code, e.code, by_object);
      // ("Venezuela and Guyana agreed not to use force": agreeing, asking or
      // demanding that force not be used is about de-escalation, 0356 /
      // 0256 / 1056, never a threat of the force.)
      bool negated = false;
      for (size_t k : view.Kids(c.complement)) {
        negated = negated || (view.w(k).deprel == Deprel::kAdvmod &&
                              IsIn(view.Lemma(k), {"not", "never", "n't"}));
      }
      if (negated && IsIn(std::string_view(e.code).substr(0, 2), {"15", "18", "19", "20"})) {
        const std::string root2 = c.code.substr(0, 2);
        refined = root2 == "03"sv   ? "0356"
                  : root2 == "02"sv ? "0256"
                  : root2 == "10"sv ? "1056"
                                    : c.code;
      }
      // (What an appeal taken as the object asks for, "rejected calls to
      // send missiles", is the governor's to code, not an act of its own.)
      const std::string governor_root = c.code.substr(0, 2);
      if (view.w(c.complement).deprel == Deprel::kAcl && c.complement > c.predicate &&
          IsIn(governor_root, {"02", "03", "10", "12", "13"})) {
        consumed.insert(c.complement);
      }
      // Only a governor that is itself about the complement (appeal, intent,
      // demand, rejection, threat) takes its target: "vowed to attack X" is
      // a threat against X, but "said Y attacked X" is not a statement to X.
      std::string groot = c.code.substr(0, 2);
      // (Considering an option, 014, is about it too: "is considering
      // sending aid to Pakistan" is aimed at Pakistan.)
      const bool considers = c.code == "014"sv;
      bool about_complement = groot == "02"sv || groot == "03"sv || groot == "10"sv ||
                              groot == "12"sv || groot == "13"sv || considers;
      // "denied sending troops to the border with Kosovo": a denial is
      // aimed at the party of the denied act, not at what it moved.
      const bool denial = c.code.rfind("016", 0) == 0;
      c.code = refined;
      // "Russia could attack NATO within five years, German officials
      // warned": force foreseen from a third party is no threat by the one
      // who warns of it.
      if (groot == "13"sv && !e.sources.empty() && !c.sources.empty() &&
          e.code.substr(0, 2) >= "18" && e.sources[0].code.size() >= 3 &&
          c.sources[0].code.size() >= 3 &&
          e.sources[0].code.compare(0, 3, c.sources[0].code, 0, 3) != 0) {
        ++stats->suppressed;
        continue;
      }
      // "called for the withdrawal of U.S.-led coalition forces from Iraq":
      // an appeal or demand for a retreat is aimed at the one to retreat.
      if (c.targets.empty() && (groot == "02"sv || groot == "10"sv) &&
          e.code.rfind("087", 0) == 0 && !e.sources.empty()) {
        c.targets = e.sources;
      }
      if (c.targets.empty() && about_complement) c.targets = e.targets;
      // "demanded that President Ruto withdraw the finance bill": a demand
      // or appeal whose clause names who is to act, and no one acted on, is
      // aimed at that one.
      if (c.targets.empty() && (groot == "02"sv || groot == "10"sv) && !e.sources.empty() &&
          view.w(c.complement).deprel == Deprel::kCcomp &&
          view.Child(c.complement, Deprel::kNsubj) != kNone) {
        c.targets = e.sources;
      }
      if (denial && !e.targets.empty() && view.w(c.complement).xpos == Xpos::kVBG) {
        c.targets = e.targets;
      }
      // "willing to send troops to help defend Sudan": when the complement's
      // object is what it moves, not its target, the complement's own target
      // is the party of an intention or threat ("xcomp.any" took the troops).
      // (A demand or appeal is aimed at the one asked: "demanded that Israel
      // withdraw its forces from Palestinian cities" is aimed at Israel.)
      const std::vector<std::string>& et = e.pattern->targets;
      if ((((groot == "03"sv || groot == "13"sv) && !e.pattern->objects.empty()) || considers) &&
          !e.targets.empty() && std::find(et.begin(), et.end(), "obj"sv) == et.end()) {
        c.targets = e.targets;
      }
      // ("Turkey and Israel agreed to exchange ambassadors": what the
      // complement moves is no party either when it names none; the
      // subjects are then paired. Nor is where it happens: "Turkey and
      // Russia agreed to meet in Ankara", "... to hold talks in Ankara".)
      if (about_complement && c.sources.size() >= 2 && e.pattern->symmetric && e.targets.empty()) {
        const bool moves =
            !e.pattern->objects.empty() && std::find(et.begin(), et.end(), "obj"sv) == et.end();
        const size_t moved = moves ? Object(c.complement) : kNone;
        std::vector<Mention> kept;
        for (const Mention& t : c.targets) {
          const bool inside = t.first != kNone && t.last < view.size();
          const bool is_moved = inside && moved != kNone && t.first <= moved && t.last >= moved;
          const bool venue =
              inside && IsLocativeCase(view.CaseOf(t.last)) &&
              (view.Head(t.last) == c.complement || (moves && view.Head(t.last) == moved));
          if (!is_moved && !venue) kept.push_back(t);
        }
        c.targets = std::move(kept);
      }
    }
    // "spoke by phone with ...", "talked over the telephone": consulting by
    // telephone is 041.
    if (c.code == "040"sv && IsVerbLike(view.w(c.predicate))) {
      for (size_t k : view.Kids(c.predicate)) {
        if (view.w(k).deprel == Deprel::kObl && IsPhoneChannel(view, k)) {
          c.code = "041";
          break;
        }
      }
    }
    // "Doctors Without Borders suspended operations in northern Gaza": an
    // aid organisation that halts its operations cuts humanitarian aid
    // (1623), it ends no fighting (087).
    if (c.code.rfind("087", 0) == 0 && c.sources.size() == 1 &&
        (c.sources[0].code.rfind("NGO", 0) == 0 ||
         c.sources[0].code.find("HLH") != std::string::npos ||
         c.sources[0].code.find("WFP") != std::string::npos ||
         c.sources[0].code.find("REF") != std::string::npos) &&
        kb_.codebook().IsValidCode("1623")) {
      c.code = "1623";
    }
    // "will provide Ukraine with 500 million euros in military aid": aid
    // given as an amount is of the kind its "in" phrase names (072, not the
    // money's 071).
    if ((c.code == "070"sv || c.code == "071"sv) && IsVerbLike(view.w(c.predicate))) {
      for (size_t k : view.Kids(c.predicate)) {
        const Deprel d = view.w(k).deprel;
        if ((d != Deprel::kObj && d != Deprel::kObl) || !IsMoneyAmount(view.Lemma(k))) continue;
        for (size_t g : view.Kids(k)) {
          if (view.w(g).deprel != Deprel::kNmod || view.CaseOf(g) != "in"sv ||
              candidate_of[g] < 0) {
            continue;
          }
          const std::string& kind = candidates[candidate_of[g]].code;
          if (kind.size() == 3 && kind.rfind("07", 0) == 0 && kind != "070"sv) c.code = kind;
        }
      }
    }
    // "China began military drills, firing ballistic missiles into nearby
    // waters": force spent on the sea is a show of force (150).
    if (IsIn(std::string_view(c.code).substr(0, 2), {"19"}) && IsVerbLike(view.w(c.predicate)) &&
        kb_.codebook().IsValidCode("150")) {
      // (The phrase may hang on what was fired: "missiles into waters".)
      std::vector<size_t> phrases = view.Kids(c.predicate);
      if (const size_t o = Object(c.predicate); o != kNone) {
        for (size_t k : view.Kids(o)) phrases.push_back(k);
      }
      for (size_t k : phrases) {
        if ((view.w(k).deprel == Deprel::kObl || view.w(k).deprel == Deprel::kNmod) &&
            IsIn(view.CaseOf(k), {"into", "in"}) &&
            IsIn(view.Lemma(k), {"water", "waters", "sea", "ocean"})) {
          c.code = "150";
        }
      }
    }
    // "Colombian troops killed Raul Reyes", "An Israeli air strike killed
    // Ahmed Jabari": the killing of named people is an assassination (186).
    // "Militants killed more than 100 people in an attack on the village":
    // an armed group's killing of civilians by the hundred is a mass killing
    // (202).
    const std::string_view kill_root = std::string_view(c.code).substr(0, 2);
    if (options_.future_as_intent && !c.targets.empty() &&
        (kill_root == "18"sv || kill_root == "19"sv) && c.code != "181"sv &&
        c.code.rfind("184", 0) != 0 && c.code.rfind("194", 0) != 0) {
      bool named = true, many = true;
      for (const Mention& t : c.targets) {
        size_t h = t.first;
        while (h < view.size() && view.Head(h) != kNone &&
               (view.w(h).deprel == Deprel::kFlat || view.w(h).deprel == Deprel::kCompound ||
                view.w(h).deprel == Deprel::kNmodPoss)) {
          h = view.Head(h);
        }
        // ("killed at least 500 members of Iraq's Yazidi minority": the
        // count the group is of.)
        if (h < view.size() && view.w(h).deprel == Deprel::kNmod && view.CaseOf(h) == "of"sv &&
            view.Head(h) != kNone && view.w(view.Head(h)).upos == Upos::kNOUN) {
          h = view.Head(h);
        }
        // (The one killed: the object of a verb of killing.)
        const size_t verb = h < view.size() ? view.Head(h) : kNone;
        const bool killed =
            verb != kNone &&
            (view.w(h).deprel == Deprel::kObj || view.w(h).deprel == Deprel::kNsubjPass) &&
            IsIn(view.Lemma(verb), {"kill", "assassinate", "slay", "murder", "massacre",
                                    "slaughter", "execute", "eliminate"});
        named = named && killed && t.person;
        many = many && killed && t.code.size() == 6 && t.code.compare(3, 3, "CVL") == 0 &&
               AtLeastAHundred(view, h);
      }
      bool armed_group = !c.sources.empty();
      for (const Mention& m : c.sources) {
        armed_group = armed_group && m.code.size() >= 6 &&
                      IsIn(std::string_view(m.code).substr(3, 3), {"REB", "INS", "UAF", "CRM"});
      }
      bool known_killer = !c.sources.empty();
      for (const Mention& m : c.sources) known_killer = known_killer && !m.code.empty();
      if (named && known_killer && kb_.codebook().IsValidCode("186")) {
        c.code = "186";
      } else if (many && armed_group && kb_.codebook().IsValidCode("202")) {
        c.code = "202";
      }
    }
    // "Russia said it would retaliate if NATO deployed troops in Ukraine",
    // "will strike unless Hamas frees the hostages": force promised on a
    // condition threatens whoever the condition names (CAMEO 13), when the
    // act names no target of its own.
    // ("will take military action if ...": the light verb's clause.)
    size_t promised = c.predicate;
    if (!IsVerbLike(view.w(promised)) && LightVerbOf(promised) != kNone) {
      promised = LightVerbOf(promised);
    }
    if (c.future && options_.future_as_intent && c.targets.empty() && !c.sources.empty() &&
        IsVerbLike(view.w(promised)) && !ThreatCode(c.code).empty()) {
      for (size_t k : view.Kids(promised)) {
        // (The parser may read the condition as a complement clause.)
        const size_t mark = view.Child(k, Deprel::kMark);
        if ((view.w(k).deprel != Deprel::kAdvcl && view.w(k).deprel != Deprel::kCcomp) ||
            mark == kNone || !IsIn(view.Lemma(mark), {"if", "unless"})) {
          continue;
        }
        const size_t subject = view.Child(k, Deprel::kNsubj);
        if (subject == kNone) continue;
        std::optional<Mention> named = ResolveNominal(subject);
        if (named && !named->code.empty() && named->code != c.sources[0].code) {
          c.targets.push_back(*named);
          break;
        }
      }
    }
    if (c.future && options_.future_as_intent) c.code = FutureCode(c.code);
    // "agreed that their countries should cooperate": agreeing on what
    // will or should be done is an intention (03), refined by the act.
    if (c.code == "019"sv && c.pattern->lemma == "agree"sv && IsVerbLike(view.w(c.predicate))) {
      size_t comp = view.Child(c.predicate, Deprel::kCcomp);
      bool modal = false;
      for (size_t k : comp != kNone ? view.Kids(comp) : std::vector<size_t>{}) {
        modal = modal || (view.w(k).deprel == Deprel::kAux &&
                          IsIn(view.Lemma(k), {"should", "will", "would", "must"}));
      }
      if (modal) {
        c.code = candidate_of[comp] >= 0 ? RefineByComplement("030", candidates[candidate_of[comp]].code)
                                         : "030";
      }
    }
    // "admitted that it had shot down a Ukrainian airliner": an admission
    // is aimed at the victims of the admitted act.
    if (c.code.rfind("015", 0) == 0 && c.targets.empty() && c.complement != kNone &&
        candidate_of[c.complement] >= 0) {
      const Candidate& act = candidates[candidate_of[c.complement]];
      if (act.code.substr(0, 2) >= "14") c.targets = act.targets;
    }
    // "apologised for the abduction of Japanese citizens": an apology is
    // owed to the victims of what it is for.
    if (c.code.rfind("055", 0) == 0 && c.targets.empty() && IsVerbLike(view.w(c.predicate))) {
      for (size_t k : view.Kids(c.predicate)) {
        if (!c.targets.empty()) break;
        if (view.w(k).deprel != Deprel::kObl || view.CaseOf(k) != "for"sv) continue;
        if (candidate_of[k] >= 0 && !candidates[candidate_of[k]].targets.empty()) {
          c.targets = candidates[candidate_of[k]].targets;
          continue;
        }
        for (size_t g : view.Kids(k)) {
          if (view.w(g).deprel == Deprel::kNmod && view.CaseOf(g) == "of"sv) {
            c.targets = ResolveWithConjuncts(g, c.sources.size() == 1 ? c.sources[0].code : "");
            break;
          }
        }
      }
    }
    // "condemned Israel's shelling of Lebanese villages": disapproval of an
    // act is aimed at whoever did it.
    if (c.code.substr(0, 2) == "11"sv && IsVerbLike(view.w(c.predicate))) {
      size_t obj = Object(c.predicate);
      const Candidate* act =
          obj != kNone && obj != c.predicate && candidate_of[obj] >= 0 ? &candidates[candidate_of[obj]] : nullptr;
      // (Not when the noun is what the pattern lodges: "lodged a protest
      // with Beijing" is a complaint to Beijing, not about a protest.)
      // ("criticized remarks by the Philippine defense secretary": or of a
      // statement, whoever made it.)
      if (act != nullptr &&
          (act->code.substr(0, 2) >= "14" ||
           (act->code.rfind("01", 0) == 0 && c.targets.empty())) &&
          !act->sources.empty() && !act->sources[0].code.empty() && c.pattern->objects.empty()) {
        c.targets = act->sources;
      }
    }
    // "welcomed the release of the hostages by Hamas", with the agent hung on
    // the verb: approval of a deed is aimed at whoever did it, not at whom
    // it concerned.
    const size_t approved = c.code.rfind("05", 0) == 0 && IsVerbLike(view.w(c.predicate)) &&
                                    !view.IsPassive(c.predicate)
                                ? Object(c.predicate)
                                : kNone;
    if (approved != kNone && view.w(approved).upos == Upos::kNOUN) {
      for (size_t k : view.Kids(c.predicate)) {
        if (view.w(k).deprel != Deprel::kObl || view.CaseOf(k) != "by"sv || k < approved) continue;
        std::vector<Mention> doers = ResolveWithConjuncts(k, "");
        bool own = false;
        for (const Mention& d : doers) own = own || HasCode(c.sources, d.code);
        if (!doers.empty() && !doers[0].code.empty() && !own) c.targets = doers;
        break;
      }
    }
    // "expressed concern over the attack in Lahore": a comment about an act
    // names no party of its own; it is aimed at the act's doer, or failing
    // one, at whom the act struck. So is a judgement of one ("condemned the
    // coup", "denounced the bombing of a mosque in Kabul", "hailed the
    // ceasefire between Israel and Hamas"), whose act is its object.
    const bool comment = c.code.rfind("012", 0) == 0 || c.code.rfind("013", 0) == 0;
    const bool judgement = IsIn(c.code, {"110", "111", "112", "114", "051"});
    // (A party of the commenter's own country: "France condemned the attack
    // on its embassy", "Iran complained about a rally in Tehran".)
    auto own_country = [&](const Mention& m) {
      for (const Mention& src : c.sources) {
        if (src.code.size() >= 3 && m.code.size() >= 3 &&
            m.code.compare(0, 3, src.code, 0, 3) == 0) {
          return true;
        }
      }
      return false;
    };
    if ((comment || judgement) && c.targets.empty() && IsVerbLike(view.w(c.predicate))) {
      // ("drawing condemnation from the United States": the judgement
      // itself, not an act judged.)
      auto same_kind = [&](const Candidate& act) { return act.code.compare(0, 2, c.code, 0, 2) == 0; };
      std::vector<std::string> about = {"over", "about", "regarding", "on", "at"};
      if (judgement) about.insert(about.begin(), "obj");
      for (const std::string& prep : about) {
        for (size_t slot_word : SlotWords(c.predicate, prep, false)) {
          // ("the escalation of fighting between Israel and Hamas": or the
          // act the noun is of.)
          size_t w = slot_word;
          if (candidate_of[w] < 0) {
            for (size_t k : view.Kids(slot_word)) {
              const Deprel d = view.w(k).deprel;
              if (candidate_of[k] >= 0 &&
                  (d == Deprel::kAcl || (d == Deprel::kNmod && view.CaseOf(k) == "of"sv))) {
                w = k;
              }
            }
          }
          if (!c.targets.empty() || candidate_of[w] < 0) continue;
          const Candidate& act = candidates[candidate_of[w]];
          if (same_kind(act)) continue;
          const bool doer = !act.sources.empty() && !act.sources[0].code.empty();
          // (A two-sided act, "fighting between Israel and Hamas", has two doers.)
          std::vector<Mention> parties = doer ? act.sources : act.targets;
          if (act.pattern->symmetric && doer) {
            parties.insert(parties.end(), act.targets.begin(), act.targets.end());
          }
          for (const Mention& m : parties) {
            // (Whom an act struck is no target of its own country's comment.)
            const bool own_side = !doer && HasCountryPrefix(m.code) && own_country(m);
            if (!HasCode(c.sources, m.code) && !m.code.empty() && !own_side) c.targets.push_back(m);
          }
        }
      }
      // "concern about the situation in Myanmar", "over the violence in
      // Sudan": a comment on how things stand in a country is aimed at it,
      // and so is one on an act with no party named ("condemned the coup in
      // Niger", where the parser often hangs the place on the verb).
      for (const std::string& prep : about) {
        for (size_t w : c.targets.empty() ? SlotWords(c.predicate, prep, false)
                                          : std::vector<size_t>{}) {
          if (candidate_of[w] >= 0 && same_kind(candidates[candidate_of[w]])) continue;
          if (candidate_of[w] < 0 &&
              !IsIn(view.Lemma(w), {"situation", "crisis", "violence", "unrest", "instability",
                                    "tension", "tensions", "development", "developments",
                                    "event", "events", "conflict", "fighting", "escalation",
                                    "deterioration", "turmoil"})) {
            continue;
          }
          std::vector<size_t> places;
          for (size_t k : view.Kids(w)) {
            if (view.w(k).deprel == Deprel::kNmod && view.CaseOf(k) == "in"sv) places.push_back(k);
          }
          if (prep == "obj"sv && places.empty()) {
            for (size_t k : view.Kids(c.predicate)) {
              if (k > w && view.w(k).deprel == Deprel::kObl && view.CaseOf(k) == "in"sv) {
                places.push_back(k);
              }
            }
          }
          for (size_t k : places) {
            for (const Mention& m : ResolveWithConjuncts(k, "")) {
              if (!HasCode(c.sources, m.code) && m.kind == ActorKind::kCountry && !m.code.empty() &&
                  !own_country(m)) {
                c.targets.push_back(m);
              }
            }
          }
        }
      }
    }
    // "warned that an Israeli offensive on Rafah would lead to a massacre":
    // a warning (13) that names no party is aimed at the doer of the act it
    // warns about (or at the party the warned clause is about: "warned that
    // Iran would pay a heavy price"). (Not a statement of concern, 012:
    // "warned that Syrian civilians faced hunger" targets no one.)
    if (c.targets.empty() && IsVerbLike(view.w(c.predicate)) &&
        IsIn(view.Lemma(c.predicate), {"warn", "caution"}) && c.code.rfind("13", 0) == 0) {
      const size_t warned = view.Child(c.predicate, Deprel::kCcomp);
      const size_t about = warned != kNone ? view.Child(warned, Deprel::kNsubj) : kNone;
      std::vector<Mention> parties;
      if (about != kNone && candidate_of[about] >= 0) {
        parties = candidates[candidate_of[about]].sources;
      } else if (about != kNone) {
        // (Named in the clause, not by anaphora: "warned that the country
        // was sliding toward fragmentation" is about his own.)
        bool named = phrase_of_[about] >= 0;
        for (size_t k : view.Kids(about)) named = named || phrase_of_[k] >= 0;
        if (named) parties = ResolveWithConjuncts(about, "");
      }
      for (const Mention& m : parties) {
        if (!m.code.empty() && !own_country(m)) c.targets.push_back(m);
      }
    }
    // "A Ukrainian drone attack set fire to an oil depot", "Israeli shelling
    // set fire to a hospital": what rioters' verbs (145) say of an attack
    // is the attack's own act.
    if (c.code.rfind("145", 0) == 0 && IsVerbLike(view.w(c.predicate))) {
      const size_t subj = Subject(c.predicate);
      if (subj != kNone && candidate_of[subj] >= 0) {
        const std::string& noun_code = candidates[candidate_of[subj]].code;
        if (IsIn(noun_code.substr(0, 2), {"18", "19", "20"})) c.code = noun_code;
      }
    }
    // "a suicide bomber killed 20 Israelis", "a car bomb killed ...": a
    // generic killing whose subject is itself an assault noun is that
    // assault (18x), not military force.
    if (c.code.substr(0, 2) == "19"sv && IsVerbLike(view.w(c.predicate))) {
      size_t subj = Subject(c.predicate);
      if (subj != kNone && candidate_of[subj] >= 0) {
        const std::string& noun_code = candidates[candidate_of[subj]].code;
        // ("An explosion of ammonium nitrate stored at the port killed
        // ...": a blast of something that is not a weapon is an accident.)
        bool accident = false;
        if (IsIn(view.Lemma(subj), {"explosion", "blast", "fire", "detonation"})) {
          for (size_t k : view.Kids(subj)) {
            accident = accident || (view.w(k).deprel == Deprel::kNmod && view.CaseOf(k) == "of"sv &&
                                    !IsIn(view.Lemma(k),
                                          {"bomb", "device", "car", "mine", "grenade", "shell",
                                           "rocket", "missile", "explosive", "ied", "bomb-laden"}));
          }
        }
        if (accident) {
          c.sources.clear();
        } else if (noun_code.substr(0, 2) == "18"sv) {
          c.code = noun_code;
          // "A roadside bombing killed a U.S. soldier": nobody named.
          if (c.sources.empty() && !c.targets.empty()) c.sources.push_back(Mention{});
        } else if (c.code == "190"sv && noun_code.substr(0, 2) == "19"sv && noun_code != "190"sv) {
          // "Israeli air strikes killed 20 people": the killing is the air
          // strike (195), the noun's more specific force.
          c.code = noun_code;
        }
      }
    }
    // "Israeli aircraft struck Hamas positions": force used from the air is
    // aerial weapons (195).
    if (c.code == "190"sv && IsVerbLike(view.w(c.predicate))) {
      const size_t subj = Subject(c.predicate);
      // ("fighters" alone are combatants, "Boko Haram fighters killed 30
      // villagers"; "fighter jets" have "jet" as head.)
      bool air_force = false;
      for (size_t k : subj != kNone ? view.Kids(subj) : std::vector<size_t>{}) {
        air_force =
            air_force || (view.w(k).deprel == Deprel::kCompound && view.Lemma(k) == "air"sv &&
                          IsIn(view.Lemma(subj), {"force", "forces"}));
      }
      if (subj != kNone &&
          (air_force || IsIn(view.Lemma(subj), {"aircraft", "warplane", "jet", "bomber", "plane",
                                                "helicopter", "gunship", "drone", "airplane"}))) {
        // ("Ukrainian drones struck an oil refinery": remotely piloted, 1952.)
        c.code =
            view.Lemma(subj) == "drone"sv && kb_.codebook().IsValidCode("1952") ? "1952" : "195";
      }
    }
    // "Russian missiles struck an apartment building", "Israeli shells hit a
    // school": a weapon as the subject says which force it was, missiles
    // aerial weapons (195, as CAMEO defines them), shells and rockets
    // artillery (194), also where the object alone suggested a bombing.
    if ((c.code == "190"sv || c.code == "1834"sv) && IsVerbLike(view.w(c.predicate))) {
      const size_t subj = Subject(c.predicate);
      if (subj != kNone && IsIn(view.Lemma(subj), {"missile", "missiles", "cruise missile"})) {
        c.code = "195";
      } else if (subj != kNone && IsIn(view.Lemma(subj), {"shell", "shells", "rocket", "rockets",
                                                         "mortar", "mortars", "artillery",
                                                         "shelling"})) {
        c.code = "194";
      }
    }
    // "U.S. Marines launched an assault on Fallujah": an armed force's
    // assault is military force (19); CAMEO keeps the generic 18 for
    // unconventional violence.
    // So is a state's: "The United States and Britain launched strikes on
    // Houthi targets" (a country, its government or a military alliance).
    if (c.code == "180"sv && !c.sources.empty()) {
      bool military = true;
      for (const Mention& src : c.sources) {
        const bool state = !src.person && HasCountryPrefix(src.code) &&
                           (src.code.size() == 3 || src.code.substr(3) == "GOV"sv);
        const bool alliance = src.code == "IGOWSTNAT"sv;
        military = military && (state || alliance ||
                                (src.code.size() >= 6 &&
                                 src.code.compare(src.code.size() - 3, 3, "MIL") == 0));
      }
      if (military) c.code = "190";
    }
    // "seized about 300 women as slaves": seizing civilians is abduction
    // (181), not the seizure of territory or property (19x, 17x).
    if (IsIn(c.code, {"192", "1711", "171"}) && !c.targets.empty() &&
        IsIn(view.Lemma(c.predicate), {"seize", "capture", "grab", "take", "snatch"})) {
      size_t o = Object(c.predicate);
      if (o != kNone &&
          IsIn(view.Lemma(o), {"woman", "women", "man", "men", "child", "children", "girl", "girls",
                               "boy", "boys", "schoolgirl", "schoolgirls", "civilian", "civilians",
                               "people", "villager", "villagers", "resident", "residents",
                               "student", "students", "worker", "workers", "tourist",
                               "tourists", "passenger", "passengers", "member", "members"})) {
        c.code = "181";
      }
    }
    // "Hezbollah guerrillas captured two Israeli soldiers": armed groups do
    // not arrest; their seizing of people is abduction (181).
    if (c.code.rfind("173", 0) == 0 && !c.sources.empty() && c.sources[0].code.size() >= 6 &&
        c.sources[0].code.substr(0, 3) != "IGO"sv) {
      const std::string role = c.sources[0].code.substr(c.sources[0].code.size() - 3);
      if (role == "REB"sv || role == "INS"sv || role == "UAF"sv || role == "CRM"sv) c.code = "181";
    }
    // "Bolivian troops stormed the presidential palace": armed forces or
    // armed groups storming a building use force (190); a riot (145) is a
    // crowd's.
    if (c.code == "145"sv && !c.sources.empty() && c.sources[0].code.size() >= 6 &&
        IsIn(view.Lemma(c.predicate), {"storm", "raid", "overrun", "break into"}) &&
        IsIn(std::string_view(c.sources[0].code).substr(3, 3), {"MIL", "REB", "INS", "UAF"})) {
      c.code = "190";
      // (A seat of government stormed is the government's: the rule for a
      // riot's own government does not apply to force.)
      const size_t o = Object(c.predicate);
      if (c.targets.empty() && o != kNone && HasCountryPrefix(c.sources[0].code) &&
          IsIn(view.Lemma(o), {"palace", "parliament", "ministry", "capitol", "congress",
                               "assembly", "legislature", "statehouse"})) {
        c.targets.push_back(CountryMention(c.sources[0].code.substr(0, 3) + "GOV", o, o));
      }
    }
    // "protesters stormed the embassy": unarmed crowds using force against
    // things or officials riot (145); CAMEO keeps 19 for armed forces and
    // 18 for planned violence (a crowd "attacking the embassy" is no bombing).
    // (Petrol bombs hurled by demonstrators too: 183.)
    if (IsIn(c.code, {"180", "183", "1834", "190", "191", "192", "193"}) && !c.sources.empty() &&
        IsProtesterMention(c.sources[0])) {
      c.code = "145";
    }
    // "Troops surrounded the presidential palace", "police blocked the
    // roads to parliament": the state's armed forces and police do not
    // demonstrate; their blockade restricts movement (191). (Unless they
    // are protesting themselves: "police officers protesting against cuts
    // blocked roads".)
    if (c.code == "144"sv && !c.sources.empty() && c.sources[0].code.size() >= 6 &&
        HasCountryPrefix(c.sources[0].code) &&
        IsIn(std::string_view(c.sources[0].code).substr(3, 3), {"MIL", "COP"})) {
      bool protesting = false;
      const size_t subject = Subject(c.predicate);
      for (size_t k : subject != kNone ? view.Kids(subject) : std::vector<size_t>{}) {
        protesting = protesting ||
                     ((view.w(k).deprel == Deprel::kAcl || view.w(k).deprel == Deprel::kAclRelcl) &&
                      IsIn(view.Lemma(k), {"protest", "demonstrate", "strike", "rally", "march",
                                           "mutiny", "revolt", "demand"}));
      }
      if (!protesting) c.code = "191";
    }
    // "The Philippines protested the presence of Chinese ships": a state
    // protests officially (114); crowds demonstrate (141). (A people named
    // by a plural, "thousands of Filipinos", is a crowd.)
    size_t protester = Subject(c.predicate);
    // ("marched in Kyiv demanding the government resign": the subject of
    // the clause the participle or conjunct belongs to.)
    if (protester == kNone && view.Head(c.predicate) != kNone &&
        (view.w(c.predicate).deprel == Deprel::kAdvcl || view.w(c.predicate).deprel == Deprel::kConj ||
         view.w(c.predicate).deprel == Deprel::kXcomp)) {
      protester = Subject(view.Head(c.predicate));
    }
    // ("Israelis protested against the government": a people named by a
    // plural is a crowd too, when it is the protest's own subject; not in
    // other acts, "Israelis and Palestinians resumed talks".)
    const bool crowd =
        protester != kNone &&
        (IsCrowdSize(view.Lemma(protester)) ||
         (c.code.rfind("14", 0) == 0 && view.Head(protester) == c.predicate &&
          view.w(protester).deprel == Deprel::kNsubj && IsPeoplePlural(protester)));
    if (c.code == "141"sv && view.Lemma(c.predicate) == "protest"sv && !c.sources.empty() &&
        !crowd &&
        (c.sources[0].kind == ActorKind::kIgo ||
         (HasCountryPrefix(c.sources[0].code) &&
          (c.sources[0].code.size() == 3 || c.sources[0].code.substr(3) == "GOV"sv)))) {
      c.code = "114";
    }
    // "Thousands of Israelis protested in Tel Aviv against the judicial
    // overhaul": a crowd of a nation is its civilians, and a protest against
    // a policy, with no party named, is against their government.
    // (Whatever else the crowd does: "demanding the government resign".)
    if (!c.sources.empty() && c.sources[0].code.size() == 3 &&
        HasCountryPrefix(c.sources[0].code) && crowd) {
      // (Remembered as such too: "police used tear gas to disperse them".)
      for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
        if (it->code == c.sources[0].code && it->first == c.sources[0].first &&
            it->last == c.sources[0].last) {
          it->code += "CVL";
          break;
        }
      }
      c.sources[0].code += "CVL";
      // ("protested in Tel Aviv against the judicial overhaul": a crowd's
      // protest aimed at its own country is aimed at its government.)
      if (c.code.rfind("14", 0) == 0) {
        for (Mention& t : c.targets) {
          if (t.code.size() == 3 && c.sources[0].code.compare(0, 3, t.code) == 0) {
            t.code += "GOV";
          }
        }
      }
      if (c.targets.empty()) {
        for (size_t k : view.Kids(c.predicate)) {
          if (view.w(k).deprel == Deprel::kObl && view.CaseOf(k) == "against"sv) {
            c.targets.push_back(CountryMention(c.sources[0].code.substr(0, 3) + "GOV", k, k));
            break;
          }
        }
      }
    }
    // "filed a case at the International Court of Justice accusing Israel of
    // genocide": a lawsuit is brought against whom it accuses, not the court
    // it is filed at.
    if (c.code.rfind("115", 0) == 0 && IsVerbLike(view.w(c.predicate))) {
      const size_t suit = Object(c.predicate);
      for (size_t a : suit != kNone ? view.Kids(suit) : std::vector<size_t>{}) {
        if (view.w(a).deprel != Deprel::kAcl ||
            !IsIn(view.Lemma(a), {"accuse", "charge", "allege", "blame"})) {
          continue;
        }
        const size_t accused = Object(a);
        if (accused == kNone) continue;
        std::vector<Mention> parties = ResolveWithConjuncts(accused, "");
        if (!parties.empty()) c.targets = std::move(parties);
        break;
      }
    }
    // "Sudan's military removed President Omar al-Bashir from power": armed
    // forces that remove or oust the government take power by force, as a
    // coup (190), not as a dismissal (172). (The leader may already be
    // coded ELI on the day after.)
    if (c.code == "172"sv && IsVerbLike(view.w(c.predicate)) &&
        IsIn(view.Lemma(c.predicate), {"remove", "oust"}) && !c.sources.empty() &&
        !c.targets.empty() && c.sources[0].code.size() == 6 && c.targets[0].code.size() >= 6 &&
        std::string_view(c.sources[0].code).substr(3) == "MIL"sv &&
        IsIn(std::string_view(c.targets[0].code).substr(3, 3), {"GOV", "ELI"})) {
      c.code = "190";
    }
    // "The military seized power in Gabon", "a coup attempt by a faction of
    // the military": a coup with no target named is against the government
    // of the plotters' own country.
    if (c.code == "190"sv && c.targets.empty() && !c.sources.empty() &&
        HasCountryPrefix(c.sources[0].code) &&
        (IsIn(view.Lemma(c.predicate), {"coup", "putsch", "takeover", "attempt"}) ||
         (IsIn(view.Lemma(c.predicate), {"seize", "take", "grab", "stage", "launch"}) &&
          Object(c.predicate) != kNone &&
          IsIn(view.Lemma(Object(c.predicate)),
               {"power", "coup", "putsch", "takeover", "mutiny"})))) {
      c.targets.push_back(CountryMention(c.sources[0].code.substr(0, 3) + "GOV", c.predicate,
                                         c.predicate));
    }
    // "Soldiers blocked roads in the capital": obstructing passage is a
    // form of protest (144); a state's forces blocking roads restrict
    // movement (191), unless they are the ones protesting ("police officers
    // protesting against cuts blocked roads").
    if (c.code.rfind("144", 0) == 0 && !c.sources.empty() && c.sources[0].code.size() >= 6 &&
        HasCountryPrefix(c.sources[0].code) &&
        IsIn(std::string_view(c.sources[0].code).substr(3, 3), {"MIL", "COP", "GOV", "SPY"})) {
      bool protesting = false;
      if (const size_t subj = Subject(c.predicate); subj != kNone) {
        for (size_t k : view.Kids(subj)) {
          protesting = protesting ||
                       ((view.w(k).deprel == Deprel::kAcl || view.w(k).deprel == Deprel::kAclRelcl) &&
                        IsIn(view.Lemma(k), {"protest", "demonstrate", "strike", "march", "rally",
                                             "mutiny", "riot"}));
        }
      }
      if (!protesting) c.code = "191";
    }
    // "Two nightclubs were bombed": violence with no stated perpetrator is
    // coded with an unknown source (null in the output), as coders do.
    std::string root = c.code.substr(0, 2);
    if (c.sources.empty() && c.agentless_passive && !c.targets.empty() && root >= "17" &&
        root <= "20") {
      c.sources.push_back(Mention{});
      // Killing by an unknown hand is assault (18), not military force (19):
      // CAMEO keeps 19 for fighting between organised armed forces.
      if (root == "19"sv) {
        c.code = "180";
        root = "18";
      }
    }
    // "Ethiopia and Eritrea signed a peace agreement", "India and Pakistan
    // agreed to resume talks": a compound subject with no other party did it
    // with each other; the conjuncts are paired both ways.
    // Only mutual acts pair their subjects: "agreed", "signed", "met" (not
    // "pledged aid", which several donors do side by side).
    // (A refusal is one side's act: "would not meet X" is not mutual.)
    // (Nor a unilateral one: "announced a unilateral ceasefire with the
    // Taliban" is the announcer's.)
    bool symmetric = (c.pattern->symmetric || c.mutual) && !c.refusal && !Unilateral(c);
    // "Armenia and Azerbaijan accused each other": a reciprocal object pairs
    // the subjects, whatever the act.
    bool reciprocal = false;
    for (size_t k : view.Kids(c.predicate)) {
      const Deprel d = view.w(k).deprel;
      if (d != Deprel::kObj && d != Deprel::kIobj && d != Deprel::kObl) continue;
      // ("each other" as UD writes it, each + fixed other, or as the parser
      // may read it; "one another" likewise.)
      const std::string& lemma = view.Lemma(k);
      const bool each_other = (lemma == "each"sv || lemma == "one"sv) && k + 1 < view.size() &&
                              IsIn(view.Lemma(k + 1), {"other", "another"});
      const bool other_each = IsIn(lemma, {"other", "another"}) && k > 0 &&
                              IsIn(view.Lemma(k - 1), {"each", "one"}) && view.Head(k - 1) == k;
      reciprocal = reciprocal || each_other || other_each;
    }
    bool mutual = symmetric || reciprocal ||
                  IsIn(c.pattern->lemma, {"agree", "sign", "reach", "conclude", "settle", "resume",
                                          "restore", "normalize", "normalise", "establish"}) ||
                  SharedTwoSidedObject(c) != kNone;
    // ("London and Paris pledged to step up cooperation": a joint pledge
    // of cooperation between the pledgers is mutual too.)
    if (!mutual && root == "03"sv && IsVerbLike(view.w(c.predicate))) {
      // (Or pledged as the verb's own object: "Putin and Xi pledged deeper
      // cooperation".)
      const size_t x = OpenComplementOf(view, c.predicate);
      const size_t xo = x != kNone ? Object(x) : Object(c.predicate);
      mutual = (x != kNone && IsIn(view.Lemma(x), {"cooperate", "collaborate", "coordinate"})) ||
               (xo != kNone && IsIn(view.Lemma(xo), {"cooperation", "collaboration", "coordination",
                                                      "partnership", "tie", "relation", "dialogue",
                                                      "contact", "trade", "friendship"}) &&
                view.Child(xo, Deprel::kNmodPoss) == kNone);
    }
    // "Santos and FARC leader Londono signed ...", where the parser made the
    // second signatory an apposition of the first: a mutual act with one
    // side takes an apposition of another actor as the other side.
    if (mutual && c.targets.empty() && c.sources.size() == 1 && IsVerbLike(view.w(c.predicate))) {
      size_t subj = Subject(c.predicate);
      for (size_t k : subj != kNone ? view.Kids(subj) : std::vector<size_t>{}) {
        if (view.w(k).deprel != Deprel::kAppos) continue;
        std::optional<Mention> other = ResolveNominal(k);
        if (other && !other->code.empty() && other->code != c.sources[0].code &&
            (other->code.size() < 3 || c.sources[0].code.size() < 3 ||
             other->code.substr(3) != c.sources[0].code.substr(3))) {
          c.sources.push_back(*other);
          break;
        }
      }
    }
    // ("Saudi Arabia and Iran agreed to reopen their embassies": what the
    // subjects share is theirs; the other side is the other subject, not
    // whoever "their" was taken for.)
    if (const size_t shared = SharedTwoSidedObject(c); shared != kNone) {
      const size_t poss = view.Child(shared, Deprel::kNmodPoss);
      std::vector<Mention> kept;
      for (const Mention& t : c.targets) {
        const bool from_shared = t.first != kNone && t.first >= poss && t.last != kNone &&
                                 t.last <= shared;
        if (!from_shared) kept.push_back(t);
      }
      c.targets = std::move(kept);
    }
    // ("India and China agreed to disengage troops": a bare role as the
    // object of a mutual act by two countries is their own forces, not one
    // side's; the sides are paired.)
    if (mutual && c.sources.size() >= 2 && !c.targets.empty()) {
      bool own_forces = true;
      for (const Mention& t : c.targets) {
        bool a_source_country = false;
        for (const Mention& src : c.sources) {
          a_source_country = a_source_country || (src.code.size() >= 3 && t.code.size() > 3 &&
                                                  src.code.compare(0, 3, t.code, 0, 3) == 0);
        }
        // (Or named through the subjects' own "their": "agreed to resume
        // regular visits by their leaders".)
        bool theirs = false;
        if (t.first != kNone && t.last != kNone) {
          for (size_t i = t.first; i <= t.last && i < view.size() && !theirs; ++i) {
            const size_t poss = view.Child(i, Deprel::kNmodPoss);
            theirs = poss != kNone && view.Form(poss) == "their"sv;
          }
        }
        own_forces = own_forces && (t.country_from_context || theirs) && !t.person &&
                     a_source_country;
      }
      if (own_forces) c.targets.clear();
    }
    // "Russia expelled 20 diplomats", "Sudan expelled aid workers": who is
    // expelled, or whose diplomats, is another party, so a bare role that
    // took the source's own country from the story is no target.
    // "Boluarte declared a state of emergency in Lima": a domestic act
    // (yielding, protest, coercion) placed in the actor's own seat of
    // government is aimed at its country, not at the government itself.
    if (IsIn(std::string_view(c.code).substr(0, 2), {"08", "14", "17"})) {
      for (Mention& t : c.targets) {
        const bool placed = t.locative || (t.last != kNone && t.last < view.size() &&
                                           IsIn(view.CaseOf(t.last), {"in", "at"}));
        if (!placed) continue;
        for (const Mention& src : c.sources) {
          if (t.code == src.code && t.code.size() == 6 && t.code.compare(3, 3, "GOV") == 0 &&
              HasCountryPrefix(t.code)) {
            t.code = t.code.substr(0, 3);
            t.kind = ActorKind::kCountry;
            break;
          }
        }
      }
    }
    if (c.code == "161"sv || c.code.rfind("166", 0) == 0) {
      std::erase_if(c.targets, [&](const Mention& t) {
        return t.country_from_context && !t.person && t.code.size() > 3 && own_country(t);
      });
    }
    bool pair_sources = c.targets.empty() && c.sources.size() >= 2 && mutual;
    // A domestic act with no stated target ("the president resigned", "the
    // army declared martial law", "protesters blocked roads") is directed at
    // the actor's own country; protest at its government.
    bool domestic_root = root == "08"sv || root == "14"sv || root == "17"sv;
    // ("agreed to resign": an intent to change leadership or institute
    // reform, 034x, is domestic too.)
    const bool domestic_intent = c.code.rfind("034", 0) == 0;
    // (Not when the object names an owner the coder could not resolve:
    // "boarded Philippine boats and seized their weapons" is no act on
    // China.)
    if (domestic_root && c.code.rfind("171", 0) == 0 && IsVerbLike(view.w(c.predicate))) {
      const size_t o = Object(c.predicate);
      const size_t owner = o != kNone ? view.Child(o, Deprel::kNmodPoss) : kNone;
      if (owner != kNone && view.w(owner).upos == Upos::kPRON) domestic_root = false;
    }
    // "Rebels seized the town of Bunagana": territory taken by a country's
    // own insurgents, with no place the gazetteer knows, is taken from that
    // country (as the gold codes CODREB -> COD 192).
    if (c.code.rfind("192", 0) == 0 && c.pattern->target_optional && c.sources.size() == 1 &&
        c.sources[0].code.size() == 6 && HasCountryPrefix(c.sources[0].code) &&
        IsIn(c.sources[0].code.substr(3), {"REB", "INS", "UAF"})) {
      domestic_root = true;
    }
    // ("Thousands of Israelis rallied in Tel Aviv to demand a hostage
    // deal": the people a protest's purpose names, its own country's, are
    // not whom it is against; with none other, it is against its
    // government, below.)
    if (root == "14"sv && IsVerbLike(view.w(c.predicate)) && !c.targets.empty() &&
        c.sources.size() == 1 && c.sources[0].code.size() >= 3 &&
        HasCountryPrefix(c.sources[0].code)) {
      bool own_people = true;
      for (const Mention& t : c.targets) {
        own_people = own_people && t.code.size() == 6 &&
                     t.code.compare(0, 3, c.sources[0].code, 0, 3) == 0 &&
                     !IsIn(std::string_view(t.code).substr(3),
                           {"GOV", "MIL", "COP", "LEG", "JUD", "SPY", "ELI", "PTY"});
      }
      if (own_people) c.targets.clear();
    }
    if (c.targets.empty() && !pair_sources &&
        ((c.pattern->target_optional && domestic_root) || domestic_intent) &&
        !c.sources.empty() && HasCountryPrefix(c.sources[0].code)) {
      const std::string country = c.sources[0].code.substr(0, 3);
      // ("Lebanese army troops deployed along the border as Israeli forces
      // withdrew": a retreat is from the other country the sentence names,
      // not from one's own.)
      const std::string other =
          c.code == "0874"sv &&
                  IsIn(view.Lemma(c.predicate), {"withdraw", "retreat", "pull", "surrender"})
              ? OtherCountryNamed(country)
              : std::string();
      c.targets.push_back(CountryMention(root == "14"sv  ? country + "GOV"
                                         : other.empty() ? country
                                                         : other,
                                         kNone, kNone));
    }
    // "Sri Lanka declared a state of emergency", "Iran released 200
    // prisoners", "Cuba freed 53 dissidents": a state doing to its own
    // country what only a government does is its government. Other acts of a
    // country on itself, "Libya's decision to give up its weapons", stay
    // uncoded. (A verb's act: "eased restrictions on foreign workers" is not
    // itself a restriction by the state.)
    if ((c.code.rfind("172", 0) == 0 || c.code == "0841"sv || c.code == "0811"sv) &&
        view.w(c.predicate).upos == Upos::kVERB && c.sources.size() == 1 &&
        c.sources[0].code.size() == 3) {
      for (const Mention& t : c.targets) {
        if (t.code == c.sources[0].code) {
          c.sources[0].code += "GOV";
          break;
        }
      }
    }
    // "The Saudi-led coalition fighting Houthi rebels ... declared a
    // two-week ceasefire", "Israel declared a unilateral ceasefire": a truce
    // or retreat with no party named is towards whom the side was fighting,
    // in the latest act of force between them in the document.
    // (One side's declaration: not paired back.)
    bool one_sided_truce = false;
    if (c.targets.empty() && !pair_sources && c.code.rfind("087", 0) == 0 &&
        c.sources.size() == 1 && c.sources[0].code.size() >= 3) {
      one_sided_truce = true;
      const std::string side = c.sources[0].code.substr(0, 3);
      for (size_t i = force_acts_.size(); i-- > 0 && c.targets.empty();) {
        const Mention& a = force_acts_[i].source;
        const Mention& b = force_acts_[i].target;
        if (a.code.compare(0, 3, side) == 0 && b.code.size() >= 3 && b.code.compare(0, 3, side) != 0) {
          c.targets.push_back(b);
        } else if (b.code.compare(0, 3, side) == 0 && a.code.size() >= 3 &&
                   a.code.compare(0, 3, side) != 0) {
          c.targets.push_back(a);
        }
      }
    }
    // "A U.S. drone strike killed Iranian General Qassem Soleimani, and
    // Khamenei vowed severe revenge": a threat with no one named is aimed at
    // whoever last used force against the threatener's country.
    // (Only a threat of retaliation or with no object: "said the militants
    // were threatening the very existence of Mali" is no threat to France.)
    const size_t threat_object = IsVerbLike(view.w(c.predicate)) ? Object(c.predicate) : kNone;
    const bool retaliation =
        threat_object == kNone ||
        IsIn(view.Lemma(threat_object),
             {"revenge", "retaliation", "response", "countermeasure", "reprisal", "vengeance",
              "retribution", "consequence", "punishment", "action", "measure", "step"});
    if (c.targets.empty() && !pair_sources && root == "13"sv && c.sources.size() == 1 &&
        retaliation && HasCountryPrefix(c.sources[0].code)) {
      const std::string side = c.sources[0].code.substr(0, 3);
      for (size_t i = force_acts_.size(); i-- > 0;) {
        const Mention& by = force_acts_[i].source;
        const Mention& on = force_acts_[i].target;
        if (on.code.size() >= 3 && on.code.compare(0, 3, side) == 0 && by.code.size() >= 3 &&
            by.code.compare(0, 3, side) != 0) {
          c.targets.push_back(by);
          break;
        }
      }
    }
    // "demanded the release of American hostages held by Hamas": an appeal
    // or demand for a release is aimed at who holds the people, when named.
    if ((c.code == "1053"sv || c.code == "0253"sv) && IsVerbLike(view.w(c.predicate))) {
      for (size_t a : SubtreeOf(view, c.predicate, 40)) {
        if (view.w(a).deprel != Deprel::kAcl ||
            !IsIn(view.Lemma(a), {"hold", "detain", "capture", "kidnap", "abduct", "seize", "jail",
                                  "imprison", "arrest"})) {
          continue;
        }
        for (size_t by : view.Kids(a)) {
          if ((view.w(by).deprel == Deprel::kOblAgent || view.w(by).deprel == Deprel::kObl) &&
              view.CaseOf(by) == "by"sv) {
            resolving_target_ = true;
            std::vector<Mention> holders = ResolveWithConjuncts(by, "");
            resolving_target_ = false;
            if (!holders.empty()) c.targets = holders;
          }
        }
      }
    }
    // "Iran's Revolutionary Guards seized a British-flagged tanker ...
    // London demanded its immediate release": an appeal or demand for a
    // release with no one named is aimed at whoever last seized, arrested
    // or abducted (17, 18) something of the asker's country.
    if (c.targets.empty() && !pair_sources && c.sources.size() == 1 &&
        (c.code == "1053"sv || c.code == "0253"sv) && HasCountryPrefix(c.sources[0].code)) {
      const std::string side = c.sources[0].code.substr(0, 3);
      for (size_t i = force_acts_.size(); i-- > 0;) {
        const Mention& by = force_acts_[i].source;
        const Mention& on = force_acts_[i].target;
        const bool seizure = force_acts_[i].code.rfind("17", 0) == 0 ||
                             force_acts_[i].code.rfind("18", 0) == 0;
        if (seizure && on.code.size() >= 3 && on.code.compare(0, 3, side) == 0 &&
            by.code.size() >= 3 && by.code.compare(0, 3, side) != 0) {
          c.targets.push_back(by);
          break;
        }
      }
    }
    // "The Kremlin denied any involvement in the poisoning of Alexei
    // Navalny": a denial of a part in an act is aimed at that act's target.
    if (c.code.rfind("016", 0) == 0 && c.targets.empty() && IsVerbLike(view.w(c.predicate))) {
      if (const size_t o = Object(c.predicate); o != kNone) {
        for (size_t k : view.Kids(o)) {
          if (view.w(k).deprel != Deprel::kNmod || !IsIn(view.CaseOf(k), {"in", "for"}) ||
              candidate_of[k] < 0) {
            continue;
          }
          const Candidate& act = candidates[candidate_of[k]];
          for (const Mention& t : act.targets) {
            bool own = false;
            for (const Mention& src : c.sources) own = own || src.code == t.code;
            if (!own) c.targets.push_back(t);
          }
          if (!c.targets.empty()) break;
        }
      }
    }
    // "agreed to end their dispute over grain imports": ending a quarrel is
    // no military de-escalation (the 56 subcodes of the patterns for "end",
    // "stop", "halt" are for fighting): an intent, appeal or demand to end
    // verbal conflict is the family's generic code; to end a protest or
    // strike, the easing of popular dissent (0352, 0252, 1052).
    if (c.code.size() == 4 && c.code.compare(2, 2, "56") == 0 &&
        IsIn(c.code.substr(0, 2), {"02", "03", "10"})) {
      const size_t x = OpenComplementOf(view, c.predicate);
      const size_t o = x != kNone && IsIn(view.Lemma(x), {"end", "stop", "halt", "cease"})
                           ? Object(x)
                           : kNone;
      if (o != kNone && candidate_of[o] >= 0) {
        const std::string ended = candidates[candidate_of[o]].code.substr(0, 2);
        const std::string family = c.code.substr(0, 2);
        if (ended >= "10" && ended <= "13") {
          c.code = family == "10"sv ? "100" : family + "0";
        } else if (ended == "14"sv) {
          c.code = family + "52";
        }
      }
    }
    // "Polish farmers blocked border crossings with Ukraine": a crowd that
    // blocks a road or a border obstructs passage in protest (144), it does
    // not impose a blockade (191).
    if (c.code == "191"sv && !c.sources.empty() && c.sources[0].code.size() == 6 &&
        IsIn(std::string_view(c.sources[0].code).substr(3), {"CVL", "AGR", "LAB", "EDU", "OPP"})) {
      c.code = "144";
    }
    // "a deal giving it access to the sea", "access to Western markets":
    // access to something other than people in need is no humanitarian
    // access (0863).
    if (c.code.rfind("0863", 0) == 0 && IsVerbLike(view.w(c.predicate))) {
      const size_t o = Object(c.predicate);
      bool other_access = false;
      if (o != kNone && view.Lemma(o) == "access"sv) {
        for (size_t k : view.Kids(o)) {
          other_access =
              other_access ||
              (view.w(k).deprel == Deprel::kNmod && view.CaseOf(k) == "to"sv &&
               IsIn(view.Lemma(k), {"sea",           "ocean",    "coast",  "port",       "harbour",
                                    "harbor",        "market",   "lawyer", "counsel",    "internet",
                                    "information",   "finance",  "credit", "technology", "chip",
                                    "semiconductor", "document", "file",   "record",     "data"}));
        }
      }
      if (other_access) continue;
    }
    // "Chinese hackers broke into the email accounts of U.S. officials":
    // breaking into a computer system is no riot (145) but a cyber attack
    // (176, "Attack cybernetically").
    if (c.code.rfind("145", 0) == 0 && IsVerbLike(view.w(c.predicate)) &&
        IsIn(view.Lemma(c.predicate), {"break", "hack"})) {
      bool digital = false;
      for (size_t k : view.Kids(c.predicate)) {
        digital = digital ||
                  (view.w(k).deprel == Deprel::kObl && view.CaseOf(k) == "into"sv &&
                   IsIn(view.Lemma(k), {"account", "system", "network", "server", "computer",
                                        "database", "email", "e-mail", "phone", "device", "website",
                                        "site", "inbox", "mailbox", "software", "cloud"}));
      }
      if (digital) c.code = "176";
    }
    // "Hackers linked to Iran attacked Israeli water systems": an attack,
    // raid or strike by hackers is a cyber attack, whatever it hit.
    if ((c.code.rfind("19", 0) == 0 || c.code.rfind("18", 0) == 0 ||
         c.code.rfind("145", 0) == 0) &&
        IsVerbLike(view.w(c.predicate))) {
      const size_t doer = Subject(c.predicate);
      if (doer != kNone && IsIn(view.Lemma(doer), {"hacker", "hackers", "cyberattacker",
                                                   "cybercriminal", "cyber-criminal"})) {
        c.code = "176";
      }
    }
    // "Prime Minister Sheikh Hasina resigned and fled the country": a leader
    // or civilian who flees is no military retreat (0874); armed forces are.
    if (c.code == "0874"sv && IsIn(view.Lemma(c.predicate), {"flee", "escape"})) {
      bool armed = false;
      for (const Mention& src : c.sources) {
        armed = armed || (src.code.size() == 6 && !src.person &&
                          IsIn(std::string_view(src.code).substr(3),
                               {"MIL", "REB", "INS", "UAF", "COP", "SPY"}));
      }
      if (!armed) continue;
    }
    if (c.sources.empty() || (c.targets.empty() && !pair_sources)) {
      ++stats->missing_actor;
      // ("Israel's prime minister rejected calls for a Palestinian state.
      // The United States criticized his remarks": who acted without a
      // target is still someone a later pronoun can mean.)
      for (const Mention& src : c.sources) {
        if (!src.code.empty() && (src.person || src.titled)) history_.push_back(src);
      }
      if (!c.sources.empty() && !c.sources.front().code.empty() && !c.blocked &&
          (root == "15"sv || root == "18"sv || root == "19"sv || root == "20"sv)) {
        // (Two sources acting together, "joint drills", are each other's
        // partners: the target slot holds the second.)
        const bool joint = c.sources.size() == 2 && !c.sources[1].code.empty() &&
                           c.sources[1].code != c.sources[0].code;
        latest_untargeted_force_ =
            ForceAct{c.sources.front(), joint ? c.sources[1] : Mention{}, c.code, joint};
      }
      continue;
    }
    std::vector<Mention> targets = c.targets;
    if ((root == "17"sv || root == "18"sv || root == "19"sv || root == "20"sv) &&
        !c.sources.front().code.empty() && !c.targets.empty()) {
      force_acts_.push_back({c.sources.front(), c.targets.front(), c.code});
    }
    for (const Mention& src : c.sources) Remember(src);
    for (const Mention& tgt : c.targets) Remember(tgt);
    struct Dyad {
      const Mention* source;
      const Mention* target;
      std::string code;
    };
    // "weeks after Congress approved $1.3 billion in mostly military aid for
    // Colombia": a bare institution giving aid to a whole country is not that
    // country's own, whatever places the sentence names: it is the other
    // country the sentence names (Clinton's), and with none it is unknown
    // ("The cabinet approved aid for Ukraine" alone is no Ukrainian act).
    if (!c.sources.empty() && c.sources[0].country_from_context && c.targets.size() == 1 &&
        c.targets[0].code.size() == 3 && HasCountryPrefix(c.targets[0].code) &&
        c.sources[0].code.rfind(c.targets[0].code, 0) == 0 &&
        (c.code.rfind("07", 0) == 0 || c.code.rfind("033", 0) == 0)) {
      const std::string other = SentenceCountryOtherThan(c.targets[0].code);
      if (other.empty()) continue;
      c.sources[0].code = other + c.sources[0].code.substr(3);
    }
    // Nor does a bare state role (a president, an army, a senate) visit,
    // praise, help, criticize, threaten or cut ties with the country it took
    // from the story when the act names that country itself ("The
    // president, who arrived on Tuesday, visited Kenya", "The army accused
    // Turkey of arming the rebels" opening a story): a state's own officers
    // speak of it as the government, so the role's country is unknown and
    // it is no source. (Rebels threaten their own country; officials defend
    // "Brazil's policies", a possessive; those stand.)
    if (c.targets.size() == 1 && c.targets[0].code.size() == 3 &&
        HasCountryPrefix(c.targets[0].code) && c.targets[0].last < view.size() &&
        IsIn(std::string_view(c.code).substr(0, 2), {"04", "05", "06", "11", "13", "16"})) {
      bool possessive = false;
      for (size_t i = c.targets[0].first; i <= c.targets[0].last; ++i) {
        possessive = possessive || view.w(i).deprel == Deprel::kNmodPoss;
      }
      const std::string& country = c.targets[0].code;
      std::erase_if(c.sources, [&](const Mention& src) {
        return !possessive && src.country_from_context && !src.person && src.code.size() == 6 &&
               src.code.compare(0, 3, country) == 0 &&
               IsIn(std::string_view(src.code).substr(3),
                    {"GOV", "MIL", "COP", "LEG", "JUD", "SPY"});
      });
      if (c.sources.empty()) continue;
    }
    std::vector<Dyad> dyads;
    // "agreed to send troops to Kazakhstan at the request of President
    // Tokayev", "arrested Meng Wanzhou at the request of the United States":
    // whoever requested the act appealed to its doer for it.
    std::optional<Mention> requester;
    std::string request_code;
    if (!c.sources.empty() && !c.refusal && IsVerbLike(view.w(c.predicate))) {
      // (On the verb, or on the complement it governs: "agreed to send troops
      // ... at the request of".)
      std::vector<size_t> phrases = view.Kids(c.predicate);
      if (c.complement != kNone) {
        for (size_t k : view.Kids(c.complement)) phrases.push_back(k);
      }
      for (size_t k : phrases) {
        if (view.w(k).deprel != Deprel::kObl ||
            !IsIn(view.Lemma(k), {"request", "behest", "invitation", "urging"}) ||
            !IsIn(view.CaseOf(k), {"at", "upon", "on"})) {
          continue;
        }
        size_t who = view.Child(k, Deprel::kNmodPoss);
        for (size_t g : view.Kids(k)) {
          if (who == kNone && view.w(g).deprel == Deprel::kNmod && view.CaseOf(g) == "of"sv)
            who = g;
        }
        if (who != kNone) requester = ResolveNominal(who);
        if (requester && requester->code.empty()) requester.reset();
        break;
      }
      if (requester) {
        if (c.code.rfind("03", 0) == 0) {
          request_code = "02" + c.code.substr(2);  // intent -> appeal, same subcode
        } else if (c.code.rfind("17", 0) == 0 || c.code == "063"sv) {
          request_code = "0213";  // an arrest or extradition: judicial cooperation
        } else {
          request_code = MirroredSubcode("02", c.code);
          if (request_code.empty()) request_code = "020";
        }
      }
    }
    if (pair_sources) {
      for (size_t i = 0; i < c.sources.size(); ++i) {
        for (size_t j = i + 1; j < c.sources.size(); ++j) {
          // Two names of one side ("Santos and his Venezuelan counterpart
          // Chavez" read as VEN + VENGOV) are not a dyad; a government and
          // its opposition are, and so are a country and its rebels
          // ("Colombia and the ELN rebels signed a ceasefire").
          const std::string& a = c.sources[i].code;
          const std::string& b = c.sources[j].code;
          auto state_side = [](const std::string& code) {
            return code.size() == 3 || IsStateRole(std::string_view(code).substr(3, 3));
          };
          if (a == b || (a.substr(0, 3) == b.substr(0, 3) && (a.size() == 3 || b.size() == 3) &&
                         state_side(a) && state_side(b))) {
            continue;
          }
          dyads.push_back({&c.sources[i], &c.sources[j], c.code});
          dyads.push_back({&c.sources[j], &c.sources[i], c.code});
        }
      }
    }
    // "told reporters", "told state television": the press is the channel of
    // a statement, not its addressee; a plain statement is no event (the
    // guidelines code what was said, when it is one).
    const bool plain_statement = c.code == "010"sv;
    bool released_in_exchange = false;
    std::deque<Mention> swap_states;  // stable addresses for the dyads below
    if (c.code.rfind("0841", 0) == 0 && IsVerbLike(view.w(c.predicate))) {
      // (On the verb, or on its object: "released 10 Americans in exchange
      // for a close ally of President Nicolas Maduro".)
      std::vector<size_t> phrases = view.Kids(c.predicate);
      if (const size_t o = Object(c.predicate); o != kNone) {
        for (size_t k : view.Kids(o)) phrases.push_back(k);
      }
      for (size_t k : phrases) {
        if ((view.w(k).deprel != Deprel::kObl && view.w(k).deprel != Deprel::kNmod) ||
            view.Lemma(k) != "exchange"sv || view.CaseOf(k) != "in"sv) {
          continue;
        }
        for (size_t g : view.Kids(k)) {
          released_in_exchange = released_in_exchange ||
                                 (view.w(g).deprel == Deprel::kNmod && view.CaseOf(g) == "for"sv);
        }
      }
    }
    for (const Mention& src : c.sources) {
      for (const Mention& tgt : targets) {
        if (src.code == tgt.code) continue;
        if (plain_statement && tgt.code.size() >= 6 && tgt.code.ends_with("MED")) continue;
        // "vowed to strengthen North Korea's nuclear arsenal", "threatened to
        // use nuclear weapons if Russia was attacked": a state does not
        // threaten its own country with force (repression, 137, it may:
        // "will extend the curfew in Maungtaw").
        // (Nor its own forces or government: "vowed to bolster the country's
        // navy".)
        if (c.code.rfind("138", 0) == 0 && src.code.size() >= 3 && tgt.code.size() >= 3 &&
            src.code.compare(0, 3, tgt.code, 0, 3) == 0 &&
            (tgt.code.size() == 3 ||
             (IsIn(std::string_view(tgt.code).substr(3), {"MIL", "GOV", "COP", "SPY"}) &&
              (src.code.size() == 3 ||
               IsIn(std::string_view(src.code).substr(3), {"MIL", "GOV", "COP", "SPY", "LEG"}))))) {
          continue;
        }
        // "Australia and the United Kingdom agreed to help Canberra build
        // submarines": a state gives no aid to its own state (its people it
        // may: "provided aid to flood victims").
        if ((c.code.rfind("07", 0) == 0 || c.code.rfind("033", 0) == 0) && src.code.size() >= 3 &&
            tgt.code.size() >= 3 && HasCountryPrefix(src.code) &&
            src.code.compare(0, 3, tgt.code, 0, 3) == 0 &&
            (tgt.code.size() == 3 || std::string_view(tgt.code).substr(3) == "GOV"sv) &&
            (src.code.size() == 3 ||
             IsIn(std::string_view(src.code).substr(3), {"GOV", "MIL", "LEG"}))) {
          continue;
        }
        dyads.push_back({&src, &tgt, c.code});
        // "Russia freed Brittney Griner in exchange for arms dealer Viktor
        // Bout": a release in exchange is a swap, released both ways.
        // (By the released people's state, not by them: "released an
        // American hostage in exchange for an Afghan drug lord" was a US
        // release.)
        if (released_in_exchange && !tgt.code.empty() && HasCountryPrefix(tgt.code)) {
          const bool state = tgt.code.size() == 3 ||
                             IsIn(std::string_view(tgt.code).substr(3), {"GOV", "MIL", "JUD"});
          if (state) {
            dyads.push_back({&tgt, &src, c.code});
          } else {
            swap_states.push_back(CountryMention(tgt.code.substr(0, 3), tgt.first, tgt.last));
            dyads.push_back({&swap_states.back(), &src, c.code});
          }
        }
        // An intention is the speaker's: "Washington said it would restore
        // relations with Havana" says nothing of what Havana intends.
        if (!tgt.code.empty() && symmetric && !one_sided_truce &&
            !(c.future && options_.future_as_intent)) {
          dyads.push_back({&tgt, &src, c.code});
        }
        // (Nor is a visit only planned hosted yet: "Biden would travel to
        // Israel on Wednesday".)
        if (!tgt.code.empty() && !c.pattern->reverse.empty() && !c.refusal && c.reverse &&
            !(c.future && options_.future_as_intent)) {
          dyads.push_back({&tgt, &src, c.pattern->reverse});
        }
      }
    }
    // "Hundreds of young people clashed with police": a clash between a
    // crowd and security forces is a violent protest by the crowd (145) and
    // repression by the police or army (175), as the gold data codes it.
    // (Also when the clash was coded a riot: "Protesters clashed with riot
    // police" is no riot by the police.)
    if (symmetric && (c.code == "190"sv || c.code == "145"sv)) {
      auto role = [](const Mention* m) {
        return m->code.size() == 6 ? m->code.substr(3) : std::string();
      };
      for (Dyad& d : dyads) {
        const std::string from = role(d.source), to = role(d.target);
        const bool crowd_from = IsIn(from, {"CVL", "OPP", "LAB", "EDU"});
        const bool crowd_to = IsIn(to, {"CVL", "OPP", "LAB", "EDU"});
        const bool force_from = IsIn(from, {"COP", "MIL"});
        const bool force_to = IsIn(to, {"COP", "MIL"});
        const bool one_country = d.source->code.compare(0, 3, d.target->code, 0, 3) == 0;
        if (!one_country) continue;
        if (crowd_from && force_to) d.code = "145";
        if (force_from && crowd_to) d.code = "175";
      }
    }
    if (requester) {
      for (const Mention& src : c.sources) {
        if (src.code.empty() || src.code == requester->code) continue;
        dyads.push_back({&*requester, &src, request_code});
      }
    }
    // "agreed to a cessation of hostilities at African Union-led talks":
    // whoever leads, brokers or hosts the talks an act was agreed at
    // mediates between its parties (045).
    std::optional<Mention> mediator;
    if (!c.sources.empty() && !c.refusal && !c.blocked && (symmetric || pair_sources)) {
      // (Read off the words, "<name>-led talks", wherever the parser hung
      // them: a two-sided act of the sentence was reached there.)
      for (size_t t = 0; t < view.size(); ++t) {
        if (mediator || t < 3 ||
            !IsIn(view.Lemma(t), {"talk", "talks", "negotiation", "negotiations", "summit",
                                  "meeting", "conference", "ceasefire", "cease-fire", "truce",
                                  "deal", "agreement", "accord"}) ||
            !IsIn(view.Form(t - 1), {"led", "brokered", "mediated", "hosted", "sponsored"}) ||
            view.Form(t - 2) != "-"sv) {
          continue;
        }
        const size_t name = t - 3;
        if (phrase_of_[name] < 0) continue;
        mediator = ResolveNominal(name);
        if (mediator && mediator->code.empty()) mediator.reset();
      }
    }
    if (mediator) {
      for (const Mention& src : c.sources) {
        if (src.code.empty() || src.code == mediator->code) continue;
        dyads.push_back({&*mediator, &src, "045"});
      }
    }
    if (!dyads.empty() && !dyads.front().source->code.empty() &&
        !dyads.front().target->code.empty()) {
      latest_act_ = ForceAct{*dyads.front().source, *dyads.front().target, c.code,
                             symmetric || pair_sources};
      latest_untargeted_force_.reset();
    }
    if ((symmetric || pair_sources || root == "18"sv || root == "19"sv || root == "20"sv) &&
        !dyads.empty() && !dyads.front().source->code.empty() &&
        !dyads.front().target->code.empty()) {
      latest_sides_ = ForceAct{*dyads.front().source, *dyads.front().target, c.code};
      sides_coded = true;
    }
    if (root == "14"sv && !first_protest_ && !dyads.empty() &&
        !dyads.front().source->code.empty() && !dyads.front().target->code.empty()) {
      first_protest_ = ForceAct{*dyads.front().source, *dyads.front().target, c.code};
    }
    // Date: temporal words modifying the predicate (or its light verb).
    std::vector<size_t> temporal;
    size_t anchor = c.predicate;
    if (!IsVerbLike(view.w(anchor)) && LightVerbOf(anchor) != kNone) anchor = LightVerbOf(anchor);
    for (size_t k : view.Kids(anchor)) {
      Deprel d = view.w(k).deprel;
      if (d == Deprel::kObl || d == Deprel::kOblTmod || d == Deprel::kOblNpmod ||
          d == Deprel::kAdvmod || d == Deprel::kNmodTmod || d == Deprel::kOblUnmarked) {
        // The whole subtree of the modifier, in text order.
        const std::vector<size_t> sub = SubtreeOf(view, k, 16);
        temporal.insert(temporal.end(), sub.begin(), sub.end());
      }
    }
    std::optional<std::string> when = ResolveRelativeDate(s, temporal, date_);
    // ("Merkel will meet Hollande on Monday": an intention is stated on the
    // story's day; the day it names is the plan's, and a weekday would be
    // read as the past one.)
    const bool stated_intent = c.future && options_.future_as_intent;
    if (stated_intent) when = std::nullopt;
    // "struck targets in Gaza on Tuesday", with "on Tuesday" hung on Gaza: a
    // time phrase the parser put inside the object's or an oblique's phrase.
    if (!when && !stated_intent) {
      std::vector<size_t> inner;
      for (size_t k : view.Kids(anchor)) {
        const Deprel d = view.w(k).deprel;
        if (d != Deprel::kObj && d != Deprel::kObl) continue;
        std::vector<size_t> sub{k};
        for (size_t i = 0; i < sub.size() && sub.size() < 24; ++i) {
          for (size_t g : view.Kids(sub[i])) {
            const Deprel gd = view.w(g).deprel;
            if (gd == Deprel::kNmod || gd == Deprel::kNmodTmod || gd == Deprel::kNmodUnmarked ||
                gd == Deprel::kConj || gd == Deprel::kNummod || gd == Deprel::kCase ||
                gd == Deprel::kDet || gd == Deprel::kAmod || gd == Deprel::kCompound) {
              sub.push_back(g);
            }
          }
        }
        for (size_t t : sub) {
          if (t == k || (view.w(t).deprel != Deprel::kNmod && view.w(t).deprel != Deprel::kNmodTmod &&
                         view.w(t).deprel != Deprel::kNmodUnmarked)) {
            continue;
          }
          const std::string& l = view.Lemma(t);
          if (!IsIn(l, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                        "sunday", "today", "yesterday", "week", "month", "year", "day",
                        "weekend", "night", "morning", "evening", "afternoon"})) {
            continue;
          }
          std::vector<size_t> phrase{t};
          for (size_t g : view.Kids(t)) phrase.push_back(g);
          std::sort(phrase.begin(), phrase.end());
          inner.insert(inner.end(), phrase.begin(), phrase.end());
        }
      }
      if (!inner.empty()) when = ResolveRelativeDate(s, inner, date_);
    }
    // "On March 3, Iraqi forces recaptured Tikrit", "Two weeks ago, ...": a
    // date phrase set off at the start of the sentence dates what follows,
    // wherever the parser hung it.
    if (!when && !stated_intent) {
      size_t comma = kNone;
      for (size_t i = 1; i < s.words.size() && i < 8; ++i) {
        if (s.words[i].form == ","sv) {
          comma = i;
          break;
        }
      }
      if (comma != kNone && c.predicate > comma) {
        std::vector<size_t> opening;
        for (size_t i = 0; i < comma; ++i) opening.push_back(i);
        when = ResolveRelativeDate(s, opening, date_);
      }
    }
    // "rallied outside parliament on Wednesday, and police used tear gas":
    // a conjoined clause with no date of its own shares its head's.
    if (!when && !stated_intent && view.w(c.predicate).deprel == Deprel::kConj) {
      if (auto it = dated.find(view.Head(c.predicate)); it != dated.end()) when = it->second;
    }
    if (when) dated[c.predicate] = *when;
    // Place: "in/near/at <place>" on the predicate, else anywhere in the
    // sentence ("..., in the eastern Libyan city of Benghazi").
    std::optional<Location> location = LocationFor(anchor);
    auto actor_ref = [&](const Mention& m) {
      ActorRef r;
      r.code = m.code;
      if (m.code.empty()) return r;
      const bool international = m.code.size() >= 3 && !HasCountryPrefix(m.code);
      if (!international) {
        r.country = m.code.substr(0, 3);
        r.role = m.code.substr(3);
      }
      if (m.first < s.words.size() && m.last < s.words.size()) {
        r.span.begin = s.words[m.first].span.begin;
        r.span.end = s.words[m.last].span.end;
        if (r.span.end <= original.size() && r.span.begin <= r.span.end) {
          r.text = std::string(original.substr(r.span.begin, r.span.size()));
        }
      }
      return r;
    };
    // An actor that stands for several parties (TABARI's and PETRARCH's
    // "THE_SHIRE [FRO/BIL/SAM]") is one event per party; a role joined to
    // the group is each member's.
    std::list<Mention> members;  // (a list: stable addresses, no allocation when empty)
    auto parties = [&](const Mention* m) {
      std::vector<std::string_view> codes = dict::GroupMembers(m->code);
      if (codes.size() == 1) return std::vector<const Mention*>{m};
      // ("FRO/BIL/SAMGOV": the role is written after the last member.)
      const std::string roles(codes.back().size() > 3 ? codes.back().substr(3) : "");
      codes.back() = codes.back().substr(0, 3);
      std::vector<const Mention*> out;
      for (std::string_view code : codes) {
        members.push_back(*m);
        members.back().code = std::string(code) + roles;
        out.push_back(&members.back());
      }
      return out;
    };
    const bool any_group = std::any_of(dyads.begin(), dyads.end(), [](const Dyad& d) {
      return d.source->code.find('/') != std::string::npos ||
             d.target->code.find('/') != std::string::npos;
    });
    if (any_group) {
      std::vector<Dyad> each;
      for (const Dyad& d : dyads) {
        for (const Mention* source : parties(d.source)) {
          for (const Mention* target : parties(d.target)) {
            if (source->code != target->code) each.push_back(Dyad{source, target, d.code});
          }
        }
      }
      dyads = std::move(each);
    }
    // "U.S. and British warplanes and warships struck ...", read as GBRMIL
    // and GBR: a bare country beside its own role on the same side of the
    // same act is the same actor, named less precisely.
    auto less_precise = [&](const Dyad& d) {
      for (const Dyad& o : dyads) {
        if (&o == &d || o.code != d.code) continue;
        const std::string& ds = d.source->code;
        const std::string& dt = d.target->code;
        const std::string& os = o.source->code;
        const std::string& ot = o.target->code;
        if (dt == ot && ds.size() == 3 && os.size() > 3 && os.compare(0, 3, ds) == 0) return true;
        if (ds == os && dt.size() == 3 && ot.size() > 3 && ot.compare(0, 3, dt) == 0) return true;
      }
      return false;
    };
    const std::string place_country = location ? location->country : std::string();
    for (const Dyad& d : dyads) {
      if (less_precise(d)) continue;
      // (A group coded by where it acts: "SYRINS in SYR".)
      Mention source = *d.source;
      Mention target = *d.target;
      source.code = OperatingCode(source, place_country);
      target.code = OperatingCode(target, place_country);
      const bool was_self = source.code == target.code;
      if (options_.state_roles) {
        // ("Israeli police killed four Palestinians": a nation named by its
        // people, struck or coerced, is its civilians.)
        // (A plural demonym: one word, whose lemma is the singular; not a
        // country's plural-looking name, "the Netherlands".)
        const size_t people = target.last;
        if (target.code.size() == 3 && HasCountryPrefix(target.code) && people < view.size() &&
            (view.w(people).xpos == Xpos::kNNPS || view.w(people).xpos == Xpos::kNNS) &&
            view.w(people).lemma != view.w(people).form && phrase_of_[people] >= 0 &&
            phrases_[phrase_of_[people]].begin == people &&
            phrases_[phrase_of_[people]].end == people + 1 &&
            IsIn(std::string_view(d.code).substr(0, 2), {"17", "18", "19", "20"})) {
          target.code += "CVL";
        }
        source.code = StateRoleCode(source.code, d.code, true);
        const std::string as_named = target.code;
        target.code = StateRoleCode(target.code, d.code, false);
        // ("Akayev agreed to resign": a government's act on its own country
        // keeps the country, not itself, as the target.)
        if (!was_self && source.code == target.code) target.code = as_named;
      }
      // "Prime Minister Vajpayee met President Musharraf in Islamabad": a
      // meeting in one side's country is the other side's visit (042), which
      // that side hosts (043). (Our guidelines' codes, like the roles above.)
      std::string code = d.code;
      if (options_.state_roles && code == "040"sv && location && location->country.size() == 3) {
        auto country_of = [](const std::string& actor) {
          return actor.size() >= 3 && HasCountryPrefix(actor) ? actor.substr(0, 3) : std::string();
        };
        const std::string sc = country_of(source.code), tc = country_of(target.code);
        if (sc != location->country && tc == location->country) code = "042";
        if (sc == location->country && tc != location->country) code = "043";
      }
      if (!emitted.emplace(source.code, target.code, code).second) continue;
      Event e;
      e.doc_id = std::string(doc_id);
      e.sentence_index = sentence_index;
      e.event_index = event_index++;
      e.sentence_span = s.span;
      if (s.span.end <= original.size()) {
        e.sentence_text = std::string(original.substr(s.span.begin, s.span.size()));
      }
      e.story_date = date_;
      e.date = when ? *when : date_;
      e.source = actor_ref(source);
      e.target = actor_ref(target);
      e.cameo = code;
      if (const dict::CameoEntry* entry = kb_.codebook().Find(code)) {
        e.cameo_name = entry->name;
        e.root = entry->root;
        e.quad_class = entry->quad_class;
        e.goldstein = entry->goldstein;
        e.plover_event = entry->plover_event;
        e.plover_mode = entry->plover_mode;
      }
      const Word& vw = s.words[c.predicate];
      e.verb_text = vw.form;
      e.verb_lemma = c.pattern->lemma;
      e.verb_span = vw.span;
      e.location = location;
      e.issues = issues;
      out->push_back(std::move(e));
      ++stats->events;
    }
  }
  if (!sides_coded && named_sides.has_value()) latest_sides_ = named_sides;
  // "held a phone call to discuss support for Ukraine": the generic
  // consultation (040) beside a specific one for the same pair in
  // the sentence (041) says nothing the specific one does not. (Only for
  // consultations: two acts of force between the same sides, "tanks rolled
  // in and jets bombed targets", are two events.)
  auto generic_beside_specific = [&](const Event& e) {
    if (e.cameo != "040"sv) return false;
    for (size_t i = first_event; i < out->size(); ++i) {
      const Event& o = (*out)[i];
      // (A visit is no kind of meeting: "visited Damascus and met Syria's
      // new leader" is both.)
      if (o.cameo != e.cameo && o.cameo.compare(0, 2, e.cameo, 0, 2) == 0 && o.cameo != "042"sv &&
          o.cameo != "043"sv && o.source.code == e.source.code && o.target.code == e.target.code) {
        return true;
      }
    }
    return false;
  };
  // "called for a halt to all violence in Gaza, urging Israel and Hamas to
  // stop": a bare country beside its own actor in another event of the
  // same code and the same other side is that actor named less precisely
  // (as within one event, above). Only for appeals and demands: two acts of
  // force may strike a country's thing and its people ("shot down a
  // Ukrainian airliner, killing all 176 people on board").
  auto country_beside_its_actor = [&](const Event& e) {
    if (e.root != "02"sv && e.root != "10"sv) return false;
    for (size_t i = first_event; i < out->size(); ++i) {
      const Event& o = (*out)[i];
      if (&o == &e || o.cameo != e.cameo) continue;
      const std::string& es = e.source.code;
      const std::string& et = e.target.code;
      const std::string& os = o.source.code;
      const std::string& ot = o.target.code;
      if (es == os && et.size() == 3 && ot.size() > 3 && ot.compare(0, 3, et) == 0) return true;
      if (et == ot && es.size() == 3 && os.size() > 3 && os.compare(0, 3, es) == 0) return true;
    }
    return false;
  };
  std::vector<bool> redundant;
  for (size_t i = first_event; i < out->size(); ++i) {
    redundant.push_back(generic_beside_specific((*out)[i]) ||
                        country_beside_its_actor((*out)[i]));
  }
  std::vector<Event> kept;
  for (size_t i = first_event; i < out->size(); ++i) {
    if (redundant[i - first_event]) {
      --stats->events;
      continue;
    }
    kept.push_back(std::move((*out)[i]));
  }
  out->resize(first_event);
  for (size_t i = 0; i < kept.size(); ++i) {
    kept[i].event_index = i;
    out->push_back(std::move(kept[i]));
  }
  // The main clause's subject, for a pronoun opening the next sentence. (A
  // pronoun subject keeps the one before: "It accused ... It said ...".)
  for (size_t r = 0; r < s.words.size(); ++r) {
    if (view.Head(r) != kNone) continue;
    const size_t subject = Subject(r);
    // ("The deal was mediated by Qatar. It calls for the release of
    // hostages": "it" is the deal, a thing no actor stands for.)
    previous_subject_is_thing_ = false;
    const size_t passive_subject = view.Child(r, Deprel::kNsubjPass);
    if (passive_subject != kNone && view.w(passive_subject).upos == Upos::kNOUN &&
        !NamesAgent(passive_subject) && !NamesActor(passive_subject)) {
      previous_subject_.reset();
      previous_subject_is_thing_ = true;
    } else if (candidate_of[r] >= 0 && !candidates[candidate_of[r]].sources.empty() &&
        !candidates[candidate_of[r]].sources.front().code.empty()) {
      previous_subject_ = candidates[candidate_of[r]].sources.front();
    } else if (subject != kNone && view.w(subject).upos != Upos::kPRON) {
      previous_subject_ = ResolveNominal(subject);  // (none: someone unnamed)
    }
    break;
  }
  // Actors mentioned but not in any event are context too ("In Syria, ...").
  for (const PhraseMatch& m : phrases_) {
    for (const dict::PhraseHit& hit : m.hits) {
      if (hit.type != static_cast<uint8_t>(EntityType::kActor)) continue;
      const dict::KbActor& a = kb_.actors()[hit.index];
      std::string code = a.CodeOn(date_);
      // (Nor is a news organisation that only reports or publishes: "a court
      // filing posted by The Washington Post" is not what "it" is next.)
      if (code.empty() || a.kind == ActorKind::kMedia) continue;
      bool seen = false;
      for (auto it = history_.rbegin(); it != history_.rend() && it != history_.rbegin() + 8; ++it) {
        if (it->code == code) seen = true;
      }
      Mention mention;
      mention.code = code;
      mention.kind = a.kind;
      mention.person = a.kind == ActorKind::kPerson;
      mention.first = m.begin;
      mention.last = m.end - 1;
      mention.locative = IsLocativeCase(view_->CaseOf(m.end - 1));
      // A name mentioned again is the most recent mention ("Erdogan said
      // ... He also criticized ...": he is Erdogan, not Putin named before),
      // though it does not count again towards the story's country.
      if (seen) {
        history_.push_back(mention);
      } else {
        Remember(mention);
      }
      break;
    }
  }
  view_ = nullptr;
}

}  // namespace

std::vector<Event> EventCoder::CodeDocument(std::string_view doc_id, std::string_view story_date,
                                            std::string_view original,
                                            const std::vector<Sentence>& sentences,
                                            CodeStats* stats, std::string* trace) const {
  CodeStats local;
  if (stats == nullptr) stats = &local;
  std::vector<Event> events;
  DocumentCoder coder(kb_, gazetteer_, options_, story_date);
  coder.trace = trace;
  for (size_t i = 0; i < sentences.size(); ++i) {
    coder.CodeSentence(sentences[i], i, original, doc_id, &events, stats);
  }
  return events;
}

}  // namespace khaldun::event
