#include "cli/data_location.h"

#include <filesystem>
#include <fstream>
#include <system_error>

namespace sdgen::cli {
namespace {

namespace fs = std::filesystem;

// A data folder holds the shipped templates and the default style.
bool HoldsData(const fs::path& folder) {
  std::error_code error;
  return fs::is_directory(folder / "templates", error) &&
         fs::is_regular_file(folder / "styles" / "default" / "style.xml", error);
}

// The first line of the build-tree marker beside `program`, or empty.
std::string ReadMarker(const fs::path& program) {
  std::ifstream in(program.parent_path() / kBuildTreeMarkerName);
  std::string line;
  std::getline(in, line);
  return line;
}

std::string NoDataProblem(const std::string& setting, const std::string& folder) {
  return setting + " names '" + folder + "', which holds no templates/ and styles/default/";
}

}  // namespace

DataLocation DataLocation::Find(const std::string& option, const char* environment,
                                const std::string& program) {
  DataLocation location;
  auto take = [&location](const fs::path& folder, const char* how) {
    fs::path normal = folder.lexically_normal();
    // "/usr/share/sdgen/" and "/usr/share/sdgen" are one folder: say it one way.
    if (!normal.has_filename() && normal.has_parent_path()) normal = normal.parent_path();
    location.folder_ = normal.string();
    location.how_ = how;
    return location;
  };
  if (!option.empty()) {
    if (HoldsData(option)) return take(option, "from --data-dir");
    location.problem_ = NoDataProblem("--data-dir", option);
    return location;
  }
  if (environment && *environment) {
    if (HoldsData(environment)) return take(environment, "from SDGEN_DATA_DIR");
    location.problem_ = NoDataProblem("SDGEN_DATA_DIR", environment);
    return location;
  }
  if (!program.empty()) {
    fs::path installed = fs::path(program).parent_path() / ".." / "share" / "sdgen";
    if (HoldsData(installed)) return take(installed, "next to the program");
    std::string source_tree = ReadMarker(program);
    if (!source_tree.empty() && HoldsData(source_tree)) {
      return take(source_tree, "in the source tree, as the build folder's marker says");
    }
  }
  location.problem_ =
      "cannot find the shipped templates and styles: looked in ../share/sdgen "
      "beside the program; give --data-dir DIR or set SDGEN_DATA_DIR";
  return location;
}

std::string DataLocation::RunningProgram() {
  std::error_code error;
  fs::path program = fs::read_symlink("/proc/self/exe", error);
  return error ? std::string() : program.string();
}

}  // namespace sdgen::cli
