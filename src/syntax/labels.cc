// Names of the fixed tag sets declared in include/khaldun/analysis.h.
#include <array>
#include <string_view>

#include "khaldun/analysis.h"

namespace khaldun {
namespace {

constexpr std::array<const char*, static_cast<size_t>(Upos::kCount)> kUposNames = {
#define KHALDUN_NAME_ITEM_(name) #name,
    KHALDUN_UPOS_LIST(KHALDUN_NAME_ITEM_)
#undef KHALDUN_NAME_ITEM_
};

constexpr std::array<const char*, static_cast<size_t>(Xpos::kCount)> kXposNames = {
#define KHALDUN_NAME_ITEM_(name, text) text,
    KHALDUN_XPOS_LIST(KHALDUN_NAME_ITEM_)
#undef KHALDUN_NAME_ITEM_
};

constexpr std::array<const char*, static_cast<size_t>(Deprel::kCount)> kDeprelNames = {
#define KHALDUN_NAME_ITEM_(name, text) text,
    KHALDUN_DEPREL_LIST(KHALDUN_NAME_ITEM_)
#undef KHALDUN_NAME_ITEM_
};

template <typename E, size_t N>
std::optional<E> Find(const std::array<const char*, N>& names, std::string_view name) {
  for (size_t i = 0; i < N; ++i) {
    if (name == names[i]) return static_cast<E>(i);
  }
  return std::nullopt;
}

}  // namespace

const char* UposName(Upos tag) {
  size_t i = static_cast<size_t>(tag);
  return i < kUposNames.size() ? kUposNames[i] : "X";
}
const char* XposName(Xpos tag) {
  size_t i = static_cast<size_t>(tag);
  return i < kXposNames.size() ? kXposNames[i] : "XX";
}
const char* DeprelName(Deprel rel) {
  size_t i = static_cast<size_t>(rel);
  return i < kDeprelNames.size() ? kDeprelNames[i] : "dep";
}

std::optional<Upos> ParseUpos(std::string_view name) { return Find<Upos>(kUposNames, name); }
std::optional<Xpos> ParseXpos(std::string_view name) { return Find<Xpos>(kXposNames, name); }
std::optional<Deprel> ParseDeprel(std::string_view name) {
  if (auto r = Find<Deprel>(kDeprelNames, name)) return r;
  size_t colon = name.find(':');
  if (colon != std::string_view::npos) return Find<Deprel>(kDeprelNames, name.substr(0, colon));
  return std::nullopt;
}

Deprel BaseDeprel(Deprel rel) {
  std::string_view name = DeprelName(rel);
  size_t colon = name.find(':');
  if (colon == std::string_view::npos) return rel;
  return *Find<Deprel>(kDeprelNames, name.substr(0, colon));
}

}  // namespace khaldun
