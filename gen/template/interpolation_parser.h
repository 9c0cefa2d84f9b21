#pragma once

// Splits template text into literal text and `{{ … }}` interpolations, and
// parses an expression: `path | formatter argument … otherwise "text"`.
// Braces are the only special characters, so a stray `{{` or `}}` is an error
// rather than something printed by accident.

#include <string_view>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "template/template_ast.h"

namespace sdgen {

/// Maps byte positions in decoded XML text back to the template file, so
/// errors inside text that holds `&amp;` or line ends still point right.
class TextOffsets {
 public:
  TextOffsets(const SourceFile& file, size_t raw_start, std::string_view decoded);
  /// The file offset of byte `index` of the decoded text.
  size_t At(size_t index) const;

 private:
  std::vector<size_t> offsets_;
};

/// Parses text content into kText and kInterpolation nodes; reports syntax errors.
std::vector<Node> ParseInlineText(std::string_view text, const TextOffsets& offsets,
                                  const SourceFile& file, DiagnosticList& diagnostics);

/// Parses one expression written in an attribute (no braces); false on error.
bool ParseExpression(std::string_view text, const TextOffsets& offsets, const SourceFile& file,
                     DiagnosticList& diagnostics, Expression& out);

}  // namespace sdgen
