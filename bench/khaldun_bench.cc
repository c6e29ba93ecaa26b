// khaldun_bench: the macro benchmark. Runs named workloads over a fixed corpus
// on ONE thread and prints throughput, latency percentiles and peak memory.
//
// Workloads (--benchmarks=a,b,...; default all):
//   load      load the syntax model (mmap + validation), best of 5
//   tokenize  normalize + split + tokenize the raw corpus text
//   syntax    tag + lemmatize + parse gold-tokenized sentences (EWT forms)
//   full      Pipeline::Analyze on the raw corpus text, document by document
//
// Corpus: --conllu FILE (default ../shared/data/ud-english-ewt/en_ewt-ud-test.conllu).
// Its "# text" lines grouped by "# newdoc" are the raw documents for tokenize
// and full; its words are the input of syntax. --repeat N runs each workload
// over the corpus N times.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "base/hash.h"
#include "io/conllu.h"
#include "khaldun/khaldun.h"
#include "port/file.h"
#include "syntax/syntax_model.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

double PeakRssMb() {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024.0;
}

void Report(const char* name, size_t units, size_t sentences, double seconds,
            std::vector<double> latencies_us) {
  std::sort(latencies_us.begin(), latencies_us.end());
  auto pct = [&](double p) {
    return latencies_us.empty() ? 0.0 : latencies_us[static_cast<size_t>(p * (latencies_us.size() - 1))];
  };
  std::printf("%-9s %10.0f tokens/s %9.0f sentences/s  p50 %7.1f us  p99 %8.1f us per doc  (%zu tokens, %.2f s)\n",
              name, units / seconds, sentences / seconds, pct(0.5), pct(0.99), units, seconds);
}

}  // namespace

int main(int argc, char** argv) {
  std::string conllu = std::string(KHALDUN_SOURCE_DIR) + "/../shared/data/ud-english-ewt/en_ewt-ud-test.conllu";
  std::string model_path = std::string(KHALDUN_SOURCE_DIR) + "/models/syntax.kmodel";
  std::string benchmarks = "load,tokenize,syntax,full";
  int repeat = 3;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&](const char* flag) -> const char* {
      size_t n = std::strlen(flag);
      return a.compare(0, n, flag) == 0 ? argv[i] + n : nullptr;
    };
    if (auto v = value("--conllu=")) conllu = v;
    else if (auto v = value("--model=")) model_path = v;
    else if (auto v = value("--benchmarks=")) benchmarks = v;
    else if (auto v = value("--repeat=")) repeat = std::max(1, std::atoi(v));
    else {
      std::fprintf(stderr, "usage: khaldun_bench [--conllu=F] [--model=F] [--benchmarks=load,tokenize,syntax,full] [--repeat=N]\n");
      return 2;
    }
  }
  auto gold = khaldun::io::ReadConlluFile(conllu);
  if (!gold.ok()) {
    std::fprintf(stderr, "khaldun_bench: %s\n", gold.status().ToString().c_str());
    return 1;
  }
  // Raw documents from "# text" lines; newdoc boundaries come from sent_id prefixes.
  std::vector<std::string> docs;
  std::string prev_doc;
  size_t words = 0;
  for (const auto& s : *gold) {
    std::string doc_id = s.sent_id.substr(0, s.sent_id.rfind('-'));
    if (docs.empty() || doc_id != prev_doc) docs.emplace_back();
    prev_doc = doc_id;
    docs.back() += s.text + " ";
    words += s.sentence.words.size();
  }
  uint64_t checksum = 0;
  for (const auto& d : docs) checksum = khaldun::base::HashCombine(checksum, khaldun::base::HashBytes(d));
  std::printf("khaldun_bench: corpus %s: %zu sentences, %zu words, %zu documents, checksum %016llx\n",
              conllu.c_str(), gold->size(), words, docs.size(), static_cast<unsigned long long>(checksum));
  std::printf("model %s; build %s; repeat %d; one thread\n", model_path.c_str(),
#ifdef NDEBUG
              "Release",
#else
              "Debug",
#endif
              repeat);
  auto want = [&](const char* name) { return ("," + benchmarks + ",").find(std::string(",") + name + ",") != std::string::npos; };

  if (want("load")) {
    double best = 1e9;
    for (int i = 0; i < 5; ++i) {
      auto t0 = Clock::now();
      auto m = khaldun::syntax::SyntaxModel::Load(model_path);
      auto t1 = Clock::now();
      if (!m.ok()) {
        std::fprintf(stderr, "khaldun_bench: %s\n", m.status().ToString().c_str());
        return 1;
      }
      best = std::min(best, Seconds(t0, t1));
    }
    std::printf("%-9s %10.2f ms\n", "load", best * 1e3);
  }
  khaldun::PipelineOptions options;
  options.syntax_model_path = model_path;
  auto pipeline = khaldun::Pipeline::Create(options);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "khaldun_bench: %s\n", pipeline.status().ToString().c_str());
    return 1;
  }
  // tokenize and full differ only in the pipeline call made per document.
  auto run_documents = [&](const char* name, auto&& call) {
    std::vector<double> lat;
    size_t tokens = 0, sentences = 0;
    auto t0 = Clock::now();
    for (int r = 0; r < repeat; ++r) {
      for (const auto& d : docs) {
        auto a = Clock::now();
        khaldun::AnalyzeStats st;
        auto s = call(d, &st);
        lat.push_back(Seconds(a, Clock::now()) * 1e6);
        tokens += st.words;
        sentences += st.sentences;
      }
    }
    Report(name, tokens, sentences, Seconds(t0, Clock::now()), lat);
  };
  if (want("tokenize")) {
    run_documents("tokenize", [&](const std::string& d, khaldun::AnalyzeStats* st) {
      return (*pipeline)->Tokenize(d, st);
    });
  }
  if (want("syntax")) {
    std::vector<khaldun::Sentence> inputs;
    for (const auto& g : *gold) {
      khaldun::Sentence s;
      for (const auto& w : g.sentence.words) {
        khaldun::Word x;
        x.form = w.form;
        s.words.push_back(std::move(x));
      }
      inputs.push_back(std::move(s));
    }
    std::vector<double> lat;
    size_t tokens = 0;
    auto t0 = Clock::now();
    for (int r = 0; r < repeat; ++r) {
      for (auto& s : inputs) {
        auto a = Clock::now();
        (*pipeline)->AnalyzeSentence(&s);
        lat.push_back(Seconds(a, Clock::now()) * 1e6);
        tokens += s.words.size();
      }
    }
    Report("syntax", tokens, inputs.size() * repeat, Seconds(t0, Clock::now()), lat);
  }
  if (want("full")) {
    run_documents("full", [&](const std::string& d, khaldun::AnalyzeStats* st) {
      return (*pipeline)->Analyze(d, st);
    });
  }
  std::printf("peak RSS %.1f MB\n", PeakRssMb());
  return 0;
}
