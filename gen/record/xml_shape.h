#pragma once

// The shape of a parsed XML tree, checked in one pass without recursion
// before anything walks the tree recursively: hostile input may nest elements
// thousands deep, pile thousands of attributes on one element, or write an
// attribute twice (which pugixml accepts, keeping both).

#include <cstddef>
#include <pugixml.hpp>
#include <string>
#include <vector>

namespace sdgen {

/// How deep and how wide an XML tree may be.
struct XmlBounds {
  size_t max_depth = 0;       ///< elements inside elements; the root is at depth 1
  size_t max_attributes = 0;  ///< attributes on one element
};

/// One place where a tree is not the shape it may be.
struct XmlShapeProblem {
  enum class Kind {
    kTooDeep,             ///< `element` is deeper than max_depth; nothing inside it is looked at
    kTooManyAttributes,   ///< `element` has `count` attributes, more than max_attributes
    kDuplicateAttribute,  ///< `attribute` is written on `element` again (its `count`th copy)
  };
  Kind kind;
  pugi::xml_node element;
  std::string attribute;  ///< for kDuplicateAttribute
  size_t count = 0;       ///< attributes on `element`, or which copy (1 = the second)
};

/// Every problem, in document order. A tree too deep is reported once, at
/// its first element past the bound: what lies below it is not visited.
std::vector<XmlShapeProblem> CheckXmlShape(const pugi::xml_node& root, const XmlBounds& bounds);

}  // namespace sdgen
