#include "dict/codebook.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <random>
#include <set>
#include <string>

#include "base/coding.h"
#include "base/hash.h"
#include "port/file.h"

namespace khaldun::dict {
namespace {

const std::string kCodebookPath = std::string(KHALDUN_SOURCE_DIR) + "/data/dict/cameo_codebook.tsv";
const std::string kCameoDir = std::string(KHALDUN_SHARED_DIR) + "/data/cameo";

const Codebook& OurCodebook() {
  static const Codebook codebook = [] {
    auto r = Codebook::ReadFile(kCodebookPath);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? *r : Codebook();
  }();
  return codebook;
}

TEST(Codebook, LoadsOurTableAndFindsCodes) {
  const Codebook& cb = OurCodebook();
  ASSERT_GE(cb.size(), 316u);  // every code of the CAMEO 1.1b3 manual, at least
  const CameoEntry* e = cb.Find("1951");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->name, "Employ precision-guided aerial munitions");
  EXPECT_EQ(e->root, "19");
  EXPECT_EQ(e->quad_class, kQuadMaterialConflict);
  e = cb.Find("0874");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->goldstein, 10.0);
  EXPECT_EQ(e->plover_event, "RETREAT");
  EXPECT_EQ(e->plover_mode, "disarm");
  e = cb.Find("01");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->plover_event, "");  // root codes have no PLOVER mapping
  EXPECT_TRUE(cb.IsValidCode("20"));
  EXPECT_FALSE(cb.IsValidCode("199"));
  EXPECT_FALSE(cb.IsValidCode("21"));
  EXPECT_FALSE(cb.IsValidCode(""));
  EXPECT_FALSE(cb.IsValidCode("19 "));
}

TEST(Codebook, IterationIsSortedWithParentsFirst) {
  const Codebook& cb = OurCodebook();
  std::set<std::string> seen;
  std::string previous;
  for (const CameoEntry& e : cb) {
    EXPECT_LT(previous, e.code);
    if (e.code.size() > 2) {
      EXPECT_TRUE(seen.count(e.code.substr(0, e.code.size() - 1))) << e.code;
    }
    seen.insert(e.code);
    previous = e.code;
  }
  EXPECT_EQ(seen.size(), cb.size());
}

TEST(Codebook, QuadClassFollowsThePhoenixRootDefinition) {
  // 01-02 statement; 03-05 verbal cooperation; 06-08 material cooperation;
  // 09-13 and 16 verbal conflict; 14, 15, 17-20 material conflict.
  const int by_root[21] = {-1, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 3, 4, 4, 4, 4};
  for (const CameoEntry& e : OurCodebook()) {
    EXPECT_EQ(e.quad_class, by_root[std::stoi(e.root)]) << e.code;
  }
  EXPECT_STREQ(QuadClassName(kQuadVerbalConflict), "verbal conflict");
  EXPECT_STREQ(QuadClassName(9), "unknown");
}

TEST(Codebook, MalformedLinesNameSourceLineAndProblem) {
  const std::string ok_root = "19\tFIGHT\t19\t4\t-10.0\t-\t-\n";
  struct Case {
    std::string tsv;
    std::string expected;  // a substring of the error message
  } cases[] = {
      {ok_root + "190\tUse force\t19\t4\t-10.0\tASSAULT\n",
       "x.tsv:2: expected 7 tab-separated fields"},
      {ok_root + "19x\tBad\t19\t4\t-10.0\t-\t-\n", "x.tsv:2: code '19x' is not 2-4 digits"},
      {"21\tNo root 21\t21\t4\t0.0\t-\t-\n", "x.tsv:1: code '21' has root 21, not 01-20"},
      {ok_root + "190\tUse force\t18\t4\t-10.0\t-\t-\n",
       "x.tsv:2: root '18' does not match code 190"},
      {ok_root + "190\tUse force\t19\t5\t-10.0\t-\t-\n",
       "x.tsv:2: quad class 5 of code 190 is not 0-4"},
      {ok_root + "190\tUse force\t19\t4\tminus ten\t-\t-\n",
       "x.tsv:2: Goldstein value 'minus ten'"},
      {ok_root + "190\tUse force\t19\t4\t-11.0\t-\t-\n",
       "x.tsv:2: Goldstein value of code 190 is outside -10..10"},
      {ok_root + "190\tUse force\t19\t4\t-10.0\tassault\t-\n", "x.tsv:2: PLOVER event 'assault'"},
      {ok_root + "190\tUse force\t19\t4\t-10.0\t\t-\n", "x.tsv:2: empty PLOVER field"},
      {ok_root + "190\t\t19\t4\t-10.0\t-\t-\n", "x.tsv:2: name of code 190 is empty"},
      {ok_root + "1901\tOrphan\t19\t4\t-10.0\t-\t-\n",
       "x.tsv:2: code 1901 has no parent entry 190"},
      {ok_root + "# comment\n19\tAgain\t19\t4\t-10.0\t-\t-\n",
       "x.tsv:3: duplicate code 19 (first defined at line 1)"},
      {ok_root + "190\tUse force\t19\t3\t-10.0\t-\t-\n",
       "x.tsv:2: quad class 3 of code 190 differs from its root 19's 4"},
  };
  for (const Case& c : cases) {
    auto r = Codebook::Parse(c.tsv, "x.tsv");
    ASSERT_FALSE(r.ok()) << c.tsv;
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(r.status().message().find(c.expected), std::string::npos)
        << "got: " << r.status().message() << "\nwanted: " << c.expected;
  }
  // Comments, blank lines and CRLF are fine.
  auto r =
      Codebook::Parse("# c\r\n\r\n" + ok_root + "190\tUse force\t19\t4\t-10\t-\t-\r\n", "x.tsv");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->size(), 2u);
}

