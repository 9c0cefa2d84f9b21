// docs/record-format.xsd against the record schema table: every element of the
// table is declared under its parent with exactly the table's attributes and
// children, each as required, as often and with the words the table says. The
// table follows what the reader does, so where they disagree the XSD is mended.

#include <algorithm>
#include <catch2/catch.hpp>

#include "record/record_schema.h"
#include "test_paths.h"
#include "xsd_declarations.h"

using namespace sdgen;
using namespace sdgen::test;

namespace {

const char* const kXmlNamespace = "http://www.w3.org/XML/1998/namespace";

bool IsRequired(Need need) { return need == Need::kRequired || need == Need::kComplete; }

const char* NeedName(Need need) {
  switch (need) {
    case Need::kOptional:
      return "Need::kOptional";
    case Need::kRequired:
      return "Need::kRequired";
    case Need::kComplete:
      return "Need::kComplete";
    case Need::kWarn:
      return "Need::kWarn";
    case Need::kConditional:
      return "Need::kConditional";
  }
  return "?";
}

std::string Count(int count) {
  return count == XsdOccurs::kUnbounded ? "unbounded" : std::to_string(count);
}

std::string Occurrences(int min, int max) {
  return "minOccurs=\"" + Count(min) + "\" maxOccurs=\"" + Count(max) + "\"";
}

std::string WordList(std::vector<std::string> words) {
  std::sort(words.begin(), words.end());
  std::string list;
  for (const std::string& word : words) list += (list.empty() ? "" : ", ") + word;
  return "{" + list + "}";
}

std::string ContentInWords(XsdElement::Content content) {
  switch (content) {
    case XsdElement::Content::kEmpty:
      return "empty";
    case XsdElement::Content::kSimple:
      return "text (simple content)";
    case XsdElement::Content::kElements:
      return "elements";
  }
  return "?";
}

XsdElement::Content ExpectedContent(FieldKind kind) {
  if (kind == FieldKind::kContainer) return XsdElement::Content::kElements;
  if (kind == FieldKind::kEmpty) return XsdElement::Content::kEmpty;
  return XsdElement::Content::kSimple;
}

// Namespace declarations are not attributes to XML Schema: no XSD declares one.
bool IsNamespaceDeclaration(const std::string& name) {
  return name == "xmlns" || name.rfind("xmlns:", 0) == 0;
}

bool InXmlNamespace(const std::string& name) { return name.rfind("xml:", 0) == 0; }

class XsdComparison {
 public:
  explicit XsdComparison(const XsdDeclarations& xsd) : xsd_(xsd) {}

  void CompareElement(const SchemaElement& element, pugi::xml_node declaration);
  const std::vector<std::string>& problems() const { return problems_; }

 private:
  void CompareAttributes(const SchemaElement& element, const XsdElement& declared);
  void CompareAttribute(const std::string& where, const SchemaAttribute& attribute,
                        const XsdAttribute& declared);
  void CompareChildren(const SchemaElement& element, const XsdElement& declared);
  bool AllowsXmlNamespace(const XsdElement& declared) const;
  void Problem(const std::string& where, const std::string& what) {
    problems_.push_back(where + ": " + what);
  }

