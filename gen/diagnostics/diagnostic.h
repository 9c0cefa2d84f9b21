#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "diagnostics/source_file.h"

namespace sdgen {

enum class Severity { kNote, kWarning, kError };

/// "error", "warning" or "note", as printed in diagnostics.
const char* SeverityName(Severity severity);

/// A place in a source file. A null file means "no particular place" (e.g. a
/// command-line problem).
struct SourceLocation {
  const SourceFile* file = nullptr;
  size_t offset = 0;
};

/// A second place that explains a diagnostic ("first defined here").
struct RelatedLocation {
  SourceLocation where;
  std::string message;
};

/// One finding, kept as data: stages report these and only the CLI renders them.
struct Diagnostic {
  Severity severity = Severity::kError;
  SourceLocation where;
  std::string rule;        ///< stable id such as "SD001", "PL004" or "RD006"
  std::string message;     ///< lowercase, no trailing period
  std::string suggestion;  ///< a fix-it in words, or empty
  std::vector<RelatedLocation> related;
};

/// Collects the diagnostics of a run. Stages take one by reference and never print.
class DiagnosticList {
 public:
  void Report(Diagnostic diagnostic);
  void Error(SourceLocation where, std::string rule, std::string message,
             std::string suggestion = {});
  void Warning(SourceLocation where, std::string rule, std::string message,
               std::string suggestion = {});

  const std::vector<Diagnostic>& all() const { return diagnostics_; }
  bool HasErrors() const { return error_count_ > 0; }
  size_t error_count() const { return error_count_; }
  size_t warning_count() const { return warning_count_; }
  /// Orders by file, then offset, so output does not depend on which check ran first.
  void SortByLocation();

 private:
  std::vector<Diagnostic> diagnostics_;
  size_t error_count_ = 0;
  size_t warning_count_ = 0;
};

}  // namespace sdgen
