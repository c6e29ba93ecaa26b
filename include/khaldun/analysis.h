// The linguistic analysis of a sentence: words with their byte spans in the
// original input, part-of-speech tags, lemmas and a dependency tree.
//
// These are plain values handed from stage to stage (tokenizer -> tagger ->
// lemmatizer -> parser -> event coder) and returned by `khaldun parse`. The tag
// sets are fixed enums, so code that reads a tree compares integers
// (`w.deprel == Deprel::kNsubjPass`) rather than strings.
//
// Label inventories follow Universal Dependencies v2 as used by the English Web
// Treebank (UPOS, PTB-style XPOS, UD relations with EWT's subtypes).
// DO NOT CHANGE the order of any enum: the numeric values are stored in model
// files. Add new values at the end, before the kCount sentinel, and bump the
// model format version.
//
// Thread safety: plain values.
#ifndef KHALDUN_INCLUDE_KHALDUN_ANALYSIS_H_
#define KHALDUN_INCLUDE_KHALDUN_ANALYSIS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace khaldun {

// A half-open byte range [begin, end) into the ORIGINAL input bytes (before
// UTF-8 repair and normalisation), so evidence can always be shown as typed.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool operator==(const Span&) const = default;
};

#define KHALDUN_UPOS_LIST(T)                                                                     \
  T(ADJ) T(ADP) T(ADV) T(AUX) T(CCONJ) T(DET) T(INTJ) T(NOUN) T(NUM) T(PART) T(PRON) T(PROPN) \
  T(PUNCT) T(SCONJ) T(SYM) T(VERB) T(X)

enum class Upos : uint8_t {
#define KHALDUN_ENUM_ITEM_(name) k##name,
  KHALDUN_UPOS_LIST(KHALDUN_ENUM_ITEM_)
#undef KHALDUN_ENUM_ITEM_
  kCount
};

// Penn Treebank tags plus the extensions of the English Web Treebank. The
// second column is the tag as written in CoNLL-U.
#define KHALDUN_XPOS_LIST(X)                                                                    \
  X(NN, "NN") X(NNS, "NNS") X(NNP, "NNP") X(NNPS, "NNPS") X(PRP, "PRP") X(PRPS, "PRP$")          \
  X(DT, "DT") X(PDT, "PDT") X(WDT, "WDT") X(WP, "WP") X(WPS, "WP$") X(WRB, "WRB") X(EX, "EX")    \
  X(JJ, "JJ") X(JJR, "JJR") X(JJS, "JJS") X(RB, "RB") X(RBR, "RBR") X(RBS, "RBS") X(RP, "RP")    \
  X(VB, "VB") X(VBD, "VBD") X(VBG, "VBG") X(VBN, "VBN") X(VBP, "VBP") X(VBZ, "VBZ") X(MD, "MD")  \
  X(TO, "TO") X(IN, "IN") X(CC, "CC") X(CD, "CD") X(POS, "POS") X(UH, "UH") X(FW, "FW")          \
  X(LS, "LS") X(SYM, "SYM") X(PERIOD, ".") X(COMMA, ",") X(COLON, ":") X(LRB, "-LRB-")           \
  X(RRB, "-RRB-") X(OPENQ, "``") X(CLOSEQ, "''") X(HYPH, "HYPH") X(NFP, "NFP") X(DOLLAR, "$")    \
  X(POUND, "#") X(ADD, "ADD") X(AFX, "AFX") X(GW, "GW") X(XX, "XX")

enum class Xpos : uint8_t {
#define KHALDUN_ENUM_ITEM_(name, text) k##name,
  KHALDUN_XPOS_LIST(KHALDUN_ENUM_ITEM_)
#undef KHALDUN_ENUM_ITEM_
  kCount
};

// UD relations: the universal ones, then the subtypes used in English.
#define KHALDUN_DEPREL_LIST(X)                                                                   \
  X(Root, "root") X(Punct, "punct") X(Case, "case") X(Nsubj, "nsubj") X(Det, "det")              \
  X(Advmod, "advmod") X(Obj, "obj") X(Amod, "amod") X(Obl, "obl") X(Conj, "conj")               \
  X(Compound, "compound") X(Mark, "mark") X(Nmod, "nmod") X(Cc, "cc") X(Aux, "aux")             \
  X(Cop, "cop") X(Advcl, "advcl") X(Xcomp, "xcomp") X(Ccomp, "ccomp") X(Flat, "flat")           \
  X(Parataxis, "parataxis") X(Nummod, "nummod") X(Appos, "appos") X(Acl, "acl")                 \
  X(Discourse, "discourse") X(Iobj, "iobj") X(List, "list") X(Expl, "expl") X(Fixed, "fixed")    \
  X(Csubj, "csubj") X(Vocative, "vocative") X(Goeswith, "goeswith") X(Reparandum, "reparandum") \
  X(Orphan, "orphan") X(Dislocated, "dislocated") X(Dep, "dep") X(Clf, "clf")                   \
  X(NmodPoss, "nmod:poss") X(AclRelcl, "acl:relcl") X(AuxPass, "aux:pass")                      \
  X(NsubjPass, "nsubj:pass") X(OblUnmarked, "obl:unmarked") X(NmodUnmarked, "nmod:unmarked")    \
  X(CompoundPrt, "compound:prt") X(NmodDesc, "nmod:desc") X(OblAgent, "obl:agent")              \
  X(NsubjOuter, "nsubj:outer") X(DetPredet, "det:predet") X(AdvclRelcl, "advcl:relcl")          \
  X(CcPreconj, "cc:preconj") X(CsubjPass, "csubj:pass") X(CsubjOuter, "csubj:outer")            \
  X(OblTmod, "obl:tmod") X(OblNpmod, "obl:npmod") X(NmodTmod, "nmod:tmod")                      \
  X(NmodNpmod, "nmod:npmod") X(FlatForeign, "flat:foreign")

enum class Deprel : uint8_t {
#define KHALDUN_ENUM_ITEM_(name, text) k##name,
  KHALDUN_DEPREL_LIST(KHALDUN_ENUM_ITEM_)
#undef KHALDUN_ENUM_ITEM_
  kCount
};

// Names as written in CoNLL-U. Never null.
const char* UposName(Upos tag);
const char* XposName(Xpos tag);
const char* DeprelName(Deprel rel);

// Parse a CoNLL-U label. A deprel with an unknown subtype ("obl:foo") maps to
// its universal relation; anything else unknown gives nullopt.
std::optional<Upos> ParseUpos(std::string_view name);
std::optional<Xpos> ParseXpos(std::string_view name);
std::optional<Deprel> ParseDeprel(std::string_view name);

// The universal relation a subtype belongs to (kNsubjPass -> kNsubj).
Deprel BaseDeprel(Deprel rel);

// One syntactic word. `form` is the normalised text that was analysed (NFC,
// straight quotes); `span` points at the original bytes it came from. Several
// words can share one span when a token was split ("don't" -> "do" + "n't"
// share nothing: each gets its own bytes; "gonna" -> "gon" + "na" likewise).
struct Word {
  std::string form;
  Span span;
  bool space_after = true;  // false when the next word follows without a space
  std::string lemma;
  Upos upos = Upos::kX;
  Xpos xpos = Xpos::kXX;
  int32_t head = -1;        // 1-based index of the head word; 0 = root; -1 = not parsed
  Deprel deprel = Deprel::kDep;
};

// A sentence: its span in the original input and its words in order.
struct Sentence {
  Span span;
  std::vector<Word> words;
};

}  // namespace khaldun

#endif  // KHALDUN_INCLUDE_KHALDUN_ANALYSIS_H_
