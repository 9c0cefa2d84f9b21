#pragma once

// Runs a command with the source tree and the build folder out of reach, to
// prove that an installed sdgen never reaches back into them: an empty folder
// is bind-mounted over each in a mount namespace of the command's own, so
// nothing else on the machine sees a change. `unshare -r -m` adds a user
// namespace, so that this works without root where Debian allows
// unprivileged user namespaces (its default).

#include <string>

#include "command_run.h"

namespace sdgen::test {

/// The build folder: where the sdgen under test was built.
std::string BuildFolder();

/// Runs `command` through /bin/sh with the source tree and build folder
/// hidden; the result's err says so when they could not be hidden.
CommandResult RunWithSourceHidden(const std::string& command);

}  // namespace sdgen::test
