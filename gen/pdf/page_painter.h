#pragma once

#include <hpdf.h>

#include <string>

#include "document/document.h"
#include "pdf/content_stream.h"
#include "pdf/haru_document.h"
#include "pdf/image_library.h"
#include "pdf/laid_out_page.h"

namespace sdgen::pdf {

/// Draws laid-out pages with libharu, flipping y to PDF's upward axis.
class PagePainter {
 public:
  PagePainter(HaruDocument& haru, ImageLibrary& images, const doc::PageSettings& page)
      : haru_(haru), images_(images), page_(page) {}

  /// Adds a page to the document and draws `laid_out` on it.
  HPDF_Page Paint(const LaidOutPage& laid_out);
  /// Lays "DRAFT" across `page`, translucent so the text under it stays legible.
  void PaintWatermark(HPDF_Page page, const FontFace& face);

 private:
  void Draw(HPDF_Page page, const TextLine& line);
  void Draw(HPDF_Page page, const Box& box);
  void Draw(HPDF_Page page, const Rule& rule);
  void Draw(HPDF_Page page, const PlacedImage& image);
  void Colour(uint32_t colour, const char* op);
  double Y(double y) const { return page_.height_pt - y; }

  HaruDocument& haru_;
  ImageLibrary& images_;
  const doc::PageSettings& page_;
  HPDF_ExtGState translucent_ = nullptr;
  ContentStream content_;  // reused for each item, to save allocating
};

}  // namespace sdgen::pdf
