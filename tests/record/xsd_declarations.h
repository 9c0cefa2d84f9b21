#pragma once

// What an XML Schema 1.0 file declares for one element, read with pugixml so
// a test can compare docs/record-format.xsd with the record schema table.
// Named types, attribute groups and model groups are resolved; an element's
// children are counted through sequences, choices and all-groups, so that
// "harm, then any number of harm or complicating-factor" counts as at least
// one harm and any number of each.

#include <climits>
#include <map>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <vector>

namespace sdgen::test {

/// How often a child may appear: the fewest and the most over every record
/// the content model allows.
struct XsdOccurs {
  static constexpr int kUnbounded = INT_MAX;
  int min = 0;
  int max = 0;
};

/// What a simple type (of an attribute, or of an element's text) allows.
struct XsdValueType {
  /// The type and every type it is derived from, outermost first: named types,
  /// then "xs:list" and the item type's own chain for a list, "xs:union" for a
  /// union, and the built-in type it ends in ("xs:string", "xs:IDREF").
  std::vector<std::string> derivation;
  std::vector<std::string> enumeration;  ///< empty when the type lists no words
  std::optional<std::string> min_inclusive, max_inclusive;

  bool DerivesFrom(const std::string& type) const;
};

/// An attribute as declared, with what its type allows.
struct XsdAttribute {
  bool required = false;
  std::optional<std::string> fixed;
  XsdValueType type;
};

/// What an element's declaration allows.
struct XsdElement {
  enum class Content { kEmpty, kSimple, kElements };
  Content content = Content::kEmpty;
  std::map<std::string, XsdAttribute> attributes;
  std::vector<std::string> any_attribute_namespaces;  ///< from xs:anyAttribute
  std::map<std::string, XsdOccurs> children;
  std::map<std::string, pugi::xml_node> child_declarations;
  XsdValueType text_type;  ///< for simple content: what its text may be
};

/// A schema file whose declarations can be looked up by name.
class XsdDeclarations {
 public:
  /// Reads `path`; false with `error` set when it is not a readable schema.
  bool Load(const std::string& path, std::string& error);

  /// The names of the schema's top-level elements.
  std::vector<std::string> TopLevelElementNames() const;
  /// The declaration of a top-level element, or an empty node.
  pugi::xml_node TopLevelElement(const std::string& name) const;
  /// What an element declaration (top-level or local) allows.
  XsdElement Describe(pugi::xml_node declaration) const;

 private:
  using Counts = std::map<std::string, XsdOccurs>;

  pugi::xml_node Named(const char* kind, const std::string& name) const;
  pugi::xml_node Resolve(const char* kind, const std::string& name) const;
  void DescribeComplexType(pugi::xml_node type, XsdElement& element) const;
  void CollectAttributes(pugi::xml_node holder, XsdElement& element) const;
  XsdAttribute DescribeAttribute(pugi::xml_node attribute) const;
  void DescribeNamedType(const std::string& name, XsdValueType& value, bool facets) const;
  void DescribeSimpleType(pugi::xml_node type, XsdValueType& value, bool facets) const;
  Counts CountParticle(pugi::xml_node particle, XsdElement& element) const;

  pugi::xml_document document_;
};

}  // namespace sdgen::test
