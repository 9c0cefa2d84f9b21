#include "docx/settings_part.h"

#include "docx/opc_package.h"
#include "docx/wordml_namespaces.h"
#include "docx/wordml_text.h"

namespace sdgen::docx {

void BuildSettingsPart(const std::string& language, pugi::xml_document* xml) {
  AddXmlDeclaration(xml);
  pugi::xml_node settings = xml->append_child("w:settings");
  DeclareWordNamespaces(settings);
  pugi::xml_node zoom = settings.append_child("w:zoom");
  zoom.append_attribute("w:percent") = 100;
  AppendValue(settings, "w:defaultTabStop", "720");
  AppendValue(settings, "w:characterSpacingControl", "doNotCompress");
  pugi::xml_node compat = settings.append_child("w:compat").append_child("w:compatSetting");
  compat.append_attribute("w:name") = "compatibilityMode";
  compat.append_attribute("w:uri") = "http://schemas.microsoft.com/office/word";
  compat.append_attribute("w:val") = 15;
  AppendValue(settings, "w:themeFontLang", language);
}

}  // namespace sdgen::docx
