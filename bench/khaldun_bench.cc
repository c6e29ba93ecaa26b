// khaldun_bench: the macro benchmark. Runs named workloads over a fixed corpus
// on ONE thread and prints throughput, latency percentiles and peak memory.
//
// Workloads (--benchmarks=a,b,...; default all):
//   load      load the syntax model (mmap + validation), best of 5
//   tokenize  normalize + split + tokenize the raw corpus text
//   syntax    tag + lemmatize + parse gold-tokenized sentences (EWT forms)
//   full      Pipeline::Analyze on the raw corpus text, document by document
//   kbload    load the compiled knowledge base (mmap + validation), best of 5
//   match     dictionary phrase lookup (KnowledgeBase::FindPhrases) over the
//             tokenized raw corpus: millions of tokens per second
//   code      the whole coder on our own wire corpus (--wire, JSONL stories):
//             read, analyze, code, write JSONL events; sentences per second
//
// Corpus: --conllu FILE (default ../shared/data/ud-english-ewt/en_ewt-ud-test.conllu).
// Its "# text" lines grouped by "# newdoc" are the raw documents for tokenize
// and full; its words are the input of syntax. --repeat N runs each workload
// over the corpus N times. --beam N parses with a beam of width N (default 1,
// greedy, as the coder does).
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "base/hash.h"
#include "dict/knowledge_base.h"
#include "event/coder.h"
#include "geo/gazetteer.h"
#include "io/conllu.h"
#include "io/document.h"
#include "io/event_writer.h"
#include "text/dateline.h"
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
  std::string benchmarks = "load,tokenize,syntax,full,kbload,match,code";
  std::string kb_path = KHALDUN_DEFAULT_KB;
  std::string wire = std::string(KHALDUN_SOURCE_DIR) + "/bench/corpus/wire.jsonl";
  int repeat = 3;
  int beam = 1;
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
    else if (auto v = value("--kb=")) kb_path = v;
    else if (auto v = value("--wire=")) wire = v;
    else if (auto v = value("--beam=")) beam = std::clamp(std::atoi(v), 1, 64);
    else {
      std::fprintf(stderr, "usage: khaldun_bench [--conllu=F] [--model=F] [--kb=F] [--wire=F] [--benchmarks=load,tokenize,syntax,full,kbload,match,code] [--repeat=N] [--beam=N]\n");
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
  std::printf("model %s; build %s; repeat %d; parser beam %d; one thread\n", model_path.c_str(),
#ifdef NDEBUG
              "Release",
#else
              "Debug",
#endif
              repeat, beam);
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
  options.parser_beam_width = beam;
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
  std::unique_ptr<khaldun::dict::KnowledgeBase> kb;
  if (want("kbload") || want("match") || want("code")) {
    double best = 1e9;
    for (int i = 0; i < 5; ++i) {
      auto t0 = Clock::now();
      auto k = khaldun::dict::KnowledgeBase::Load(kb_path);
      auto t1 = Clock::now();
      if (!k.ok()) {
        std::fprintf(stderr, "khaldun_bench: %s\n", k.status().ToString().c_str());
        return 1;
      }
      best = std::min(best, Seconds(t0, t1));
      kb = std::move(k).value();
    }
    if (want("kbload")) std::printf("%-9s %10.2f ms  (%s)\n", "kbload", best * 1e3, kb_path.c_str());
  }
  if (want("match")) {
    std::vector<khaldun::Sentence> sentences;
    for (const auto& d : docs) {
      auto s = (*pipeline)->Tokenize(d);
      for (auto& x : s) sentences.push_back(std::move(x));
    }
    size_t tokens = 0, found = 0;
    auto t0 = Clock::now();
    for (int r = 0; r < repeat; ++r) {
      for (const auto& s : sentences) {
        found += kb->FindPhrases(s).size();
        tokens += s.words.size();
      }
    }
    double sec = Seconds(t0, Clock::now());
    std::printf("%-9s %10.2f M tokens/s  (%zu tokens, %zu phrases, %.2f s)\n", "match",
                tokens / sec / 1e6, tokens, found, sec);
  }
  if (want("code")) {
    auto bytes = khaldun::port::ReadFile(wire);
    if (!bytes.ok()) {
      std::fprintf(stderr, "khaldun_bench: %s\n", bytes.status().ToString().c_str());
      return 1;
    }
    auto gazetteer = khaldun::geo::Gazetteer::Load(KHALDUN_DEFAULT_GAZETTEER);
    if (!gazetteer.ok()) std::printf("code: no gazetteer (%s)\n", gazetteer.status().ToString().c_str());
    khaldun::event::EventCoder coder(*kb, gazetteer.ok() ? gazetteer->get() : nullptr);
    std::vector<double> lat;
    size_t tokens = 0, sentences = 0, events = 0, out_bytes = 0;
    auto t0 = Clock::now();
    for (int r = 0; r < repeat; ++r) {
      // Reading and parsing the JSONL is part of the measured work.
      std::vector<khaldun::io::InputDocument> stories;
      khaldun::io::ForEachJsonlDocument(
          *bytes, wire, [&](khaldun::io::InputDocument d) { stories.push_back(std::move(d)); },
          [](size_t, const std::string&) {});
      std::string out;
      for (const auto& d : stories) {
        auto a = Clock::now();
        khaldun::AnalyzeStats st;
        std::string text = d.text;
        khaldun::text::BlankDateline(&text);
        auto analyzed = (*pipeline)->Analyze(text, &st);
        for (const auto& e : coder.CodeDocument(d.id, d.date, d.text, analyzed, nullptr)) {
          out += khaldun::io::EventToJson(e);
          out += '\n';
          ++events;
        }
        lat.push_back(Seconds(a, Clock::now()) * 1e6);
        tokens += st.words;
        sentences += st.sentences;
      }
      out_bytes += out.size();
    }
    Report("code", tokens, sentences, Seconds(t0, Clock::now()), lat);
    std::printf("code: %s: %zu events, %zu bytes of JSONL per pass\n", wire.c_str(),
                events / repeat, out_bytes / repeat);
  }
  std::printf("peak RSS %.1f MB\n", PeakRssMb());
  return 0;
}
