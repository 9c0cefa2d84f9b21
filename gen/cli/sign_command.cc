#include "cli/sign_command.h"

#include <filesystem>

#include "cli/atomic_file.h"
#include "cli/chair_key.h"
#include "cli/command_options.h"
#include "cli/input_file.h"
#include "pdf/pdf_signature.h"
#include "pdf/signature_check.h"

namespace sdgen::cli {

const char* const kSignUsage =
    "usage: sdgen sign SHEET.pdf --key CHAIR.p12 [-o SIGNED.pdf]\n"
    "\n"
    "Adds the chair's digital signature to a signed-off decision sheet, as an\n"
    "incremental update after its last byte: the sheet's own bytes stay as they\n"
    "are. Any PDF reader can check the signature (PAdES, /ETSI.CAdES.detached);\n"
    "`sdgen verify RECORD.xml SIGNED.pdf` reports it. The signature fills the\n"
    "field sdgen put on the sheet's sign-off block, which then shows who signed\n"
    "and when; the time is the sheet's own, taken from the record's signature,\n"
    "never the clock.\n"
    "\n"
    "The passphrase of CHAIR.p12 comes from SDGEN_SIGN_PASSPHRASE or is asked\n"
    "for on the terminal; it is never an argument. SIGNED.pdf defaults to\n"
    "SHEET-signed.pdf and is never overwritten. A DRAFT, a sheet already signed\n"
    "and a PDF sdgen did not make are refused. See docs/signing.md.\n"
    "\n"
    "Exit status: 0 signed, 1 refused or not signed, 2 a bad argument or an\n"
    "unreadable file.\n";

namespace {

constexpr size_t kMaxSheetBytes = 64 * 1024 * 1024;

std::string DefaultSignedPath(const std::string& sheet) {
  std::filesystem::path path(sheet);
  std::string stem = path.extension() == ".pdf" ? path.stem().string() : path.filename().string();
  return (path.parent_path() / (stem + "-signed.pdf")).string();
}

}  // namespace

int RunSignCommand(CommandContext& context) {
  CommandOptions options;
  std::string error;
  if (!options.Parse("sign", {{"--key", "CHAIR.p12"}, {"-o", "SIGNED.pdf"}}, context.args, error) ||
      options.operands().size() != 1 || !options.Has("--key")) {
    context.err << (error.empty() ? "sdgen sign: give one sheet and --key" : error) << "\n"
                << "usage: sdgen sign SHEET.pdf --key CHAIR.p12 [-o SIGNED.pdf]\n";
    return kExitUnreadable;
  }
  const std::string& sheet_path = options.operands()[0];
  std::string signed_path = options.Last("-o", DefaultSignedPath(sheet_path));
  std::string sheet;
  if (ReadInputFile(sheet_path, kMaxSheetBytes, &sheet, &error) != InputFileStatus::kRead) {
    context.err << "sdgen sign: " << sheet_path << ": " << error << "\n";
    return kExitUnreadable;
  }
  std::error_code exists_error;
  if (std::filesystem::exists(signed_path, exists_error)) {
    context.err << "sdgen sign: " << signed_path
                << " exists; a signed sheet is never overwritten: give another -o\n";
    return kExitErrors;
  }
  std::optional<pdf::CmsSigner> signer = OpenChairKey(options.Last("--key"), &error);
  if (!signer) {
    context.err << "sdgen sign: " << error << "\n";
    return kExitUnreadable;
  }
  std::string signed_sheet;
  if (!pdf::SignPdf(sheet, *signer, &signed_sheet, &error)) {
    context.err << "sdgen sign: " << sheet_path << ": " << error << "\n";
    return kExitErrors;
  }
  if (!WriteFileAtomically(signed_path, signed_sheet, &error)) {
    context.err << "sdgen sign: " << error << "\n";
    return kExitErrors;
  }
  pdf::SignatureCheck check = pdf::CheckPdfSignature(signed_sheet, nullptr);
  context.out << signed_path << ": signed by " << check.signer << " at " << check.time << "\n";
  return kExitOk;
}

}  // namespace sdgen::cli
