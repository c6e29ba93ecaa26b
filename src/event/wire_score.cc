#include "event/wire_score.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

namespace khaldun::event {
namespace {

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

}  // namespace

std::string RootActor(std::string_view code_in) {
  std::string code = Upper(code_in);
  if (code.empty() || StartsWith(code, "---")) return "---";
  static const char* kInternational[] = {"IGO", "NGO", "IMG", "MNC", "NGM", "UIS"};
  for (const char* p : kInternational) {
    if (StartsWith(code, p)) return code.substr(0, 6);
  }
  return code.substr(0, 3);
}

bool EventsMatch(const GoldEvent& gold, const PredictedEvent& predicted, bool strict) {
  for (int side = 0; side < 2; ++side) {
    const std::string& g = side == 0 ? gold.source : gold.target;
    std::string p = Upper(side == 0 ? predicted.source : predicted.target);
    std::string gr = RootActor(g);
    if (gr != "---" && gr != RootActor(p)) return false;
    if (strict && g != "---" && Upper(g) != p) return false;
  }
  if (strict) return predicted.cameo == gold.cameo;
  if (gold.accept.empty()) return StartsWith(predicted.cameo, gold.cameo.substr(0, 2));
  return std::any_of(gold.accept.begin(), gold.accept.end(),
                     [&](const std::string& a) { return StartsWith(predicted.cameo, a); });
}

Result<std::vector<GoldItem>> ParseGoldJsonl(std::string_view bytes, std::string_view source_name) {
  std::vector<GoldItem> items;
  size_t pos = 0, line_no = 0;
  while (pos < bytes.size()) {
    size_t end = bytes.find('\n', pos);
    if (end == std::string_view::npos) end = bytes.size();
    std::string_view line = bytes.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    auto where = [&](const std::string& what) {
      return InvalidArgumentError(std::string(source_name) + ":" + std::to_string(line_no) + ": " +
                                  what);
    };
    nlohmann::json j = nlohmann::json::parse(line.begin(), line.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) return where("not a JSON object");
    GoldItem item;
    if (!j.contains("id") || !j.contains("text") || !j["text"].is_string()) {
      return where("a gold line needs \"id\" and \"text\"");
    }
    item.id = j["id"].is_string() ? j["id"].get<std::string>() : j["id"].dump();
    item.text = j["text"].get<std::string>();
    if (j.contains("date") && j["date"].is_string()) item.date = j["date"].get<std::string>();
    if (j.contains("phenomena") && j["phenomena"].is_array()) {
      for (const auto& p : j["phenomena"]) {
        if (p.is_string()) item.phenomena.push_back(p.get<std::string>());
      }
    }
    if (j.contains("events") && j["events"].is_array()) {
      for (const auto& e : j["events"]) {
        if (!e.is_object() || !e.contains("source") || !e.contains("target") ||
            !e.contains("cameo") || !e["source"].is_string() || !e["target"].is_string() ||
            !e["cameo"].is_string()) {
          return where("a gold event needs string \"source\", \"target\" and \"cameo\"");
        }
        GoldEvent g;
        g.source = e["source"].get<std::string>();
        g.target = e["target"].get<std::string>();
        g.cameo = e["cameo"].get<std::string>();
        if (e.contains("accept") && e["accept"].is_array()) {
          for (const auto& a : e["accept"]) {
            if (a.is_string()) g.accept.push_back(a.get<std::string>());
          }
        }
        item.events.push_back(std::move(g));
      }
    }
    items.push_back(std::move(item));
  }
  return items;
}

WireScore ScoreWire(const std::vector<GoldItem>& gold,
                    const std::map<std::string, std::vector<PredictedEvent>>& predicted,
                    bool strict, const std::vector<std::string>* ids) {
  std::set<std::string> wanted;
  if (ids) wanted.insert(ids->begin(), ids->end());
  static const std::vector<PredictedEvent> kNone;
  size_t tp_gold = 0, tp_pred = 0;
  WireScore s;
  for (const GoldItem& g : gold) {
    if (ids && !wanted.count(g.id)) continue;
    auto it = predicted.find(g.id);
    const std::vector<PredictedEvent>& ps = it == predicted.end() ? kNone : it->second;
    s.gold += g.events.size();
    s.predicted += ps.size();
    for (const GoldEvent& e : g.events) {
      tp_gold += std::any_of(ps.begin(), ps.end(),
                             [&](const PredictedEvent& p) { return EventsMatch(e, p, strict); });
    }
    for (const PredictedEvent& p : ps) {
      tp_pred += std::any_of(g.events.begin(), g.events.end(),
                             [&](const GoldEvent& e) { return EventsMatch(e, p, strict); });
    }
  }
  s.precision = s.predicted ? static_cast<double>(tp_pred) / s.predicted : 0.0;
  s.recall = s.gold ? static_cast<double>(tp_gold) / s.gold : 0.0;
  s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0.0;
  return s;
}

}  // namespace khaldun::event
