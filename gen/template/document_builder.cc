#include "template/document_builder.h"

#include "style/style_loader.h"

namespace sdgen {

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
  builder->ready_ = diagnostics.error_count() == errors_before;
  return builder;
}

std::vector<RenderedDocument> DocumentBuilder::RenderAll(const Record& record,
                                                         const RenderInputs& inputs,
                                                         DiagnosticList& diagnostics) const {
  Renderer renderer(style_, *formatters_, spelling_, diagnostics);
  std::vector<RenderedDocument> out;
  for (const CompiledTemplate& compiled : templates_->templates) {
    for (RenderedDocument& document : renderer.Render(compiled, record, inputs)) {
      out.push_back(std::move(document));
    }
  }
  return out;
}

}  // namespace sdgen
