#include "dict/codebook.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <string>
#include <utility>

#include "base/coding.h"
#include "base/hash.h"
#include "port/file.h"

namespace khaldun::dict {
namespace {

// Binary layout (doc/formats/codebook.md). DO NOT CHANGE: stored in
// dictionary files; a change needs a new kFormatVersion.
constexpr char kMagic[8] = {'K', 'C', 'O', 'D', 'E', 'B', 'K', '\0'};
constexpr uint32_t kFormatVersion = 1;
// code len + name len + quad + goldstein + event len + mode len, all empty.
constexpr size_t kMinEntryBytes = 4 + 4 + 1 + 8 + 4 + 4;
constexpr size_t kFieldCount = 7;

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool IsPloverEvent(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || c == '_' || c == '-';
  });
}

bool IsPloverMode(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  });
}

// Why `e` is not a valid entry on its own, or "" when it is. Shared by the
// text parser and the binary reader so both enforce the same rules.
std::string CheckEntry(const CameoEntry& e) {
  if (e.code.size() < 2 || e.code.size() > 4 || !IsDigits(e.code)) {
    return "code '" + e.code + "' is not 2-4 digits";
  }
  int root = (e.code[0] - '0') * 10 + (e.code[1] - '0');
  if (root < 1 || root > 20)
    return "code '" + e.code + "' has root " + e.code.substr(0, 2) + ", not 01-20";
  if (e.root != e.code.substr(0, 2)) {
    return "root '" + e.root + "' does not match code " + e.code + " (expected " +
           e.code.substr(0, 2) + ")";
  }
  if (e.name.empty()) return "name of code " + e.code + " is empty";
  if (e.name.front() == ' ' || e.name.back() == ' ')
    return "name of code " + e.code + " has leading or trailing spaces";
  for (unsigned char c : e.name) {
    if (c < 0x20 || c == 0x7f) return "name of code " + e.code + " contains a control character";
  }
  if (e.quad_class < kQuadStatement || e.quad_class > kQuadMaterialConflict) {
    return "quad class " + std::to_string(e.quad_class) + " of code " + e.code + " is not 0-4";
  }
  // Written as a negated range test so that NaN fails it.
  if (!(e.goldstein >= -10.0 && e.goldstein <= 10.0)) {
    return "Goldstein value of code " + e.code + " is outside -10..10";
  }
  if (!e.plover_event.empty() && !IsPloverEvent(e.plover_event)) {
    return "PLOVER event '" + e.plover_event + "' of code " + e.code + " is not upper-case letters";
  }
  if (!e.plover_mode.empty() && !IsPloverMode(e.plover_mode)) {
    return "PLOVER mode '" + e.plover_mode + "' of code " + e.code +
           " is not lower-case letters, digits, '_' or '-'";
  }
  return "";
}

// Whole-table rules over entries sorted by code: strictly increasing (no
// duplicates), every parent present, one quad class per root. Returns "" or
// the reason, with *bad set to the offending entry's index.
std::string CheckTable(const std::vector<CameoEntry>& sorted, size_t* bad) {
  for (size_t i = 0; i < sorted.size(); ++i) {
    *bad = i;
    const CameoEntry& e = sorted[i];
    if (i > 0 && !(sorted[i - 1].code < e.code)) {
      return sorted[i - 1].code == e.code ? "duplicate code " + e.code
                                          : "codes are not in increasing order";
    }
    if (e.code.size() == 2) continue;
    std::string parent = e.code.substr(0, e.code.size() - 1);
    auto it =
        std::lower_bound(sorted.begin(), sorted.end(), parent,
                         [](const CameoEntry& a, const std::string& c) { return a.code < c; });
    if (it == sorted.end() || it->code != parent) {
      return "code " + e.code + " has no parent entry " + parent;
    }
    auto root =
        std::lower_bound(sorted.begin(), sorted.end(), e.root,
                         [](const CameoEntry& a, const std::string& c) { return a.code < c; });
    if (root != sorted.end() && root->code == e.root && root->quad_class != e.quad_class) {
      return "quad class " + std::to_string(e.quad_class) + " of code " + e.code +
             " differs from its root " + e.root + "'s " + std::to_string(root->quad_class) +
             " (quad class is a function of the root)";
    }
  }
  return "";
}

