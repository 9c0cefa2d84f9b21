#include "cli/atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <unistd.h>

namespace sdgen::cli {
namespace {

// Closes the descriptor and removes the temporary file unless released.
class TemporaryFile {
 public:
  explicit TemporaryFile(std::string path) : path_(std::move(path)) {
    fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  }
  ~TemporaryFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!kept_) ::unlink(path_.c_str());
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;

  bool ok() const { return fd_ >= 0; }
  bool Write(std::string_view bytes) {
    while (!bytes.empty()) {
      ssize_t written = ::write(fd_, bytes.data(), bytes.size());
      if (written < 0) {
        if (errno == EINTR) continue;
        return false;
      }
      bytes.remove_prefix(static_cast<size_t>(written));
    }
    return true;
  }
  bool SyncAndClose() {
    bool ok = ::fsync(fd_) == 0;
    ok = ::close(fd_) == 0 && ok;
    fd_ = -1;
    return ok;
  }
  bool RenameTo(const std::string& target) {
    if (::rename(path_.c_str(), target.c_str()) != 0) return false;
    kept_ = true;
    return true;
  }

 private:
  std::string path_;
  int fd_ = -1;
  bool kept_ = false;
};

}  // namespace

bool WriteFileAtomically(const std::string& path, std::string_view bytes, std::string* error) {
  std::filesystem::path target(path);
  std::error_code ec;
  if (target.has_parent_path()) std::filesystem::create_directories(target.parent_path(), ec);
  if (ec) {
    *error = "cannot create folder '" + target.parent_path().string() + "': " + ec.message();
    return false;
  }
  // The process id keeps concurrent runs from sharing a temporary name.
  TemporaryFile temporary(path + ".tmp-" + std::to_string(::getpid()));
  if (!temporary.ok()) {
    *error = "cannot create '" + path + "': " + std::strerror(errno);
    return false;
  }
  if (!temporary.Write(bytes) || !temporary.SyncAndClose()) {
    *error = "cannot write '" + path + "': " + std::strerror(errno);
    return false;
  }
  if (!temporary.RenameTo(path)) {
    *error = "cannot rename into '" + path + "': " + std::strerror(errno);
    return false;
  }
  return true;
}

}  // namespace sdgen::cli
