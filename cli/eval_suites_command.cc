// khaldun eval subcommands: see cli/commands.h (RegisterEvalSuites).
#include "cli/commands.h"

namespace khaldun::cli {

SubcommandRunners RegisterEvalSuites(CLI::App* eval) {
  (void)eval;
  return {};
}

}  // namespace khaldun::cli
