#include "cli/signature_report.h"

#include "pdf/signature_check.h"

namespace sdgen::cli {

bool ReportDigitalSignature(const std::string& sheet_path, std::string_view sheet,
                            const std::string* trusted_pem, const std::string& trust_path,
                            std::ostream& out) {
  if (sheet.substr(0, 5) != "%PDF-") return true;  // the flat XML package carries none
  pdf::SignatureCheck check = pdf::CheckPdfSignature(sheet, trusted_pem);
  if (!check.found) {
    out << sheet_path << " has no digital signature (`sdgen sign` adds one)\n";
    return trusted_pem == nullptr;
  }
  out << sheet_path << " is digitally signed by " << check.signer << " at " << check.time << "\n";
  if (!check.intact) {
    out << "  the signature does NOT hold: the signed bytes have changed since signing ("
        << check.problem << ")\n";
    return false;
  }
  if (!check.whole_file) {
    out << "  the signature holds over what was signed, but the file was changed after signing: "
        << check.bytes_after << " bytes were added after the signed part\n";
    return false;
  }
  out << "  the signature holds and covers the whole file\n";
  if (!check.trusted) return true;
  if (*check.trusted) {
    out << "  the signer's certificate chains to " << trust_path << "\n";
    return true;
  }
  out << "  the signer's certificate does NOT chain to " << trust_path << " (" << check.problem
      << ")\n";
  return false;
}

}  // namespace sdgen::cli
