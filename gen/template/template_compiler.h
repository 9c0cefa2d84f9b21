#pragma once

// Compiles a folder of templates (through a FileOverlay: the council's folder
// first, then the defaults): labels.xml, every document template at the top
// level, and the partials they include, each parsed once.

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "style/file_overlay.h"
#include "style/style.h"
#include "template/compiled_template.h"
#include "template/labels.h"
#include "template/type_checker.h"

namespace sdgen {

/// Every compiled document of a build and the labels they print.
struct TemplateSet {
  Labels labels;
  std::vector<CompiledTemplate> templates;  ///< sorted by document name
};

/// Parses and checks templates; every error of every file is reported.
class TemplateCompiler : private PartialSource {
 public:
  TemplateCompiler(FileOverlay& files, const Style& style, DiagnosticList& diagnostics)
      : files_(files), style_(style), diagnostics_(diagnostics) {}

  /// Compiles labels.xml and every `*.xml` document template; null when any has errors.
  std::unique_ptr<TemplateSet> CompileAll();
  /// Compiles one template file against `labels` (for tests and tools).
  std::optional<CompiledTemplate> Compile(const SourceFile& file, const Labels& labels);
  /// Loads labels.xml from the overlay; nullopt after reporting why not.
  std::optional<Labels> LoadLabels();

 private:
  const TemplateAst* FindPartial(const std::string& name, SourceLocation where) override;
  /// Reports (TP021) each document made by more than one of `sorted` (by document name).
  void ReportSameDocument(const std::vector<CompiledTemplate>& sorted);

  FileOverlay& files_;
  const Style& style_;
  DiagnosticList& diagnostics_;
  std::map<std::string, std::optional<TemplateAst>> partials_;  // parsed once, even if broken
};

}  // namespace sdgen
