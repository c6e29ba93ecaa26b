// Micro-benchmarks of the text and token layers: Normalize, SplitSentences
// and Tokenizer::Tokenize on news-like text of growing size.
//
// Not wired into CMake yet. To run by hand from the repository root (one
// command line):
//   c++ -O2 -DNDEBUG -std=c++20 -Iinclude -Isrc bench/micro/tokenizer_bench.cc
//     src/text/utf8.cc src/text/normalize.cc src/text/abbreviations.cc
//     src/text/sentence_splitter.cc src/token/tokenizer.cc
//     -lutf8proc -lbenchmark -lpthread -o /tmp/tokenizer_bench && /tmp/tokenizer_bench
//
// Items per second are words for the tokenizer, sentences for the splitter
// and bytes for Normalize.
#include <benchmark/benchmark.h>

#include <string>

#include "text/normalize.h"
#include "text/sentence_splitter.h"
#include "token/tokenizer.h"

namespace khaldun {
namespace {

// Our own news-style paragraph (ASCII apart from a few curly quotes and an
// em dash, as wire copy usually is).
constexpr char kParagraph[] =
    "TRIPOLI, March 29 (Reuters) - Forces loyal to Muammar Gaddafi's government didn't retreat "
    "from Ras Lanuf on Tuesday, a U.N. official said, as rebels pushed west toward Sirte. "
    "\xE2\x80\x9CWe will not stop until he goes,\xE2\x80\x9D said Col. Ahmed Omar Bani, whose "
    "fighters hold about 60% of the east. Oil rose 1.2 percent to $104.60 a barrel \xE2\x80\x94 "
    "the highest since Sept. 2008. Sen. John McCain, R-Ariz., met opposition leaders in "
    "Benghazi; the talks were the first since Jan. 14.\n\n";

std::string MakeText(size_t bytes) {
  std::string s;
  while (s.size() < bytes) s += kParagraph;
  return s;
}

void BM_Normalize_News(benchmark::State& state) {
  const std::string text = MakeText(static_cast<size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(text::Normalize(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Normalize_News)->Range(1 << 10, 1 << 20);

void BM_SplitSentences_News(benchmark::State& state) {
  const text::NormalizedText nt = text::Normalize(MakeText(static_cast<size_t>(state.range(0))));
  size_t sentences = 0;
  for (auto _ : state) {
    auto spans = text::SplitSentences(nt);
    sentences += spans.size();
    benchmark::DoNotOptimize(spans);
  }
  state.SetItemsProcessed(static_cast<int64_t>(sentences));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * nt.text.size()));
}
BENCHMARK(BM_SplitSentences_News)->Range(1 << 10, 1 << 20);

void BM_Tokenize_News(benchmark::State& state) {
  const std::string text = MakeText(static_cast<size_t>(state.range(0)));
  const token::Tokenizer tokenizer;
  token::TokenizeStats stats;
  for (auto _ : state) benchmark::DoNotOptimize(tokenizer.Tokenize(text, &stats));
  state.SetItemsProcessed(static_cast<int64_t>(stats.words));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Tokenize_News)->Range(1 << 10, 1 << 20);

}  // namespace
}  // namespace khaldun

BENCHMARK_MAIN();
