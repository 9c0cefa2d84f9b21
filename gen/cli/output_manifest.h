#pragma once

// The list of files one build of a record wrote into its output folder, kept
// beside them as `.sdgen-outputs`. The next build of the record removes every
// file on the list that it does not write again, so that nothing an earlier
// build wrote is left stale; and a record that can no longer be read is traced
// to its folder through the record path the list holds.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace sdgen::cli {

/// One file of the list: its name in the folder and whether a family reads it.
struct ManifestFile {
  std::string name;
  bool family = false;
};

/// What one build of a record wrote.
struct OutputManifest {
  std::string record_path;  ///< absolute, as the build was given it
  std::vector<ManifestFile> files;
};

/// The name of the list in each record's folder.
extern const char* const kOutputManifestName;

/// The list in `folder`, or nothing when there is none. Names that are not
/// plain file names (a `/`, `..`) are dropped: the list never reaches outside.
std::optional<OutputManifest> ReadOutputManifest(const std::filesystem::path& folder);

/// Writes the list into `folder` atomically; false with `error` on failure.
bool WriteOutputManifest(const std::filesystem::path& folder, const OutputManifest& manifest,
                         std::string* error);

/// The folder under `out` whose list says it was built from `record_path`.
std::optional<std::filesystem::path> FindFolderBuiltFrom(const std::filesystem::path& out,
                                                         const std::string& record_path);

}  // namespace sdgen::cli
