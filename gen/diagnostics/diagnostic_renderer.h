#pragma once

#include <functional>
#include <string>

#include "diagnostics/diagnostic.h"

namespace sdgen {

/// How `sdgen` prints diagnostics (`--diagnostics text|json|sarif`).
enum class DiagnosticFormat { kText, kJson, kSarif };

/// Compiler-style text: `file:line:col: severity: message [RULE]`, then the
/// source line with a caret, the suggestion and any related places.
std::string RenderText(const DiagnosticList& diagnostics);

/// A JSON array of objects with file, line, column, severity, rule, message,
/// suggestion and related places: for case-management systems.
std::string RenderJson(const DiagnosticList& diagnostics);

/// What a SARIF log says about one rule: a one-line description and the
/// address of its documentation (empty when unknown).
struct RuleHelp {
  std::string short_description;
  std::string help_uri;
};

/// Looks up the help of a rule id; the diagnostics stage knows no rules itself.
using RuleDescriber = std::function<RuleHelp(const std::string& rule)>;

/// A SARIF 2.1.0 log with one run of the tool `sdgen`, for code hosts. Columns
/// and character offsets count Unicode code points (`columnKind`).
std::string RenderSarif(const DiagnosticList& diagnostics, const std::string& tool_version,
                        const RuleDescriber& describe = {});

}  // namespace sdgen
