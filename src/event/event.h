// Internal. Use include/khaldun/khaldun.h.
// The coder's output: one CAMEO event, a plain value type that the writers
// (event_json.h) turn into the JSON schema of ARCHITECTURE.md section 4.
//
// Thread safety: plain values.
#ifndef KHALDUN_SRC_EVENT_EVENT_H_
#define KHALDUN_SRC_EVENT_EVENT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "khaldun/analysis.h"

namespace khaldun::event {

// One side of an event. Spans are byte offsets into the original input.
struct ActorRef {
  std::string code;     // "SYRMIL", "IGOUNO"
  std::string country;  // "SYR"; empty for international actors
  std::string role;     // "MIL"; empty for a bare country or an international code
  std::string text;     // the words that named it, as in the original text
  Span span;
  bool operator==(const ActorRef&) const = default;
};

struct Location {
  std::string name;
  std::string country;
  std::string admin1;
  std::optional<double> lat;
  std::optional<double> lon;
  bool operator==(const Location&) const = default;
};

struct Event {
  std::string doc_id;
  size_t sentence_index = 0;  // 0-based within the document
  size_t event_index = 0;     // 0-based within the sentence
  Span sentence_span;
  std::string sentence_text;
  std::string date;        // YYYY-MM-DD when the event happened (story date when unknown)
  std::string story_date;  // YYYY-MM-DD, or ""
  ActorRef source;
  ActorRef target;  // code "" when the pattern allows no target
  std::string cameo;
  std::string cameo_name;
  std::string root;
  int quad_class = 0;
  double goldstein = 0.0;
  std::string plover_event;
  std::string plover_mode;
  std::string verb_text;
  std::string verb_lemma;
  Span verb_span;
  std::optional<Location> location;
  std::vector<std::string> issues;

  // "<doc_id>:<sentence_index>:<event_index>"
  std::string EventId() const {
    return doc_id + ":" + std::to_string(sentence_index) + ":" + std::to_string(event_index);
  }
  bool operator==(const Event&) const = default;
};

}  // namespace khaldun::event

#endif  // KHALDUN_SRC_EVENT_EVENT_H_
