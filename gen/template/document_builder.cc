#include "template/document_builder.h"

#include <algorithm>
#include <filesystem>

#include "style/style_loader.h"
#include "template/language_parts.h"
#include "template/language_set_check.h"
#include "template/template_languages.h"

namespace sdgen {

const CompiledTemplate* LanguageTemplates::Find(const std::string& document) const {
  if (!templates) return nullptr;
  for (const CompiledTemplate& compiled : templates->templates)
    if (compiled.document == document) return &compiled;
  return nullptr;
}

std::unique_ptr<DocumentBuilder> DocumentBuilder::Create(std::vector<std::string> template_folders,
                                                         std::vector<std::string> style_folders,
                                                         DiagnosticList& diagnostics) {
  std::unique_ptr<DocumentBuilder> builder(
      new DocumentBuilder(std::move(template_folders), std::move(style_folders)));
  size_t errors_before = diagnostics.error_count();
  std::optional<Style> style = LoadStyle(builder->style_files_, diagnostics);
  if (!style) return builder;
  builder->style_ = std::move(*style);
  TemplateCompiler compiler(builder->template_files_, builder->style_, diagnostics);
  builder->templates_ = compiler.CompileAll();
  if (!builder->templates_) return builder;
  builder->formatters_ =
      std::make_unique<Formatters>(builder->style_, builder->templates_->labels, diagnostics);
  bool languages = builder->CompileLanguages(diagnostics);
  builder->ready_ = languages && diagnostics.error_count() == errors_before;
  return builder;
}

// A language's set stands alone: its partials and labels come from its own
// folders, never from the default set, so no sentence of the record's
// language slips into a letter in the reader's.
bool DocumentBuilder::CompileLanguages(DiagnosticList& diagnostics) {
  bool all = true;
  for (const std::string& tag : TemplateLanguages(template_folders_)) {
    LanguageTemplates& language = languages_.emplace_back();
    language.tag = tag;
    std::vector<std::string> folders;
    for (const std::string& folder : template_folders_)
      folders.push_back((std::filesystem::path(folder) / tag).string());
    language.files = std::make_unique<FileOverlay>(std::move(folders));
    language.style = StyleInLanguage(style_, tag);
    const LanguageStyle* says = FindLanguageStyle(style_, tag);
    language.bilingual = says && says->bilingual;
    if (!language.files->Find("labels.xml")) {
      diagnostics.Error(
          {}, "TP023",
          "the `" + tag +
              "` templates have no labels.xml, so their choices and "
              "roles have no words in `" +
              tag + "`",
          "copy templates/labels.xml into " + tag + "/ and write its words in `" + tag + "`");
      all = false;
      continue;
    }
    TemplateCompiler compiler(*language.files, language.style, diagnostics);
    language.templates = compiler.CompileAll();
    if (!language.templates) {
      all = false;
      continue;
    }
    language.formatters =
        std::make_unique<Formatters>(language.style, language.templates->labels, diagnostics);
    size_t errors_before = diagnostics.error_count();
    CheckLanguageSet(*templates_, *language.templates, tag, diagnostics);
    if (diagnostics.error_count() > errors_before) all = false;
    language_tags_.push_back(tag);
  }
  return all;
}

const LanguageTemplates* DocumentBuilder::LanguageFor(const FamilyReader& reader,
                                                      const Record& record) const {
  std::string tag = ChooseTemplateLanguage(ReaderLanguage(reader, record.language), record.language,
                                           language_tags_);
  for (const LanguageTemplates& language : languages_)
    if (language.tag == tag) return &language;
  return nullptr;
}

std::vector<RenderedDocument> DocumentBuilder::RenderAll(const Record& record,
                                                         const RenderInputs& inputs,
                                                         DiagnosticList& diagnostics) const {
  Renderer renderer(style_, *formatters_, spelling_, diagnostics);
  std::vector<RenderedDocument> out;
  for (const CompiledTemplate& compiled : templates_->templates) {
    bool per_reader = compiled.once_per == OncePer::kParent || compiled.once_per == OncePer::kChild;
    std::vector<RenderedDocument> documents =
        per_reader ? RenderForReaders(compiled, record, inputs, diagnostics)
                   : renderer.Render(compiled, record, inputs);
    for (RenderedDocument& document : documents) out.push_back(std::move(document));
  }
  return out;
}

// Each reader's copy comes from the set of their language when it has this
// document; a bilingual language's copy carries the default one after it.
// A reader whose language has no set gets the default copy with the style's
// paragraph, in their language, on how to ask for a translation.
std::vector<RenderedDocument> DocumentBuilder::RenderForReaders(const CompiledTemplate& compiled,
                                                                const Record& record,
                                                                const RenderInputs& inputs,
                                                                DiagnosticList& diagnostics) const {
  Renderer renderer(style_, *formatters_, spelling_, diagnostics);
  auto set_for = [&](const FamilyReader& reader) -> const LanguageTemplates* {
    const LanguageTemplates* language = LanguageFor(reader, record);
    return language && language->Find(compiled.document) ? language : nullptr;
  };
  std::vector<RenderedDocument> defaults = renderer.Render(compiled, record, inputs);
  std::vector<RenderedDocument> out;
  for (RenderedDocument& document : defaults) {
    const LanguageTemplates* language = set_for(document.reader);
    if (!language) {
      const std::string& tag = ReaderLanguage(document.reader, record.language);
      const LanguageStyle* says = FindLanguageStyle(style_, tag);
      if (PrimaryLanguage(tag) != PrimaryLanguage(record.language) && says &&
          !says->translation_offer.empty())
        AddTranslationOffer(document.document, says->translation_offer, tag);
      out.push_back(std::move(document));
      continue;
    }
    Renderer own(language->style, *language->formatters, spelling_, diagnostics, language->tag);
    const FamilyReader& reader = document.reader;
    std::vector<RenderedDocument> copies =
        own.Render(*language->Find(compiled.document), record, inputs,
                   [&](const FamilyReader& other) { return other.id() == reader.id(); });
    if (copies.empty()) continue;
    RenderedDocument& copy = copies.front();
    if (language->bilingual) AppendInOtherLanguage(copy.document, document.document);
    copy.name = document.name;
    copy.template_name = document.template_name;
    out.push_back(std::move(copy));
  }
  return out;
}

}  // namespace sdgen
