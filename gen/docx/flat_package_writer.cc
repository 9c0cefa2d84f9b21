#include "docx/flat_package_writer.h"

#include <cstdint>
#include <pugixml.hpp>

namespace sdgen::docx {
namespace {

constexpr const char* kPackageNamespace = "http://schemas.microsoft.com/office/2006/xmlPackage";

// Base64 in 76-character lines, as Word writes pkg:binaryData.
std::string Base64Lines(const std::string& bytes) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (size_t i = 0; i < bytes.size(); i += 3) {
    const size_t available = bytes.size() - i;  // 1, 2, or 3 or more
    uint32_t group = static_cast<unsigned char>(bytes[i]) << 16;
    if (available > 1) group |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    if (available > 2) group |= static_cast<unsigned char>(bytes[i + 2]);
    for (size_t k = 0; k < 4; ++k) {
      out += k <= available ? kAlphabet[(group >> (18 - 6 * k)) & 0x3F] : '=';
    }
    if ((i / 3 + 1) % 19 == 0 && available > 3) out += '\n';
  }
  return out;
}

// Re-reads a part's own bytes so the flat form holds exactly what the zip holds.
bool AppendXmlData(pugi::xml_node part_node, const OpcPart& part, std::string* error) {
  pugi::xml_document parsed;
  const pugi::xml_parse_result result =
      parsed.load_buffer(part.bytes.data(), part.bytes.size(),
                         pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
  if (!result) {
    *error = "part '" + part.name + "' is not well-formed xml: " + result.description();
    return false;
  }
  part_node.append_child("pkg:xmlData").append_copy(parsed.document_element());
  return true;
}

}  // namespace

bool WriteFlatPackage(const OpcPackage& package, std::string* xml_bytes, std::string* error) {
  pugi::xml_document flat;
  AddXmlDeclaration(&flat);
  // Word and Windows use this instruction to open the file in Word.
  flat.append_child(pugi::node_pi).set_name("mso-application");
  flat.last_child().set_value("progid=\"Word.Document\"");
  pugi::xml_node root = flat.append_child("pkg:package");
  root.append_attribute("xmlns:pkg") = kPackageNamespace;
  for (const OpcPart& part : package.parts()) {
    pugi::xml_node node = root.append_child("pkg:part");
    node.append_attribute("pkg:name") = ("/" + part.name).c_str();
    node.append_attribute("pkg:contentType") = part.content_type.c_str();
    if (part.IsXml()) {
      if (!AppendXmlData(node, part, error)) return false;
    } else {
      node.append_attribute("pkg:compression") = "store";
      node.append_child("pkg:binaryData").text().set(Base64Lines(part.bytes).c_str());
    }
  }
  *xml_bytes = SerializeXml(flat);
  return true;
}

}  // namespace sdgen::docx
