#pragma once

#include "cli/command.h"
#include "cli/finding_cap.h"
#include "diagnostics/diagnostic.h"

namespace sdgen::cli {

/// Prints diagnostics in the chosen format: text to the error stream with a
/// closing count, JSON and SARIF to the output stream for other programs.
void PrintDiagnostics(DiagnosticList& diagnostics, CommandContext& context);

/// Prints findings a chunk at a time as they are found, so a long input's
/// findings are not all held until the end: text is written at once and only
/// the counts are kept. JSON and SARIF are one document each, so their
/// findings are kept and printed by Finish.
class DiagnosticStream {
 public:
  explicit DiagnosticStream(CommandContext& context) : context_(context) {}

  /// Prints (or, for JSON and SARIF, keeps) `chunk` in location order, and empties it.
  void Print(DiagnosticList& chunk);
  /// The closing count, or the JSON or SARIF document.
  void Finish();
  bool HasErrors() const { return errors_ > 0 || kept_.HasErrors(); }
  /// Whether findings are kept until Finish (and so the files they point into).
  bool Keeps() const { return context_.diagnostic_format != DiagnosticFormat::kText; }

 private:
  CommandContext& context_;
  FindingCap cap_;  ///< text: at most so many findings of one file are printed
  DiagnosticList kept_;
  size_t errors_ = 0;
  size_t warnings_ = 0;
  bool printed_ = false;
};

}  // namespace sdgen::cli
