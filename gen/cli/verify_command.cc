// `sdgen verify RECORD SHEET`: makes the record's decision sheet again, in
// memory, exactly as `sdgen build` would, and compares it with the file
// (cli/sheet_comparison.h). The verification code inside the file is read
// only to say why a sheet does not match; it never makes one match.

#include "cli/verify_command.h"

#include <deque>

#include "cli/command_options.h"
#include "cli/council_folders.h"
#include "cli/diagnostic_output.h"
#include "cli/input_file.h"
#include "cli/sheet_comparison.h"
#include "cli/sheet_regenerator.h"
#include "cli/signature_report.h"
#include "cli/verification_code_reader.h"
#include "record/record_reader.h"

namespace sdgen::cli {
namespace {

constexpr size_t kMaxSheetBytes = 64 * 1024 * 1024;
constexpr const char* kUsage =
    "usage: sdgen verify [--trust CA.pem] [--templates DIR] [--style DIR] RECORD.xml SHEET\n"
    "       SHEET: the decision sheet as .pdf, .docx or .flat.xml\n";

std::string Short(const std::string& code) { return code.substr(0, 16); }

// Why a sheet that does not match differs, from the code it carries.
std::string WhyNotMatching(const std::string& sheet, const std::string& record_code) {
  std::string found = FindVerificationCode(sheet);
  if (found.empty())
    return "it carries no verification code: it is not a decision sheet sdgen made";
  if (found != record_code)
    return "the sheet's verification code is " + Short(found) + "…, the record's is " +
           Short(record_code) + "…: the record has changed since the sheet was made";
  return "it carries the record's verification code, but not the sheet the record makes: it was "
         "changed after it was made, or made with other templates, another style or another "
         "version of sdgen";
}

// The sheet among `made` that `sheet` is, or the first to say how it differs from.
std::pair<const RegeneratedSheet*, SheetComparison> Compare(
    const std::string& sheet, SheetFormat format, const std::vector<RegeneratedSheet>& made) {
  std::pair<const RegeneratedSheet*, SheetComparison> first{nullptr, {}};
  for (const RegeneratedSheet& candidate : made) {
    SheetComparison comparison = CompareSheet(sheet, format, candidate.files);
    if (comparison.matches) return {&candidate, comparison};
    if (!first.first) first = {&candidate, comparison};
  }
  return first;
}

}  // namespace

int RunVerifyCommand(CommandContext& context) {
  CommandOptions options;
  std::string error;
  if (!options.Parse("verify", {{"--trust", "CA.pem"}, {"--templates", "DIR"}, {"--style", "DIR"}},
                     context.args, error) ||
      options.operands().size() != 2) {
    if (!error.empty()) context.err << error << "\n";
    context.err << kUsage;
    return kExitUnreadable;
  }
  const std::string& record_path = options.operands()[0];
  const std::string& sheet_path = options.operands()[1];
  std::optional<SheetFormat> format = SheetFormatOf(sheet_path);
  if (!format) {
    context.err << "sdgen verify: " << sheet_path
                << ": a decision sheet is a .pdf, .docx or .flat.xml file\n";
    return kExitUnreadable;
  }
  std::string trust_path = options.Last("--trust"), trusted;
  if (!trust_path.empty() &&
      ReadInputFile(trust_path, kMaxRecordBytes, &trusted, &error) != InputFileStatus::kRead) {
    context.err << "sdgen verify: " << trust_path << ": " << error << "\n";
    return kExitUnreadable;
  }
  CouncilFolders folders;
  if (!ReadCouncilFolders("verify", options, context.data, folders, error)) {
    context.err << error << "\n";
    return kExitUnreadable;
  }
  std::string sheet;
  if (ReadInputFile(sheet_path, kMaxSheetBytes, &sheet, &error) != InputFileStatus::kRead) {
    context.err << "sdgen verify: " << sheet_path << ": " << error << "\n";
    return kExitUnreadable;
  }
  DiagnosticList diagnostics;
  SheetRegenerator regenerator(folders, diagnostics);
  std::optional<Regeneration> made;
  if (regenerator.ready()) made = regenerator.Regenerate(record_path, diagnostics);
  if (!made) {
    PrintDiagnostics(diagnostics, context);
    return kExitUnreadable;
  }
  auto report_signature = [&]() {
    return *format != SheetFormat::kPdf ||
           ReportDigitalSignature(sheet_path, sheet, trust_path.empty() ? nullptr : &trusted,
                                  trust_path, context.out);
  };
  if (made->sheets.empty()) {
    context.out << sheet_path << " does NOT match " << record_path
                << ": the templates make no decision sheet for it\n";
    return kExitErrors;
  }
  auto [which, comparison] = Compare(sheet, *format, made->sheets);
  if (!comparison.matches) {
    context.out << sheet_path << " does NOT match " << record_path << ": " << comparison.difference
                << "; " << WhyNotMatching(sheet, made->verification_code) << "\n";
    report_signature();
    return kExitErrors;
  }
  context.out << sheet_path << " matches " << record_path << ": it is the " << which->name
              << " the record makes (verification code " << made->verification_code << ")\n";
  if (which->draft)
    context.out << "  but it is a DRAFT: the record is not signed off or has errors, and a DRAFT "
                   "vouches for nothing\n";
  for (const std::string& phrase : comparison.unchecked)
    context.out << "  not checked: " << phrase << "\n";
  if (*format != SheetFormat::kPdf)
    context.out << "  not checked: a digital signature, which only the PDF carries\n";
  bool signature_holds = report_signature();
  return signature_holds && !which->draft ? kExitOk : kExitErrors;
}

}  // namespace sdgen::cli
