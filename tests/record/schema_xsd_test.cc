// docs/record-format.xsd against the record schema table: every element of the
// table is declared under its parent with exactly the table's attributes and
// children (the attributes every element may carry, `to` among them, included),
// each as required, as often, of the kind and with the words the table says.
// A kind is checked by the XSD type a value is declared with: a date-time with
// the offset type, a language tag with the language tag type, an id list as a
// list of IDREFs, the format number with its words. The table follows what the
// reader does, so where they disagree the XSD is mended.

#include <algorithm>
#include <catch2/catch.hpp>
#include <optional>

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

const char* KindName(FieldKind kind) {
  switch (kind) {
    case FieldKind::kContainer:
      return "FieldKind::kContainer";
    case FieldKind::kEmpty:
      return "FieldKind::kEmpty";
    case FieldKind::kText:
      return "FieldKind::kText";
    case FieldKind::kDateTime:
      return "FieldKind::kDateTime";
    case FieldKind::kDate:
      return "FieldKind::kDate";
    case FieldKind::kRecordId:
      return "FieldKind::kRecordId";
    case FieldKind::kId:
      return "FieldKind::kId";
    case FieldKind::kIdRef:
      return "FieldKind::kIdRef";
    case FieldKind::kIdList:
      return "FieldKind::kIdList";
    case FieldKind::kEnum:
      return "FieldKind::kEnum";
    case FieldKind::kYesNo:
      return "FieldKind::kYesNo";
    case FieldKind::kInteger:
      return "FieldKind::kInteger";
    case FieldKind::kTokens:
      return "FieldKind::kTokens";
    case FieldKind::kLanguage:
      return "FieldKind::kLanguage";
    case FieldKind::kFixed:
      return "FieldKind::kFixed";
  }
  return "?";
}

// "a < b": a is derived from b.
std::string Derivation(const XsdValueType& type) {
  if (type.derivation.empty()) return "(none)";
  std::string chain;
  for (const std::string& name : type.derivation) chain += (chain.empty() ? "" : " < ") + name;
  return chain;
}

// The simple types of docs/record-format.xsd that stand for one kind of value.
const char* const kKindTypes[] = {"dateTimeOffsetType", "plainDateType", "recordIdType",
                                  "languageTagType",    "yesNoType",     "xs:ID",
                                  "xs:IDREF",           "xs:list",       "xs:integer"};

// What the XSD type of a value of `kind` must be derived from, as words for
// a message, or "" when `declared` is such a type. Each kind has its own type
// in the XSD, so that a date-time cannot be declared as text, one id as a list
// of ids, or a language tag as any word.
std::string ExpectedType(FieldKind kind, const XsdValueType& declared, bool fixed) {
  auto from = [&](const char* type) { return declared.DerivesFrom(type); };
  auto one = [&](const char* type) -> std::string {
    return from(type) && !from("xs:list") ? "" : std::string("must be derived from ") + type;
  };
  switch (kind) {
    case FieldKind::kContainer:
    case FieldKind::kEmpty:
      return "";
    case FieldKind::kDateTime:
      return one("dateTimeOffsetType");
    case FieldKind::kDate:
      return one("plainDateType");
    case FieldKind::kRecordId:
      return one("recordIdType");
    case FieldKind::kLanguage:
      return one("languageTagType");
    case FieldKind::kYesNo:
      return one("yesNoType");
    case FieldKind::kInteger:
      return one("xs:integer");
    case FieldKind::kId:
      return one("xs:ID");
    case FieldKind::kIdRef:
      return one("xs:IDREF");
    case FieldKind::kIdList:
      return from("xs:list") && from("xs:IDREF") ? "" : "must be an xs:list of xs:IDREF";
    case FieldKind::kTokens:
      return from("xs:list") && !from("xs:IDREF") ? "" : "must be an xs:list of words, not ids";
    case FieldKind::kEnum:
    case FieldKind::kFixed:
      if (fixed && kind == FieldKind::kFixed) return "";
      return !from("xs:list") && !declared.enumeration.empty() ? "" : "must list its words";
    case FieldKind::kText:
      break;
  }
  for (const char* type : kKindTypes)
    if (from(type)) return "must be text (xs:string or xs:token), not " + std::string(type);
  bool text = from("xs:string") || from("xs:normalizedString") || from("xs:token");
  return text ? "" : "must be text (xs:string or xs:token)";
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
  void CompareValue(const std::string& where, FieldKind kind, const std::vector<std::string>& words,
                    int min, int max, const XsdValueType& declared,
                    const std::optional<std::string>& fixed);
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
  if (expected == XsdElement::Content::kSimple && declared.content == expected) {
    // An element's text has the words of its kind: yes or no.
    std::vector<std::string> words;
    if (element.kind == FieldKind::kYesNo) words = {"yes", "no"};
    CompareValue(element.Path() + " (its text)", element.kind, words, 0, 0, declared.text_type,
                 std::nullopt);
  }
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
  bool has_words = attribute.kind == FieldKind::kEnum || attribute.kind == FieldKind::kYesNo ||
                   attribute.kind == FieldKind::kFixed;
  CompareValue(where, attribute.kind, has_words ? attribute.words : std::vector<std::string>{},
               attribute.min, attribute.max, declared.type, declared.fixed);
}

// The table's words are all the XSD may accept: its enumeration, or a fixed
// value when the table allows one word only.
void XsdComparison::CompareValue(const std::string& where, FieldKind kind,
                                 const std::vector<std::string>& words, int min, int max,
                                 const XsdValueType& declared,
                                 const std::optional<std::string>& fixed) {
  std::vector<std::string> allowed = declared.enumeration;
  if (fixed && allowed.empty()) allowed = {*fixed};
  if (WordList(words) != WordList(allowed))
    Problem(where, "the table's words are " + WordList(words) + ", the XSD accepts " +
                       (fixed ? "the fixed value " : "the enumeration ") + WordList(allowed));
  if (kind == FieldKind::kInteger &&
      (declared.min_inclusive != std::to_string(min) ||
       declared.max_inclusive != std::to_string(max)))
    Problem(where, "the table's range is " + std::to_string(min) + " to " + std::to_string(max) +
                       ", the XSD's is " + declared.min_inclusive.value_or("(none)") + " to " +
                       declared.max_inclusive.value_or("(none)"));
  std::string expected = ExpectedType(kind, declared, fixed.has_value());
  if (!expected.empty())
    Problem(where, std::string("the table says it is ") + KindName(kind) + ", so its XSD type " +
                       expected + "; the XSD's type is " + Derivation(declared));
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
