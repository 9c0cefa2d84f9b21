#include "template/template_ast.h"

namespace sdgen {

std::string Expression::PathText() const {
  std::string text;
  for (const std::string& part : path) text += (text.empty() ? "" : ".") + part;
  return text;
}

const Attribute* Node::Find(std::string_view name) const {
  for (const auto& [key, attribute] : attributes) {
    if (key == name) return &attribute;
  }
  return nullptr;
}

}  // namespace sdgen
