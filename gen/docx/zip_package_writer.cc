#include "docx/zip_package_writer.h"

#include "docx/content_types_part.h"
#include "docx/zip_archive.h"

namespace sdgen::docx {

bool WriteZipPackage(const OpcPackage& package, const PackageTimestamp& timestamp,
                     std::string* zip_bytes, std::string* error) {
  pugi::xml_document content_types_xml;
  BuildContentTypesPart(package, &content_types_xml);
  ZipArchive archive(timestamp.DosDate(), timestamp.DosTime());
  if (!archive.Add(kContentTypesPartName, SerializeXml(content_types_xml), error)) return false;
  for (const OpcPart& part : package.parts()) {
    if (!archive.Add(part.name, part.bytes, error)) return false;
  }
  *zip_bytes = archive.Finish();
  return true;
}

}  // namespace sdgen::docx
