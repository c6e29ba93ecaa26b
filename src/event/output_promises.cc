#include "event/output_promises.h"

#include <cctype>
#include <string_view>

namespace khaldun::event {
namespace {

bool Inside(Span s, size_t size) { return s.begin <= s.end && s.end <= size; }

std::string Where(const char* what, size_t index) {
  return std::string(what) + " " + std::to_string(index);
}

bool IsDate(const std::string& d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(d[i]))) return false;
  }
  return true;
}

}  // namespace

std::string BrokenOutputPromise(size_t input_size, const std::vector<Sentence>& sentences,
                                const std::vector<Event>& events) {
  uint32_t sentence_floor = 0;
  for (size_t si = 0; si < sentences.size(); ++si) {
    const Sentence& s = sentences[si];
    if (!Inside(s.span, input_size)) return Where("span outside the input: sentence", si);
    if (s.span.begin < sentence_floor) return Where("sentences out of order or overlapping at", si);
    sentence_floor = s.span.end;
    uint32_t word_floor = s.span.begin;
    const int32_t n = static_cast<int32_t>(s.words.size());
    int roots = 0;
    // (The sentence is named only when a promise is broken: this runs on
    // every word the fuzzer and the robustness test see.)
    auto in_sentence = [si](std::string broken) {
      return broken + " (sentence " + std::to_string(si) + ")";
    };
    for (size_t wi = 0; wi < s.words.size(); ++wi) {
      const Word& w = s.words[wi];
      if (!Inside(w.span, input_size) || w.span.end > s.span.end) {
        return in_sentence(Where("word span outside its sentence: word", wi));
      }
      if (w.span.begin < word_floor) {
        return in_sentence(Where("words out of order or overlapping at", wi));
      }
      word_floor = w.span.end;
      if (w.head < 0 || w.head > n)
        return in_sentence(Where("head outside the sentence: word", wi));
      roots += w.head == 0;
    }
    if (n > 0 && roots == 0) return Where("no root in sentence", si);
  }
  for (size_t ei = 0; ei < events.size(); ++ei) {
    const Event& e = events[ei];
    if (!Inside(e.sentence_span, input_size) || !Inside(e.verb_span, input_size) ||
        !Inside(e.source.span, input_size) || !Inside(e.target.span, input_size)) {
      return Where("span outside the input: event", ei);
    }
    if (e.cameo.size() < 3 || e.root != std::string_view(e.cameo).substr(0, 2)) {
      return Where("CAMEO code and root disagree: event", ei) + " (" + e.cameo + ", root " +
             e.root + ")";
    }
    if (e.quad_class < 0 || e.quad_class > 4) return Where("quad class not 0-4: event", ei);
    if (!IsDate(e.date)) return Where("date not YYYY-MM-DD: event", ei) + " (" + e.date + ")";
  }
  return "";
}

}  // namespace khaldun::event
