// The `khaldun` command's subcommands. Each Register* adds one subcommand to
// the CLI11 app and returns the function that runs it (exit code).
#ifndef KHALDUN_CLI_COMMANDS_H_
#define KHALDUN_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

namespace khaldun::cli {

using Runner = std::function<int()>;

Runner RegisterParse(CLI::App& app);
Runner RegisterTrain(CLI::App& app);
Runner RegisterEval(CLI::App& app);
Runner RegisterDict(CLI::App& app);
Runner RegisterCode(CLI::App& app);
Runner RegisterGeo(CLI::App& app);

// Reads a whole file, or standard input for "-". Prints the error and returns false on failure.
bool ReadInput(const std::string& path, std::string* out);

}  // namespace khaldun::cli

#endif  // KHALDUN_CLI_COMMANDS_H_
