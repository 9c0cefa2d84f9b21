#include "docx/wordml_drawing.h"

#include <string>

namespace sdgen::docx {
namespace {

void SetExtent(pugi::xml_node node, const char* x, const char* y, const ImagePlacement& placement) {
  node.append_attribute(x) = placement.width_emu;
  node.append_attribute(y) = placement.height_emu;
}

// Word's "Mark as decorative": an extension Office 2019 and later read,
// which older readers skip as an unknown extension.
constexpr const char* kDecorativeExtension = "{C183D7F6-B498-43B3-948B-1728B52AA6E4}";
constexpr const char* kDecorativeNamespace =
    "http://schemas.microsoft.com/office/drawing/2017/decorative";

void AppendNonVisualProperties(pugi::xml_node node, int id, const ImagePlacement& placement) {
  node.append_attribute("id") = id;
  node.append_attribute("name") = ("Picture " + std::to_string(placement.drawing_id)).c_str();
  node.append_attribute("descr") = placement.decorative ? "" : placement.alt_text.c_str();
}

void AppendDecorativeMark(pugi::xml_node doc_properties) {
  pugi::xml_node extension = doc_properties.append_child("a:extLst").append_child("a:ext");
  extension.append_attribute("uri") = kDecorativeExtension;
  pugi::xml_node mark = extension.append_child("adec:decorative");
  mark.append_attribute("xmlns:adec") = kDecorativeNamespace;
  mark.append_attribute("val") = "1";
}

void AppendPicture(pugi::xml_node graphic_data, const ImagePlacement& placement) {
  pugi::xml_node picture = graphic_data.append_child("pic:pic");
  pugi::xml_node non_visual = picture.append_child("pic:nvPicPr");
  AppendNonVisualProperties(non_visual.append_child("pic:cNvPr"), 0, placement);
  non_visual.append_child("pic:cNvPicPr");
  pugi::xml_node fill = picture.append_child("pic:blipFill");
  fill.append_child("a:blip").append_attribute("r:embed") = placement.relationship_id.c_str();
  fill.append_child("a:stretch").append_child("a:fillRect");
  pugi::xml_node shape = picture.append_child("pic:spPr");
  pugi::xml_node transform = shape.append_child("a:xfrm");
  pugi::xml_node offset = transform.append_child("a:off");
  offset.append_attribute("x") = 0;
  offset.append_attribute("y") = 0;
  SetExtent(transform.append_child("a:ext"), "cx", "cy", placement);
  pugi::xml_node geometry = shape.append_child("a:prstGeom");
  geometry.append_attribute("prst") = "rect";
  geometry.append_child("a:avLst");
}

}  // namespace

void AppendInlineImage(pugi::xml_node paragraph, const ImagePlacement& placement) {
  pugi::xml_node inline_node =
      paragraph.append_child("w:r").append_child("w:drawing").append_child("wp:inline");
  for (const char* side : {"distT", "distB", "distL", "distR"}) {
    inline_node.append_attribute(side) = 0;
  }
  SetExtent(inline_node.append_child("wp:extent"), "cx", "cy", placement);
  pugi::xml_node doc_properties = inline_node.append_child("wp:docPr");
  AppendNonVisualProperties(doc_properties, placement.drawing_id, placement);
  if (placement.decorative) AppendDecorativeMark(doc_properties);
  pugi::xml_node locks =
      inline_node.append_child("wp:cNvGraphicFramePr").append_child("a:graphicFrameLocks");
  locks.append_attribute("noChangeAspect") = 1;
  pugi::xml_node graphic_data = inline_node.append_child("a:graphic").append_child("a:graphicData");
  graphic_data.append_attribute("uri") = "http://schemas.openxmlformats.org/drawingml/2006/picture";
  AppendPicture(graphic_data, placement);
}

}  // namespace sdgen::docx
