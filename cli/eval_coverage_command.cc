// khaldun eval subcommands: see cli/commands.h (RegisterEvalCoverage).
#include "cli/commands.h"

namespace khaldun::cli {

SubcommandRunners RegisterEvalCoverage(CLI::App* eval) {
  (void)eval;
  return {};
}

}  // namespace khaldun::cli
