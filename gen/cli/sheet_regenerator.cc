#include "cli/sheet_regenerator.h"

#include "checks/practice_rule.h"
#include "cli/calendar_setup.h"
#include "cli/input_file.h"
#include "cli/record_render_inputs.h"
#include "record/record_reader.h"

namespace sdgen::cli {

SheetRegenerator::SheetRegenerator(const CouncilFolders& folders, DiagnosticList& diagnostics)
    : builder_(DocumentBuilder::Create(folders.templates, folders.style, diagnostics)),
      calendar_(LoadWorkingCalendar(folders, files_, diagnostics)) {
  std::string error;
  // As in the build: without its dictionary a sheet is made with no glossary.
  DiagnosticList ignored;
  language_ready_ = language_.Load(folders, {}, files_, ignored, &error);
}

std::optional<Regeneration> SheetRegenerator::Regenerate(const std::string& record_path,
                                                         DiagnosticList& diagnostics) {
  std::string text, error;
  InputFileStatus status = ReadInputFile(record_path, kMaxRecordBytes, &text, &error);
  const SourceFile& file = files_.emplace_back(record_path, std::move(text));
  if (status != InputFileStatus::kRead) {
    diagnostics.Error({&file, 0}, status == InputFileStatus::kTooLarge ? "RD011" : "RD000", error);
    return std::nullopt;
  }
  // The record's own findings decide DRAFT, as in the build; verify reports
  // none of them (`sdgen check` does).
  DiagnosticList record_diagnostics;
  RecordReader reader(record_diagnostics);
  std::optional<Record> record = reader.Read(file);
  if (!record) {
    for (const Diagnostic& diagnostic : record_diagnostics.all())
      if (diagnostic.severity == Severity::kError) diagnostics.Report(diagnostic);
    return std::nullopt;
  }
  RunPracticeRules(*record, calendar_, record_diagnostics);
  RenderInputs inputs =
      RecordRenderInputs(*record, record_diagnostics.HasErrors(), builder_->style().deadlines,
                         calendar_, language_ready_ ? &language_ : nullptr);
  Regeneration regeneration;
  regeneration.verification_code = inputs.verification_code;
  DiagnosticList render_diagnostics;  // the build's warnings, not verify's concern
  for (RenderedDocument& rendered : builder_->RenderAll(*record, inputs, render_diagnostics)) {
    if (rendered.document.metadata.verification_code.empty()) continue;
    RegeneratedSheet& sheet = regeneration.sheets.emplace_back();
    sheet.name = rendered.name;
    sheet.draft = rendered.document.draft;
    DiagnosticList writer_warnings;
    if (!writers_.Render(rendered.document, &sheet.files, writer_warnings, &error)) {
      diagnostics.Error({&file, record->where.offset}, "OUT001",
                        "cannot make " + rendered.name + " again: " + error);
      return std::nullopt;
    }
  }
  return regeneration;
}

}  // namespace sdgen::cli
