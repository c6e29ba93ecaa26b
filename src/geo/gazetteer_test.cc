#include "geo/gazetteer.h"

#include <gtest/gtest.h>

#include <random>

namespace khaldun::geo {
namespace {

// A tiny world: two Tripolis, Kyiv, two Alexandrias, Georgia the country and
// Georgia the US state, and the Louisiana cities of an article.
constexpr char kCities[] = R"([
  {"name":"Tripoli","lat":"32.88743","lng":"13.18733","country":"LY","admin1":"77","admin2":""},
  {"name":"Tripoli","lat":"34.43667","lng":"35.84972","country":"LB","admin1":"09","admin2":""},
  {"name":"Tripoli","lat":"42.80901","lng":"-92.25843","country":"US","admin1":"IA","admin2":"017"},
  {"name":"Misratah","lat":"32.37535","lng":"15.09254","country":"LY","admin1":"72","admin2":""},
  {"name":"Kyiv","lat":"50.45466","lng":"30.5238","country":"UA","admin1":"12","admin2":""},
  {"name":"Khmel’nyts’kyy","lat":"49.42161","lng":"26.99653","country":"UA","admin1":"12","admin2":""},
  {"name":"Ra’s Lanuf","lat":"30.5","lng":"18.56667","country":"LY","admin1":"72","admin2":""},
  {"name":"Alexandria","lat":"31.20176","lng":"29.91582","country":"EG","admin1":"06","admin2":""},
  {"name":"Alexandria","lat":"31.31129","lng":"-92.44514","country":"US","admin1":"LA","admin2":"079"},
  {"name":"Baton Rouge","lat":"30.45075","lng":"-91.15455","country":"US","admin1":"LA","admin2":"033"},
  {"name":"Louisiana","lat":"41.1","lng":"-91.1","country":"US","admin1":"IA","admin2":""},
  {"name":"Atlanta","lat":"33.749","lng":"-84.38798","country":"US","admin1":"GA","admin2":"121"},
  {"name":"Tbilisi","lat":"41.69411","lng":"44.83368","country":"GE","admin1":"51","admin2":""},
  {"name":"Zürich","lat":"47.36667","lng":"8.55","country":"CH","admin1":"ZH","admin2":"112"},
  {"name":"Kinshasa","lat":"-4.32758","lng":"15.31357","country":"CD","admin1":"","admin2":""},
  {"name":"Broken","lat":"north","lng":"1","country":"US","admin1":"LA"},
  {"name":"Nowhere","lat":"1","lng":"1","country":"QQ","admin1":"1"}
])";

constexpr char kAdmin1[] = R"([
  {"code":"US.LA","name":"Louisiana"},{"code":"US.GA","name":"Georgia"},
  {"code":"US.IA","name":"Iowa"},{"code":"LY.77","name":"Tripoli"},
  {"code":"UA.12","name":"Kyiv City"},{"code":"EG.06","name":"Alexandria"},
  {"code":"GE.51","name":"Tbilisi"},{"code":"CH.ZH","name":"Zurich"}
])";

constexpr char kIso1[] = R"({"3166-1":[
  {"alpha_2":"LY","alpha_3":"LBY","name":"Libya","official_name":"State of Libya"},
  {"alpha_2":"LB","alpha_3":"LBN","name":"Lebanon","official_name":"Lebanese Republic"},
  {"alpha_2":"US","alpha_3":"USA","name":"United States","official_name":"United States of America"},
  {"alpha_2":"UA","alpha_3":"UKR","name":"Ukraine"},
  {"alpha_2":"EG","alpha_3":"EGY","name":"Egypt","official_name":"Arab Republic of Egypt"},
  {"alpha_2":"GE","alpha_3":"GEO","name":"Georgia"},
  {"alpha_2":"CH","alpha_3":"CHE","name":"Switzerland","official_name":"Swiss Confederation"},
  {"alpha_2":"CD","alpha_3":"COD","name":"Congo, The Democratic Republic of the"},
  {"alpha_2":"AQ","alpha_3":"ATA","name":"Antarctica"}
]})";

constexpr char kIso2[] = R"({"3166-2":[
  {"code":"US-LA","name":"Louisiana","type":"State"},
  {"code":"CH-ZH","name":"Zürich","type":"Canton"},
  {"code":"LY-MI","name":"Mişrātah","type":"Popularate"}
]})";

