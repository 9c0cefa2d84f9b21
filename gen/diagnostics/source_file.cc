#include "diagnostics/source_file.h"

#include <algorithm>

namespace sdgen {
namespace {

constexpr size_t kCheckpointBytes = 4096;

// Continuation bytes do not start a code point, so they do not move the column.
bool StartsCodePoint(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

}  // namespace

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
  line_starts_.push_back(0);
  size_t code_points = 0;
  for (size_t i = 0; i < text_.size(); ++i) {
    if (i % kCheckpointBytes == 0) code_points_at_checkpoint_.push_back(code_points);
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
    if (StartsCodePoint(text_[i])) ++code_points;
  }
}

size_t SourceFile::CodePointsBefore(size_t offset) const {
  if (code_points_at_checkpoint_.empty()) return 0;  // an empty file
  // The end of a file filling its last checkpoint's bytes counts from that checkpoint.
  size_t checkpoint = std::min(offset / kCheckpointBytes, code_points_at_checkpoint_.size() - 1);
  size_t code_points = code_points_at_checkpoint_[checkpoint];
  for (size_t i = checkpoint * kCheckpointBytes; i < offset; ++i)
    if (StartsCodePoint(text_[i])) ++code_points;
  return code_points;
}

LineColumn SourceFile::Locate(size_t offset) const {
  offset = std::min(offset, text_.size());
  auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t line_index = static_cast<size_t>(next - line_starts_.begin()) - 1;
  const size_t line_start = line_starts_[line_index];
  size_t column = 1;
  if (offset - line_start <= kCheckpointBytes) {
    // Counting from the line's start reads fewer bytes than from two checkpoints.
    for (size_t i = line_start; i < offset; ++i)
      if (StartsCodePoint(text_[i])) ++column;
  } else {
    column += CodePointsBefore(offset) - CodePointsBefore(line_start);
  }
  return {static_cast<int>(line_index) + 1, static_cast<int>(column)};
}

std::string_view SourceFile::Line(int line) const {
  if (line < 1 || static_cast<size_t>(line) > line_starts_.size()) return {};
  size_t begin = line_starts_[line - 1];
  size_t end = static_cast<size_t>(line) < line_starts_.size() ? line_starts_[line] : text_.size();
  std::string_view view(text_);
  view = view.substr(begin, end - begin);
  while (!view.empty() && (view.back() == '\n' || view.back() == '\r')) view.remove_suffix(1);
  return view;
}

}  // namespace sdgen
