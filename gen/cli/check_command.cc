#include "cli/check_command.h"

#include <deque>

#include "checks/practice_rule.h"
#include "cli/calendar_setup.h"
#include "cli/command_options.h"
#include "cli/council_folders.h"
#include "cli/diagnostic_output.h"
#include "cli/input_file.h"
#include "cli/plain_language_setup.h"
#include "language/record_language_check.h"
#include "record/record_reader.h"
#include "style/style_loader.h"

namespace sdgen::cli {

constexpr const char* kUsage =
    "usage: sdgen check [--style DIR] [--plain-language] RECORD.xml...\n";

int RunCheckCommand(CommandContext& context) {
  CommandOptions options;
  std::string error;
  if (!options.Parse("check", {{"--style", "DIR"}, {"--plain-language", nullptr}}, context.args,
                     error)) {
    context.err << error << "\n" << kUsage;
    return kExitUnreadable;
  }
  CouncilFolders folders;
  if (!ReadCouncilFolders("check", options, context.data, folders, error)) {
    context.err << error << "\n";
    return kExitUnreadable;
  }
  bool plain_language = options.Has("--plain-language");
  if (options.operands().empty()) {
    context.err << "sdgen check: no record given\n" << kUsage;
    return kExitUnreadable;
  }
  std::deque<SourceFile> files;  // diagnostics point into these until printed
  DiagnosticList diagnostics;
  // The style's settings (its reading age, its days off) hold for checks as for builds.
  FileOverlay style_files(folders.style);
  std::optional<Style> style = LoadStyle(style_files, diagnostics);
  if (!style) {
    PrintDiagnostics(diagnostics, context);
    return kExitErrors;
  }
  PlainLanguageSetup language;
  if (plain_language && !language.Load(folders, {}, files, diagnostics, &error)) {
    if (!error.empty()) context.err << "sdgen check: " << error << "\n";
    PrintDiagnostics(diagnostics, context);
    return kExitUnreadable;
  }
  WorkingCalendar calendar = LoadWorkingCalendar(folders, files, diagnostics);
  // Family-shared record text is read in the family's letters.
  double reading_age = ReadingAgeFor(*style, "family-letter", false);
  bool unreadable = false;
  for (const std::string& path : options.operands()) {
    std::string text;
    InputFileStatus status = ReadInput(path, context.in, kMaxRecordBytes, &text, &error);
    const SourceFile& file = files.emplace_back(InputName(path), std::move(text));
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
    std::unique_ptr<PlainLanguageChecker> checker =
        language.MakeChecker(RecordAcceptList(*record), reading_age, diagnostics, &error);
    if (checker) CheckRecordLanguage(*record, *checker, diagnostics);
  }
  PrintDiagnostics(diagnostics, context);
  if (unreadable) return kExitUnreadable;
  return diagnostics.HasErrors() ? kExitErrors : kExitOk;
}

}  // namespace sdgen::cli