constexpr char kPlacesTxt[] = R"(# test aliases
Kyiv; Kiev | UKR | Kyiv
Tripoli; Tarabulus | LBY | Tripoli
Tripoli; Trablous | LBN | Tripoli
Misrata; Misurata | LBY | Misratah
Brega | LBY | Marsa al Burayqah   # not in this gazetteer
not a valid line
La. | USA | Louisiana | division
Ia. | USA | Iowa | county
)";

std::string Compile(std::string* report = nullptr) {
  auto bytes = CompileGazetteer(kCities, kAdmin1, kIso1, kIso2, kPlacesTxt, report);
  EXPECT_TRUE(bytes.ok()) << bytes.status().ToString();
  return bytes.ok() ? *bytes : std::string();
}

std::unique_ptr<Gazetteer> Build() {
  auto g = Gazetteer::FromBytes(Compile(), "test.gaz");
  EXPECT_TRUE(g.ok()) << g.status().ToString();
  return g.ok() ? std::move(g).value() : nullptr;
}

TEST(Gazetteer, CompileReportsSkippedSourcesLines) {
  std::string report;
  Compile(&report);
  EXPECT_NE(report.find("cities.json: 2 entries skipped"), std::string::npos) << report;
  EXPECT_NE(report.find("aliases:6: no gazetteer entry named 'Marsa al Burayqah' in LBY"),
            std::string::npos)
      << report;
  EXPECT_NE(report.find("aliases:7: expected"), std::string::npos) << report;
  EXPECT_NE(report.find("aliases:9: expected"), std::string::npos) << report;
  // Antarctica has no city, so no coordinates.
  EXPECT_NE(report.find("countries without any city"), std::string::npos) << report;
}

TEST(Gazetteer, CountsCitiesDivisionsAndCountries) {
  auto g = Build();
  ASSERT_TRUE(g);
  // 15 good cities + 8 divisions + 8 countries with cities.
  EXPECT_EQ(g->size(), 15u + 8u + 8u);
}

TEST(Gazetteer, LookupFoldsCaseAccentsAndAliases) {
  auto g = Build();
  ASSERT_TRUE(g);
  for (const char* name : {"Kyiv", "KYIV", "kyiv", "Kiev", "KIEV", "Kyïv"}) {
    auto places = g->Lookup(name);
    ASSERT_FALSE(places.empty()) << name;
    EXPECT_EQ(places[0].name, "Kyiv") << name;
    EXPECT_EQ(places[0].country, "UKR") << name;
    EXPECT_EQ(places[0].admin1, "Kyiv City") << name;
    EXPECT_NEAR(places[0].lat, 50.45466, 1e-5);
    EXPECT_NEAR(places[0].lon, 30.5238, 1e-5);
    EXPECT_EQ(places[0].population, -1);
  }
  // The canton (a division) before the city of the same name; both found unaccented.
  auto zurich = g->Lookup("zurich");
  ASSERT_EQ(zurich.size(), 2u);
  EXPECT_EQ(zurich[0].name, "Zurich");
  EXPECT_EQ(zurich[1].name, "Zürich");
  // A curated place is shown by its first alias, the news spelling.
  EXPECT_EQ(g->Lookup("Misurata").at(0).name, "Misrata");
  EXPECT_EQ(g->Lookup("Misratah").at(0).name, "Misrata");
  EXPECT_TRUE(g->Lookup("Brega").empty());
  EXPECT_TRUE(g->Lookup("").empty());
  EXPECT_TRUE(g->Lookup("...").empty());
}

TEST(Gazetteer, AliasCanAskForTheDivisionOverACityOfTheSameName) {
  auto g = Build();
  ASSERT_TRUE(g);
  // "La. | USA | Louisiana | division": the state, not the town of Louisiana, Iowa;
  // and the state, now curated, comes first for its own name too.
  for (const char* name : {"La.", "Louisiana"}) {
    auto places = g->Lookup(name);
    ASSERT_FALSE(places.empty()) << name;
    EXPECT_EQ(places[0].admin1, "Louisiana") << name;
    EXPECT_EQ(places[0].country, "USA") << name;
  }
  // Without the field, a city still goes before a division of its name.
  auto tarabulus = g->Candidates("Tarabulus");
  ASSERT_EQ(tarabulus.size(), 1u);
  EXPECT_EQ(g->GetKind(tarabulus[0].id), PlaceKind::kCity);
  auto la = g->Candidates("La.");
  ASSERT_EQ(la.size(), 1u);
  EXPECT_EQ(g->GetKind(la[0].id), PlaceKind::kAdmin1);
}

