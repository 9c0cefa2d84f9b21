#pragma once

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

/// A SARIF 2.1.0 log with one run of the tool `sdgen`, for code hosts.
std::string RenderSarif(const DiagnosticList& diagnostics, const std::string& tool_version);

}  // namespace sdgen
