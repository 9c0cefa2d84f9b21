#include "docx/wordml_body.h"

#include <algorithm>

#include "docx/header_footer_parts.h"
#include "docx/styles_part.h"
#include "docx/wordml_drawing.h"
#include "docx/wordml_table.h"
#include "docx/wordml_text.h"

namespace sdgen::docx {
namespace {

constexpr double kSignatureMaxWidthPt = 180;

void AppendKeepWithNext(pugi::xml_node paragraph) {
  ParagraphProperties(paragraph).append_child("w:keepNext");
}

// Keeps the paragraphs of a block on one page by chaining all but the last.
void KeepTogether(pugi::xml_node first, pugi::xml_node last) {
  for (pugi::xml_node node = first; node && node != last; node = node.next_sibling()) {
    AppendKeepWithNext(node);
  }
}

}  // namespace

const char* ParagraphStyleId(doc::ParagraphRole role) {
  switch (role) {
    case doc::ParagraphRole::kLead:
      return style::kLead;
    case doc::ParagraphRole::kSmall:
      return style::kSmall;
    case doc::ParagraphRole::kStatus:
      return style::kStatus;
    case doc::ParagraphRole::kCaption:
      return style::kCaption;
    case doc::ParagraphRole::kAddress:
      return style::kAddress;
    case doc::ParagraphRole::kBody:
      break;
  }
  return style::kNormal;
}

struct WordmlBody::BlockVisitor {
  WordmlBody* self;
  pugi::xml_node body;
  std::string* error;

