#include "docx/document_properties_parts.h"

#include <string>

#include "docx/opc_package.h"

namespace sdgen::docx {
namespace {

void AppendIfSet(pugi::xml_node parent, const char* name, const std::string& value) {
  if (!value.empty()) parent.append_child(name).text().set(value.c_str());
}

std::string JoinKeywords(const std::vector<std::string>& keywords) {
  std::string joined;
  for (const std::string& keyword : keywords) {
    if (!joined.empty()) joined += "; ";
    joined += keyword;
  }
  return joined;
}

void AppendDate(pugi::xml_node parent, const char* name, const PackageTimestamp& when) {
  pugi::xml_node date = parent.append_child(name);
  date.append_attribute("xsi:type") = "dcterms:W3CDTF";
  date.text().set(when.ToW3cdtf().c_str());
}

}  // namespace

void BuildCorePropertiesPart(const doc::Document& document, const PackageTimestamp& created,
                             pugi::xml_document* xml) {
  AddXmlDeclaration(xml);
  pugi::xml_node core = xml->append_child("cp:coreProperties");
  core.append_attribute("xmlns:cp") =
      "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
  core.append_attribute("xmlns:dc") = "http://purl.org/dc/elements/1.1/";
  core.append_attribute("xmlns:dcterms") = "http://purl.org/dc/terms/";
  core.append_attribute("xmlns:xsi") = "http://www.w3.org/2001/XMLSchema-instance";
  const doc::Metadata& metadata = document.metadata;
  AppendIfSet(core, "dc:title", metadata.title);
  AppendIfSet(core, "dc:subject", metadata.subject);
  AppendIfSet(core, "dc:creator", metadata.author);
  AppendIfSet(core, "cp:keywords", JoinKeywords(metadata.keywords));
  AppendIfSet(core, "dc:identifier", metadata.record_id);
  AppendIfSet(core, "dc:language", metadata.language);
  if (!metadata.verification_code.empty()) {
    AppendIfSet(core, "dc:description", "Verification code: " + metadata.verification_code);
  }
  AppendIfSet(core, "cp:lastModifiedBy", metadata.author);
  AppendIfSet(core, "cp:revision", "1");
  AppendDate(core, "dcterms:created", created);
  AppendDate(core, "dcterms:modified", created);
  AppendIfSet(core, "cp:contentStatus", document.draft ? "Draft" : "Final");
}

void BuildAppPropertiesPart(const std::string& application, const doc::Document& document,
                            pugi::xml_document* xml) {
  AddXmlDeclaration(xml);
  pugi::xml_node properties = xml->append_child("Properties");
  properties.append_attribute("xmlns") =
      "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
  properties.append_attribute("xmlns:vt") =
      "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
  AppendIfSet(properties, "Application", application);
  AppendIfSet(properties, "DocSecurity", "0");
  AppendIfSet(properties, "Company", document.metadata.author);
}

}  // namespace sdgen::docx