TEST(Gazetteer, CyrillicSoftSignsAreDroppedFromShownNames) {
  auto g = Build();
  ASSERT_TRUE(g);
  // GeoNames' "Khmel’nyts’kyy" (soft signs as U+2019) is shown as news
  // writes it, and found with or without the marks.
  for (const char* name : {"Khmelnytskyy", "Khmel’nyts’kyy", "Khmel'nyts'kyy"}) {
    auto places = g->Lookup(name);
    ASSERT_FALSE(places.empty()) << name;
    EXPECT_EQ(places[0].name, "Khmelnytskyy") << name;
  }
  // Outside the Cyrillic-script countries the mark is kept: it may stand for
  // a letter (hamza, ayn).
  auto lanuf = g->Lookup("Ras Lanuf");
  ASSERT_FALSE(lanuf.empty());
  EXPECT_EQ(lanuf[0].name, "Ra’s Lanuf");
}

TEST(Gazetteer, PlaceKeyIgnoresPunctuation) {
  EXPECT_EQ(PlaceKey("St. Petersburg"), "st petersburg");
  EXPECT_EQ(PlaceKey("Mazar-e  Sharif"), "mazar e sharif");
  EXPECT_EQ(PlaceKey("Ra's Lanuf"), "ras lanuf");
  EXPECT_EQ(PlaceKey("Ra\u2019s Lanuf"), "ras lanuf");
  EXPECT_EQ(PlaceKey("U.S."), "us");
}

TEST(Gazetteer, CountriesAndTheirOtherNames) {
  auto g = Build();
  ASSERT_TRUE(g);
  for (const char* name : {"United States", "United States of America", "U.S.", "America"}) {
    auto places = g->Lookup(name);
    ASSERT_FALSE(places.empty()) << name;
    EXPECT_EQ(places[0].country, "USA") << name;
    EXPECT_EQ(places[0].admin1, "") << name;
  }
}

TEST(Gazetteer, AnInvertedCountryNameIsShownTheRightWayRound) {
  auto g = Build();
  ASSERT_TRUE(g);
  for (const char* name : {"Congo, The Democratic Republic of the", "Congo"}) {
    auto places = g->Lookup(name);
    ASSERT_FALSE(places.empty()) << name;
    EXPECT_EQ(places[0].country, "COD") << name;
    EXPECT_EQ(places[0].name, "Democratic Republic of the Congo") << name;
  }
}

TEST(Gazetteer, ContextCountryRanksFirst) {
  auto g = Build();
  ASSERT_TRUE(g);
  // Without context the curated spellings come first (Libya's, in file order),
  // then the Iowa one.
  auto none = g->Lookup("Tripoli");
  ASSERT_GE(none.size(), 3u);
  EXPECT_EQ(none[0].country, "LBY");
  EXPECT_EQ(none.back().country, "USA");
  EXPECT_EQ(g->Lookup("Tripoli", {"LBN"}).at(0).country, "LBN");
  EXPECT_EQ(g->Lookup("Tripoli", {"USA"}).at(0).country, "USA");
  EXPECT_EQ(g->Lookup("Tripoli", {"LBN"}, 1).size(), 1u);
  // A country before a division of the same name, unless the context says otherwise.
  EXPECT_EQ(g->Lookup("Georgia").at(0).country, "GEO");
  EXPECT_EQ(g->Lookup("Georgia", {"USA"}).at(0).admin1, "Georgia");
  // Trablous is only Lebanon's.
  auto trablous = g->Lookup("Trablous");
  ASSERT_EQ(trablous.size(), 1u);
  EXPECT_EQ(trablous[0].country, "LBN");
}

TEST(Gazetteer, ResolveDocumentUsesTheOtherToponyms) {
  auto g = Build();
  ASSERT_TRUE(g);
  auto alone = ResolveDocument(*g, {"Alexandria"});
  ASSERT_EQ(alone.size(), 1u);
  auto us = ResolveDocument(*g, {"Alexandria", "Louisiana", "Baton Rouge", "Nowhere at all"});
  ASSERT_EQ(us.size(), 4u);
  EXPECT_EQ(us[0].country, "USA");
  EXPECT_EQ(us[0].admin1, "Louisiana");
  EXPECT_EQ(us[1].name, "Louisiana");
  EXPECT_EQ(us[2].name, "Baton Rouge");
  EXPECT_TRUE(us[3].name.empty());
  auto caucasus = ResolveDocument(*g, {"Georgia", "Tbilisi"});
  EXPECT_EQ(caucasus[0].country, "GEO");
  auto south = ResolveDocument(*g, {"Georgia", "Atlanta"});
  EXPECT_EQ(south[0].country, "USA");
  EXPECT_EQ(south[0].name, "Georgia");
  auto libya = ResolveDocument(*g, {"Misrata", "Tripoli"});
  EXPECT_EQ(libya[1].country, "LBY");
  auto lebanon = ResolveDocument(*g, {"Tripoli"}, {"LBN"});
  EXPECT_EQ(lebanon[0].country, "LBN");
}

