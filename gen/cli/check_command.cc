#include "cli/check_command.h"

#include <algorithm>
#include <deque>

#include "checks/practice_rule.h"
#include "cli/calendar_setup.h"
#include "cli/diagnostic_output.h"
#include "cli/input_file.h"
#include "cli/plain_language_setup.h"
#include "language/record_language_check.h"
#include "record/record_reader.h"

namespace sdgen::cli {

int RunCheckCommand(CommandContext& context) {
  bool plain_language = false;
  auto flag = std::find(context.args.begin(), context.args.end(), "--plain-language");
  if (flag != context.args.end()) {
    plain_language = true;
    context.args.erase(flag);
  }
  if (context.args.empty()) {
    context.err << "sdgen check: no record given\nusage: sdgen check RECORD.xml...\n";
    return kExitUnreadable;
  }
  std::deque<SourceFile> files;  // diagnostics point into these until printed
  DiagnosticList diagnostics;
  PlainLanguageSetup language;
  std::string error;
  if (plain_language && !language.Load("", {}, files, diagnostics, &error)) {
    if (!error.empty()) context.err << "sdgen check: " << error << "\n";
    PrintDiagnostics(diagnostics, context);
    return kExitUnreadable;
  }
  WorkingCalendar calendar = LoadWorkingCalendar({}, files, diagnostics);
  bool unreadable = false;
  for (const std::string& path : context.args) {
    std::string text;
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
    if (!record) continue;
    RunPracticeRules(*record, calendar, diagnostics);
    if (!plain_language) continue;
    std::unique_ptr<PlainLanguageChecker> checker = language.MakeChecker(
        RecordAcceptList(*record), kFamilyLetterReadingAge, diagnostics, &error);
    if (checker) CheckRecordLanguage(*record, *checker, diagnostics);
  }
  PrintDiagnostics(diagnostics, context);
  if (unreadable) return kExitUnreadable;
  return diagnostics.HasErrors() ? kExitErrors : kExitOk;
}

}  // namespace sdgen::cli
