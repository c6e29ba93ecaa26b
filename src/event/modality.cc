#include "event/modality.h"

namespace khaldun::event {

// Literals compare as string_view: GCC 12 compares a std::string with a
// char* through strlen and an out-of-line compare.
using namespace std::string_view_literals;

namespace {

bool IsNegator(const SentenceView& v, size_t k) {
  const Word& w = v.w(k);
  std::string l = v.Lemma(k);
  if (w.deprel == Deprel::kAdvmod && (l == "not"sv || l == "never"sv || l == "n't"sv)) return true;
  return false;
}

bool IsModalAux(std::string_view lemma) {
  return IsIn(lemma, {"may", "might", "could", "would", "should", "can", "must", "ought"});
}

bool IsFutureAux(std::string_view lemma) { return IsIn(lemma, {"will", "shall", "'ll"}); }

}  // namespace

// Verbs whose complement did not (yet) happen: the complement's event is not
// coded; the governor codes its own act (and may be refined by it).
bool IsNegationOrModalWord(std::string_view lemma) {
  return IsModalAux(lemma) || IsFutureAux(lemma) ||
         IsIn(lemma, {"not", "never", "no", "neither", "nor"});
}

bool IsIrrealisGovernor(std::string_view lemma) {
  return IsIn(lemma, {// refusal and failure
                      "deny", "refuse", "fail", "reject", "decline", "avoid", "oppose", "resist",
                      "hesitate", "struggle",
                      // plans, wishes, attempts
                      "consider", "weigh", "mull", "contemplate", "plan", "intend", "want",
                      "seek", "hope", "wish", "try", "plot", "conspire", "scheme",
                      "attempt", "prepare", "expect", "aim", "need", "move",
                      "agree", "dare",
                      // promises and threats
                      "threaten", "threat", "propose", "offer", "vow", "pledge", "promise",
                      // appeals, demands, orders
                      "warn", "urge", "call", "ask", "demand", "appeal", "press", "push",
                      "pressure", "encourage", "invite", "tell", "order", "persuade", "convince",
                      "recommend", "suggest", "advise", "insist",
                      // permission and prevention
                      "allow", "permit", "authorize", "approve", "forbid", "ban", "prevent",
                      "stop", "halt", "bar", "block", "prohibit", "deter", "discourage",
                      "dissuade", "restrain", "exclude", "refrain", "hinder", "impede",
                      "obstruct", "disqualify", "abstain", "desist",
                      // appearance, modal verbs, help
                      "seem", "appear", "mean", "would", "could", "help", "work",
                      // predicative adjectives ("is ready to")
                      "ready", "willing", "prepared", "eager", "determined", "committed",
                      "likely", "unlikely", "able", "unable",
                      // schedules ("had been due to address the assembly")
                      "due", "scheduled", "schedule", "set", "expected", "slated", "slate",
                      // instructions ("was instructed to reach agreements")
                      "instruct"});
}

bool IsIntentionNoun(std::string_view lemma) {
  return IsIn(lemma, {"invitation", "plan", "offer", "proposal", "bid", "agreement",
                      "promise", "pledge", "commitment", "threat", "call", "request", "demand",
                      "effort", "attempt", "move", "intention", "readiness", "willingness", "order",
                      "deal", "ultimatum", "vow", "appeal", "plea", "push", "campaign"});
}

bool IsPhoneCall(const SentenceView& v, size_t noun) {
  if (v.Lemma(noun) != "call"sv) return false;
  for (size_t k : v.Kids(noun)) {
    if ((v.w(k).deprel == Deprel::kCompound || v.w(k).deprel == Deprel::kAmod) &&
        IsIn(v.Lemma(k), {"phone", "telephone", "video", "conference"})) {
      return true;
    }
  }
  return false;
}

bool IsSpeechVerb(std::string_view lemma) {
  return IsIn(lemma, {"say", "announce", "tell", "state", "declare", "insist", "add", "report",
                      "confirm", "indicate", "signal", "promise", "pledge", "vow"});
}

Modality ModalityOf(const SentenceView& v, size_t p) {
  Modality m;
  bool negated = false;        // "not", "never"
  bool other_block = false;    // modal, conditional, irrealis governor, "no" subject
  bool volitional_neg = false; // "will not", reported "would not" in one clause
  size_t cur = p;
  // The clause whose "will" makes the predicate future: its own, or the
  // clause its purpose infinitive serves ("will send envoys to meet the
  // military": the meeting is planned too).
  size_t future_scope = p;
  // Whether cur was reached from p through conjuncts alone ("a plan to
  // attack and seize": both are the plan's own acts) or aspect verbs.
  bool conjuncts_only = true;
  for (int depth = 0; cur != kNone && depth < 8; ++depth) {
    // "X said it would ...": reported future, an intention, not a hypothesis.
    // (A conjunct of a reported clause is reported too: "said the United
    // States was withdrawing and would reimpose sanctions".)
    size_t clause = cur;
    for (int up = 0; up < 4 && v.w(clause).deprel == Deprel::kConj && v.Head(clause) != kNone;
         ++up) {
      clause = v.Head(clause);
    }
    bool reported = v.w(clause).deprel == Deprel::kCcomp && v.Head(clause) != kNone &&
                    IsSpeechVerb(v.Lemma(v.Head(clause)));
    // (So is a conjunct of the speech verb itself: "said ... and would
    // reimpose sanctions", where the parser hung the second verb on "said".)
    reported = reported || (clause != cur && IsSpeechVerb(v.Lemma(clause)));
    // "said on Thursday that France would join ...", with the that-clause
    // hung on the time phrase of the speech verb.
    if (!reported && v.w(clause).deprel == Deprel::kAcl && v.Head(clause) != kNone) {
      size_t time = v.Head(clause);
      size_t mark = v.Child(clause, Deprel::kMark);
      reported = mark != kNone && v.Lemma(mark) == "that"sv && v.w(time).deprel == Deprel::kObl &&
                 v.Head(time) != kNone && IsSpeechVerb(v.Lemma(v.Head(time)));
    }
    bool clause_negated = false;
    bool clause_will = false;
    for (size_t k : v.Kids(cur)) {
      const Word& w = v.w(k);
      std::string l = v.Lemma(k);
      if (IsNegator(v, k)) clause_negated = true;
      if (w.deprel == Deprel::kAux && reported && l == "would"sv) {
        if (cur == future_scope) m.future = true;
        clause_will = true;
      } else if (w.deprel == Deprel::kAux && IsModalAux(l)) {
        other_block = true;
      }
      if (w.deprel == Deprel::kAux && IsFutureAux(l)) {
        if (cur == future_scope) m.future = true;
        clause_will = true;
      }
      // "looked on without intervening", "abstained instead of using its
      // veto": the act did not happen.
      if (w.deprel == Deprel::kMark && IsIn(l, {"if", "unless", "whether", "lest", "without",
                                                "instead"})) {
        other_block = true;
      }
      // "its ban on supplying weapons to Ukraine", with the clause hung on
      // the verb: what a ban or embargo is on is not done.
      if (w.deprel == Deprel::kMark && IsIn(l, {"on", "against"}) && k > 0 &&
          IsIn(v.Lemma(k - 1), {"ban", "embargo", "moratorium", "restriction", "prohibition",
                                "curb", "limit", "veto", "freeze"})) {
        other_block = true;
      }
      // "No date has been set for talks", "no one was consulted"; "Neither
      // France nor Germany recognized ...", "neither side", "none of them"
      // deny the act.
      if ((w.deprel == Deprel::kNsubj || w.deprel == Deprel::kNsubjPass)) {
        size_t det = v.Child(k, Deprel::kDet);
        if (det != kNone && v.Lemma(det) == "no"sv) other_block = true;
        if (det != kNone && v.Lemma(det) == "neither"sv) clause_negated = true;
        if (IsIn(l, {"none", "neither", "nobody"})) clause_negated = true;
        for (size_t c : v.Kids(k)) {
          if (v.w(c).deprel == Deprel::kCcPreconj && v.Lemma(c) == "neither"sv)
            clause_negated = true;
        }
      }
    }
    if (clause_negated) {
      negated = true;
      if (clause_will) volitional_neg = true;
    }
    Deprel rel = v.w(cur).deprel;
    size_t head = v.Head(cur);
    if (head == kNone) break;
    // "denied that its forces had attacked", with "that" read as the verb's
    // object and the clause hung on it: the verb governs the clause.
    if (rel == Deprel::kCcomp && IsIn(v.Lemma(head), {"that", "whether"}) &&
        v.Head(head) != kNone && IsVerbLike(v.w(v.Head(head)))) {
      head = v.Head(head);
    }
    // "rejected claims that it had supplied drones to Russia", "reports
    // that troops had crossed": what a claim or report says is not thereby
    // a fact (also with "that" read as the noun's dependent).
    {
      size_t owner = head;
      if (IsIn(v.Lemma(owner), {"that"}) && v.Head(owner) != kNone) owner = v.Head(owner);
      // (A content clause, not a participle saying what the report does:
      // "a report urging Syria to halt the violence" urges.)
      const bool content = rel == Deprel::kCcomp || (rel == Deprel::kAcl && HasMark(v, cur, "that"));
      if (content && v.w(owner).upos == Upos::kNOUN &&
          IsIn(v.Lemma(owner), {"claim", "allegation", "accusation", "report", "rumour", "rumor",
                                "suggestion", "assertion", "speculation", "charge", "fear",
                                "concern", "worry", "possibility", "prospect", "risk"})) {
        other_block = true;
        break;
      }
    }
    if (IsOpenComplement(v, cur) || rel == Deprel::kCcomp || rel == Deprel::kCsubj) {
      // (A speech verb that is also a governor reports a future when the
      // complement says "will/would": "insisted the withdrawal would start".)
      bool reported_future = rel == Deprel::kCcomp && IsSpeechVerb(v.Lemma(head)) && clause_will;
      // (And a finite clause in the past or present reports a fact: "told
      // reporters he had warned Xi" is no order, as "told Xi to stop" is.)
      bool finite = false;
      auto is_finite = [](Xpos x) {
        return x == Xpos::kVBD || x == Xpos::kVBZ || x == Xpos::kVBP;
      };
      if (rel == Deprel::kCcomp && IsSpeechVerb(v.Lemma(head))) {
        finite = is_finite(v.w(cur).xpos);
        for (size_t k : v.Kids(cur)) {
          const Deprel d = v.w(k).deprel;
          if ((d == Deprel::kAux || d == Deprel::kAuxPass) && is_finite(v.w(k).xpos)) finite = true;
          if (d == Deprel::kMark && v.Lemma(k) == "to"sv) finite = false;
        }
      }
      if (IsIrrealisGovernor(v.Lemma(head)) && !reported_future && !finite) other_block = true;
      // ("kept them from leaving": what one is kept from did not happen.)
      if (HasMark(v, cur, "from")) other_block = true;
      if (rel == Deprel::kAdvcl && cur == future_scope && HasMark(v, cur, "to")) {
        future_scope = head;
      }
      // ("an agreement to continue trading": continuing to trade is
      // trading, the agreement's own act.)
      if (!(rel == Deprel::kXcomp && IsIn(v.Lemma(head), {"continue", "resume", "start", "begin",
                                                           "keep"}))) {
        conjuncts_only = false;
      }
      cur = head;
    } else if (rel == Deprel::kAcl && HasMark(v, cur, "to") && v.Head(head) == kNone &&
               head < cur &&
               (v.w(head).upos == Upos::kPROPN || v.w(head).upos == Upos::kNOUN)) {
      // "Germany to send Patriot missiles to Poland" (a headline, no finite
      // verb): the infinitive on the opening name says what it will do.
      if (cur == p) m.future = true;
      break;
    } else if (rel == Deprel::kAcl && v.Child(cur, Deprel::kMark) != kNone &&
               v.Lemma(v.Child(cur, Deprel::kMark)) == "to"sv && IsIntentionNoun(v.Lemma(head)) &&
               !IsPhoneCall(v, head)) {
      // "an invitation to meet", "a plan to attack": not (yet) done; what
      // a plan or invitation holds is an intention. ("had no plans to send
      // troops": none at all.) What the plan's act is for is further off
      // still: "a proposal to send troops to fight cartels" fights no one.
      if (conjuncts_only) {
        m.future = true;
      } else {
        other_block = true;
      }
      const size_t det = v.Child(head, Deprel::kDet);
      if (det != kNone && v.Lemma(det) == "no"sv) other_block = true;
      break;
    } else if (rel == Deprel::kConj) {
      // Conjoined predicates share the negation and modals of their head
      // ("did not attack or shell"), unless the conjunct is a clause with
      // its own subject ("did not withdraw, but Damascus said ...").
      if (v.Child(cur, Deprel::kNsubj) != kNone || v.Child(cur, Deprel::kNsubjPass) != kNone) break;
      cur = head;
    } else if (rel == Deprel::kAdvcl ||
               (rel == Deprel::kParataxis && v.Child(cur, Deprel::kMark) != kNone)) {
      // An adverbial clause under a conditional inherits it, but a bare
      // participle ("..., accusing X of ...") is an act of its own. (So does
      // a marked clause the parser hung beside the verb.)
      Xpos x = v.w(cur).xpos;
      bool participle = (x == Xpos::kVBG || x == Xpos::kVBN) && v.Child(cur, Deprel::kMark) == kNone;
      if (participle) break;
      // "would not approve the membership until Stockholm cracked down",
      // "will stay until the troops withdraw": what a future or modal
      // clause waits for has not happened.
      const size_t mark = v.Child(cur, Deprel::kMark);
      if (mark != kNone && IsIn(v.Lemma(mark), {"until", "till", "before", "unless"})) {
        for (size_t k : v.Kids(head)) {
          const std::string l = v.Lemma(k);
          if (v.w(k).deprel == Deprel::kAux && (IsFutureAux(l) || IsModalAux(l))) other_block = true;
        }
      }
      cur = head;
      conjuncts_only = false;
    } else {
      break;
    }
  }
  m.blocked = negated || other_block;
  m.refusal = negated && volitional_neg && !other_block;
  return m;
}

// CAMEO's appeal (02), intent (03) and demand (10) families mirror material
// cooperation, aid and yielding: 062 cooperate militarily -> 0212 / 0312 /
// 1012, 072 military aid -> 0232 / 0332 / 1032, 084 release -> 0253 / 0353
// / 1053. `family` is "02", "03" or "10"; returns "" when the embedded act
// has no such counterpart (the caller keeps its coarser code).
std::string MirroredSubcode(std::string_view family, const std::string& embedded) {
  if (embedded.size() < 3) return "";
  const std::string three = embedded.substr(0, 3);
  static constexpr std::pair<std::string_view, std::string_view> kMirror[] = {
      {"061", "11"}, {"062", "12"}, {"063", "13"}, {"064", "14"},  // x1y: cooperate
      {"071", "31"}, {"072", "32"}, {"073", "33"}, {"074", "34"},  // x3y: aid
      {"081", "51"}, {"082", "52"}, {"084", "53"}, {"085", "54"},  // x5y: yield
      {"086", "55"}, {"087", "56"}};
  for (const auto& [act, suffix] : kMirror) {
    if (three == act) return std::string(family) + std::string(suffix);
  }
  // Political reform, 083y (acceded to), mirrors 024y / 034y / 104y with
  // the same last digit (leadership, policy, rights, institutions).
  if (three == "083"sv) {
    return std::string(family) + "4" + (embedded.size() >= 4 ? embedded.substr(3, 1) : "");
  }
  return "";
}

// The threat (13) of a hostile act: of force 138, coercion 137, protest 133,
// and for a reduction of relations the kind reduced ("plans to impose
// tariffs" threatens sanctions, 1312, not force). "" for other acts.
std::string ThreatCode(const std::string& embedded) {
  const std::string root = embedded.substr(0, 2);
  const std::string three = embedded.substr(0, 3);
  if (root == "18"sv || root == "19"sv || root == "20"sv || root == "15"sv) return "138";
  if (root == "17"sv) return "137";
  if (root == "14"sv) return "133";
  if (three == "161"sv) return "1313";
  if (three == "162"sv) return "1311";
  if (three == "163"sv) return "1312";
  if (root == "16"sv) return "131";
  return "";
}

// The root-level class a governor pattern code belongs to, for refining it
// with its complement: 02 appeal, 03 intent, 10 demand, 12 reject, 13 threaten.
std::string RefineByComplement(const std::string& governor_code, const std::string& embedded,
                               bool embedded_by_object) {
  std::string groot = governor_code.substr(0, 2);
  std::string eroot = embedded.substr(0, 2);
  // A governor already at the subcode's parent takes the subcode: "agreed
  // to supply tanks" (033, intent to provide material aid) of 072 is 0332.
  if (governor_code.size() == 3 && (groot == "02"sv || groot == "03"sv || groot == "10"sv)) {
    const std::string sub = MirroredSubcode(groot, embedded);
    if (sub.size() == 4 && sub.compare(0, 3, governor_code) == 0) return sub;
  }
  // A governor whose own pattern named the complement's verb ("demand ...
  // withdraw" is 1056, for troops) gives way to what the complement's
  // object says it is: "demanding the government withdraw the bill" is a
  // demand for a policy change, 1042, not for a military withdrawal. (A
  // complement known by its verb alone says no more than the governor's
  // pattern: "urged him to exercise caution" is no military exercise. And
  // within one kind of appeal the governor's pattern is the finer reading:
  // "called on Egypt to free jailed activists" stays an appeal for their
  // release, 0253, not for easing sanctions, 0251, the mirror of 0811.)
  if (embedded_by_object && governor_code.size() == 4 &&
      (groot == "02"sv || groot == "03"sv || groot == "10"sv)) {
    if (std::string sub = MirroredSubcode(groot, embedded);
        sub.size() == 4 && sub.compare(0, 3, governor_code, 0, 3) != 0) {
      return sub;
    }
  }
  // Only generic governor codes are refined ("020" yes, "0256" no).
  if (governor_code.size() != 3 || governor_code[2] != '0') return governor_code;
  auto pick = [&](const char* c04, const char* c05, const char* c06, const char* c07,
                  const char* c08) -> std::string {
    if (eroot == "04"sv) return c04;
    if (eroot == "05"sv) return c05;
    if (eroot == "06"sv) return c06;
    if (eroot == "07"sv) return c07;
    if (eroot == "08"sv) return c08;
    return governor_code;
  };
  // Mediation has its own appeal, intent and demand codes: "offered to host
  // talks between the army and the opposition" is an intent to mediate.
  if (embedded.compare(0, 3, "045") == 0) {
    if (groot == "02"sv) return "028";
    if (groot == "03"sv) return "039";
    if (groot == "10"sv) return "108";
  }
  if (groot == "02"sv || groot == "10"sv) {
    if (std::string sub = MirroredSubcode(groot, embedded); !sub.empty()) return sub;
    return groot == "02"sv ? pick("026", "022", "021", "023", "025")
                           : pick("106", "102", "101", "103", "105");
  }
  if (groot == "03"sv) {
    // ("vowed to stage protests": a threat of dissent, 133.)
    if (std::string threat = ThreatCode(embedded); !threat.empty()) return threat;
    if (std::string sub = MirroredSubcode("03", embedded); !sub.empty()) return sub;
    return pick("036", "032", "031", "033", "035");
  }
  // ("rejected calls to send missiles": the rejection's own subcode of
  // what was asked, 1222, as for a refusal.)
  if (groot == "12"sv) {
    if (std::string r = RefusalCode(embedded); !r.empty() && r != "120"sv) return r;
    return pick("125", "120", "121", "122", "124");
  }
  if (groot == "13"sv) {
    if (std::string threat = ThreatCode(embedded); !threat.empty()) return threat;
  }
  return governor_code;
}

// A future event ("will meet") is an intent (03) or a threat (13).
std::string FutureCode(const std::string& code) {
  std::string root = code.substr(0, 2);
  if (std::string sub = MirroredSubcode("03", code); !sub.empty()) return sub;
  if (root == "04"sv) return "036";
  if (root == "05"sv) return "032";
  if (root == "06"sv) return "031";
  if (root == "07"sv) return "033";
  if (root == "08"sv) return "035";
  if (std::string threat = ThreatCode(code); !threat.empty() && root != "14"sv) return threat;
  return code;
}

std::string RefusalCode(const std::string& code) {
  std::string root = code.substr(0, 2);
  std::string three = code.substr(0, 3);
  if (three == "045"sv) return "126";  // rejecting mediation
  if (root == "04"sv) return "125";
  if (three == "038"sv) return "126";
  if (three == "057"sv) return "127";
  if (root == "05"sv) return "120";
  if (three == "061"sv) return "1211";
  if (three == "062"sv) return "1212";
  if (three == "063"sv) return "1213";
  if (three == "064"sv) return "1214";
  if (root == "06"sv) return "121";
  if (three == "071"sv) return "1221";
  if (three == "072"sv) return "1222";
  if (three == "073"sv) return "1223";
  if (three == "074"sv) return "1224";
  if (root == "07"sv) return "122";
  if (three == "081"sv) return "1241";
  if (three == "082"sv) return "1242";
  if (three == "083"sv) return code.size() == 4 ? "123" + code.substr(3, 1) : "123";
  if (three == "084"sv) return "1243";
  if (three == "085"sv) return "1244";
  if (three == "086"sv) return "1245";
  if (three == "087"sv) return "1246";
  if (root == "08"sv) return "124";
  return "";
}

}  // namespace khaldun::event
