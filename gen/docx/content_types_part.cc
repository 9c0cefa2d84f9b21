#include "docx/content_types_part.h"

namespace sdgen::docx {

void BuildContentTypesPart(const OpcPackage& package, pugi::xml_document* xml) {
  AddXmlDeclaration(xml);
  pugi::xml_node root = xml->append_child("Types");
  root.append_attribute("xmlns") = "http://schemas.openxmlformats.org/package/2006/content-types";
  // Some consumers look up .rels and .xml by extension before reading overrides.
  pugi::xml_node rels = root.append_child("Default");
  rels.append_attribute("Extension") = "rels";
  rels.append_attribute("ContentType") = "application/vnd.openxmlformats-package.relationships+xml";
  pugi::xml_node plain = root.append_child("Default");
  plain.append_attribute("Extension") = "xml";
  plain.append_attribute("ContentType") = "application/xml";
  for (const OpcPart& part : package.parts()) {
    pugi::xml_node node = root.append_child("Override");
    node.append_attribute("PartName") = ("/" + part.name).c_str();
    node.append_attribute("ContentType") = part.content_type.c_str();
  }
}

}  // namespace sdgen::docx
