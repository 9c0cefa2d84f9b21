#pragma once

// One build at a time writes to an output folder. Two builds of the same
// record at once would each see the other's half-written folder: one could
// take the other's signed decision sheet for its own and write over it. A
// build holds an advisory lock (flock) on the OUT folder for as long as it
// runs; a second build waits for it, and says so.

#include <ostream>
#include <string>

namespace sdgen::cli {

class OutputFolderLock {
 public:
  /// Locks `folder` (made if missing), waiting for another build to finish
  /// and telling `err` when it has to wait. Holds no lock when the folder
  /// cannot be made; the build then reports why it cannot write there.
  OutputFolderLock(const std::string& folder, std::ostream& err);
  ~OutputFolderLock();
  OutputFolderLock(const OutputFolderLock&) = delete;
  OutputFolderLock& operator=(const OutputFolderLock&) = delete;

  bool held() const { return fd_ >= 0; }

 private:
  int fd_ = -1;
};

/// Removes the temporary files (`NAME.tmp-PID`) a killed build left in
/// `folder`. Only safe under the folder's lock.
void RemoveLeftoverTemporaryFiles(const std::string& folder);

}  // namespace sdgen::cli
