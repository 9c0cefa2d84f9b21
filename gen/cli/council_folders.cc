#include "cli/council_folders.h"

#include <filesystem>

#include "template/template_compiler.h"

namespace sdgen::cli {

std::string FolderProblem(const std::string& path) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) return "";
  if (std::filesystem::exists(path, error)) return "'" + path + "' is not a folder";
  return "'" + path + "' does not exist";
}

bool ReadCouncilFolders(const std::string& command, const CommandOptions& options,
                        CouncilFolders& folders, std::string& error) {
  for (const char* option : {"--templates", "--style"}) {
    std::vector<std::string>& list =
        std::string(option) == "--templates" ? folders.templates : folders.style;
    for (const std::string& folder : options.Values(option)) {
      std::string problem = FolderProblem(folder);
      if (!problem.empty()) {
        error = "sdgen " + command + ": " + option + " folder " + problem;
        return false;
      }
      list.push_back(folder);
    }
  }
  folders.templates.push_back(DefaultTemplatesFolder());
  folders.style.push_back(DefaultStyleFolder());
  return true;
}

}  // namespace sdgen::cli
