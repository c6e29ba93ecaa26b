// libFuzzer target: the field's validation record files as `khaldun code
// --input petrarch-xml|tabari` and `khaldun eval petrarch|tabari` read them.
// The first byte's low bit picks the format (PETRARCH XML records and their
// <Environment> block, or TABARI .text records); the rest is the file. A
// record that cannot be read becomes a problem line; nothing crashes.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "io/record_formats.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view file(reinterpret_cast<const char*>(data + 1), size - 1);
  std::vector<std::string> problems;
  if ((data[0] & 1) == 0) {
    (void)khaldun::io::ParsePetrarchRecords(file, "fuzz.xml", &problems);
    (void)khaldun::io::ParsePetrarchEnvironment(file);
  } else {
    (void)khaldun::io::ParseTabariRecords(file, "fuzz.text", &problems, "FINAL-");
  }
  return 0;
}
