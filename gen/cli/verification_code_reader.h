#pragma once

#include <string>
#include <string_view>

namespace sdgen::cli {

/// The verification code (64 hex digits) that sdgen wrote into a document's
/// metadata as the keyword "sdgen-verification-<code>", or empty if there is
/// none. Reads PDF (the /Keywords string, UTF-16BE in hex) and the flat XML
/// package (plain text).
std::string FindVerificationCode(std::string_view document_bytes);

}  // namespace sdgen::cli
