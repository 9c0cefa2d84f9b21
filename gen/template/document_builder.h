#pragma once

// The template stage as one object: the style and the templates are loaded
// and compiled once, then any number of records are rendered with them.
// `sdgen build`, `sdgen templates check` and the tests all go through here.

#include <memory>
#include <string>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "record/record.h"
#include "style/file_overlay.h"
#include "style/style.h"
#include "template/file_name_spelling.h"
#include "template/formatters.h"
#include "template/render_inputs.h"
#include "template/renderer.h"
#include "template/template_compiler.h"

namespace sdgen {

/// Compiled templates plus the style and formatters they render with.
class DocumentBuilder {
 public:
  /// Loads the style and compiles every template. Folders are listed from
  /// highest priority (a council's) to lowest (the defaults). Every error is
  /// reported; ready() says whether rendering is possible. Diagnostics point
  /// into files the builder owns, so print them while it lives.
  static std::unique_ptr<DocumentBuilder> Create(std::vector<std::string> template_folders,
                                                 std::vector<std::string> style_folders,
                                                 DiagnosticList& diagnostics);

  /// Every document every template makes for `record`, in template order.
  std::vector<RenderedDocument> RenderAll(const Record& record, const RenderInputs& inputs,
                                          DiagnosticList& diagnostics) const;

  /// Whether the style and every template compiled without errors.
  bool ready() const { return ready_; }
  /// Whether every template compiled, though the style may have errors.
  bool compiled() const { return templates_ != nullptr; }
  /// The compiled templates; only when compiled().
  const TemplateSet& templates() const { return *templates_; }
  const Style& style() const { return style_; }
  /// The style's folders, for files such as bank-holidays.xml.
  FileOverlay& style_files() { return style_files_; }

 private:
  DocumentBuilder(std::vector<std::string> template_folders, std::vector<std::string> style_folders)
      : template_files_(std::move(template_folders)), style_files_(std::move(style_folders)) {}

  FileOverlay template_files_;
  FileOverlay style_files_;
  Style style_;
  std::unique_ptr<TemplateSet> templates_;
  std::unique_ptr<Formatters> formatters_;
  FileNameSpelling spelling_;
  bool ready_ = false;
};

}  // namespace sdgen
