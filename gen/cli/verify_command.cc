#include "cli/verify_command.h"

#include <deque>

#include "cli/command_options.h"
#include "cli/diagnostic_output.h"
#include "cli/input_file.h"
#include "cli/signature_report.h"
#include "cli/verification_code_reader.h"
#include "record/canonical_form.h"
#include "record/record_reader.h"

namespace sdgen::cli {
namespace {

constexpr size_t kMaxSheetBytes = 64 * 1024 * 1024;

std::string Short(const std::string& code) { return code.substr(0, 16); }

}  // namespace

int RunVerifyCommand(CommandContext& context) {
  CommandOptions options;
  std::string error;
  if (!options.Parse("verify", {{"--trust", "CA.pem"}}, context.args, error) ||
      options.operands().size() != 2) {
    if (!error.empty()) context.err << error << "\n";
    context.err << "usage: sdgen verify [--trust CA.pem] RECORD.xml SHEET.pdf\n";
    return kExitUnreadable;
  }
  const std::string& record_path = options.operands()[0];
  const std::string& sheet_path = options.operands()[1];
  std::string trust_path = options.Last("--trust"), trusted;
  if (!trust_path.empty() &&
      ReadInputFile(trust_path, kMaxRecordBytes, &trusted, &error) != InputFileStatus::kRead) {
    context.err << "sdgen verify: " << trust_path << ": " << error << "\n";
    return kExitUnreadable;
  }
  std::deque<SourceFile> files;
  DiagnosticList diagnostics;
  std::string text;
  InputFileStatus status = ReadInputFile(record_path, kMaxRecordBytes, &text, &error);
  const SourceFile& file = files.emplace_back(record_path, std::move(text));
  if (status != InputFileStatus::kRead) diagnostics.Error({&file, 0}, "RD000", error);
  RecordReader reader(diagnostics);
  std::optional<Record> record =
      status == InputFileStatus::kRead ? reader.Read(file) : std::nullopt;
  std::string sheet;
  if (!record || ReadInputFile(sheet_path, kMaxSheetBytes, &sheet, &error) !=
                     InputFileStatus::kRead) {
    if (record) context.err << "sdgen verify: " << sheet_path << ": " << error << "\n";
    PrintDiagnostics(diagnostics, context);
    return kExitUnreadable;
  }
  std::string expected = RecordFingerprint(*record);
  std::string found = FindVerificationCode(sheet);
  if (found.empty()) {
    context.err << sheet_path
                << ": no verification code found; only a decision sheet made by sdgen carries "
                   "one\n";
    return kExitErrors;
  }
  auto report_signature = [&]() {
    return ReportDigitalSignature(sheet_path, sheet, trust_path.empty() ? nullptr : &trusted,
                                  trust_path, context.out);
  };
  if (found != expected) {
    context.out << sheet_path << " does NOT match " << record_path << ": the sheet's code is "
                << Short(found) << "…, the record's is " << Short(expected)
                << "…; the record has changed since the sheet was made\n";
    report_signature();
    return kExitErrors;
  }
  context.out << sheet_path << " matches " << record_path << " (verification code " << expected
              << ")\n";
  return report_signature() ? kExitOk : kExitErrors;
}

}  // namespace sdgen::cli
