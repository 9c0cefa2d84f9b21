#pragma once

#include <string>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "docx/docx_writer.h"
#include "document/document.h"
#include "pdf/pdf_writer.h"

namespace sdgen::cli {

/// One rendered file: the name's ending (".pdf") and its bytes.
struct RenderedFile {
  std::string extension;
  std::string bytes;
};

/// Every writer a build uses, made once per run so that fonts are read once
/// and reused for every document of every record.
class DocumentWriters {
 public:
  DocumentWriters();
  /// Writers that share their PDF fonts and images with others (see WriterPool).
  DocumentWriters(std::shared_ptr<pdf::FontLibrary> fonts,
                  std::shared_ptr<pdf::ImageLibrary> images);

  /// Renders `document` in every format, in memory: .pdf, .docx, .flat.xml
  /// (Word's single-file XML package) and .txt (the plain-text debug form).
  /// False with `error` set if a writer fails; warnings go to `diagnostics`.
  bool Render(const doc::Document& document, std::vector<RenderedFile>* files,
              DiagnosticList& diagnostics, std::string* error);

 private:
  pdf::PdfWriter pdf_;
  docx::DocxWriter docx_;
};

}  // namespace sdgen::cli
