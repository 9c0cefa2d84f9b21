#pragma once

// The type checker: gives a parsed template its meaning and compiles it.
// It resolves every field path against the field schema, checks formatters
// and loops against types, checks that each element sits where it may, and
// enforces the audience: a value the audience may not be allowed to see is
// typed like an optional, so printing it needs `otherwise` or an `<if has>`.
// All errors of a template are reported in one run.

#include <optional>
#include <string>

#include "diagnostics/diagnostic.h"
#include "style/style.h"
#include "template/compiled_template.h"
#include "template/labels.h"
#include "template/template_ast.h"

namespace sdgen {

/// Where `<include template="…">` finds partials (parsed once, kept by the owner).
class PartialSource {
 public:
  virtual ~PartialSource() = default;
  /// The parsed partial called `name` (e.g. "partials/contacts"), or null after
  /// reporting why it could not be had.
  virtual const TemplateAst* FindPartial(const std::string& name, SourceLocation where) = 0;
};

/// Checks templates against the record schema, labels and style.
class TypeChecker {
 public:
  TypeChecker(const Labels& labels, const Style& style, PartialSource& partials,
              DiagnosticList& diagnostics)
      : labels_(labels), style_(style), partials_(partials), diagnostics_(diagnostics) {}

  /// The compiled template, or nullopt when the template has errors.
  std::optional<CompiledTemplate> Check(const TemplateAst& ast);

 private:
  const Labels& labels_;
  const Style& style_;
  PartialSource& partials_;
  DiagnosticList& diagnostics_;
};

}  // namespace sdgen
