// `sdgen rules`, run in-process on the rule table.

#include "cli/rules_command.h"

#include <catch2/catch.hpp>
#include <sstream>

using sdgen::cli::CommandContext;
using sdgen::cli::RunRulesCommand;

namespace {

struct Run {
  int status;
  std::string out;
  std::string err;
};

Run Rules(std::vector<std::string> args) {
  std::ostringstream out, err;
  CommandContext context{std::move(args), out, err};
  int status = RunRulesCommand(context);
  return {status, out.str(), err.str()};
}

}  // namespace

TEST_CASE("sdgen rules lists every rule with its severity and summary") {
  Run run = Rules({});
  CHECK(run.status == 0);
  CHECK(run.out.find("SD001  error    every action has an owner, a due date-time and a task "
                     "(who, what, by when)\n") == 0);
  CHECK(run.out.find("SD004  warning  a social worker, a manager or chair, police and health "
                     "take part\n") != std::string::npos);
  CHECK(run.out.find("SD021") != std::string::npos);
  CHECK(run.out.find("guidance") == std::string::npos);
}

TEST_CASE("sdgen rules SD004 shows the guidance too") {
  Run run = Rules({"sd004"});
  CHECK(run.status == 0);
  CHECK(run.out ==
        "SD004  warning  a social worker, a manager or chair, police and health take part\n"
        "  guidance: multi-agency audit of strategy discussions\n");
}

TEST_CASE("sdgen rules with an unknown id fails") {
  Run run = Rules({"SD099"});
  CHECK(run.status == 1);
  CHECK(run.err == "sdgen rules: 'SD099' is not a practice rule; see `sdgen rules`\n");
}
