#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sdgen {

/// A line and column, both 1-based; the column counts Unicode code points.
struct LineColumn {
  int line = 0;
  int column = 0;
};

/// The text of one input file (a record, a template, a dictionary) kept for
/// the whole run so that diagnostics can hold byte offsets and be turned into
/// line:column only when they are rendered.
class SourceFile {
 public:
  SourceFile(std::string path, std::string text);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }

  /// The line and column of a byte offset (clamped to the end of the text).
  LineColumn Locate(size_t offset) const;
  /// The text of a 1-based line, without its line ending.
  std::string_view Line(int line) const;

 private:
  /// Code points before `offset`, counted from the checkpoint below it (one
  /// every few KiB), so that a column on a very long line is found without
  /// counting the whole line for each diagnostic.
  size_t CodePointsBefore(size_t offset) const;

  std::string path_;
  std::string text_;
  std::vector<size_t> line_starts_;
  std::vector<size_t> code_points_at_checkpoint_;
};

}  // namespace sdgen
