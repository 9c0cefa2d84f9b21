#pragma once

// The parts of an Open Packaging Conventions package, kept as finished bytes.
// Both package forms (zip and flat XML) are written from one OpcPackage, so
// they cannot disagree about what a document holds.

#include <pugixml.hpp>
#include <string>
#include <vector>

namespace sdgen::docx {

/// One part: its name inside the package (no leading slash), type and bytes.
struct OpcPart {
  std::string name;
  std::string content_type;
  std::string bytes;
  /// True when the bytes are XML (the flat form embeds these as elements).
  bool IsXml() const;
};

/// The parts of a package in the order they are written.
class OpcPackage {
 public:
  /// Serialises `xml` as UTF-8 without a BOM; fails on characters XML 1.0 forbids.
  bool AddXmlPart(const std::string& name, const std::string& content_type,
                  const pugi::xml_document& xml, std::string* error);
  /// Adds a part whose bytes are stored as given (images).
  void AddBinaryPart(const std::string& name, const std::string& content_type, std::string bytes);
  const std::vector<OpcPart>& parts() const { return parts_; }
  /// The part called `name`, or null.
  const OpcPart* Find(const std::string& name) const;

 private:
  std::vector<OpcPart> parts_;
};

/// A new XML document holding only the standard declaration.
void AddXmlDeclaration(pugi::xml_document* xml);

/// The one serialisation every part uses: raw (no added whitespace), UTF-8.
std::string SerializeXml(const pugi::xml_node& node);

}  // namespace sdgen::docx
