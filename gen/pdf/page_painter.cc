#include "pdf/page_painter.h"

#include <cmath>

namespace sdgen::pdf {
namespace {

HPDF_REAL Channel(uint32_t colour, int shift) {
  return static_cast<HPDF_REAL>((colour >> shift) & 0xFF) / 255.0f;
}

}  // namespace

HPDF_Page PagePainter::Paint(const LaidOutPage& laid_out) {
  HPDF_Page page = HPDF_AddPage(haru_.handle());
  if (page == nullptr) return nullptr;
  state_ = State{};  // each page's contents start from PDF's initial state
  HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(page_.width_pt));
  HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(page_.height_pt));
  marks_.emplace_back();
  for (const PageItem& item : laid_out.items) {
    Mark(page, NodeOf(item));
    std::visit([this, page](const auto& it) { Draw(page, it); }, item);
  }
  CloseMark(page);
  return page;
}

// Consecutive items of one node share a sequence: a paragraph's lines on a
// page are one MCID.
void PagePainter::Mark(HPDF_Page page, int node) {
  if (node == open_mark_) return;
  CloseMark(page);
  content_.Clear();
  if (node == kArtifact) {
    content_.Name("Artifact");
    content_.Operator("BMC");
  } else {
    std::vector<int>& page_marks = marks_.back();
    content_.Name(structure_[node].type);
    content_.MarkedContentId(page_marks.size());
    content_.Operator("BDC");
    page_marks.push_back(node);
  }
  haru_.AppendContent(page, content_.bytes());
  open_mark_ = node;
}

void PagePainter::CloseMark(HPDF_Page page) {
  if (open_mark_ == kNoMark) return;
  haru_.AppendContent(page, "EMC\n");
  open_mark_ = kNoMark;
}

// The colour operands of `colour` (0xRRGGBB), each from 0 to 1.
void PagePainter::Colour(uint32_t colour, const char* op) {
  content_.Number(Channel(colour, 16));
  content_.Number(Channel(colour, 8));
  content_.Number(Channel(colour, 0));
  content_.Operator(op);
}

void PagePainter::SetFill(uint32_t colour) {
  if (state_.fill == colour) return;
  Colour(colour, "rg");
  state_.fill = colour;
}

void PagePainter::SetStroke(uint32_t colour, double width) {
  if (state_.stroke != colour) Colour(colour, "RG");
  if (state_.line_width != width) {
    content_.Number(width);
    content_.Operator("w");
  }
  state_.stroke = colour;
  state_.line_width = width;
}

void PagePainter::ShowText(HPDF_Font font, const std::u16string& text) {
  if (text.empty()) return;
  haru_.NoteDrawn(font, text);
  content_.Codes(text);
  content_.Operator("Tj");
}

void PagePainter::Draw(HPDF_Page page, const TextLine& line) {
  if (line.fragments.empty()) return;
  content_.Clear();
  content_.Operator("BT");
  double x = 0;
  double y = 0;
  for (const Fragment& fragment : line.fragments) {
    HPDF_Font font = haru_.Font(*fragment.face);
    if (font == nullptr) break;
    if (font != state_.font || fragment.size_pt != state_.font_size) {
      content_.Name(haru_.ResourceName(page, font));
      content_.Number(fragment.size_pt);
      content_.Operator("Tf");
      state_.font = font;
      state_.font_size = fragment.size_pt;
    }
    SetFill(fragment.colour);
    // Td moves relative to the previous line start, so pass the difference.
    double target_x = line.x + fragment.x;
    double target_y = Y(line.baseline);
    content_.Number(target_x - x);
    content_.Number(target_y - y);
    content_.Operator("Td");
    x = target_x;
    y = target_y;
    ShowText(font, fragment.text);
  }
  content_.Operator("ET");
  haru_.AppendContent(page, content_.bytes());
}

void PagePainter::Draw(HPDF_Page page, const Box& box) {
  content_.Clear();
  if (box.filled) SetFill(box.fill);
  if (box.stroked) SetStroke(box.stroke, box.stroke_width);
  content_.Number(box.x);
  content_.Number(Y(box.y + box.height));
  content_.Number(box.width);
  content_.Number(box.height);
  content_.Operator("re");
  content_.Operator(box.filled && box.stroked ? "B" : box.filled ? "f" : "S");
  haru_.AppendContent(page, content_.bytes());
}

void PagePainter::Draw(HPDF_Page page, const Rule& rule) {
  content_.Clear();
  SetStroke(rule.colour, rule.width);
  content_.Number(rule.x1);
  content_.Number(Y(rule.y1));
  content_.Operator("m");
  content_.Number(rule.x2);
  content_.Number(Y(rule.y2));
  content_.Operator("l");
  content_.Operator("S");
  haru_.AppendContent(page, content_.bytes());
}

void PagePainter::Draw(HPDF_Page page, const PlacedImage& placed) {
  std::string error;
  const LoadedImage* png = images_.Load(placed.path, &error);
  if (png == nullptr) return;  // layout has already warned and printed the description
  HPDF_Image image = haru_.Image(placed.path, *png);
  if (image == nullptr) return;
  HPDF_Page_DrawImage(page, image, static_cast<HPDF_REAL>(placed.x),
                      static_cast<HPDF_REAL>(Y(placed.y + placed.height)),
                      static_cast<HPDF_REAL>(placed.width), static_cast<HPDF_REAL>(placed.height));
}

void PagePainter::PaintWatermark(HPDF_Page page, const FontFace& face) {
  HPDF_Font font = haru_.Font(face);
  if (font == nullptr) return;
  if (translucent_ == nullptr) {
    translucent_ = HPDF_CreateExtGState(haru_.handle());
    HPDF_ExtGState_SetAlphaFill(translucent_, 0.18f);
  }
  const double size = 110;
  const double angle = std::atan2(page_.height_pt, page_.width_pt);
  double text_width = 0;
  for (char c : std::string("DRAFT")) text_width += face.Advance(static_cast<char32_t>(c));
  text_width *= size / 1000;
  // Centre the word on the page along the diagonal.
  double cx = page_.width_pt / 2 - std::cos(angle) * text_width / 2 + std::sin(angle) * size * 0.35;
  double cy =
      page_.height_pt / 2 - std::sin(angle) * text_width / 2 - std::cos(angle) * size * 0.35;
  haru_.AppendContent(page, "/Artifact BMC\n");
  HPDF_Page_GSave(page);
  HPDF_Page_SetExtGState(page, translucent_);
  // Inside q ... Q, so the page's tracked state is untouched afterwards.
  content_.Clear();
  content_.Operator("BT");
  content_.Name(haru_.ResourceName(page, font));
  content_.Number(size);
  content_.Operator("Tf");
  for (double channel : {0.70, 0.15, 0.12}) content_.Number(channel);  // a muted red
  content_.Operator("rg");
  for (double value :
       {std::cos(angle), std::sin(angle), -std::sin(angle), std::cos(angle), cx, cy}) {
    content_.Number(value);
  }
  content_.Operator("Tm");
  ShowText(font, u"DRAFT");
  content_.Operator("ET");
  haru_.AppendContent(page, content_.bytes());
  HPDF_Page_GRestore(page);
  haru_.AppendContent(page, "EMC\n");
}

}  // namespace sdgen::pdf
