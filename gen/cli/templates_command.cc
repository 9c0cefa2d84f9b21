#include "cli/templates_command.h"

#include <deque>

#include "cli/diagnostic_output.h"
#include "cli/plain_language_setup.h"
#include "cli/template_language_check.h"
#include "cli/templates_init.h"
#include "template/document_builder.h"

namespace sdgen::cli {

constexpr const char* kUsage =
    "usage: sdgen templates check [--style DIR] TEMPLATE_DIR\n"
    "       sdgen templates init DIR\n";

int RunTemplatesCommand(CommandContext& context) {
  const std::vector<std::string>& args = context.args;
  if (!args.empty() && args[0] == "init") return RunTemplatesInit(context);
  if (args.empty() || args[0] != "check") {
    context.err << "sdgen templates: expected `check` or `init`\n" << kUsage;
    return kExitUnreadable;
  }
  std::vector<std::string> template_folders;
  std::vector<std::string> style_folders;
  for (size_t i = 1; i < args.size(); ++i) {
    if (args[i] == "--style" && i + 1 < args.size()) {
      style_folders.push_back(args[++i]);
    } else if (!args[i].empty() && args[i][0] != '-' && template_folders.empty()) {
      template_folders.push_back(args[i]);
    } else {
      context.err << "sdgen templates check: unexpected " << args[i] << "\n" << kUsage;
      return kExitUnreadable;
    }
  }
  if (template_folders.empty()) {
    context.err << "sdgen templates check: no template folder given\n" << kUsage;
    return kExitUnreadable;
  }
  template_folders.push_back(DefaultTemplatesFolder());
  style_folders.push_back(DefaultStyleFolder());
  DiagnosticList diagnostics;
  std::unique_ptr<DocumentBuilder> builder =
      DocumentBuilder::Create(template_folders, style_folders, diagnostics);
  if (builder->ready()) {
    context.out << "compiled " << builder->templates().templates.size() << " templates\n";
  }
  // A council's own wording is checked like record text; the shipped
  // dictionary, overlaid by the council's style when it has one.
  std::deque<SourceFile> files;
  PlainLanguageSetup language;
  std::string error;
  std::string council_style = style_folders.size() > 1 ? style_folders.front() : std::string();
  FileOverlay templates(template_folders);
  if (language.Load(council_style, {}, files, diagnostics, &error))
    CheckTemplateLanguage(templates, language, builder->style().reading_ages, diagnostics);
  PrintDiagnostics(diagnostics, context);
  return diagnostics.HasErrors() ? kExitErrors : kExitOk;
}

}  // namespace sdgen::cli
