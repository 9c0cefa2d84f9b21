#include "template/template_parser.h"

#include <algorithm>
#include <cctype>
#include <pugixml.hpp>

#include "diagnostics/attribute_offset.h"
#include "diagnostics/closest_name.h"
#include "record/record_schema.h"
#include "record/xml_shape.h"
#include "template/interpolation_parser.h"
#include "template/template_limits.h"

namespace sdgen {
namespace {

struct ElementSpec {
  const char* name;
  NodeKind kind;
  std::vector<std::string> attributes;
  std::vector<std::string> required;
};

const std::vector<ElementSpec>& ElementSpecs() {
  static const std::vector<ElementSpec> specs = {
      {"template",
       NodeKind::kTemplate,
       {"document", "audience", "agencies", "once-per", "title", "subject", "look", "created",
        "draft-unless-signed"},
       {"document", "audience", "title"}},
      {"partial", NodeKind::kPartial, {}, {}},
      {"heading", NodeKind::kHeading, {"level"}, {}},
      {"p", NodeKind::kParagraph, {"kind"}, {}},
      {"b", NodeKind::kBold, {}, {}},
      {"i", NodeKind::kItalic, {}, {}},
      {"br", NodeKind::kLineBreak, {}, {}},
      {"list", NodeKind::kList, {"numbered"}, {}},
      {"item", NodeKind::kItem, {}, {}},
      {"table", NodeKind::kTable, {"widths"}, {}},
      {"header", NodeKind::kHeader, {}, {}},
      {"row", NodeKind::kRow, {}, {}},
      {"cell", NodeKind::kCell, {}, {}},
      {"keyvalues", NodeKind::kKeyValues, {}, {}},
      {"entry", NodeKind::kEntry, {"key"}, {"key"}},
      {"callout", NodeKind::kCallout, {"kind", "title"}, {}},
      {"picture",
       NodeKind::kPicture,
       {"name", "alt", "width", "choose", "mark", "decorative"},
       {"name"}},
      // Named after the record's element, whose drawing it places.
      {RecordSchema::Get().drawing.name.c_str(), NodeKind::kDrawing, {"of", "width"}, {"of"}},
      {"signature", NodeKind::kSignature, {"label", "of"}, {"label", "of"}},
      {"page-break", NodeKind::kPageBreak, {}, {}},
      {"glossary", NodeKind::kGlossary, {"title"}, {}},
      {"if", NodeKind::kIf, {"has", "test", "is"}, {}},
      {"else", NodeKind::kElse, {}, {}},
      {"for", NodeKind::kFor, {"each"}, {"each"}},
      {"include", NodeKind::kInclude, {"template"}, {"template"}},
  };
  return specs;
}

std::vector<std::string> Names(const std::vector<ElementSpec>& specs) {
  std::vector<std::string> names;
  for (const ElementSpec& spec : specs) names.push_back(spec.name);
  return names;
}

const ElementSpec* FindSpec(std::string_view name) {
  for (const ElementSpec& spec : ElementSpecs()) {
    if (name == spec.name) return &spec;
  }
  return nullptr;
}

std::string Lowercase(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// Bounds first, as building the tree recurses; false when a bound is passed.
// An attribute written twice is an error, but the tree can still be built.
bool CheckShape(const SourceFile& file, const pugi::xml_node& root, DiagnosticList& diagnostics) {
  bool bounded = true;
  for (const XmlShapeProblem& problem :
       CheckXmlShape(root, {kMaxTemplateDepth, kMaxTemplateAttributes})) {
    size_t offset = static_cast<size_t>(problem.element.offset_debug());
    std::string name = problem.element.name();
    switch (problem.kind) {
      case XmlShapeProblem::Kind::kTooDeep:
        bounded = false;
        diagnostics.Error({&file, offset}, "TP017",
                          "`<" + name + ">` is nested " + std::to_string(problem.count) +
                              " elements deep; templates nest at most " +
                              std::to_string(kMaxTemplateDepth));
        break;
      case XmlShapeProblem::Kind::kTooManyAttributes:
        bounded = false;
        diagnostics.Error({&file, offset}, "TP017",
                          "`<" + name + ">` has " + std::to_string(problem.count) +
                              " attributes; an element of a template has at most " +
                              std::to_string(kMaxTemplateAttributes));
        break;
      case XmlShapeProblem::Kind::kDuplicateAttribute:
        diagnostics.Error({&file, AttributeValueOffset(file.text(), offset,
                                                       problem.attribute.c_str(), problem.count)},
                          "TP003", "`<" + name + ">` has `" + problem.attribute + "` twice",
                          "keep the one you mean and delete the other");
        break;
    }
  }
  return bounded;
}

// Walks the pugixml tree, building nodes and reporting what is misspelt.
class TreeBuilder {
 public:
  TreeBuilder(const SourceFile& file, DiagnosticList& diagnostics)
      : file_(file), diagnostics_(diagnostics) {}

  Node Build(const pugi::xml_node& element) {
    Node node;
    node.element = element.name();
    node.offset = static_cast<size_t>(element.offset_debug());
    const ElementSpec* spec = FindSpec(node.element);
    if (!spec) {
      diagnostics_.Error(Here(node.offset), "TP002", "unknown element `<" + node.element + ">`",
                         DidYouMean(node.element, Names(ElementSpecs())));
      node.kind = NodeKind::kPartial;  // keep its children so their errors are found too
    } else {
      node.kind = spec->kind;
      ReadAttributes(element, *spec, node);
    }
    ParseExpressions(node);
    for (const pugi::xml_node& child : element.children()) AddChild(child, node);
    return node;
  }

 private:
  void AddChild(const pugi::xml_node& child, Node& parent) {
    if (child.type() == pugi::node_element) {
      parent.children.push_back(Build(child));
    } else if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      std::string_view text = child.value();
      TextOffsets offsets(file_, static_cast<size_t>(child.offset_debug()), text);
      for (Node& node : ParseInlineText(text, offsets, file_, diagnostics_)) {
        parent.children.push_back(std::move(node));
      }
    }
  }

  void ReadAttributes(const pugi::xml_node& element, const ElementSpec& spec, Node& node) {
    for (const pugi::xml_attribute& attribute : element.attributes()) {
      std::string name = attribute.name();
      size_t offset = AttributeValueOffset(file_.text(), node.offset, name);
      if (std::find(spec.attributes.begin(), spec.attributes.end(), name) ==
          spec.attributes.end()) {
        std::string hint = DidYouMean(name, spec.attributes);
        if (hint.empty() && !spec.attributes.empty())
          hint = "allowed here: " + Join(spec.attributes);
        diagnostics_.Error(Here(offset), "TP003",
                           "`<" + node.element + ">` has no attribute `" + name + "`", hint);
        continue;
      }
      node.attributes.push_back({name, Attribute{attribute.value(), offset}});
    }
    for (const std::string& required : spec.required) {
      if (!node.Find(required)) {
        diagnostics_.Error(Here(node.offset), "TP003",
                           "`<" + node.element + ">` needs a `" + required + "` attribute");
      }
    }
  }

  // `each`, `has`, `test`, `of`, `choose` and `mark` hold expressions; parse
  // them here so that the checker sees one tree.
  void ParseExpressions(Node& node) {
    if (node.kind == NodeKind::kFor) return ParseEach(node);
    for (const char* name : {"has", "test", "of", "choose", "mark"}) {
      const Attribute* attribute = node.Find(name);
      if (!attribute) continue;
      TextOffsets offsets(file_, attribute->offset, attribute->value);
      ParseExpression(attribute->value, offsets, file_, diagnostics_, node.expression);
    }
  }

  void ParseEach(Node& node) {
    const Attribute* each = node.Find("each");
    if (!each) return;
    const std::string& text = each->value;
    size_t in = text.find(" in ");
    size_t name_end = text.find_first_of(" ", text.find_first_not_of(' '));
    if (in == std::string::npos || name_end != in) {
      diagnostics_.Error(Here(each->offset), "TP004",
                         "`each` should read `name in list`, not `" + text + "`",
                         "for example each=\"h in mapping.harms\"");
      return;
    }
    node.text = text.substr(text.find_first_not_of(' '), in - text.find_first_not_of(' '));
    TextOffsets offsets(file_, each->offset + in + 4, text.substr(in + 4));
    ParseExpression(text.substr(in + 4), offsets, file_, diagnostics_, node.expression);
  }

  static std::string Join(const std::vector<std::string>& names) {
    std::string joined;
    for (const std::string& name : names) joined += (joined.empty() ? "" : ", ") + name;
    return joined;
  }

  SourceLocation Here(size_t offset) const { return {&file_, offset}; }

  const SourceFile& file_;
  DiagnosticList& diagnostics_;
};

}  // namespace

std::optional<TemplateAst> TemplateParser::Parse(const SourceFile& file) {
  pugi::xml_document document;
  pugi::xml_parse_result result =
      document.load_buffer(file.text().data(), file.text().size(),
                           pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
  if (!result) {
    diagnostics_.Error({&file, static_cast<size_t>(result.offset)}, "TP001",
                       "the template is not well-formed xml: " + Lowercase(result.description()));
    return std::nullopt;
  }
  pugi::xml_node root = document.document_element();
  std::string name = root.name();
  if (name != "template" && name != "partial") {
    diagnostics_.Error(
        {&file, static_cast<size_t>(root.offset_debug())}, "TP002",
        "a template file starts with `<template>` or `<partial>`, not `<" + name + ">`");
    return std::nullopt;
  }
  if (!CheckShape(file, root, diagnostics_)) return std::nullopt;
  TemplateAst ast;
  ast.file = &file;
  ast.root = TreeBuilder(file, diagnostics_).Build(root);
  return ast;
}

}  // namespace sdgen
