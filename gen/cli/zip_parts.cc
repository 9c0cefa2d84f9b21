#include "cli/zip_parts.h"

#include <zip.h>

#include <memory>

namespace sdgen::cli {
namespace {

struct ZipDiscard {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct ZipFileClose {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};

std::optional<std::map<std::string, std::string>> Refuse(std::string* error,
                                                         const std::string& why) {
  *error = why;
  return std::nullopt;
}

}  // namespace

std::optional<std::map<std::string, std::string>> ReadZipParts(std::string_view bytes,
                                                               size_t max_part_bytes,
                                                               std::string* error) {
  zip_error_t zip_error;
  zip_error_init(&zip_error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &zip_error);
  if (source == nullptr) return Refuse(error, "cannot read it as a zip archive");
  std::unique_ptr<zip_t, ZipDiscard> archive(
      zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &zip_error));
  zip_error_fini(&zip_error);
  if (!archive) {
    zip_source_free(source);  // still ours when the open fails
    return Refuse(error, "not a zip archive, or a damaged one");
  }
  std::map<std::string, std::string> parts;
  zip_int64_t count = zip_get_num_entries(archive.get(), 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    zip_stat_t stat;
    if (zip_stat_index(archive.get(), i, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE) ||
        !(stat.valid & ZIP_STAT_NAME))
      return Refuse(error, "a part of the archive cannot be read");
    std::string name = stat.name;
    if (stat.size > max_part_bytes) return Refuse(error, "part " + name + " is too large");
    std::unique_ptr<zip_file_t, ZipFileClose> file(zip_fopen_index(archive.get(), i, 0));
    std::string content(stat.size, '\0');
    if (!file ||
        zip_fread(file.get(), content.data(), stat.size) != static_cast<zip_int64_t>(stat.size))
      return Refuse(error, "part " + name + " is damaged");
    if (!parts.emplace(name, std::move(content)).second)
      return Refuse(error, "part " + name + " is in the archive twice");
  }
  return parts;
}

}  // namespace sdgen::cli
