#include "docx/header_footer_parts.h"

#include "docx/draft_watermark.h"
#include "docx/opc_package.h"
#include "docx/styles_part.h"
#include "docx/wordml_drawing.h"
#include "docx/wordml_namespaces.h"
#include "docx/wordml_text.h"

namespace sdgen::docx {
namespace {

constexpr double kLogoMaxWidthPt = 110;

pugi::xml_node StartPart(pugi::xml_document* xml, const char* root_name) {
  AddXmlDeclaration(xml);
  pugi::xml_node root = xml->append_child(root_name);
  DeclareWordNamespaces(root);
  return root;
}

bool AppendLogo(pugi::xml_node header, const doc::Look& look, PartResources resources,
                std::string* error) {
  ImagePlacement placement;
  if (!resources.media->Place(look.logo_path, look.logo_alt_text, kLogoMaxWidthPt,
                              resources.relationships, &placement, error)) {
    return false;
  }
  pugi::xml_node paragraph = AppendParagraph(header, style::kHeader);
  AppendValue(ParagraphProperties(paragraph), "w:jc", "right");
  AppendInlineImage(paragraph, placement);
  return true;
}

}  // namespace

bool BuildHeaderPart(const doc::Document& document, PartResources resources,
                     pugi::xml_document* xml, std::string* error) {
  pugi::xml_node header = StartPart(xml, "w:hdr");
  if (!document.look.logo_path.empty() && !AppendLogo(header, document.look, resources, error)) {
    return false;
  }
  pugi::xml_node text = AppendParagraph(header, style::kHeader);
  AppendText(text, document.furniture.header_text);
  if (document.draft) {
    pugi::xml_node mark = AppendParagraph(header, style::kHeader);
    AppendText(mark, kDraftMark, RunLook{true, false});
    AppendDraftWatermark(mark, kDraftMark, document.look.headings.family);
  }
  return true;
}

void BuildFooterPart(const doc::Document& document, pugi::xml_document* xml) {
  pugi::xml_node footer = StartPart(xml, "w:ftr");
  pugi::xml_node text = AppendParagraph(footer, style::kFooter);
  AppendText(text, document.furniture.footer_text);
  if (!document.furniture.page_numbers) return;
  pugi::xml_node numbers = AppendParagraph(footer, style::kFooter);
  AppendValue(ParagraphProperties(numbers), "w:jc", "right");
  AppendText(numbers, "Page ");
  AppendField(numbers, "PAGE", "1");
  AppendText(numbers, " of ");
  AppendField(numbers, "NUMPAGES", "1");
}

}  // namespace sdgen::docx