TEST(Gazetteer, RoundTripThroughAFile) {
  std::string bytes = Compile();
  auto a = Gazetteer::FromBytes(bytes, "a");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(Compile(), bytes) << "compiling is deterministic";
  std::string path = ::testing::TempDir() + "/gazetteer_test.gaz";
  {
    FILE* f = std::fopen(path.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    std::fwrite(bytes.data(), 1, bytes.size(), f);
    std::fclose(f);
  }
  auto b = Gazetteer::Load(path);
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  EXPECT_EQ((*b)->size(), (*a)->size());
  for (const char* name : {"Kiev", "Tripoli", "Georgia", "Louisiana"}) {
    auto x = (*a)->Lookup(name), y = (*b)->Lookup(name);
    ASSERT_EQ(x.size(), y.size());
    for (size_t i = 0; i < x.size(); ++i) {
      EXPECT_EQ(x[i].name, y[i].name);
      EXPECT_EQ(x[i].country, y[i].country);
      EXPECT_EQ(x[i].lat, y[i].lat);
    }
  }
  EXPECT_FALSE((*b)->provenance().empty());
  std::remove(path.c_str());
  EXPECT_EQ(Gazetteer::Load(path).status().code(), StatusCode::kNotFound);
}

TEST(Gazetteer, TruncatedOrFlippedFileIsRefusedWithTheRebuildCommand) {
  std::string bytes = Compile();
  for (size_t n : {size_t{0}, size_t{10}, size_t{100}, bytes.size() / 2, bytes.size() - 9}) {
    auto g = Gazetteer::FromBytes(std::string_view(bytes).substr(0, n), "cut.gaz");
    ASSERT_FALSE(g.ok()) << n;
    EXPECT_EQ(g.status().code(), StatusCode::kCorruption);
    EXPECT_NE(g.status().message().find("cut.gaz"), std::string::npos) << g.status().message();
    EXPECT_NE(g.status().message().find("khaldun geo compile"), std::string::npos)
        << g.status().message();
  }
  for (size_t i = 0; i < bytes.size(); i += 7) {
    std::string bad = bytes;
    bad[i] ^= 0x01;
    auto g = Gazetteer::FromBytes(bad, "flip.gaz");
    if (g.ok()) continue;  // a flip in alignment padding is harmless
    EXPECT_NE(g.status().message().find("flip.gaz"), std::string::npos);
    EXPECT_NE(g.status().message().find("khaldun geo compile"), std::string::npos);
  }
}

TEST(Gazetteer, RandomBytesNeverCrash) {
  std::mt19937 rng(42);
  std::string good = Compile();
  for (int round = 0; round < 300; ++round) {
    std::string bytes(rng() % 600, '\0');
    for (char& c : bytes) c = static_cast<char>(rng());
    // Half the rounds keep a valid header so the section checks are reached.
    if (round % 2 && good.size() > 64) bytes = good.substr(0, 64 + rng() % 200) + bytes;
    auto g = Gazetteer::FromBytes(bytes, "random.gaz");
    if (g.ok()) (void)(*g)->Lookup("Kiev");
    std::string report;
    auto c = CompileGazetteer(bytes, bytes, bytes, bytes, bytes, &report);
    (void)c;
  }
}

TEST(Gazetteer, BadSourcesAreInvalidArgument) {
  EXPECT_EQ(CompileGazetteer("{", kAdmin1, kIso1, kIso2, "", nullptr).status().code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(CompileGazetteer(kCities, kAdmin1, "[]", kIso2, "", nullptr).status().code(),
            StatusCode::kInvalidArgument);
  // Well-formed JSON of the wrong shapes inside still compiles, skipping entries.
  auto odd = CompileGazetteer(R"([1, "x", {"name": 5}, {"name":"A","lat":1e300}])", "[]", kIso1,
                              R"({"3166-2": [7]})", "|||\n", nullptr);
  EXPECT_TRUE(odd.ok()) << odd.status().ToString();
}

}  // namespace
}  // namespace khaldun::geo
