#include "cli/finding_cap.h"

#include <string>

namespace sdgen::cli {

DiagnosticList FindingCap::Apply(const DiagnosticList& chunk) {
  DiagnosticList kept;
  std::map<const SourceFile*, size_t> left_out;
  for (const Diagnostic& diagnostic : chunk.all()) {
    const SourceFile* file = diagnostic.where.file;
    if (file != nullptr && ++shown_[file] > kMaxFindingsPerFile) {
      ++left_out[file];
      continue;
    }
    kept.Report(diagnostic);
  }
  for (const auto& [file, count] : left_out) {
    kept.Report({Severity::kNote,
                 {file, 0},
                 "OUT011",
                 std::to_string(count) + " more finding" + (count == 1 ? "" : "s") +
                     " in this file left out: sdgen prints at most " +
                     std::to_string(kMaxFindingsPerFile) + " for one file",
                 "fix the first ones and check again",
                 {}});
  }
  return kept;
}

}  // namespace sdgen::cli
