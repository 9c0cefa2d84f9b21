#pragma once

// sdgen ships templates and styles (pictures, dictionary, bank holidays) as
// files. An installed sdgen finds them in ../share/sdgen beside its own
// program; a build folder names the source tree in a marker file beside the
// program (never installed, so an installed copy cannot reach back into the
// source tree). SDGEN_DATA_DIR and `--data-dir` point elsewhere, and win over
// both, since a setting someone wrote down must not be silently ignored.

#include <string>

namespace sdgen::cli {

/// The name of the file a build folder keeps beside the program, holding the
/// source tree's path: how `build/sdgen` finds its data without installing.
constexpr const char* kBuildTreeMarkerName = "sdgen-source-tree";

/// Where this run's shipped data folder is, and how it was found.
class DataLocation {
 public:
  /// Looks in `option` (`--data-dir`, empty when not given), then
  /// `environment` (SDGEN_DATA_DIR, null when unset), then ../share/sdgen
  /// beside `program` (the running program's path), then the folder the
  /// build-tree marker beside `program` names. A folder given by the option
  /// or the environment that holds no data is a problem, not skipped.
  static DataLocation Find(const std::string& option, const char* environment,
                           const std::string& program);

  /// The running program's own path (/proc/self/exe), or empty.
  static std::string RunningProgram();

  bool found() const { return !folder_.empty(); }
  /// The data folder, holding templates/ and styles/default/; empty when not found.
  const std::string& folder() const { return folder_; }
  /// How the folder was found ("next to the program", "from SDGEN_DATA_DIR", ...).
  const std::string& how() const { return how_; }
  /// Why no folder was found, for a message; empty when found.
  const std::string& problem() const { return problem_; }

  std::string templates_folder() const { return folder_ + "/templates"; }
  std::string style_folder() const { return folder_ + "/styles/default"; }

 private:
  std::string folder_;
  std::string how_;
  std::string problem_;
};

}  // namespace sdgen::cli
