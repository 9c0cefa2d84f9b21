#include "docx/opc_package.h"

#include <cstdint>
#include <cstdio>
#include <sstream>
#include <string_view>

namespace sdgen::docx {
namespace {

// Reads one UTF-8 sequence at `i`; returns its length, or 0 when malformed.
size_t DecodeUtf8(std::string_view text, size_t i, uint32_t* code_point) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  size_t length = lead < 0x80           ? 1
                  : (lead >> 5) == 0x6  ? 2
                  : (lead >> 4) == 0xE  ? 3
                  : (lead >> 3) == 0x1E ? 4
                                        : 0;
  if (length == 0 || i + length > text.size()) return 0;
  uint32_t value = length == 1 ? lead : lead & (0x7F >> length);
  for (size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    value = (value << 6) | (byte(i + k) & 0x3F);
  }
  *code_point = value;
  return length;
}

bool IsXmlChar(uint32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

// Returns false and names the first character XML 1.0 forbids (or a broken
// UTF-8 sequence) in `text`.
bool CheckXmlText(std::string_view value, std::string* error) {
  for (size_t i = 0; i < value.size();) {
    // Printable ASCII, nearly all of any document, needs no decoding.
    unsigned char byte = static_cast<unsigned char>(value[i]);
    if (byte >= 0x20 && byte < 0x80) {
      ++i;
      continue;
    }
    uint32_t c = 0;
    const size_t length = DecodeUtf8(value, i, &c);
    if (length == 0) {
      *error = "a malformed utf-8 sequence";
      return false;
    }
    if (!IsXmlChar(c)) {
      char code[16];
      std::snprintf(code, sizeof code, "U+%04X", c);
      *error = std::string(code) + ", a character xml 1.0 forbids";
      return false;
    }
    i += length;
  }
  return true;
}

// pugixml would write such characters as "&#7;", which no XML 1.0 reader
// accepts. The input stage refuses them; this makes a slip there an error
// instead of a file Word calls damaged.
bool CheckXmlTree(pugi::xml_node node, std::string* error) {
  if (!CheckXmlText(node.value(), error)) return false;
  for (pugi::xml_attribute attribute : node.attributes()) {
    if (!CheckXmlText(attribute.value(), error)) return false;
  }
  for (pugi::xml_node child : node.children()) {
    if (!CheckXmlTree(child, error)) return false;
  }
  return true;
}

}  // namespace

bool OpcPart::IsXml() const {
  const std::string& type = content_type;
  return type.size() >= 3 && type.compare(type.size() - 3, 3, "xml") == 0;
}

bool OpcPackage::AddXmlPart(const std::string& name, const std::string& content_type,
                            const pugi::xml_document& xml, std::string* error) {
  std::string problem;
  if (!CheckXmlTree(xml, &problem)) {
    *error = "part '" + name + "' would hold " + problem;
    return false;
  }
  parts_.push_back({name, content_type, SerializeXml(xml)});
  return true;
}

void OpcPackage::AddBinaryPart(const std::string& name, const std::string& content_type,
                               std::string bytes) {
  parts_.push_back({name, content_type, std::move(bytes)});
}

const OpcPart* OpcPackage::Find(const std::string& name) const {
  for (const OpcPart& part : parts_) {
    if (part.name == name) return &part;
  }
  return nullptr;
}

void AddXmlDeclaration(pugi::xml_document* xml) {
  pugi::xml_node declaration = xml->prepend_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  declaration.append_attribute("standalone") = "yes";
}

std::string SerializeXml(const pugi::xml_node& node) {
  std::ostringstream out;
  node.print(out, "", pugi::format_raw, pugi::encoding_utf8);
  return out.str();
}

}  // namespace sdgen::docx
