#include "docx/numbering_part.h"

#include <string>

#include "docx/opc_package.h"
#include "docx/wordml_namespaces.h"
#include "docx/wordml_text.h"

namespace sdgen::docx {
namespace {

// numId 1 is the shared bullet list; numbered lists are 2, 3, ...
constexpr int kBulletNumId = 1;
constexpr int kBulletAbstractId = 0;
constexpr int kDecimalAbstractId = 1;

void AppendAbstract(pugi::xml_node numbering, int id, bool numbered, const doc::Look& look) {
  pugi::xml_node abstract = numbering.append_child("w:abstractNum");
  abstract.append_attribute("w:abstractNumId") = id;
  AppendValue(abstract, "w:multiLevelType", "singleLevel");
  pugi::xml_node level = abstract.append_child("w:lvl");
  level.append_attribute("w:ilvl") = 0;
  AppendValue(level, "w:start", "1");
  AppendValue(level, "w:numFmt", numbered ? "decimal" : "bullet");
  AppendValue(level, "w:lvlText", numbered ? "%1." : "\xE2\x80\xA2");
  AppendValue(level, "w:lvlJc", "left");
  pugi::xml_node indent = level.append_child("w:pPr").append_child("w:ind");
  indent.append_attribute("w:left") = 720;
  indent.append_attribute("w:hanging") = 360;
  if (!numbered) AppendValue(level.append_child("w:rPr"), "w:color", look.heading_colour);
}

void AppendNum(pugi::xml_node numbering, int num_id, int abstract_id, bool restart) {
  pugi::xml_node num = numbering.append_child("w:num");
  num.append_attribute("w:numId") = num_id;
  AppendValue(num, "w:abstractNumId", std::to_string(abstract_id));
  if (!restart) return;
  pugi::xml_node override_node = num.append_child("w:lvlOverride");
  override_node.append_attribute("w:ilvl") = 0;
  AppendValue(override_node, "w:startOverride", "1");
}

}  // namespace

int NumberingPart::NewList(bool numbered) {
  if (!numbered) return kBulletNumId;
  return kBulletNumId + ++numbered_lists_;
}

void NumberingPart::Build(const doc::Look& look, pugi::xml_document* xml) const {
  AddXmlDeclaration(xml);
  pugi::xml_node numbering = xml->append_child("w:numbering");
  DeclareWordNamespaces(numbering);
  AppendAbstract(numbering, kBulletAbstractId, false, look);
  AppendAbstract(numbering, kDecimalAbstractId, true, look);
  AppendNum(numbering, kBulletNumId, kBulletAbstractId, false);
  for (int list = 1; list <= numbered_lists_; ++list) {
    AppendNum(numbering, kBulletNumId + list, kDecimalAbstractId, true);
  }
}

}  // namespace sdgen::docx
