#include <cstdio>
#include <iostream>
#include <iterator>

#include "cli/commands.h"
#include "port/file.h"

namespace khaldun::cli {

bool ReadInput(const std::string& path, std::string* out) {
  if (path == "-") {
    out->assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return true;
  }
  auto r = port::ReadFile(path);
  if (!r.ok()) {
    std::fprintf(stderr, "khaldun: %s\n", r.status().ToString().c_str());
    return false;
  }
  *out = std::move(r).value();
  return true;
}

}  // namespace khaldun::cli
