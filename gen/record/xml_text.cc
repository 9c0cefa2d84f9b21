#include "record/xml_text.h"

#include <cstdlib>
#include <string>

namespace sdgen {
namespace {

void AppendUtf8(char32_t c, std::string& out) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

bool IsXmlChar(char32_t c) {
  return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

// Decodes the entity `name` (between '&' and ';'); false when unknown or
// illegal, with `illegal_character` set for a reference to a forbidden one.
bool DecodeEntity(std::string_view name, std::string& out, bool& illegal_character) {
  if (name == "amp") out += '&';
  else if (name == "lt") out += '<';
  else if (name == "gt") out += '>';
  else if (name == "quot") out += '"';
  else if (name == "apos") out += '\'';
  else if (name.size() > 1 && name[0] == '#') {
    bool hex = name[1] == 'x';
    std::string digits(name.substr(hex ? 2 : 1));
    if (digits.empty() || digits.size() > 8) return false;
    char* end = nullptr;
    unsigned long value = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
    if (*end != '\0') return false;
    illegal_character = !IsXmlChar(static_cast<char32_t>(value));
    if (illegal_character) return false;
    AppendUtf8(static_cast<char32_t>(value), out);
  } else {
    return false;
  }
  return true;
}

}  // namespace

InputTextProblem AppendXmlText(std::string_view raw, size_t source_offset, bool decode,
                               Text& text) {
  text.checkpoints.push_back({text.value.size(), source_offset});
  size_t i = 0;
  while (i < raw.size()) {
    char c = raw[i];
    if (c == '\r') {
      // CR LF and a lone CR both become LF, as an XML parser must report them.
      text.value += '\n';
      i += (i + 1 < raw.size() && raw[i + 1] == '\n') ? 2 : 1;
      text.checkpoints.push_back({text.value.size(), source_offset + i});
    } else if (c == '&' && decode) {
      size_t semicolon = raw.find(';', i);
      std::string_view name =
          semicolon == std::string_view::npos ? raw.substr(i + 1) : raw.substr(i + 1, semicolon - i - 1);
      bool illegal_character = false;
      if (semicolon == std::string_view::npos ||
          !DecodeEntity(name, text.value, illegal_character)) {
        if (illegal_character)
          return {true, source_offset + i,
                  "'&" + std::string(name) +
                      ";' refers to a character that is not allowed in XML; remove it",
                  "RD003"};
        return {true, source_offset + i,
                "'&" + std::string(name.substr(0, 12)) +
                    (semicolon == std::string_view::npos ? "" : ";") +
                    "' is not a known entity or allowed character reference; write '&amp;' "
                    "for an ampersand"};
      }
      i = semicolon + 1;
      text.checkpoints.push_back({text.value.size(), source_offset + i});
    } else {
      text.value += c;
      ++i;
    }
  }
  return {};
}

}  // namespace sdgen
