#pragma once

// Renders a finished document model to PDF with libharu. Layout runs first
// (measure, break, paginate into positioned items, add page furniture once
// the page count is known); only then is anything drawn.

#include <map>
#include <memory>
#include <string>

#include "diagnostics/diagnostic.h"
#include "document/document.h"
#include "pdf/font_library.h"
#include "pdf/image_library.h"
#include "pdf/line_breaker.h"

namespace sdgen::pdf {

/// How PdfWriter writes files.
struct PdfOptions {
  bool compress = true;  ///< false: readable content streams for debugging and diffs
  std::string producer = "sdgen";  ///< /Producer, e.g. "sdgen 0.1.0"
};

/// Writes documents as PDF. One writer may render many documents: font
/// files, their width tables, images and line-break iterators are read once
/// and kept, while each document gets its own HPDF_Doc fed from memory.
class PdfWriter {
 public:
  explicit PdfWriter(PdfOptions options);
  /// A writer reading fonts and images from libraries it shares with other
  /// writers (one per thread), so each file is held in memory once.
  PdfWriter(PdfOptions options, std::shared_ptr<FontLibrary> fonts,
            std::shared_ptr<ImageLibrary> images);
  ~PdfWriter();

  /// Renders `document` into `*pdf_bytes`; warnings (PDF001–PDF004) go to
  /// `diagnostics`; false with `*error` set when no PDF could be made.
  bool Write(const doc::Document& document, std::string* pdf_bytes, DiagnosticList& diagnostics,
             std::string* error);

 private:
  LineBreaker* BreakerFor(const std::string& language, std::string* error);

  PdfOptions options_;
  std::shared_ptr<FontLibrary> fonts_;
  std::shared_ptr<ImageLibrary> images_;
  std::map<std::string, std::unique_ptr<LineBreaker>> breakers_;
};

}  // namespace sdgen::pdf
