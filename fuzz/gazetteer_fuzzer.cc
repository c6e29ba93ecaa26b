// libFuzzer target: the gazetteer loader over arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "geo/gazetteer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto g = khaldun::geo::Gazetteer::FromBytes(bytes, "fuzz.bin");
  if (g.ok()) (void)(*g)->Lookup("Tripoli", {"LBY"}, 3);
  return 0;
}
