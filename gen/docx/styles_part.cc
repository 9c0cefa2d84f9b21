#include "docx/styles_part.h"

#include <cmath>
#include <string>

#include "docx/opc_package.h"
#include "docx/word_language.h"
#include "docx/wordml_namespaces.h"
#include "docx/wordml_text.h"

namespace sdgen::docx {
namespace {

constexpr const char* kWarningColour = "9B1C1C";

pugi::xml_node AppendStyle(pugi::xml_node styles, const char* type, const char* id,
                           const char* name, const char* based_on = style::kNormal) {
  pugi::xml_node node = styles.append_child("w:style");
  node.append_attribute("w:type") = type;
  node.append_attribute("w:styleId") = id;
  AppendValue(node, "w:name", name);
  if (based_on != nullptr && std::string(based_on) != id) AppendValue(node, "w:basedOn", based_on);
  return node;
}

void SetFonts(pugi::xml_node run_properties, const std::string& family) {
  if (family.empty()) return;
  pugi::xml_node fonts = run_properties.append_child("w:rFonts");
  for (const char* slot : {"w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"}) {
    fonts.append_attribute(slot) = family.c_str();
  }
}

void SetSize(pugi::xml_node run_properties, double points) {
  AppendValue(run_properties, "w:sz", HalfPoints(points));
  AppendValue(run_properties, "w:szCs", HalfPoints(points));
}

void SetSpacing(pugi::xml_node paragraph_properties, double before_pt, double after_pt) {
  pugi::xml_node spacing = paragraph_properties.append_child("w:spacing");
  spacing.append_attribute("w:before") = Twips(before_pt).c_str();
  spacing.append_attribute("w:after") = Twips(after_pt).c_str();
}

void AppendBorder(pugi::xml_node borders, const char* side, int eighths, const std::string& colour,
                  int space_pt) {
  pugi::xml_node border = AppendValue(borders, side, "single");
  border.append_attribute("w:sz") = eighths;
  border.append_attribute("w:space") = space_pt;
  border.append_attribute("w:color") = colour.c_str();
}

void SetShading(pugi::xml_node properties, const std::string& fill) {
  pugi::xml_node shading = AppendValue(properties, "w:shd", "clear");
  shading.append_attribute("w:color") = "auto";
  shading.append_attribute("w:fill") = fill.c_str();
}

void AppendDocDefaults(pugi::xml_node styles, const doc::Look& look, const std::string& language) {
  pugi::xml_node defaults = styles.append_child("w:docDefaults");
  pugi::xml_node run = defaults.append_child("w:rPrDefault").append_child("w:rPr");
  SetFonts(run, look.body.family);
  SetSize(run, look.body_size_pt);
  AppendLanguage(run, language);
  pugi::xml_node paragraph = defaults.append_child("w:pPrDefault").append_child("w:pPr");
  // Word's own pagination then keeps each paragraph on one page, as the PDF does.
  if (look.keep_paragraphs_whole) paragraph.append_child("w:keepLines");
  pugi::xml_node spacing = paragraph.append_child("w:spacing");
  spacing.append_attribute("w:after") = Twips(look.body_size_pt * 0.6).c_str();
  spacing.append_attribute("w:line") = std::to_string(std::lround(240 * look.line_spacing)).c_str();
  spacing.append_attribute("w:lineRule") = "auto";
}

void AppendNormal(pugi::xml_node styles, const doc::Look& look) {
  pugi::xml_node normal = AppendStyle(styles, "paragraph", style::kNormal, "Normal", nullptr);
  normal.append_attribute("w:default") = 1;
  normal.append_child("w:qFormat");
  pugi::xml_node run = normal.append_child("w:rPr");
  AppendValue(run, "w:color", look.text_colour);
}

void AppendTitles(pugi::xml_node styles, const doc::Look& look) {
  pugi::xml_node title = AppendStyle(styles, "paragraph", style::kTitle, "Title");
  AppendValue(title, "w:next", style::kNormal);
  title.append_child("w:qFormat");
  SetSpacing(title.append_child("w:pPr"), 0, look.body_size_pt);
  pugi::xml_node run = title.append_child("w:rPr");
  SetFonts(run, look.headings.family);
  run.append_child("w:b");
  AppendValue(run, "w:color", look.heading_colour);
  SetSize(run, look.title_size_pt);

  pugi::xml_node subtitle = AppendStyle(styles, "paragraph", style::kSubtitle, "Subtitle");
  AppendValue(subtitle, "w:next", style::kNormal);
  subtitle.append_child("w:qFormat");
  pugi::xml_node subtitle_run = subtitle.append_child("w:rPr");
  SetFonts(subtitle_run, look.headings.family);
  AppendValue(subtitle_run, "w:color", look.heading_colour);
  SetSize(subtitle_run, (look.title_size_pt + look.heading_sizes_pt[0]) / 2 * 0.75);
}

// Outline levels are what the navigation pane, screen readers and
// LibreOffice's tagged-PDF export read as document structure.
void AppendHeadings(pugi::xml_node styles, const doc::Look& look) {
  for (int level = 0; level < 3; ++level) {
    const std::string name = "heading " + std::to_string(level + 1);
    pugi::xml_node heading = AppendStyle(styles, "paragraph", style::kHeading[level], name.c_str());
    AppendValue(heading, "w:next", style::kNormal);
    heading.append_child("w:qFormat");
    pugi::xml_node paragraph = heading.append_child("w:pPr");
    paragraph.append_child("w:keepNext");
    paragraph.append_child("w:keepLines");
    SetSpacing(paragraph, look.heading_sizes_pt[level] * (level == 0 ? 1.2 : 1.0),
               look.heading_sizes_pt[level] * 0.4);
    AppendValue(paragraph, "w:outlineLvl", std::to_string(level));
    pugi::xml_node run = heading.append_child("w:rPr");
    SetFonts(run, look.headings.family);
    run.append_child("w:b");
    AppendValue(run, "w:color", look.heading_colour);
    SetSize(run, look.heading_sizes_pt[level]);
  }
}

void AppendTextRoles(pugi::xml_node styles, const doc::Look& look) {
  pugi::xml_node lead = AppendStyle(styles, "paragraph", style::kLead, "Lead");
  lead.append_child("w:qFormat");
  SetSize(lead.append_child("w:rPr"), look.body_size_pt * 1.25);

  pugi::xml_node small = AppendStyle(styles, "paragraph", style::kSmall, "Small");
  SetSize(small.append_child("w:rPr"), look.body_size_pt * 0.85);

  pugi::xml_node status = AppendStyle(styles, "paragraph", style::kStatus, "Status");
  pugi::xml_node status_run = status.append_child("w:rPr");
  status_run.append_child("w:b");
  AppendValue(status_run, "w:color", kWarningColour);

  pugi::xml_node caption = AppendStyle(styles, "paragraph", style::kCaption, "caption");
  AppendValue(caption, "w:next", style::kNormal);
  caption.append_child("w:qFormat");
  pugi::xml_node caption_run = caption.append_child("w:rPr");
  caption_run.append_child("w:i");
  SetSize(caption_run, look.body_size_pt * 0.9);

  // Word's own name for an address block; its lines are breaks, not paragraphs.
  pugi::xml_node address = AppendStyle(styles, "paragraph", style::kAddress, "Address");
  SetSpacing(address.append_child("w:pPr"), 0, 0);

  pugi::xml_node key_value = AppendStyle(styles, "paragraph", style::kKeyValue, "Key Value");
  SetSpacing(key_value.append_child("w:pPr"), 0, look.body_size_pt * 0.25);

  pugi::xml_node figure = AppendStyle(styles, "paragraph", style::kFigure, "Figure");
  pugi::xml_node figure_paragraph = figure.append_child("w:pPr");
  figure_paragraph.append_child("w:keepNext");
  AppendValue(figure_paragraph, "w:jc", "center");
}

void AppendListStyles(pugi::xml_node styles) {
  const char* ids[2] = {style::kListBullet, style::kListNumber};
  const char* names[2] = {"List Bullet", "List Number"};
  for (int i = 0; i < 2; ++i) {
    pugi::xml_node list = AppendStyle(styles, "paragraph", ids[i], names[i]);
    pugi::xml_node paragraph = list.append_child("w:pPr");
    SetSpacing(paragraph, 0, 3);
    paragraph.append_child("w:contextualSpacing");
  }
}

void AppendTableParagraphStyles(pugi::xml_node styles, const doc::Look& look) {
  pugi::xml_node text = AppendStyle(styles, "paragraph", style::kTableText, "Table Text");
  SetSpacing(text.append_child("w:pPr"), 2, 2);
  pugi::xml_node heading =
      AppendStyle(styles, "paragraph", style::kTableHeading, "Table Heading", style::kTableText);
  heading.append_child("w:pPr").append_child("w:keepNext");
  pugi::xml_node run = heading.append_child("w:rPr");
  run.append_child("w:b");
  AppendValue(run, "w:color", look.heading_colour);
}

// Consecutive paragraphs with the same borders are drawn as one box by Word
// and LibreOffice, so a callout needs no layout table.
void AppendCallouts(pugi::xml_node styles, const doc::Look& look) {
  const char* names[3] = {"Callout Note", "Callout Important", "Callout Warning"};
  const std::string colours[3] = {look.heading_colour, look.heading_colour, kWarningColour};
  const int widths[3] = {6, 18, 18};
  for (int kind = 0; kind < 3; ++kind) {
    pugi::xml_node callout = AppendStyle(styles, "paragraph", style::kCallout[kind], names[kind]);
    pugi::xml_node paragraph = callout.append_child("w:pPr");
    paragraph.append_child("w:keepLines");
    pugi::xml_node borders = paragraph.append_child("w:pBdr");
    AppendBorder(borders, "w:top", 6, colours[kind], 4);
    AppendBorder(borders, "w:left", widths[kind], colours[kind], 6);
    AppendBorder(borders, "w:bottom", 6, colours[kind], 4);
    AppendBorder(borders, "w:right", 6, colours[kind], 6);
    SetShading(paragraph, look.accent_colour);
    pugi::xml_node indent = paragraph.append_child("w:ind");
    indent.append_attribute("w:left") = Twips(8).c_str();
    indent.append_attribute("w:right") = Twips(8).c_str();
  }
}

void AppendSignatureStyles(pugi::xml_node styles, const doc::Look& look) {
  pugi::xml_node signature = AppendStyle(styles, "paragraph", style::kSignature, "Signature");
  SetSpacing(signature.append_child("w:pPr"), 0, 0);
  pugi::xml_node line =
      AppendStyle(styles, "paragraph", style::kSignatureLine, "Signature Line", style::kSignature);
  pugi::xml_node paragraph = line.append_child("w:pPr");
  paragraph.append_child("w:keepNext");
  AppendBorder(paragraph.append_child("w:pBdr"), "w:bottom", 6, look.text_colour, 1);
  SetSpacing(paragraph, look.body_size_pt * 2.5, look.body_size_pt * 0.3);
  pugi::xml_node indent = paragraph.append_child("w:ind");
  indent.append_attribute("w:right") = Twips(250).c_str();
}

void AppendPageFurnitureStyles(pugi::xml_node styles, const doc::Look& look) {
  const char* ids[2] = {style::kHeader, style::kFooter};
  const char* names[2] = {"header", "footer"};
  for (int i = 0; i < 2; ++i) {
    pugi::xml_node furniture = AppendStyle(styles, "paragraph", ids[i], names[i]);
    SetSpacing(furniture.append_child("w:pPr"), 0, 0);
    SetSize(furniture.append_child("w:rPr"), look.body_size_pt * 0.8);
  }
}

void AppendTableMargins(pugi::xml_node properties) {
  pugi::xml_node margins = properties.append_child("w:tblCellMar");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right"}) {
    pugi::xml_node margin = margins.append_child(side);
    margin.append_attribute("w:w") = Twips(side[2] == 't' || side[2] == 'b' ? 2 : 5).c_str();
    margin.append_attribute("w:type") = "dxa";
  }
}

void AppendTableStyles(pugi::xml_node styles) {
  pugi::xml_node normal = AppendStyle(styles, "table", "TableNormal", "Normal Table", nullptr);
  normal.append_attribute("w:default") = 1;
  AppendTableMargins(normal.append_child("w:tblPr"));

  pugi::xml_node table = AppendStyle(styles, "table", style::kTable, "sdgen Table", "TableNormal");
  pugi::xml_node properties = table.append_child("w:tblPr");
  pugi::xml_node borders = properties.append_child("w:tblBorders");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
    AppendBorder(borders, side, 4, "9AA5B1", 0);
  }
  AppendTableMargins(properties);
}

}  // namespace

void BuildStylesPart(const doc::Look& look, const std::string& language, pugi::xml_document* xml) {
  AddXmlDeclaration(xml);
  pugi::xml_node styles = xml->append_child("w:styles");
  DeclareWordNamespaces(styles);
  AppendDocDefaults(styles, look, language);
  AppendNormal(styles, look);
  AppendTitles(styles, look);
  AppendHeadings(styles, look);
  AppendTextRoles(styles, look);
  AppendListStyles(styles);
  AppendTableParagraphStyles(styles, look);
  AppendCallouts(styles, look);
  AppendSignatureStyles(styles, look);
  AppendPageFurnitureStyles(styles, look);
  AppendTableStyles(styles);
}

}  // namespace sdgen::docx
