#include "docx/draft_watermark.h"

namespace sdgen::docx {
namespace {

// The formulas of VML shape type 136 (text path), as Word defines them.
constexpr const char* kTextPathFormulas[] = {
    "sum #0 0 10800", "prod #0 2 1",    "sum 21600 0 @1", "sum 0 0 @2",     "sum 21600 0 @3",
    "if @0 @3 0",     "if @0 21600 @1", "if @0 0 @2",     "if @0 @4 21600", "mid @5 @6",
    "mid @8 @5",      "mid @7 @8",      "mid @6 @7",      "sum @6 0 @5",
};

constexpr const char* kShapeTypeId = "_x0000_t136";

void AppendShapeType(pugi::xml_node picture) {
  pugi::xml_node type = picture.append_child("v:shapetype");
  type.append_attribute("id") = kShapeTypeId;
  type.append_attribute("coordsize") = "21600,21600";
  type.append_attribute("o:spt") = "136";
  type.append_attribute("adj") = "10800";
  type.append_attribute("path") = "m@7,l@8,m@5,21600l@6,21600e";
  pugi::xml_node formulas = type.append_child("v:formulas");
  for (const char* formula : kTextPathFormulas) {
    formulas.append_child("v:f").append_attribute("eqn") = formula;
  }
  pugi::xml_node path = type.append_child("v:path");
  path.append_attribute("textpathok") = "t";
  path.append_attribute("o:connecttype") = "custom";
  path.append_attribute("o:connectlocs") = "@9,0;@10,10800;@11,21600;@12,10800";
  path.append_attribute("o:connectangles") = "270,180,90,0";
  pugi::xml_node text_path = type.append_child("v:textpath");
  text_path.append_attribute("on") = "t";
  text_path.append_attribute("fitshape") = "t";
  pugi::xml_node lock = type.append_child("o:lock");
  lock.append_attribute("v:ext") = "edit";
  lock.append_attribute("text") = "t";
  lock.append_attribute("shapetype") = "t";
}

void AppendShape(pugi::xml_node picture, const std::string& text, const std::string& font_family) {
  pugi::xml_node shape = picture.append_child("v:shape");
  // Word recognises its own watermarks by this id prefix.
  shape.append_attribute("id") = "PowerPlusWaterMarkObject1";
  shape.append_attribute("o:spid") = "_x0000_s1025";
  shape.append_attribute("type") = (std::string("#") + kShapeTypeId).c_str();
  shape.append_attribute("style") =
      "position:absolute;margin-left:0;margin-top:0;width:440pt;height:146pt;rotation:315;"
      "z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
      "mso-position-vertical:center;mso-position-vertical-relative:margin";
  shape.append_attribute("o:allowincell") = "f";
  shape.append_attribute("fillcolor") = "#d0d0d0";
  shape.append_attribute("stroked") = "f";
  shape.append_child("v:fill").append_attribute("opacity") = ".5";
  pugi::xml_node text_path = shape.append_child("v:textpath");
  const std::string family = font_family.empty() ? "sans-serif" : font_family;
  text_path.append_attribute("style") = ("font-family:\"" + family + "\";font-size:1pt").c_str();
  text_path.append_attribute("string") = text.c_str();
  shape.append_child("w10:wrap").append_attribute("anchorx") = "margin";
  shape.last_child().append_attribute("anchory") = "margin";
}

}  // namespace

void AppendDraftWatermark(pugi::xml_node paragraph, const std::string& text,
                          const std::string& font_family) {
  pugi::xml_node run = paragraph.append_child("w:r");
  run.append_child("w:rPr").append_child("w:noProof");
  pugi::xml_node picture = run.append_child("w:pict");
  AppendShapeType(picture);
  AppendShape(picture, text, font_family);
}

}  // namespace sdgen::docx
