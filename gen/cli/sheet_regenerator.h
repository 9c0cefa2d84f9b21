#pragma once

// `sdgen verify` makes the decision sheet again from the record, as `sdgen
// build` would (the same checks, inputs, templates, style and writers), in
// memory: nothing is written.

#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "checks/working_days.h"
#include "cli/council_folders.h"
#include "cli/document_writers.h"
#include "cli/plain_language_setup.h"
#include "diagnostics/diagnostic.h"
#include "template/document_builder.h"

namespace sdgen::cli {

/// A sign-off document (one that carries the record's verification code),
/// made again in every format.
struct RegeneratedSheet {
  std::string name;  ///< the document's name, "decision-sheet"
  bool draft = false;
  std::vector<RenderedFile> files;  ///< .pdf, .docx, .flat.xml, .txt
};

/// What a record makes: its verification code and its sign-off documents.
struct Regeneration {
  std::string verification_code;
  std::vector<RegeneratedSheet> sheets;
};

class SheetRegenerator {
 public:
  /// Loads the templates and style of `folders` once; ready() says whether
  /// they compiled. Diagnostics point into files the regenerator owns, so
  /// print them while it lives.
  SheetRegenerator(const CouncilFolders& folders, DiagnosticList& diagnostics);

  bool ready() const { return builder_->ready(); }

  /// The sign-off documents of the record at `record_path`; nullopt when the
  /// record cannot be read or a writer fails (said in `diagnostics`).
  std::optional<Regeneration> Regenerate(const std::string& record_path,
                                         DiagnosticList& diagnostics);

 private:
  std::deque<SourceFile> files_;
  std::unique_ptr<DocumentBuilder> builder_;
  WorkingCalendar calendar_;
  PlainLanguageSetup language_;
  bool language_ready_ = false;
  DocumentWriters writers_;
};

}  // namespace sdgen::cli
