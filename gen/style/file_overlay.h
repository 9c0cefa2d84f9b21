#pragma once

// Council customisation works file by file: a council's folder is searched
// before the default one, so dropping in `family-letter.xml` or
// `pictures/home.png` replaces just that file.

#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "diagnostics/source_file.h"

namespace sdgen {

/// A stack of folders searched in order; owns the files it has read.
class FileOverlay {
 public:
  /// `folders` from highest priority (the council's) to lowest (the default).
  explicit FileOverlay(std::vector<std::string> folders) : folders_(std::move(folders)) {}
  FileOverlay(const FileOverlay&) = delete;
  FileOverlay& operator=(const FileOverlay&) = delete;

  /// The path of `relative` in the first folder that has it.
  std::optional<std::string> Find(const std::string& relative) const;
  /// Reads `relative` from the first folder that has it; the file lives as
  /// long as the overlay, so diagnostics may point into it. Null if absent or unreadable.
  const SourceFile* Load(const std::string& relative);
  /// The names of regular files directly in `subfolder` ending in `extension`,
  /// across all folders, sorted and without repeats.
  std::vector<std::string> List(const std::string& subfolder, const std::string& extension) const;

 private:
  std::vector<std::string> folders_;
  std::deque<SourceFile> files_;  // a deque keeps addresses stable as it grows
};

/// Reads a whole file; nullopt when it cannot be read.
std::optional<std::string> ReadWholeFile(const std::string& path);

}  // namespace sdgen