  bool operator()(const doc::Heading& heading) const {
    const int level = std::clamp(heading.level, 1, 3);
    AppendText(AppendParagraph(body, style::kHeading[level - 1]), heading.text,
               RunLook{false, false, heading.language});
    return true;
  }
  bool operator()(const doc::Paragraph& paragraph) const {
    if (&paragraph == doc::AddressBlock(self->document_)) return true;  // written first
    AppendRuns(AppendParagraph(body, ParagraphStyleId(paragraph.role)), paragraph);
    return true;
  }
  bool operator()(const doc::List& list) const {
    self->AppendList(body, list);
    return true;
  }
  bool operator()(const doc::Table& table) const {
    AppendTable(body, table, self->resources_.text_width_pt, self->document_.look.accent_colour);
    return true;
  }
  bool operator()(const doc::KeyValueList& list) const {
    self->AppendKeyValues(body, list);
    return true;
  }
  bool operator()(const doc::Callout& callout) const {
    self->AppendCallout(body, callout);
    return true;
  }
  bool operator()(const doc::Image& image) const { return self->AppendImage(body, image, error); }
  bool operator()(const doc::SignatureBlock& block) const {
    return self->AppendSignature(body, block, error);
  }
  bool operator()(const doc::PageBreak&) const {
    AppendPageBreak(AppendParagraph(body, ""));
    return true;
  }
};

bool WordmlBody::Append(pugi::xml_node body, std::string* error) {
  AppendOpening(body);
  for (const doc::Block& block : document_.blocks) {
    if (!std::visit(BlockVisitor{this, body, error}, block)) return false;
  }
  return true;
}

// The status line comes first so that nobody can read a draft without seeing it.
void WordmlBody::AppendOpening(pugi::xml_node body) {
  if (document_.draft) AppendText(AppendParagraph(body, style::kStatus), kDraftMark);
  if (const doc::Paragraph* address = doc::AddressBlock(document_)) AppendAddress(body, *address);
  const doc::Metadata& metadata = document_.metadata;
  if (!metadata.title.empty()) AppendText(AppendParagraph(body, style::kTitle), metadata.title);
  if (!metadata.subtitle.empty()) {
    AppendText(AppendParagraph(body, style::kSubtitle), metadata.subtitle);
  }
}

// A frame fixed to the page puts the address where the envelope's window
// is, as in the PDF, whatever comes before it; text flows above and below.
void WordmlBody::AppendAddress(pugi::xml_node body, const doc::Paragraph& address) {
  pugi::xml_node paragraph = AppendParagraph(body, style::kAddress);
  pugi::xml_node frame = ParagraphProperties(paragraph).append_child("w:framePr");
  const doc::Look& look = document_.look;
  frame.append_attribute("w:w") = Twips(look.address_width_pt).c_str();
  frame.append_attribute("w:wrap") = "notBeside";
  frame.append_attribute("w:vAnchor") = "page";
  frame.append_attribute("w:hAnchor") = "page";
  frame.append_attribute("w:x") = Twips(document_.page.margin_left_pt).c_str();
  frame.append_attribute("w:y") = Twips(look.address_top_pt).c_str();
  AppendRuns(paragraph, address);
}

void WordmlBody::AppendList(pugi::xml_node body, const doc::List& list) {
  const int num_id = resources_.numbering->NewList(list.numbered);
  const char* style_id = list.numbered ? style::kListNumber : style::kListBullet;
  for (const doc::Paragraph& item : list.items) {
    pugi::xml_node paragraph = AppendParagraph(body, style_id);
    pugi::xml_node numbering = ParagraphProperties(paragraph).append_child("w:numPr");
    AppendValue(numbering, "w:ilvl", "0");
    AppendValue(numbering, "w:numId", std::to_string(num_id));
    AppendRuns(paragraph, item);
  }
}

// "Key: value" lines with the key in bold, as the PDF prints them.
void WordmlBody::AppendKeyValues(pugi::xml_node body, const doc::KeyValueList& list) {
  for (const doc::KeyValueList::Entry& entry : list.entries) {
    pugi::xml_node paragraph = AppendParagraph(body, style::kKeyValue);
    const bool has_colon = !entry.key.empty() && entry.key.back() == ':';
    AppendText(paragraph, entry.key + (has_colon ? " " : ": "), RunLook{true, false});
    AppendRuns(paragraph, entry.value);
  }
}

void WordmlBody::AppendCallout(pugi::xml_node body, const doc::Callout& callout) {
  const char* style_id = style::kCallout[static_cast<int>(callout.kind)];
  pugi::xml_node first;
  if (!callout.title.empty()) {
    first = AppendParagraph(body, style_id);
    AppendText(first, callout.title, RunLook{true, false});
  }
  for (const doc::Paragraph& paragraph : callout.paragraphs) {
    pugi::xml_node node = AppendParagraph(body, style_id);
    if (!first) first = node;
    AppendRuns(node, paragraph);
  }
  if (first) KeepTogether(first, body.last_child());
}

bool WordmlBody::AppendImage(pugi::xml_node body, const doc::Image& image, std::string* error) {
  double max_width = resources_.text_width_pt;
  if (image.max_width_pt > 0) max_width = std::min(max_width, image.max_width_pt);
  ImagePlacement placement;
  if (!resources_.media->Place(image.path, image.alt_text, max_width, resources_.relationships,
                               &placement, error)) {
    return false;
  }
  placement.decorative = image.decorative;
  AppendInlineImage(AppendParagraph(body, style::kFigure), placement);
  return true;
}

// Label, then the signature image or a line to sign on, then name, role and date.
bool WordmlBody::AppendSignature(pugi::xml_node body, const doc::SignatureBlock& block,
                                 std::string* error) {
  pugi::xml_node first = AppendParagraph(body, style::kSignature);
  AppendText(first, block.label, RunLook{true, false});
  if (!block.image_path.empty()) {
    ImagePlacement placement;
    if (!resources_.media->Place(block.image_path, block.image_alt_text, kSignatureMaxWidthPt,
                                 resources_.relationships, &placement, error)) {
      return false;
    }
    AppendInlineImage(AppendParagraph(body, style::kSignature), placement);
  } else if (!block.is_signed) {
    AppendParagraph(body, style::kSignatureLine);
  }
  for (const std::string* line : {&block.name, &block.role, &block.status}) {
    if (!line->empty()) AppendText(AppendParagraph(body, style::kSignature), *line);
  }
  KeepTogether(first, body.last_child());
  return true;
}

}  // namespace sdgen::docx
