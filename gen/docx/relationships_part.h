#pragma once

#include <pugixml.hpp>
#include <string>
#include <vector>

namespace sdgen::docx {

/// Relationship types used by sdgen packages.
namespace rel {
inline constexpr const char* kOfficeDocument =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
inline constexpr const char* kCoreProperties =
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
inline constexpr const char* kExtendedProperties =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties";
inline constexpr const char* kStyles =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
inline constexpr const char* kNumbering =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering";
inline constexpr const char* kSettings =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings";
inline constexpr const char* kHeader =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header";
inline constexpr const char* kFooter =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer";
inline constexpr const char* kImage =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";
}  // namespace rel

/// The relationships of one part (or of the package), numbered rId1, rId2, ...
class Relationships {
 public:
  /// Adds a relationship and returns its id; `target` is relative to the source part.
  std::string Add(const char* type, const std::string& target);
  bool empty() const { return entries_.empty(); }
  /// The `.rels` part as XML.
  void Build(pugi::xml_document* xml) const;

 private:
  struct Entry {
    std::string id;
    std::string type;
    std::string target;
  };
  std::vector<Entry> entries_;
};

/// Where the relationships of part `part_name` live, e.g. "word/_rels/document.xml.rels".
std::string RelationshipsPartName(const std::string& part_name);

}  // namespace sdgen::docx
