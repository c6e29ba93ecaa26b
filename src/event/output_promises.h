// Internal. Use include/khaldun/khaldun.h.
// What the analysis and the coder promise about their output, checked on any
// input: the story fuzzer (fuzz/story_fuzzer.cc) and the mutated-news test
// (tests/integration/coder_robustness_test.cc) both call it, so that a
// sanitizer-clean run that writes a wrong span or a headless word still
// counts as a failure.
//
// Thread safety: a reentrant function over values.
#ifndef KHALDUN_SRC_EVENT_OUTPUT_PROMISES_H_
#define KHALDUN_SRC_EVENT_OUTPUT_PROMISES_H_

#include <cstddef>
#include <string>
#include <vector>

#include "event/event.h"
#include "khaldun/analysis.h"

namespace khaldun::event {

// "" when `sentences` (Pipeline::Analyze of a text of `input_size` bytes) and
// `events` (EventCoder::CodeDocument of them, given a story date) keep these
// promises, else the first one broken, with where:
//  - sentence spans lie in the input, in order, without overlap;
//  - word spans lie in their sentence, in order, without overlap;
//  - every word has a head in its sentence (0 = root), and a parsed sentence
//    has a root;
//  - every event's spans (sentence, verb, source, target) lie in the input,
//    it has a CAMEO code of at least three characters whose first two are
//    its root, a quad class 0-4 and a YYYY-MM-DD date.
std::string BrokenOutputPromise(size_t input_size, const std::vector<Sentence>& sentences,
                                const std::vector<Event>& events);

}  // namespace khaldun::event

#endif  // KHALDUN_SRC_EVENT_OUTPUT_PROMISES_H_
