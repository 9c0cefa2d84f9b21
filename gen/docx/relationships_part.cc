#include "docx/relationships_part.h"

#include "docx/opc_package.h"

namespace sdgen::docx {

std::string Relationships::Add(const char* type, const std::string& target) {
  std::string id = "rId" + std::to_string(entries_.size() + 1);
  entries_.push_back({id, type, target});
  return id;
}

void Relationships::Build(pugi::xml_document* xml) const {
  AddXmlDeclaration(xml);
  pugi::xml_node root = xml->append_child("Relationships");
  root.append_attribute("xmlns") = "http://schemas.openxmlformats.org/package/2006/relationships";
  for (const Entry& entry : entries_) {
    pugi::xml_node node = root.append_child("Relationship");
    node.append_attribute("Id") = entry.id.c_str();
    node.append_attribute("Type") = entry.type.c_str();
    node.append_attribute("Target") = entry.target.c_str();
  }
}

std::string RelationshipsPartName(const std::string& part_name) {
  const size_t slash = part_name.rfind('/');
  const std::string folder = slash == std::string::npos ? "" : part_name.substr(0, slash + 1);
  const std::string file = slash == std::string::npos ? part_name : part_name.substr(slash + 1);
  return folder + "_rels/" + file + ".rels";
}

}  // namespace sdgen::docx
