#include "text/abbreviations.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "text/utf8.h"

namespace khaldun::text {
namespace {

// Which spellings of an entry match. Entries are written in lower case.
enum class CaseRule : uint8_t {
  kCapital,  // first letter upper case: "Gen", or all capitals: "GEN" (datelines, headlines)
  kLower,    // all lower case: "pp"
  kAny,      // any case: "etc", "ETC", "Etc"
};

struct Entry {
  std::string_view lower;
  AbbreviationKind kind;
  CaseRule rule;
};

using K = AbbreviationKind;
using C = CaseRule;

// Kept sorted by `lower` (checked at compile time). "al" is for "et al.".
constexpr Entry kEntries[] = {
    {"adm", K::kTitle, C::kCapital},     {"al", K::kGeneral, C::kLower},
    {"ala", K::kGeneral, C::kCapital},   {"alta", K::kGeneral, C::kCapital},
    {"amb", K::kTitle, C::kCapital},     {"approx", K::kBeforeNumber, C::kAny},
    {"apr", K::kMonth, C::kCapital},     {"ariz", K::kGeneral, C::kCapital},
    {"ark", K::kGeneral, C::kCapital},   {"art", K::kBeforeNumber, C::kCapital},
    {"assn", K::kGeneral, C::kCapital},  {"atty", K::kTitle, C::kCapital},
    {"aug", K::kMonth, C::kCapital},     {"ave", K::kGeneral, C::kCapital},
    {"blvd", K::kGeneral, C::kCapital},  {"brig", K::kTitle, C::kCapital},
    {"bros", K::kGeneral, C::kCapital},  {"ca", K::kBeforeNumber, C::kLower},
    {"calif", K::kGeneral, C::kCapital}, {"capt", K::kTitle, C::kCapital},
    {"cf", K::kTitle, C::kLower},        {"cmdr", K::kTitle, C::kCapital},
    {"co", K::kGeneral, C::kCapital},    {"col", K::kTitle, C::kCapital},
    {"colo", K::kGeneral, C::kCapital},  {"conn", K::kGeneral, C::kCapital},
    {"corp", K::kGeneral, C::kCapital},  {"cos", K::kGeneral, C::kCapital},
    {"cpl", K::kTitle, C::kCapital},     {"dec", K::kMonth, C::kCapital},
    {"del", K::kGeneral, C::kCapital},   {"dept", K::kGeneral, C::kAny},
    {"det", K::kTitle, C::kCapital},     {"dr", K::kTitle, C::kCapital},
    {"drs", K::kTitle, C::kCapital},     {"e.g", K::kTitle, C::kAny},
    {"est", K::kBeforeNumber, C::kAny},  {"etc", K::kListEnd, C::kAny},
    {"feb", K::kMonth, C::kCapital},     {"fig", K::kBeforeNumber, C::kAny},
    {"fla", K::kGeneral, C::kCapital},   {"fr", K::kTitle, C::kCapital},
    {"fri", K::kGeneral, C::kCapital},   {"ft", K::kTitle, C::kCapital},
    {"ga", K::kGeneral, C::kCapital},    {"gen", K::kTitle, C::kCapital},
    {"gens", K::kTitle, C::kCapital},    {"gov", K::kTitle, C::kCapital},
    {"govs", K::kTitle, C::kCapital},    {"govt", K::kGeneral, C::kAny},
    {"hon", K::kTitle, C::kCapital},     {"hwy", K::kGeneral, C::kCapital},
    {"i.e", K::kTitle, C::kAny},         {"ill", K::kGeneral, C::kCapital},
    {"inc", K::kGeneral, C::kCapital},   {"ind", K::kGeneral, C::kCapital},
    {"insp", K::kTitle, C::kCapital},    {"intl", K::kGeneral, C::kCapital},
    {"jan", K::kMonth, C::kCapital},     {"jr", K::kGeneral, C::kCapital},
    {"jul", K::kMonth, C::kCapital},     {"jun", K::kMonth, C::kCapital},
    {"kan", K::kGeneral, C::kCapital},   {"kans", K::kGeneral, C::kCapital},
    {"ky", K::kGeneral, C::kCapital},    {"la", K::kGeneral, C::kCapital},
    {"llc", K::kGeneral, C::kCapital},   {"lt", K::kTitle, C::kCapital},
    {"ltd", K::kGeneral, C::kCapital},   {"maj", K::kTitle, C::kCapital},
    {"mar", K::kMonth, C::kCapital},     {"mass", K::kGeneral, C::kCapital},
    {"md", K::kGeneral, C::kCapital},    {"messrs", K::kTitle, C::kCapital},
    {"mich", K::kGeneral, C::kCapital},  {"minn", K::kGeneral, C::kCapital},
    {"miss", K::kGeneral, C::kCapital},  {"mme", K::kTitle, C::kCapital},
    {"mo", K::kGeneral, C::kCapital},    {"mont", K::kGeneral, C::kCapital},
    {"mr", K::kTitle, C::kCapital},      {"mrs", K::kTitle, C::kCapital},
    {"ms", K::kTitle, C::kCapital},      {"mt", K::kTitle, C::kCapital},
    {"natl", K::kGeneral, C::kCapital},  {"neb", K::kGeneral, C::kCapital},
    {"nev", K::kGeneral, C::kCapital},   {"no", K::kBeforeNumber, C::kAny},
    {"nos", K::kBeforeNumber, C::kAny},  {"nov", K::kMonth, C::kCapital},
    {"oct", K::kMonth, C::kCapital},     {"okla", K::kGeneral, C::kCapital},
    {"ont", K::kGeneral, C::kCapital},   {"ore", K::kGeneral, C::kCapital},
    {"pa", K::kGeneral, C::kCapital},    {"penn", K::kGeneral, C::kCapital},
    {"pfc", K::kTitle, C::kCapital},     {"pop", K::kBeforeNumber, C::kLower},
    {"pp", K::kBeforeNumber, C::kLower}, {"pres", K::kTitle, C::kCapital},
    {"prof", K::kTitle, C::kCapital},    {"pvt", K::kTitle, C::kCapital},
    {"que", K::kGeneral, C::kCapital},   {"rd", K::kGeneral, C::kCapital},
    {"rep", K::kTitle, C::kCapital},     {"reps", K::kTitle, C::kCapital},
    {"rev", K::kTitle, C::kCapital},     {"sask", K::kGeneral, C::kCapital},
    {"sat", K::kGeneral, C::kCapital},   {"sen", K::kTitle, C::kCapital},
    {"sens", K::kTitle, C::kCapital},    {"sep", K::kMonth, C::kCapital},
    {"sept", K::kMonth, C::kCapital},    {"sgt", K::kTitle, C::kCapital},
    {"sr", K::kGeneral, C::kCapital},    {"st", K::kGeneral, C::kCapital},
    {"ste", K::kGeneral, C::kCapital},   {"supt", K::kTitle, C::kCapital},
    {"tenn", K::kGeneral, C::kCapital},  {"tex", K::kGeneral, C::kCapital},
    {"thu", K::kGeneral, C::kCapital},   {"thur", K::kGeneral, C::kCapital},
    {"thurs", K::kGeneral, C::kCapital}, {"tue", K::kGeneral, C::kCapital},
    {"tues", K::kGeneral, C::kCapital},  {"univ", K::kGeneral, C::kCapital},
    {"v", K::kTitle, C::kLower},         {"va", K::kGeneral, C::kCapital},
    {"viz", K::kTitle, C::kLower},       {"vol", K::kBeforeNumber, C::kAny},
    {"vols", K::kBeforeNumber, C::kAny}, {"vs", K::kTitle, C::kAny},
    {"vt", K::kGeneral, C::kCapital},    {"wash", K::kGeneral, C::kCapital},
    {"wed", K::kGeneral, C::kCapital},   {"wis", K::kGeneral, C::kCapital},
    {"wyo", K::kGeneral, C::kCapital},
};

constexpr bool EntriesSorted() {
  for (size_t i = 1; i < std::size(kEntries); ++i) {
    if (!(kEntries[i - 1].lower < kEntries[i].lower)) return false;
  }
  return true;
}
static_assert(EntriesSorted(), "kEntries must be sorted by `lower`");

template <size_t N>
constexpr bool Sorted(const std::string_view (&words)[N]) {
  for (size_t i = 1; i < N; ++i) {
    if (!(words[i - 1] < words[i])) return false;
  }
  return true;
}

bool MatchesCase(std::string_view word, CaseRule rule) {
  bool any_upper = false, any_lower = false;
  for (char c : word) {
    any_upper |= IsAsciiUpper(c);
    any_lower |= IsAsciiLower(c);
  }
  switch (rule) {
    case CaseRule::kAny:
      return true;
    case CaseRule::kLower:
      return !any_upper;
    case CaseRule::kCapital:
      // "Gen" or "GEN"; not "gen", not "gEN".
      if (!IsAsciiUpper(word[0])) return false;
      if (!any_lower) return true;
      return std::none_of(word.begin() + 1, word.end(), IsAsciiUpper);
  }
  return false;
}

// "U.S", "D.C", "a.m", "Ph.D", "J.R.R": letter segments of length 1-2 joined
// by single periods, at least two segments and at least one of length 1.
bool IsDottedAcronym(std::string_view w) {
  int segments = 0, seg_len = 0;
  bool has_single = false;
  for (size_t i = 0; i <= w.size(); ++i) {
    if (i == w.size() || w[i] == '.') {
      if (seg_len == 0 || seg_len > 2) return false;
      has_single |= seg_len == 1;
      ++segments;
      seg_len = 0;
    } else if (IsAsciiAlpha(w[i])) {
      ++seg_len;
    } else {
      return false;
    }
  }
  return segments >= 2 && has_single;
}

constexpr std::string_view kSentenceStarters[] = {
    "A",       "According", "After",  "Afterward", "Although", "Among",  "An",      "And",
    "Another", "Any",       "As",     "At",        "Because",  "Before", "Both",    "But",
    "By",      "Despite",   "During", "Each",      "Earlier",  "Either", "Even",    "Every",
    "For",     "From",      "He",     "Her",       "Here",     "His",    "How",     "However",
    "I",       "If",        "In",     "Instead",   "It",       "Its",    "Last",    "Later",
    "Many",    "Meanwhile", "More",   "Moreover",  "Most",     "My",     "Neither", "Nevertheless",
    "No",      "Nor",       "Not",    "Now",       "Of",       "On",     "One",     "Only",
    "Or",      "Other",     "Our",    "Over",      "Several",  "She",    "Since",   "So",
    "Some",    "Still",     "Such",   "That",      "The",      "Their",  "Then",    "There",
    "These",   "They",      "This",   "Those",     "Though",   "Thus",   "To",      "Two",
    "Under",   "Until",     "We",     "What",      "When",     "Where",  "Whether", "Which",
    "While",   "Who",       "Why",    "With",      "Without",  "Yet",    "You",     "Your",
};

constexpr std::string_view kNewsAgencies[] = {
    "AFP",   "ANI",  "ANSA", "AP",   "APA",  "Bernama",  "BNA",     "CNA",
    "CNN",   "DPA",  "dpa",  "EFE",  "IANS", "Interfax", "IRNA",    "KCNA",
    "Kyodo", "KUNA", "MENA", "PTI",  "QNA",  "RIA",      "Reuters", "SANA",
    "SPA",   "TASS", "UPI",  "WAFA", "WAM",  "Xinhua",   "Yonhap",
};

static_assert(Sorted(kSentenceStarters), "kSentenceStarters must be sorted");

}  // namespace

AbbreviationKind ClassifyAbbreviation(std::string_view word) {
  if (word.empty()) return AbbreviationKind::kNone;
  // Longest entry is 6 bytes ("approx", "messrs").
  if (word.size() <= 8) {
    char lower_buf[8];
    for (size_t i = 0; i < word.size(); ++i) lower_buf[i] = AsciiLower(word[i]);
    const std::string_view lower(lower_buf, word.size());
    const Entry* end = std::end(kEntries);
    const Entry* it =
        std::lower_bound(std::begin(kEntries), end, lower,
                         [](const Entry& e, std::string_view w) { return e.lower < w; });
    if (it != end && it->lower == lower && MatchesCase(word, it->rule)) return it->kind;
  }
  if (word.size() == 1 && IsAsciiUpper(word[0])) return AbbreviationKind::kInitial;
  if (IsDottedAcronym(word)) return AbbreviationKind::kGeneral;
  return AbbreviationKind::kNone;
}

bool IsSentenceStarter(std::string_view word) {
  return std::binary_search(std::begin(kSentenceStarters), std::end(kSentenceStarters), word);
}

bool IsNewsAgency(std::string_view name) {
  return std::find(std::begin(kNewsAgencies), std::end(kNewsAgencies), name) !=
         std::end(kNewsAgencies);
}

}  // namespace khaldun::text
