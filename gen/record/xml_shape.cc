#include "record/xml_shape.h"

#include <cstring>

namespace sdgen {
namespace {

// Attributes are few once bounded, so comparing each with those before it
// costs less than building a set.
void CheckAttributes(const pugi::xml_node& element, const XmlBounds& bounds,
                     std::vector<XmlShapeProblem>& problems) {
  size_t count = 0;
  for (pugi::xml_attribute attribute = element.first_attribute(); attribute;
       attribute = attribute.next_attribute())
    ++count;
  if (count > bounds.max_attributes) {
    problems.push_back({XmlShapeProblem::Kind::kTooManyAttributes, element, {}, count});
    return;
  }
  for (pugi::xml_attribute attribute = element.first_attribute(); attribute;
       attribute = attribute.next_attribute()) {
    size_t earlier = 0;
    for (pugi::xml_attribute before = element.first_attribute(); before != attribute;
         before = before.next_attribute())
      if (std::strcmp(before.name(), attribute.name()) == 0) ++earlier;
    if (earlier > 0)
      problems.push_back(
          {XmlShapeProblem::Kind::kDuplicateAttribute, element, attribute.name(), earlier});
  }
}

}  // namespace

std::vector<XmlShapeProblem> CheckXmlShape(const pugi::xml_node& root, const XmlBounds& bounds) {
  std::vector<XmlShapeProblem> problems;
  pugi::xml_node node = root;
  size_t depth = 1;
  while (node) {
    bool descend = false;
    if (node.type() == pugi::node_element) {
      if (depth > bounds.max_depth) {
        problems.push_back({XmlShapeProblem::Kind::kTooDeep, node, {}, depth});
        return problems;
      }
      CheckAttributes(node, bounds, problems);
      descend = static_cast<bool>(node.first_child());
    }
    if (descend) {
      node = node.first_child();
      ++depth;
      continue;
    }
    // Up until there is a next sibling, never above the root.
    while (node != root && !node.next_sibling()) {
      node = node.parent();
      --depth;
    }
    if (node == root) break;
    node = node.next_sibling();
  }
  return problems;
}

}  // namespace sdgen