bool ParseGoldstein(std::string_view s, double* out) {
  // "-2.0", "3.4", "10": an optional '-', digits, an optional fraction.
  size_t i = (!s.empty() && s[0] == '-') ? 1 : 0;
  size_t int_start = i;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  if (i == int_start) return false;
  if (i < s.size() && s[i] == '.') {
    size_t frac_start = ++i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    if (i == frac_start) return false;
  }
  if (i != s.size()) return false;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

// One decimal when that is exact ("-2.0", "3.4"), else the shortest form that
// reads back to the same double.
std::string FormatGoldstein(double g) {
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof(buf), g, std::chars_format::fixed, 1);
  double back = 0;
  if (ec == std::errc() && std::from_chars(buf, end, back).ec == std::errc() && back == g) {
    return std::string(buf, end);
  }
  auto [end2, ec2] = std::to_chars(buf, buf + sizeof(buf), g, std::chars_format::fixed);
  return ec2 == std::errc() ? std::string(buf, end2) : std::string("0");
}

std::string Location(std::string_view source, size_t line) {
  return std::string(source) + ":" + std::to_string(line);
}

}  // namespace

const char* QuadClassName(int quad_class) {
  switch (quad_class) {
    case kQuadStatement:
      return "statement";
    case kQuadVerbalCooperation:
      return "verbal cooperation";
    case kQuadMaterialCooperation:
      return "material cooperation";
    case kQuadVerbalConflict:
      return "verbal conflict";
    case kQuadMaterialConflict:
      return "material conflict";
    default:
      return "unknown";
  }
}

