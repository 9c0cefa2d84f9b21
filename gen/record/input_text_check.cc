#include "record/input_text_check.h"

#include <cstdio>

namespace sdgen {
namespace {

std::string Hex(unsigned value, int digits) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%0*X", digits, value);
  return buffer;
}

}  // namespace

InputTextProblem FindInvalidUtf8(std::string_view bytes) {
  size_t i = 0;
  while (i < bytes.size()) {
    unsigned char lead = static_cast<unsigned char>(bytes[i]);
    if (lead < 0x80) {
      ++i;
      continue;
    }
    size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
    bool ok = length != 0 && lead < 0xF5 && lead != 0xC0 && lead != 0xC1 &&
              i + length <= bytes.size();
    char32_t code_point = length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07;
    for (size_t k = 1; ok && k < length; ++k) {
      unsigned char next = static_cast<unsigned char>(bytes[i + k]);
      ok = (next & 0xC0) == 0x80;
      code_point = (code_point << 6) | (next & 0x3F);
    }
    if (ok) {
      ok = !(length == 3 && code_point < 0x800) && !(length == 4 && code_point < 0x10000) &&
           !(code_point >= 0xD800 && code_point <= 0xDFFF) && code_point <= 0x10FFFF;
    }
    if (!ok) {
      return {true, i,
              "the file is not valid UTF-8: byte 0x" + Hex(lead, 2) +
                  " does not start a valid character",
              "RD002"};
    }
    i += length;
  }
  return {};
}

char32_t NextCodePoint(std::string_view text, size_t& i) {
  unsigned char lead = static_cast<unsigned char>(text[i]);
  size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  char32_t code_point = length == 1 ? lead : length == 2 ? lead & 0x1F
                                         : length == 3 ? lead & 0x0F
                                                       : lead & 0x07;
  for (size_t k = 1; k < length && i + k < text.size(); ++k) {
    code_point = (code_point << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  }
  i += length;
  return code_point;
}

InputTextProblem FindIllegalXmlCharacter(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    size_t start = i;
    char32_t c = NextCodePoint(text, i);
    bool illegal = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE ||
                   c == 0xFFFF;
    if (illegal) {
      return {true, start,
              "character U+" + Hex(static_cast<unsigned>(c), 4) +
                  " is not allowed in XML; remove it (it is often pasted in by accident)",
              "RD003"};
    }
  }
  return {};
}

}  // namespace sdgen
