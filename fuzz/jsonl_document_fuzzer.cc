// libFuzzer target: one JSONL input line, as `khaldun code --input jsonl`
// reads it: repaired or refused with a reason, never a crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "io/document.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view line(reinterpret_cast<const char*>(data), size);
  (void)khaldun::io::ParseJsonlDocument(line, 1, "fuzz.jsonl");
  return 0;
}
