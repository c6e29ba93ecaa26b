// Loads every PETRARCH/Phoenix and TABARI dictionary in ../shared/data (third-
// party files, read at run time, never copied into the repository), prints
// what was read and every line that could not be, and checks that each file
// loads with few problems and with counts near what it is known to hold (a
// little under, so that a reader that silently drops entries is caught).
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "dict/petrarch_reader.h"
#include "dict/tabari_reader.h"

namespace khaldun::dict {
namespace {

const std::string kPetrarchDir = std::string(KHALDUN_SHARED_DIR) + "/data/petrarch/";
const std::string kTabariDir = std::string(KHALDUN_SHARED_DIR) + "/data/tabari-validation/";

// Problems may be at most 1% of a file's content lines.
constexpr double kMaxProblemRate = 0.01;

#define KHALDUN_SKIP_IF_MISSING(result, path)                                                   \
  if (!(result).ok() && (result).status().code() == StatusCode::kNotFound) {                    \
    GTEST_SKIP() << path                                                                        \
                 << " not found: the shared reference data (../shared) is only on development " \
                    "machines";                                                                 \
  }

template <typename Dict>
void ReportProblems(const std::string& path, const Dict& d) {
  std::printf("%s: %zu content lines, %zu problem lines\n", path.c_str(), d.content_lines,
              d.problems.size());
  for (const LineProblem& p : d.problems) std::printf("  %s\n", p.ToString().c_str());
  EXPECT_LT(static_cast<double>(d.problems.size()),
            kMaxProblemRate * static_cast<double>(d.content_lines))
      << path;
}

struct ActorFloor {
  const char* file;
  size_t actors, names, dated_codes;
};

TEST(PetrarchSharedFiles, ActorDictionariesLoad) {
  const ActorFloor floors[] = {
      {"Phoenix.Countries.actors.txt", 18000, 25000, 25000},
      {"Phoenix.International.actors.txt", 7500, 7600, 400},
      {"Phoenix.MilNonState.actors.txt", 1000, 1700, 1},
      {"PETR.Validate.actors.txt", 120, 150, 12},
  };
  for (const ActorFloor& f : floors) {
    std::string path = kPetrarchDir + f.file;
    auto r = ReadPetrarchActorsFile(path);
    KHALDUN_SKIP_IF_MISSING(r, path);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    size_t names = 0, codes = 0, dated = 0;
    for (const ActorEntry& a : r->actors) {
      names += a.names.size();
      codes += a.codes.size();
      for (const DatedCode& c : a.codes) dated += !c.from.empty() || !c.to.empty();
    }
    std::printf("%s: actors %zu, names %zu, codes %zu, dated codes %zu\n", f.file, r->actors.size(),
                names, codes, dated);
    ReportProblems(path, *r);
    EXPECT_GE(r->actors.size(), f.actors) << f.file;
    EXPECT_GE(names, f.names) << f.file;
    EXPECT_GE(dated, f.dated_codes) << f.file;
  }
}

TEST(PetrarchSharedFiles, AgentDictionariesLoad) {
  const std::pair<const char*, size_t> floors[] = {{"Phoenix.agents.txt", 3200},
                                                   {"PETR.Validate.agents.txt", 90}};
  for (const auto& [file, floor] : floors) {
    std::string path = kPetrarchDir + file;
    auto r = ReadPetrarchAgentsFile(path);
    KHALDUN_SKIP_IF_MISSING(r, path);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    size_t plurals = 0;
    for (const AgentEntry& a : r->agents) plurals += a.plurals.size();
    std::printf("%s: agents %zu, plurals %zu, substitution sets %zu\n", file, r->agents.size(),
                plurals, r->substitutions.size());
    ReportProblems(path, *r);
    EXPECT_GE(r->agents.size(), floor) << file;
  }
}

struct VerbFloor {
  const char* file;
  size_t blocks, verbs, patterns, synsets, members;
};

TEST(PetrarchSharedFiles, VerbDictionariesLoad) {
  const VerbFloor floors[] = {
      {"CAMEO.2.0.txt", 390, 1780, 4600, 40, 540},
      {"PETR.Validate.verbs.txt", 250, 255, 460, 17, 50},
  };
  for (const VerbFloor& f : floors) {
    std::string path = kPetrarchDir + f.file;
    auto r = ReadPetrarchVerbsFile(path);
    KHALDUN_SKIP_IF_MISSING(r, path);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    size_t verbs = 0, patterns = 0, members = 0;
    for (const VerbBlock& b : r->blocks) {
      verbs += b.verbs.size();
      patterns += b.patterns.size();
    }
    for (const Synset& s : r->synsets) members += s.members.size();
    std::printf(
        "%s: verb blocks %zu, verbs %zu, patterns %zu, synsets %zu (members %zu), transformations "
        "%zu\n",
        f.file, r->blocks.size(), verbs, patterns, r->synsets.size(), members,
        r->transformations.size());
    ReportProblems(path, *r);
    EXPECT_GE(r->blocks.size(), f.blocks) << f.file;
    EXPECT_GE(verbs, f.verbs) << f.file;
    EXPECT_GE(patterns, f.patterns) << f.file;
    EXPECT_GE(r->synsets.size(), f.synsets) << f.file;
    EXPECT_GE(members, f.members) << f.file;
  }
}

TEST(PetrarchSharedFiles, DiscardsAndIssuesLoad) {
  const std::pair<const char*, size_t> discard_floors[] = {{"Phoenix.discards.txt", 500},
                                                           {"PETR.Validate.discards.txt", 9}};
  for (const auto& [file, floor] : discard_floors) {
    std::string path = kPetrarchDir + file;
    auto r = ReadPetrarchDiscardsFile(path);
    KHALDUN_SKIP_IF_MISSING(r, path);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    size_t story = 0;
    for (const DiscardEntry& d : r->discards) story += d.story;
    std::printf("%s: discards %zu (story-level %zu)\n", file, r->discards.size(), story);
    ReportProblems(path, *r);
    EXPECT_GE(r->discards.size(), floor) << file;
  }
  std::string path = kPetrarchDir + "Phoenix.IssueCoding.txt";
  auto r = ReadPetrarchIssuesFile(path);
  KHALDUN_SKIP_IF_MISSING(r, path);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  size_t forms = 0, exclusions = 0;
  for (const IssueEntry& i : r->issues) {
    forms += i.forms.size();
    exclusions += i.exclusion > 0;
  }
  std::printf("Phoenix.IssueCoding.txt: issues %zu (exclusions %zu), expanded forms %zu\n",
              r->issues.size(), exclusions, forms);
  ReportProblems(path, *r);
  EXPECT_GE(r->issues.size(), 3100u);
  EXPECT_GE(exclusions, 170u);
  EXPECT_GE(forms, 4800u);
}

TEST(TabariSharedFiles, ValidationAndDemoProjectsLoad) {
  for (const char* project : {"Validate.project", "TABARI.Demo.project"}) {
    std::string path = kTabariDir + project;
    auto r = ReadTabariProject(path);
    KHALDUN_SKIP_IF_MISSING(r, path);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    std::printf("%s: '%s', %zu file entries, %zu sessions\n", project,
                r->project.description.c_str(), r->project.files.size(), r->project.sessions);
    ReportProblems(path, r->project);
    ASSERT_TRUE(r->actors.has_value() && r->verbs.has_value() && r->options.has_value()) << project;

    size_t names = 0, dated = 0;
    for (const ActorEntry& a : r->actors->actors) {
      names += a.names.size();
      for (const DatedCode& c : a.codes) dated += !c.from.empty() || !c.to.empty();
    }
    std::printf("  actors %zu, names %zu, dated codes %zu, nouns %zu, adjectives %zu\n",
                r->actors->actors.size(), names, dated, r->actors->nouns.size(),
                r->actors->adjectives.size());
    ReportProblems(*r->project.Find("actorsfile"), *r->actors);
    EXPECT_GE(r->actors->actors.size(), 115u);
    EXPECT_GE(dated, 6u);

    size_t patterns = 0;
    for (const VerbBlock& b : r->verbs->blocks) patterns += b.patterns.size();
    std::printf("  verbs %zu, patterns %zu, synsets %zu, time entries %zu\n",
                r->verbs->blocks.size(), patterns, r->verbs->synsets.size(),
                r->verbs->time_blocks.size());
    ReportProblems(*r->project.Find("verbsfile"), *r->verbs);
    EXPECT_GE(r->verbs->blocks.size(), 275u);
    EXPECT_GE(patterns, 400u);
    EXPECT_GE(r->verbs->synsets.size(), 5u);

    std::printf("  options %zu, labels %zu\n", r->options->options.size(),
                r->options->labels.size());
    ReportProblems(*r->project.Find("optionsfile"), *r->options);
    EXPECT_GE(r->options->labels.size(), 85u);

    if (r->agents) {
      std::printf("  agents %zu\n", r->agents->agents.size());
      ReportProblems(*r->project.Find("agentsfile"), *r->agents);
      EXPECT_GE(r->agents->agents.size(), 85u);
    }
  }
}

}  // namespace
}  // namespace khaldun::dict
