#include "cli/output_path.h"

#include <algorithm>
#include <filesystem>

namespace sdgen::cli {
namespace {

bool IsPlainFileName(const std::string& part) {
  if (part.empty() || part == "." || part == "..") return false;
  return std::none_of(part.begin(), part.end(), [](char c) {
    unsigned char byte = static_cast<unsigned char>(c);
    return c == '/' || c == '\\' || byte < 0x20 || byte == 0x7F;
  });
}

// Whether `path` names something below `folder`, compared part by part after
// resolving `.` and `..` in the text (the folder need not exist yet).
bool IsInside(const std::filesystem::path& path, const std::filesystem::path& folder) {
  std::filesystem::path inner = path.lexically_normal();
  std::filesystem::path outer = folder.lexically_normal();
  if (outer == ".") outer.clear();  // `./x` normalises to `x`
  auto [outer_end, inner_at] =
      std::mismatch(outer.begin(), outer.end(), inner.begin(), inner.end());
  // A folder written with a final '/' ends in an empty part.
  bool folder_matched =
      outer_end == outer.end() || (std::next(outer_end) == outer.end() && outer_end->empty());
  return folder_matched && inner_at != inner.end() && *inner_at != "..";
}

}  // namespace

std::string DocumentOutputPath(const std::string& out, const std::string& record_folder,
                               const std::string& file_name, std::string* error) {
  for (const std::string& part : {record_folder, file_name}) {
    if (!IsPlainFileName(part)) {
      *error = "will not write '" + part + "': it is not a plain file name inside " + out;
      return {};
    }
  }
  std::filesystem::path path = std::filesystem::path(out) / record_folder / file_name;
  if (!IsInside(path, out)) {
    *error = "will not write " + path.string() + ": it is outside " + out;
    return {};
  }
  return path.string();
}

}  // namespace sdgen::cli