TEST(Codebook, TsvRoundTripIsAFixedPoint) {
  const Codebook& cb = OurCodebook();
  auto again = Codebook::Parse(cb.ToTsv(), "round-trip");
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(*again, cb);
  EXPECT_EQ(again->ToTsv(), cb.ToTsv());
}

TEST(Codebook, BinaryRoundTripIsExactAndDeterministic) {
  const Codebook& cb = OurCodebook();
  std::string bytes = cb.Serialize();
  auto back = Codebook::Deserialize(bytes);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(*back, cb);
  EXPECT_EQ(back->Serialize(), bytes);
  auto empty = Codebook::Deserialize(Codebook().Serialize());
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->empty());
}

TEST(Codebook, EveryTruncationIsCorruption) {
  std::string bytes = OurCodebook().Serialize();
  for (size_t n = 0; n < bytes.size(); ++n) {
    auto r = Codebook::Deserialize(std::string_view(bytes).substr(0, n));
    ASSERT_FALSE(r.ok()) << n;
    ASSERT_EQ(r.status().code(), StatusCode::kCorruption) << n;
  }
  auto r = Codebook::Deserialize(bytes + "x");
  EXPECT_EQ(r.status().code(), StatusCode::kCorruption);
}

TEST(Codebook, EveryFlippedByteIsCorruption) {
  std::string bytes = OurCodebook().Serialize();
  for (size_t i = 0; i < bytes.size(); ++i) {
    std::string bad = bytes;
    bad[i] = static_cast<char>(bad[i] ^ 0x5A);
    auto r = Codebook::Deserialize(bad);
    ASSERT_FALSE(r.ok()) << i;
    ASSERT_EQ(r.status().code(), StatusCode::kCorruption) << i;
  }
}

TEST(Codebook, RandomBytesWithAValidChecksumNeverCrash) {
  // A valid header and checksum around random entry bytes reach the entry
  // decoder, which must refuse (or accept) without reading out of bounds.
  std::mt19937 rng(12345);
  std::string good = OurCodebook().Serialize();
  for (int iter = 0; iter < 3000; ++iter) {
    std::string bytes;
    if (iter % 3 == 0) {
      // A real section with a few bytes changed, checksum fixed up.
      bytes = good.substr(0, good.size() - 4);
      for (int k = 0; k < 1 + iter % 5; ++k) bytes[rng() % bytes.size()] = static_cast<char>(rng());
    } else {
      bytes.assign("KCODEBK\0", 8);
      base::PutFixed<uint32_t>(&bytes, 1);
      base::PutFixed<uint32_t>(&bytes, rng() % 8);
      size_t n = rng() % 200;
      for (size_t k = 0; k < n; ++k)
        bytes.push_back(static_cast<char>(rng() % 5 == 0 ? rng() % 4 : rng()));
    }
    base::PutFixed<uint32_t>(&bytes, base::Crc32(bytes));
    auto r = Codebook::Deserialize(bytes);
    if (!r.ok()) {
      EXPECT_EQ(r.status().code(), StatusCode::kCorruption);
    }
  }
  for (int iter = 0; iter < 2000; ++iter) {
    std::string bytes(rng() % 64, '\0');
    for (char& c : bytes) c = static_cast<char>(rng());
    EXPECT_FALSE(Codebook::Deserialize(bytes).ok());
  }
}

TEST(Codebook, SerializedLayoutMatchesTheSpec) {
  // The worked example of doc/formats/codebook.md.
  auto one = Codebook::Parse("01\tMAKE PUBLIC STATEMENT\t01\t0\t0.0\t-\t-\n", "one.tsv");
  ASSERT_TRUE(one.ok()) << one.status().ToString();
  std::string bytes = one->Serialize();
  ASSERT_EQ(bytes.size(), 68u);
  std::string hex;
  for (unsigned char c : bytes) {
    const char* digits = "0123456789abcdef";
    hex += digits[c >> 4];
    hex += digits[c & 15];
  }
  EXPECT_EQ(hex,
            "4b434f4445424b00"
            "01000000"
            "01000000"
            "020000003031"
            "150000004d414b45205055424c49432053544154454d454e54"
            "00"
            "0000000000000000"
            "00000000"
            "00000000"
            "12247841");
}

