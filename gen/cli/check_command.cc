#include "cli/check_command.h"

#include <deque>

#include "checks/practice_rule.h"
#include "cli/diagnostic_output.h"
#include "cli/input_file.h"
#include "record/record_reader.h"

namespace sdgen::cli {

int RunCheckCommand(CommandContext& context) {
  if (context.args.empty()) {
    context.err << "sdgen check: no record given\nusage: sdgen check RECORD.xml...\n";
    return kExitUnreadable;
  }
  std::deque<SourceFile> files;  // diagnostics point into these until printed
  DiagnosticList diagnostics;
  bool unreadable = false;
  for (const std::string& path : context.args) {
    std::string text, error;
    InputFileStatus status = ReadInputFile(path, kMaxRecordBytes, &text, &error);
    const SourceFile& file = files.emplace_back(path, std::move(text));
    if (status != InputFileStatus::kRead) {
      diagnostics.Error({&file, 0}, status == InputFileStatus::kTooLarge ? "RD011" : "RD000",
                        error);
      unreadable = true;
      continue;
    }
    RecordReader reader(diagnostics);
    std::optional<Record> record = reader.Read(file);
    unreadable = unreadable || reader.unreadable();
    if (record) RunPracticeRules(*record, diagnostics);
  }
  PrintDiagnostics(diagnostics, context);
  if (unreadable) return kExitUnreadable;
  return diagnostics.HasErrors() ? kExitErrors : kExitOk;
}

}  // namespace sdgen::cli
