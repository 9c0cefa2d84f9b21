#include "docx/section_properties.h"

#include "docx/wordml_text.h"

namespace sdgen::docx {
namespace {

void AppendReference(pugi::xml_node section, const char* name, const std::string& id) {
  pugi::xml_node reference = section.append_child(name);
  reference.append_attribute("w:type") = "default";
  reference.append_attribute("r:id") = id.c_str();
}

}  // namespace

void AppendSectionProperties(pugi::xml_node body, const doc::PageSettings& page,
                             const std::string& header_relationship_id,
                             const std::string& footer_relationship_id) {
  pugi::xml_node section = body.append_child("w:sectPr");
  AppendReference(section, "w:headerReference", header_relationship_id);
  AppendReference(section, "w:footerReference", footer_relationship_id);
  pugi::xml_node size = section.append_child("w:pgSz");
  size.append_attribute("w:w") = Twips(page.width_pt).c_str();
  size.append_attribute("w:h") = Twips(page.height_pt).c_str();
  if (page.width_pt > page.height_pt) size.append_attribute("w:orient") = "landscape";
  pugi::xml_node margins = section.append_child("w:pgMar");
  margins.append_attribute("w:top") = Twips(page.margin_top_pt).c_str();
  margins.append_attribute("w:right") = Twips(page.margin_right_pt).c_str();
  margins.append_attribute("w:bottom") = Twips(page.margin_bottom_pt).c_str();
  margins.append_attribute("w:left") = Twips(page.margin_left_pt).c_str();
  // Header and footer sit half way into the top and bottom margins.
  margins.append_attribute("w:header") = Twips(page.margin_top_pt / 2).c_str();
  margins.append_attribute("w:footer") = Twips(page.margin_bottom_pt / 2).c_str();
  margins.append_attribute("w:gutter") = 0;
  section.append_child("w:cols").append_attribute("w:space") = 720;
}

}  // namespace sdgen::docx