  const XsdDeclarations& xsd_;
  std::vector<std::string> problems_;
};

void XsdComparison::CompareElement(const SchemaElement& element, pugi::xml_node declaration) {
  XsdElement declared = xsd_.Describe(declaration);
  XsdElement::Content expected = ExpectedContent(element.kind);
  if (declared.content != expected)
    Problem(element.Path(), "the table says it holds " + ContentInWords(expected) +
                                ", the XSD declares it " + ContentInWords(declared.content));
  CompareAttributes(element, declared);
  CompareChildren(element, declared);
}

bool XsdComparison::AllowsXmlNamespace(const XsdElement& declared) const {
  for (const std::string& uri : declared.any_attribute_namespaces)
    if (uri == kXmlNamespace || uri == "##any" || uri == "##other") return true;
  return false;
}

void XsdComparison::CompareAttributes(const SchemaElement& element, const XsdElement& declared) {
  std::vector<const SchemaAttribute*> attributes = element.attributes;
  for (const SchemaAttribute* common : RecordSchema::Get().common_attributes())
    attributes.push_back(common);
  for (const SchemaAttribute* attribute : attributes) {
    std::string where = element.Path() + "/@" + attribute->name;
    if (IsNamespaceDeclaration(attribute->name)) continue;
    auto found = declared.attributes.find(attribute->name);
    if (found != declared.attributes.end()) {
      CompareAttribute(where, *attribute, found->second);
    } else if (InXmlNamespace(attribute->name) && AllowsXmlNamespace(declared)) {
      continue;
    } else {
      Problem(where, "in the table, but the XSD does not declare it on <" + element.name + ">");
    }
  }
  std::vector<std::string> names = element.AttributeNames();
  for (const auto& [name, unused] : declared.attributes)
    if (std::find(names.begin(), names.end(), name) == names.end())
      Problem(element.Path() + "/@" + name,
              "declared in the XSD, but not in the table (the reader warns it is unknown)");
}

void XsdComparison::CompareAttribute(const std::string& where, const SchemaAttribute& attribute,
                                     const XsdAttribute& declared) {
  if (declared.required != IsRequired(attribute.need))
    Problem(where, std::string("the table says ") + NeedName(attribute.need) + ", so use=\"" +
                       (IsRequired(attribute.need) ? "required" : "optional") +
                       "\"; the XSD has use=\"" + (declared.required ? "required" : "optional") +
                       "\"");
  bool has_words = attribute.kind == FieldKind::kEnum || attribute.kind == FieldKind::kYesNo;
  std::vector<std::string> words = has_words ? attribute.words : std::vector<std::string>{};
  if (WordList(words) != WordList(declared.enumeration))
    Problem(where, "the table's words are " + WordList(words) + ", the XSD's enumeration is " +
                       WordList(declared.enumeration));
  if (attribute.kind == FieldKind::kFixed && declared.fixed != attribute.words.at(0))
    Problem(where, "the table fixes it to '" + attribute.words.at(0) + "', the XSD has fixed=\"" +
                       declared.fixed.value_or("") + "\"");
  if (attribute.kind == FieldKind::kInteger &&
      (declared.min_inclusive != std::to_string(attribute.min) ||
       declared.max_inclusive != std::to_string(attribute.max)))
    Problem(where, "the table's range is " + std::to_string(attribute.min) + " to " +
                       std::to_string(attribute.max) + ", the XSD's is " +
                       declared.min_inclusive.value_or("(none)") + " to " +
                       declared.max_inclusive.value_or("(none)"));
}

void XsdComparison::CompareChildren(const SchemaElement& element, const XsdElement& declared) {
  for (const SchemaElement* child : element.children) {
    std::string where = child->Path();
    auto found = declared.children.find(child->name);
    if (found == declared.children.end()) {
      Problem(where, "in the table, but the XSD does not declare it inside <" + element.name + ">");
      continue;
    }
    int min = IsRequired(child->need) ? std::max(1, child->min_count) : 0;
    int max = child->repeats ? XsdOccurs::kUnbounded : 1;
    if (found->second.min != min || found->second.max != max)
      Problem(where,
              std::string("the table says ") + NeedName(child->need) +
                  (child->repeats ? ", repeats" : ", at most once") +
                  (child->min_count ? ", min_count " + std::to_string(child->min_count) : "") +
                  ", so " + Occurrences(min, max) + "; the XSD allows " +
                  Occurrences(found->second.min, found->second.max));
    CompareElement(*child, declared.child_declarations.at(child->name));
  }
  std::vector<std::string> names = element.ChildNames();
  for (const auto& [name, unused] : declared.children)
    if (std::find(names.begin(), names.end(), name) == names.end())
      Problem(element.Path() + "/" + name,
              "declared in the XSD, but not in the table (the reader warns it is unknown)");
}

}  // namespace

TEST_CASE("docs/record-format.xsd declares exactly what the record schema table lists") {
  const RecordSchema& schema = RecordSchema::Get();
  XsdDeclarations xsd;
  std::string error;
  bool loaded = xsd.Load(SourcePath("docs/record-format.xsd"), error);
  INFO(error);
  REQUIRE(loaded);
  REQUIRE(xsd.TopLevelElementNames() == std::vector<std::string>{schema.root.name});
  XsdComparison comparison(xsd);
  comparison.CompareElement(schema.root, xsd.TopLevelElement(schema.root.name));
  std::string problems;
  for (const std::string& problem : comparison.problems()) problems += "\n  " + problem;
  if (!problems.empty())
    FAIL_CHECK(
        "docs/record-format.xsd and the record schema table disagree; the table "
        "(gen/record/record_schema.cc) follows what the reader does, so mend the XSD, "
        "or the table if the reader has changed:"
        << problems);
}
