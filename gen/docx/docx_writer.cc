#include "docx/docx_writer.h"

#include <pugixml.hpp>

#include "docx/document_properties_parts.h"
#include "docx/flat_package_writer.h"
#include "docx/header_footer_parts.h"
#include "docx/numbering_part.h"
#include "docx/package_timestamp.h"
#include "docx/relationships_part.h"
#include "docx/section_properties.h"
#include "docx/settings_part.h"
#include "docx/styles_part.h"
#include "docx/wordml_body.h"
#include "docx/wordml_namespaces.h"
#include "docx/zip_package_writer.h"

namespace sdgen::docx {
namespace {

constexpr const char* kDocumentPart = "word/document.xml";
constexpr const char* kHeaderPart = "word/header1.xml";

// Parts are added in a fixed order; the zip and flat forms keep that order.
struct PackageBuild {
  PackageBuild(const doc::Document& document, const DocxOptions& options, OpcPackage* package,
               std::string* error)
      : document(document), options(options), package(package), error(error) {}

  const doc::Document& document;
  const DocxOptions& options;
  OpcPackage* package;
  std::string* error;
  MediaStore media{options.read_file};
  NumberingPart numbering;
  Relationships document_relationships;

  double TextWidth() const {
    return document.page.width_pt - document.page.margin_left_pt - document.page.margin_right_pt;
  }
  bool AddXml(const std::string& name, const char* type, const pugi::xml_document& xml) {
    return package->AddXmlPart(name, type, xml, error);
  }
  bool AddRelationships(const std::string& source, const Relationships& relationships) {
    pugi::xml_document xml;
    relationships.Build(&xml);
    return AddXml(RelationshipsPartName(source), content_type::kRelationships, xml);
  }
  bool AddPackageRelationships();
  bool AddDocumentProperties();
  bool AddHeaderAndFooter(std::string* header_id, std::string* footer_id);
  bool AddMainDocument();
  bool AddSharedParts();
};

bool PackageBuild::AddPackageRelationships() {
  Relationships relationships;
  relationships.Add(rel::kOfficeDocument, kDocumentPart);
  relationships.Add(rel::kCoreProperties, "docProps/core.xml");
  relationships.Add(rel::kExtendedProperties, "docProps/app.xml");
  pugi::xml_document xml;
  relationships.Build(&xml);
  return AddXml("_rels/.rels", content_type::kRelationships, xml);
}

// A missing or malformed date falls back to the zip format's epoch, never the clock.
bool PackageBuild::AddDocumentProperties() {
  PackageTimestamp created;
  PackageTimestamp::Parse(document.metadata.created, &created);
  pugi::xml_document core;
  BuildCorePropertiesPart(document, created, &core);
  pugi::xml_document app;
  BuildAppPropertiesPart(options.application, document, &app);
  return AddXml("docProps/core.xml", content_type::kCoreProperties, core) &&
         AddXml("docProps/app.xml", content_type::kExtendedProperties, app);
}

bool PackageBuild::AddHeaderAndFooter(std::string* header_id, std::string* footer_id) {
  Relationships header_relationships;
  pugi::xml_document header;
  if (!BuildHeaderPart(document, {&header_relationships, &media, &numbering, TextWidth()}, &header,
                       error)) {
    return false;
  }
  pugi::xml_document footer;
  BuildFooterPart(document, &footer);
  *header_id = document_relationships.Add(rel::kHeader, "header1.xml");
  *footer_id = document_relationships.Add(rel::kFooter, "footer1.xml");
  if (!AddXml(kHeaderPart, content_type::kHeader, header) ||
      !AddXml("word/footer1.xml", content_type::kFooter, footer)) {
    return false;
  }
  return header_relationships.empty() || AddRelationships(kHeaderPart, header_relationships);
}

bool PackageBuild::AddMainDocument() {
  std::string header_id, footer_id;
  if (!AddHeaderAndFooter(&header_id, &footer_id)) return false;
  pugi::xml_document xml;
  AddXmlDeclaration(&xml);
  pugi::xml_node root = xml.append_child("w:document");
  DeclareWordNamespaces(root);
  pugi::xml_node body = root.append_child("w:body");
  WordmlBody content(document, {&document_relationships, &media, &numbering, TextWidth()});
  if (!content.Append(body, error)) return false;
  AppendSectionProperties(body, document.page, header_id, footer_id);
  return AddXml(kDocumentPart, content_type::kDocument, xml);
}

// Styles and numbering are written after the body, which decides how many lists there are.
bool PackageBuild::AddSharedParts() {
  document_relationships.Add(rel::kStyles, "styles.xml");
  document_relationships.Add(rel::kNumbering, "numbering.xml");
  document_relationships.Add(rel::kSettings, "settings.xml");
  pugi::xml_document styles, numbering_xml, settings;
  BuildStylesPart(document.look, document.metadata.language, &styles);
  numbering.Build(document.look, &numbering_xml);
  BuildSettingsPart(document.metadata.language, &settings);
  if (!AddXml("word/styles.xml", content_type::kStyles, styles) ||
      !AddXml("word/numbering.xml", content_type::kNumbering, numbering_xml) ||
      !AddXml("word/settings.xml", content_type::kSettings, settings) ||
      !AddRelationships(kDocumentPart, document_relationships)) {
    return false;
  }
  media.AddParts(package);
  return true;
}

}  // namespace

bool DocxWriter::BuildParts(const doc::Document& document, OpcPackage* package,
                            std::string* error) const {
  PackageBuild build(document, options_, package, error);
  return build.AddPackageRelationships() && build.AddDocumentProperties() &&
         build.AddMainDocument() && build.AddSharedParts();
}

bool DocxWriter::WritePackage(const doc::Document& document, std::string* docx_bytes,
                              std::string* error) const {
  OpcPackage package;
  if (!BuildParts(document, &package, error)) return false;
  PackageTimestamp created;
  PackageTimestamp::Parse(document.metadata.created, &created);
  return WriteZipPackage(package, created, docx_bytes, error);
}

bool DocxWriter::WriteBoth(const doc::Document& document, std::string* docx_bytes,
                           std::string* xml_bytes, std::string* error) const {
  OpcPackage package;
  if (!BuildParts(document, &package, error)) return false;
  PackageTimestamp created;
  PackageTimestamp::Parse(document.metadata.created, &created);
  return WriteZipPackage(package, created, docx_bytes, error) &&
         WriteFlatPackage(package, xml_bytes, error);
}

bool DocxWriter::WriteFlat(const doc::Document& document, std::string* xml_bytes,
                           std::string* error) const {
  OpcPackage package;
  return BuildParts(document, &package, error) && WriteFlatPackage(package, xml_bytes, error);
}

}  // namespace sdgen::docx
