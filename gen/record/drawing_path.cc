#include "record/drawing_path.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "image/image_file.h"

namespace sdgen {
namespace {

namespace fs = std::filesystem;

DrawingPath Refuse(const std::string& what, const std::string& written, const std::string& why) {
  return {"", what + " `" + written + "` " + why};
}

// Lexical checks first: they hold whatever the disk looks like.
std::string PathProblem(const fs::path& path) {
  if (path.empty()) return "is empty";
  if (path.has_root_name() || path.has_root_directory()) {
    return "is an absolute path: write it relative to the record's folder";
  }
  for (const fs::path& part : path) {
    if (part == "..") return "goes up out of the record's folder with `..`";
  }
  return "";
}

bool Within(const fs::path& file, const fs::path& folder) {
  auto f = file.begin();
  for (auto d = folder.begin(); d != folder.end(); ++d, ++f) {
    if (d->empty()) continue;  // a trailing separator
    if (f == file.end() || *f != *d) return false;
  }
  return f != file.end();
}

// The file's bytes, or as many as one more than an image may have, so a huge
// file is refused without being read whole.
std::string Head(const fs::path& file) {
  std::error_code error;
  uintmax_t size = std::min<uintmax_t>(fs::file_size(file, error), kLargestImageFile + 1);
  if (error) return "";
  std::ifstream in(file, std::ios::binary);
  std::string bytes(static_cast<size_t>(size), '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<size_t>(in.gcount()));
  return bytes;
}

}  // namespace

DrawingPath CheckDrawingPath(const std::string& record_path, const std::string& written,
                             const std::string& what) {
  fs::path path(written);
  if (std::string problem = PathProblem(path); !problem.empty())
    return Refuse(what, written, problem);
  std::error_code error;
  fs::path parent = fs::path(record_path).parent_path();
  fs::path folder = fs::canonical(parent.empty() ? fs::path(".") : parent, error);
  if (error) return Refuse(what, written, "cannot be found: the record's folder cannot be read");
  fs::path file = fs::canonical(folder / path, error);
  if (error) return Refuse(what, written, "is not in the record's folder");
  if (!Within(file, folder)) {
    return Refuse(what, written, "leads outside the record's folder through a symbolic link");
  }
  if (!fs::is_regular_file(file, error)) return Refuse(what, written, "is not a file");
  ImageFile image = ReadImageFile(Head(file));
  if (!image.problem.empty()) return Refuse(what, written, image.problem);
  return {file.string(), ""};
}

}  // namespace sdgen
