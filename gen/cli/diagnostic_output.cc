#include "cli/diagnostic_output.h"

#include "cli/code_explanations.h"
#include "cli/finding_cap.h"
#include "version.h"

namespace sdgen::cli {
namespace {

// SARIF's rule help: the explanation's title and its place in docs/codes.md,
// relative to the project root (README, "Codes").
RuleHelp DescribeRule(const std::string& rule) {
  const CodeExplanation* explanation = FindCodeExplanation(rule);
  if (!explanation) return {};
  return {explanation->title, CodeHelpPath(rule)};
}

std::string Count(size_t n, const char* noun) {
  return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

}  // namespace

void PrintDiagnostics(DiagnosticList& diagnostics, CommandContext& context) {
  diagnostics.SortByLocation();
  DiagnosticList shown = FindingCap().Apply(diagnostics);
  switch (context.diagnostic_format) {
    case DiagnosticFormat::kJson: context.out << RenderJson(shown); return;
    case DiagnosticFormat::kSarif:
      context.out << RenderSarif(shown, kVersion, DescribeRule);
      return;
    case DiagnosticFormat::kText: break;
  }
  context.err << RenderText(shown);
  if (!diagnostics.all().empty())
    context.err << Count(diagnostics.error_count(), "error") << " and "
                << Count(diagnostics.warning_count(), "warning") << "\n";
}

void DiagnosticStream::Print(DiagnosticList& chunk) {
  chunk.SortByLocation();
  if (context_.diagnostic_format != DiagnosticFormat::kText) {
    for (const Diagnostic& diagnostic : chunk.all()) kept_.Report(diagnostic);
  } else {
    context_.err << RenderText(cap_.Apply(chunk));
    errors_ += chunk.error_count();
    warnings_ += chunk.warning_count();
    printed_ |= !chunk.all().empty();
  }
  chunk = DiagnosticList();
}

void DiagnosticStream::Finish() {
  if (context_.diagnostic_format != DiagnosticFormat::kText) {
    PrintDiagnostics(kept_, context_);
    return;
  }
  if (printed_) context_.err << Count(errors_, "error") << " and " << Count(warnings_, "warning") << "\n";
}

}  // namespace sdgen::cli
