#include "cli/build_signing.h"

#include "pdf/pdf_signature.h"

namespace sdgen::cli {

bool SignIfSignedOff(const pdf::CmsSigner* chair_key, const doc::Document& document,
                     std::vector<RenderedFile>& files, std::string* error) {
  if (chair_key == nullptr || document.draft || document.metadata.verification_code.empty())
    return true;
  for (RenderedFile& file : files) {
    if (file.extension != ".pdf") continue;
    std::string signed_sheet;
    if (!pdf::SignPdf(file.bytes, *chair_key, &signed_sheet, error)) {
      *error = "cannot sign the PDF: " + *error;
      return false;
    }
    file.bytes = std::move(signed_sheet);
  }
  return true;
}

}  // namespace sdgen::cli
