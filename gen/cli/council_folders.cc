#include "cli/council_folders.h"

#include <filesystem>

namespace sdgen::cli {

std::string FolderProblem(const std::string& path) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) return "";
  if (std::filesystem::exists(path, error)) return "'" + path + "' is not a folder";
  return "'" + path + "' does not exist";
}

bool ReadCouncilFolders(const std::string& command, const CommandOptions& options,
                        const DataLocation& data, CouncilFolders& folders, std::string& error) {
  if (!data.found()) {
    error = "sdgen " + command + ": " + data.problem();
    return false;
  }
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
  folders.templates.push_back(data.templates_folder());
  folders.style.push_back(data.style_folder());
  return true;
}

}  // namespace sdgen::cli
