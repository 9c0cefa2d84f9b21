#include "pdf/same_signed_sheet.h"

#include "pdf/signature_check.h"

namespace sdgen::pdf {

bool IsSameSignedSheet(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  SignatureCheck first = CheckPdfSignature(a, nullptr);
  SignatureCheck second = CheckPdfSignature(b, nullptr);
  if (!first.found || !second.found || first.contents_begin != second.contents_begin ||
      first.contents_end != second.contents_end || first.contents_end == 0)
    return false;
  return a.substr(0, first.contents_begin) == b.substr(0, first.contents_begin) &&
         a.substr(first.contents_end) == b.substr(first.contents_end);
}

}  // namespace sdgen::pdf
