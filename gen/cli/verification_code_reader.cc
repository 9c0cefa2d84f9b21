#include "cli/verification_code_reader.h"

#include <cctype>

namespace sdgen::cli {
namespace {

constexpr std::string_view kKeyword = "sdgen-verification-";

// The 64 hex digits after the keyword in `text`, or empty.
std::string CodeAfterKeyword(std::string_view text) {
  size_t at = text.find(kKeyword);
  if (at == std::string_view::npos) return {};
  std::string_view code = text.substr(at + kKeyword.size(), 64);
  if (code.size() < 64) return {};
  for (char c : code) {
    if (!std::isxdigit(static_cast<unsigned char>(c))) return {};
  }
  return std::string(code);
}

// Decodes a PDF hex string holding UTF-16BE text; keeps ASCII characters only,
// which is all a keyword holds.
std::string DecodeUtf16Hex(std::string_view hex) {
  std::string digits;
  for (char c : hex) {
    if (std::isxdigit(static_cast<unsigned char>(c))) digits += c;
  }
  std::string ascii;
  for (size_t i = 0; i + 4 <= digits.size(); i += 4) {
    unsigned unit = static_cast<unsigned>(std::stoul(digits.substr(i, 4), nullptr, 16));
    if (unit > 0 && unit < 0x80) ascii += static_cast<char>(unit);
  }
  return ascii;
}

}  // namespace

std::string FindVerificationCode(std::string_view bytes) {
  if (std::string code = CodeAfterKeyword(bytes); !code.empty()) return code;
  constexpr std::string_view kKeywords = "/Keywords <";
  for (size_t at = bytes.find(kKeywords); at != std::string_view::npos;
       at = bytes.find(kKeywords, at + 1)) {
    size_t begin = at + kKeywords.size();
    size_t end = bytes.find('>', begin);
    if (end == std::string_view::npos) break;
    if (std::string code = CodeAfterKeyword(DecodeUtf16Hex(bytes.substr(begin, end - begin)));
        !code.empty())
      return code;
  }
  return {};
}

}  // namespace sdgen::cli
