#include "event/modality.h"

namespace khaldun::event {
namespace {

bool IsNegator(const SentenceView& v, size_t k) {
  const Word& w = v.w(k);
  std::string l = v.Lemma(k);
  if (w.deprel == Deprel::kAdvmod && (l == "not" || l == "never" || l == "n't")) return true;
  return false;
}

bool IsModalAux(std::string_view lemma) {
  return IsIn(lemma, {"may", "might", "could", "would", "should", "can", "must", "ought"});
}

bool IsFutureAux(std::string_view lemma) { return IsIn(lemma, {"will", "shall", "'ll"}); }

}  // namespace

// Verbs whose complement did not (yet) happen: the complement's event is not
// coded; the governor codes its own act (and may be refined by it).
bool IsIrrealisGovernor(std::string_view lemma) {
  return IsIn(lemma, {// refusal and failure
                      "deny", "refuse", "fail", "reject", "decline", "avoid", "oppose", "resist",
                      "hesitate", "struggle",
                      // plans, wishes, attempts
                      "consider", "plan", "intend", "want", "seek", "hope", "wish", "try",
                      "attempt", "prepare", "expect", "aim", "need", "vote", "move",
                      "agree", "dare",
                      // promises and threats
                      "threaten", "threat", "propose", "offer", "vow", "pledge", "promise",
                      // appeals, demands, orders
                      "warn", "urge", "call", "ask", "demand", "appeal", "press", "push",
                      "pressure", "encourage", "invite", "tell", "order", "persuade", "convince",
                      "recommend", "suggest", "advise", "insist",
                      // permission and prevention
                      "allow", "permit", "authorize", "approve", "forbid", "ban", "prevent",
                      "stop", "halt",
                      // appearance, modal verbs, help
                      "seem", "appear", "mean", "would", "could", "help", "work",
                      // predicative adjectives ("is ready to")
                      "ready", "willing", "prepared", "eager", "determined", "committed",
                      "likely", "unlikely", "able", "unable"});
}

bool IsSpeechVerb(std::string_view lemma) {
  return IsIn(lemma, {"say", "announce", "tell", "state", "declare", "insist", "add", "report",
                      "confirm", "indicate", "signal", "promise", "pledge", "vow"});
}

Modality ModalityOf(const SentenceView& v, size_t p) {
  Modality m;
  size_t cur = p;
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
    for (size_t k : v.Kids(cur)) {
      const Word& w = v.w(k);
      std::string l = v.Lemma(k);
      if (IsNegator(v, k)) m.blocked = true;
      if (w.deprel == Deprel::kAux && reported && l == "would") {
        if (cur == p) m.future = true;
      } else if (w.deprel == Deprel::kAux && IsModalAux(l)) {
        m.blocked = true;
      }
      if (w.deprel == Deprel::kAux && IsFutureAux(l) && cur == p) m.future = true;
      if (w.deprel == Deprel::kMark && IsIn(l, {"if", "unless", "whether", "lest"})) m.blocked = true;
      // "No date has been set for talks", "no one was consulted".
      if ((w.deprel == Deprel::kNsubj || w.deprel == Deprel::kNsubjPass)) {
        size_t det = v.Child(k, Deprel::kDet);
        if (det != kNone && v.Lemma(det) == "no") m.blocked = true;
      }
    }
    Deprel rel = v.w(cur).deprel;
    size_t head = v.Head(cur);
    if (head == kNone) break;
    if (IsOpenComplement(v, cur) || rel == Deprel::kCcomp || rel == Deprel::kCsubj) {
      if (IsIrrealisGovernor(v.Lemma(head))) m.blocked = true;
      cur = head;
    } else if (rel == Deprel::kConj) {
      // Conjoined predicates share the negation and modals of their head
      // ("did not attack or shell").
      cur = head;
    } else if (rel == Deprel::kAdvcl) {
      // An adverbial clause under a conditional inherits it, but a bare
      // participle ("..., accusing X of ...") is an act of its own.
      Xpos x = v.w(cur).xpos;
      bool participle = (x == Xpos::kVBG || x == Xpos::kVBN) && v.Child(cur, Deprel::kMark) == kNone;
      if (participle) break;
      cur = head;
    } else {
      break;
    }
  }
  return m;
}

// The root-level class a governor pattern code belongs to, for refining it
// with its complement: 02 appeal, 03 intent, 10 demand, 12 reject, 13 threaten.
std::string RefineByComplement(const std::string& governor_code, const std::string& embedded) {
  std::string groot = governor_code.substr(0, 2);
  std::string eroot = embedded.substr(0, 2);
  // Only generic governor codes are refined ("020" yes, "0256" no).
  if (governor_code.size() != 3 || governor_code[2] != '0') return governor_code;
  auto pick = [&](const char* c04, const char* c05, const char* c06, const char* c07,
                  const char* c08) -> std::string {
    if (eroot == "04") return c04;
    if (eroot == "05") return c05;
    if (eroot == "06") return c06;
    if (eroot == "07") return c07;
    if (eroot == "08") return c08;
    return governor_code;
  };
  if (groot == "02") return pick("026", "022", "021", "023", "025");
  if (groot == "03") {
    if (eroot >= "14" && eroot <= "20") return eroot == "17" ? "137" : "138";
    return pick("036", "032", "031", "033", "035");
  }
  if (groot == "10") return pick("106", "102", "101", "103", "105");
  if (groot == "12") return pick("125", "120", "121", "122", "124");
  if (groot == "13") {
    if (eroot == "18" || eroot == "19" || eroot == "20" || eroot == "15") return "138";
    if (eroot == "17") return "137";
    if (eroot == "16") return "131";
  }
  return governor_code;
}

// A future event ("will meet") is an intent (03) or a threat (13).
std::string FutureCode(const std::string& code) {
  std::string root = code.substr(0, 2);
  if (root == "04") return "036";
  if (root == "05") return "032";
  if (root == "06") return "031";
  if (root == "07") return "033";
  if (root == "08") return "035";
  if (root == "18" || root == "19" || root == "20" || root == "15") return "138";
  if (root == "17") return "137";
  if (root == "16") return "131";
  return code;
}

}  // namespace khaldun::event
