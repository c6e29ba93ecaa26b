// khaldun eval subcommands: see cli/commands.h (RegisterEvalCoverage).
//   khaldun eval coverage  how much of the Phoenix actor names and of the
//                          PETRARCH CAMEO.2.0 verb lemmas our knowledge base knows
//   khaldun eval examples  code the CAMEO manual's example sentences (PLOVER
//                          gold records) and check the CAMEO root
//   khaldun eval confli    code the ConfliBERT CAMEO sentences and check the
//                          quad class of the first event against the label
// Each ends its output with one summary line. doc/evaluation.md describes the
// measurements and the numbers.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "cli/coding.h"
#include "cli/commands.h"
#include "dict/codebook.h"
#include "dict/knowledge_base.h"
#include "dict/petrarch_reader.h"
#include "io/eval_corpora.h"
#include "port/file.h"

namespace khaldun::cli {
namespace {

struct CoverageArgs {
  std::string petrarch;  // coverage: folder with the Phoenix and CAMEO.2.0 dictionaries
  std::string plover;    // examples: PLOVER_GSR_CAMEO.txt
  std::string dir;       // confli: folder with class_train.tsv
  std::string kb;
  std::string model;
  int threads = 2;
  int show = 0;  // examples/confli: print the first N misses
  int beam = 1;  // parser beam width, as `khaldun code` by default
};

// ../shared/data next to the source tree ($KHALDUN_SHARED_DIR/data if set).
std::string SharedData(const std::string& sub) {
  if (const char* env = std::getenv("KHALDUN_SHARED_DIR"); env && *env) {
    return std::string(env) + "/data/" + sub;
  }
  std::string kb_source = KHALDUN_DEFAULT_KB_SOURCE;  // <source>/data/kb
  std::string source = kb_source.substr(0, kb_source.rfind("/data/kb"));
  return source + "/../shared/data/" + sub;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string Join(const std::vector<std::string>& words, const char* sep) {
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) out += (i ? sep : "") + words[i];
  return out;
}

double Share(size_t part, size_t whole) {
  return whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole);
}

bool Load(const char* cmd, const CoverageArgs& args, Coding* coding) {
  CodingOptions options;
  options.model = args.model;
  options.kb = args.kb;
  options.threads = args.threads;
  options.beam = args.beam;
  return LoadCoding(cmd, options, coding);
}

// ---------------------------------------------------------------------------
// coverage (a): Phoenix actor names

// Historic CAMEO state codes that are not ISO 3166-1 (and so not in our
// countries.txt) but are countries, mapped to the code our KB would use.
const std::map<std::string, std::string>& LegacyCountries() {
  static const std::map<std::string, std::string> kMap = {
      {"KSV", "XKX"}, {"TMP", "TLS"}, {"ROM", "ROU"}, {"ZAR", "COD"}, {"USR", "SUN"},
      {"SUN", "SUN"}, {"YUG", "YUG"}, {"DDR", "DDR"}, {"CSK", "CSK"}, {"SCG", "SCG"},
      {"FRY", "FRY"}};
  return kMap;
}

std::string CanonicalCountry(const std::string& prefix) {
  auto it = LegacyCountries().find(prefix);
  return it == LegacyCountries().end() ? prefix : it->second;
}

enum class Outcome { kSame, kDifferent, kUnresolved };

struct PhoenixCounts {
  size_t entries = 0;         // actor entries in the file
  size_t country_entries = 0; // entries with a country-prefixed code
  size_t names = 0;           // their names (base + synonyms)
  size_t same = 0, different = 0, unresolved = 0;
  size_t other_names = 0, other_same = 0;  // entries with only IGO/NGO/IMG/... codes
  size_t bare_names = 0, bare_same = 0;    // entries whose reference code is a bare country
};

struct PhoenixMiss {
  size_t count = 0;
  std::vector<std::string> examples;
};

// Looks `phrase` up the way the coder would see it in text.
Outcome ResolveName(const Coding& coding, const std::string& phrase, const std::string& country,
                    const std::string& date, std::string* got) {
  // The name is tokenized inside a carrier sentence, as it would appear in
  // running text: alone, a final "D.P.R.K." would lose its period as the
  // sentence's punctuation.
  std::string text = phrase + " said so.";
  Sentence s;
  for (Sentence& t : coding.pipeline->Tokenize(text)) {
    for (Word& w : t.words) {
      if (w.span.end <= phrase.size()) s.words.push_back(std::move(w));
    }
  }
  size_t first = s.words.size(), last = 0;
  for (size_t i = 0; i < s.words.size(); ++i) {
    if (s.words[i].form == "-") continue;
    first = std::min(first, i);
    last = i;
  }
  if (first == s.words.size()) return Outcome::kUnresolved;
  bool any_code = false;
  for (const dict::PhraseMatch& m : coding.kb->FindPhrases(s)) {
    if (m.begin != first || m.end != last + 1) continue;
    for (const dict::PhraseHit& h : m.hits) {
      if (h.type != static_cast<uint8_t>(dict::EntityType::kActor)) continue;
      if (h.index >= coding.kb->actors().size()) continue;
      std::string code = coding.kb->actors()[h.index].CodeOn(date);
      if (code.size() < 3) continue;
      if (CanonicalCountry(code.substr(0, 3)) == CanonicalCountry(country)) {
        *got = code;
        return Outcome::kSame;
      }
      if (!any_code) *got = code;
      any_code = true;
    }
  }
  return any_code ? Outcome::kDifferent : Outcome::kUnresolved;
}

double PhoenixCoverage(const Coding& coding, const std::string& dir) {
  const char* files[] = {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                         "Phoenix.MilNonState.actors.txt"};
  std::set<std::string> countries;
  for (const dict::KbActor& a : coding.kb->actors()) {
    if (a.kind != dict::ActorKind::kCountry) continue;
    for (const dict::KbDatedCode& c : a.codes) {
      if (c.code.size() >= 3) countries.insert(c.code.substr(0, 3));
    }
  }
  for (const auto& [code, ours] : LegacyCountries()) countries.insert(code);
  auto is_country = [&](const std::string& code) {
    return code.size() >= 3 && countries.count(code.substr(0, 3)) > 0;
  };

  PhoenixCounts total;
  std::map<std::string, PhoenixMiss> unresolved_by_country;
  std::map<std::pair<std::string, std::string>, PhoenixMiss> different_pairs;
  std::printf("Phoenix actor names resolved by the knowledge base to the same country\n");
  std::printf("  %-34s %7s %7s %7s %7s %7s %6s | %7s %6s\n", "file", "entries", "names", "same",
              "differ", "unres", "same%", "other", "same%");
  for (const char* file : files) {
    std::string path = dir + "/" + file;
    auto actors = dict::ReadPetrarchActorsFile(path);
    if (!actors.ok()) {
      std::fprintf(stderr, "khaldun eval coverage: %s\n", actors.status().ToString().c_str());
      continue;
    }
    PhoenixCounts c;
    for (const dict::ActorEntry& e : actors->actors) {
      ++c.entries;
      // The reference code, as our CodeOn("") would pick it: the last undated
      // country code, else the last country code.
      const dict::DatedCode* ref = nullptr;
      for (const dict::DatedCode& dc : e.codes) {
        if (!is_country(dc.code)) continue;
        if (ref == nullptr || (dc.from.empty() && dc.to.empty()) ||
            !(ref->from.empty() && ref->to.empty())) {
          ref = &dc;
        }
      }
      if (ref == nullptr) {
        // IGO/NGO/IMG/... entries: only counted in the "other codes" columns.
        for (const dict::DatedCode& dc : e.codes) {
          if (dc.code.size() < 3 || dc.code[0] == '-') continue;
          if (ref == nullptr || (dc.from.empty() && dc.to.empty()) ||
              !(ref->from.empty() && ref->to.empty())) {
            ref = &dc;
          }
        }
        if (ref == nullptr) continue;
        std::string date = io::DateInside(ref->from, ref->to);
        for (const dict::Phrase& name : e.names) {
          ++c.other_names;
          std::string got;
          if (ResolveName(coding, Join(name.words, " "), ref->code.substr(0, 3), date, &got) ==
              Outcome::kSame) {
            ++c.other_same;
          }
        }
        continue;
      }
      ++c.country_entries;
      std::string country = ref->code.substr(0, 3);
      std::string date = io::DateInside(ref->from, ref->to);
      for (const dict::Phrase& name : e.names) {
        ++c.names;
        std::string phrase = Join(name.words, " ");
        std::string got;
        bool bare = ref->code.size() == 3;
        if (bare) ++c.bare_names;
        switch (ResolveName(coding, phrase, country, date, &got)) {
          case Outcome::kSame:
            ++c.same;
            if (bare) ++c.bare_same;
            break;
          case Outcome::kDifferent: {
            ++c.different;
            PhoenixMiss& m = different_pairs[{country, got.substr(0, 3)}];
            ++m.count;
            if (m.examples.size() < 3) m.examples.push_back(phrase + " [" + ref->code + "->" + got + "]");
            break;
          }
          case Outcome::kUnresolved: {
            ++c.unresolved;
            PhoenixMiss& m = unresolved_by_country[country];
            ++m.count;
            if (m.examples.size() < 4) m.examples.push_back(phrase);
            break;
          }
        }
      }
    }
    std::printf("  %-34s %7zu %7zu %7zu %7zu %7zu %6.1f | %7zu %6.1f\n", file, c.entries, c.names,
                c.same, c.different, c.unresolved, 100.0 * Share(c.same, c.names), c.other_names,
                100.0 * Share(c.other_same, c.other_names));
    total.entries += c.entries;
    total.country_entries += c.country_entries;
    total.names += c.names;
    total.same += c.same;
    total.different += c.different;
    total.unresolved += c.unresolved;
    total.other_names += c.other_names;
    total.other_same += c.other_same;
    total.bare_names += c.bare_names;
    total.bare_same += c.bare_same;
  }
  std::printf("  %-34s %7zu %7zu %7zu %7zu %7zu %6.1f | %7zu %6.1f\n", "all", total.entries,
              total.names, total.same, total.different, total.unresolved,
              100.0 * Share(total.same, total.names), total.other_names,
              100.0 * Share(total.other_same, total.other_names));
  std::printf("  (names of the %zu entries with a country code; resolved on all tokens by one "
              "phrase: same %.3f, different %.3f, unresolved %.3f;\n   'other': names of entries with only "
              "IGO/NGO/IMG/MNC/regional codes, resolved to an actor with the same 3-letter prefix)\n",
              total.country_entries, Share(total.same, total.names),
              Share(total.different, total.names), Share(total.unresolved, total.names));

  auto by_count = [](const auto& m) {
    using Item = std::pair<typename std::decay_t<decltype(m)>::key_type, PhoenixMiss>;
    std::vector<Item> v(m.begin(), m.end());
    std::stable_sort(v.begin(), v.end(),
                     [](const Item& a, const Item& b) { return a.second.count > b.second.count; });
    return v;
  };
  std::printf("  names of countries themselves (reference code a bare country, AFG): %zu, same "
              "%.3f; of people, groups and agencies (AFGGOV, ...): %zu, same %.3f\n",
              total.bare_names, Share(total.bare_same, total.bare_names),
              total.names - total.bare_names,
              Share(total.same - total.bare_same, total.names - total.bare_names));
  std::printf("most frequent unresolved countries (Phoenix code prefix: names, examples):\n");
  auto unresolved = by_count(unresolved_by_country);
  for (size_t i = 0; i < unresolved.size() && i < 20; ++i) {
    std::printf("  %-4s %6zu  %s\n", unresolved[i].first.c_str(), unresolved[i].second.count,
                Join(unresolved[i].second.examples, "; ").c_str());
  }
  std::printf("most frequent country disagreements (Phoenix -> ours: names, examples):\n");
  auto different = by_count(different_pairs);
  for (size_t i = 0; i < different.size() && i < 10; ++i) {
    std::printf("  %s->%s %6zu  %s\n", different[i].first.first.c_str(),
                different[i].first.second.c_str(), different[i].second.count,
                Join(different[i].second.examples, "; ").c_str());
  }
  return Share(total.same, total.names);
}

// ---------------------------------------------------------------------------
// coverage (b): CAMEO.2.0 verb lemmas

struct LemmaCoverage {
  size_t patterns = 0;  // PETRARCH patterns credited to this lemma
  bool covered = false;
  std::string block;
};

bool VerbLemmaCoverage(const dict::KnowledgeBase& kb, const std::string& dir, double* share) {
  std::string path = dir + "/CAMEO.2.0.txt";
  auto bytes = port::ReadFile(path);
  if (!bytes.ok()) {
    std::fprintf(stderr, "khaldun eval coverage: %s\n", bytes.status().ToString().c_str());
    return false;
  }
  auto verbs = dict::ParsePetrarchVerbs(*bytes, path);
  if (!verbs.ok()) {
    std::fprintf(stderr, "khaldun eval coverage: %s\n", verbs.status().ToString().c_str());
    return false;
  }
  std::vector<std::string_view> lines;
  for (size_t pos = 0; pos <= bytes->size();) {
    size_t nl = bytes->find('\n', pos);
    if (nl == std::string::npos) nl = bytes->size();
    lines.push_back(std::string_view(*bytes).substr(pos, nl - pos));
    pos = nl + 1;
  }
  std::map<std::string, LemmaCoverage> lemmas;
  size_t verb_entries = 0;
  for (const dict::VerbBlock& block : verbs->blocks) {
    if (block.verbs.empty()) continue;
    // Each pattern is credited to the verb its trailing comment names
    // ("# RUSH"); patterns without such a comment to the block's own verb.
    std::vector<std::string> keys;  // "CALL_OFF"
    size_t own = 0;
    for (size_t v = 0; v < block.verbs.size(); ++v) {
      std::string key = Join(block.verbs[v].phrase.words, "_");
      for (char& ch : key) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      if (key == block.name) own = v;
      keys.push_back(std::move(key));
    }
    std::vector<size_t> credited(block.verbs.size(), 0);
    for (const dict::VerbPattern& p : block.patterns) {
      std::string word =
          p.line >= 1 && p.line <= lines.size() ? io::PatternCommentWord(lines[p.line - 1]) : "";
      size_t to = own;
      for (size_t v = 0; v < keys.size(); ++v) {
        if (!word.empty() && keys[v] == word) to = v;
      }
      ++credited[to];
    }
    for (size_t v = 0; v < block.verbs.size(); ++v) {
      const dict::VerbEntry& verb = block.verbs[v];
      if (verb.phrase.words.empty()) continue;
      ++verb_entries;
      std::string lemma = Lower(Join(verb.phrase.words, " "));
      std::string head = Lower(verb.phrase.words[std::min(verb.verb_word, verb.phrase.words.size() - 1)]);
      LemmaCoverage& c = lemmas[lemma];
      c.patterns += credited[v];
      if (c.block.empty()) c.block = block.name;
      c.covered = c.covered || !kb.VerbPatterns(lemma).empty() ||
                  (verb.phrase.words.size() > 1 && !kb.VerbPatterns(head).empty());
    }
  }
  size_t covered = 0, patterns = 0, covered_patterns = 0;
  std::vector<std::pair<std::string, LemmaCoverage>> missing;
  for (const auto& [lemma, c] : lemmas) {
    patterns += c.patterns;
    if (c.covered) {
      ++covered;
      covered_patterns += c.patterns;
    } else {
      missing.emplace_back(lemma, c);
    }
  }
  std::stable_sort(missing.begin(), missing.end(), [](const auto& a, const auto& b) {
    return a.second.patterns > b.second.patterns;
  });
  std::printf("\nPETRARCH CAMEO.2.0.txt verb lemmas with a pattern in the knowledge base\n");
  std::printf("  %zu blocks, %zu verb entries, %zu distinct lemmas: %zu covered (%.1f%%); "
              "weighted by PETRARCH patterns: %zu of %zu (%.1f%%)\n",
              verbs->blocks.size(), verb_entries, lemmas.size(), covered,
              100.0 * Share(covered, lemmas.size()), covered_patterns, patterns,
              100.0 * Share(covered_patterns, patterns));
  std::printf("most common missing lemmas (PETRARCH patterns, block):\n");
  for (size_t i = 0; i < missing.size() && i < 30; ++i) {
    std::printf("  %-20s %4zu  %s\n", missing[i].first.c_str(), missing[i].second.patterns,
                missing[i].second.block.c_str());
  }
  *share = Share(covered, lemmas.size());
  return true;
}

int RunCoverage(const CoverageArgs& args) {
  const char* cmd = "khaldun eval coverage";
  Coding coding;
  if (!Load(cmd, args, &coding)) return 1;
  std::string dir = args.petrarch.empty() ? SharedData("petrarch") : args.petrarch;
  std::printf("dictionaries: %s\nknowledge base: %s\n", dir.c_str(),
              coding.kb->provenance().c_str());
  double actors = PhoenixCoverage(coding, dir);
  double lemmas = 0.0;
  if (!VerbLemmaCoverage(*coding.kb, dir, &lemmas)) return 1;
  std::printf("coverage phoenix-actors-same-country %.2f verb-lemmas %.2f\n", actors, lemmas);
  return 0;
}

// ---------------------------------------------------------------------------
// examples: the CAMEO manual's examples (PLOVER_GSR_CAMEO.txt)

std::string RootOf(const event::Event& e) {
  return !e.root.empty() ? e.root : e.cameo.substr(0, std::min<size_t>(2, e.cameo.size()));
}

std::string EventList(const std::vector<event::Event>& events) {
  std::string out;
  for (const event::Event& e : events) {
    if (!out.empty()) out += ", ";
    out += e.source.code + "->" + (e.target.code.empty() ? "-" : e.target.code) + " " + e.cameo +
           " (" + e.verb_lemma + ")";
  }
  return out.empty() ? "no event" : out;
}

int RunExamples(const CoverageArgs& args) {
  const char* cmd = "khaldun eval examples";
  std::string path = args.plover.empty() ? SharedData("cameo/PLOVER_GSR_CAMEO.txt") : args.plover;
  auto bytes = port::ReadFile(path);
  if (!bytes.ok()) {
    std::fprintf(stderr, "%s: %s\n", cmd, bytes.status().ToString().c_str());
    return 1;
  }
  auto examples = io::ParsePloverGsr(*bytes, path);
  if (!examples.ok()) {
    std::fprintf(stderr, "%s: %s\n", cmd, examples.status().ToString().c_str());
    return 1;
  }
  Coding coding;
  if (!Load(cmd, args, &coding)) return 1;
  std::vector<io::PloverExample> used;
  size_t unknown = 0;
  for (const io::PloverExample& e : *examples) {
    if (io::PloverEventRoots(e.event).empty()) {
      ++unknown;
      continue;
    }
    used.push_back(e);
  }
  std::vector<io::InputDocument> docs;
  for (const io::PloverExample& e : used) {
    io::InputDocument d;
    d.id = e.id;
    d.text = e.text;
    d.meta_json = "{}";
    docs.push_back(std::move(d));
  }
  AnalyzeStats analyze;
  event::CodeStats code;
  auto events = CodeDocuments(coding, docs, args.threads, &analyze, &code);

  struct Row {
    std::string roots;
    size_t n = 0, correct = 0, none = 0;
    std::map<std::string, size_t> predicted;  // roots of the events of wrong examples
  };
  std::map<std::string, Row> rows;  // by PLOVER event
  size_t correct = 0, none = 0, shown = 0;
  for (size_t d = 0; d < used.size(); ++d) {
    std::vector<std::string> roots = io::PloverEventRoots(used[d].event);
    Row& row = rows[used[d].event];
    row.roots = Join(roots, "/");
    ++row.n;
    bool hit = false;
    for (const event::Event& e : events[d]) {
      hit = hit || std::find(roots.begin(), roots.end(), RootOf(e)) != roots.end();
    }
    if (hit) {
      ++correct;
      ++row.correct;
    } else if (events[d].empty()) {
      ++none;
      ++row.none;
    } else {
      std::set<std::string> seen;
      for (const event::Event& e : events[d]) seen.insert(RootOf(e));
      for (const std::string& r : seen) ++row.predicted[r];
    }
    if (!hit && static_cast<int>(shown) < args.show) {
      ++shown;
      std::printf("%s [%s %s]: %s\n   got: %s\n", used[d].id.c_str(), used[d].event.c_str(),
                  row.roots.c_str(), used[d].text.c_str(), EventList(events[d]).c_str());
    }
  }
  std::printf("CAMEO manual examples (%s): %zu with a PLOVER event mapped to CAMEO roots",
              path.c_str(), used.size());
  if (unknown) std::printf(", %zu skipped (no mapping)", unknown);
  std::printf("\n  %-12s %-6s %4s %7s %8s %8s  %s\n", "PLOVER", "roots", "n", "correct", "%",
              "no-event", "roots coded instead (examples)");
  for (const auto& [event_name, row] : rows) {
    std::vector<std::pair<std::string, size_t>> wrong(row.predicted.begin(), row.predicted.end());
    std::stable_sort(wrong.begin(), wrong.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    std::string instead;
    for (size_t i = 0; i < wrong.size() && i < 5; ++i) {
      instead += (i ? " " : "") + wrong[i].first + ":" + std::to_string(wrong[i].second);
    }
    std::printf("  %-12s %-6s %4zu %7zu %7.1f%% %8zu  %s\n", event_name.c_str(), row.roots.c_str(),
                row.n, row.correct, 100.0 * Share(row.correct, row.n), row.none, instead.c_str());
  }
  std::printf("no event at all: %zu of %zu (%.1f%%); coder: %llu predicates matched, %llu not "
              "coded (negated, modal, conditional, question), %llu without an actor\n",
              none, used.size(), 100.0 * Share(none, used.size()),
              static_cast<unsigned long long>(code.predicates),
              static_cast<unsigned long long>(code.suppressed),
              static_cast<unsigned long long>(code.missing_actor));
  std::printf("examples %zu root-correct %zu (%.1f%%)\n", used.size(), correct,
              100.0 * Share(correct, used.size()));
  return 0;
}

// ---------------------------------------------------------------------------
// confli: quad classes on the ConfliBERT CAMEO sentences

int RunConfli(const CoverageArgs& args) {
  const char* cmd = "khaldun eval confli";
  std::string dir = args.dir.empty() ? SharedData("confli-cameo") : args.dir;
  std::string path = dir + "/class_train.tsv";
  auto bytes = port::ReadFile(path);
  if (!bytes.ok()) {
    std::fprintf(stderr, "%s: %s\n", cmd, bytes.status().ToString().c_str());
    return 1;
  }
  auto items = io::ParseLabeledTsv(*bytes, path, dict::kQuadMaterialConflict);
  if (!items.ok()) {
    std::fprintf(stderr, "%s: %s\n", cmd, items.status().ToString().c_str());
    return 1;
  }
  Coding coding;
  if (!Load(cmd, args, &coding)) return 1;
  std::vector<io::InputDocument> docs;
  for (const io::LabeledText& t : *items) {
    io::InputDocument d;
    d.id = "confli:" + std::to_string(t.line);
    d.text = t.text;
    d.meta_json = "{}";
    docs.push_back(std::move(d));
  }
  AnalyzeStats analyze;
  event::CodeStats code;
  auto events = CodeDocuments(coding, docs, args.threads, &analyze, &code);

  constexpr int kClasses = 5;
  constexpr int kNone = kClasses;  // column for "no event"
  size_t confusion[kClasses][kClasses + 1] = {};
  size_t label_count[kClasses] = {};
  size_t correct = 0, coded = 0, any_correct = 0, shown = 0;
  for (size_t d = 0; d < docs.size(); ++d) {
    int gold = (*items)[d].label;
    ++label_count[gold];
    int predicted = kNone;
    if (!events[d].empty()) {
      ++coded;
      predicted = events[d][0].quad_class;
      if (predicted < 0 || predicted >= kClasses) predicted = kNone;
    }
    ++confusion[gold][predicted];
    if (predicted == gold) ++correct;
    bool any = false;
    for (const event::Event& e : events[d]) any = any || e.quad_class == gold;
    if (any) ++any_correct;
    if (predicted != gold && static_cast<int>(shown) < args.show) {
      ++shown;
      std::printf("%s [%d %s]: %s\n   got: %s\n", docs[d].id.c_str(), gold,
                  dict::QuadClassName(gold), docs[d].text.c_str(), EventList(events[d]).c_str());
    }
  }
  size_t n = docs.size();
  int majority = 0;
  for (int c = 1; c < kClasses; ++c) {
    if (label_count[c] > label_count[majority]) majority = c;
  }
  std::printf("ConfliBERT CAMEO sentences (%s): %zu, label = quad class 0-4 of the sentence\n",
              path.c_str(), n);
  std::printf("confusion (rows: label, columns: quad class of our first event)\n");
  std::printf("  %-22s %6s %6s %6s %6s %6s %8s %8s\n", "label", "0", "1", "2", "3", "4", "none",
              "recall");
  for (int g = 0; g < kClasses; ++g) {
    std::string name = std::to_string(g) + " " + dict::QuadClassName(g);
    std::printf("  %-22s", name.c_str());
    for (int p = 0; p <= kClasses; ++p) std::printf(" %6zu", confusion[g][p]);
    std::printf(" %7.1f%%\n", 100.0 * Share(confusion[g][g], label_count[g]));
  }
  std::printf("  %-22s", "precision");
  for (int p = 0; p < kClasses; ++p) {
    size_t col = 0;
    for (int g = 0; g < kClasses; ++g) col += confusion[g][p];
    std::printf(" %5.1f%%", 100.0 * Share(confusion[p][p], col));
  }
  std::printf("\n");
  std::printf("coded (at least one event): %zu of %zu (%.1f%%); no event: %.1f%%\n", coded, n,
              100.0 * Share(coded, n), 100.0 * Share(n - coded, n));
  std::printf("accuracy of the first event: %.3f over all, %.3f over coded sentences; some event "
              "of the right class: %.3f; majority-class baseline (%d): %.3f\n",
              Share(correct, n), Share(correct, coded), Share(any_correct, n), majority,
              Share(label_count[majority], n));
  std::printf("confli %zu accuracy %.2f coded %.2f\n", n, Share(correct, n), Share(coded, n));
  return 0;
}

}  // namespace

SubcommandRunners RegisterEvalCoverage(CLI::App* eval) {
  auto args = std::make_shared<CoverageArgs>();
  auto common = [&](CLI::App* sub) {
    sub->add_option("--kb", args->kb, "Compiled knowledge base (default: the build's)");
    sub->add_option("--model", args->model, "Syntax model file (default: the bundled model)");
    sub->add_option("--threads", args->threads, "Worker threads (default 2)")
        ->check(CLI::Range(1, 256));
    sub->add_option("--beam", args->beam, "Parser beam width (default 1: greedy)")
        ->check(CLI::Range(1, 64));
  };
  CLI::App* coverage = eval->add_subcommand(
      "coverage", "Share of Phoenix actor names and PETRARCH verb lemmas our knowledge base knows");
  coverage->add_option("--petrarch", args->petrarch,
                       "Folder with Phoenix.*.actors.txt and CAMEO.2.0.txt "
                       "(default: ../shared/data/petrarch)");
  common(coverage);
  CLI::App* examples = eval->add_subcommand(
      "examples", "Code the CAMEO manual's examples (PLOVER gold records), check the CAMEO root");
  examples->add_option("--plover", args->plover,
                       "PLOVER_GSR_CAMEO.txt (default: ../shared/data/cameo/PLOVER_GSR_CAMEO.txt)");
  examples->add_option("--misses", args->show, "Print the first N examples coded wrongly");
  common(examples);
  CLI::App* confli = eval->add_subcommand(
      "confli", "Quad class of the first coded event on the ConfliBERT CAMEO sentences");
  confli->add_option("--dir", args->dir,
                     "Folder with class_train.tsv (default: ../shared/data/confli-cameo)");
  confli->add_option("--misses", args->show, "Print the first N sentences classed wrongly");
  common(confli);
  return {{coverage, [args]() { return RunCoverage(*args); }},
          {examples, [args]() { return RunExamples(*args); }},
          {confli, [args]() { return RunConfli(*args); }}};
}

}  // namespace khaldun::cli
