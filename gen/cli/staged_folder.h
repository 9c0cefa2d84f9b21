#pragma once

// A record's files become visible together. They are written into a staging
// folder beside the record's folder (OUT/.ID.staging), which holds the files
// of the old folder that stay (a signed sheet, a user's own file) as hard
// links; one sync makes them durable, and one rename puts the new folder in
// the old one's place. A build killed at any point leaves the old set or the
// new set, never a mix, and the next build clears what it left. Only safe
// under the output folder's lock (OutputFolderLock).

#include <filesystem>
#include <set>
#include <string>

namespace sdgen::cli {

class StagedFolder {
 public:
  /// Stages a new version of `folder` (which exists), keeping every file of
  /// it except `replaced` (written again, or stale). False with `error` set.
  bool Begin(const std::filesystem::path& folder, const std::set<std::string>& replaced,
             std::string* error);
  /// Where the new files go.
  const std::filesystem::path& path() const { return staging_; }
  /// Writes `name` into the staging folder (durable at Commit).
  bool Write(const std::string& name, const std::string& bytes, std::string* error);
  /// Makes the staged files durable and swaps the folders; removes the old one.
  bool Commit(std::string* error);

 private:
  std::filesystem::path folder_;
  std::filesystem::path staging_;
  std::filesystem::path old_;
};

/// Puts back a record folder a killed build left renamed aside, and removes
/// a staging folder it left half-written, for the folder `name` under `out`.
void RecoverRecordFolder(const std::filesystem::path& out, const std::string& name);

}  // namespace sdgen::cli
