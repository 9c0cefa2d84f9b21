#pragma once

// The syntax tree of one template or partial file, as written: elements with
// their attributes and children, literal text, and `{{ … }}` interpolations.
// Offsets are bytes into the template's SourceFile. The parser checks only
// syntax; the type checker gives the tree its meaning.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diagnostics/source_file.h"

namespace sdgen {

/// `| name argument` inside an interpolation.
struct FormatterCall {
  std::string name;
  std::string argument;  ///< empty when none was written
  size_t offset = 0;
};

/// What sits between `{{` and `}}`, or in an `each`/`has`/`test`/`of` attribute.
struct Expression {
  size_t offset = 0;
  std::optional<std::string> literal;  ///< `{{ "{{" }}` prints a string as written
  std::vector<std::string> path;       ///< `a.owner.name` as {"a", "owner", "name"}
  std::vector<FormatterCall> formatters;
  std::optional<std::string> otherwise;  ///< the text printed when the value is missing or hidden
  size_t otherwise_offset = 0;

  /// The path as written, joined with dots.
  std::string PathText() const;
};

/// Every element a template may use, plus text and interpolation.
enum class NodeKind {
  kTemplate,
  kPartial,
  kText,
  kInterpolation,
  kHeading,
  kParagraph,
  kBold,
  kItalic,
  kLineBreak,
  kList,
  kItem,
  kTable,
  kHeader,
  kRow,
  kCell,
  kKeyValues,
  kEntry,
  kCallout,
  kPicture,
  kDrawing,
  kSignature,
  kPageBreak,
  kGlossary,
  kIf,
  kElse,
  kFor,
  kInclude
};

/// An attribute's value and where the value starts.
struct Attribute {
  std::string value;
  size_t offset = 0;
};

/// One element, text run or interpolation.
struct Node {
  NodeKind kind = NodeKind::kText;
  size_t offset = 0;
  std::string element;    ///< the element name as written
  std::string text;       ///< kText: the literal text
  Expression expression;  ///< kInterpolation; and if/for/signature attributes once parsed
  std::vector<std::pair<std::string, Attribute>> attributes;
  std::vector<Node> children;

  /// The attribute called `name`, or null.
  const Attribute* Find(std::string_view name) const;
};

/// A parsed template or partial file.
struct TemplateAst {
  const SourceFile* file = nullptr;
  Node root;
};

}  // namespace sdgen
