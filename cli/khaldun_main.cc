// khaldun: one executable, one subcommand per job.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <map>

#include "cli/commands.h"
#include "khaldun/version.h"

int main(int argc, char** argv) {
  CLI::App app{"khaldun " KHALDUN_VERSION_STRING
               ": political event coding from news text (tokenize, tag, parse, code)"};
  app.require_subcommand(1);
  app.set_version_flag("--version", KHALDUN_VERSION_STRING);
  std::map<CLI::App*, khaldun::cli::Runner> runners;
  auto add = [&](khaldun::cli::Runner (*reg)(CLI::App&)) {
    size_t before = app.get_subcommands({}).size();
    auto runner = reg(app);
    runners[app.get_subcommands({})[before]] = std::move(runner);
  };
  add(khaldun::cli::RegisterParse);
  add(khaldun::cli::RegisterTrain);
  add(khaldun::cli::RegisterEval);
  add(khaldun::cli::RegisterDict);
  add(khaldun::cli::RegisterCode);
  add(khaldun::cli::RegisterGeo);
  CLI11_PARSE(app, argc, argv);
  for (auto& [sub, run] : runners) {
    if (sub->parsed()) return run();
  }
  return 2;
}
