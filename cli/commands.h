// The `khaldun` command's subcommands. Each Register* adds one subcommand to
// the CLI11 app and returns the function that runs it (exit code).
#ifndef KHALDUN_CLI_COMMANDS_H_
#define KHALDUN_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace khaldun::cli {

using Runner = std::function<int()>;

Runner RegisterParse(CLI::App& app);
Runner RegisterTrain(CLI::App& app);
Runner RegisterEval(CLI::App& app);
Runner RegisterDict(CLI::App& app);

// Subcommands of `khaldun eval` that live in their own files. Each adds its
// subcommands to `eval` and returns, for each, the subcommand and its runner.
using SubcommandRunners = std::vector<std::pair<CLI::App*, Runner>>;
// petrarch, tabari: the field's validation suites (cli/eval_suites_command.cc).
SubcommandRunners RegisterEvalSuites(CLI::App* eval);
// coverage, examples, confli: knowledge coverage against the field's
// dictionaries, the CAMEO manual's examples, quad classes on ConfliBERT
// data (cli/eval_coverage_command.cc).
SubcommandRunners RegisterEvalCoverage(CLI::App* eval);
Runner RegisterCode(CLI::App& app);
Runner RegisterGeo(CLI::App& app);

// Reads a whole file, or standard input for "-". Prints the error and returns false on failure.
bool ReadInput(const std::string& path, std::string* out);

}  // namespace khaldun::cli

#endif  // KHALDUN_CLI_COMMANDS_H_
