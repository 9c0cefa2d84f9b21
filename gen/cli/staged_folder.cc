#include "cli/staged_folder.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

namespace sdgen::cli {
namespace fs = std::filesystem;

namespace {

fs::path Beside(const fs::path& folder, const char* suffix) {
  return folder.parent_path() / ("." + folder.filename().string() + suffix);
}

// A file descriptor closed when it goes out of scope.
class OpenFolder {
 public:
  explicit OpenFolder(const fs::path& path)
      : fd_(::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)) {}
  ~OpenFolder() {
    if (fd_ >= 0) ::close(fd_);
  }
  OpenFolder(const OpenFolder&) = delete;
  OpenFolder& operator=(const OpenFolder&) = delete;
  int fd() const { return fd_; }

 private:
  int fd_;
};

std::string Why(const std::string& what, const fs::path& path) {
  return "cannot " + what + " '" + path.string() + "': " + std::strerror(errno);
}

}  // namespace

void RecoverRecordFolder(const fs::path& out, const std::string& name) {
  fs::path folder = out / name;
  std::error_code error;
  fs::path old = Beside(folder, ".old");
  if (!fs::exists(folder, error) && fs::is_directory(old, error)) fs::rename(old, folder, error);
  fs::remove_all(Beside(folder, ".staging"), error);
  fs::remove_all(old, error);
}

bool StagedFolder::Begin(const fs::path& folder, const std::set<std::string>& replaced,
                         std::string* error) {
  folder_ = folder;
  staging_ = Beside(folder, ".staging");
  old_ = Beside(folder, ".old");
  std::error_code code;
  fs::remove_all(staging_, code);
  if (!fs::create_directory(staging_, code)) {
    *error = "cannot create folder '" + staging_.string() + "': " + code.message();
    return false;
  }
  for (const auto& entry : fs::directory_iterator(folder, code)) {
    std::string name = entry.path().filename().string();
    if (replaced.count(name)) continue;
    // Nothing a user put here is lost: a file is linked, anything else (a
    // folder, a link) copied, and the originals stay until the swap.
    if (entry.is_symlink(code) || !entry.is_regular_file(code)) {
      fs::copy(entry.path(), staging_ / name,
               fs::copy_options::recursive | fs::copy_options::copy_symlinks, code);
    } else {
      fs::create_hard_link(entry.path(), staging_ / name, code);
      if (code) fs::copy_file(entry.path(), staging_ / name, code);
    }
    if (code) {
      *error = "cannot keep '" + entry.path().string() + "': " + code.message();
      return false;
    }
  }
  return true;
}

bool StagedFolder::Write(const std::string& name, const std::string& bytes, std::string* error) {
  fs::path path = staging_ / name;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (out) return true;
  *error = "cannot write '" + path.string() + "'";
  return false;
}

bool StagedFolder::Commit(std::string* error) {
  {
    // One sync for the record's files instead of one per file.
    OpenFolder staged(staging_);
    if (staged.fd() < 0 || ::syncfs(staged.fd()) != 0) {
      *error = Why("sync", staging_);
      return false;
    }
  }
  if (::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, folder_.c_str(), RENAME_EXCHANGE) != 0) {
    // A file system without exchange: two renames, and RecoverRecordFolder
    // mends a kill between them.
    if (errno != EINVAL && errno != ENOSYS) {
      *error = Why("replace", folder_);
      return false;
    }
    if (::rename(folder_.c_str(), old_.c_str()) != 0 ||
        ::rename(staging_.c_str(), folder_.c_str()) != 0) {
      *error = Why("replace", folder_);
      return false;
    }
  }
  OpenFolder parent(folder_.parent_path());
  if (parent.fd() >= 0) ::fsync(parent.fd());
  std::error_code code;
  fs::remove_all(staging_, code);  // after an exchange, the old folder is here
  fs::remove_all(old_, code);
  return true;
}

}  // namespace sdgen::cli
