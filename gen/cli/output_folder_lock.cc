#include "cli/output_folder_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <filesystem>
#include <regex>

namespace sdgen::cli {

OutputFolderLock::OutputFolderLock(const std::string& folder, std::ostream& err) {
  std::error_code error;
  std::filesystem::create_directories(folder, error);
  if (error) return;
  // The folder itself is locked, so the lock leaves no file behind.
  fd_ = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd_ < 0) return;
  if (::flock(fd_, LOCK_EX | LOCK_NB) == 0) return;
  err << "sdgen build: another build is writing to '" << folder << "'; waiting for it\n";
  if (::flock(fd_, LOCK_EX) != 0) {
    ::close(fd_);
    fd_ = -1;
  }
}

OutputFolderLock::~OutputFolderLock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the lock
}

void RemoveLeftoverTemporaryFiles(const std::string& folder) {
  static const std::regex kTemporary(".*\\.tmp-[0-9]+");
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    if (!entry.is_regular_file(error)) continue;
    if (std::regex_match(entry.path().filename().string(), kTemporary))
      std::filesystem::remove(entry.path(), error);
  }
}

}  // namespace sdgen::cli
