#include "xsd_declarations.h"

// Only the parts of XML Schema that docs/record-format.xsd uses are read; any
// other construct that changes what an element holds stops the test with a
// message rather than being silently misread.

#include <algorithm>
#include <sstream>
#include <stdexcept>

namespace sdgen::test {
namespace {

// The schema writes XML Schema's own names with this prefix; Load checks it.
const std::string kXs = "xs:";

bool Is(pugi::xml_node node, const char* name) { return node.name() == kXs + name; }

bool IsBuiltIn(const std::string& type) { return type.rfind(kXs, 0) == 0; }

int Add(int a, int b) {
  if (a == XsdOccurs::kUnbounded || b == XsdOccurs::kUnbounded) return XsdOccurs::kUnbounded;
  return a + b;
}

int Multiply(int a, int b) {
  if (a == 0 || b == 0) return 0;
  if (a == XsdOccurs::kUnbounded || b == XsdOccurs::kUnbounded) return XsdOccurs::kUnbounded;
  return a * b;
}

XsdOccurs OccursOf(pugi::xml_node particle) {
  XsdOccurs occurs;
  occurs.min = particle.attribute("minOccurs").as_int(1);
  std::string max = particle.attribute("maxOccurs").as_string("1");
  occurs.max = max == "unbounded" ? XsdOccurs::kUnbounded : std::stoi(max);
  return occurs;
}

bool IsParticle(pugi::xml_node node) {
  return Is(node, "element") || Is(node, "sequence") || Is(node, "choice") || Is(node, "all") ||
         Is(node, "group") || Is(node, "any");
}

pugi::xml_node FirstParticle(pugi::xml_node holder) {
  for (pugi::xml_node child : holder.children())
    if (IsParticle(child)) return child;
  return {};
}

[[noreturn]] void Unsupported(pugi::xml_node node) {
  throw std::runtime_error("xsd_declarations does not read <" + std::string(node.name()) +
                           "> (at byte " + std::to_string(node.offset_debug()) +
                           "); teach it before using it in the schema");
}

}  // namespace

bool XsdValueType::DerivesFrom(const std::string& type) const {
  return std::find(derivation.begin(), derivation.end(), type) != derivation.end();
}

bool XsdDeclarations::Load(const std::string& path, std::string& error) {
  pugi::xml_parse_result result = document_.load_file(path.c_str());
  if (!result) {
    error = path + ": " + result.description();
    return false;
  }
  if (!Is(document_.document_element(), "schema")) {
    error = path + ": the root is not <" + kXs + "schema>";
    return false;
  }
  return true;
}

pugi::xml_node XsdDeclarations::Named(const char* kind, const std::string& name) const {
  // The range keeps a pointer to the name, so the name must outlive the loop.
  const std::string tag = kXs + kind;
  for (pugi::xml_node node : document_.document_element().children(tag.c_str())) {
    if (name == node.attribute("name").value()) return node;
  }
  return {};
}

// A misspelt type or group name would otherwise read as "declares nothing".
pugi::xml_node XsdDeclarations::Resolve(const char* kind, const std::string& name) const {
  pugi::xml_node node = Named(kind, name);
  if (!node) throw std::runtime_error("the schema has no " + kXs + kind + " named '" + name + "'");
  return node;
}

std::vector<std::string> XsdDeclarations::TopLevelElementNames() const {
  std::vector<std::string> names;
  const std::string tag = kXs + "element";
  for (pugi::xml_node node : document_.document_element().children(tag.c_str()))
    names.push_back(node.attribute("name").value());
  return names;
}

pugi::xml_node XsdDeclarations::TopLevelElement(const std::string& name) const {
  return Named("element", name);
}

XsdElement XsdDeclarations::Describe(pugi::xml_node declaration) const {
  if (pugi::xml_attribute ref = declaration.attribute("ref"))
    declaration = Resolve("element", ref.value());
  XsdElement element;
  std::string type = declaration.attribute("type").value();
  pugi::xml_node complex = declaration.child((kXs + "complexType").c_str());
  if (!type.empty() && !IsBuiltIn(type) && !Named("simpleType", type))
    complex = Resolve("complexType", type);
  if (complex) {
    DescribeComplexType(complex, element);
  } else {
    element.content = XsdElement::Content::kSimple;
    if (!type.empty()) DescribeNamedType(type, element.text_type, true);
  }
  return element;
}

void XsdDeclarations::DescribeComplexType(pugi::xml_node type, XsdElement& element) const {
  if (pugi::xml_node complex_content = type.child((kXs + "complexContent").c_str()))
    Unsupported(complex_content);
  if (type.attribute("mixed").as_bool()) Unsupported(type);
  if (pugi::xml_node simple = type.child((kXs + "simpleContent").c_str())) {
    pugi::xml_node derivation = simple.first_child();
    while (derivation && !Is(derivation, "extension") && !Is(derivation, "restriction"))
      derivation = derivation.next_sibling();
    std::string base = derivation.attribute("base").value();
    if (!IsBuiltIn(base) && !Named("simpleType", base))
      DescribeComplexType(Resolve("complexType", base), element);
    else
      DescribeNamedType(base, element.text_type, true);
    CollectAttributes(derivation, element);
    element.content = XsdElement::Content::kSimple;
    return;
  }
  if (pugi::xml_node particle = FirstParticle(type)) {
    element.content = XsdElement::Content::kElements;
    element.children = CountParticle(particle, element);
  }
  CollectAttributes(type, element);
}

void XsdDeclarations::CollectAttributes(pugi::xml_node holder, XsdElement& element) const {
  for (pugi::xml_node node : holder.children()) {
    if (Is(node, "attribute")) {
      std::string name = node.attribute("name").value();
      if (name.empty()) name = node.attribute("ref").value();
      element.attributes[name] = DescribeAttribute(node);
    } else if (Is(node, "attributeGroup")) {
      CollectAttributes(Resolve("attributeGroup", node.attribute("ref").value()), element);
    } else if (Is(node, "anyAttribute")) {
      std::istringstream namespaces(node.attribute("namespace").as_string("##any"));
      for (std::string uri; namespaces >> uri;) element.any_attribute_namespaces.push_back(uri);
    }
  }
}

XsdAttribute XsdDeclarations::DescribeAttribute(pugi::xml_node node) const {
  XsdAttribute attribute;
  attribute.required = std::string(node.attribute("use").value()) == "required";
  if (pugi::xml_attribute fixed = node.attribute("fixed")) attribute.fixed = fixed.value();
  std::string type = node.attribute("type").value();
  if (!type.empty()) DescribeNamedType(type, attribute.type, true);
  if (pugi::xml_node inline_type = node.child((kXs + "simpleType").c_str()))
    DescribeSimpleType(inline_type, attribute.type, true);
  return attribute;
}

void XsdDeclarations::DescribeNamedType(const std::string& name, XsdValueType& value,
                                        bool facets) const {
  if (IsBuiltIn(name))
    value.derivation.push_back(name);
  else
    DescribeSimpleType(Resolve("simpleType", name), value, facets);
}

// Follows restrictions towards their base, taking the words of the first
// that lists any and the first range met (the narrowest); a list's item type adds its own
// derivation but no facets, which constrain each item rather than the value.
void XsdDeclarations::DescribeSimpleType(pugi::xml_node type, XsdValueType& value,
                                         bool facets) const {
  if (pugi::xml_attribute name = type.attribute("name")) value.derivation.push_back(name.value());
  if (pugi::xml_node list = type.child((kXs + "list").c_str())) {
    value.derivation.push_back(kXs + "list");
    std::string item = list.attribute("itemType").value();
    if (item.empty()) Unsupported(list);
    DescribeNamedType(item, value, false);
    return;
  }
  if (type.child((kXs + "union").c_str())) {
    value.derivation.push_back(kXs + "union");
    return;
  }
  pugi::xml_node restriction = type.child((kXs + "restriction").c_str());
  if (!restriction) Unsupported(type);
  bool had_words = !value.enumeration.empty();
  for (pugi::xml_node facet : restriction.children()) {
    if (!facets) break;
    std::string word = facet.attribute("value").value();
    if (Is(facet, "enumeration") && !had_words) value.enumeration.push_back(word);
    if (Is(facet, "minInclusive") && !value.min_inclusive) value.min_inclusive = word;
    if (Is(facet, "maxInclusive") && !value.max_inclusive) value.max_inclusive = word;
  }
  std::string base = restriction.attribute("base").value();
  if (base.empty()) Unsupported(restriction);
  DescribeNamedType(base, value, facets);
}

XsdDeclarations::Counts XsdDeclarations::CountParticle(pugi::xml_node particle,
                                                       XsdElement& element) const {
  XsdOccurs occurs = OccursOf(particle);
  Counts counts;
  if (Is(particle, "element")) {
    std::string name = particle.attribute("name").value();
    if (name.empty()) name = particle.attribute("ref").value();
    element.child_declarations.emplace(name, particle);
    counts[name] = occurs;
    return counts;
  }
  if (Is(particle, "group")) {
    pugi::xml_node group = Resolve("group", particle.attribute("ref").value());
    counts = CountParticle(FirstParticle(group), element);
  } else if (Is(particle, "sequence") || Is(particle, "all")) {
    for (pugi::xml_node child : particle.children()) {
      if (!IsParticle(child)) continue;
      for (const auto& [name, inner] : CountParticle(child, element)) {
        XsdOccurs& sum = counts[name];
        sum.min = Add(sum.min, inner.min);
        sum.max = Add(sum.max, inner.max);
      }
    }
  } else if (Is(particle, "choice")) {
    // A name missing from a branch occurs zero times when that branch is taken.
    std::vector<Counts> branches;
    for (pugi::xml_node child : particle.children())
      if (IsParticle(child)) branches.push_back(CountParticle(child, element));
    for (const Counts& branch : branches)
      for (const auto& entry : branch) counts[entry.first] = {XsdOccurs::kUnbounded, 0};
    for (auto& [name, total] : counts) {
      for (const Counts& branch : branches) {
        auto found = branch.find(name);
        XsdOccurs inner = found == branch.end() ? XsdOccurs{} : found->second;
        total.min = std::min(total.min, inner.min);
        total.max = std::max(total.max, inner.max);
      }
    }
  } else {
    Unsupported(particle);
  }
  for (auto& [name, inner] : counts) {
    inner.min = Multiply(inner.min, occurs.min);
    inner.max = Multiply(inner.max, occurs.max);
  }
  return counts;
}

}  // namespace sdgen::test
