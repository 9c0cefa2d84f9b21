#include "docx/zip_package_writer.h"

#include <zip.h>

#include <memory>

#include "docx/content_types_part.h"

namespace sdgen::docx {
namespace {

struct ZipSourceFree {
  void operator()(zip_source_t* source) const { zip_source_free(source); }
};
struct ZipDiscard {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct ZipErrorFini {
  void operator()(zip_error_t* zip_error) const { zip_error_fini(zip_error); }
};
using SourcePtr = std::unique_ptr<zip_source_t, ZipSourceFree>;
using ArchivePtr = std::unique_ptr<zip_t, ZipDiscard>;

std::string ZipErrorText(zip_error_t* zip_error) { return zip_error_strerror(zip_error); }

// The bytes are borrowed: libzip reads them at zip_close, so `bytes` must
// outlive the archive (they belong to the caller's OpcPackage).
bool AddEntry(zip_t* archive, const std::string& name, const std::string& bytes,
              const PackageTimestamp& timestamp, std::string* error) {
  zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
  if (source == nullptr) {
    *error = "cannot add '" + name + "' to the package: " + zip_strerror(archive);
    return false;
  }
  const zip_int64_t index = zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
  if (index < 0) {
    zip_source_free(source);
    *error = "cannot add '" + name + "' to the package: " + zip_strerror(archive);
    return false;
  }
  const auto entry = static_cast<zip_uint64_t>(index);
  // Level 1: level 9 spent a fifth of a record's build for packages 3% smaller.
  if (zip_set_file_compression(archive, entry, ZIP_CM_DEFLATE, 1) != 0 ||
      zip_file_set_dostime(archive, entry, timestamp.DosTime(), timestamp.DosDate(), 0) != 0) {
    *error = "cannot set up '" + name + "' in the package: " + zip_strerror(archive);
    return false;
  }
  return true;
}

bool ReadSource(zip_source_t* source, std::string* bytes, std::string* error) {
  zip_stat_t stat;
  if (zip_source_open(source) != 0 || zip_source_stat(source, &stat) != 0) {
    *error = "cannot read the finished package: " + ZipErrorText(zip_source_error(source));
    return false;
  }
  bytes->resize(stat.size);
  const zip_int64_t read = zip_source_read(source, bytes->data(), stat.size);
  zip_source_close(source);
  if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) {
    *error = "cannot read the finished package: " + ZipErrorText(zip_source_error(source));
    return false;
  }
  return true;
}

bool CloseArchive(ArchivePtr archive, std::string* error) {
  if (zip_close(archive.get()) != 0) {
    *error = std::string("cannot write the package: ") + zip_strerror(archive.get());
    return false;
  }
  archive.release();  // zip_close freed it
  return true;
}

}  // namespace

bool WriteZipPackage(const OpcPackage& package, const PackageTimestamp& timestamp,
                     std::string* zip_bytes, std::string* error) {
  pugi::xml_document content_types_xml;
  BuildContentTypesPart(package, &content_types_xml);
  const std::string content_types = SerializeXml(content_types_xml);

  zip_error_t zip_error;
  zip_error_init(&zip_error);
  std::unique_ptr<zip_error_t, ZipErrorFini> error_guard(&zip_error);
  SourcePtr memory(zip_source_buffer_create(nullptr, 0, 0, &zip_error));
  if (!memory) {
    *error = "cannot create the package in memory: " + ZipErrorText(&zip_error);
    return false;
  }
  ArchivePtr archive(zip_open_from_source(memory.get(), ZIP_TRUNCATE, &zip_error));
  if (!archive) {
    *error = "cannot create the package in memory: " + ZipErrorText(&zip_error);
    return false;
  }
  // The archive takes a reference on open; keep ours so the bytes survive zip_close.
  zip_source_keep(memory.get());
  if (!AddEntry(archive.get(), kContentTypesPartName, content_types, timestamp, error)) {
    return false;
  }
  for (const OpcPart& part : package.parts()) {
    if (!AddEntry(archive.get(), part.name, part.bytes, timestamp, error)) return false;
  }
  if (!CloseArchive(std::move(archive), error)) return false;
  return ReadSource(memory.get(), zip_bytes, error);
}

}  // namespace sdgen::docx
