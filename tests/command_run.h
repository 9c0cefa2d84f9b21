#pragma once

// Runs a real command (the sdgen binary, qpdf, pdftotext...) the way a user
// would, capturing what it prints and how it exits.

#include <string>

namespace sdgen::test {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

/// Runs `command` through /bin/sh; stdout and stderr are captured separately.
CommandResult RunCommand(const std::string& command);

/// Quotes one argument for /bin/sh.
std::string ShellQuote(const std::string& argument);

/// A fresh empty folder under the system's temporary folder.
std::string MakeTemporaryFolder();

}  // namespace sdgen::test
