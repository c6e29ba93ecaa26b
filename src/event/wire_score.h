// Internal. Use include/khaldun/khaldun.h.
// Scoring coded events against sentence-level gold, with exactly the matching
// rule of ../shared/tools/score_wire.py: a predicted event matches a gold
// event of the same document when both actors match at root level (country
// code, or the first 6 letters of an IGO/NGO/IMG/MNC/NGM/UIS code; gold "---"
// matches anything) and the predicted CAMEO code starts with one of the
// gold's accepted prefixes (root level) or equals the gold code with both
// actor codes equal (strict).
//
// Thread safety: pure functions over values.
#ifndef KHALDUN_SRC_EVENT_WIRE_SCORE_H_
#define KHALDUN_SRC_EVENT_WIRE_SCORE_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/status.h"

namespace khaldun::event {

struct GoldEvent {
  std::string source;
  std::string target;
  std::string cameo;
  std::vector<std::string> accept;  // empty: the first two digits of cameo
};

struct GoldItem {
  std::string id;
  std::string date;
  std::string text;
  std::vector<GoldEvent> events;
  std::vector<std::string> phenomena;
};

struct PredictedEvent {
  std::string source;  // actor codes, "" when none
  std::string target;
  std::string cameo;
};

// Parses the gold JSONL (one item per line). Errors: kInvalidArgument with
// "<source>:<line>: what is wrong".
[[nodiscard]] Result<std::vector<GoldItem>> ParseGoldJsonl(std::string_view bytes,
                                                           std::string_view source_name);

// score_wire.py's root(): "---" for empty or unknown, the 6-letter prefix of
// international codes, else the 3-letter country.
std::string RootActor(std::string_view code);
bool EventsMatch(const GoldEvent& gold, const PredictedEvent& predicted, bool strict);

struct WireScore {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
  size_t gold = 0;
  size_t predicted = 0;
};

// Scores the items whose ids are in `ids` (all when `ids` is null).
// `predicted` maps a document id to its events.
WireScore ScoreWire(const std::vector<GoldItem>& gold,
                    const std::map<std::string, std::vector<PredictedEvent>>& predicted,
                    bool strict, const std::vector<std::string>* ids = nullptr);

}  // namespace khaldun::event

#endif  // KHALDUN_SRC_EVENT_WIRE_SCORE_H_
