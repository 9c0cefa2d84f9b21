#include "cli/input_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

namespace sdgen::cli {

bool ReadInputFile(const std::string& path, size_t max_bytes, std::string* text,
                   std::string* error) {
  struct stat info;
  if (::stat(path.c_str(), &info) != 0) {
    *error = "cannot read '" + path + "': " + std::strerror(errno);
    return false;
  }
  if (!S_ISREG(info.st_mode)) {
    *error = "cannot read '" + path + "': not a regular file";
    return false;
  }
  if (static_cast<size_t>(info.st_size) > max_bytes) {
    *error = "'" + path + "' is " + std::to_string(info.st_size / 1024) +
             " KiB; files over " + std::to_string(max_bytes / 1024 / 1024) +
             " MiB are refused";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (!in && !in.eof()) {
    *error = "cannot read '" + path + "': " + std::strerror(errno);
    return false;
  }
  *text = buffer.str();
  return true;
}

}  // namespace sdgen::cli
