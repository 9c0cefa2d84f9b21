#pragma once

#include <hpdf.h>

#include <cstdint>
#include <string>
#include <vector>

#include "document/document.h"
#include "pdf/content_stream.h"
#include "pdf/haru_document.h"
#include "pdf/image_library.h"
#include "pdf/laid_out_page.h"
#include "pdf/structure_tree.h"

namespace sdgen::pdf {

/// Draws laid-out pages with libharu, flipping y to PDF's upward axis. Each
/// item is wrapped in marked content: a sequence with an MCID for the
/// structure node it belongs to, or /Artifact for decoration and furniture.
class PagePainter {
 public:
  PagePainter(HaruDocument& haru, ImageLibrary& images, const doc::PageSettings& page,
              const StructureTree& structure)
      : haru_(haru), images_(images), page_(page), structure_(structure) {}

  /// Adds a page to the document and draws `laid_out` on it.
  HPDF_Page Paint(const LaidOutPage& laid_out);
  /// Lays "DRAFT" across `page`, translucent so the text under it stays legible.
  void PaintWatermark(HPDF_Page page, const FontFace& face);
  /// For each page painted, the structure node of each MCID on it, in order.
  const std::vector<std::vector<int>>& marks() const { return marks_; }

 private:
  // Ends the open marked-content sequence, if any, and opens one for `node`.
  void Mark(HPDF_Page page, int node);
  void CloseMark(HPDF_Page page);
  void Draw(HPDF_Page page, const TextLine& line);
  void Draw(HPDF_Page page, const Box& box);
  void Draw(HPDF_Page page, const Rule& rule);
  void Draw(HPDF_Page page, const PlacedImage& image);
  void Colour(uint32_t colour, const char* op);
  void ShowText(HPDF_Font font, const std::u16string& text);
  void SetFill(uint32_t colour);
  void SetStroke(uint32_t colour, double width);
  double Y(double y) const { return page_.height_pt - y; }

  HaruDocument& haru_;
  ImageLibrary& images_;
  const doc::PageSettings& page_;
  const StructureTree& structure_;
  std::vector<std::vector<int>> marks_;
  static constexpr int kNoMark = -2;
  int open_mark_ = kNoMark;  // the node whose sequence is open on the page
  HPDF_ExtGState translucent_ = nullptr;
  ContentStream content_;  // reused for each item, to save allocating

  // The graphics state the page's operators have set so far, so that an
  // operator repeating it is left out (most lines share font and colour).
  // Images and the watermark change state only inside q ... Q; anything that
  // sets a colour, width or font on the page outside q ... Q must go through
  // this painter, or the state here is wrong.
  struct State {
    HPDF_Font font = nullptr;
    double font_size = 0;
    int64_t fill = -1;  // 0xRRGGBB, or -1 before any is set
    int64_t stroke = -1;
    double line_width = -1;
  };
  State state_;
};

}  // namespace sdgen::pdf
