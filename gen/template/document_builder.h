#pragma once

// The template stage as one object: the style and the templates are loaded
// and compiled once, then any number of records are rendered with them.
// `sdgen build`, `sdgen templates check` and the tests all go through here.
// Besides the default set, in the record's language, it compiles a set for
// each language folder (templates/cy/…) and gives each family reader the set
// of their language (gen/template/template_languages.h).

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

/// The templates of one language folder, compiled with the style as that
/// language uses it (its dates, lists, footers and picture descriptions).
struct LanguageTemplates {
  std::string tag;  ///< BCP 47, the folder's name
  std::unique_ptr<FileOverlay> files;
  Style style;
  std::unique_ptr<TemplateSet> templates;  ///< null when it did not compile
  std::unique_ptr<Formatters> formatters;
  bool bilingual = false;  ///< its letters carry the default set's after them

  /// The template for `document`, or null.
  const CompiledTemplate* Find(const std::string& document) const;
};

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

  /// Every document every template makes for `record`, in template order;
  /// each family reader's in their language where a set has it.
  std::vector<RenderedDocument> RenderAll(const Record& record, const RenderInputs& inputs,
                                          DiagnosticList& diagnostics) const;

  /// Whether the style and every template compiled without errors.
  bool ready() const { return ready_; }
  /// Whether every template compiled, though the style may have errors.
  bool compiled() const { return templates_ != nullptr; }
  /// The compiled templates; only when compiled().
  const TemplateSet& templates() const { return *templates_; }
  /// The language sets, sorted by tag.
  const std::vector<LanguageTemplates>& languages() const { return languages_; }
  const Style& style() const { return style_; }
  /// The style's folders, for files such as bank-holidays.xml.
  FileOverlay& style_files() { return style_files_; }

 private:
  DocumentBuilder(std::vector<std::string> template_folders, std::vector<std::string> style_folders)
      : template_folders_(template_folders),
        template_files_(std::move(template_folders)),
        style_files_(std::move(style_folders)) {}

  /// Compiles each language folder's set; false when one has errors.
  bool CompileLanguages(DiagnosticList& diagnostics);
  /// The copies of a family document, each reader's in their language.
  std::vector<RenderedDocument> RenderForReaders(const CompiledTemplate& compiled,
                                                 const Record& record, const RenderInputs& inputs,
                                                 DiagnosticList& diagnostics) const;
  /// The language set a family reader of `record` gets, or null for the default.
  const LanguageTemplates* LanguageFor(const FamilyReader& reader, const Record& record) const;

  std::vector<std::string> template_folders_;
  FileOverlay template_files_;
  FileOverlay style_files_;
  Style style_;
  std::unique_ptr<TemplateSet> templates_;
  std::unique_ptr<Formatters> formatters_;
  std::vector<LanguageTemplates> languages_;
  std::vector<std::string> language_tags_;
  FileNameSpelling spelling_;
  bool ready_ = false;
};

}  // namespace sdgen
