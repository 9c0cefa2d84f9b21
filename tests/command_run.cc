#include "command_run.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace sdgen::test {

std::string ShellQuote(const std::string& argument) {
  std::string quoted = "'";
  for (char c : argument) {
    if (c == '\'') quoted += "'\\''";
    else quoted += c;
  }
  return quoted + "'";
}

std::string MakeTemporaryFolder() {
  std::string pattern = "/tmp/sdgen-test-XXXXXX";
  char* made = ::mkdtemp(pattern.data());
  return made ? std::string(made) : std::string();
}

CommandResult RunCommand(const std::string& command) {
  std::string folder = MakeTemporaryFolder();
  std::string err_path = folder + "/stderr";
  CommandResult result;
  FILE* pipe = ::popen((command + " 2>" + ShellQuote(err_path)).c_str(), "r");
  if (!pipe) return result;
  char buffer[4096];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) result.out.append(buffer, n);
  int status = ::pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream err(err_path, std::ios::binary);
  std::ostringstream text;
  text << err.rdbuf();
  result.err = text.str();
  std::remove(err_path.c_str());
  ::rmdir(folder.c_str());
  return result;
}

}  // namespace sdgen::test
