#include "dict/knowledge_base.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "base/coding.h"
#include "base/section_file.h"
#include "port/file.h"
#include "token/tokenizer.h"

namespace khaldun::dict {
namespace {

constexpr char kMagic[] = "khaldun knowledge base\n";
// Version 2: patterns carry negative constraints (not-obj, not-xcomp, not-prep).
// Version 3: patterns carry adverb requirements (adv=).
// Version 4: patterns carry word order (before=, after=).
// Version 5: patterns carry a compound slot (compound=).
// Version 6: actor codes carry a country of operation ("SYRINS in SYR").
// Version 7: agents may go before the country code ("NGO~").
constexpr uint32_t kFormatVersion = 7;
constexpr char kRebuildHint[] =
    "rebuild it with `khaldun dict compile data/kb -o FILE` (the build does this for the default)";

// Section kinds. DO NOT RENUMBER.
enum : uint32_t {
  kSectionProvenance = 1,
  kSectionCodebook = 2,
  kSectionActors = 3,
  kSectionAgents = 4,
  kSectionPatterns = 5,
  kSectionIssues = 6,
  kSectionPlaces = 7,
  kSectionTrie = 8,
  kSectionSelfTest = 9,
};

void PutStrings(std::string* out, const std::vector<std::string>& v) {
  base::PutFixed<uint32_t>(out, static_cast<uint32_t>(v.size()));
  for (const std::string& s : v) base::PutString(out, s);
}

bool ReadStrings(base::ByteReader* in, std::vector<std::string>* v) {
  uint32_t n = 0;
  if (!in->Read(&n) || n > in->remaining() / 4) return false;
  v->resize(n);
  for (std::string& s : *v) {
    if (!in->ReadString(&s)) return false;
  }
  return true;
}

bool ReadU8(base::ByteReader* in, uint8_t* v, uint8_t limit) {
  return in->Read(v) && *v < limit;
}

std::string SerializeActors(const std::vector<KbActor>& actors) {
  std::string out;
  base::PutFixed<uint64_t>(&out, actors.size());
  for (const KbActor& a : actors) {
    base::PutFixed<uint8_t>(&out, static_cast<uint8_t>(a.kind));
    PutStrings(&out, a.names);
    base::PutFixed<uint32_t>(&out, static_cast<uint32_t>(a.codes.size()));
    for (const KbDatedCode& c : a.codes) {
      base::PutString(&out, c.code);
      base::PutString(&out, c.from);
      base::PutString(&out, c.to);
      base::PutString(&out, c.in_country);
    }
  }
  return out;
}

bool DeserializeActors(std::string_view bytes, std::vector<KbActor>* actors) {
  base::ByteReader in(bytes);
  uint64_t n = 0;
  if (!in.Read(&n) || n > in.remaining()) return false;
  actors->resize(n);
  for (KbActor& a : *actors) {
    uint8_t kind = 0;
    uint32_t codes = 0;
    if (!ReadU8(&in, &kind, kActorKindCount) || !ReadStrings(&in, &a.names) || !in.Read(&codes) ||
        codes > in.remaining() / 16) {
      return false;
    }
    a.kind = static_cast<ActorKind>(kind);
    a.codes.resize(codes);
    for (KbDatedCode& c : a.codes) {
      if (!in.ReadString(&c.code) || !in.ReadString(&c.from) || !in.ReadString(&c.to) ||
          !in.ReadString(&c.in_country)) {
        return false;
      }
    }
  }
  return in.remaining() == 0;
}

std::string SerializeAgents(const std::vector<KbAgent>& agents) {
  std::string out;
  base::PutFixed<uint64_t>(&out, agents.size());
  for (const KbAgent& a : agents) {
    PutStrings(&out, a.names);
    base::PutString(&out, a.roles);
    base::PutFixed<uint8_t>(&out, a.before_actor ? 1 : 0);
  }
  return out;
}

bool DeserializeAgents(std::string_view bytes, std::vector<KbAgent>* agents) {
  base::ByteReader in(bytes);
  uint64_t n = 0;
  if (!in.Read(&n) || n > in.remaining()) return false;
  agents->resize(n);
  for (KbAgent& a : *agents) {
    uint8_t before = 0;
    if (!ReadStrings(&in, &a.names) || !in.ReadString(&a.roles) || !in.Read(&before) ||
        before > 1) {
      return false;
    }
    a.before_actor = before == 1;
  }
  return in.remaining() == 0;
}

std::string SerializePatterns(const std::vector<KbPattern>& patterns) {
  std::string out;
  base::PutFixed<uint64_t>(&out, patterns.size());
  for (const KbPattern& p : patterns) {
    base::PutString(&out, p.cameo);
    base::PutFixed<uint8_t>(&out, static_cast<uint8_t>(p.kind));
    base::PutString(&out, p.lemma);
    PutStrings(&out, p.objects);
    PutStrings(&out, p.targets);
    PutStrings(&out, p.sources);
    PutStrings(&out, p.xcomps);
    PutStrings(&out, p.not_objects);
    PutStrings(&out, p.not_xcomps);
    PutStrings(&out, p.not_preps);
    PutStrings(&out, p.adverbs);
    PutStrings(&out, p.before);
    PutStrings(&out, p.after);
    base::PutString(&out, p.compound);
    base::PutFixed<uint8_t>(&out, p.symmetric ? 1 : 0);
    base::PutString(&out, p.reverse);
    base::PutFixed<uint8_t>(&out, p.target_optional ? 1 : 0);
  }
  return out;
}

bool DeserializePatterns(std::string_view bytes, std::vector<KbPattern>* patterns) {
  base::ByteReader in(bytes);
  uint64_t n = 0;
  if (!in.Read(&n) || n > in.remaining()) return false;
  patterns->resize(n);
  for (KbPattern& p : *patterns) {
    uint8_t kind = 0, symmetric = 0, optional = 0;
    if (!in.ReadString(&p.cameo) || !ReadU8(&in, &kind, 2) || !in.ReadString(&p.lemma) ||
        !ReadStrings(&in, &p.objects) || !ReadStrings(&in, &p.targets) ||
        !ReadStrings(&in, &p.sources) || !ReadStrings(&in, &p.xcomps) ||
        !ReadStrings(&in, &p.not_objects) || !ReadStrings(&in, &p.not_xcomps) ||
        !ReadStrings(&in, &p.not_preps) || !ReadStrings(&in, &p.adverbs) ||
        !ReadStrings(&in, &p.before) || !ReadStrings(&in, &p.after) ||
        !in.ReadString(&p.compound) ||
        !ReadU8(&in, &symmetric, 2) || !in.ReadString(&p.reverse) || !ReadU8(&in, &optional, 2)) {
      return false;
    }
    p.kind = static_cast<PredicateKind>(kind);
    p.symmetric = symmetric != 0;
    p.target_optional = optional != 0;
  }
  return in.remaining() == 0;
}

std::string SerializeIssues(const std::vector<KbIssue>& issues) {
  std::string out;
  base::PutFixed<uint64_t>(&out, issues.size());
  for (const KbIssue& i : issues) {
    PutStrings(&out, i.names);
    base::PutString(&out, i.issue);
  }
  return out;
}

bool DeserializeIssues(std::string_view bytes, std::vector<KbIssue>* issues) {
  base::ByteReader in(bytes);
  uint64_t n = 0;
  if (!in.Read(&n) || n > in.remaining()) return false;
  issues->resize(n);
  for (KbIssue& i : *issues) {
    if (!ReadStrings(&in, &i.names) || !in.ReadString(&i.issue)) return false;
  }
  return in.remaining() == 0;
}

std::string SerializePlaces(const std::vector<KbPlace>& places) {
  std::string out;
  base::PutFixed<uint64_t>(&out, places.size());
  for (const KbPlace& p : places) {
    PutStrings(&out, p.names);
    base::PutString(&out, p.country);
    base::PutString(&out, p.gazetteer_name);
  }
  return out;
}

bool DeserializePlaces(std::string_view bytes, std::vector<KbPlace>* places) {
  base::ByteReader in(bytes);
  uint64_t n = 0;
  if (!in.Read(&n) || n > in.remaining()) return false;
  places->resize(n);
  for (KbPlace& p : *places) {
    if (!ReadStrings(&in, &p.names) || !in.ReadString(&p.country) ||
        !in.ReadString(&p.gazetteer_name)) {
      return false;
    }
  }
  return in.remaining() == 0;
}

std::string LastWord(std::string_view lemma) {
  size_t space = lemma.find_last_of(' ');
  return std::string(space == std::string_view::npos ? lemma : lemma.substr(space + 1));
}

// Role codes CAMEO defines for domestic actors (CAMEO manual, actor codebook).
const std::set<std::string>& KnownRoles() {
  static const std::set<std::string> roles = {
      "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "BUS", "CVL", "LAB", "REF",
      "HLH", "EDU", "NGO", "IGO", "UAF", "INS", "CRM", "ELI", "LEG", "ENV", "AGR", "RAD", "SET",
      "HRI", "SEP", "MOD", "DEV", "AMN", "IRC", "REL", "MNC", "UNO", "PKO", "CHR", "MOS", "JEW",
      "BUD", "HIN", "SHI", "SUN", "CTH", "ATH", "MUS", "JUS", "RES", "PRI", "ALQ", "HMS", "HEZ",
      "FTA", "IMG", "NGM", "EXE", "INT", "TOP", "MID", "LOW", "UIS", "ITH", "SIK", "CON", "SCI"};
  return roles;
}

}  // namespace

std::vector<std::string> NameKey(std::string_view name, const token::Tokenizer& tokenizer) {
  // A name is tokenized as it would be inside a sentence: a sentinel word
  // after it keeps a final abbreviation period attached ("U.N." stays one
  // token instead of "U.N" + ".").
  std::string text = std::string(name) + " khaldunsentinel";
  std::vector<std::string> key;
  for (const Sentence& s : tokenizer.Tokenize(text)) {
    for (const Word& w : s.words) {
      if (w.form == "-" || w.form == "khaldunsentinel") continue;
      key.push_back(FoldToken(w.form));
    }
  }
  return key;
}

Result<std::unique_ptr<KnowledgeBase>> KnowledgeBase::Compile(const KnowledgeSource& source,
                                                              const Codebook& codebook,
                                                              const token::Tokenizer& tokenizer,
                                                              const CompileOptions& options,
                                                              std::vector<LineProblem>* problems) {
  if (source.actors.empty() && source.agents.empty() && source.patterns.empty()) {
    return InvalidArgumentError("the knowledge source has no actors, agents or patterns");
  }
  auto report = [&](const SourceLocation& where, std::string reason) {
    if (problems) problems->push_back(LineProblem{where.file, where.line, std::move(reason)});
  };
  std::unique_ptr<KnowledgeBase> kb(new KnowledgeBase());
  kb->codebook_ = codebook;
  kb->actors_ = source.actors;
  kb->agents_ = source.agents;
  kb->issues_ = source.issues;
  kb->places_ = source.places;
  for (const KbPattern& p : source.patterns) {
    if (!p.IsNoEvent() && !codebook.IsValidCode(p.cameo)) {
      report(p.where, "CAMEO code " + p.cameo + " is not in the codebook; pattern skipped");
      continue;
    }
    if (!p.reverse.empty() && !codebook.IsValidCode(p.reverse)) {
      report(p.where, "reverse code " + p.reverse + " is not in the codebook; pattern skipped");
      continue;
    }
    kb->patterns_.push_back(p);
  }
  PhraseTrie::Builder builder;
  auto add_names = [&](const std::vector<std::string>& names, EntityType type, size_t index,
                       const SourceLocation& where) {
    for (const std::string& name : names) {
      std::vector<std::string> key = NameKey(name, tokenizer);
      if (key.empty()) {
        report(where, "name '" + name + "' has no tokens; skipped");
        continue;
      }
      PhraseHit hit;
      hit.type = static_cast<uint8_t>(type);
      hit.index = static_cast<uint32_t>(index);
      builder.Add(key, hit);
      if (kb->self_tests_.size() < 8 && index % 97 == 0 && name == names.front()) {
        kb->self_tests_.emplace_back(key, hit);
      }
    }
  };
  for (size_t i = 0; i < kb->actors_.size(); ++i) {
    add_names(kb->actors_[i].names, EntityType::kActor, i, kb->actors_[i].where);
  }
  for (size_t i = 0; i < kb->agents_.size(); ++i) {
    add_names(kb->agents_[i].names, EntityType::kAgent, i, kb->agents_[i].where);
  }
  for (size_t i = 0; i < kb->issues_.size(); ++i) {
    add_names(kb->issues_[i].names, EntityType::kIssue, i, kb->issues_[i].where);
  }
  for (size_t i = 0; i < kb->places_.size(); ++i) {
    add_names(kb->places_[i].names, EntityType::kPlace, i, kb->places_[i].where);
  }
  kb->trie_ = builder.Build();
  char hash[17];
  std::snprintf(hash, sizeof(hash), "%016llx", static_cast<unsigned long long>(source.source_hash));
  kb->provenance_ = std::string("source-hash ") + hash + " files " +
                    std::to_string(source.files.size());
  if (!options.build_date.empty()) kb->provenance_ += " built " + options.build_date;
  kb->IndexPatterns();
  return kb;
}

void KnowledgeBase::IndexPatterns() {
  verb_patterns_.clear();
  noun_patterns_.clear();
  for (size_t i = 0; i < patterns_.size(); ++i) {
    const KbPattern& p = patterns_[i];
    if (p.kind == PredicateKind::kVerb) {
      verb_patterns_[p.lemma].push_back(static_cast<uint32_t>(i));
    } else {
      noun_patterns_[LastWord(p.lemma)].push_back(static_cast<uint32_t>(i));
    }
  }
}

const std::vector<uint32_t>& KnowledgeBase::VerbPatterns(std::string_view lemma) const {
  static const std::vector<uint32_t> kNone;
  auto it = verb_patterns_.find(std::string(lemma));
  return it == verb_patterns_.end() ? kNone : it->second;
}

const std::vector<uint32_t>& KnowledgeBase::NounPatterns(std::string_view head_lemma) const {
  static const std::vector<uint32_t> kNone;
  auto it = noun_patterns_.find(std::string(head_lemma));
  return it == noun_patterns_.end() ? kNone : it->second;
}

std::string KnowledgeBase::Serialize() const {
  base::SectionFileWriter writer(kMagic, kFormatVersion);
  writer.AddSection(kSectionProvenance, provenance_);
  writer.AddSection(kSectionCodebook, codebook_.Serialize());
  writer.AddSection(kSectionActors, SerializeActors(actors_));
  writer.AddSection(kSectionAgents, SerializeAgents(agents_));
  writer.AddSection(kSectionPatterns, SerializePatterns(patterns_));
  writer.AddSection(kSectionIssues, SerializeIssues(issues_));
  writer.AddSection(kSectionPlaces, SerializePlaces(places_));
  writer.AddSection(kSectionTrie, trie_.Serialize());
  std::string tests;
  base::PutFixed<uint32_t>(&tests, static_cast<uint32_t>(self_tests_.size()));
  for (const auto& [key, hit] : self_tests_) {
    PutStrings(&tests, key);
    base::PutFixed<uint8_t>(&tests, hit.type);
    base::PutFixed<uint32_t>(&tests, hit.index);
  }
  writer.AddSection(kSectionSelfTest, tests);
  return writer.Finish();
}

Result<std::unique_ptr<KnowledgeBase>> KnowledgeBase::FromBytes(std::string_view bytes,
                                                                std::string_view file_name) {
  KHALDUN_ASSIGN_OR_RETURN(
      base::SectionFile file,
      base::SectionFile::Parse(bytes, kMagic, kFormatVersion, file_name, kRebuildHint));
  std::unique_ptr<KnowledgeBase> kb(new KnowledgeBase());
  auto corrupt = [&](const char* what) {
    return CorruptionError(std::string(file_name) + ": " + what + " section is malformed; " +
                           kRebuildHint);
  };
  KHALDUN_ASSIGN_OR_RETURN(std::string_view provenance, file.Get(kSectionProvenance));
  kb->provenance_ = std::string(provenance);
  KHALDUN_ASSIGN_OR_RETURN(std::string_view codebook, file.Get(kSectionCodebook));
  auto cb = Codebook::Deserialize(codebook);
  if (!cb.ok()) return corrupt("codebook");
  kb->codebook_ = std::move(cb).value();
  KHALDUN_ASSIGN_OR_RETURN(std::string_view actors, file.Get(kSectionActors));
  if (!DeserializeActors(actors, &kb->actors_)) return corrupt("actors");
  KHALDUN_ASSIGN_OR_RETURN(std::string_view agents, file.Get(kSectionAgents));
  if (!DeserializeAgents(agents, &kb->agents_)) return corrupt("agents");
  KHALDUN_ASSIGN_OR_RETURN(std::string_view patterns, file.Get(kSectionPatterns));
  if (!DeserializePatterns(patterns, &kb->patterns_)) return corrupt("patterns");
  KHALDUN_ASSIGN_OR_RETURN(std::string_view issues, file.Get(kSectionIssues));
  if (!DeserializeIssues(issues, &kb->issues_)) return corrupt("issues");
  KHALDUN_ASSIGN_OR_RETURN(std::string_view places, file.Get(kSectionPlaces));
  if (!DeserializePlaces(places, &kb->places_)) return corrupt("places");
  KHALDUN_ASSIGN_OR_RETURN(std::string_view trie, file.Get(kSectionTrie));
  auto t = PhraseTrie::Deserialize(trie);
  if (!t.ok()) return corrupt("phrase trie");
  kb->trie_ = std::move(t).value();
  // Hits must point into the tables.
  for (size_t node = 0; node < kb->trie_.node_count(); ++node) {
    for (const PhraseHit* h = kb->trie_.HitsBegin(static_cast<uint32_t>(node));
         h != kb->trie_.HitsEnd(static_cast<uint32_t>(node)); ++h) {
      size_t limit = h->type == 0   ? kb->actors_.size()
                     : h->type == 1 ? kb->agents_.size()
                     : h->type == 2 ? kb->issues_.size()
                     : h->type == 3 ? kb->places_.size()
                                    : 0;
      if (h->index >= limit) return corrupt("phrase trie hit");
    }
  }
  for (const KbPattern& p : kb->patterns_) {
    if (!p.IsNoEvent() && !kb->codebook_.IsValidCode(p.cameo)) {
      return corrupt("patterns (unknown CAMEO code)");
    }
  }
  KHALDUN_ASSIGN_OR_RETURN(std::string_view tests, file.Get(kSectionSelfTest));
  base::ByteReader in(tests);
  uint32_t n = 0;
  if (!in.Read(&n) || n > 1024) return corrupt("self-test");
  for (uint32_t i = 0; i < n; ++i) {
    std::vector<std::string> key;
    PhraseHit hit;
    if (!ReadStrings(&in, &key) || !in.Read(&hit.type) || !in.Read(&hit.index)) {
      return corrupt("self-test");
    }
    kb->self_tests_.emplace_back(std::move(key), hit);
  }
  KHALDUN_RETURN_IF_ERROR(kb->SelfTest(file_name));
  kb->IndexPatterns();
  return kb;
}

Status KnowledgeBase::SelfTest(std::string_view file_name) const {
  for (const auto& [key, hit] : self_tests_) {
    std::vector<TokenKey> keys(key.size());
    for (size_t i = 0; i < key.size(); ++i) keys[i].form = keys[i].lemma = trie_.TokenId(key[i]);
    uint32_t node = 0;
    size_t len = trie_.LongestMatch(keys.data(), keys.size(), 0, &node);
    bool found = len == key.size() &&
                 std::find(trie_.HitsBegin(node), trie_.HitsEnd(node), hit) != trie_.HitsEnd(node);
    if (!found) {
      return CorruptionError(std::string(file_name) + ": self-test lookup failed; " + kRebuildHint);
    }
  }
  return Status::Ok();
}

Result<std::unique_ptr<KnowledgeBase>> KnowledgeBase::Load(const std::string& path) {
  KHALDUN_ASSIGN_OR_RETURN(std::unique_ptr<port::MappedFile> file, port::MappedFile::Open(path));
  return FromBytes(file->bytes(), path);
}

std::vector<PhraseMatch> KnowledgeBase::FindPhrases(const Sentence& sentence) const {
  std::vector<PhraseMatch> out;
  std::vector<TokenKey> keys;
  std::vector<size_t> positions;
  keys.reserve(sentence.words.size());
  positions.reserve(sentence.words.size());
  // The folded form of each word, then the folded lemmas that differ from
  // their forms, looked up in one batch (TokenIds overlaps the cache misses).
  std::vector<std::string> folded;
  std::vector<size_t> lemma_of;  // per key: index into `folded`, or its form's
  folded.reserve(2 * sentence.words.size());
  for (size_t i = 0; i < sentence.words.size(); ++i) {
    const Word& w = sentence.words[i];
    if (w.form == "-") continue;
    positions.push_back(i);
    folded.push_back(FoldToken(w.form));
  }
  for (size_t k = 0; k < positions.size(); ++k) {
    const Word& w = sentence.words[positions[k]];
    if (w.lemma.empty() || w.lemma == w.form) {
      lemma_of.push_back(k);
    } else {
      lemma_of.push_back(folded.size());
      folded.push_back(FoldToken(w.lemma));
    }
  }
  std::vector<std::string_view> views(folded.begin(), folded.end());
  std::vector<uint32_t> ids(views.size());
  trie_.TokenIds(views.data(), views.size(), ids.data());
  for (size_t k = 0; k < positions.size(); ++k) keys.push_back(TokenKey{ids[k], ids[lemma_of[k]]});
  for (size_t i = 0; i < keys.size();) {
    if (keys[i].form == kNoToken && keys[i].lemma == kNoToken) {
      ++i;
      continue;
    }
    uint32_t node = 0;
    size_t len = trie_.LongestMatch(keys.data(), keys.size(), i, &node);
    if (len == 0) {
      ++i;
      continue;
    }
    PhraseMatch m;
    m.begin = positions[i];
    m.end = positions[i + len - 1] + 1;
    m.hits.assign(trie_.HitsBegin(node), trie_.HitsEnd(node));
    out.push_back(std::move(m));
    i += len;
  }
  return out;
}

KnowledgeSource KnowledgeBase::ToSource() const {
  KnowledgeSource s;
  s.actors = actors_;
  s.agents = agents_;
  s.patterns = patterns_;
  s.issues = issues_;
  s.places = places_;
  return s;
}

std::vector<LineProblem> CheckKnowledge(const KnowledgeSource& source, const Codebook& codebook) {
  std::vector<LineProblem> problems = source.problems;
  auto report = [&](const SourceLocation& where, std::string reason) {
    problems.push_back(LineProblem{where.file, where.line, std::move(reason)});
  };
  auto name_key = [](const std::string& name) {
    std::string k = FoldToken(name);
    std::replace(k.begin(), k.end(), '-', ' ');
    std::string out;
    for (char c : k) {
      if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
      out.push_back(c);
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
  };
  std::set<std::string> countries;
  for (const KbActor& a : source.actors) {
    if (a.kind != ActorKind::kCountry) continue;
    for (const KbDatedCode& c : a.codes) {
      if (c.code.size() == 3) countries.insert(c.code);
    }
  }
  // Actor names: the same name twice is a duplicate (same codes) or a
  // conflict (different codes).
  std::map<std::string, const KbActor*> actor_names;
  for (const KbActor& a : source.actors) {
    for (const std::string& name : a.names) {
      auto [it, fresh] = actor_names.emplace(name_key(name), &a);
      if (fresh || it->second == &a) {
        // Spelling variants that fold together ("Saïed", "Saied") are harmless;
        // the very same name written twice is a slip.
        if (!fresh && std::count(a.names.begin(), a.names.end(), name) > 1) {
          report(a.where, "name '" + name + "' is listed twice in this entry");
        }
        continue;
      }
      const KbActor& other = *it->second;
      if (other.codes == a.codes) {
        report(a.where, "duplicate name '" + name + "' (also " + other.where.file + ":" +
                            std::to_string(other.where.line) + " with the same codes)");
      } else {
        report(a.where, "conflicting codes for name '" + name + "': " + other.where.file + ":" +
                            std::to_string(other.where.line) + " gives " + other.codes[0].code);
      }
    }
    for (size_t i = 0; i < a.codes.size(); ++i) {
      const KbDatedCode& c = a.codes[i];
      std::string_view code = c.code;
      bool international = code.size() >= 3 && (code.substr(0, 3) == "IGO" ||
                                                 code.substr(0, 3) == "NGO" ||
                                                 code.substr(0, 3) == "IMG" ||
                                                 code.substr(0, 3) == "MNC");
      if (!international) {
        if (!countries.empty() && !countries.count(std::string(code.substr(0, 3)))) {
          report(a.where, "code " + c.code + ": '" + std::string(code.substr(0, 3)) +
                              "' is not a country in the knowledge base");
        }
        for (size_t r = 3; r + 3 <= code.size(); r += 3) {
          if (!KnownRoles().count(std::string(code.substr(r, 3)))) {
            report(a.where, "code " + c.code + ": unknown role '" +
                                std::string(code.substr(r, 3)) + "'");
          }
        }
      }
      if (!c.from.empty() && !c.to.empty() && c.to < c.from) {
        report(a.where, "date range of " + c.code + " is inverted (" + c.from + ".." + c.to + ")");
      }
      if (!c.in_country.empty() && !countries.empty() && !countries.count(c.in_country)) {
        report(a.where, "code " + c.code + " in " + c.in_country +
                            ": not a country in the knowledge base");
      }
      for (size_t j = 0; j < i; ++j) {
        const KbDatedCode& d = a.codes[j];
        if (d.in_country != c.in_country) continue;  // different countries of operation
        bool dated = !(c.from.empty() && c.to.empty()) && !(d.from.empty() && d.to.empty());
        bool overlap = dated && (c.to.empty() || d.from.empty() || d.from <= c.to) &&
                       (d.to.empty() || c.from.empty() || c.from <= d.to);
        if (overlap && c.code != d.code) {
          report(a.where, "date ranges of " + d.code + " and " + c.code + " overlap");
        }
      }
    }
  }
  std::map<std::string, const KbAgent*> agent_names;
  for (const KbAgent& a : source.agents) {
    for (const std::string& name : a.names) {
      auto [it, fresh] = agent_names.emplace(name_key(name), &a);
      if (!fresh && it->second == &a &&
          std::count(a.names.begin(), a.names.end(), name) == 1) {
        continue;  // a variant that folds to another name of the same entry
      }
      if (!fresh) {
        report(a.where, std::string(it->second->roles == a.roles ? "duplicate" : "conflicting") +
                            " agent name '" + name + "' (also " + it->second->where.file + ":" +
                            std::to_string(it->second->where.line) + ")");
      }
    }
    for (size_t r = 0; r + 3 <= a.roles.size(); r += 3) {
      if (!KnownRoles().count(a.roles.substr(r, 3))) {
        report(a.where, "unknown role '" + a.roles.substr(r, 3) + "'");
      }
    }
  }
  std::map<std::string, const KbPattern*> pattern_lines;
  for (const KbPattern& p : source.patterns) {
    if (!p.IsNoEvent() && !codebook.IsValidCode(p.cameo)) {
      report(p.where, "CAMEO code " + p.cameo + " is not in the codebook");
    }
    if (!p.reverse.empty() && !codebook.IsValidCode(p.reverse)) {
      report(p.where, "reverse code " + p.reverse + " is not in the codebook");
    }
    KbPattern key = p;
    key.cameo.clear();
    auto [it, fresh] = pattern_lines.emplace(key.ToLine(), &p);
    if (!fresh) {
      const KbPattern& other = *it->second;
      report(p.where, std::string(other.cameo == p.cameo ? "duplicate" : "conflicting") +
                          " pattern (also " + other.where.file + ":" +
                          std::to_string(other.where.line) + " with code " + other.cameo + ")");
    }
  }
  return problems;
}

}  // namespace khaldun::dict
