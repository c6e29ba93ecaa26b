// libFuzzer target: the section payload decoders behind the checksums (a
// file with a valid CRC can still be hostile): the phrase trie and the
// codebook must refuse or accept without reading out of bounds, and an
// accepted trie must answer lookups safely.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dict/codebook.h"
#include "dict/phrase_trie.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto trie = khaldun::dict::PhraseTrie::Deserialize(bytes);
  if (trie.ok()) {
    khaldun::dict::TokenKey keys[4] = {{0, 1}, {1, 0}, {2, 2}, {0, 0}};
    uint32_t node = 0;
    size_t n = trie->LongestMatch(keys, 4, 0, &node);
    if (n > 0) {
      for (const auto* h = trie->HitsBegin(node); h != trie->HitsEnd(node); ++h) (void)h->index;
    }
  }
  (void)khaldun::dict::Codebook::Deserialize(bytes);
  return 0;
}
