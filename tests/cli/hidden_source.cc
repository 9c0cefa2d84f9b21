#include "hidden_source.h"

#include <filesystem>

#include "test_paths.h"

namespace sdgen::test {

std::string BuildFolder() { return std::filesystem::path(BinaryPath()).parent_path().string(); }

CommandResult RunWithSourceHidden(const std::string& command) {
  std::string empty = MakeTemporaryFolder();
  std::string source = ShellQuote(SDGEN_SOURCE_DIR);
  // The build folder first: it may lie inside the source tree.
  std::string hide = "mount --bind " + ShellQuote(empty) + " " + ShellQuote(BuildFolder()) +
                     " && mount --bind " + ShellQuote(empty) + " " + source + " && test ! -e " +
                     source + "/templates && " + command;
  CommandResult result = RunCommand("unshare -r -m sh -c " + ShellQuote(hide));
  std::filesystem::remove(empty);
  return result;
}

}  // namespace sdgen::test
