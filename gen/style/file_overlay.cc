#include "style/file_overlay.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace sdgen {

namespace fs = std::filesystem;

std::optional<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return text.str();
}

std::optional<std::string> FileOverlay::Find(const std::string& relative) const {
  for (const std::string& folder : folders_) {
    fs::path candidate = fs::path(folder) / relative;
    std::error_code error;
    if (fs::is_regular_file(candidate, error)) return candidate.string();
  }
  return std::nullopt;
}

const SourceFile* FileOverlay::Load(const std::string& relative) {
  std::optional<std::string> path = Find(relative);
  if (!path) return nullptr;
  for (const SourceFile& file : files_) {
    if (file.path() == *path) return &file;
  }
  std::optional<std::string> text = ReadWholeFile(*path);
  if (!text) return nullptr;
  return &files_.emplace_back(*path, std::move(*text));
}

std::vector<std::string> FileOverlay::List(const std::string& subfolder,
                                           const std::string& extension) const {
  std::vector<std::string> names;
  for (const std::string& folder : folders_) {
    std::error_code error;
    for (fs::directory_iterator it(fs::path(folder) / subfolder, error), end; !error && it != end;
         it.increment(error)) {
      std::string name = it->path().filename().string();
      bool matches = name.size() > extension.size() &&
                     name.compare(name.size() - extension.size(), extension.size(), extension) == 0;
      if (matches && it->is_regular_file(error)) names.push_back(name);
    }
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

}  // namespace sdgen