Result<Codebook> Codebook::Parse(std::string_view tsv, std::string_view source_name) {
  struct Parsed {
    CameoEntry entry;
    size_t line;
  };
  std::vector<Parsed> parsed;
  size_t line_no = 0;
  size_t pos = 0;
  while (pos < tsv.size()) {
    size_t nl = tsv.find('\n', pos);
    std::string_view line =
        tsv.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = (nl == std::string_view::npos) ? tsv.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;

    std::vector<std::string_view> f;
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      f.push_back(
          line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    auto fail = [&](const std::string& why) {
      return InvalidArgumentError(Location(source_name, line_no) + ": " + why +
                                  "; fix the line (format: doc/formats/codebook.md)");
    };
    if (f.size() != kFieldCount) {
      return fail(
          "expected 7 tab-separated fields (code, name, root, quad class, Goldstein, PLOVER event, "
          "PLOVER mode), found " +
          std::to_string(f.size()));
    }
    CameoEntry e;
    e.code = std::string(f[0]);
    e.name = std::string(f[1]);
    e.root = std::string(f[2]);
    if (f[3].size() != 1 || f[3][0] < '0' || f[3][0] > '9') {
      return fail("quad class '" + std::string(f[3]) + "' is not a digit 0-4");
    }
    e.quad_class = f[3][0] - '0';
    if (!ParseGoldstein(f[4], &e.goldstein)) {
      return fail("Goldstein value '" + std::string(f[4]) + "' is not a decimal number like -2.0");
    }
    e.plover_event = f[5] == "-" ? "" : std::string(f[5]);
    e.plover_mode = f[6] == "-" ? "" : std::string(f[6]);
    if (f[5].empty() || f[6].empty()) return fail("empty PLOVER field: write '-' for none");
    std::string why = CheckEntry(e);
    if (!why.empty()) return fail(why);
    parsed.push_back({std::move(e), line_no});
  }

  std::stable_sort(parsed.begin(), parsed.end(),
                   [](const Parsed& a, const Parsed& b) { return a.entry.code < b.entry.code; });
  for (size_t i = 1; i < parsed.size(); ++i) {
    if (parsed[i].entry.code == parsed[i - 1].entry.code) {
      return InvalidArgumentError(Location(source_name, parsed[i].line) + ": duplicate code " +
                                  parsed[i].entry.code + " (first defined at line " +
                                  std::to_string(parsed[i - 1].line) +
                                  "); remove one of the lines");
    }
  }
  std::vector<CameoEntry> entries;
  entries.reserve(parsed.size());
  for (auto& p : parsed) entries.push_back(std::move(p.entry));
  size_t bad = 0;
  std::string why = CheckTable(entries, &bad);
  if (!why.empty()) {
    return InvalidArgumentError(Location(source_name, parsed[bad].line) + ": " + why);
  }
  return Codebook(std::move(entries));
}

Result<Codebook> Codebook::ReadFile(const std::string& path) {
  KHALDUN_ASSIGN_OR_RETURN(std::string bytes, port::ReadFile(path));
  return Parse(bytes, path);
}

const CameoEntry* Codebook::Find(std::string_view code) const {
  auto it = std::lower_bound(entries_.begin(), entries_.end(), code,
                             [](const CameoEntry& e, std::string_view c) { return e.code < c; });
  return (it != entries_.end() && it->code == code) ? &*it : nullptr;
}

std::string Codebook::ToTsv() const {
  std::string out =
      "# columns: code  name  root  quad_class  goldstein  plover_event  plover_mode\n";
  for (const CameoEntry& e : entries_) {
    out += e.code + '\t' + e.name + '\t' + e.root + '\t' + std::to_string(e.quad_class) + '\t' +
           FormatGoldstein(e.goldstein) + '\t' + (e.plover_event.empty() ? "-" : e.plover_event) +
           '\t' + (e.plover_mode.empty() ? "-" : e.plover_mode) + '\n';
  }
  return out;
}

std::string Codebook::Serialize() const {
  std::string out(kMagic, sizeof(kMagic));
  base::PutFixed<uint32_t>(&out, kFormatVersion);
  base::PutFixed<uint32_t>(&out, static_cast<uint32_t>(entries_.size()));
  for (const CameoEntry& e : entries_) {
    base::PutString(&out, e.code);
    base::PutString(&out, e.name);
    base::PutFixed<uint8_t>(&out, static_cast<uint8_t>(e.quad_class));
    base::PutFixed<double>(&out, e.goldstein);
    base::PutString(&out, e.plover_event);
    base::PutString(&out, e.plover_mode);
  }
  base::PutFixed<uint32_t>(&out, base::Crc32(out));
  return out;
}

Result<Codebook> Codebook::Deserialize(std::string_view bytes) {
  auto corrupt = [](const std::string& why) {
    return CorruptionError(
        "codebook section: " + why +
        "; the knowledge base is damaged: rebuild it with `khaldun dict compile`");
  };
  constexpr size_t kHeader = sizeof(kMagic) + 4 + 4;
  if (bytes.size() < kHeader + 4)
    return corrupt("truncated (" + std::to_string(bytes.size()) + " bytes)");
  if (bytes.substr(0, sizeof(kMagic)) != std::string_view(kMagic, sizeof(kMagic))) {
    return corrupt("bad magic; these bytes are not a khaldun codebook");
  }
  uint32_t stored_crc = base::DecodeFixed<uint32_t>(bytes.data() + bytes.size() - 4);
  base::ByteReader r(bytes.substr(0, bytes.size() - 4));
  std::string_view skip;
  uint32_t version = 0, count = 0;
  if (!r.ReadBytes(sizeof(kMagic), &skip) || !r.Read(&version) || !r.Read(&count)) {
    return corrupt("truncated header");
  }
  if (version != kFormatVersion) {
    return CorruptionError(
        "codebook section has format version " + std::to_string(version) +
        " but this build reads version " + std::to_string(kFormatVersion) +
        "; rebuild the knowledge base with this version's `khaldun dict compile`");
  }
  if (base::Crc32(bytes.substr(0, bytes.size() - 4)) != stored_crc)
    return corrupt("checksum mismatch");
  if (count > r.remaining() / kMinEntryBytes) {
    return corrupt("entry count " + std::to_string(count) + " does not fit in " +
                   std::to_string(r.remaining()) + " bytes");
  }
  std::vector<CameoEntry> entries(count);
  for (uint32_t i = 0; i < count; ++i) {
    CameoEntry& e = entries[i];
    uint8_t quad = 0;
    if (!r.ReadString(&e.code) || !r.ReadString(&e.name) || !r.Read(&quad) ||
        !r.Read(&e.goldstein) || !r.ReadString(&e.plover_event) || !r.ReadString(&e.plover_mode)) {
      return corrupt("truncated in entry " + std::to_string(i));
    }
    e.quad_class = quad;
    e.root = e.code.substr(0, std::min<size_t>(2, e.code.size()));
    std::string why = CheckEntry(e);
    if (!why.empty()) return corrupt("entry " + std::to_string(i) + ": " + why);
  }
  if (r.remaining() != 0) return corrupt(std::to_string(r.remaining()) + " trailing bytes");
  size_t bad = 0;
  std::string why = CheckTable(entries, &bad);
  if (!why.empty()) return corrupt("entry " + std::to_string(bad) + ": " + why);
  return Codebook(std::move(entries));
}

}  // namespace khaldun::dict
