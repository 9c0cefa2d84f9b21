#pragma once

#include <ostream>
#include <string>
#include <string_view>

namespace sdgen::cli {

/// Says on `out` what the digital signature of the PDF `sheet` shows: who
/// signed and when, whether the signed bytes are unchanged and the whole file,
/// and (given `trusted_pem`, read from `trust_path`) whether the signer's
/// certificate chains to it. False when a signature is there and does not hold.
bool ReportDigitalSignature(const std::string& sheet_path, std::string_view sheet,
                            const std::string* trusted_pem, const std::string& trust_path,
                            std::ostream& out);

}  // namespace sdgen::cli
