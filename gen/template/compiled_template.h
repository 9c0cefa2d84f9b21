#pragma once

// The compiled form of a template: the tree with every field path resolved to
// schema fields, every formatter to its id, every picture to its file, and
// partials inlined. Rendering walks it for each record without reparsing.

#include <optional>
#include <string>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "document/document.h"
#include "template/audience.h"
#include "template/field_schema.h"
#include "template/formatters.h"

namespace sdgen {

/// A resolved field path: a loop variable (or the top level) and the fields after it.
struct CompiledPath {
  int slot = -1;  ///< loop-variable slot, or -1 for a top-level field
  std::vector<const FieldSchema*> fields;
};

struct CompiledFormatter {
  FormatterId id;
  std::string argument;
  const EnumSchema* enum_type = nullptr;  ///< kLabel: the enum (null for yes/no)
};

/// A checked expression and its static type.
struct CompiledExpression {
  std::optional<std::string> literal;
  CompiledPath path;
  std::vector<CompiledFormatter> formatters;
  std::optional<std::string> otherwise;
  SourceLocation otherwise_where;  ///< the first word of `otherwise`'s text
  TypeRef type;
  SourceLocation where;
};

/// What a compiled node does.
enum class OpKind {
  kText,
  kValue,
  kBold,
  kLineBreak,
  kItalic,
  kHeading,
  kParagraph,
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
  kFor
};

/// How a `<picture>` is chosen: always the same, by the words of a text
/// (the style's picture rules), or the scale picture marked at a number.
enum class PictureChoice { kFixed, kByWords, kMark };

/// How an `<if>` decides.
enum class Condition { kHas, kTest, kIs };

struct CompiledNode {
  OpKind kind = OpKind::kText;
  std::string text;  ///< literal text, entry key, callout title, picture alt, signature label
  /// Where `text` is written (a partial's file for a partial's words), so the
  /// plain-language check reads the words a document prints where they are written.
  /// No file when `text` is not the template's own (a picture's alt from the style).
  SourceLocation where;
  CompiledExpression expression;
  Condition condition = Condition::kHas;
  std::vector<std::string> is_words;  ///< kIf with `is`
  int slot = -1;                      ///< kFor: the loop variable's slot
  int level = 1;                      ///< kHeading
  bool numbered = false;              ///< kList
  doc::ParagraphRole role = doc::ParagraphRole::kBody;
  doc::CalloutKind callout = doc::CalloutKind::kNote;
  std::vector<double> widths;  ///< kTable
  std::string picture_path;    ///< kPicture
  std::string picture_name;    ///< kPicture: the style's name (the choice when none fits)
  PictureChoice picture_choice = PictureChoice::kFixed;  ///< kPicture
  bool decorative = false;     ///< kPicture: says nothing a reader needs; no description
  double width_pt = 0;         ///< kPicture, kDrawing
  std::vector<CompiledNode> children;
  std::vector<CompiledNode> else_children;  ///< kIf
};

/// Makes one document for each record, or one for each parent or child.
enum class OncePer { kRecord, kParent, kChild, kAgency };

/// A template ready to render any number of records.
struct CompiledTemplate {
  std::string document;  ///< output name, e.g. "family-letter"
  SourceLocation document_where;  ///< the `document` attribute
  std::string title;
  SourceLocation title_where;
  std::string subject;
  std::string look = "standard";
  Audience audience;
  OncePer once_per = OncePer::kRecord;
  int once_per_slot = -1;
  bool created_when_signed = false;  ///< metadata `created` is the chair's signature time
  bool draft_unless_signed = false;  ///< an unsigned record makes a draft
  int slot_count = 0;
  std::vector<CompiledNode> body;
};

}  // namespace sdgen
