// The whole of `khaldun code` (dateline, analysis, coding, JSON) with the
// bundled model and the build's default knowledge base, over news text broken
// in seeded random ways: spans cut, repeated and moved, junk and invalid
// UTF-8 inserted, punctuation and function words dropped in. Every run must
// keep the output's promises (event/output_promises.h), code the same events
// twice, and never trip the sanitizers of the Debug test pass. The same
// checks run unbounded in fuzz/story_fuzzer.cc.
#include <gtest/gtest.h>

#include <memory>
#include <random>
#include <string>
#include <vector>

#include "dict/knowledge_base.h"
#include "event/coder.h"
#include "event/output_promises.h"
#include "io/event_writer.h"
#include "khaldun/khaldun.h"
#include "text/dateline.h"

namespace khaldun {
namespace {

// Our own stories (written for this test), dense in what the coder handles:
// a dateline, passive, negation, a modal, reported speech, an apposition,
// pronouns, coordination, relative dates and places.
const char* const kStories[] = {
    "CAIRO, March 3 (Reuters) - Egyptian Foreign Minister Sameh Shoukry, who arrived in Amman on "
    "Sunday, urged Israel and the Palestinians to resume talks. He said Cairo would not accept a "
    "new war in Gaza. Israeli aircraft struck Hamas positions near Khan Younis on Tuesday, and "
    "militants fired rockets at Sderot.",
    "Rebel fighters were attacked by government troops near Aleppo last week, the Syrian "
    "Observatory said. The army denied the report. Turkey and Russia agreed to hold talks in "
    "Ankara, but the opposition has not decided whether to attend. It might boycott them.",
    "The U.N. Security Council condemned the killing of two peacekeepers in Mali on Friday and "
    "demanded that the government arrest those responsible. France, Germany and Britain "
    "pledged aid to the victims' families two weeks ago. Police arrested dozens of protesters "
    "in Bamako.",
};

// Pieces that steer mutations toward what the splitter, tokenizer and coder
// treat specially.
const char* const kPieces[] = {
    ".",
    ",",
    "\"",
    "(",
    ")",
    " - ",
    "\n\n",
    "U.S.",
    " not ",
    " said ",
    "'s",
    "n't",
    "\xE2\x80\x9C",
    "\xE2\x80\x9D",
    "\xE2\x80\x94",
    "...",
    " by ",
    " who ",
    " and ",
    " would ",
    "Gen. ",
    "\xFF\xFE",
    "\xC3",
    "\t",
    "?",
    " on Tuesday",
};

struct Coding {
  std::unique_ptr<Pipeline> pipeline;
  std::unique_ptr<dict::KnowledgeBase> kb;
};

const Coding& Bundled() {
  static const Coding* c = [] {
    auto* out = new Coding;
    PipelineOptions o;
    o.syntax_model_path = std::string(KHALDUN_SOURCE_DIR) + "/models/syntax.kmodel";
    auto pipeline = Pipeline::Create(o);
    auto kb = dict::KnowledgeBase::Load(KHALDUN_TEST_KB);
    if (!pipeline.ok() || !kb.ok()) {
      ADD_FAILURE() << (pipeline.ok() ? kb.status() : pipeline.status()).ToString();
      std::abort();
    }
    out->pipeline = std::move(pipeline).value();
    out->kb = std::move(kb).value();
    return out;
  }();
  return *c;
}

std::vector<event::Event> CodeStory(const std::string& story, std::vector<Sentence>* sentences) {
  const Coding& c = Bundled();
  std::string blanked = story;
  text::BlankDateline(&blanked);
  *sentences = c.pipeline->Analyze(blanked);
  const event::EventCoder coder(*c.kb, nullptr, {});
  return coder.CodeDocument("mutated", "2024-03-05", story, *sentences, nullptr);
}

std::string Mutate(std::string text, std::mt19937_64& rng) {
  auto pos = [&](size_t limit) {
    return limit == 0 ? 0 : static_cast<size_t>(rng() % (limit + 1));
  };
  const int operations = 1 + static_cast<int>(rng() % 8);
  for (int k = 0; k < operations; ++k) {
    switch (rng() % 6) {
      case 0: {  // cut a span
        const size_t at = pos(text.size());
        text.erase(at, 1 + rng() % 40);
        break;
      }
      case 1: {  // repeat a span somewhere else
        const size_t from = pos(text.size());
        const std::string span = text.substr(from, 1 + rng() % 200);
        text.insert(pos(text.size()), span);
        break;
      }
      case 2: {  // raw bytes, often invalid UTF-8
        std::string junk(1 + rng() % 8, '\0');
        for (char& ch : junk) ch = static_cast<char>(rng());
        text.insert(pos(text.size()), junk);
        break;
      }
      case 3:  // a piece the pipeline treats specially
        text.insert(pos(text.size()), kPieces[rng() % std::size(kPieces)]);
        break;
      case 4:  // cut the story short
        text.resize(pos(text.size()));
        break;
      default: {  // one byte becomes punctuation or a letter
        if (!text.empty()) text[rng() % text.size()] = ".,;:'\"-()?!aZ \n"[rng() % 15];
        break;
      }
    }
  }
  return text;
}

TEST(CoderRobustness, MutatedNewsKeepsTheOutputPromises) {
  std::mt19937_64 rng(20261202);
  size_t events_seen = 0, stories_with_events = 0;
  for (int trial = 0; trial < 120; ++trial) {
    const std::string story = Mutate(kStories[trial % std::size(kStories)], rng);
    std::vector<Sentence> sentences, again;
    const std::vector<event::Event> events = CodeStory(story, &sentences);
    EXPECT_EQ(event::BrokenOutputPromise(story.size(), sentences, events), "")
        << "trial " << trial << ", story: " << story;
    EXPECT_EQ(CodeStory(story, &again), events) << "coded twice differently: " << story;
    for (const event::Event& e : events) EXPECT_FALSE(io::EventToJson(e).empty());
    events_seen += events.size();
    stories_with_events += !events.empty();
  }
  // Mutations keep most of a story: most runs must still code events, or
  // this test would be checking empty output.
  // (This seed: 260 events in 74 of the 120 stories.)
  EXPECT_GE(stories_with_events, 50u);
  EXPECT_GE(events_seen, 180u);
}

TEST(CoderRobustness, TheUnbrokenStoriesCodeTheirEvents) {
  for (const char* story : kStories) {
    std::vector<Sentence> sentences;
    const std::vector<event::Event> events = CodeStory(story, &sentences);
    EXPECT_EQ(event::BrokenOutputPromise(std::string(story).size(), sentences, events), "");
    EXPECT_GE(events.size(), 3u) << story;
  }
}

}  // namespace
}  // namespace khaldun
