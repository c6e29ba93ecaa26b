// Internal. Use include/khaldun/khaldun.h.
// The CAMEO event codebook: every CAMEO event code with its name, root, quad
// class, Goldstein value and PLOVER event/mode. The text source is
// data/dict/cameo_codebook.tsv (format: doc/formats/codebook.md); the compiled
// knowledge base embeds the compact binary form written by Serialize().
//
// Thread safety: a Codebook is immutable after Parse/Deserialize; its const
// methods may be called from many threads at once.
#ifndef KHALDUN_SRC_DICT_CODEBOOK_H_
#define KHALDUN_SRC_DICT_CODEBOOK_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/status.h"

namespace khaldun::dict {

// Quad classes, the standard Phoenix definition (cameo_codes_goldstein_plover.csv):
// a function of the root code only.
//   0 statement (roots 01 make public statement, 02 appeal: neutral verbal acts)
//   1 verbal cooperation (03-05)     2 material cooperation (06-08)
//   3 verbal conflict (09-13, 16)    4 material conflict (14, 15, 17-20)
// DO NOT CHANGE the numbers: they are stored in dictionary files.
inline constexpr int kQuadStatement = 0;
inline constexpr int kQuadVerbalCooperation = 1;
inline constexpr int kQuadMaterialCooperation = 2;
inline constexpr int kQuadVerbalConflict = 3;
inline constexpr int kQuadMaterialConflict = 4;

// "statement", "verbal cooperation", ...; "unknown" outside 0-4.
const char* QuadClassName(int quad_class);

// One CAMEO event code. Plain value type.
struct CameoEntry {
  std::string code;          // 2-4 digits: "19" (root), "190", "1951"
  std::string name;          // "Employ aerial weapons, not specified below"
  std::string root;          // the first two digits of `code`, "01".."20"
  int quad_class = 0;        // kQuadStatement .. kQuadMaterialConflict
  double goldstein = 0.0;    // Goldstein scale, -10.0 (most conflictual) .. +10.0
  std::string plover_event;  // "ASSAULT"; empty when CAMEO2PLOVER has no mapping
  std::string plover_mode;   // "heavy-weapons"; empty when none

  // Two entries are equal when every field is.
  bool operator==(const CameoEntry&) const = default;
};

// The set of codes, sorted by code string. Lexicographic order of the digit
// strings puts every code right after its parent ("01" < "010" < "011" <
// "0110" < "012"), so iteration is a pre-order walk of the code tree.
//
// Copyable: it is small (about 330 entries, 40 KB).
class Codebook {
 public:
  // An empty codebook (no codes are valid).
  Codebook() = default;

  // Parses the TSV text format. `source_name` (a path, usually) names the
  // source in error messages. The text must be one entry per line with 7
  // tab-separated fields (code, name, root, quad class, Goldstein, PLOVER
  // event, PLOVER mode; "-" for an empty PLOVER field); '#' lines and blank
  // lines are skipped. Whole-table rules: no duplicate codes, every code's
  // parent present, one quad class per root.
  // Errors: kInvalidArgument "<source>:<line>: <what is wrong>".
  // Complexity: O(n log n) in the number of lines.
  [[nodiscard]] static Result<Codebook> Parse(std::string_view tsv, std::string_view source_name);

  // Reads and parses a TSV file. Errors: those of Parse, kNotFound, kIoError.
  [[nodiscard]] static Result<Codebook> ReadFile(const std::string& path);

  // The entry for `code` (exact match: "190", not "19 0"), or nullptr.
  // The pointer lives as long as this Codebook. O(log n).
  const CameoEntry* Find(std::string_view code) const;

  // True when `code` is in the codebook.
  bool IsValidCode(std::string_view code) const { return Find(code) != nullptr; }

  // All entries in code order.
  const std::vector<CameoEntry>& entries() const { return entries_; }
  std::vector<CameoEntry>::const_iterator begin() const { return entries_.begin(); }
  std::vector<CameoEntry>::const_iterator end() const { return entries_.end(); }
  size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }

  // Writes the TSV text format (without the generated-file banner); Parse of
  // the result gives an equal Codebook.
  std::string ToTsv() const;

  // Compact binary form for embedding in the compiled knowledge base; the
  // layout is in doc/formats/codebook.md. Deterministic: equal codebooks give
  // equal bytes.
  std::string Serialize() const;

  // Reads Serialize() output. Never reads out of bounds, whatever the bytes.
  // Errors: kCorruption (bad magic, unsupported version, truncated, checksum
  // mismatch, an entry that breaks a codebook rule, trailing bytes).
  [[nodiscard]] static Result<Codebook> Deserialize(std::string_view bytes);

  bool operator==(const Codebook&) const = default;

 private:
  explicit Codebook(std::vector<CameoEntry> entries) : entries_(std::move(entries)) {}

  std::vector<CameoEntry> entries_;  // sorted by code, unique
};

}  // namespace khaldun::dict

#endif  // KHALDUN_SRC_DICT_CODEBOOK_H_