TEST(Codebook, VersionMismatchNamesBothVersions) {
  std::string bytes = OurCodebook().Serialize();
  bytes[8] = 7;  // format_version follows the 8-byte magic
  auto r = Codebook::Deserialize(bytes);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("version 7"), std::string::npos) << r.status().message();
  EXPECT_NE(r.status().message().find("reads version 1"), std::string::npos);
  EXPECT_NE(r.status().message().find("khaldun dict compile"), std::string::npos);
}

// ---- Cross-check against the CAMEO reference files (read at run time). ----

// Code -> name from the manual's "CAMEO EVENT CODES" chapter: lines such as
// "\indent 0211: Appeal for economic cooperation\\" and "\textbf{01: ...}\\".
std::map<std::string, std::string> ManualCodes(const std::string& tex) {
  std::map<std::string, std::string> codes;
  size_t start = tex.find("chapter{CAMEO EVENT CODES}");
  if (start == std::string::npos) return codes;
  size_t end = tex.find("\\include{", start);
  std::string_view chapter = std::string_view(tex).substr(start, end - start);
  size_t pos = 0;
  while (pos < chapter.size()) {
    size_t nl = chapter.find('\n', pos);
    std::string_view line =
        chapter.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? chapter.size() : nl + 1;
    for (std::string_view prefix : {"\\indent", "\\textbf{", " ", "\t"}) {
      while (line.substr(0, prefix.size()) == prefix) line.remove_prefix(prefix.size());
    }
    size_t digits = 0;
    while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
    if (digits < 2 || digits > 4 || digits >= line.size() || line[digits] != ':') continue;
    codes[std::string(line.substr(0, digits))] = std::string(line.substr(digits + 1, 60));
  }
  return codes;
}

// First column of a two-column, tab-separated file with a header line.
std::map<std::string, std::string> TsvPairs(const std::string& text) {
  std::map<std::string, std::string> out;
  size_t pos = text.find('\n');  // skip the header
  while (pos != std::string::npos && pos + 1 < text.size()) {
    size_t nl = text.find('\n', pos + 1);
    std::string line =
        text.substr(pos + 1, nl == std::string::npos ? std::string::npos : nl - pos - 1);
    pos = nl;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    out[line.substr(0, tab)] = line.substr(tab + 1);
  }
  return out;
}

TEST(CodebookSources, EveryManualAndEventcodesCodeIsPresent) {
  auto tex = port::ReadFile(kCameoDir + "/CAMEO.Manual.1.1b3.tex");
  auto eventcodes = port::ReadFile(kCameoDir + "/CAMEO.eventcodes.txt");
  if (!tex.ok() || !eventcodes.ok()) {
    GTEST_SKIP() << "CAMEO reference files not found under " << kCameoDir
                 << " (../shared is only on development machines)";
  }
  const Codebook& cb = OurCodebook();
  std::map<std::string, std::string> manual = ManualCodes(*tex);
  std::map<std::string, std::string> gdelt = TsvPairs(*eventcodes);
  std::printf("manual codes %zu, CAMEO.eventcodes.txt codes %zu, ours %zu\n", manual.size(),
              gdelt.size(), cb.size());
  EXPECT_GE(manual.size(), 300u) << "the manual parser found too few codes";
  std::set<std::string> roots;
  size_t missing = 0;
  for (const auto& [code, name] : manual) {
    roots.insert(code.substr(0, 2));
    if (!cb.IsValidCode(code)) {
      ++missing;
      ADD_FAILURE() << "manual code " << code << " (" << name << ") is missing from "
                    << kCodebookPath;
    }
  }
  EXPECT_EQ(roots.size(), 20u) << "the manual has 20 roots";
  for (const auto& [code, name] : gdelt) {
    if (!cb.IsValidCode(code)) {
      ++missing;
      ADD_FAILURE() << "CAMEO.eventcodes.txt code " << code << " (" << name << ") is missing";
    }
  }
  std::string extras;
  for (const CameoEntry& e : cb) {
    if (!manual.count(e.code) && !gdelt.count(e.code)) extras += " " + e.code;
  }
  std::printf("missing: %zu; in neither the manual nor CAMEO.eventcodes.txt:%s\n", missing,
              extras.c_str());
}

TEST(CodebookSources, GoldsteinFollowsTheGdeltTable) {
  auto scale = port::ReadFile(kCameoDir + "/CAMEO.goldsteinscale.txt");
  if (!scale.ok()) GTEST_SKIP() << "CAMEO.goldsteinscale.txt not found under " << kCameoDir;
  size_t checked = 0;
  for (const auto& [code, value] : TsvPairs(*scale)) {
    const CameoEntry* e = OurCodebook().Find(code);
    ASSERT_NE(e, nullptr) << code;
    EXPECT_DOUBLE_EQ(e->goldstein, std::stod(value)) << code;
    ++checked;
  }
  EXPECT_GE(checked, 300u);
}

}  // namespace
}  // namespace khaldun::dict
