#include "cli/document_writers.h"

#include "text/text_writer.h"

namespace sdgen::cli {

DocumentWriters::DocumentWriters() : pdf_(pdf::PdfOptions{}) {}

DocumentWriters::DocumentWriters(std::shared_ptr<pdf::FontLibrary> fonts,
                                 std::shared_ptr<pdf::ImageLibrary> images)
    : pdf_(pdf::PdfOptions{}, std::move(fonts), std::move(images)) {}

bool DocumentWriters::Render(const doc::Document& document, std::vector<RenderedFile>* files,
                             DiagnosticList& diagnostics, std::string* error) {
  files->clear();
  RenderedFile pdf{".pdf", {}};
  if (!pdf_.Write(document, &pdf.bytes, diagnostics, error)) return false;
  RenderedFile docx{".docx", {}};
  RenderedFile flat{".flat.xml", {}};
  if (!docx_.WriteBoth(document, &docx.bytes, &flat.bytes, error)) return false;
  files->push_back(std::move(pdf));
  files->push_back(std::move(docx));
  files->push_back(std::move(flat));
  files->push_back({".txt", WritePlainText(document)});
  return true;
}

}  // namespace sdgen::cli
