#pragma once

// Reads a template or partial file (XML) into a TemplateAst. It checks what
// can be checked without the record: element and attribute names, required
// attributes, and the syntax of every `{{ … }}`. Every error is reported, not
// just the first.

#include <optional>

#include "diagnostics/diagnostic.h"
#include "template/template_ast.h"

namespace sdgen {

/// Parses template files, reporting syntax errors as TP001-TP004.
class TemplateParser {
 public:
  explicit TemplateParser(DiagnosticList& diagnostics) : diagnostics_(diagnostics) {}

  /// The tree of `file`; nullopt only when the XML is not well formed.
  std::optional<TemplateAst> Parse(const SourceFile& file);

 private:
  DiagnosticList& diagnostics_;
};

}  // namespace sdgen
