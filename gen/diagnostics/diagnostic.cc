#include "diagnostics/diagnostic.h"

#include <algorithm>
#include <tuple>

namespace sdgen {

const char* SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kNote: return "note";
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
  }
  return "error";
}

void DiagnosticList::Report(Diagnostic diagnostic) {
  if (diagnostic.severity == Severity::kError) ++error_count_;
  if (diagnostic.severity == Severity::kWarning) ++warning_count_;
  diagnostics_.push_back(std::move(diagnostic));
}

void DiagnosticList::Error(SourceLocation where, std::string rule, std::string message,
                           std::string suggestion) {
  Report({Severity::kError, where, std::move(rule), std::move(message), std::move(suggestion), {}});
}

void DiagnosticList::Warning(SourceLocation where, std::string rule, std::string message,
                             std::string suggestion) {
  Report(
      {Severity::kWarning, where, std::move(rule), std::move(message), std::move(suggestion), {}});
}

void DiagnosticList::SortByLocation() {
  std::stable_sort(diagnostics_.begin(), diagnostics_.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     const std::string empty;
                     const std::string& pa = a.where.file ? a.where.file->path() : empty;
                     const std::string& pb = b.where.file ? b.where.file->path() : empty;
                     return std::tie(pa, a.where.offset) < std::tie(pb, b.where.offset);
                   });
}

}  // namespace sdgen
